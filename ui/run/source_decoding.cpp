#include "source_decoding.h"

#include "memstep/source_text.h"

#include <QObject>

namespace memstep::ui {

EditorSource decodeForEditor(const QByteArray& bytes, const QString& fileName) {
    EditorSource result;
    const core::SourceText decoded = core::decodeSource(
        std::string(bytes.constData(), std::size_t(bytes.size())), fileName.toStdString());
    if (decoded.error) {
        // Lossy on purpose: each invalid sequence becomes U+FFFD.
        QByteArray withoutBom = bytes;
        if (withoutBom.startsWith("\xef\xbb\xbf")) {
            withoutBom.remove(0, 3);
        }
        result.text = QString::fromUtf8(withoutBom);
        result.problem = QObject::tr("%1 is not UTF-8 text, so python3 would not run it (%2: %3). "
                                     "The bytes that are not UTF-8 are shown as \uFFFD.")
                             .arg(fileName, QString::fromStdString(decoded.error->type),
                                  QString::fromStdString(decoded.error->message));
    } else {
        result.text = QString::fromUtf8(decoded.text.data(), qsizetype(decoded.text.size()));
    }
    if (result.text.contains(QChar(0))) {
        result.text.replace(QChar(0), QChar(0xFFFD));
        const QString nul =
            QObject::tr("%1 contains null bytes, which python3 refuses (\"source code cannot "
                        "contain null bytes\"); they are shown as \uFFFD.")
                .arg(fileName);
        result.problem = result.problem.isEmpty() ? nul : result.problem + QLatin1Char(' ') + nul;
    }
    return result;
}

} // namespace memstep::ui
