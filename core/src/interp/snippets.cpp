// Source text compiled and run while the program runs: doctest's examples.
//
// The evaluator reaches module-level names through slots of one table (m_globals and its
// companions), which the resolver fills before the run. Text compiled later gets a table of
// its own (a Namespace, usually a copy of the program's), resolved against it and swapped in
// while the text runs: swapping keeps the hot path of every name lookup as it was. A call
// from the text into the program's own functions swaps the program's table back for as long
// as that frame runs (ProgramGlobalsScope in runFrame and around a generator's resume), so
// those functions see the program's globals, as their __globals__ in CPython. A function,
// lambda or generator expression the text makes keeps the text's namespace (shared) and
// swaps it in while it runs (FunctionObject::textGlobals, GeneratorState::snippetGlobals);
// a generator function is refused as Unsupported, and so is a class statement outside a
// doctest example. The text's frames,
// its own and those of the functions it defines (CodeInfo::textFile), are never traced:
// CPython's tracer takes no step in code whose file is not the program's.
#include "interp/interpreter.h"
#include "runtime/instance.h"
#include "syntax/parser.h"

#include <cctype>
#include <cstdio>
#include <utility>

namespace memstep::core::interp {

using namespace syntax;

void Interpreter::swapGlobals(Namespace& ns) {
    std::swap(m_globals, ns.values);
    std::swap(m_globalNames, ns.names);
    std::swap(m_globalHidden, ns.hidden);
    std::swap(m_globalIndex, ns.index);
    std::swap(m_builtinBySlot, ns.builtinBySlot);
    std::swap(m_globalsDict, ns.dict);
    std::swap(m_globalBoundAt, ns.boundAt);
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
            ns.boundAt.push_back(ns.names.size());
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

// Marks the code objects the resolver made for the text, from `first` on, as made from text
// in `file`, and tells whether they can run: comprehensions and generator expressions (a
// generator expression keeps the text's namespace, GeneratorState::snippetGlobals), and
// where `functions` allows them, functions and lambdas, which run untraced with the globals
// they were made in. A class statement and a generator function are not made yet (`what`).
bool textCodeRuns(const std::vector<std::unique_ptr<CodeInfo>>& codes, std::size_t first,
                  const std::string& file, bool functions, std::string* what) {
    for (std::size_t i = first; i < codes.size(); ++i)
        codes[i]->textFile = file;
    for (std::size_t i = first; i < codes.size(); ++i) {
        const CodeInfo& c = *codes[i];
        if (c.kind == CodeInfo::Kind::Module || c.kind == CodeInfo::Kind::Comprehension)
            continue;
        if (functions && !c.isGenerator)
            continue;
        *what = c.kind == CodeInfo::Kind::Class    ? "a class statement"
                : c.kind == CodeInfo::Kind::Lambda ? "a lambda"
                : c.isGenerator && functions       ? "a generator function"
                                                   : "a def statement";
        return false;
    }
    return true;
}

} // namespace

bool Interpreter::runSnippet(std::string_view source, const std::shared_ptr<Namespace>& nsRef,
                             const std::string& file, std::string& captured) {
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
    } else if (!textCodeRuns(codes, firstCode, file, true, &what)) {
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

namespace memstep::core::interp {

namespace {

// What the traceback module prints above a SyntaxError's last line (traceback.py's
// _format_syntax_error): the file and line, the text stripped on the left, and a caret
// under the highlighted characters.
std::string syntaxBlock(const Diagnostic& d, const syntax::ErrorSpanEnd& end,
                        std::string_view source) {
    std::string out = "  File \"<string>\", line " + std::to_string(d.line) + "\n";
    std::size_t start = 0;
    for (int line = 1; line < d.line && start != std::string_view::npos; ++line) {
        start = source.find('\n', start);
        if (start != std::string_view::npos)
            ++start;
    }
    if (start == std::string_view::npos)
        return out;
    std::string_view text = source.substr(start);
    text = text.substr(0, std::min(text.find('\n'), text.size()));
    while (!text.empty() && text.back() == '\r')
        text.remove_suffix(1);
    std::size_t spaces = 0;
    while (spaces < text.size() &&
           (text[spaces] == ' ' || text[spaces] == '\f' || text[spaces] == '\n'))
        ++spaces;
    std::string_view ltext = text.substr(spaces);
    out += "    " + std::string(ltext) + "\n";
    int offset = d.column;
    int endOffset = end.line == d.line && end.offset != 0 ? end.offset : offset;
    if (offset == endOffset || endOffset == -1)
        endOffset = offset + 1;
    int col = offset - 1 - static_cast<int>(spaces);
    int endCol = endOffset - 1 - static_cast<int>(spaces);
    if (offset > 0 && col >= 0) {
        std::string caret = "    ";
        for (int i = 0; i < col && static_cast<std::size_t>(i) < ltext.size(); ++i)
            caret += std::isspace(static_cast<unsigned char>(ltext[static_cast<std::size_t>(i)]))
                         ? ltext[static_cast<std::size_t>(i)]
                         : ' ';
        caret += std::string(static_cast<std::size_t>(std::max(endCol - col, 0)), '^');
        out += caret + "\n";
    }
    return out;
}

} // namespace

using namespace syntax;

bool Interpreter::atProgramModuleLevel() const {
    if (m_outsideGlobals || m_frames.empty())
        return false;
    // The module's frame, or text that frame gave exec (exec("exec('x = 1')")).
    const Frame* f = m_frames.back();
    return f == m_frames.front() ? f->code == m_moduleCode : f->text;
}

// Parses and resolves text against the globals in place now.
const CodeInfo* Interpreter::compileSource(std::string_view source, bool evalMode, const char* who,
                                           bool inFunction) {
    if (evalMode) // eval() ignores the spaces and tabs the text starts with
        while (!source.empty() && (source.front() == ' ' || source.front() == '\t'))
            source.remove_prefix(1);
    ParseResult parsed = evalMode ? parseEval(source) : parse(source);
    if (parsed.error) {
        const Diagnostic& d = *parsed.error;
        if (d.type == kUnsupported) {
            abortUnsupported(d.message + " in text given to " + who);
            return nullptr;
        }
        raise(exceptionType(d.type) ? d.type.c_str() : "SyntaxError",
              d.message + " (<string>, line " + std::to_string(d.line) + ")");
        static_cast<rt::ExceptionObject*>(m_exception.get())->syntaxBlock =
            syntaxBlock(d, parsed.errorEnd, source);
        return nullptr;
    }
    const StmtList& body = parsed.module->body;
    if (evalMode && (body.size() != 1 || body.front()->kind != StmtKind::ExprStmt)) {
        abortUnsupported(std::string("text given to ") + who +
                         " in 'eval' mode that is not one expression is not supported yet");
        return nullptr;
    }
    // In a function, CPython's eval reads the frame's locals through a dict: an assignment
    // expression would write into that dict, and a comprehension's own scope would not see
    // those locals at all. Neither is made yet.
    if (inFunction && source.find(":=") != std::string_view::npos) {
        abortUnsupported(std::string("an assignment expression in text given to ") + who +
                         " in a function is not supported yet");
        return nullptr;
    }
    const std::size_t firstCode = codes.size();
    const std::size_t firstConstant = constantPool.size();
    internSnippetConstants(firstConstant);
    std::optional<Diagnostic> outerUnsupported = std::move(unsupported);
    unsupported.reset();
    const CodeInfo* code = resolveSnippet(*this, *parsed.module);
    std::optional<Diagnostic> refused = std::move(unsupported);
    unsupported = std::move(outerUnsupported);
    m_snippetTrees.push_back(std::move(parsed.module));
    internSnippetConstants(firstConstant);
    std::string what;
    if (refused) {
        abortUnsupported(refused->message + " in text given to " + who);
        return nullptr;
    }
    // In a function the text's globals are a copy (runText): a function made there would
    // keep the copy as its __globals__, not the module's dict. Not made yet.
    if (!textCodeRuns(codes, firstCode, "<string>", !inFunction, &what)) {
        abortUnsupported(what + " in text given to " + who + (inFunction ? " in a function" : "") +
                         " is not supported yet");
        return nullptr;
    }
    if (inFunction)
        for (std::size_t i = firstCode; i < codes.size(); ++i)
            if (codes[i]->kind == CodeInfo::Kind::Comprehension) {
                abortUnsupported(std::string("a comprehension in text given to ") + who +
                                 " in a function is not supported yet");
                return nullptr;
            }
    return code;
}

bool Interpreter::runCompiled(const CodeInfo* code, bool evalMode, ObjRef& value) {
    Frame f;
    f.id = FrameId{++m_nextFrame};
    f.code = code;
    f.traced = nullptr; // no steps: its code is not the program's file
    f.text = true;
    f.line = 1;
    m_frames.push_back(&f);
    bool ok;
    // exec("") has no statement at all.
    if (evalMode && code->body->size() == 1 && code->body->front()->kind == StmtKind::ExprStmt) {
        value = eval(*code->body->front()->as<ExprStmt>().value, f);
        ok = value != nullptr && !m_abort;
    } else {
        ok = execBlock(*code->body, f) != Flow::Raise && !m_abort;
        value = none();
    }
    m_frames.pop_back();
    if (!ok && !m_abort && m_exception) // the text's own line of the traceback
        static_cast<rt::ExceptionObject*>(m_exception.get())
            ->traceback.push_back({"<module>", f.line, "<string>"});
    return ok;
}

bool Interpreter::runText(std::string_view source, bool evalMode, ObjRef& value) {
    const char* who = evalMode ? "eval" : "exec";
    if (atProgramModuleLevel()) {
        const CodeInfo* code = compileSource(source, evalMode, who, false);
        return code && runCompiled(code, evalMode, value);
    }
    // In a function the text reads the function's f_locals, then the module's globals. They
    // are copied into a namespace of their own, swapped in while the text runs (as a doctest
    // example's); what exec's text binds there goes into f_locals afterwards, as CPython's
    // STORE_NAME stores into that dict, never into the function's variables.
    Frame* caller = m_frames.empty() ? nullptr : m_frames.back();
    const bool inFunction = caller && !m_outsideGlobals && !caller->classNamespace &&
                            (caller->code->kind == CodeInfo::Kind::Function ||
                             caller->code->kind == CodeInfo::Kind::Lambda);
    if (!inFunction) {
        abortUnsupported(std::string(who) + " outside the program's module level and its "
                                            "functions (in a class body, a comprehension or a "
                                            "doctest example) is not supported");
        return false;
    }
    if (!evalMode && (source.find("global") != std::string_view::npos ||
                      source.find("nonlocal") != std::string_view::npos)) {
        abortUnsupported("`global` or `nonlocal` in text exec runs in a function is not "
                         "supported");
        return false;
    }
    std::vector<std::pair<std::string, ObjRef>> items = moduleItems();
    rt::DictObject* locals = frameLocals(*caller);
    ObjRef keepLocals(locals);
    for (const rt::DictEntry& e : locals->entries)
        if (e.key && e.key->tag == rt::Tag::Str)
            items.emplace_back(static_cast<rt::StrObject*>(e.key.get())->text, e.value);
    auto nsRef = std::make_shared<Namespace>(namespaceOf(items));
    const std::uint64_t before = m_bindCount;
    const std::vector<ObjRef> startValues = nsRef->values;
    swapGlobals(*nsRef);
    m_outsideGlobals = nsRef.get();
    std::shared_ptr<Namespace> outerSnippet = std::move(m_activeSnippet);
    m_activeSnippet = nsRef;
    const CodeInfo* code = compileSource(source, evalMode, who, true);
    const bool ok = code && runCompiled(code, evalMode, value);
    m_outsideGlobals = nullptr;
    m_activeSnippet = std::move(outerSnippet);
    swapGlobals(*nsRef);
    if (m_abort)
        return false;
    for (std::size_t i = 0; i < nsRef->values.size(); ++i) {
        if (!nsRef->values[i] && i < startValues.size() && startValues[i]) {
            abortUnsupported("`del` in text exec runs in a function is not supported");
            return false;
        }
        if (nsRef->values[i] && nsRef->boundAt[i] > before)
            dictSet(locals, internedStr(nsRef->names[i]), nsRef->values[i]);
    }
    return ok;
}

bool Interpreter::runTextIn(std::string_view source, bool evalMode, rt::DictObject* globals,
                            ObjRef& value) {
    std::vector<std::pair<std::string, ObjRef>> items;
    for (const rt::DictEntry& e : globals->entries)
        if (e.key)
            items.emplace_back(static_cast<rt::StrObject*>(e.key.get())->text, e.value);
    auto nsRef = std::make_shared<Namespace>(namespaceOf(items));
    Namespace* outerGlobals = m_outsideGlobals;
    if (outerGlobals) // text of a doctest example: its namespace goes back in place after
        swapGlobals(*outerGlobals);
    swapGlobals(*nsRef);
    m_outsideGlobals = nsRef.get();
    std::shared_ptr<Namespace> outerSnippet = std::move(m_activeSnippet);
    m_activeSnippet = nsRef;
    const CodeInfo* code = compileSource(source, evalMode, evalMode ? "eval" : "exec", false);
    const bool ok = code && runCompiled(code, evalMode, value);
    m_activeSnippet = std::move(outerSnippet);
    swapGlobals(*nsRef);
    m_outsideGlobals = outerGlobals;
    if (outerGlobals)
        swapGlobals(*outerGlobals);
    return ok;
}

bool Interpreter::isCodeObject(const Object* o) const {
    return m_codeType && o->tag == rt::Tag::Instance &&
           static_cast<const rt::InstanceObject*>(o)->cls == m_codeType;
}

namespace {

// A code object's attributes (co_consts, co_names...) describe CPython's compiler.
ObjRef codeAttribute(Interpreter& in, Object*, const std::string& name) {
    return in.abortUnsupported("the code object attribute `" + name + "` is not supported");
}

ObjRef codeRepr(Interpreter& in, Object* self, rt::CallArgs&) {
    char address[32];
    std::snprintf(address, sizeof address, "0x%llx",
                  static_cast<unsigned long long>(in.pyId(self)));
    return in.newStr(std::string("<code object <module> at ") + address +
                     ", file \"<string>\", line 1>");
}

} // namespace

ObjRef Interpreter::compileText(std::string_view source, bool evalMode) {
    if (!atProgramModuleLevel())
        return abortUnsupported("compile outside the program's module level (in a function, a "
                                "class body or a doctest example) is not supported");
    const CodeInfo* code = compileSource(source, evalMode, "compile", false);
    if (!code)
        return nullptr;
    if (!m_codeType) {
        m_codeType = addType("code", rt::Tag::Instance, nullptr, m_objectType);
        m_codeType->instanceAttr = codeAttribute;
        m_codeType->reprInstance = codeRepr;
    }
    auto* inst = m_heap->make<rt::InstanceObject>();
    ObjRef out(inst);
    inst->cls = m_codeType;
    m_keepAlive.push_back(out);
    m_compiledTexts[inst] = {code, evalMode};
    return out;
}

bool Interpreter::runCodeObject(Object* code, bool evalMode, ObjRef& value) {
    if (!atProgramModuleLevel()) {
        abortUnsupported(std::string(evalMode ? "eval" : "exec") +
                         " of a code object outside the program's module level is not "
                         "supported");
        return false;
    }
    // Text compiled in 'exec' mode gives None to eval; in 'eval' mode, nothing to exec.
    const CompiledText& c = m_compiledTexts.at(code);
    return runCompiled(c.code, evalMode && c.evalMode, value);
}

} // namespace memstep::core::interp
