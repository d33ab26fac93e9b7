// str.encode and bytes.decode for the three codecs teaching programs use: utf-8, ascii and
// latin-1 (under any of CPython's spellings), with the error handlers strict, ignore and
// replace. The errors say exactly what CPython's codecs say, positions in characters for an
// encode and in bytes for a decode, and a run of unencodable characters reported as one.
// Another codec or handler stops the run as Unsupported rather than guess.
#include "interp/builtins/bytes_util.h"
#include "numeric/utf8.h"
#include "syntax/lexer.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace memstep::core::interp {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };
enum class Handler { Strict, Ignore, Replace, Other };

// Every codec name and alias CPython 3.11 knows (encodings.aliases and the encodings
// package's modules), normalised, each between spaces: a name outside it is a LookupError,
// one inside it that is none of the three codecs here is Unsupported.
constexpr std::string_view kKnownCodecs =
    " 037 1026 1125 1140 1250 1251 1252 1253 1254 1255 1256 1257 1258 273 424 437 500 646 "
    " 775 850 852 855 857 858 860 861 862 863 864 865 866 869 8859 932 936 949 950 "
    " ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 arabic ascii asmo_708 base64 base64_codec "
    " base_64 big5 big5_hkscs big5_tw big5hkscs bz2 bz2_codec charmap chinese cp037 cp1006 "
    " cp1026 cp1051 cp1125 cp1140 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 "
    " cp1258 cp1361 cp154 cp273 cp367 cp424 cp437 cp500 cp65001 cp720 cp737 cp775 cp819 "
    " cp850 cp852 cp855 cp856 cp857 cp858 cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp866u "
    " cp869 cp874 cp875 cp932 cp936 cp949 cp950 cp_gr cp_is csascii csbig5 csibm037 "
    " csibm1026 csibm273 csibm424 csibm500 csibm855 csibm857 csibm858 csibm860 csibm861 "
    " csibm863 csibm864 csibm865 csibm866 csibm869 csiso2022jp csiso2022kr csiso58gb231280 "
    " csisolatin1 csisolatin2 csisolatin3 csisolatin4 csisolatin5 csisolatin6 "
    " csisolatinarabic csisolatincyrillic csisolatingreek csisolatinhebrew cskoi8r "
    " cspc775baltic cspc850multilingual cspc862latinhebrew cspc8codepage437 cspcp852 "
    " csptcp154 csshiftjis cyrillic cyrillic_asian ebcdic_cp_be ebcdic_cp_ca ebcdic_cp_ch "
    " ebcdic_cp_he ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ecma_114 ecma_118 elot_928 euc_cn "
    " euc_jis2004 euc_jis_2004 euc_jisx0213 euc_jp euc_kr euccn eucgb2312_cn eucjis2004 "
    " eucjisx0213 eucjp euckr gb18030 gb18030_2000 gb2312 gb2312_1980 gb2312_80 gbk greek "
    " greek8 hebrew hex hex_codec hkscs hp_roman8 hz hz_gb hz_gb_2312 hzgb ibm037 ibm039 "
    " ibm1026 ibm1051 ibm1125 ibm1140 ibm273 ibm367 ibm424 ibm437 ibm500 ibm775 ibm819 "
    " ibm850 ibm852 ibm855 ibm857 ibm858 ibm860 ibm861 ibm862 ibm863 ibm864 ibm865 ibm866 "
    " ibm869 idna iso2022_jp iso2022_jp_1 iso2022_jp_2 iso2022_jp_2004 iso2022_jp_3 "
    " iso2022_jp_ext iso2022_kr iso2022jp iso2022jp_1 iso2022jp_2 iso2022jp_2004 iso2022jp_3 "
    " iso2022jp_ext iso2022kr iso646_us iso8859 iso8859_1 iso8859_10 iso8859_11 iso8859_13 "
    " iso8859_14 iso8859_15 iso8859_16 iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 "
    " iso8859_7 iso8859_8 iso8859_9 iso_2022_jp iso_2022_jp_1 iso_2022_jp_2 iso_2022_jp_2004 "
    " iso_2022_jp_3 iso_2022_jp_ext iso_2022_kr iso_646.irv_1991 iso_8859_1 iso_8859_10 "
    " iso_8859_10_1992 iso_8859_11 iso_8859_11_2001 iso_8859_13 iso_8859_14 iso_8859_14_1998 "
    " iso_8859_15 iso_8859_16 iso_8859_16_2001 iso_8859_1_1987 iso_8859_2 iso_8859_2_1987 "
    " iso_8859_3 iso_8859_3_1988 iso_8859_4 iso_8859_4_1988 iso_8859_5 iso_8859_5_1988 "
    " iso_8859_6 iso_8859_6_1987 iso_8859_7 iso_8859_7_1987 iso_8859_8 iso_8859_8_1988 "
    " iso_8859_9 iso_8859_9_1989 iso_celtic iso_ir_100 iso_ir_101 iso_ir_109 iso_ir_110 "
    " iso_ir_126 iso_ir_127 iso_ir_138 iso_ir_144 iso_ir_148 iso_ir_157 iso_ir_166 "
    " iso_ir_199 iso_ir_226 iso_ir_58 iso_ir_6 jisx0213 johab koi8_r koi8_t koi8_u korean "
    " ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 kz1048 kz_1048 l1 l10 l2 l3 l4 l5 "
    " l6 l7 l8 l9 latin latin1 latin10 latin2 latin3 latin4 latin5 latin6 latin7 latin8 "
    " latin9 latin_1 mac_arabic mac_centeuro mac_croatian mac_cyrillic mac_farsi mac_greek "
    " mac_iceland mac_latin2 mac_roman mac_romanian mac_turkish maccentraleurope maccyrillic "
    " macgreek maciceland macintosh maclatin2 macroman macturkish ms1361 ms932 ms936 ms949 "
    " ms950 ms_kanji mskanji palmos pt154 ptcp154 punycode quopri quopri_codec "
    " quoted_printable quotedprintable r8 raw_unicode_escape rk1048 roman8 rot13 rot_13 "
    " ruscii s_jis s_jis_2004 s_jisx0213 shift_jis shift_jis_2004 shift_jisx0213 shiftjis "
    " shiftjis2004 shiftjisx0213 sjis sjis_2004 sjisx0213 strk1048_2002 thai tis620 tis_620 "
    " tis_620_0 tis_620_2529_0 tis_620_2529_1 u16 u32 u7 u8 u_jis uhc ujis undefined "
    " unicode_1_1_utf_7 unicode_escape unicodebigunmarked unicodelittleunmarked us us_ascii "
    " utf utf16 utf32 utf7 utf8 utf8_ucs2 utf8_ucs4 utf_16 utf_16_be utf_16_le utf_16be "
    " utf_16le utf_32 utf_32_be utf_32_le utf_32be utf_32le utf_7 utf_8 utf_8_sig uu "
    " uu_codec windows_1250 windows_1251 windows_1252 windows_1253 windows_1254 windows_1255 "
    " windows_1256 windows_1257 windows_1258 x_mac_japanese x_mac_korean x_mac_simp_chinese "
    " x_mac_trad_chinese zip zlib zlib_codec ";

// CPython's normalisation: lower case, each run of characters other than letters, digits and
// '.' one '_', none at either end (encodings.normalize_encoding).
std::string normalizedCodec(const std::string& name) {
    std::string n;
    bool gap = false;
    for (char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '.') {
            if (gap && !n.empty())
                n += '_';
            n += static_cast<char>(std::tolower(c));
            gap = false;
        } else if (c < 0x80) {
            gap = true;
        }
    }
    return n;
}

bool known(const std::string& n, std::string_view names) {
    return names.find(" " + n + " ") != std::string_view::npos;
}

// One of the three codecs, by any of its aliases; nullopt for any other name.
std::optional<Codec> codecNamed(const std::string& n) {
    if (known(n, " utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4 "))
        return Codec::Utf8;
    if (known(n, " ascii 646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 "
                 "iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii "))
        return Codec::Ascii;
    if (known(n, " latin_1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 "
                 "iso_8859_1_1987 iso_ir_100 l1 latin latin1 "))
        return Codec::Latin1;
    return std::nullopt;
}

const char* codecWord(Codec c) {
    return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1";
}

// The codec and handler arguments; false with the error set (or the run stopped).
bool codecArgs(Interpreter& in, Object* encoding, Object* errors, const char* what, Codec& codec,
               Handler& handler, std::string& handlerName) {
    codec = Codec::Utf8;
    handler = Handler::Strict;
    if (!clinicStrArg(in, what, "encoding", encoding) || !clinicStrArg(in, what, "errors", errors))
        return false;
    if (encoding) {
        const std::string n = normalizedCodec(text(encoding));
        std::string dotless = n; // encodings.search_function tries '.' as '_' too
        std::replace(dotless.begin(), dotless.end(), '.', '_');
        auto c = codecNamed(n);
        if (!c)
            c = codecNamed(dotless);
        if (!c && !known(n, kKnownCodecs) && !known(dotless, kKnownCodecs)) {
            in.raise("LookupError", "unknown encoding: " + text(encoding));
            return false;
        }
        if (!c) {
            in.abortUnsupported("the codec '" + text(encoding) + "' is not supported");
            return false;
        }
        codec = *c;
    }
    if (errors) {
        const std::string& e = text(errors);
        handler = e == "strict"    ? Handler::Strict
                  : e == "ignore"  ? Handler::Ignore
                  : e == "replace" ? Handler::Replace
                                   : Handler::Other;
        handlerName = e;
    }
    return true;
}

// An error met under a handler other than strict, ignore and replace: CPython looks the handler
// up only now.
ObjRef otherHandler(Interpreter& in, const std::string& name) {
    static constexpr std::string_view kKnownHandlers =
        " backslashreplace namereplace surrogateescape surrogatepass xmlcharrefreplace ";
    if (known(name, kKnownHandlers))
        return in.abortUnsupported("the error handler '" + name + "' is not supported");
    return in.raise("LookupError", "unknown error handler name '" + name + "'");
}

// How CPython's UnicodeEncodeError shows a character: '\xe9', '\u20ac', '\U0001f600'.
std::string escapedChar(char32_t c) {
    char buf[16];
    if (c < 0x100)
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
    else if (c < 0x10000)
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
    else
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
    return buf;
}

// The length of a UTF-8 decoding error at data[i] (CPython's stringlib utf8_decode), and its
// reason; 0 when a valid character of `len` bytes starts there.
std::size_t utf8Error(std::string_view data, std::size_t i, std::size_t& len, const char*& reason) {
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(data[i + k]); };
    auto cont = [&](std::size_t k) { return (at(k) & 0xC0) == 0x80; };
    const unsigned char c = at(0);
    const std::size_t left = data.size() - i;
    reason = "invalid continuation byte";
    if (c < 0x80) {
        len = 1;
        return 0;
    }
    if (c < 0xC2 || c > 0xF4) {
        reason = "invalid start byte";
        return 1;
    }
    const std::size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    // The second byte's range depends on the first (no overlong forms, no surrogates, nothing
    // past U+10FFFF).
    auto secondOk = [&] {
        if (!cont(1))
            return false;
        if (c == 0xE0)
            return at(1) >= 0xA0;
        if (c == 0xED)
            return at(1) < 0xA0;
        if (c == 0xF0)
            return at(1) >= 0x90;
        if (c == 0xF4)
            return at(1) < 0x90;
        return true;
    };
    for (std::size_t k = 1; k < need; ++k) {
        if (k >= left) {
            reason = "unexpected end of data";
            return left;
        }
        if (k == 1 ? !secondOk() : !cont(k))
            return k;
    }
    len = need;
    return 0;
}

ObjRef decodeError(Interpreter& in, Codec codec, std::string_view data, std::size_t start,
                   std::size_t end, const char* reason) {
    char buf[96];
    if (end - start == 1)
        std::snprintf(buf, sizeof buf, "can't decode byte 0x%02x in position %zu: ",
                      static_cast<unsigned>(static_cast<unsigned char>(data[start])), start);
    else
        std::snprintf(buf, sizeof buf, "can't decode bytes in position %zu-%zu: ", start, end - 1);
    return in.raise("UnicodeDecodeError",
                    "'" + std::string(codecWord(codec)) + "' codec " + buf + reason);
}

} // namespace

ObjRef encodeText(Interpreter& in, const std::string& source, Object* encoding, Object* errors) {
    Codec codec{};
    Handler handler{};
    std::string handlerName;
    if (!codecArgs(in, encoding, errors, "encode", codec, handler, handlerName))
        return nullptr;
    // The characters of the str, as code points, with a lone surrogate as itself.
    std::vector<char32_t> chars;
    for (std::size_t i = 0; i < source.size();)
        chars.push_back(numeric::readCodePoint(source, i));
    const char32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
    auto bad = [&](char32_t c) {
        return codec == Codec::Utf8 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
    };
    std::string out;
    for (std::size_t i = 0; i < chars.size();) {
        if (!bad(chars[i])) {
            if (codec == Codec::Utf8)
                numeric::appendCodePoint(out, chars[i]);
            else
                out += static_cast<char>(chars[i]);
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < chars.size() && bad(chars[end]))
            ++end;
        if (handler == Handler::Other)
            return otherHandler(in, handlerName);
        if (handler == Handler::Strict) {
            std::string where =
                end - i == 1
                    ? "character '" + escapedChar(chars[i]) + "' in position " + std::to_string(i)
                    : "characters in position " + std::to_string(i) + "-" + std::to_string(end - 1);
            const std::string reason = codec == Codec::Utf8
                                           ? "surrogates not allowed"
                                           : "ordinal not in range(" + std::to_string(limit) + ")";
            return in.raise("UnicodeEncodeError", "'" + std::string(codecWord(codec)) +
                                                      "' codec can't encode " + where + ": " +
                                                      reason);
        }
        if (handler == Handler::Replace)
            out.append(end - i, '?');
        i = end;
    }
    return in.heap().newBytes(std::move(out));
}

ObjRef decodeBytes(Interpreter& in, const std::string& data, Object* encoding, Object* errors) {
    Codec codec{};
    Handler handler{};
    std::string handlerName;
    if (!codecArgs(in, encoding, errors, "decode", codec, handler, handlerName))
        return nullptr;
    std::string out;
    for (std::size_t i = 0; i < data.size();) {
        const auto c = static_cast<unsigned char>(data[i]);
        std::size_t len = 1, bad = 0;
        const char* reason = "ordinal not in range(128)";
        if (codec == Codec::Latin1 || c < 0x80)
            len = 1;
        else if (codec == Codec::Ascii)
            bad = 1;
        else
            bad = utf8Error(data, i, len, reason);
        if (bad == 0) {
            if (codec == Codec::Latin1)
                numeric::appendCodePoint(out, c);
            else
                out.append(data, i, len);
            i += len;
            continue;
        }
        if (handler == Handler::Other)
            return otherHandler(in, handlerName);
        if (handler == Handler::Strict)
            return decodeError(in, codec, data, i, i + bad, reason);
        if (handler == Handler::Replace)
            numeric::appendCodePoint(out, 0xFFFD);
        i += bad;
    }
    return in.newStr(std::move(out));
}

} // namespace memstep::core::interp
