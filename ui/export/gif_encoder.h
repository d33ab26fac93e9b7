// Writes animated GIFs with giflib: one global 256-colour palette, per-frame delays, looping.
//
// The diagram is drawn with a handful of flat colours plus the antialiasing ramps between
// them, so one palette for the whole animation (built by median cut from the frames
// themselves) keeps colours steady from frame to frame: no flicker, no dithering noise on
// text. Each frame after the first stores only the rectangle that changed since the previous
// one, which keeps a long animation small.
#pragma once

#include <QFile>
#include <QImage>
#include <QRgb>
#include <QSize>
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

struct GifFileType;

namespace memstep::ui {

// Counts colours of sample frames and cuts them into at most 256 representative ones.
class PaletteBuilder {
public:
    // Pixels are counted in bins of 5 bits per channel; each bin also sums its exact colours,
    // so a bin holding one flat colour (a fill, the background) gives back that exact colour.
    void add(const QImage& image);
    // At most maxColours (2..256) colours, opaque.
    std::vector<QRgb> build(int maxColours = 256) const;

private:
    struct Bin {
        std::uint64_t count = 0;
        std::uint64_t red = 0;
        std::uint64_t green = 0;
        std::uint64_t blue = 0;
    };
    std::vector<Bin> m_bins = std::vector<Bin>(1u << 15);
};

// Nearest palette entry for a colour, memoised at 6 bits per channel.
class ColorMapper {
public:
    explicit ColorMapper(std::vector<QRgb> palette);
    std::uint8_t index(QRgb colour);
    const std::vector<QRgb>& palette() const { return m_palette; }

private:
    std::vector<QRgb> m_palette;
    std::vector<std::int16_t> m_cache;
};

class GifWriter {
public:
    GifWriter() = default;
    ~GifWriter();
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;

    // Every frame must have `size`. The animation loops forever.
    bool open(const QString& path, QSize size, std::vector<QRgb> palette, QString* error);
    // delayMs is rounded to GIF's hundredths of a second (at least 2: browsers slow down 0 and 1).
    bool addFrame(const QImage& image, int delayMs, QString* error);
    bool close(QString* error);
    int frameCount() const { return m_frames; }

private:
    bool fail(const QString& what, int code, QString* error);

    // Written through QFile, so the file gets the usual permissions (giflib's own open
    // makes it private to its owner).
    std::unique_ptr<QFile> m_file;
    GifFileType* m_gif = nullptr;
    QSize m_size;
    ColorMapper m_mapper{{}};
    std::vector<std::uint8_t> m_previous; // indices of the last frame written
    int m_frames = 0;
    QString m_path;
};

} // namespace memstep::ui
