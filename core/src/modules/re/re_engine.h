// The regular expression engine of the re module: CPython 3.11's pattern syntax
// (Lib/re/_parser.py) parsed into a tree, and a backtracking matcher over it that finds the
// matches _sre finds (leftmost, alternatives in order, greedy or lazy repeats, captures as the
// last iteration left them).
//
// The text is matched as code points (std::u32string), the units of Python's str indexes.
// The matcher walks the tree with continuations: each node is told what must match after it,
// so backtracking into a repeat or an alternative is the return of a failed continuation. A
// repeat of one character (\d+, .*, [a-z]*) counts its run in a loop instead, so its depth does
// not grow with the text. Parse errors carry _parser.py's message and position, for re.error.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace memstep::core::modules::re {

// The SRE_FLAG_* values (re.IGNORECASE is 2...).
enum Flag : std::int64_t {
    kTemplate = 1,
    kIgnoreCase = 2,
    kLocale = 4,
    kMultiline = 8,
    kDotAll = 16,
    kUnicode = 32,
    kVerbose = 64,
    kDebug = 128,
    kAscii = 256,
};

// What a character class item or an escape such as \d stands for.
enum class Category { Digit, NotDigit, Space, NotSpace, Word, NotWord };

struct SetItem {
    bool isCategory = false;
    Category category = Category::Digit;
    char32_t lo = 0, hi = 0; // a range; one character has lo == hi
};

struct Node {
    enum class Kind { Char, Any, Set, Seq, Alt, Group, Repeat, Backref, Assert, At };
    enum class AtKind { Begin, End, BeginString, EndString, Boundary, NotBoundary };
    Kind kind = Kind::Seq;
    std::int64_t flags = 0; // the flags in force where the node was written
    char32_t ch = 0;        // Char
    bool negate = false;    // Set: [^...]; Assert: (?!...) (?<!...)
    std::vector<SetItem> set;
    std::vector<Node> kids;         // Seq, Alt: their items; Group, Repeat, Assert: kids[0]
    int group = -1;                 // Group: its number (-1: no capture); Backref: the group
    std::int64_t min = 0, max = -1; // Repeat (-1: no upper bound)
    bool lazy = false;
    bool possessive = false; // Repeat: a*+ (3.11), which gives nothing back once it matched
    bool atomic = false;     // Group: (?>...), matched once and never backtracked into
    bool behind = false;     // Assert: a lookbehind of `width` characters
    std::int64_t width = 0;
    AtKind at = AtKind::Begin;
};

struct Program {
    Node root;
    std::int64_t flags = 0; // with kUnicode added for a str pattern, as Pattern.flags shows
    int groups = 0;         // capturing groups
    std::vector<std::pair<std::string, int>> names; // named groups in order (UTF-8 names)
};

struct ParseError {
    // re.error; OverflowError ("the repetition number is too large"); a ValueError of
    // fix_flags; or a feature memstep refuses (`message` names it).
    enum class Kind { Error, Overflow, Value, Unsupported };
    std::string message;
    std::int64_t pos = -1; // code points into the pattern; -1: the message names none
    Kind kind = Kind::Error;
};

// Parses `pattern` under `flags`; nullopt with `error` filled for a bad pattern.
std::optional<Program> parse(const std::u32string& pattern, std::int64_t flags, ParseError& error);

// One replacement template (parse_template): literal pieces and group references in order.
struct TemplatePart {
    bool isGroup = false;
    std::u32string literal;
    int group = 0;
};
struct TemplateError {
    std::string message;
    std::int64_t pos = 0;
    bool indexError = false; // "unknown group name 'x'" is an IndexError
};
std::optional<std::vector<TemplatePart>>
parseTemplate(const std::u32string& repl, const Program& program, TemplateError& error);

// A successful match: spans[2g], spans[2g + 1] for each group g (0: the whole match), -1 for
// a group that did not take part; lastIndex the group closed last (-1: none).
struct MatchResult {
    std::vector<std::int64_t> spans;
    int lastIndex = -1;
};

enum class MatchMode { Match, FullMatch, Search };

// Why run() gave up without an answer: the poll said stop (the run is out of time), or the
// match nested deeper than the engine's bound.
enum class StopReason { None, Poll, TooDeep };

// Looks for a match in text[pos, endpos) as _sre does (`^` and \A still see the real start).
// `mustAdvance`: no empty match at `pos` itself (the next match after an empty one in
// findall, sub, split). `poll` is asked now and then whether to stop. Nullopt when there is
// no match, or with `stopped` set when the search was given up.
std::optional<MatchResult> run(const Program& program, const std::u32string& text, std::int64_t pos,
                               std::int64_t endpos, MatchMode mode, bool mustAdvance,
                               const std::function<bool()>& poll, StopReason& stopped);

// Code points [from, to) back to UTF-8 (numeric::codePoints is the other way).
std::string encode(const std::u32string& text, std::size_t from = 0,
                   std::size_t to = std::u32string::npos);

// Case and class queries as _sre asks them (Unicode unless `ascii`).
char32_t lowerOf(char32_t c, bool ascii);
char32_t upperOf(char32_t c, bool ascii);
bool isWord(char32_t c, bool ascii);

} // namespace memstep::core::modules::re
