// re.Scanner, the tokenizer Lib/re/__init__.py writes in Python (undocumented, but met in
// course code): its phrases joined as the alternatives of one pattern, each phrase its own
// group, so the group a match closed last (lastindex) names the phrase that matched. scan()
// matches from where the last token ended until nothing matches or a match is empty, calls
// a callable action with the scanner and the token, and keeps what is not None.
//
// A Scanner is drawn by its class name, as the reference draws a library class's object; it
// keeps the lexicon and flags under hidden keys. A phrase with capturing groups of its own is
// refused: CPython numbers them apart from the phrases' groups, which this join cannot.
// So are the `match` attribute an action may read (a Match of a pattern without text) and
// the `scanner` one (an SRE_Scanner).
#include "modules/re/re_module.h"
#include "numeric/utf8.h"

namespace memstep::core::modules::re {

namespace {

// The joined program of a Scanner's lexicon, or nullopt with the error raised.
std::optional<Program> joinedProgram(Interpreter& in, Object* scanner) {
    auto* lexicon = static_cast<rt::ListObject*>(nativeState(scanner, "lexicon"));
    const std::int64_t flags = static_cast<rt::IntObject*>(nativeState(scanner, "flags"))->small;
    const Types types = typesOfPatternType(
        static_cast<rt::TypeObject*>(in.typeOf(scanner)->dict.find(" pattern type")->get()));
    Program joined;
    joined.root.kind = Node::Kind::Alt;
    joined.flags = flags;
    for (const ObjRef& entry : lexicon->items) {
        Object* phrase = static_cast<rt::TupleObject*>(entry.get())->items[0].get();
        ParseError error;
        std::optional<Program> p =
            parse(numeric::codePoints(static_cast<rt::StrObject*>(phrase)->text), flags, error);
        if (!p) {
            raiseParseError(in, types, error, phrase);
            return std::nullopt;
        }
        if (p->groups > 0) {
            in.abortUnsupported("a re.Scanner phrase with groups of its own");
            return std::nullopt;
        }
        Node group;
        group.kind = Node::Kind::Group;
        group.group = ++joined.groups;
        group.flags = flags;
        group.kids.push_back(std::move(p->root));
        joined.root.kids.push_back(std::move(group));
    }
    return joined;
}

ObjRef scannerCall(Interpreter& in, Object* cls, CallArgs& args) {
    auto* t = static_cast<rt::TypeObject*>(cls);
    if (t->mro.size() != 2)
        return in.abortUnsupported("a subclass of re.Scanner");
    ObjVec bound;
    if (!bindArgs(in, args, "Scanner.__init__", {"lexicon", "flags"}, {in.heap().newInt(0)}, bound))
        return nullptr;
    if (bound[1]->tag != rt::Tag::Int) // an int, or a re flag (an int of RegexFlag)
        return in.abortUnsupported("re.Scanner flags that are not an int");
    ObjRef flags = isRegexFlag(bound[1].get()) ? in.getAttr(bound[1].get(), "value") : bound[1];
    if (!flags)
        return nullptr;
    if (bound[0]->tag != rt::Tag::List && bound[0]->tag != rt::Tag::Tuple)
        return in.abortUnsupported("a re.Scanner lexicon that is not a list or tuple");
    const ObjVec& given = bound[0]->tag == rt::Tag::List
                              ? static_cast<rt::ListObject*>(bound[0].get())->items
                              : static_cast<rt::TupleObject*>(bound[0].get())->items;
    ObjVec pairs;
    for (const ObjRef& entry : given) {
        const bool pair = (entry->tag == rt::Tag::Tuple &&
                           static_cast<rt::TupleObject*>(entry.get())->items.size() == 2) ||
                          (entry->tag == rt::Tag::List &&
                           static_cast<rt::ListObject*>(entry.get())->items.size() == 2);
        if (!pair)
            return in.abortUnsupported("a re.Scanner lexicon entry that is not a pair");
        const ObjVec& two = entry->tag == rt::Tag::Tuple
                                ? static_cast<rt::TupleObject*>(entry.get())->items
                                : static_cast<rt::ListObject*>(entry.get())->items;
        if (two[0]->tag != rt::Tag::Str)
            return in.abortUnsupported("a re.Scanner phrase that is not a str");
        pairs.push_back(in.heap().newTuple({two[0], two[1]}));
    }
    if (pairs.empty()) // _sre refuses the compiled form of an empty alternation
        return in.raise("RuntimeError", "invalid SRE code");
    ObjRef out;
    rt::InstanceObject* self = newNativeInstance(in, t, out);
    setNativeState(self, "lexicon", in.heap().newList(std::move(pairs)));
    setNativeState(self, "flags", flags);
    if (!joinedProgram(in, self)) // the errors of a bad phrase come from the constructor
        return nullptr;
    return out;
}

ObjRef scan(Interpreter& in, Object* self, CallArgs& args) {
    if (!nativeState(self, "lexicon"))
        return in.abortUnsupported("re.Scanner.scan() called on another object");
    ObjVec bound;
    if (!bindArgs(in, args, "Scanner.scan", {"string"}, {}, bound))
        return nullptr;
    Object* string = stringArg(in, bound[0].get());
    if (!string)
        return nullptr;
    std::optional<Program> program = joinedProgram(in, self);
    if (!program)
        return nullptr;
    const std::u32string text = numeric::codePoints(static_cast<rt::StrObject*>(string)->text);
    const auto size = static_cast<std::int64_t>(text.size());
    auto* lexicon = static_cast<rt::ListObject*>(nativeState(self, "lexicon"));
    ObjVec result;
    std::int64_t i = 0;
    for (;;) {
        std::optional<MatchResult> m = find(in, *program, text, i, size, MatchMode::Match, false);
        if (in.hasException() || in.aborted())
            return nullptr;
        if (!m || m->spans[1] == i)
            break;
        const std::int64_t j = m->spans[1];
        const ObjRef& entry = lexicon->items[static_cast<std::size_t>(m->lastIndex - 1)];
        ObjRef action = static_cast<rt::TupleObject*>(entry.get())->items[1];
        if (isCallable(in, action.get())) {
            CallArgs a;
            a.positional = {ObjRef(self), slice(in, string, i, j)};
            action = in.call(action.get(), a);
            if (!action)
                return nullptr;
        }
        if (action->tag != rt::Tag::None)
            result.push_back(std::move(action));
        i = j;
    }
    return in.heap().newTuple({in.heap().newList(std::move(result)), slice(in, string, i, size)});
}

const rt::Metaclass kScannerMeta = [] {
    rt::Metaclass m;
    m.call = scannerCall;
    return m;
}();

} // namespace

rt::TypeObject* makeScanner(Interpreter& in, rt::TypeObject* patternType) {
    rt::TypeObject* t = makeNativeClass(in, "re", "Scanner", &kScannerMeta);
    t->name = "Scanner"; // a class re/__init__.py writes: its tp_name is its __name__
    t->reprInstance = libraryObjectRepr;
    t->dict.set(" pattern type", ObjRef(patternType));
    addNativeMethod(in, t, "scan", scan);
    addRefusedAttribute(in, t, "match");
    addRefusedAttribute(in, t, "scanner");
    return t;
}

} // namespace memstep::core::modules::re
