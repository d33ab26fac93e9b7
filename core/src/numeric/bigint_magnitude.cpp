#include "numeric/bigint_magnitude.h"

#include <algorithm>
#include <bit>

namespace memstep::core::numeric::mag {

void trim(Limbs& limbs) {
    while (!limbs.empty() && limbs.back() == 0) {
        limbs.pop_back();
    }
}

int compare(const Limbs& a, const Limbs& b) {
    if (a.size() != b.size()) {
        return a.size() < b.size() ? -1 : 1;
    }
    for (std::size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return 0;
}

Limbs add(const Limbs& a, const Limbs& b) {
    const Limbs& longer = a.size() >= b.size() ? a : b;
    const Limbs& shorter = a.size() >= b.size() ? b : a;
    Limbs result(longer.size() + 1, 0);
    std::uint64_t carry = 0;
    for (std::size_t i = 0; i < longer.size(); ++i) {
        std::uint64_t sum = carry + longer[i] + (i < shorter.size() ? shorter[i] : 0u);
        result[i] = static_cast<std::uint32_t>(sum);
        carry = sum >> 32;
    }
    result[longer.size()] = static_cast<std::uint32_t>(carry);
    trim(result);
    return result;
}

Limbs sub(const Limbs& a, const Limbs& b) {
    Limbs result(a.size(), 0);
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::int64_t diff = static_cast<std::int64_t>(a[i]) - borrow -
                            static_cast<std::int64_t>(i < b.size() ? b[i] : 0u);
        borrow = diff < 0 ? 1 : 0;
        result[i] = static_cast<std::uint32_t>(diff + (borrow << 32));
    }
    trim(result);
    return result;
}

namespace {

// Schoolbook multiplication; with a poll, each row of limb products is reported to it first.
std::optional<Limbs> mulRows(const Limbs& a, const Limbs& b, WorkPoll* poll) {
    if (a.empty() || b.empty()) {
        return Limbs{};
    }
    Limbs result(a.size() + b.size(), 0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (poll && poll->stop(b.size())) {
            return std::nullopt;
        }
        std::uint64_t carry = 0;
        const std::uint64_t ai = a[i];
        for (std::size_t j = 0; j < b.size(); ++j) {
            std::uint64_t cur = ai * b[j] + result[i + j] + carry;
            result[i + j] = static_cast<std::uint32_t>(cur);
            carry = cur >> 32;
        }
        std::size_t k = i + b.size();
        while (carry != 0) {
            std::uint64_t cur = static_cast<std::uint64_t>(result[k]) + carry;
            result[k] = static_cast<std::uint32_t>(cur);
            carry = cur >> 32;
            ++k;
        }
    }
    trim(result);
    return result;
}

} // namespace

Limbs mul(const Limbs& a, const Limbs& b) {
    return *mulRows(a, b, nullptr);
}

std::optional<Limbs> mul(const Limbs& a, const Limbs& b, WorkPoll& poll) {
    return mulRows(a, b, &poll);
}

std::uint32_t divSmallInPlace(Limbs& a, std::uint32_t divisor) {
    std::uint64_t rem = 0;
    for (std::size_t i = a.size(); i-- > 0;) {
        std::uint64_t cur = (rem << 32) | a[i];
        a[i] = static_cast<std::uint32_t>(cur / divisor);
        rem = cur % divisor;
    }
    trim(a);
    return static_cast<std::uint32_t>(rem);
}

void mulSmallAddInPlace(Limbs& a, std::uint32_t factor, std::uint32_t addend) {
    std::uint64_t carry = addend;
    for (auto& limb : a) {
        std::uint64_t cur = static_cast<std::uint64_t>(limb) * factor + carry;
        limb = static_cast<std::uint32_t>(cur);
        carry = cur >> 32;
    }
    if (carry != 0) {
        a.push_back(static_cast<std::uint32_t>(carry));
    }
    trim(a);
}

std::pair<Limbs, Limbs> divMod(const Limbs& a, const Limbs& b) {
    if (compare(a, b) < 0) {
        return {Limbs{}, a};
    }
    if (b.size() == 1) {
        Limbs q = a;
        std::uint32_t r = divSmallInPlace(q, b[0]);
        Limbs rem;
        if (r != 0) {
            rem.push_back(r);
        }
        return {q, rem};
    }
    // Knuth D: normalise so the divisor's top limb has its high bit set.
    const int shift = std::countl_zero(b.back());
    Limbs v = shiftLeft(b, static_cast<std::uint64_t>(shift));
    Limbs u = shiftLeft(a, static_cast<std::uint64_t>(shift));
    u.resize(a.size() + 1, 0);
    const std::size_t n = v.size();
    const std::size_t m = u.size() - n;
    Limbs q(m, 0);
    const std::uint64_t base = std::uint64_t{1} << 32;
    for (std::size_t j = m; j-- > 0;) {
        std::uint64_t top = (static_cast<std::uint64_t>(u[j + n]) << 32) | u[j + n - 1];
        std::uint64_t qhat = top / v[n - 1];
        std::uint64_t rhat = top % v[n - 1];
        while (qhat >= base || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
            --qhat;
            rhat += v[n - 1];
            if (rhat >= base) {
                break;
            }
        }
        std::int64_t borrow = 0;
        std::uint64_t carry = 0;
        for (std::size_t i = 0; i < n; ++i) {
            std::uint64_t product = qhat * v[i] + carry;
            carry = product >> 32;
            std::int64_t diff = static_cast<std::int64_t>(u[i + j]) - borrow -
                                static_cast<std::int64_t>(product & 0xFFFFFFFFu);
            borrow = diff < 0 ? 1 : 0;
            u[i + j] = static_cast<std::uint32_t>(diff + (borrow << 32));
        }
        std::int64_t diff =
            static_cast<std::int64_t>(u[j + n]) - borrow - static_cast<std::int64_t>(carry);
        borrow = diff < 0 ? 1 : 0;
        u[j + n] = static_cast<std::uint32_t>(diff + (borrow << 32));
        if (borrow != 0) {
            --qhat;
            std::uint64_t c = 0;
            for (std::size_t i = 0; i < n; ++i) {
                std::uint64_t sum = static_cast<std::uint64_t>(u[i + j]) + v[i] + c;
                u[i + j] = static_cast<std::uint32_t>(sum);
                c = sum >> 32;
            }
            u[j + n] = static_cast<std::uint32_t>(u[j + n] + c);
        }
        q[j] = static_cast<std::uint32_t>(qhat);
    }
    trim(q);
    u.resize(n);
    trim(u);
    return {q, shiftRight(u, static_cast<std::uint64_t>(shift))};
}

Limbs shiftLeft(const Limbs& a, std::uint64_t bits) {
    if (a.empty()) {
        return {};
    }
    const std::size_t limbShift = static_cast<std::size_t>(bits / 32);
    const unsigned bitShift = static_cast<unsigned>(bits % 32);
    Limbs result(a.size() + limbShift + 1, 0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::uint64_t cur = static_cast<std::uint64_t>(a[i]) << bitShift;
        result[i + limbShift] |= static_cast<std::uint32_t>(cur);
        result[i + limbShift + 1] |= static_cast<std::uint32_t>(cur >> 32);
    }
    trim(result);
    return result;
}

Limbs shiftRight(const Limbs& a, std::uint64_t bits) {
    const std::uint64_t limbShift = bits / 32;
    if (limbShift >= a.size()) {
        return {};
    }
    const unsigned bitShift = static_cast<unsigned>(bits % 32);
    Limbs result(a.size() - static_cast<std::size_t>(limbShift), 0);
    for (std::size_t i = 0; i < result.size(); ++i) {
        std::size_t src = i + static_cast<std::size_t>(limbShift);
        std::uint64_t cur = a[src];
        if (src + 1 < a.size()) {
            cur |= static_cast<std::uint64_t>(a[src + 1]) << 32;
        }
        result[i] = static_cast<std::uint32_t>(cur >> bitShift);
    }
    trim(result);
    return result;
}

std::uint64_t bitLength(const Limbs& a) {
    if (a.empty()) {
        return 0;
    }
    return (a.size() - 1) * std::uint64_t{32} +
           static_cast<std::uint64_t>(32 - std::countl_zero(a.back()));
}

bool anyLowBitSet(const Limbs& a, std::uint64_t bits) {
    const std::uint64_t whole = std::min<std::uint64_t>(bits / 32, a.size());
    for (std::size_t i = 0; i < whole; ++i) {
        if (a[i] != 0) {
            return true;
        }
    }
    const unsigned rest = static_cast<unsigned>(bits % 32);
    if (whole < a.size() && rest != 0) {
        return (a[whole] & ((std::uint32_t{1} << rest) - 1)) != 0;
    }
    return false;
}

Limbs fromUint64(std::uint64_t value) {
    Limbs result;
    while (value != 0) {
        result.push_back(static_cast<std::uint32_t>(value));
        value >>= 32;
    }
    return result;
}

} // namespace memstep::core::numeric::mag
