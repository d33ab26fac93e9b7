#include "object_text.h"

#include <QStringList>

namespace memstep::ui {

namespace {

QString fromUtf8(const std::string& text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

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

} // namespace

QString typeLabel(const core::HeapObject& object) {
    if (object.type == "instance") {
        return fromUtf8(object.className);
    }
    return fromUtf8(object.type);
}

bool isScalar(const core::HeapObject& object) {
    const std::string& t = object.type;
    return t == "int" || t == "float" || t == "str" || t == "bool" || t == "NoneType";
}

bool isImmutable(const core::HeapObject& object) {
    const std::string& t = object.type;
    return isScalar(object) || t == "tuple" || t == "frozenset" || t == "range" ||
           t == "complex" || t == "bytes";
}

QString valueText(const core::HeapObject& object) {
    if (object.type == "str") {
        return shorten(quoted(fromUtf8(object.value)));
    }
    if (object.type == "function") {
        return shorten(signatureText(object));
    }
    if (!object.value.empty()) {
        return shorten(fromUtf8(object.value));
    }
    if (!object.name.empty()) {
        return shorten(fromUtf8(object.name));
    }
    return {};
}

QString signatureText(const core::HeapObject& function) {
    QStringList params;
    for (const std::string& p : function.params) {
        params.append(fromUtf8(p));
    }
    return fromUtf8(function.name) + QLatin1Char('(') + params.join(QLatin1String(", ")) +
           QLatin1Char(')');
}

} // namespace memstep::ui
