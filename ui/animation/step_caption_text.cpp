#include "step_caption_text.h"

namespace memstep::ui::caption {

namespace {

// Python's text is wrapped in two characters of Unicode's private use area, which names,
// values and translations practically never hold: finishCaption() reads them and takes them
// out (a str that holds one loses it from the caption, never from the diagram).
constexpr QChar kPythonOpen(0xE000);
constexpr QChar kPythonClose(0xE001);
const QString kEllipsis = QStringLiteral("\u2026");

QString unmarked(QString text) {
    text.remove(kPythonOpen);
    text.remove(kPythonClose);
    return text;
}

} // namespace

QString python(const std::string& text) {
    return kPythonOpen + QString::fromStdString(text) + kPythonClose;
}

QString joinAnd(const QStringList& parts) {
    if (parts.isEmpty()) {
        return {};
    }
    QString text = parts.front();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (i + 1 == parts.size()) {
            //: The last two items of a list: "a and b", "a, b and c".
            text = StepCaption::tr("%1 and %2").arg(text, parts[i]);
        } else {
            //: Two items of a list that goes on: "a, b" in "a, b and c"; also "n -> 1, m -> 2".
            text = StepCaption::tr("%1, %2").arg(text, parts[i]);
        }
    }
    return text;
}

QString joinCommas(const QStringList& parts) {
    if (parts.isEmpty()) {
        return {};
    }
    QString text = parts.front();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        text = StepCaption::tr("%1, %2").arg(text, parts[i]);
    }
    return text;
}

std::string finishCaption(const QStringList& sentences, qsizetype maxSentences) {
    QStringList shown = sentences;
    // "and 1 more change" would say less than the change itself: one more is shown.
    if (shown.size() > maxSentences + 1) {
        const int more = int(shown.size() - maxSentences);
        shown = shown.mid(0, maxSentences);
        //: The last part of a caption too long to say in full: how many changes it leaves out.
        shown.append(StepCaption::tr("and %n more changes", nullptr, more));
    }
    if (shown.isEmpty()) {
        return {};
    }
    QString caption = shown.front();
    for (qsizetype i = 1; i < shown.size(); ++i) {
        //: Two sentences of one caption, each about one change the step made.
        caption = StepCaption::tr("%1; %2").arg(caption, shown[i]);
    }
    // The caption's own first word takes a capital; Python's `a` is not `A`.
    if (!caption.isEmpty() && caption.front() != kPythonOpen) {
        caption[0] = caption.front().toUpper();
    }
    caption = unmarked(caption);
    // A caption ending in a cut value ends with its ellipsis, not "….".
    if (caption.endsWith(kEllipsis)) {
        return caption.toStdString();
    }
    //: The end of a caption: its full stop.
    return StepCaption::tr("%1.").arg(caption).toStdString();
}

std::string plainText(const QString& text) {
    return unmarked(text).toStdString();
}

} // namespace memstep::ui::caption
