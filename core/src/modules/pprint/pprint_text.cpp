// The text pieces of pprint.py's layouts of str and bytes (see pprint.h).
#include "interp/builtins/builtins_util.h"
#include "modules/pprint/pprint.h"
#include "numeric/float_format.h"

namespace memstep::core::modules::pprint {

std::int64_t length(const std::string& text) {
    std::int64_t n = 0;
    for (unsigned char c : text)
        n += (c & 0xC0) != 0x80;
    return n;
}

namespace {

// re.findall(r'\S*\s*', line) without its last, empty match: runs of non-space, each with the
// spaces after it.
std::vector<std::string> words(const std::string& line) {
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i < line.size()) {
        const std::size_t start = i;
        while (i < line.size() && !interp::isSpaceAt(line, i))
            i += interp::charLengthAt(line, i);
        while (i < line.size() && interp::isSpaceAt(line, i))
            i += interp::charLengthAt(line, i);
        parts.push_back(line.substr(start, i - start));
    }
    return parts;
}

} // namespace

std::vector<std::string> strChunks(const std::vector<std::string>& lines, std::int64_t maxWidth,
                                   std::int64_t allowance, std::string& rep) {
    std::int64_t maxWidth1 = maxWidth;
    std::vector<std::string> chunks;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool lastLine = i + 1 == lines.size();
        rep = numeric::pyStringRepr(lines[i]);
        if (lastLine)
            maxWidth1 -= allowance;
        if (length(rep) <= maxWidth1) {
            chunks.push_back(rep);
            continue;
        }
        const std::vector<std::string> parts = words(lines[i]);
        std::int64_t maxWidth2 = maxWidth;
        std::string current;
        for (std::size_t j = 0; j < parts.size(); ++j) {
            std::string candidate = current + parts[j];
            if (j + 1 == parts.size() && lastLine)
                maxWidth2 -= allowance;
            if (length(numeric::pyStringRepr(candidate)) > maxWidth2) {
                if (!current.empty())
                    chunks.push_back(numeric::pyStringRepr(current));
                current = parts[j];
            } else {
                current = std::move(candidate);
            }
        }
        if (!current.empty())
            chunks.push_back(numeric::pyStringRepr(current));
    }
    return chunks;
}

std::vector<std::string> wrapBytes(const std::string& data, std::int64_t width,
                                   std::int64_t allowance) {
    std::vector<std::string> out;
    std::string current;
    const std::size_t last = data.size() / 4 * 4;
    for (std::size_t i = 0; i < data.size(); i += 4) {
        std::string part = data.substr(i, 4);
        std::string candidate = current + part;
        if (i == last)
            width -= allowance;
        if (static_cast<std::int64_t>(numeric::pyBytesRepr(candidate).size()) > width) {
            if (!current.empty())
                out.push_back(numeric::pyBytesRepr(current));
            current = std::move(part);
        } else {
            current = std::move(candidate);
        }
    }
    if (!current.empty())
        out.push_back(numeric::pyBytesRepr(current));
    return out;
}

} // namespace memstep::core::modules::pprint
