#include "gif_encoder.h"

#include <QFile>
#include <algorithm>
#include <array>
#include <cmath>
#include <gif_lib.h>
#include <limits>
#include <numeric>

namespace memstep::ui {

namespace {

constexpr int kBinBits = 5;
constexpr int kCacheBits = 6;

int binOf(QRgb c) {
    constexpr int shift = 8 - kBinBits;
    return ((qRed(c) >> shift) << (2 * kBinBits)) | ((qGreen(c) >> shift) << kBinBits) |
           (qBlue(c) >> shift);
}

// A box of histogram bins for median cut: the bins [begin, end) of a shared index vector.
struct Box {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::uint64_t count = 0;
    int longest = 0; // channel with the widest range: 0 red, 1 green, 2 blue
    int range = 0;
};

int writeToFile(GifFileType* gif, const GifByteType* data, int length) {
    auto* file = static_cast<QFile*>(gif->UserData);
    return int(file->write(reinterpret_cast<const char*>(data), length));
}

int channel(int bin, int which) {
    const int shift = (2 - which) * kBinBits;
    return (bin >> shift) & ((1 << kBinBits) - 1);
}

} // namespace

void PaletteBuilder::add(const QImage& image) {
    const QImage rgb = image.format() == QImage::Format_RGB32
                           ? image
                           : image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            Bin& bin = m_bins[std::size_t(binOf(line[x]))];
            ++bin.count;
            bin.red += std::uint64_t(qRed(line[x]));
            bin.green += std::uint64_t(qGreen(line[x]));
            bin.blue += std::uint64_t(qBlue(line[x]));
        }
    }
}

std::vector<QRgb> PaletteBuilder::build(int maxColours) const {
    maxColours = std::clamp(maxColours, 2, 256);
    std::vector<int> used;
    for (int i = 0; i < int(m_bins.size()); ++i) {
        if (m_bins[std::size_t(i)].count > 0) {
            used.push_back(i);
        }
    }
    auto measure = [&](Box& box) {
        box.count = 0;
        std::array<int, 3> low{255, 255, 255};
        std::array<int, 3> high{0, 0, 0};
        for (std::size_t i = box.begin; i < box.end; ++i) {
            box.count += m_bins[std::size_t(used[i])].count;
            for (int c = 0; c < 3; ++c) {
                low[std::size_t(c)] = std::min(low[std::size_t(c)], channel(used[i], c));
                high[std::size_t(c)] = std::max(high[std::size_t(c)], channel(used[i], c));
            }
        }
        box.range = -1;
        for (int c = 0; c < 3; ++c) {
            if (high[std::size_t(c)] - low[std::size_t(c)] > box.range) {
                box.range = high[std::size_t(c)] - low[std::size_t(c)];
                box.longest = c;
            }
        }
    };
    std::vector<Box> boxes;
    if (!used.empty()) {
        Box all{0, used.size()};
        measure(all);
        boxes.push_back(all);
    }
    while (int(boxes.size()) < maxColours) {
        // Split the box whose colours are both common and spread out: a wide ramp of
        // antialiased text matters more than a rare stray pixel.
        auto best = boxes.end();
        double bestScore = 0;
        for (auto it = boxes.begin(); it != boxes.end(); ++it) {
            if (it->end - it->begin < 2) {
                continue;
            }
            const double score = double(it->range + 1) * std::sqrt(double(it->count));
            if (score > bestScore) {
                bestScore = score;
                best = it;
            }
        }
        if (best == boxes.end()) {
            break;
        }
        const int c = best->longest;
        std::sort(used.begin() + std::ptrdiff_t(best->begin),
                  used.begin() + std::ptrdiff_t(best->end),
                  [c](int a, int b) { return channel(a, c) < channel(b, c); });
        // Cut at the median pixel, leaving at least one bin on each side.
        const std::uint64_t half = best->count / 2;
        std::uint64_t seen = 0;
        std::size_t cut = best->begin + 1;
        for (std::size_t i = best->begin; i + 1 < best->end; ++i) {
            seen += m_bins[std::size_t(used[i])].count;
            cut = i + 1;
            if (seen >= half) {
                break;
            }
        }
        Box upper{cut, best->end};
        best->end = cut;
        measure(*best);
        measure(upper);
        boxes.push_back(upper);
    }
    std::vector<QRgb> palette;
    for (const Box& box : boxes) {
        std::uint64_t count = 0;
        std::uint64_t red = 0;
        std::uint64_t green = 0;
        std::uint64_t blue = 0;
        for (std::size_t i = box.begin; i < box.end; ++i) {
            const Bin& bin = m_bins[std::size_t(used[i])];
            count += bin.count;
            red += bin.red;
            green += bin.green;
            blue += bin.blue;
        }
        if (count > 0) {
            palette.push_back(qRgb(int((red + count / 2) / count), int((green + count / 2) / count),
                                   int((blue + count / 2) / count)));
        }
    }
    // Black and white are always there: text and background must stay crisp.
    for (QRgb must : {qRgb(255, 255, 255), qRgb(0, 0, 0)}) {
        if (std::find(palette.begin(), palette.end(), must) == palette.end()) {
            if (int(palette.size()) >= maxColours) {
                palette.pop_back();
            }
            palette.push_back(must);
        }
    }
    return palette;
}

ColorMapper::ColorMapper(std::vector<QRgb> palette)
    : m_palette(std::move(palette)), m_cache(std::size_t(1) << (3 * kCacheBits), -1) {}

std::uint8_t ColorMapper::index(QRgb colour) {
    constexpr int shift = 8 - kCacheBits;
    const std::size_t key =
        std::size_t(((qRed(colour) >> shift) << (2 * kCacheBits)) |
                    ((qGreen(colour) >> shift) << kCacheBits) | (qBlue(colour) >> shift));
    std::int16_t& cached = m_cache[key];
    if (cached < 0) {
        int best = 0;
        int bestDistance = std::numeric_limits<int>::max();
        for (int i = 0; i < int(m_palette.size()); ++i) {
            const QRgb p = m_palette[std::size_t(i)];
            const int dr = qRed(p) - qRed(colour);
            const int dg = qGreen(p) - qGreen(colour);
            const int db = qBlue(p) - qBlue(colour);
            // Weighted as the eye is: green differences show most, blue least.
            const int distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        cached = std::int16_t(best);
    }
    return std::uint8_t(cached);
}

GifWriter::~GifWriter() {
    if (m_gif != nullptr) {
        int code = 0;
        EGifCloseFile(m_gif, &code);
    }
}

bool GifWriter::fail(const QString& what, int code, QString* error) {
    if (error != nullptr) {
        const char* reason = GifErrorString(code);
        *error = QObject::tr("Could not write %1: %2 (%3)")
                     .arg(m_path, what,
                          reason != nullptr ? QString::fromLatin1(reason) : QString::number(code));
    }
    return false;
}

bool GifWriter::open(const QString& path, QSize size, std::vector<QRgb> palette, QString* error) {
    m_path = path;
    m_size = size;
    m_frames = 0;
    m_previous.clear();
    if (palette.empty() || palette.size() > 256 || size.isEmpty() || size.width() > 65535 ||
        size.height() > 65535) {
        if (error != nullptr) {
            *error = QObject::tr("Could not write %1: the animation has no colours or no size")
                         .arg(path);
        }
        return false;
    }
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error != nullptr) {
            *error = QObject::tr("Could not write %1: %2").arg(path, m_file->errorString());
        }
        m_file.reset();
        return false;
    }
    int code = 0;
    m_gif = EGifOpen(m_file.get(), writeToFile, &code);
    if (m_gif == nullptr) {
        m_file.reset();
        return fail(QObject::tr("cannot start the GIF"), code, error);
    }
    m_mapper = ColorMapper(palette);
    // GIF colour tables have a power-of-two size; unused entries are black.
    std::vector<GifColorType> colours(256);
    for (std::size_t i = 0; i < palette.size(); ++i) {
        colours[i] = GifColorType{GifByteType(qRed(palette[i])), GifByteType(qGreen(palette[i])),
                                  GifByteType(qBlue(palette[i]))};
    }
    ColorMapObject* map = GifMakeMapObject(256, colours.data());
    EGifSetGifVersion(m_gif, true);
    const int put = EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (put == GIF_ERROR) {
        return fail(QObject::tr("screen descriptor"), m_gif->Error, error);
    }
    // NETSCAPE2.0 application extension: loop count 0 = forever.
    const GifByteType loop[3] = {1, 0, 0};
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, 11, "NETSCAPE2.0") == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, 3, loop) == GIF_ERROR ||
        EGifPutExtensionTrailer(m_gif) == GIF_ERROR) {
        return fail(QObject::tr("loop extension"), m_gif->Error, error);
    }
    return true;
}

bool GifWriter::addFrame(const QImage& image, int delayMs, QString* error) {
    if (m_gif == nullptr || image.size() != m_size) {
        if (error != nullptr) {
            *error = QObject::tr("Could not write %1: a frame does not have the animation's size")
                         .arg(m_path);
        }
        return false;
    }
    const QImage rgb = image.format() == QImage::Format_RGB32
                           ? image
                           : image.convertToFormat(QImage::Format_RGB32);
    const int width = m_size.width();
    const int height = m_size.height();
    std::vector<std::uint8_t> indices(std::size_t(width) * std::size_t(height));
    for (int y = 0; y < height; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        std::uint8_t* out = indices.data() + std::size_t(y) * std::size_t(width);
        for (int x = 0; x < width; ++x) {
            out[x] = m_mapper.index(line[x]);
        }
    }
    // Only the rectangle that differs from the previous frame is stored; the rest stays on
    // screen (disposal "do not dispose").
    int left = 0;
    int top = 0;
    int right = width - 1;
    int bottom = height - 1;
    if (!m_previous.empty()) {
        left = width;
        top = height;
        right = -1;
        bottom = -1;
        for (int y = 0; y < height; ++y) {
            const std::size_t row = std::size_t(y) * std::size_t(width);
            for (int x = 0; x < width; ++x) {
                if (indices[row + std::size_t(x)] != m_previous[row + std::size_t(x)]) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
            }
        }
        if (right < 0) {
            // Nothing changed: a one-pixel frame still carries the delay.
            left = right = top = bottom = 0;
        }
    }
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = std::max(2, (delayMs + 5) / 10);
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const std::size_t length = EGifGCBToExtension(&control, extension);
    if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, int(length), extension) == GIF_ERROR) {
        return fail(QObject::tr("frame delay"), m_gif->Error, error);
    }
    const int w = right - left + 1;
    const int h = bottom - top + 1;
    if (EGifPutImageDesc(m_gif, left, top, w, h, false, nullptr) == GIF_ERROR) {
        return fail(QObject::tr("frame header"), m_gif->Error, error);
    }
    for (int y = top; y <= bottom; ++y) {
        GifPixelType* line =
            indices.data() + std::size_t(y) * std::size_t(width) + std::size_t(left);
        if (EGifPutLine(m_gif, line, w) == GIF_ERROR) {
            return fail(QObject::tr("frame pixels"), m_gif->Error, error);
        }
    }
    m_previous = std::move(indices);
    ++m_frames;
    return true;
}

bool GifWriter::close(QString* error) {
    if (m_gif == nullptr) {
        return true;
    }
    int code = 0;
    const int result = EGifCloseFile(m_gif, &code);
    m_gif = nullptr;
    const bool flushed = m_file->flush() && m_file->error() == QFileDevice::NoError;
    m_file->close();
    m_file.reset();
    if (result == GIF_ERROR || !flushed) {
        return fail(QObject::tr("closing the file"),
                    result == GIF_ERROR ? code : E_GIF_ERR_WRITE_FAILED, error);
    }
    return true;
}

} // namespace memstep::ui
