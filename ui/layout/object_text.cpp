#include "object_text.h"

#include "diagram_layout.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace memstep::ui {

QString fromUtf8(const std::string& text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

namespace {

QString shorten(QString text) {
    if (text.size() > kMaxValueChars) {
        text.truncate(kMaxValueChars - 1);
        text.append(QChar(0x2026));
    }
    return text;
}

QString quoted(const QString& raw) {
    QString out;
    out.reserve(raw.size() + 2);
    const bool useDouble = raw.contains(QLatin1Char('\'')) && !raw.contains(QLatin1Char('"'));
    const QChar quote = useDouble ? QLatin1Char('"') : QLatin1Char('\'');
    out.append(quote);
    for (QChar c : raw) {
        if (c == QLatin1Char('\n')) {
            out.append(QLatin1String("\\n"));
        } else if (c == QLatin1Char('\t')) {
            out.append(QLatin1String("\\t"));
        } else if (c == QLatin1Char('\\')) {
            out.append(QLatin1String("\\\\"));
        } else if (c == quote) {
            out.append(QLatin1Char('\\')).append(c);
        } else {
            out.append(c);
        }
    }
    out.append(quote);
    return out;
}

// What valueText shows before it is shortened: 'hi' quoted and escaped, a function's
// signature, a number's digits, or a name for modules and builtins.
QString uncutText(const core::HeapObject& object) {
    if (object.type == "str" || object.type == "re.Pattern") { // a Pattern shows its text
        return quoted(fromUtf8(object.value));
    }
    if (object.type == "function") {
        return signatureText(object);
    }
    if (!object.value.empty()) {
        return fromUtf8(object.value);
    }
    return fromUtf8(object.name);
}

// len() of a str held as UTF-8: one per code point, so every byte but continuation bytes.
qsizetype codePoints(const std::string& utf8) {
    return std::count_if(utf8.begin(), utf8.end(),
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

qsizetype digits(const std::string& number) {
    return std::count_if(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

QString typeLabel(const core::HeapObject& object) {
    if (object.type == "instance") {
        return fromUtf8(object.className);
    }
    // An object of a program's subclass of list or dict: its class, then what it is drawn as.
    if (!object.className.empty()) {
        return fromUtf8(object.className) + QLatin1Char('(') + fromUtf8(object.type) +
               QLatin1Char(')');
    }
    if (object.type == "str" && isValueCut(object)) {
        return QCoreApplication::translate("memstep::ui::DiagramText", "str, %1 chars")
            .arg(codePoints(object.value));
    }
    if (object.type == "int" && isValueCut(object)) {
        return QCoreApplication::translate("memstep::ui::DiagramText", "int, %1 digits")
            .arg(digits(object.value));
    }
    return fromUtf8(object.type);
}

bool isScalar(const core::HeapObject& object) {
    // An object of a program's subclass (class Num(int)) is a box: its class and attributes
    // are part of what it is.
    if (!object.className.empty()) {
        return false;
    }
    const std::string& t = object.type;
    // decimal.Decimal is an immutable number, shown by its repr as complex is.
    return t == "int" || t == "float" || t == "complex" || t == "Decimal" || t == "str" ||
           t == "bool" || t == "NoneType";
}

bool isSequenceLike(const core::HeapObject& object) {
    const std::string& t = object.type;
    return t == "list" || t == "tuple" || t == "set" || t == "frozenset" || t == "deque" ||
           (!object.items.empty() && t != "class" && t != "instance");
}

bool isIndexedSequence(const core::HeapObject& object) {
    const std::string& t = object.type;
    return t == "list" || t == "tuple" || t == "deque";
}

bool isMappingLike(const core::HeapObject& object) {
    const std::string& t = object.type;
    return t == "dict" || t == "defaultdict" || t == "Counter" || t == "OrderedDict" ||
           !object.entries.empty();
}

bool isImmutable(const core::HeapObject& object) {
    // class Point(tuple): its attributes (its __dict__) can change.
    if (!object.className.empty()) {
        return false;
    }
    const std::string& t = object.type;
    return isScalar(object) || t == "tuple" || t == "frozenset" || t == "range" || t == "complex" ||
           t == "bytes" || t == "re.Pattern" || t == "re.Match";
}

QString valueText(const core::HeapObject& object) {
    return shorten(uncutText(object));
}

bool isValueCut(const core::HeapObject& object) {
    if (object.type == "str" && object.value.size() > std::size_t(kMaxValueChars) * 4) {
        return true; // a longer UTF-8 text has more than kMaxValueChars characters, quoting aside
    }
    return uncutText(object).size() > kMaxValueChars;
}

QString wholeValueText(const core::HeapObject& object) {
    if (!isValueCut(object)) {
        return {};
    }
    QString text = uncutText(object);
    if (text.size() > kMaxWholeValueChars) {
        const qsizetype left = text.size() - kMaxWholeValueChars;
        text.truncate(kMaxWholeValueChars);
        text.append(
            QCoreApplication::translate("memstep::ui::DiagramText", "\u2026 (%1 more characters)")
                .arg(left));
    }
    return text;
}

QString signatureText(const core::HeapObject& function) {
    QStringList params;
    for (const std::string& p : function.params) {
        params.append(fromUtf8(p));
    }
    return fromUtf8(function.name) + QLatin1Char('(') + params.join(QLatin1String(", ")) +
           QLatin1Char(')');
}

QStringList wrappedSignature(const core::HeapObject& function, int maxChars) {
    const QString indent = QStringLiteral("    ");
    QStringList lines;
    QString line = fromUtf8(function.name) + QLatin1Char('(');
    for (std::size_t i = 0; i < function.params.size(); ++i) {
        const bool last = i + 1 == function.params.size();
        const QString piece =
            fromUtf8(function.params[i]) + (last ? QStringLiteral(")") : QStringLiteral(","));
        // A parameter that does not fit goes on a line of its own, even the first one after a
        // long name's "(".
        if (line != indent && line.size() + 1 + piece.size() > maxChars) {
            lines.append(line);
            line = indent;
        }
        if (!line.endsWith(QLatin1Char('(')) && line != indent) {
            line += QLatin1Char(' ');
        }
        line += piece;
    }
    if (function.params.empty()) {
        line += QLatin1Char(')');
    }
    lines.append(line);
    return lines;
}

} // namespace memstep::ui
