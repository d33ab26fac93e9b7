// random.Random's generator: CPython 3.11's Mersenne Twister (_randommodule.c) with the
// gauss() pair random.py keeps beside it, and the SHA-512 that random.seed() of a str, bytes
// or bytearray hashes its seed with. One generator per Random object, so `random.Random(42)`
// and the module's hidden instance (random._inst) each draw their own numbers.
#pragma once

#include "numeric/bigint.h"
#include "runtime/instance.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace memstep::core::modules::random {

class MersenneTwister {
public:
    static constexpr int kN = 624;
    static constexpr int kM = 397;

    void initGenrand(std::uint32_t s) {
        m_mt[0] = s;
        for (int i = 1; i < kN; ++i)
            m_mt[i] =
                1812433253u * (m_mt[i - 1] ^ (m_mt[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
        m_index = kN;
    }

    void initByArray(const std::vector<std::uint32_t>& key) {
        initGenrand(19650218u);
        int i = 1;
        std::size_t j = 0;
        for (std::size_t k = std::max<std::size_t>(kN, key.size()); k; --k) {
            m_mt[i] = (m_mt[i] ^ ((m_mt[i - 1] ^ (m_mt[i - 1] >> 30)) * 1664525u)) + key[j] +
                      static_cast<std::uint32_t>(j);
            ++i;
            ++j;
            if (i >= kN) {
                m_mt[0] = m_mt[kN - 1];
                i = 1;
            }
            if (j >= key.size())
                j = 0;
        }
        for (int k = kN - 1; k; --k) {
            m_mt[i] = (m_mt[i] ^ ((m_mt[i - 1] ^ (m_mt[i - 1] >> 30)) * 1566083941u)) -
                      static_cast<std::uint32_t>(i);
            ++i;
            if (i >= kN) {
                m_mt[0] = m_mt[kN - 1];
                i = 1;
            }
        }
        m_mt[0] = 0x80000000u;
        m_index = kN;
    }

    std::uint32_t next32() {
        static constexpr std::uint32_t kMag01[2] = {0x0u, 0x9908b0dfu};
        if (m_index >= kN) {
            int kk = 0;
            std::uint32_t y = 0;
            for (; kk < kN - kM; ++kk) {
                y = (m_mt[kk] & 0x80000000u) | (m_mt[kk + 1] & 0x7fffffffu);
                m_mt[kk] = m_mt[kk + kM] ^ (y >> 1) ^ kMag01[y & 1u];
            }
            for (; kk < kN - 1; ++kk) {
                y = (m_mt[kk] & 0x80000000u) | (m_mt[kk + 1] & 0x7fffffffu);
                m_mt[kk] = m_mt[kk + (kM - kN)] ^ (y >> 1) ^ kMag01[y & 1u];
            }
            y = (m_mt[kN - 1] & 0x80000000u) | (m_mt[0] & 0x7fffffffu);
            m_mt[kN - 1] = m_mt[kM - 1] ^ (y >> 1) ^ kMag01[y & 1u];
            m_index = 0;
        }
        std::uint32_t y = m_mt[m_index++];
        y ^= (y >> 11);
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= (y >> 18);
        return y;
    }

    double random() {
        std::uint32_t a = next32() >> 5, b = next32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    numeric::BigInt getrandbits(std::uint64_t k) {
        if (k == 0)
            return numeric::BigInt();
        if (k <= 32)
            return numeric::BigInt::fromUint64(next32() >> (32 - k));
        std::vector<std::uint32_t> words((k - 1) / 32 + 1);
        for (auto& w : words) {
            std::uint32_t r = next32();
            if (k < 32)
                r >>= (32 - k);
            w = r;
            k = k >= 32 ? k - 32 : 0;
        }
        return numeric::BigInt::fromLimbs(std::move(words), false);
    }

    // _randbelow_with_getrandbits(n), n > 0.
    numeric::BigInt below(const numeric::BigInt& n) {
        std::uint64_t k = n.bitLength();
        numeric::BigInt r = getrandbits(k);
        while (r >= n)
            r = getrandbits(k);
        return r;
    }
    std::int64_t below(std::int64_t n) { return below(numeric::BigInt::fromInt64(n)).toInt64(); }

    std::optional<double> gaussNext; // Random.gauss_next: gauss() draws its numbers in pairs

private:
    std::array<std::uint32_t, kN> m_mt{};
    int m_index = kN + 1;
};

// An object of random.Random: an instance of a library class, drawn by its class name only
// (as the reference draws an object of a class CPython's library defines), carrying its own
// generator.
struct RandomObject : rt::InstanceObject {
    MersenneTwister g;
};

inline RandomObject* asRandom(rt::Object* o) {
    return o && o->tag == rt::Tag::Instance ? dynamic_cast<RandomObject*>(o) : nullptr;
}

// The 64-byte SHA-512 digest of `data` (FIPS 180-4).
std::array<std::uint8_t, 64> sha512(std::string_view data);

} // namespace memstep::core::modules::random
