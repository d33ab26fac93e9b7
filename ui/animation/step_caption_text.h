// The two kinds of text a step caption is made of, kept apart so that a translator can reorder
// and inflect the caption's own words while Python's stay exactly as Python writes them.
//
// The caption's words are whole sentence templates with %1.. arguments, translated in the
// context "StepCaption" (resources/translations/captions_<code>.ts): "%1 now refers to a new %2",
// lists joined with "%1, %2" and "%1 and %2", counts with %n plural forms. No English fragments
// are glued together, so a language that puts the verb last or inflects the noun can.
//
// Python's text (names, values, type names: `list`, `int`, `'abc'`, `None`) goes into the
// templates' arguments through python(), which marks it so that finishCaption() does not
// capitalise a caption opening with `x` or `int 10` in any language.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string>

namespace memstep::ui::caption {

// The translation context of every caption template; lupdate reads StepCaption::tr calls.
class StepCaption {
    Q_DECLARE_TR_FUNCTIONS(StepCaption)
};

// Python's own text, marked as such for finishCaption().
QString python(const std::string& text);

// "a", "a and b", "a, b and c" with the language's separators.
QString joinAnd(const QStringList& parts);

// "a, b, c" with the language's list comma.
QString joinCommas(const QStringList& parts);

// The caption of a step from its sentences: at most `maxSentences` of them and "and %n more
// changes", joined with the language's "; ", its first letter a capital unless it opens with
// Python's text, and its full stop (none after a cut value's ellipsis).
std::string finishCaption(const QStringList& sentences, qsizetype maxSentences);

// `text` without its marks of Python's text, as UTF-8.
std::string plainText(const QString& text);

} // namespace memstep::ui::caption
