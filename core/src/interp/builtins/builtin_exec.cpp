// exec() and eval() of source text: code made from text while the program runs.
//
// The text runs in the program's module namespace, as CPython runs it when exec or eval is
// called at module level without dicts: names it binds are the module's (drawn in the
// module's frame), names it reads are the module's and the builtins. CPython's tracer takes
// no step in "<string>" code, so neither does memstep; functions of the program the text
// calls are traced as usual, and so are the functions the text defines (untraced "<string>"
// code, interp/snippets.cpp). In a function the text runs in a copy of the frame's names
// (Interpreter::runText). What memstep cannot run yet stays refused by name: the text in a
// class body, explicit globals or locals dicts, bytes, a class statement in the text, and
// the syntax errors of eval's text that syntax/parse_eval.cpp does not place.
#include "interp/builtins/bytes_util.h"

namespace memstep::core::interp {

namespace {

// exec(text, d) or eval(text, d[, d]): CPython runs the text with d as its globals and adds
// '__builtins__' (the builtins module's whole namespace) to d. A dict the program still
// holds would show that key, and printing d prints all of builtins: only a dict held by
// this call alone (a display or dict(...) written in the call) is run, which no one sees
// afterwards; a dict the program keeps stays refused by name.
ObjRef runWithGlobals(Interpreter& in, CallArgs& args, bool evalMode) {
    const std::string name = evalMode ? "eval" : "exec";
    Object* globals = args.positional[1].get();
    if (globals->tag != rt::Tag::Dict || static_cast<rt::DictObject*>(globals)->cls)
        return in.abortUnsupported(name + " with a globals argument that is not a plain dict is "
                                          "not supported");
    if (args.positional.size() > 2 && args.positional[2]->tag != rt::Tag::None &&
        args.positional[2].get() != globals)
        return in.abortUnsupported(name + " with a locals dict other than its globals dict is "
                                          "not supported");
    const std::uint32_t held =
        args.positional.size() > 2 && args.positional[2].get() == globals ? 2 : 1;
    auto* dict = static_cast<rt::DictObject*>(globals);
    if (globals->refs > held)
        return in.abortUnsupported(name + " with a globals dict the program keeps is not "
                                          "supported (the dict gains '__builtins__', the builtins "
                                          "module's whole namespace)");
    for (const rt::DictEntry& e : dict->entries)
        if (e.key && (e.key->tag != rt::Tag::Str ||
                      static_cast<rt::StrObject*>(e.key.get())->text == "__builtins__"))
            return in.abortUnsupported(name + " with a globals dict holding '__builtins__' or a "
                                              "key that is not a str is not supported");
    Object* source = args.positional[0].get();
    if (source->tag != rt::Tag::Str)
        return in.abortUnsupported(name + " of a code object or bytes with a globals dict is not "
                                          "supported");
    ObjRef keepSource = args.positional[0];
    ObjRef keepDict = args.positional[1];
    ObjRef value;
    if (!in.runTextIn(static_cast<rt::StrObject*>(source)->text, evalMode, dict, value))
        return nullptr;
    return evalMode ? value : in.none();
}

// The text of bytes (or another buffer) given to exec or eval: UTF-8, as CPython's tokenizer
// reads source bytes by default. Null with the run refused when the bytes start with a
// byte-order mark, declare an encoding or are not UTF-8: the tokenizer has rules of its own
// for each, which memstep does not rebuild.
ObjRef bytesSource(Interpreter& in, const std::string& data, const char* name) {
    const std::string head = data.substr(0, data.find('\n', data.find('\n') + 1));
    if (data.starts_with("\xEF\xBB\xBF") || head.find("coding") != std::string::npos)
        return in.abortUnsupported(std::string(name) +
                                   " of bytes with a byte-order mark or an encoding declaration "
                                   "is not supported");
    ObjRef text = decodeBytes(in, data, nullptr, nullptr);
    if (!text) {
        in.clearException();
        return in.abortUnsupported(std::string(name) + " of bytes that are not UTF-8 is not "
                                                       "supported");
    }
    return text;
}

ObjRef runSource(Interpreter& in, CallArgs& args, bool evalMode) {
    const char* name = evalMode ? "eval" : "exec";
    if (evalMode) {
        if (!noKeywords(in, args, "eval") || !argCount(in, args, "eval", 1, 3))
            return nullptr;
    } else {
        if (takeKeyword(args, "closure"))
            return in.abortUnsupported("exec's closure argument is not supported");
        if (!noMoreKeywords(in, args, "exec"))
            return nullptr;
        if (args.positional.empty())
            return in.raise("TypeError", "exec() takes at least 1 positional argument (0 given)");
        if (!argCount(in, args, "exec", 1, 3))
            return nullptr;
    }
    Object* source = args.positional[0].get();
    if (args.positional.size() > 1 && args.positional[1]->tag != rt::Tag::None)
        return runWithGlobals(in, args, evalMode);
    if (args.positional.size() > 2 && args.positional[2]->tag != rt::Tag::None)
        return in.abortUnsupported(std::string(name) + " with a locals dict and no globals dict "
                                                       "is not supported");
    ObjRef value;
    if (in.isCodeObject(source)) {
        ObjRef keep = args.positional[0];
        if (!in.runCodeObject(source, evalMode, value))
            return nullptr;
        return evalMode ? value : in.none();
    }
    // The text stays alive while it runs even if the program rebinds its name meanwhile.
    ObjRef keep = args.positional[0];
    if (source->tag != rt::Tag::Str) {
        const std::string* data = bufferOf(source); // bytes, bytearray, memoryview, array
        if (!data)
            return in.raise("TypeError",
                            std::string(name) + "() arg 1 must be a string, bytes or code object");
        keep = bytesSource(in, *data, name);
        if (!keep)
            return nullptr;
        source = keep.get();
    }
    if (!in.runText(static_cast<rt::StrObject*>(source)->text, evalMode, value))
        return nullptr;
    return evalMode ? value : in.none();
}

// compile(source, filename, mode): a code object exec() and eval() run. Only the file name
// "<string>" (what a traceback shows for the text) and the modes 'exec' and 'eval' are made.
ObjRef bCompile(Interpreter& in, Object*, CallArgs& args) {
    static const char* const kOptional[] = {"flags", "dont_inherit", "optimize",
                                            "_feature_version"};
    for (const char* option : kOptional)
        if (takeKeyword(args, option))
            return in.abortUnsupported(std::string("compile's argument `") + option +
                                       "` is not supported");
    const char* const names[] = {"source", "filename", "mode"};
    for (std::size_t i = 0; i < 3; ++i)
        if (ObjRef v = takeKeyword(args, names[i])) {
            if (args.positional.size() != i)
                return in.abortUnsupported("compile with these keyword arguments is not "
                                           "supported");
            args.positional.push_back(v);
        }
    if (!noMoreKeywords(in, args, "compile"))
        return nullptr;
    if (args.positional.size() > 3)
        return in.abortUnsupported("compile's argument `flags` is not supported");
    if (args.positional.size() < 3)
        return in.raise("TypeError", std::string("compile() missing required argument '") +
                                         names[args.positional.size()] + "' (pos " +
                                         std::to_string(args.positional.size() + 1) + ")");
    Object* source = args.positional[0].get();
    Object* filename = args.positional[1].get();
    Object* mode = args.positional[2].get();
    if (mode->tag != rt::Tag::Str)
        return in.raise("TypeError", std::string("compile() argument 'mode' must be str, not ") +
                                         in.typeName(mode));
    const std::string& m = static_cast<rt::StrObject*>(mode)->text;
    if (m != "exec" && m != "eval" && m != "single" && m != "func_type")
        return in.raise("ValueError", "compile() mode must be 'exec', 'eval' or 'single'");
    if (m != "exec" && m != "eval")
        return in.abortUnsupported("compile in mode '" + m + "' is not supported");
    if (filename->tag != rt::Tag::Str || static_cast<rt::StrObject*>(filename)->text != "<string>")
        return in.abortUnsupported("compile with a file name other than '<string>' is not "
                                   "supported");
    if (source->tag != rt::Tag::Str) {
        if (bufferOf(source))
            return in.abortUnsupported(std::string("compile of ") + in.typeName(source) +
                                       " is not supported");
        return in.raise("TypeError", "compile() arg 1 must be a string, bytes or AST object");
    }
    ObjRef keep = args.positional[0];
    return in.compileText(static_cast<rt::StrObject*>(source)->text, m == "eval");
}

ObjRef bExec(Interpreter& in, Object*, CallArgs& args) {
    return runSource(in, args, false);
}
ObjRef bEval(Interpreter& in, Object*, CallArgs& args) {
    return runSource(in, args, true);
}

} // namespace

std::span<const BuiltinDef> execBuiltins() {
    static const BuiltinDef kExec[] = {
        {"exec", bExec},
        {"eval", bEval},
        {"compile", bCompile},
    };
    return kExec;
}

} // namespace memstep::core::interp
