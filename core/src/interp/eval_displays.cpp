// The expressions that build a value from parts: and/or, list, tuple, set and dict displays,
// slices, and f-strings (the rest of eval: eval.cpp).
#include "interp/builtins/builtins_util.h"
#include "interp/interpreter.h"

namespace memstep::core::interp {

using namespace syntax;

ObjRef Interpreter::evalBoolOp(const BoolOp& b, Frame& f) {
    ObjRef v;
    for (std::size_t i = 0; i < b.values.size(); ++i) {
        v = eval(*b.values[i], f);
        if (!v)
            return nullptr;
        if (i + 1 == b.values.size())
            break;
        int t = truthy(v.get());
        if (t < 0)
            return nullptr;
        if (b.op == BoolOperator::And ? !t : t)
            break;
    }
    return v;
}

ObjRef Interpreter::evalDisplay(const Expr& e, Frame& f) {
    if (e.constantSlot != 0) {
        if (!mark(f, e.line))
            return nullptr;
        return constantPool[e.constantSlot - 1];
    }
    if (e.kind == ExprKind::Set) {
        auto it = setDisplayConstants.find(&e);
        if (it != setDisplayConstants.end()) {
            if (!mark(f, e.line))
                return nullptr;
            auto s = m_heap->newSet();
            s->merge(*static_cast<rt::SetObject*>(it->second.get()), *this); // nothing compared
            return s;
        }
    }
    const ExprList& elts = e.kind == ExprKind::List    ? e.as<List>().elts
                           : e.kind == ExprKind::Tuple ? e.as<Tuple>().elts
                                                       : e.as<Set>().elts;
    ObjVec items;
    items.reserve(elts.size());
    for (const ExprPtr& x : elts) {
        if (x->kind == ExprKind::Starred) {
            ObjRef src = eval(*x->as<Starred>().value, f);
            if (!src)
                return nullptr;
            if (!collect(src.get(), items))
                return nullptr;
            continue;
        }
        ObjRef v = eval(*x, f);
        if (!v)
            return nullptr;
        items.push_back(std::move(v));
    }
    if (!mark(f, e.line))
        return nullptr;
    if (e.kind == ExprKind::List)
        return m_heap->newList(std::move(items));
    if (e.kind == ExprKind::Tuple)
        return m_heap->newTuple(std::move(items));
    auto s = m_heap->newSet();
    for (ObjRef& v : items)
        if (!setAdd(s.get(), std::move(v)))
            return nullptr;
    return s;
}

// CPython's compiler builds a dict display in chunks: up to 15 key/value pairs are all
// evaluated before BUILD_MAP inserts them (a program's __hash__ and __eq__ run then), a chunk
// of 16 or 17 inserts each pair as it comes (MAP_ADD), and `**src` is merged in its place.
ObjRef Interpreter::evalDict(const Expr& e, Frame& f) {
    constexpr std::size_t kChunk = 17;         // pairs of one run of keys up to the next chunk
    constexpr std::size_t kBuildMapPairs = 15; // larger chunks insert pair by pair
    auto& d = e.as<syntax::Dict>();
    auto out = m_heap->newDict();
    ObjVec pending; // key, value, key, value... waiting for BUILD_MAP
    auto flush = [&] {
        if (pending.empty())
            return true;
        if (!mark(f, e.line))
            return false;
        for (std::size_t i = 0; i < pending.size(); i += 2)
            if (!dictSet(out.get(), pending[i], pending[i + 1]))
                return false;
        pending.clear();
        return true;
    };
    std::size_t run = 0, inRun = 0; // the length of the run of keyed pairs, and where in it
    for (std::size_t i = 0; i < d.values.size(); ++i) {
        if (!d.keys[i]) {
            if (!flush())
                return nullptr;
            ObjRef src = eval(*d.values[i], f);
            if (!src)
                return nullptr;
            if (src->tag != rt::Tag::Dict)
                return raise("TypeError",
                             "'" + std::string(typeName(src.get())) + "' object is not a mapping");
            if (!dictMerge(out.get(), static_cast<rt::DictObject*>(src.get())))
                return nullptr;
            run = 0;
            continue;
        }
        if (run == 0) {
            while (i + run < d.values.size() && d.keys[i + run])
                ++run;
            inRun = 0;
        }
        const std::size_t remaining = run - inRun / kChunk * kChunk;
        const bool pairByPair = std::min(remaining, kChunk) > kBuildMapPairs;
        ++inRun;
        if (inRun == run)
            run = 0;
        ObjRef k = eval(*d.keys[i], f);
        if (!k)
            return nullptr;
        ObjRef v = eval(*d.values[i], f);
        if (!v)
            return nullptr;
        if (pairByPair) {
            if (!dictSet(out.get(), std::move(k), std::move(v)))
                return nullptr;
            continue;
        }
        pending.push_back(std::move(k));
        pending.push_back(std::move(v));
    }
    if (!flush() || !mark(f, e.line))
        return nullptr;
    return out;
}

ObjRef Interpreter::evalSlice(const syntax::Slice& s, Frame& f) {
    auto* sl = m_heap->make<rt::SliceObject>();
    ObjRef out(sl);
    sl->start = s.lower ? eval(*s.lower, f) : none();
    if (!sl->start)
        return nullptr;
    sl->stop = s.upper ? eval(*s.upper, f) : none();
    if (!sl->stop)
        return nullptr;
    sl->step = s.step ? eval(*s.step, f) : none();
    if (!sl->step)
        return nullptr;
    return out;
}

// One part is FORMAT_VALUE alone in CPython: its result as it is (`f'{s}' is s`). More are
// BUILD_STRING, which joins into a new object even for one character.
ObjRef Interpreter::evalJoinedStr(const JoinedStr& j, Frame& f) {
    if (j.values.size() == 1)
        return eval(*j.values[0], f);
    std::string out;
    for (const ExprPtr& part : j.values) {
        ObjRef v = eval(*part, f);
        if (!v)
            return nullptr;
        if (v->tag != rt::Tag::Str)
            return raise("SystemError", "bad f-string part");
        out += static_cast<rt::StrObject*>(v.get())->text;
    }
    if (out.empty())
        return m_heap->emptyStr();
    return m_heap->freshStr(std::move(out));
}

// As the f-string CPython compiles it to: each item evaluated and formatted in turn, one
// field alone is its formatted object, several are joined into a new str.
ObjRef Interpreter::evalPercentAsFString(const std::vector<PercentPart>& parts,
                                         const syntax::Tuple& items, Frame& f) {
    std::string out;
    for (const PercentPart& p : parts) {
        if (p.field < 0) {
            out += p.literal;
            continue;
        }
        ObjRef v = eval(*items.elts[static_cast<std::size_t>(p.field)], f);
        if (!v)
            return nullptr;
        if (p.conversion != 's' || v->tag != rt::Tag::Str) {
            auto t = p.conversion == 's' ? str(v.get()) : repr(v.get());
            if (!t)
                return nullptr;
            v = convertedText(*this, v.get(), p.conversion == 'a' ? asciiEscape(*t) : *t);
        }
        ObjRef piece = formatValue(*this, v.get(), p.spec);
        if (!piece)
            return nullptr;
        if (parts.size() == 1)
            return piece;
        out += static_cast<rt::StrObject*>(piece.get())->text;
    }
    if (out.empty())
        return m_heap->emptyStr();
    return m_heap->freshStr(std::move(out));
}

ObjRef Interpreter::evalFormattedValue(const FormattedValue& fv, Frame& f) {
    ObjRef v = eval(*fv.value, f);
    if (!v)
        return nullptr;
    if (fv.conversion == 'r' || fv.conversion == 'a') {
        auto r = repr(v.get());
        if (!r)
            return nullptr;
        v = convertedText(*this, v.get(), *r);
    } else if (fv.conversion == 's' && v->tag != rt::Tag::Str) {
        auto r = str(v.get());
        if (!r)
            return nullptr;
        v = convertedText(*this, v.get(), *r);
    }
    std::string spec;
    if (fv.formatSpec) {
        ObjRef s = eval(*fv.formatSpec, f);
        if (!s)
            return nullptr;
        spec = static_cast<rt::StrObject*>(s.get())->text;
    }
    rt::CallArgs args;
    args.positional.push_back(v);
    args.positional.push_back(newStr(spec));
    ObjRef fmt = builtin("format");
    return call(fmt.get(), args);
}

} // namespace memstep::core::interp
