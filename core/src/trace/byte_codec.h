// Byte encoding shared by the trace's event stream and its checkpoints.
//
// Everything the trace stores is a sequence of LEB128 varints (small ids and counts take one
// or two bytes) in a plain byte vector: one allocation per stream instead of one per event.
// The reader never trusts the bytes beyond their end: a truncated stream reads as zeros, so a
// bug shows up as a wrong state in a test, never as a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace memstep::core {

class ByteWriter {
public:
    explicit ByteWriter(std::vector<std::uint8_t>& out) : m_out(out) {}

    void put(std::uint64_t value) {
        while (value >= 0x80) {
            m_out.push_back(static_cast<std::uint8_t>(value | 0x80));
            value >>= 7;
        }
        m_out.push_back(static_cast<std::uint8_t>(value));
    }
    // Zigzag, so that small negative numbers stay short too.
    void putSigned(std::int64_t value) {
        put((static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
    }

private:
    std::vector<std::uint8_t>& m_out;
};

class ByteReader {
public:
    ByteReader(const std::uint8_t* begin, const std::uint8_t* end) : m_at(begin), m_end(end) {}

    bool atEnd() const { return m_at >= m_end; }

    std::uint64_t get() {
        std::uint64_t value = 0;
        for (int shift = 0; m_at < m_end && shift < 64; shift += 7) {
            const std::uint8_t byte = *m_at++;
            value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0) {
                break;
            }
        }
        return value;
    }
    std::uint32_t get32() { return static_cast<std::uint32_t>(get()); }
    std::int64_t getSigned() {
        const std::uint64_t raw = get();
        return static_cast<std::int64_t>(raw >> 1) ^ -static_cast<std::int64_t>(raw & 1);
    }
    // A count that is about to size a container: never more than the bytes left could hold.
    std::size_t getCount() {
        const std::uint64_t count = get();
        const auto left = static_cast<std::uint64_t>(m_end - m_at);
        return static_cast<std::size_t>(count < left ? count : left);
    }

private:
    const std::uint8_t* m_at;
    const std::uint8_t* m_end;
};

} // namespace memstep::core
