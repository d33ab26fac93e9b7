// The pprint module (pprint_module.cpp: its functions and PrettyPrinter) and the printer that
// lays the text out (pprint_format.cpp, its str and bytes pieces in pprint_text.cpp), as
// CPython 3.11's Lib/pprint.py does.
//
// pprint.py is Python code, so it takes no steps; what it calls of the program does: each
// repr() of a program's object (its __repr__), each `<` its sorting of dict keys and set items
// runs (__lt__), each write() to a stream the program made. The printer makes those calls in
// pprint.py's order and number (a leaf's repr is asked again on every level that does not fit
// the width), and writes its output piece by piece as pprint.py does, so the output a step
// shows is python3's at that moment.
#pragma once

#include "modules/modules.h"

#include <cstdint>
#include <string>
#include <vector>

namespace memstep::core::modules::pprint {

// A PrettyPrinter's parameters, checked as its __init__ checks them.
struct Settings {
    std::int64_t indent = 1;
    std::int64_t width = 80;
    std::int64_t depth = 0; // 0: None (pprint.py refuses a depth <= 0)
    bool compact = false;
    ObjRef sortDicts;         // read for its truth at each use, as pprint.py reads it
    ObjRef underscoreNumbers; // the same
    ObjRef stream;            // null: sys.stdout
};

// Where the text goes: a str being built (pformat), the run's output (sys.stdout), or the
// write() of a stream object, one call per piece.
class Sink {
public:
    Sink(Interpreter& in, Object* stream) : m_in(in), m_stream(stream) {}
    static Sink toText(Interpreter& in) {
        Sink s(in, nullptr);
        s.m_toText = true;
        return s;
    }
    bool write(const std::string& piece); // false with the exception set
    const std::string& text() const { return m_text; }

private:
    Interpreter& m_in;
    Object* m_stream;
    bool m_toText = false;
    std::string m_text;
};

// The objects being laid out around the current one (pprint.py's `context`, keyed by id).
using Context = std::vector<Object*>;

// What _safe_repr answers: the text and whether it is readable and recursive.
struct Repr {
    std::string text;
    bool readable = true;
    bool recursive = false;
};

// len() of a str's text, in code points.
std::int64_t length(const std::string& text);
// _pprint_str's pieces of a str split into `lines` (splitlines(True)): the repr of each line
// that fits `maxWidth` (the last line `allowance` narrower), else of its words gathered up to
// that width; `rep` is left the repr of the last line, which pprint.py writes when there is one
// piece.
std::vector<std::string> strChunks(const std::vector<std::string>& lines, std::int64_t maxWidth,
                                   std::int64_t allowance, std::string& rep);
// _wrap_bytes_repr: the bytes' repr in pieces of whole 4-byte groups that fit `width`, the
// last one `allowance` narrower.
std::vector<std::string> wrapBytes(const std::string& data, std::int64_t width,
                                   std::int64_t allowance);

// PrettyPrinter._format(object, stream, 0, 0, {}, 0): false with the exception set (or the
// run aborted).
bool prettyFormat(Interpreter& in, const Settings& s, Object* o, Sink& out);
// PrettyPrinter.format(object, {}, 0, 0), i.e. _safe_repr: saferepr, isreadable, isrecursive.
bool safeRepr(Interpreter& in, const Settings& s, Object* o, Repr& out);

} // namespace memstep::core::modules::pprint
