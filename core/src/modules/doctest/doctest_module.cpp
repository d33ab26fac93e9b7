// The doctest module: testmod() and run_docstring_examples(), the option flags, TestResults.
//
// As CPython 3.11's doctest does: the finder collects the docstrings of the program's module,
// its functions and classes (their methods, static and class methods, properties and nested
// classes) defined in it, sorted by name; each docstring's examples run in one copy of the
// module's globals, made when the tests are found, through Interpreter::runSnippet (untraced,
// as CPython's tracer takes no step in `<doctest ...>` code, with print() captured); their
// output is compared under the option flags and each failure reported in CPython's words.
// What needs CPython's own traceback text (an unexpected exception, a wrong one) or its diff
// reports is refused as Unsupported rather than printed differently.
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"
#include "modules/doctest/doctest_text.h"
#include "modules/modules.h"
#include "modules/stdlib/dataclasses.h"
#include "runtime/instance.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace memstep::core::modules {

using interp::CallArgs;
namespace dt = doctest;

namespace {

constexpr const char* kDivider =
    "**********************************************************************";

struct DocTest {
    std::string name;
    std::string docstring;
    int lineno = -1; // of the docstring, from 0; -1 when CPython finds none ('?' in reports)
};

struct Finder {
    Interpreter& in;
    std::vector<std::string> sourceLines;
    std::vector<DocTest> tests;
    std::vector<const Object*> seen;
    bool excludeEmpty = false;
};

// _find_lineno's last part: from `start`, the first line matching (^|.*:)\s*\w*("|'): at
// its start or after any colon, spaces, a word, then a quote.
int docstringLine(const Finder& f, int start) {
    auto opensString = [](const std::string& l, std::size_t p) {
        while (p < l.size() && std::isspace(static_cast<unsigned char>(l[p])))
            ++p;
        while (p < l.size() && (std::isalnum(static_cast<unsigned char>(l[p])) || l[p] == '_' ||
                                static_cast<unsigned char>(l[p]) >= 0x80))
            ++p;
        return p < l.size() && (l[p] == '"' || l[p] == '\'');
    };
    for (int i = std::max(start, 0); i < static_cast<int>(f.sourceLines.size()); ++i) {
        const std::string& l = f.sourceLines[static_cast<std::size_t>(i)];
        if (opensString(l, 0))
            return i;
        for (std::size_t c = l.find(':'); c != std::string::npos; c = l.find(':', c + 1))
            if (opensString(l, c + 1))
                return i;
    }
    return -1;
}

int classLine(const Finder& f, const std::string& name) {
    for (std::size_t i = 0; i < f.sourceLines.size(); ++i) {
        const std::string& l = f.sourceLines[i];
        std::size_t p = 0;
        while (p < l.size() && std::isspace(static_cast<unsigned char>(l[p])))
            ++p;
        if (l.compare(p, 5, "class") != 0)
            continue;
        p += 5;
        while (p < l.size() && std::isspace(static_cast<unsigned char>(l[p])))
            ++p;
        if (l.compare(p, name.size(), name) != 0)
            continue;
        p += name.size();
        if (p == l.size() || !(std::isalnum(static_cast<unsigned char>(l[p])) || l[p] == '_' ||
                               static_cast<unsigned char>(l[p]) >= 0x80))
            return docstringLine(f, static_cast<int>(i));
    }
    return -1;
}

// The docstring of `o` ("" when it has none), or nullopt after an error.
std::optional<std::string> docOf(Interpreter& in, Object* o) {
    ObjRef doc = in.getAttr(o, "__doc__");
    if (!doc)
        return std::nullopt;
    if (doc.get() == in.none().get())
        return std::string();
    if (doc->tag != rt::Tag::Str) {
        in.abortUnsupported("doctest of a docstring that is not a str is not supported yet");
        return std::nullopt;
    }
    return interp::text(doc.get());
}

// A test for `o`'s docstring (`o` null: no docstring); one without a docstring only when
// the finder keeps empty ones (testmod's exclude_empty=False).
bool addTest(Finder& f, Object* o, const std::string& name, int lineno) {
    std::optional<std::string> doc = o ? docOf(f.in, o) : std::string();
    if (!doc)
        return false;
    if (!doc->empty() || !f.excludeEmpty)
        f.tests.push_back({name, std::move(*doc), lineno});
    return true;
}

bool findIn(Finder& f, Object* o, const std::string& name);

// A class the program defined: not a library's (fractions.Fraction), which CPython's finder
// leaves out as not from the module.
bool isProgramClass(Object* v) {
    if (v->tag != rt::Tag::Type)
        return false;
    auto* t = static_cast<rt::TypeObject*>(v);
    return t->isUser && !t->isLibrary;
}

// A method @dataclass wrote into class `t` (__init__, __repr__, __eq__, the order and frozen
// methods, __hash__): a stand-in of the function CPython generates.
bool isDataclassMethod(Interpreter& in, rt::TypeObject* t, const std::string& valname, Object* v) {
    if (v->tag != rt::Tag::Builtin || !static_cast<rt::BuiltinObject*>(v)->python)
        return false;
    const std::string& qualname = static_cast<rt::BuiltinObject*>(v)->python->qualname;
    return qualname == t->qualname + "." + valname && dataclasses::classFields(in, t);
}

bool findInClass(Finder& f, rt::TypeObject* t, const std::string& name) {
    for (const auto& [valname, value] : t->dict.items) {
        Object* v = value.get();
        if (v->tag == rt::Tag::Descriptor) {
            auto* d = static_cast<rt::DescriptorObject*>(v);
            if (d->kind == rt::DescriptorObject::Kind::Property) {
                if (std::find(f.seen.begin(), f.seen.end(), v) != f.seen.end())
                    continue;
                f.seen.push_back(v);
                // CPython finds no line for a property (its reports say `line ?`); its
                // docstring is its getter's.
                if (!addTest(f, d->getter ? d->getter.get() : nullptr, name + "." + valname, -1))
                    return false;
                continue;
            }
            v = d->func.get();
        }
        if (v->tag == rt::Tag::Function || isProgramClass(v)) {
            if (!findIn(f, v, name + "." + valname))
                return false;
        } else if (isDataclassMethod(f.in, t, valname, v)) {
            // CPython's dataclass methods are functions exec'd in the module's globals, so
            // its finder takes them as the module's: tests without a docstring.
            if (!addTest(f, nullptr, name + "." + valname, -1))
                return false;
        }
    }
    return true;
}

bool findIn(Finder& f, Object* o, const std::string& name) {
    if (std::find(f.seen.begin(), f.seen.end(), o) != f.seen.end())
        return true;
    f.seen.push_back(o);
    if (o->tag == rt::Tag::Function) {
        auto* fn = static_cast<rt::FunctionObject*>(o);
        return addTest(f, o, name, docstringLine(f, fn->code->firstLine - 1));
    }
    auto* t = static_cast<rt::TypeObject*>(o);
    if (!addTest(f, o, name, classLine(f, t->name)))
        return false;
    return findInClass(f, t, name);
}

// A class a library made for the program (namedtuple): its __module__ is "__main__".
bool isMainLibraryClass(Interpreter& in, Object* v) {
    if (static_cast<rt::TypeObject*>(v)->isUser)
        return false;
    ObjRef module = in.getAttr(v, "__module__");
    if (!module) {
        in.clearException();
        return false;
    }
    return interp::isStr(module.get()) && interp::text(module.get()) == "__main__";
}

// A functools cache wrapper (its instances bind like functions) around a program function.
bool isCacheOfProgramFunction(Interpreter& in, Object* v) {
    if (v->tag != rt::Tag::Instance || !static_cast<rt::InstanceObject*>(v)->cls->instancesBind)
        return false;
    ObjRef wrapped = in.getAttr(v, "__wrapped__");
    if (!wrapped) {
        in.clearException();
        return false;
    }
    return wrapped->tag == rt::Tag::Function;
}

// The module's contents the finder visits: functions and classes defined by the program.
bool findInModule(Finder& f, std::string_view moduleName) {
    Interpreter& in = f.in;
    for (const auto& [valname, value] : in.moduleItems()) {
        Object* v = value.get();
        std::string name = std::string(moduleName) + "." + valname;
        if (v->tag == rt::Tag::Function || isProgramClass(v)) {
            if (!findIn(f, v, name))
                return false;
        } else if (isCacheOfProgramFunction(in, v)) {
            // functools.cache / lru_cache: its docstring is the function's; CPython finds no
            // line for it (`line ?` in its reports).
            if (std::find(f.seen.begin(), f.seen.end(), v) != f.seen.end())
                continue;
            f.seen.push_back(v);
            if (!addTest(f, v, name, -1))
                return false;
        } else if (v->tag == rt::Tag::Type && isMainLibraryClass(in, v)) {
            // A named tuple class (typing.NamedTuple or collections.namedtuple): its docstring
            // ("Point(x, y)" when it has none), found at its `class` line if it has one; its
            // members are collections' code, which CPython's finder leaves out.
            if (std::find(f.seen.begin(), f.seen.end(), v) != f.seen.end())
                continue;
            f.seen.push_back(v);
            if (!addTest(f, v, name, classLine(f, static_cast<rt::TypeObject*>(v)->name)))
                return false;
        } else if (v->tag == rt::Tag::Method || v->tag == rt::Tag::Descriptor ||
                   (v->tag == rt::Tag::Instance &&
                    static_cast<rt::InstanceObject*>(v)->cls->instancesBind)) {
            // A bound method or a functools.cache wrapper in the module: CPython's finder
            // reads each its own way (`line ?` for a cache wrapper).
            in.abortUnsupported("doctest of `" + valname + "` (a " + in.typeName(v) +
                                ") is not supported yet");
            return false;
        }
    }
    return true;
}

struct Runner {
    Interpreter& in;
    bool verbose = false;
    int optionflags = 0;
    std::string filename;
    std::map<std::string, std::pair<int, int>> outcomes; // name -> (failures, tries)
    int failures = 0;
    int tries = 0;
};

// traceback.format_exception_only's last line for the pending exception.
std::optional<std::string> exceptionLine(Interpreter& in, Object* exc) {
    auto* e = static_cast<rt::ExceptionObject*>(exc);
    std::string type =
        e->type->isUser && !e->type->qualname.empty() ? e->type->qualname : e->type->name;
    std::optional<std::string> text = in.str(exc);
    if (!text)
        return std::nullopt;
    return text->empty() ? type + "\n" : type + ": " + *text + "\n";
}

std::string failureHeader(const Runner& r, const DocTest& t, const dt::Example& ex) {
    std::string line = t.lineno < 0 ? std::string("?") : std::to_string(t.lineno + ex.lineno + 1);
    return std::string(kDivider) + "\nFile \"" + r.filename + "\", line " + line + ", in " +
           t.name + "\nFailed example:\n" + dt::indentLines(ex.source);
}

// Runs one example; false when the run stopped (aborted). Counts it in `failed`.
bool runExample(Runner& r, const DocTest& t, const dt::Example& ex, std::size_t index,
                const std::shared_ptr<Interpreter::Namespace>& ns, int flags, int& failed) {
    Interpreter& in = r.in;
    if (r.verbose)
        in.write("Trying:\n" + dt::indentLines(ex.source) +
                 (ex.want.empty() ? std::string("Expecting nothing\n")
                                  : "Expecting:\n" + dt::indentLines(ex.want)));
    std::string got;
    // DocTestRunner.__run compiles each example with this file name.
    const std::string file = "<doctest " + t.name + "[" + std::to_string(index) + "]>";
    const bool ran = in.runSnippet(ex.source, ns, file, got);
    if (in.aborted())
        return false;
    // _SpoofOut.getvalue: output that does not end a line is given its newline (no want can
    // say that one is missing).
    if (!got.empty() && got.back() != '\n')
        got += '\n';
    bool success = false;
    if (ran) {
        success = dt::checkOutput(ex.want, got, flags);
    } else {
        ObjRef exc(in.pendingException());
        in.clearException();
        std::optional<std::string> msg = exceptionLine(in, exc.get());
        if (!msg)
            return false;
        if (ex.excMsg) {
            success = dt::checkOutput(*ex.excMsg, *msg, flags) ||
                      ((flags & dt::kIgnoreExceptionDetail) &&
                       dt::checkOutput(dt::stripExceptionDetails(*ex.excMsg),
                                       dt::stripExceptionDetails(*msg), flags));
        }
        if (!success) {
            in.abortUnsupported("doctest's report of an example that raised " +
                                msg->substr(0, msg->size() - 1) +
                                " (it shows CPython's own traceback) is not supported yet");
            return false;
        }
    }
    if (success) {
        if (r.verbose)
            in.write("ok\n");
        return true;
    }
    if (flags & (dt::kReportUdiff | dt::kReportCdiff | dt::kReportNdiff)) {
        in.abortUnsupported("doctest's REPORT_UDIFF, REPORT_CDIFF and REPORT_NDIFF are not "
                            "supported yet");
        return false;
    }
    in.write(failureHeader(r, t, ex) + dt::outputDifference(ex, got, flags));
    ++failed;
    return true;
}

// DocTestRunner.run for one test; false when the run stopped.
bool runTest(Runner& r, const DocTest& t, const std::vector<dt::Example>& examples,
             const std::shared_ptr<Interpreter::Namespace>& ns) {
    int failed = 0, tried = 0;
    for (std::size_t index = 0; index < examples.size(); ++index) {
        const dt::Example& ex = examples[index];
        int flags = r.optionflags;
        for (const auto& [flag, on] : ex.options)
            flags = on ? (flags | flag) : (flags & ~flag);
        if (flags & dt::kSkip)
            continue;
        if (flags & (dt::kReportOnlyFirstFailure | dt::kFailFast)) {
            r.in.abortUnsupported(
                "doctest's REPORT_ONLY_FIRST_FAILURE and FAIL_FAST are not supported yet");
            return false;
        }
        ++tried;
        if (!runExample(r, t, ex, index, ns, flags, failed))
            return false;
    }
    auto& [f, n] = r.outcomes[t.name];
    f += failed;
    n += tried;
    r.failures += failed;
    r.tries += tried;
    // clear_globs: test.globs.clear() (a generator expression of an example that outlives
    // it finds no globals, as in CPython), builtins._ = None.
    for (ObjRef& v : ns->values)
        v = nullptr;
    r.in.setBuiltinUnderscore(r.in.none());
    return true;
}

ObjRef testResults(Interpreter& in, int failed, int attempted) {
    auto* m = static_cast<rt::ModuleObject*>(in.importModule("doctest").get());
    CallArgs a;
    a.positional.push_back(in.heap().newInt(failed));
    a.positional.push_back(in.heap().newInt(attempted));
    return in.call(m->find("TestResults"), a);
}

void summarize(Runner& r) {
    Interpreter& in = r.in;
    std::vector<std::string> notests;
    std::vector<std::pair<std::string, int>> passed;
    std::vector<std::pair<std::string, std::pair<int, int>>> failed;
    int totalt = 0, totalf = 0;
    for (const auto& [name, ft] : r.outcomes) {
        totalt += ft.second;
        totalf += ft.first;
        if (ft.second == 0)
            notests.push_back(name);
        else if (ft.first == 0)
            passed.emplace_back(name, ft.second);
        else
            failed.emplace_back(name, ft);
    }
    auto pad3 = [](int n) {
        std::string s = std::to_string(n);
        return std::string(s.size() < 3 ? 3 - s.size() : 0, ' ') + s;
    };
    if (r.verbose) {
        if (!notests.empty()) {
            in.write(std::to_string(notests.size()) + " items had no tests:\n");
            for (const std::string& n : notests)
                in.write("    " + n + "\n");
        }
        if (!passed.empty()) {
            in.write(std::to_string(passed.size()) + " items passed all tests:\n");
            for (const auto& [n, count] : passed)
                in.write(" " + pad3(count) + " tests in " + n + "\n");
        }
    }
    if (!failed.empty()) {
        in.write(std::string(kDivider) + "\n" + std::to_string(failed.size()) +
                 " items had failures:\n");
        for (const auto& [n, ft] : failed)
            in.write(" " + pad3(ft.first) + " of " + pad3(ft.second) + " in " + n + "\n");
    }
    if (r.verbose) {
        in.write(std::to_string(totalt) + " tests in " + std::to_string(r.outcomes.size()) +
                 " items.\n");
        in.write(std::to_string(totalt - totalf) + " passed and " + std::to_string(totalf) +
                 " failed.\n");
    }
    if (totalf)
        in.write("***Test Failed*** " + std::to_string(totalf) + " failures.\n");
    else if (r.verbose)
        in.write("Test passed.\n");
}

std::vector<std::string> programLines(Interpreter& in) {
    std::vector<std::string> lines;
    const std::string& s = in.sourceText();
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t nl = s.find('\n', start);
        lines.push_back(
            s.substr(start, nl == std::string::npos ? std::string::npos : nl - start + 1));
        if (nl == std::string::npos)
            break;
        start = nl + 1;
    }
    return lines;
}

// Runs the found tests in name order, each in its own copy of `globs`; false when stopped.
bool runTests(Runner& r, Finder& f, const std::vector<std::pair<std::string, ObjRef>>& globs) {
    std::stable_sort(f.tests.begin(), f.tests.end(), [](const DocTest& a, const DocTest& b) {
        return a.name != b.name ? a.name < b.name : a.lineno < b.lineno;
    });
    // DocTest copies the globals when the finder makes it, before any test runs.
    std::vector<std::vector<dt::Example>> parsed;
    for (const DocTest& t : f.tests) {
        dt::ParsedExamples p = dt::parseExamples(t.docstring, t.name);
        if (p.error) {
            r.in.raise("ValueError", *p.error);
            return false;
        }
        parsed.push_back(std::move(p.examples));
    }
    for (std::size_t i = 0; i < f.tests.size(); ++i)
        if (!runTest(r, f.tests[i], parsed[i],
                     std::make_shared<Interpreter::Namespace>(Interpreter::namespaceOf(globs))))
            return false;
    return true;
}

std::optional<bool> boolArg(Interpreter& in, ObjRef v, bool fallback) {
    if (!v || v.get() == in.none().get())
        return fallback;
    int t = in.truthy(v.get());
    if (t < 0)
        return std::nullopt;
    return t == 1;
}

ObjRef testmod(Interpreter& in, Object*, CallArgs& args) {
    static const char* kNames[] = {"m",          "name",           "globs",
                                   "verbose",    "report",         "optionflags",
                                   "extraglobs", "raise_on_error", "exclude_empty"};
    std::map<std::string, ObjRef> given;
    if (args.positional.size() > std::size(kNames))
        return in.raise("TypeError", "testmod() takes from 0 to 9 positional arguments but " +
                                         std::to_string(args.positional.size()) + " were given");
    for (std::size_t i = 0; i < args.positional.size(); ++i)
        given[kNames[i]] = args.positional[i];
    for (auto& kw : args.keywords) {
        if (std::find_if(std::begin(kNames), std::end(kNames),
                         [&](const char* n) { return *kw.name == n; }) == std::end(kNames))
            return in.raise("TypeError",
                            "testmod() got an unexpected keyword argument '" + *kw.name + "'");
        given[*kw.name] = kw.value;
    }
    for (const char* n : {"m", "globs", "extraglobs", "raise_on_error", "exclude_empty"}) {
        auto it = given.find(n);
        if (it == given.end())
            continue;
        Object* v = it->second.get();
        const bool isDefault =
            v == in.none().get() ||
            (std::string_view(n) == "raise_on_error" && v == in.boolean(false).get()) ||
            (std::string_view(n) == "exclude_empty" && v == in.boolean(false).get());
        if (!isDefault)
            return in.abortUnsupported(std::string("doctest.testmod(") + n +
                                       "=...) is not supported yet");
    }
    std::optional<bool> verbose = boolArg(in, given["verbose"], false);
    std::optional<bool> report = boolArg(in, given["report"], true);
    if (!verbose || !report)
        return nullptr;
    Runner r{in};
    r.verbose = *verbose;
    if (ObjRef flags = given["optionflags"]) {
        std::optional<std::int64_t> v = interp::intArg(in, flags.get());
        if (!v)
            return nullptr;
        r.optionflags = static_cast<int>(*v);
    }
    Finder f{in, programLines(in), {}, {}};
    r.filename = in.options().filename;
    std::vector<std::pair<std::string, ObjRef>> globs = in.moduleItems();
    std::string moduleName = "__main__"; // name=: what the tests' names start with
    if (auto it = given.find("name"); it != given.end() && it->second.get() != in.none().get()) {
        if (!interp::isStr(it->second.get()))
            return in.abortUnsupported("doctest.testmod(name=...) with a name that is not a str "
                                       "is not supported yet");
        moduleName = interp::text(it->second.get());
    }
    f.tests.push_back({moduleName, in.moduleDoc ? interp::text(in.moduleDoc.get()) : "", 0});
    if (!findInModule(f, moduleName))
        return nullptr;
    if (!runTests(r, f, globs))
        return nullptr;
    if (*report)
        summarize(r);
    return testResults(in, r.failures, r.tries);
}

ObjRef runDocstringExamples(Interpreter& in, Object*, CallArgs& args) {
    ObjRef verboseArg = interp::takeKeyword(args, "verbose");
    ObjRef nameArg = interp::takeKeyword(args, "name");
    ObjRef flagsArg = interp::takeKeyword(args, "optionflags");
    if (ObjRef c = interp::takeKeyword(args, "compileflags"); c && c.get() != in.none().get())
        return in.abortUnsupported("run_docstring_examples(compileflags=...) is not supported yet");
    if (!interp::noMoreKeywords(in, args, "run_docstring_examples") ||
        !interp::argCount(in, args, "run_docstring_examples", 2, 5))
        return nullptr;
    auto& pos = args.positional;
    if (pos.size() > 2)
        verboseArg = pos[2];
    if (pos.size() > 3)
        nameArg = pos[3];
    if (pos.size() > 4)
        return in.abortUnsupported("run_docstring_examples(compileflags=...) is not supported yet");
    Object* globsArg = pos[1].get();
    if (globsArg->tag != rt::Tag::Dict || Interpreter::libraryDictType(globsArg))
        return in.abortUnsupported("run_docstring_examples with globals that are not a dict "
                                   "is not supported yet");
    std::optional<bool> verbose = boolArg(in, verboseArg, false);
    if (!verbose)
        return nullptr;
    Runner r{in};
    r.verbose = *verbose;
    if (flagsArg) {
        std::optional<std::int64_t> v = interp::intArg(in, flagsArg.get());
        if (!v)
            return nullptr;
        r.optionflags = static_cast<int>(*v);
    }
    std::string name = "NoName";
    if (nameArg) {
        if (!interp::isStr(nameArg.get()))
            return in.abortUnsupported("run_docstring_examples with a name that is not a str "
                                       "is not supported yet");
        name = interp::text(nameArg.get());
    }
    Object* target = pos[0].get();
    if (target->tag != rt::Tag::Function &&
        !(target->tag == rt::Tag::Type && static_cast<rt::TypeObject*>(target)->isUser))
        return in.abortUnsupported("run_docstring_examples of a " +
                                   std::string(in.typeName(target)) + " is not supported yet");
    std::vector<std::pair<std::string, ObjRef>> globs;
    auto* d = static_cast<rt::DictObject*>(globsArg);
    for (const rt::DictEntry& e : d->entries) {
        if (!e.key)
            continue;
        if (!interp::isStr(e.key.get()))
            return in.abortUnsupported("run_docstring_examples with globals whose keys are not "
                                       "all str is not supported yet");
        globs.emplace_back(interp::text(e.key.get()), e.value);
    }
    if (std::none_of(globs.begin(), globs.end(), [](auto& g) { return g.first == "__name__"; }))
        globs.emplace_back("__name__", in.newStr("__main__"));
    if (r.verbose)
        in.write("Finding tests in " + name + "\n");
    Finder f{in, programLines(in), {}, {}, true};
    r.filename = in.options().filename;
    f.seen.push_back(target);
    int lineno = -1;
    if (target->tag == rt::Tag::Function)
        lineno = docstringLine(f, static_cast<rt::FunctionObject*>(target)->code->firstLine - 1);
    else
        lineno = classLine(f, static_cast<rt::TypeObject*>(target)->name);
    if (!addTest(f, target, name, lineno) || !runTests(r, f, globs))
        return nullptr;
    return in.none();
}

} // namespace

void fillDoctest(Interpreter& in, rt::ModuleObject& m) {
    for (const dt::OptionName& o : dt::kOptionNames)
        m.set(o.name, in.heap().newInt(o.flag));
    m.set("BLANKLINE_MARKER", in.newStr("<BLANKLINE>"));
    m.set("ELLIPSIS_MARKER", in.newStr("..."));
    // doctest is written in Python: its functions are drawn as functions, with doctest.py's
    // parameters and defaults.
    ObjRef none = in.none();
    ObjRef no = in.boolean(false);
    ObjRef zero = in.heap().newInt(0);
    addPythonFunction(in, m, "testmod", testmod,
                      {"m", "name", "globs", "verbose", "report", "optionflags", "extraglobs",
                       "raise_on_error", "exclude_empty"},
                      {none, none, none, none, in.boolean(true), zero, none, no, no});
    addPythonFunction(in, m, "run_docstring_examples", runDocstringExamples,
                      {"f", "globs", "verbose", "name", "compileflags", "optionflags"},
                      {no, in.newStr("NoName"), none, zero});
    CallArgs a;
    a.positional.push_back(in.newStr("TestResults"));
    a.positional.push_back(in.newStr("failed attempted"));
    ObjRef cls = in.call(namedtupleFunction(in).get(), a);
    if (cls)
        m.set("TestResults", cls);
}

} // namespace memstep::core::modules

namespace memstep::core::modules {

bool isMissingDoctestAttribute(std::string_view name) {
    // dir(doctest) in CPython 3.11 minus what fillDoctest provides, sorted.
    static constexpr std::string_view kNames[] = {
        "COMPARISON_FLAGS",
        "DebugRunner",
        "DocFileCase",
        "DocFileSuite",
        "DocFileTest",
        "DocTest",
        "DocTestCase",
        "DocTestFailure",
        "DocTestFinder",
        "DocTestParser",
        "DocTestRunner",
        "DocTestSuite",
        "Example",
        "IncrementalNewlineDecoder",
        "OPTIONFLAGS_BY_NAME",
        "OutputChecker",
        "REPORTING_FLAGS",
        "SkipDocTestCase",
        "StringIO",
        "UnexpectedException",
        "_DocTestSuite",
        "_OutputRedirectingPdb",
        "_SpoofOut",
        "_TestClass",
        "__all__",
        "__docformat__",
        "__future__",
        "__name__",
        "__test__",
        "_comment_line",
        "_ellipsis_match",
        "_exception_traceback",
        "_extract_future_flags",
        "_indent",
        "_load_testfile",
        "_module_relative_path",
        "_newline_convert",
        "_normalize_module",
        "_strip_exception_details",
        "_test",
        "_unittest_reportflags",
        "debug",
        "debug_script",
        "debug_src",
        "difflib",
        "inspect",
        "linecache",
        "master",
        "namedtuple",
        "os",
        "pdb",
        "re",
        "register_optionflag",
        "script_from_examples",
        "set_unittest_reportflags",
        "sys",
        "testfile",
        "testsource",
        "traceback",
        "unittest",
    };
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::binary_search(std::begin(kNames), std::end(kNames), name);
}

} // namespace memstep::core::modules
