// BigInt on values far past int64 and past the old 2**20-bit cap (issue #16), checked against
// python3 run at test time (set_int_max_str_digits(0), results in hex) and against identities,
// and the WorkPoll of the long operations: a stop gives up, a budget refuses before computing.
#include "numeric/bigint.h"
#include "numeric/bigint_math.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace numeric = memstep::core::numeric;
using numeric::BigInt;

namespace {

// The operands, as Python expressions: sizes from a few limbs to a million bits, both signs.
const std::vector<std::string> kOperands = {"3**20000 + 12345", "-(7**9000) - 1", "2**100000 - 1",
                                            "-(2**2000) + 5",   "10**3000 + 7",   "-(5**5000)",
                                            "2**1000000 + 3",   "123456789"};

// Runs python3 on `script`, returning its stdout lines.
std::vector<std::string> python(const std::string& script) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("memstep_bigint_gmp_test_" + std::to_string(::getpid()) + ".py");
    std::ofstream(path) << script;
    std::string output;
    if (FILE* pipe = ::popen(("python3 " + path.string()).c_str(), "r")) {
        char buffer[65536];
        std::size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
            output.append(buffer, n);
        ::pclose(pipe);
    }
    std::filesystem::remove(path);
    std::vector<std::string> lines;
    std::istringstream in(output);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::string operandList() {
    std::string list = "ops = [";
    for (const auto& op : kOperands)
        list += op + ", ";
    return list + "]\n";
}

BigInt fromHex(const std::string& text) {
    auto v = BigInt::fromString(text, 16);
    EXPECT_TRUE(v.has_value()) << text.substr(0, 80);
    return v ? *v : BigInt();
}

std::string hexOf(const BigInt& v) {
    return v.toString(16);
}

// A poll that counts the work reported and says stop once it passed `stopAfter` units.
class CountingPoll : public numeric::WorkPoll {
public:
    explicit CountingPoll(std::uint64_t stopAfter) : m_stopAfter(stopAfter) {}
    bool stop(std::uint64_t work) override {
        m_work += work;
        ++m_reports;
        return m_work > m_stopAfter;
    }
    std::uint64_t reports() const { return m_reports; }

private:
    std::uint64_t m_stopAfter;
    std::uint64_t m_work = 0;
    std::uint64_t m_reports = 0;
};

TEST(BigIntGmp, ArithmeticAndBitsMatchPython) {
    // For each ordered pair: + - * // % & | ^ >> 77, << 77, ~a, in hex ('-0x..' as format(x, 'x')).
    const auto lines = python("import sys\nsys.set_int_max_str_digits(0)\n" + operandList() +
                              "for a in ops:\n"
                              "    print(format(a, 'x'))\n"
                              "    for b in ops:\n"
                              "        for r in (a + b, a - b, a * b, a // b, a % b, a & b, a | b,"
                              " a ^ b, a >> 77, a << 77, ~a):\n"
                              "            print(format(r, 'x'))\n");
    const std::size_t n = kOperands.size();
    ASSERT_EQ(lines.size(), n * (1 + n * 11)) << "python3 did not run";
    std::vector<BigInt> ops;
    for (std::size_t i = 0; i < n; ++i)
        ops.push_back(fromHex(lines[i * (1 + n * 11)]));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            SCOPED_TRACE(kOperands[i] + " with " + kOperands[j]);
            const BigInt& a = ops[i];
            const BigInt& b = ops[j];
            const std::vector<BigInt> mine = {a + b,
                                              a - b,
                                              a * b,
                                              *a.floorDiv(b),
                                              *a.mod(b),
                                              a & b,
                                              a | b,
                                              a ^ b,
                                              a.shiftRight(std::uint64_t{77}),
                                              a.shiftLeft(std::uint64_t{77}),
                                              ~a};
            const std::size_t at = i * (1 + n * 11) + 1 + j * 11;
            for (std::size_t k = 0; k < mine.size(); ++k)
                EXPECT_EQ(hexOf(mine[k]), lines[at + k]) << "operation " << k;
        }
    }
}

TEST(BigIntGmp, ConversionsHashAndPowersMatchPython) {
    // Per operand: float.hex(a) or OverflowError, a / 3**500 likewise, hash(a), the decimal
    // digits, pow(a, 65537, 10**50 + 151), pow(a, -1, 2**127 - 1), a % 1000003 ** 3.
    const auto lines =
        python("import sys\nsys.set_int_max_str_digits(0)\n" + operandList() +
               "def f(g):\n"
               "    try:\n        return float.hex(g())\n"
               "    except OverflowError as e:\n        return 'OverflowError: ' + str(e)\n"
               "for a in ops:\n"
               "    print(f(lambda: float(a)))\n"
               "    print(f(lambda: a / 3**500))\n"
               "    print(hash(a))\n"
               "    print(str(a))\n"
               "    print(format(pow(a, 65537, 10**50 + 151), 'x'))\n"
               "    print(format(pow(a, -1, 2**127 - 1), 'x'))\n"
               "    print(format(a ** 3 % 1000003, 'x'))\n");
    ASSERT_EQ(lines.size(), kOperands.size() * 7) << "python3 did not run";
    const BigInt divisor = *BigInt::fromInt64(3).pow(BigInt::fromInt64(500));
    const BigInt modulus =
        *BigInt::fromString("100000000000000000000000000000000000000000000000151");
    const BigInt mersenne =
        BigInt::fromInt64(1).shiftLeft(std::uint64_t{127}) - BigInt::fromInt64(1);
    for (std::size_t i = 0; i < kOperands.size(); ++i) {
        SCOPED_TRACE(kOperands[i]);
        const std::string* want = &lines[i * 7];
        const BigInt a = *BigInt::fromString(want[3]);
        auto asHex = [](const numeric::Result<double>& d) {
            if (!d)
                return d.error().type + ": " + d.error().message;
            char buffer[64];
            std::snprintf(buffer, sizeof buffer, "%a", *d);
            return std::string(buffer);
        };
        const std::string floatHex = asHex(a.toDouble());
        // C writes 0x1.8p+3 where Python writes 0x1.8000000000000p+3: compare as values.
        if (want[0].rfind("Overflow", 0) == 0)
            EXPECT_EQ(floatHex, want[0]);
        else
            EXPECT_EQ(std::strtod(floatHex.c_str(), nullptr),
                      std::strtod(want[0].c_str(), nullptr));
        const std::string quotient = asHex(a.trueDiv(divisor));
        if (want[1].rfind("Overflow", 0) == 0)
            EXPECT_EQ(quotient, want[1]);
        else
            EXPECT_EQ(std::strtod(quotient.c_str(), nullptr),
                      std::strtod(want[1].c_str(), nullptr));
        EXPECT_EQ(std::to_string(a.hash()), want[2]);
        EXPECT_EQ(a.toString(), want[3]);
        EXPECT_EQ(hexOf(*a.powMod(BigInt::fromInt64(65537), modulus)), want[4]);
        EXPECT_EQ(hexOf(*a.powMod(BigInt::fromInt64(-1), mersenne)), want[5]);
        EXPECT_EQ(hexOf(*a.pow(BigInt::fromInt64(3))->mod(BigInt::fromInt64(1000003))), want[6]);
    }
}

TEST(BigIntGmp, MathFunctionsMatchPython) {
    const auto lines = python("import math, sys\nsys.set_int_max_str_digits(0)\n"
                              "print(format(math.factorial(20001), 'x'))\n"
                              "print(format(math.comb(30000, 12345), 'x'))\n"
                              "print(format(math.perm(10**40, 300), 'x'))\n"
                              "print(format(math.isqrt(7**50000), 'x'))\n"
                              "print(format(math.gcd(6**3000, 10**2000), 'x'))\n"
                              "print(format(math.lcm(6**3000, -(10**2000)), 'x'))\n");
    ASSERT_EQ(lines.size(), 6u) << "python3 did not run";
    CountingPoll poll(~std::uint64_t{0});
    const BigInt forty = *BigInt::fromString("1" + std::string(40, '0'));
    EXPECT_EQ(hexOf(*numeric::factorial(20001, poll, numeric::kMaxResultBits)), lines[0]);
    EXPECT_EQ(
        hexOf(*numeric::binomial(BigInt::fromInt64(30000), 12345, poll, numeric::kMaxResultBits)),
        lines[1]);
    EXPECT_EQ(hexOf(*numeric::fallingFactorial(forty, 300, poll, numeric::kMaxResultBits)),
              lines[2]);
    EXPECT_EQ(hexOf(numeric::isqrt(*BigInt::fromInt64(7).pow(BigInt::fromInt64(50000)))), lines[3]);
    const BigInt six = *BigInt::fromInt64(6).pow(BigInt::fromInt64(3000));
    const BigInt ten = *BigInt::fromInt64(10).pow(BigInt::fromInt64(2000));
    EXPECT_EQ(hexOf(numeric::gcd(six, ten)), lines[4]);
    EXPECT_EQ(hexOf(numeric::lcm(six, -ten)), lines[5]);
}

TEST(BigIntGmp, IdentitiesOnMillionBitValues) {
    const BigInt a = *BigInt::fromInt64(3).pow(BigInt::fromInt64(700001)); // 1.1 million bits
    const BigInt b = -*BigInt::fromInt64(7).pow(BigInt::fromInt64(123457));
    auto [q, r] = *a.divmod(b);
    EXPECT_EQ(q * b + r, a);
    EXPECT_TRUE(r.isZero() || r.isNegative()); // the remainder takes the divisor's sign
    EXPECT_EQ((a & b) + (a | b), a + b);
    EXPECT_EQ((a ^ b), (a | b) - (a & b));
    EXPECT_EQ(~(a & b), (~a) | (~b));
    EXPECT_EQ(b.shiftRight(std::uint64_t{1000}),
              *b.floorDiv(BigInt::fromInt64(1).shiftLeft(std::uint64_t{1000})));
    const BigInt root = numeric::isqrt(a);
    EXPECT_LE(root * root, a);
    const BigInt next = root + BigInt::fromInt64(1);
    EXPECT_GT(next * next, a);
    EXPECT_EQ(*BigInt::fromString(a.toString(36), 36), a);
    EXPECT_EQ(BigInt::fromLimbs(b.limbs(), true), b);
    CountingPoll poll(~std::uint64_t{0});
    const BigInt f = *numeric::factorial(300000, poll, numeric::kMaxResultBits); // tree path
    EXPECT_GT(poll.reports(), 1000u);
    EXPECT_EQ(f, *numeric::factorial(299999, poll, numeric::kMaxResultBits) *
                     BigInt::fromInt64(300000));
    // Modular power by hand (polled) and by mpz_powm must agree.
    const BigInt m = *BigInt::fromInt64(3).pow(BigInt::fromInt64(2000)) + BigInt::fromInt64(2);
    const BigInt e = *BigInt::fromInt64(7).pow(BigInt::fromInt64(1100)); // 3,089 bits
    CountingPoll modPoll(~std::uint64_t{0});
    EXPECT_EQ(*BigInt::fromInt64(5).powMod(e, m, &modPoll), *BigInt::fromInt64(5).powMod(e, m));
    EXPECT_EQ(modPoll.reports(), e.bitLength());
}

TEST(BigIntGmp, StopsWhenThePollSaysSoAndRefusesPastTheBudget) {
    CountingPoll stopAtOnce(0);
    auto power = BigInt::fromInt64(3).pow(BigInt::fromInt64(50000000), &stopAtOnce);
    ASSERT_FALSE(power.ok());
    EXPECT_EQ(power.error().type, numeric::kStoppedError);
    EXPECT_EQ(stopAtOnce.reports(), 1u);
    auto fact = numeric::factorial(10000000, stopAtOnce, numeric::kMaxResultBits);
    ASSERT_FALSE(fact.ok());
    EXPECT_EQ(fact.error().type, numeric::kStoppedError);
    const BigInt big = *BigInt::fromInt64(3).pow(BigInt::fromInt64(100000));
    auto modular = BigInt::fromInt64(3).powMod(big, big + BigInt::fromInt64(4), &stopAtOnce);
    ASSERT_FALSE(modular.ok());
    EXPECT_EQ(modular.error().type, numeric::kStoppedError);
    // Budgets: factorial(10**6) has 18,488,885 bits.
    CountingPoll never(~std::uint64_t{0});
    EXPECT_EQ(numeric::factorial(1000000, never, 18000000).error().type, "MemoryLimit");
    EXPECT_EQ(numeric::factorial(1000000, never, 19000000)->bitLength(), 18488885u);
    EXPECT_EQ(numeric::fallingFactorial(BigInt::fromInt64(1).shiftLeft(std::uint64_t{1000}), 1000,
                                        never, 100000)
                  .error()
                  .type,
              "MemoryLimit");
}

TEST(BigIntGmp, DigitLimitMessagesMatchPython) {
    const auto lines = python("for f in (lambda: str(10**5000), lambda: int('1' * 5001)):\n"
                              "    try:\n        f()\n"
                              "    except ValueError as e:\n        print(e)\n");
    ASSERT_EQ(lines.size(), 2u) << "python3 did not run";
    const BigInt big = *BigInt::fromInt64(10).pow(BigInt::fromInt64(5000));
    EXPECT_EQ(big.toDecimalString().error().message, lines[0]);
    EXPECT_EQ(BigInt::parse(std::string(5001, '1')).error().message, lines[1]);
    // Hexadecimal has no limit; 2**1000000 refuses decimal at once (bit count).
    const BigInt huge = BigInt::fromInt64(1).shiftLeft(std::uint64_t{1000000});
    EXPECT_EQ(huge.toDecimalString().error().message, lines[0]);
    EXPECT_EQ(*BigInt::parse("0x1" + std::string(250000, '0'), 0), huge);
}

} // namespace
