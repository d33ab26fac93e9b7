// Source text compiled and run while the program runs: doctest's examples.
//
// The evaluator reaches module-level names through slots of one table (m_globals and its
// companions), which the resolver fills before the run. Text compiled later gets a table of
// its own (a Namespace, usually a copy of the program's), resolved against it and swapped in
// while the text runs: swapping keeps the hot path of every name lookup as it was. A call
// from the text into the program's own functions swaps the program's table back for as long
// as that frame runs (ProgramGlobalsScope in runFrame and around a generator's resume), so
// those functions see the program's globals, as their __globals__ in CPython. Code the text
// would define itself (def, class, lambda, a generator expression) would need its namespace
// to outlive the swap: it is refused as Unsupported. The text's own frame is never traced:
// CPython's tracer takes no step in code whose file is not the program's.
#include "interp/interpreter.h"
#include "syntax/parser.h"

#include <cctype>
#include <utility>

namespace memstep::core::interp {

using namespace syntax;

void Interpreter::swapGlobals(Namespace& ns) {
    std::swap(m_globals, ns.values);
    std::swap(m_globalNames, ns.names);
    std::swap(m_globalHidden, ns.hidden);
    std::swap(m_globalIndex, ns.index);
    std::swap(m_builtinBySlot, ns.builtinBySlot);
}

std::vector<std::pair<std::string, ObjRef>> Interpreter::moduleItems() const {
    const std::vector<ObjRef>& values = m_outsideGlobals ? m_outsideGlobals->values : m_globals;
    const std::vector<std::string>& names =
        m_outsideGlobals ? m_outsideGlobals->names : m_globalNames;
    std::vector<std::pair<std::string, ObjRef>> items;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i])
            items.emplace_back(names[i], values[i]);
    return items;
}

Interpreter::Namespace
Interpreter::namespaceOf(const std::vector<std::pair<std::string, ObjRef>>& items) {
    Namespace ns;
    for (const auto& [name, value] : items) {
        auto [it, isNew] = ns.index.emplace(name, static_cast<int>(ns.names.size()));
        if (isNew) {
            ns.names.push_back(name);
            ns.values.push_back(value);
            ns.hidden.push_back(true);
        } else {
            ns.values[static_cast<std::size_t>(it->second)] = value;
        }
    }
    return ns;
}

void Interpreter::setBuiltinUnderscore(ObjRef value) {
    m_builtins["_"] = std::move(value);
    // The per-slot cache assumes builtins never change: forget what it found for any table.
    m_builtinBySlot.clear();
    if (m_outsideGlobals)
        m_outsideGlobals->builtinBySlot.clear();
}

bool Interpreter::displayValue(ObjRef value) {
    if (value.get() == none().get())
        return true;
    setBuiltinUnderscore(none());
    std::optional<std::string> text = repr(value.get());
    if (!text)
        return false;
    write(*text + "\n");
    setBuiltinUnderscore(std::move(value));
    return true;
}

namespace {

bool allNameChars(const std::string& s) {
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
            return false;
    return !s.empty();
}

} // namespace

void Interpreter::internSnippetConstants(std::size_t replaceFrom) {
    for (; m_internedUpTo < constantPool.size(); ++m_internedUpTo) {
        ObjRef& c = constantPool[m_internedUpTo];
        if (!c || c->tag != rt::Tag::Str)
            continue;
        const std::string& value = static_cast<rt::StrObject*>(c.get())->text;
        if (!allNameChars(value))
            continue;
        auto [it, isNew] = m_internedStrings.emplace(value, c);
        if (!isNew && m_internedUpTo >= replaceFrom)
            c = it->second;
    }
}

ObjRef Interpreter::intern(ObjRef s) {
    internSnippetConstants(constantPool.size());
    return m_internedStrings.emplace(static_cast<rt::StrObject*>(s.get())->text, s).first->second;
}

namespace {

// True when the code objects the resolver made for the text, from `first` on, need no
// globals of their own: comprehensions and generator expressions (a generator expression
// keeps the text's namespace, GeneratorState::snippetGlobals).
bool onlyInlineCode(const std::vector<std::unique_ptr<CodeInfo>>& codes, std::size_t first,
                    std::string* what) {
    for (std::size_t i = first; i < codes.size(); ++i) {
        const CodeInfo& c = *codes[i];
        if (c.kind == CodeInfo::Kind::Module || c.kind == CodeInfo::Kind::Comprehension)
            continue;
        *what = c.kind == CodeInfo::Kind::Class    ? "a class statement"
                : c.kind == CodeInfo::Kind::Lambda ? "a lambda"
                                                   : "a def statement";
        return false;
    }
    return true;
}

} // namespace

bool Interpreter::runSnippet(std::string_view source, const std::shared_ptr<Namespace>& nsRef,
                             std::string& captured) {
    Namespace& ns = *nsRef;
    ParseResult parsed = parse(source);
    if (parsed.error) {
        if (parsed.error->type == kUnsupported) {
            abortUnsupported(parsed.error->message + " in text compiled at run time");
            return false;
        }
        raise(exceptionType(parsed.error->type) ? parsed.error->type.c_str() : "SyntaxError",
              parsed.error->message);
        return false;
    }
    const StmtList& body = parsed.module->body;
    // compile(..., 'single') takes one statement: simple statements joined by `;` on its
    // first line, or one compound statement.
    for (const StmtPtr& s : body)
        if (s->line != body.front()->line) {
            raise("SyntaxError", "multiple statements found while compiling a single statement");
            return false;
        }
    swapGlobals(ns);
    m_outsideGlobals = &ns;
    m_activeSnippet = nsRef;
    const std::size_t firstCode = codes.size();
    const std::size_t firstConstant = constantPool.size();
    internSnippetConstants(firstConstant); // the program's constants and earlier texts' first
    std::optional<Diagnostic> outerUnsupported = std::move(unsupported);
    unsupported.reset();
    const CodeInfo* code = resolveSnippet(*this, *parsed.module);
    std::optional<Diagnostic> refused = std::move(unsupported);
    unsupported = std::move(outerUnsupported);
    m_snippetTrees.push_back(std::move(parsed.module));
    internSnippetConstants(firstConstant);
    std::string what;
    bool ok = true;
    if (refused) {
        abortUnsupported(refused->message + " in text compiled at run time");
        ok = false;
    } else if (!onlyInlineCode(codes, firstCode, &what)) {
        abortUnsupported(what + " in text compiled at run time (a doctest example) is not "
                                "supported yet");
        ok = false;
    }
    if (ok) {
        Frame f;
        f.id = FrameId{++m_nextFrame};
        f.code = code;
        f.traced = nullptr; // no steps: its code is not the program's file
        f.display = true;
        f.line = m_frames.empty() ? 0 : m_frames.back()->line;
        std::string* outerCapture = m_capture;
        m_capture = &captured;
        m_frames.push_back(&f);
        ok = execBlock(*code->body, f) != Flow::Raise && !m_abort;
        m_frames.pop_back();
        m_capture = outerCapture;
    }
    m_outsideGlobals = nullptr;
    m_activeSnippet = nullptr;
    swapGlobals(ns);
    return ok;
}

} // namespace memstep::core::interp
