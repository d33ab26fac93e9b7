// The printer of pprint.py (see pprint.h): _safe_repr, _format and the layout of each type it
// dispatches on, call for call and write for write.
#include "interp/builtins/builtins_util.h"
#include "modules/pprint/pprint.h"
#include "modules/stdlib/dataclasses.h"
#include "numeric/float_format.h"

#include <algorithm>

namespace memstep::core::modules::pprint {

using interp::CallArgs;

bool Sink::write(const std::string& piece) {
    if (m_toText) {
        m_text += piece;
        return true;
    }
    if (!m_stream) {
        m_in.write(piece);
        return true;
    }
    // stream.write(piece), the attribute read at each write as pprint.py reads it.
    return static_cast<bool>(callMethod(m_in, m_stream, "write", {m_in.newStr(piece)}));
}

namespace {

// What type(object).__repr__ is, which decides how pprint.py lays the object out.
enum class Kind {
    Other, // any other __repr__: the object's repr() is its text
    Int,
    Dict,
    List,
    Tuple,
    Set,
    FrozenSet,
    Str,
    Bytes,
    ByteArray,
    OrderedDict,
    DefaultDict,
    Counter,
    Deque,
    UserDict,
    UserList,
    UserString,
    MappingProxy,
    Dataclass, // the __repr__ @dataclass wrote
};

std::string spaces(std::int64_t n) {
    return std::string(static_cast<std::size_t>(std::max<std::int64_t>(n, 0)), ' ');
}

bool contains(const Context& ctx, Object* o) {
    return std::find(ctx.begin(), ctx.end(), o) != ctx.end();
}

// A builtin or library type's own kind.
Kind kindOfType(Interpreter& in, rt::TypeObject* t) {
    using UC = rt::TypeObject::UserCollection;
    if (t->userCollection != UC::None)
        return t->userCollection == UC::Dict   ? Kind::UserDict
               : t->userCollection == UC::List ? Kind::UserList
                                               : Kind::UserString;
    // collections' dict types are made anew by each import: known by their tp_name.
    if (!t->isUser && t->instanceTag == rt::Tag::Dict && t != in.builtinType(rt::Tag::Dict))
        return t->name == "collections.OrderedDict"   ? Kind::OrderedDict
               : t->name == "collections.defaultdict" ? Kind::DefaultDict
               : t->name == "Counter"                 ? Kind::Counter
                                                      : Kind::Other;
    if (t == in.builtinType(rt::Tag::Deque))
        return Kind::Deque;
    if ((t->isLibrary || !t->isUser) && t->name == "mappingproxy")
        return Kind::MappingProxy;
    static constexpr std::pair<rt::Tag, Kind> kBuiltin[] = {{rt::Tag::Int, Kind::Int},
                                                            {rt::Tag::Dict, Kind::Dict},
                                                            {rt::Tag::List, Kind::List},
                                                            {rt::Tag::Tuple, Kind::Tuple},
                                                            {rt::Tag::Set, Kind::Set},
                                                            {rt::Tag::FrozenSet, Kind::FrozenSet},
                                                            {rt::Tag::Str, Kind::Str},
                                                            {rt::Tag::Bytes, Kind::Bytes},
                                                            {rt::Tag::ByteArray, Kind::ByteArray}};
    for (const auto& [tag, kind] : kBuiltin)
        if (t == in.builtinType(tag))
            return kind;
    return Kind::Other;
}

// The kind of type(o).__repr__: the first class of its MRO defining __repr__ decides, a
// program's class by its own (a dataclass's generated one, or any other), a builtin or library
// class by what it is.
Kind kindOf(Interpreter& in, Object* o) {
    for (rt::TypeObject* t : in.mroOf(in.typeOf(o))) {
        if (!t->isUser || t->isLibrary || t->userCollection != rt::TypeObject::UserCollection::None)
            return kindOfType(in, t);
        if (const ObjRef* r = t->dict.find("__repr__"))
            return dataclasses::isGeneratedRepr(r->get()) ? Kind::Dataclass : Kind::Other;
    }
    return Kind::Other;
}

// `type(o) in _builtin_scalars`: exactly str, bytes, bytearray, float, complex, bool or None.
bool isBuiltinScalar(Object* o) {
    switch (o->tag) {
    case rt::Tag::Str:
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray:
    case rt::Tag::Float:
    case rt::Tag::Complex:
        return !o->subclassed;
    case rt::Tag::Bool:
    case rt::Tag::None:
        return true;
    default:
        return false;
    }
}

// A dict's entries in order, as (key, value).
std::vector<std::pair<ObjRef, ObjRef>> dictItems(rt::DictObject* d) {
    std::vector<std::pair<ObjRef, ObjRef>> out;
    for (const rt::DictEntry& e : d->entries)
        if (e.key)
            out.emplace_back(e.key, e.value);
    return out;
}

class Printer {
public:
    Printer(Interpreter& in, const Settings& s) : m_in(in), m_s(s) {}

    bool safeRepr(Object* o, Context& ctx, std::int64_t maxlevels, std::int64_t level, Repr& out);
    bool format(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance, Context& ctx,
                std::int64_t level);

private:
    using Items = std::vector<std::pair<ObjRef, ObjRef>>;

    // _repr: _safe_repr with a copy of the context and the printer's depth.
    bool repr(Object* o, const Context& ctx, std::int64_t level, std::string& out) {
        Context copy = ctx;
        Repr r;
        if (!safeRepr(o, copy, m_s.depth, level, r))
            return false;
        out = std::move(r.text);
        return true;
    }
    int truth(const ObjRef& flag) { return flag ? m_in.truthy(flag.get()) : 0; }
    bool plainRepr(Object* o, std::string& out) {
        auto r = m_in.repr(o);
        if (!r)
            return false;
        out = std::move(*r);
        return true;
    }
    bool writeRepr(Object* o, Sink& w) {
        std::string text;
        return plainRepr(o, text) && w.write(text);
    }
    // type(o).__name__.
    std::string className(Object* o) {
        ObjRef name = m_in.getAttr(m_in.typeOf(o), "__name__");
        return name && interp::isStr(name.get()) ? interp::text(name.get())
                                                 : std::string(m_in.typeName(o));
    }
    // _safe_key.__lt__: `a < b`, or where that raises TypeError, (str(type(a)), id(a)) <
    // (str(type(b)), id(b)). 1, 0, or -1 with the exception set.
    int safeLess(Object* a, Object* b);
    // sorted(values, key=_safe_key), each value sorting by its key in `keys`.
    template <class T> bool sortSafely(const ObjVec& keys, std::vector<T>& values) {
        std::vector<std::size_t> order(keys.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        bool ok = interp::sortOrder(m_in, order, [&](std::size_t x, std::size_t y) {
            return safeLess(keys[x].get(), keys[y].get());
        });
        if (!ok)
            return false;
        std::vector<T> sorted;
        for (std::size_t i : order)
            sorted.push_back(values[i]);
        values = std::move(sorted);
        return true;
    }
    bool sortItems(Items& items); // sorted(items, key=_safe_tuple): by key alone
    bool sortedDictItems(rt::DictObject* d, Items& out);
    std::string recursion(Object* o) {
        return "<Recursion on " + className(o) + " with id=" + std::to_string(m_in.pyId(o)) + ">";
    }
    bool dispatch(Kind k, Object* o, Sink& w, std::int64_t indent, std::int64_t allowance,
                  Context& ctx, std::int64_t level);
    bool dict(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance, Context& ctx,
              std::int64_t level);
    bool set(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance, Context& ctx,
             std::int64_t level);
    bool str(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance, std::int64_t level);
    bool bytes(Object* o, const std::string& data, Sink& w, std::int64_t indent,
               std::int64_t allowance, std::int64_t level);
    bool defaultDict(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance, Context& ctx,
                     std::int64_t level);
    bool deque(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance, Context& ctx,
               std::int64_t level);
    bool dataclass(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance, Context& ctx,
                   std::int64_t level);
    bool dictItemsOut(const Items& items, Sink& w, std::int64_t indent, std::int64_t allowance,
                      Context& ctx, std::int64_t level);
    bool namespaceItems(const std::vector<std::pair<std::string, ObjRef>>& items, Sink& w,
                        std::int64_t indent, std::int64_t allowance, Context& ctx,
                        std::int64_t level);
    bool items(const ObjVec& items, Sink& w, std::int64_t indent, std::int64_t allowance,
               Context& ctx, std::int64_t level);
    bool sequenceRepr(Object* o, const ObjVec& items, bool isList, Context& ctx,
                      std::int64_t maxlevels, std::int64_t level, Repr& out);
    bool dictRepr(rt::DictObject* d, Context& ctx, std::int64_t maxlevels, std::int64_t level,
                  Repr& out);

    Interpreter& m_in;
    const Settings& m_s;
};

int Printer::safeLess(Object* a, Object* b) {
    int r = m_in.compare(syntax::CmpOperator::Lt, a, b);
    if (r >= 0 || !m_in.passOverTypeError())
        return r;
    auto ta = m_in.str(m_in.typeOf(a));
    if (!ta)
        return -1;
    auto tb = m_in.str(m_in.typeOf(b));
    if (!tb)
        return -1;
    // UTF-8's byte order is code point order, str's.
    if (*ta != *tb)
        return *ta < *tb;
    return m_in.pyId(a) < m_in.pyId(b);
}

bool Printer::sortItems(Items& items) {
    // A tuple of two _safe_keys compares its first items first; two distinct _safe_keys are
    // never equal, so the keys alone decide.
    ObjVec keys;
    for (const auto& kv : items)
        keys.push_back(kv.first);
    return sortSafely(keys, items);
}

bool Printer::sortedDictItems(rt::DictObject* d, Items& out) {
    out = dictItems(d);
    int sorting = truth(m_s.sortDicts);
    if (sorting < 0)
        return false;
    return !sorting || sortItems(out);
}

bool Printer::dictRepr(rt::DictObject* d, Context& ctx, std::int64_t maxlevels, std::int64_t level,
                       Repr& out) {
    if (d->used == 0) {
        out = {"{}", true, false};
        return true;
    }
    if (maxlevels && level >= maxlevels) {
        out = {"{...}", false, contains(ctx, d)};
        return true;
    }
    if (contains(ctx, d)) {
        out = {recursion(d), false, true};
        return true;
    }
    ctx.push_back(d);
    Items items;
    if (!sortedDictItems(d, items))
        return false;
    out = {"{", true, false};
    bool first = true;
    for (const auto& [k, v] : items) {
        Repr kr, vr;
        if (!safeRepr(k.get(), ctx, maxlevels, level + 1, kr) ||
            !safeRepr(v.get(), ctx, maxlevels, level + 1, vr))
            return false;
        out.text += (first ? "" : ", ") + kr.text + ": " + vr.text;
        first = false;
        out.readable = out.readable && kr.readable && vr.readable;
        out.recursive = out.recursive || kr.recursive || vr.recursive;
    }
    out.text += "}";
    ctx.erase(std::find(ctx.begin(), ctx.end(), d));
    return true;
}

bool Printer::sequenceRepr(Object* o, const ObjVec& items, bool isList, Context& ctx,
                           std::int64_t maxlevels, std::int64_t level, Repr& out) {
    std::string open = isList ? "[" : "(";
    std::string close = isList ? "]" : items.size() == 1 ? ",)" : ")";
    if (items.empty()) {
        out = {open + close, true, false};
        return true;
    }
    if (maxlevels && level >= maxlevels) {
        out = {open + "..." + close, false, contains(ctx, o)};
        return true;
    }
    if (contains(ctx, o)) {
        out = {recursion(o), false, true};
        return true;
    }
    ctx.push_back(o);
    out = {open, true, false};
    for (std::size_t i = 0; i < items.size(); ++i) {
        Repr r;
        if (!safeRepr(items[i].get(), ctx, maxlevels, level + 1, r))
            return false;
        out.text += (i ? ", " : "") + r.text;
        out.readable = out.readable && r.readable;
        out.recursive = out.recursive || r.recursive;
    }
    out.text += close;
    ctx.erase(std::find(ctx.begin(), ctx.end(), o));
    return true;
}

bool Printer::safeRepr(Object* o, Context& ctx, std::int64_t maxlevels, std::int64_t level,
                       Repr& out) {
    ObjRef keep(o);
    if (isBuiltinScalar(o)) {
        out = {};
        return plainRepr(o, out.text);
    }
    const Kind k = kindOf(m_in, o);
    if (k == Kind::Int) {
        int underscores = truth(m_s.underscoreNumbers);
        if (underscores < 0)
            return false;
        out = {};
        if (!underscores)
            return plainRepr(o, out.text);
        ObjRef text = interp::formatValue(m_in, o, "_d");
        if (!text)
            return false;
        out.text = interp::text(text.get());
        return true;
    }
    if (k == Kind::Dict)
        return dictRepr(static_cast<rt::DictObject*>(o), ctx, maxlevels, level, out);
    if (k == Kind::List) {
        ObjVec items = static_cast<rt::ListObject*>(o)->items;
        return sequenceRepr(o, items, true, ctx, maxlevels, level, out);
    }
    if (k == Kind::Tuple) {
        ObjVec items = static_cast<rt::TupleObject*>(o)->items;
        return sequenceRepr(o, items, false, ctx, maxlevels, level, out);
    }
    out = {};
    if (!plainRepr(o, out.text))
        return false;
    out.readable = !out.text.empty() && out.text[0] != '<';
    return true;
}

bool Printer::format(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance, Context& ctx,
                     std::int64_t level) {
    ObjRef keep(o);
    if (contains(ctx, o))
        return w.write(recursion(o));
    std::string rep;
    if (!repr(o, ctx, level, rep))
        return false;
    if (length(rep) > m_s.width - indent - allowance) {
        const Kind k = kindOf(m_in, o);
        bool laidOut = k != Kind::Other && k != Kind::Int;
        if (k == Kind::Dataclass) {
            // Only while the class's __dataclass_params__ says repr=True.
            ObjRef params = m_in.getAttr(o, "__dataclass_params__");
            ObjRef flag = params ? m_in.getAttr(params.get(), "repr") : nullptr;
            int on = flag ? m_in.truthy(flag.get()) : -1;
            if (on < 0)
                return false;
            laidOut = on == 1;
        }
        if (laidOut) {
            ctx.push_back(o);
            if (!dispatch(k, o, w, indent, allowance, ctx, level + 1))
                return false;
            ctx.erase(std::find(ctx.begin(), ctx.end(), o));
            return true;
        }
    }
    return w.write(rep);
}

bool Printer::dispatch(Kind k, Object* o, Sink& w, std::int64_t indent, std::int64_t allowance,
                       Context& ctx, std::int64_t level) {
    switch (k) {
    case Kind::Dict:
        return dict(o, w, indent, allowance, ctx, level);
    case Kind::OrderedDict: {
        auto* d = static_cast<rt::DictObject*>(o);
        if (d->used == 0)
            return writeRepr(o, w);
        const std::string name = className(o);
        ObjVec pairs;
        for (const auto& [key, value] : dictItems(d))
            pairs.push_back(m_in.heap().newTuple({key, value}));
        ObjRef list(m_in.heap().newList(std::move(pairs)).get());
        return w.write(name + "(") &&
               format(list.get(), w, indent + length(name) + 1, allowance + 1, ctx, level) &&
               w.write(")");
    }
    case Kind::List:
        return w.write("[") &&
               items(static_cast<rt::ListObject*>(o)->items, w, indent, allowance + 1, ctx,
                     level) &&
               w.write("]");
    case Kind::Tuple: {
        ObjVec values = static_cast<rt::TupleObject*>(o)->items;
        std::string end = values.size() == 1 ? ",)" : ")";
        return w.write("(") && items(values, w, indent, allowance + length(end), ctx, level) &&
               w.write(end);
    }
    case Kind::Set:
    case Kind::FrozenSet:
        return set(o, w, indent, allowance, ctx, level);
    case Kind::Str:
        return str(o, w, indent, allowance, level);
    case Kind::Bytes:
        return bytes(o, static_cast<rt::BytesObject*>(o)->data, w, indent, allowance, level);
    case Kind::ByteArray:
        return w.write("bytearray(") &&
               bytes(nullptr, static_cast<rt::BytesObject*>(o)->data, w, indent + 10, allowance + 1,
                     level + 1) &&
               w.write(")");
    case Kind::MappingProxy: {
        ObjRef copy = callMethod(m_in, o, "copy", {});
        return copy && w.write("mappingproxy(") &&
               format(copy.get(), w, indent + 13, allowance + 1, ctx, level) && w.write(")");
    }
    case Kind::DefaultDict:
        return defaultDict(o, w, indent, allowance, ctx, level);
    case Kind::Counter: {
        if (static_cast<rt::DictObject*>(o)->used == 0) {
            return writeRepr(o, w);
        }
        const std::string name = className(o);
        if (!w.write(name + "({") || (m_s.indent > 1 && !w.write(spaces(m_s.indent - 1))))
            return false;
        ObjRef common = callMethod(m_in, o, "most_common", {});
        if (!common)
            return false;
        Items pairs;
        for (const ObjRef& p : static_cast<rt::ListObject*>(common.get())->items) {
            const ObjVec& kv = static_cast<rt::TupleObject*>(p.get())->items;
            pairs.emplace_back(kv[0], kv[1]);
        }
        return dictItemsOut(pairs, w, indent + length(name) + 1, allowance + 2, ctx, level) &&
               w.write("})");
    }
    case Kind::Deque:
        return deque(o, w, indent, allowance, ctx, level);
    case Kind::UserDict:
    case Kind::UserList:
    case Kind::UserString: {
        ObjRef data = m_in.getAttr(o, "data");
        return data && format(data.get(), w, indent, allowance, ctx, level - 1);
    }
    case Kind::Dataclass:
        return dataclass(o, w, indent, allowance, ctx, level);
    case Kind::Other:
    case Kind::Int:
        break;
    }
    return true;
}

bool Printer::dict(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance, Context& ctx,
                   std::int64_t level) {
    if (!w.write("{") || (m_s.indent > 1 && !w.write(spaces(m_s.indent - 1))))
        return false;
    auto* d = static_cast<rt::DictObject*>(o);
    if (d->used > 0) {
        Items items;
        if (!sortedDictItems(d, items) ||
            !dictItemsOut(items, w, indent, allowance + 1, ctx, level))
            return false;
    }
    return w.write("}");
}

bool Printer::set(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance, Context& ctx,
                  std::int64_t level) {
    auto* s = static_cast<rt::SetObject*>(o);
    if (s->used == 0) {
        return writeRepr(o, w);
    }
    std::string end = "}";
    if (o->tag == rt::Tag::Set && !o->subclassed) {
        if (!w.write("{"))
            return false;
    } else {
        const std::string name = className(o);
        if (!w.write(name + "({"))
            return false;
        end = "})";
        indent += length(name) + 1;
    }
    ObjVec keys;
    for (const rt::SetEntry& e : s->table)
        if (e.key)
            keys.push_back(e.key);
    ObjVec sorted = keys;
    if (!sortSafely(keys, sorted))
        return false;
    return items(sorted, w, indent, allowance + length(end), ctx, level) && w.write(end);
}

bool Printer::str(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance,
                  std::int64_t level) {
    if (interp::text(o).empty())
        return writeRepr(o, w);
    ObjRef split = callMethod(m_in, o, "splitlines", {m_in.boolean(true)});
    if (!split)
        return false;
    std::vector<std::string> lines;
    for (const ObjRef& l : static_cast<rt::ListObject*>(split.get())->items)
        lines.push_back(interp::text(l.get()));
    if (level == 1) {
        indent += 1;
        allowance += 1;
    }
    std::string rep;
    const std::vector<std::string> chunks = strChunks(lines, m_s.width - indent, allowance, rep);
    // pprint.py writes the last line's repr here, which is then the one chunk.
    if (chunks.size() == 1)
        return w.write(rep);
    if (level == 1 && !w.write("("))
        return false;
    for (std::size_t i = 0; i < chunks.size(); ++i)
        if ((i > 0 && !w.write("\n" + spaces(indent))) || !w.write(chunks[i]))
            return false;
    return level != 1 || w.write(")");
}

bool Printer::bytes(Object* o, const std::string& data, Sink& w, std::int64_t indent,
                    std::int64_t allowance, std::int64_t level) {
    if (data.size() <= 4)
        return o ? writeRepr(o, w) : w.write(numeric::pyBytesRepr(data));
    const bool parens = level == 1;
    if (parens) {
        indent += 1;
        allowance += 1;
        if (!w.write("("))
            return false;
    }
    std::string delim;
    for (const std::string& rep : wrapBytes(data, m_s.width - indent, allowance)) {
        if (!w.write(delim) || !w.write(rep))
            return false;
        if (delim.empty())
            delim = "\n" + spaces(indent);
    }
    return !parens || w.write(")");
}

bool Printer::defaultDict(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance,
                          Context& ctx, std::int64_t level) {
    if (static_cast<rt::DictObject*>(o)->used == 0) {
        return writeRepr(o, w);
    }
    ObjRef factory = m_in.getAttr(o, "default_factory");
    std::string rdf;
    if (!factory || !repr(factory.get(), ctx, level, rdf))
        return false;
    const std::string name = className(o);
    indent += length(name) + 1;
    return w.write(name + "(" + rdf + ",\n" + spaces(indent)) &&
           dict(o, w, indent, allowance + 1, ctx, level) && w.write(")");
}

bool Printer::deque(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance, Context& ctx,
                    std::int64_t level) {
    auto* d = static_cast<rt::DequeObject*>(o);
    if (d->items.empty()) {
        return writeRepr(o, w);
    }
    const std::string name = className(o);
    if (!w.write(name + "("))
        return false;
    indent += length(name) + 1;
    if (!w.write("["))
        return false;
    ObjVec values = d->items;
    if (d->maxlen < 0)
        return items(values, w, indent, allowance + 2, ctx, level) && w.write("])");
    std::string rml;
    ObjRef maxlen = m_in.heap().newInt(d->maxlen);
    return items(values, w, indent, 2, ctx, level) && repr(maxlen.get(), ctx, level, rml) &&
           w.write("],\n" + spaces(indent) + "maxlen=" + rml + ")");
}

bool Printer::dataclass(Object* o, Sink& w, std::int64_t indent, std::int64_t allowance,
                        Context& ctx, std::int64_t level) {
    rt::TypeObject* cls = m_in.typeOf(o);
    const std::string name = cls->name;
    indent += length(name) + 1;
    std::vector<std::pair<std::string, ObjRef>> fields;
    for (const ObjRef& f : dataclasses::realFields(m_in, dataclasses::classFields(m_in, cls))) {
        if (!dataclasses::fieldFlag(m_in, f.get(), "repr"))
            continue;
        std::string field = interp::text(dataclasses::fieldAttr(f.get(), "name"));
        ObjRef value = m_in.getAttr(o, field);
        if (!value)
            return false;
        fields.emplace_back(std::move(field), std::move(value));
    }
    return w.write(name + "(") && namespaceItems(fields, w, indent, allowance, ctx, level) &&
           w.write(")");
}

bool Printer::dictItemsOut(const Items& entries, Sink& w, std::int64_t indent,
                           std::int64_t allowance, Context& ctx, std::int64_t level) {
    indent += m_s.indent;
    const std::string delimnl = ",\n" + spaces(indent);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const bool last = i + 1 == entries.size();
        std::string rep;
        if (!repr(entries[i].first.get(), ctx, level, rep) || !w.write(rep) || !w.write(": ") ||
            !format(entries[i].second.get(), w, indent + length(rep) + 2, last ? allowance : 1, ctx,
                    level) ||
            (!last && !w.write(delimnl)))
            return false;
    }
    return true;
}

bool Printer::namespaceItems(const std::vector<std::pair<std::string, ObjRef>>& entries, Sink& w,
                             std::int64_t indent, std::int64_t allowance, Context& ctx,
                             std::int64_t level) {
    const std::string delimnl = ",\n" + spaces(indent);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const bool last = i + 1 == entries.size();
        const auto& [key, value] = entries[i];
        if (!w.write(key) || !w.write("="))
            return false;
        // A field holding an object being laid out is "...", as the dataclass's repr writes it.
        bool ok = contains(ctx, value.get()) ? w.write("...")
                                             : format(value.get(), w, indent + length(key) + 1,
                                                      last ? allowance : 1, ctx, level);
        if (!ok || (!last && !w.write(delimnl)))
            return false;
    }
    return true;
}

bool Printer::items(const ObjVec& values, Sink& w, std::int64_t indent, std::int64_t allowance,
                    Context& ctx, std::int64_t level) {
    indent += m_s.indent;
    if (m_s.indent > 1 && !w.write(spaces(m_s.indent - 1)))
        return false;
    const std::string delimnl = ",\n" + spaces(indent);
    std::string delim;
    std::int64_t width = m_s.width - indent + 1, maxWidth = width;
    ObjVec held = values; // the items stay alive while a __repr__ runs
    for (std::size_t i = 0; i < held.size(); ++i) {
        const bool last = i + 1 == held.size();
        if (last) {
            maxWidth -= allowance;
            width -= allowance;
        }
        if (m_s.compact) {
            std::string rep;
            if (!repr(held[i].get(), ctx, level, rep))
                return false;
            const std::int64_t need = length(rep) + 2;
            if (width < need) {
                width = maxWidth;
                if (!delim.empty())
                    delim = delimnl;
            }
            if (width >= need) {
                width -= need;
                if (!w.write(delim))
                    return false;
                delim = ", ";
                if (!w.write(rep))
                    return false;
                continue;
            }
        }
        if (!w.write(delim))
            return false;
        delim = delimnl;
        if (!format(held[i].get(), w, indent, last ? allowance : 1, ctx, level))
            return false;
    }
    return true;
}

} // namespace

bool prettyFormat(Interpreter& in, const Settings& s, Object* o, Sink& out) {
    Printer p(in, s);
    Context ctx;
    return p.format(o, out, 0, 0, ctx, 0);
}

bool safeRepr(Interpreter& in, const Settings& s, Object* o, Repr& out) {
    Printer p(in, s);
    Context ctx;
    return p.safeRepr(o, ctx, 0, 0, out);
}

} // namespace memstep::core::modules::pprint
