// repr() and format() of floats, ints and strings against CPython 3.11. The tables were
// produced by running python3 on each value and spec; regenerate rather than edit.
// check_python_tables.py beside this file recomputes every expected cell with python3 (CTest
// cpython/unit_tables).
#include "numeric/float_format.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <limits>
#include <string>

namespace numeric = memstep::core::numeric;
using numeric::BigInt;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr const char* kNan = "nan";

struct HexValue {
    HexValue(const char* hex) : value(std::strtod(hex, nullptr)) {}
    HexValue(double v) : value(v) {}
    double value;
};

struct ReprCase {
    HexValue value;
    const char* repr;
};
struct FloatFormatCase {
    HexValue value;
    const char* spec;
    const char* expected; // "!Type: message" for an error
};
struct IntFormatCase {
    const char* value;
    const char* spec;
    const char* expected;
};
struct StringFormatCase {
    const char* value;
    const char* spec;
    const char* expected;
};

// clang-format off
const ReprCase kReprCases[] = {
    {"0x0.0p+0", "0.0"},
    {"-0x0.0p+0", "-0.0"},
    {"0x1.0000000000000p+0", "1.0"},
    {"-0x1.0000000000000p+0", "-1.0"},
    {"0x1.999999999999ap-4", "0.1"},
    {"0x1.3333333333334p-2", "0.30000000000000004"},
    {"0x1.1c37937e08000p+53", "1e+16"},
    {"0x1.c6bf526340000p+49", "1000000000000000.0"},
    {"0x1.1c37937e07fffp+53", "9999999999999998.0"},
    {"0x1.4f8b588e368f1p-17", "1e-05"},
    {"0x1.a36e2eb1c432dp-14", "0.0001"},
    {"0x1.02e4b6ce5dc68p-13", "0.00012345"},
    {"0x1.1eb2d66005835p+997", "1.5e+300"},
    {"0x1.0f0cf064dd592p+73", "1e+22"},
    {"0x1.52d02c7e14af6p+76", "1e+23"},
    {"0x0.0000000000001p-1022", "5e-324"},
    {"0x1.0000000000000p-1022", "2.2250738585072014e-308"},
    {"0x1.fffffffffffffp+1023", "1.7976931348623157e+308"},
    {"0x1.d6f34547df3b6p+26", "123456789.123"},
    {"0x1.0000000000000p+53", "9007199254740992.0"},
    {"0x1.0000000000000p+63", "9.223372036854776e+18"},
    {"0x1.5555555555555p-2", "0.3333333333333333"},
    {"0x1.5555555555555p-1", "0.6666666666666666"},
    {"0x1.9000000000000p+6", "100.0"},
    {"0x1.34a0000000000p+10", "1234.5"},
    {"0x1.ad7f29abcaf48p-24", "1e-07"},
    {"0x1.921f9f01b866ep+1", "3.14159"},
    {kInf, "inf"},
    {-kInf, "-inf"},
    {kNan, "nan"},
    {"0x1.0000000000000p-1", "0.5"},
    {"0x1.249ad2594c37dp+332", "1e+100"},
    {"0x1.5ee2a2eb5a5c4p+53", "1.2345678901234568e+16"},
    {"0x1.3333333333333p-2", "0.3"},
    {"0x1.1666666666666p+2", "4.35"},
    {"0x0.012688b70e62bp-1022", "1e-310"},
    {"0x1.273a87984a8abp+799", "3.844899952994701e+240"},
    {"-0x1.93534081c5253p-516", "-7.344083959492241e-156"},
    {"-0x1.fe42eabd2d9f2p+916", "-1.1041517734934132e+276"},
    {"-0x1.49e4714be09abp+434", "-5.716765822553976e+130"},
    {"0x1.3451b4a95902ap+307", "3.140286135367374e+92"},
    {"0x1.4693ea3ae6e68p-102", "2.5158638014362304e-31"},
    {"-0x1.1ae14a1dbf721p-505", "-1.0549078516472708e-152"},
    {"0x1.615a94b6a5551p-597", "2.6611075574796747e-180"},
    {"0x1.6c32a687b253bp+390", "3.58753152054441e+117"},
    {"-0x1.a15353f137b70p-844", "-1.3896921882545672e-254"},
    {"0x1.d5386c9cf0800p-498", "2.2397476324494955e-150"},
    {"-0x1.13dfe89328293p-397", "-3.338593469659212e-120"},
    {"-0x1.e9bc7f4a02d92p-742", "-8.269239359792111e-224"},
    {"0x1.1191fda80a0bdp+638", "1.2188946702838646e+192"},
    {"-0x1.cf51964cd1715p-235", "-3.2778636368931506e-71"},
    {"-0x1.5588c5e4ef10bp+986", "-8.725092638835179e+296"},
    {"0x1.d04cb5f0f2c02p-187", "9.245900233403122e-57"},
    {"-0x1.1cab77e4d173dp+343", "-1.992461511689391e+103"},
    {"-0x1.e04e213311e91p-726", "-5.3149656958467083e-219"},
    {"0x1.5b930b9f0920fp-55", "3.768409153258753e-17"},
    {"-0x1.1fb5bb643edf4p+95", "-4.45209491619067e+28"},
    {"0x1.b5a92ca9f1daep-591", "2.109455094220744e-178"},
    {"-0x1.c67b35a0ac810p+903", "-1.2004998922408575e+272"},
    {"-0x1.e6b989a323eaep+1005", "-6.519122073040805e+302"},
    {"0x1.274d465ee28dep+26", "77411609.48257777"},
    {"0x1.24106869b7c3dp+475", "1.112976879387611e+143"},
    {"0x1.4549c429fdbf7p-874", "1.0088162430056314e-263"},
    {"0x1.ee26a6a9df49cp+189", "1.514568348519456e+57"},
    {"0x1.3b107073391a5p-298", "2.4166870049831393e-90"},
    {"0x1.8a7f9757f3125p+365", "1.1581203730557962e+110"},
    {"0x1.425dd2e67dbe9p-479", "8.067556484625663e-145"},
    {"0x1.3ac6122ae0903p-157", "6.730528610815169e-48"},
    {"-0x1.42b78f0088cfcp-521", "-1.836344557259806e-157"},
    {"-0x1.33afe57807cdbp+175", "-5.755970475164948e+52"},
    {"-0x1.55fc9e35d6c11p+311", "-5.5731151425853505e+93"},
    {"0x1.2507bc7b13aa8p+879", "4.613586144006936e+264"},
    {"-0x1.30e119edb8d92p+93", "-1.179444671743279e+28"},
    {"0x1.b5a9656936632p+626", "4.760755380513305e+188"},
    {"-0x1.f532c9af26054p+9", "-1002.3967799125335"},
    {"-0x1.254d7fe03c0e4p-722", "-5.193011379727723e-218"},
    {"0x1.45fcec83c2a8dp+831", "1.8234254981023807e+250"},
    {"0x1.104f66e3312b0p-642", "5.828632447282967e-194"},
    {"0x1.c4798d551e17dp+768", "2.7440442703204298e+231"},
    {"-0x1.22542b5810f0ap-916", "-2.0472652043733242e-276"},
    {"0x1.804180025cd7fp+1001", "3.2166676627575377e+301"},
    {"-0x1.77d4622d2fa85p-638", "-1.2871045022585144e-192"},
    {"-0x1.f1e6ea55cafd9p-609", "-9.154540652571248e-184"},
    {"-0x1.f31660a43fe88p-891", "-1.1808929080264003e-268"},
    {"-0x1.b2a053379959fp-850", "-2.2614120022571837e-256"},
    {"-0x1.1e249e05046eep-792", "-4.291277996891568e-239"},
    {"0x1.7a4dc157a8060p+697", "9.7164503873896e+209"},
    {"-0x1.f6f41a450dd59p+73", "-1.8555709944445127e+22"},
    {"-0x1.3d31d476345e5p-208", "-3.011943270184541e-63"},
    {"-0x1.3dd48974b6a32p-96", "-1.567023980984692e-29"},
    {"0x1.c3b1dd2742ee7p+1022", "7.929771547518795e+307"},
    {"0x1.23b201db06de5p+922", "4.03966665188147e+277"},
    {"0x1.f31aca920a5eap+731", "2.202310169193723e+220"},
    {"0x1.efc2d91d170e4p+297", "4.93107054731349e+89"},
    {"-0x1.8756565e1a396p+922", "-5.41959996935677e+277"},
    {"-0x1.9b455903c5f11p+831", "-2.3004584939571002e+250"},
    {"0x1.d200000000000p+8", "466.0"},
    {"-0x1.d44cccccccccdp+8", "-468.3"},
    {"-0x1.438eff327aa69p+9", "-647.117163"},
    {"0x1.44a226809d495p+8", "324.6334"},
    {"0x1.4500b0f27bb30p+7", "162.50135"},
    {"0x1.aa9999999999ap+7", "213.3"},
    {"0x1.ec33333333333p+9", "984.4"},
    {"0x1.b404d013a92a3p+6", "109.0047"},
    {"0x1.9c8c6a7ef9db2p+9", "825.097"},
    {"-0x1.a96fdf3b645a2p+8", "-425.437"},
    {"-0x1.5b1999999999ap+9", "-694.2"},
    {"-0x1.0d3567dbb16c2p+7", "-134.604308"},
    {"0x1.a3fdf3b645a1dp+6", "104.998"},
    {"0x1.e03860fe47992p+9", "960.44046"},
    {"-0x1.8e3a5e353f7cfp+9", "-796.456"},
    {"0x1.18237e90ff972p+9", "560.2773"},
    {"0x1.833ba5e353f7dp+9", "774.466"},
    {"-0x1.cac4dbdf8f473p+9", "-917.53796"},
    {"0x1.3800000000000p+5", "39.0"},
    {"0x1.16bbfc115df65p+9", "557.46863"},
    {"-0x1.64c16872b020cp+9", "-713.511"},
    {"-0x1.1700000000000p+9", "-558.0"},
    {"-0x1.6cab8348f53c5p+9", "-729.339944"},
    {"0x1.2e10ce703afb8p+9", "604.1313"},
    {"0x1.4e00000000000p+7", "167.0"},
    {"0x1.008c692f6e829p+8", "256.54848"},
    {"0x1.bb08f9096bb99p+7", "221.517525"},
    {"0x1.d500000000000p+9", "938.0"},
    {"0x1.ef33333333333p+6", "123.8"},
    {"0x1.3333333333333p+9", "614.4"},
    {"0x1.fcacab81f969ep+7", "254.337246"},
    {"0x1.dc04189374bc7p+4", "29.751"},
    {"-0x1.56af5c28f5c29p+9", "-685.37"},
    {"0x1.b3f1eb851eb85p+9", "871.89"},
    {"-0x1.6900000000000p+8", "-361.0"},
    {"-0x1.d6ca3d70a3d71p+9", "-941.58"},
    {"0x1.657e1b089a027p+9", "714.9852"},
    {"0x1.5000000000000p+6", "84.0"},
    {"0x1.615810624dd2fp+6", "88.336"},
    {"0x1.d310acb85a4f0p+9", "934.130271"},
};
// clang-format on
// clang-format off
const FloatFormatCase kFloatFormatCases[] = {
    {"0x1.0000000000000p+0", "", "1.0"},
    {"0x1.1c37937e08000p+53", "", "1e+16"},
    {"0x1.ec00000000000p+6", ".3", "1.23e+02"},
    {"0x1.34a0000000000p+10", ".3", "1.23e+03"},
    {"0x1.0000000000000p+0", ".3", "1.0"},
    {"0x1.a36e2eb1c432dp-14", ".3", "0.0001"},
    {"0x1.4f8b588e368f1p-17", "", "1e-05"},
    {"0x1.edd2f1a9fbe77p+6", ".2", "1.2e+02"},
    {"0x1.9000000000000p+6", ".2", "1e+02"},
    {"0x1.8000000000000p+3", ".2", "1.2e+01"},
    {kInf, "010", "0000000inf"},
    {-kInf, "=+10", "-      inf"},
    {kNan, "F", "NAN"},
    {kInf, "E", "INF"},
    {kNan, "+.2f", "+nan"},
    {"0x1.8000000000000p+0", "e", "1.500000e+00"},
    {"0x1.8000000000000p+0", "E", "1.500000E+00"},
    {"0x0.0p+0", "g", "0"},
    {"0x1.4f8b588e368f1p-17", "g", "1e-05"},
    {"0x1.d6f3454000000p+26", "g", "1.23457e+08"},
    {"0x1.e240000000000p+16", "g", "123456"},
    {"0x1.2d68700000000p+20", "g", "1.23457e+06"},
    {"0x1.0000000000000p-1", ".0f", "0"},
    {"0x1.8000000000000p+0", ".0f", "2"},
    {"0x1.4000000000000p+1", ".0f", "2"},
    {"0x1.0000000000000p-1", ".0e", "5e-01"},
    {"0x1.2d687e4189375p+20", ",.2f", "1,234,567.89"},
    {"0x1.2d687e4189375p+20", "_f", "1_234_567.891000"},
    {"-0x1.34a0000000000p+10", "010,.1f", "-001,234.5"},
    {"0x1.34a0000000000p+10", "#.0f", "1234."},
    {"0x1.0000000000000p+0", "#g", "1.00000"},
    {"0x1.0000000000000p+0", "#.3g", "1.00"},
    {"0x1.0000000000000p+0", "#e", "1.000000e+00"},
    {"0x1.0000000000000p+0", "#.0e", "1.e+00"},
    {"-0x0.0p+0", "z.1f", "0.0"},
    {"-0x1.0624dd2f1a9fcp-10", "z.1f", "0.0"},
    {"-0x0.0p+0", ".1f", "-0.0"},
    {"0x1.0000000000000p-2", "%", "25.000000%"},
    {"0x1.0000000000000p-2", ".1%", "25.0%"},
    {"0x1.9000000000000p+3", "^10.2f", "  12.50   "},
    {"0x1.9000000000000p+3", "*<10", "12.5******"},
    {"0x1.9000000000000p+3", "+", "+12.5"},
    {"0x1.9000000000000p+3", " ", " 12.5"},
    {"-0x1.9000000000000p+3", " ", "-12.5"},
    {"0x1.9000000000000p+3", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
    {"0x1.9000000000000p+3", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {"0x1.9000000000000p+3", "s", "!ValueError: Unknown format code 's' for object of type 'float'"},
    {"0x1.9000000000000p+3", "c", "!ValueError: Unknown format code 'c' for object of type 'float'"},
    {"0x1.7e43c8800759cp+996", "f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"},
    {"0x1.0f0cf064dd592p+73", ",", "1e+22"},
    {"0x1.34a0000000000p+10", "n", "1234.5"},
    {"0x1.34a0000000000p+10", ",g", "1,234.5"},
    {"0x1.2d68700000000p+20", ",g", "1.23457e+06"},
    {"0x1.34a0000000000p+10", "010", "00001234.5"},
    {"0x1.34a0000000000p+10", "<010", "1234.50000"},
    {"0x1.34a0000000000p+10", "0=10", "00001234.5"},
    {"0x1.9000000000000p+3", "010.3e", "01.250e+01"},
    {"0x1.9000000000000p+3", ",e", "1.250000e+01"},
    {"0x1.249ad2594c37dp+332", ",.2f", "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104.00"},
    {"0x1.34a0000000000p+10", "09,.1f", "001,234.5"},
    {"0x1.34a0000000000p+10", "0=9,.1f", "001,234.5"},
    {"0x1.34a0000000000p+10", "x=9,.1f", "xx1,234.5"},
    {kInf, "%", "inf%"},
    {kInf, ",", "inf"},
    {"-0x0.0p+0", "z", "0.0"},
    {"-0x0.0p+0", "", "-0.0"},
    {"-0x0.0p+0", "z.0e", "0e+00"},
    {"-0x1.b7cdfd9d7bdbbp-34", "z.3g", "-1e-10"},
    {-kInf, "z", "-inf"},
    {-kInf, "z.2f", "-inf"},
    {"0x1.1c37937e08000p+53", ".20", "10000000000000000.0"},
    {"0x1.c6bf526340000p+49", "", "1000000000000000.0"},
    {"0x1.999999999999ap-4", ".17", "0.10000000000000001"},
    {"0x1.0000000000000p+0", "#", "1.0"},
    {"0x1.0000000000000p+0", "#.3", "1.00"},
    {"0x1.9000000000000p+6", "#.3g", "100."},
    {"0x1.5af1d78b58c40p+66", "#g", "1.00000e+20"},
    {"0x1.9e3abe16fc70dp-17", "g", "1.2345e-05"},
    {"0x1.9e3abe16fc70dp-17", ".3", "1.23e-05"},
    {"0x1.8000000000000p+0", ".0%", "150%"},
    {"0x1.4000000000000p+1", ".0%", "250%"},
    {"0x1.ad7f29abcaf48p-24", "%", "0.000010%"},
    {"0x1.1c37937e08000p+53", "#", "1.e+16"},
    {"0x1.ec00000000000p+6", "#.3", "1.23e+02"},
    {"0x1.999999999999ap-4", ".100f", "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"},
    {"0x1.5666666666666p+1", ".2f", "2.67"},
    {"0x1.0000000000000p+0", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'float'"},
    {"0x1.0000000000000p+0", "..", "!ValueError: Format specifier missing precision"},
    {"0x1.0000000000000p+0", ".", "!ValueError: Format specifier missing precision"},
    {"0x1.0000000000000p+0", "ff", "!ValueError: Invalid format specifier 'ff' for object of type 'float'"},
    {"0x1.0000000000000p+0", "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
    {"0x1.0000000000000p+0", ".99999999999999999999f", "!ValueError: Too many decimal digits in format string"},
    {"0x1.8000000000000p+0", "z", "1.5"},
    {"0x1.921f9f01b866ep+1", "é^12.3f", "ééé3.142éééé"},
    {"-0x1.921f9f01b866ep+1", "+012.4f", "-000003.1416"},
    {"0x1.8000000000000p+1", "-", "3.0"},
    {"-0x1.8000000000000p+1", "-", "-3.0"},
    {"0x0.00000000007e8p-1022", "", "1e-320"},
    {"0x0.00000000007e8p-1022", ".3e", "1.000e-320"},
    {"0x0.0000000000001p-1022", "g", "4.94066e-324"},
    {"0x1.fffffffffffffp+1023", "e", "1.797693e+308"},
    {"0x0.0p+0", "e", "0.000000e+00"},
    {"0x0.0p+0", "%", "0.000000%"},
    {"-0x1.4000000000000p+1", ".0f", "-2"},
    {"0x1.0000000000000p-3", ".2f", "0.12"},
    {"0x1.8000000000000p-2", ".2f", "0.38"},
    {"0x1.b1ae4d6e2ef50p+69", "f", "1000000000000000000000.000000"},
    {"0x1.edd2f1a9fbe77p+6", "G", "123.456"},
    {"0x1.b7cdfd9d7bdbbp-34", "G", "1E-10"},
    {"0x1.b7cdfd9d7bdbbp-34", ".2E", "1.00E-10"},
};
// clang-format on
// clang-format off
const IntFormatCase kIntFormatCases[] = {
    {"5", "f", "5.000000"},
    {"5", "e", "5.000000e+00"},
    {"5", "%", "500.000000%"},
    {"5", "g", "5"},
    {"5", ".2", "!ValueError: Precision not allowed in integer format specifier"},
    {"5", "b", "101"},
    {"-5", "#b", "-0b101"},
    {"255", "#x", "0xff"},
    {"255", "#X", "0XFF"},
    {"255", "X", "FF"},
    {"255", "#o", "0o377"},
    {"65", "c", "A"},
    {"65", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
    {"65", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
    {"65", ",c", "!ValueError: Cannot specify ',' with 'c'."},
    {"1234567", ",", "1,234,567"},
    {"1234567", "_", "1_234_567"},
    {"-1234567", "_x", "-12_d687"},
    {"3735928559", "_x", "dead_beef"},
    {"3735928559", "#_x", "0xdead_beef"},
    {"12345", ",x", "!ValueError: Cannot specify ',' with 'x'."},
    {"12345", "010,", "00,012,345"},
    {"-12345", "011,", "-00,012,345"},
    {"12345", "n", "12345"},
    {"12345", ",n", "!ValueError: Cannot specify ',' with 'n'."},
    {"12345", ".2", "!ValueError: Precision not allowed in integer format specifier"},
    {"12345", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {"5", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {"5", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {"12", "0=8", "00000012"},
    {"-12", "08", "-0000012"},
    {"-12", "#010x", "-0x000000c"},
    {"1267650600228229401496703205376", ",", "1,267,650,600,228,229,401,496,703,205,376"},
    {"12", "^9", "   12    "},
    {"12", "=^9", "===12===="},
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f", "!OverflowError: int too large to convert to float"},
    {"1114112", "c", "!OverflowError: %c arg not in range(0x110000)"},
    {"-1", "c", "!OverflowError: %c arg not in range(0x110000)"},
    {"12345", "09,", "0,012,345"},
    {"12345", "08,", "0,012,345"},
    {"12345", "07,", "012,345"},
    {"12", "#_b", "0b1100"},
    {"255", "#012_b", "0b0_1111_1111"},
    {"255", "012_x", "00_0000_00ff"},
    {"5", "=", "5"},
    {"65", "5c", "    A"},
    {"65", "05c", "0000A"},
    {"1180591620717411303424", "c", "!OverflowError: Python int too large to convert to C long"},
    {"-1180591620717411303424", "c", "!OverflowError: Python int too large to convert to C long"},
    {"0", "#x", "0x0"},
    {"12", "", "12"},
    {"1", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"},
    {"1", ".f", "!ValueError: Format specifier missing precision"},
    {"1", "10.", "!ValueError: Format specifier missing precision"},
    {"1", ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {"1", "_,", "!ValueError: Cannot specify both ',' and '_'."},
    {"1", ",,", "!ValueError: Cannot specify ',' with ','."},
    {"1", "<<<", "!ValueError: Unknown format code '<' for object of type 'int'"},
    {"1", "%", "100.000000%"},
    {"1", "=+#012_b", "+0b0000_0001"},
    {"1", ".2d", "!ValueError: Precision not allowed in integer format specifier"},
    {"-9223372036854775808", "d", "-9223372036854775808"},
    {"18446744073709551616", "#x", "0x10000000000000000"},
    {"-717897987691852588770249", "+,", "-717,897,987,691,852,588,770,249"},
    {"7", " d", " 7"},
    {"-7", " d", "-7"},
    {"42", "*^+9", "***+42***"},
    {"1000000000000000000000000000000", "e", "1.000000e+30"},
    {"1000000000000000000000000000000", "_o", "14_4762_6234_6404_3164_7336_5100_0000_0000"},
    {"128512", "c", "😀"},
    {"255", "_b", "1111_1111"},
    {"123", ",d", "123"},
    {"3", "0", "3"},
    {"3", "00", "3"},
    {"-3", "<05", "-3000"},
    {"5", ">5", "    5"},
    {"5", "", "5"},
    {"5", "=+5", "+   5"},
};
// clang-format on
// clang-format off
const StringFormatCase kStringFormatCases[] = {
    {"ab", "05", "ab000"},
    {"ab", "<5", "ab   "},
    {"ab", ">5", "   ab"},
    {"ab", "^5", " ab  "},
    {"ab", "^6", "  ab  "},
    {"abc", ".2", "ab"},
    {"ab", "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
    {"ab", "+5", "!ValueError: Sign not allowed in string format specifier"},
    {"ab", "#5", "!ValueError: Alternate form (#) not allowed in string format specifier"},
    {"ab", ",5", "!ValueError: Cannot specify ',' with '5'."},
    {"ab", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
    {"ab", "_", "!ValueError: Cannot specify '_' with 's'."},
    {"héllo", ">7", "  héllo"},
    {"ab", "x<5", "abxxx"},
    {"ab", "é^6", "ééabéé"},
    {"ab", "s", "ab"},
    {"ab", ".0", ""},
    {"a", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'str'"},
    {"ab", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {"héllo", ".2", "hé"},
    {"", "3", "   "},
    {"abc", "2", "abc"},
    {"ab", "^^7", "^^ab^^^"},
    {"ab", "10.1s", "a         "},
    {"日本", "*^6", "**日本**"},
    {"ab", "=05", "!ValueError: '=' alignment not allowed in string format specifier"},
    {"ab", "<05", "ab000"},
};
// clang-format on

std::string show(const numeric::Result<std::string>& result) {
    if (result.ok()) {
        return *result;
    }
    return "!" + result.error().type + ": " + result.error().message;
}

} // namespace

TEST(FloatRepr, MatchesPython) {
    for (const auto& c : kReprCases) {
        EXPECT_EQ(numeric::floatRepr(c.value.value), c.repr);
        EXPECT_EQ(numeric::floatStr(c.value.value), c.repr);
    }
}

TEST(FloatRepr, RoundTrips) {
    for (const auto& c : kReprCases) {
        auto parsed = numeric::parseFloat(c.repr);
        ASSERT_TRUE(parsed.ok()) << c.repr;
        if (c.value.value == c.value.value) {
            EXPECT_EQ(*parsed, c.value.value) << c.repr;
        }
    }
}

TEST(FormatFloat, MatchesPython) {
    for (const auto& c : kFloatFormatCases) {
        EXPECT_EQ(show(numeric::formatFloat(c.value.value, std::string_view(c.spec))), c.expected)
            << "format(" << numeric::floatRepr(c.value.value) << ", '" << c.spec << "')";
    }
}

TEST(FormatInt, MatchesPython) {
    for (const auto& c : kIntFormatCases) {
        const BigInt value = *BigInt::fromString(c.value, 10);
        EXPECT_EQ(show(numeric::formatInt(value, std::string_view(c.spec))), c.expected)
            << "format(" << c.value << ", '" << c.spec << "')";
        if (value.fitsInt64()) {
            auto spec = numeric::parseFormatSpec(c.spec, 'd', "int");
            if (spec.ok()) {
                EXPECT_EQ(show(numeric::formatInt(value.toInt64(), *spec)), c.expected);
            }
        }
    }
}

TEST(FormatInt, CharacterZeroAndBoolTypeName) {
    // python3: format(0, 'c') == '\x00'; format(True, 'q') names 'bool'.
    EXPECT_EQ(*numeric::formatInt(BigInt(), std::string_view("c")), std::string(1, '\0'));
    EXPECT_EQ(show(numeric::formatInt(BigInt::fromInt64(1), "q", "bool")),
              "!ValueError: Unknown format code 'q' for object of type 'bool'");
    EXPECT_EQ(*numeric::formatInt(BigInt::fromInt64(1), ">5", "bool"), "    1");
}

TEST(FormatString, MatchesPython) {
    for (const auto& c : kStringFormatCases) {
        EXPECT_EQ(show(numeric::formatString(c.value, std::string_view(c.spec))), c.expected)
            << "format('" << c.value << "', '" << c.spec << "')";
    }
}

TEST(FormatInt, SpecParsedWithoutIntDefaultsStillFormats) {
    // parseFormatSpec's defaults are float's; formatInt treats the missing type as 'd'.
    auto spec = numeric::parseFormatSpec(">5");
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(show(numeric::formatInt(std::int64_t{5}, *spec)), "    5");
    EXPECT_EQ(show(numeric::formatInt(std::int64_t{-5}, std::string_view("+,"))), "-5");
}

TEST(FormatLimits, HugeWidthIsRefused) {
    auto wide = numeric::formatFloat(1.0, std::string_view(".2000000f"));
    ASSERT_FALSE(wide.ok());
    EXPECT_EQ(wide.error().type, "MemoryLimit");
    EXPECT_FALSE(numeric::formatString("a", std::string_view("2000000")).ok());
    EXPECT_FALSE(numeric::formatInt(std::int64_t{1}, std::string_view("2000000")).ok());
}

TEST(FormatSpec, ParsesEveryField) {
    auto aligned = numeric::parseFormatSpec("*^-12");
    ASSERT_TRUE(aligned.ok());
    EXPECT_EQ(aligned->fill, "*");
    EXPECT_EQ(aligned->align, '^');
    EXPECT_EQ(aligned->sign, '-');
    EXPECT_FALSE(aligned->zeroPad);
    // A '0' before the width means zero padding only when no fill was given.
    EXPECT_FALSE(numeric::parseFormatSpec("*^012")->zeroPad);
    auto spec = numeric::parseFormatSpec("+z#012_.3f");
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec->fill, "0");
    EXPECT_EQ(spec->align, '=');
    EXPECT_EQ(spec->sign, '+');
    EXPECT_TRUE(spec->zeroNegative);
    EXPECT_TRUE(spec->alternate);
    EXPECT_TRUE(spec->zeroPad);
    EXPECT_EQ(spec->width, 12);
    EXPECT_EQ(spec->grouping, '_');
    EXPECT_EQ(spec->precision, 3);
    EXPECT_EQ(spec->type, 'f');
    auto empty = numeric::parseFormatSpec("", 's', "str");
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(empty->type, 's');
    EXPECT_EQ(empty->width, -1);
    EXPECT_EQ(empty->precision, -1);
}
