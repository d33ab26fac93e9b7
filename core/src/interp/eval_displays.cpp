// The expressions that build a value from parts: and/or, list, tuple, set and dict displays,
// slices, and f-strings (the rest of eval: eval.cpp).
#include "interp/builtins/builtins_util.h"
#include "interp/interpreter.h"
#include "runtime/dict_table.h"
#include "runtime/list_capacity.h"

namespace memstep::core::interp {

using namespace syntax;

namespace {

// CPython's STACK_USE_GUIDELINE: displays and calls with more items than this are built
// item by item instead of from the stack.
constexpr std::size_t kStackUseGuideline = 30;

} // namespace

// Each value but the last is followed by a JUMP_IF_FALSE_OR_POP (or _TRUE_) on the
// operation's first line: a chain over several lines steps back to it after each value.
ObjRef Interpreter::evalBoolOp(const BoolOp& b, Frame& f) {
    ObjRef v;
    for (std::size_t i = 0; i < b.values.size(); ++i) {
        v = eval(*b.values[i], f);
        if (!v)
            return nullptr;
        if (i + 1 == b.values.size())
            break;
        if (!mark(f, b.values[0]->line))
            return nullptr;
        int t = truthy(v.get());
        if (t < 0)
            return nullptr;
        if (b.op == BoolOperator::And ? !t : t)
            break;
    }
    return v;
}

// compiler_jump_if: `not` and `and`/`or` become jumps and are never values, so each value's
// truth is asked once, by the jump after it. That jump is on `jumpLine`, the statement's
// (or expression's) line, until a comparison moves it to its own first line for good
// (SET_LOC without a restore): `if (\n  a\n  and b\n):` steps a, if, b, if.
int Interpreter::conditionTruth(const Expr& test, Frame& f, int& jumpLine) {
    if (test.kind == ExprKind::UnaryOp && test.constantSlot == 0 &&
        test.as<UnaryOp>().op == syntax::UnaryOperator::Not) {
        int t = conditionTruth(*test.as<UnaryOp>().operand, f, jumpLine);
        return t < 0 ? t : !t;
    }
    if (test.kind == ExprKind::BoolOp) {
        auto& b = test.as<BoolOp>();
        const bool isAnd = b.op == BoolOperator::And;
        for (std::size_t i = 0; i + 1 < b.values.size(); ++i) {
            int t = conditionTruth(*b.values[i], f, jumpLine);
            if (t < 0 || (isAnd ? !t : t))
                return t;
        }
        return conditionTruth(*b.values.back(), f, jumpLine);
    }
    if (test.kind == ExprKind::Compare)
        jumpLine = test.line;
    ObjRef v = eval(test, f);
    if (!v || !mark(f, jumpLine))
        return -1;
    return truthy(v.get());
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
    const bool starred = std::any_of(elts.begin(), elts.end(),
                                     [](const ExprPtr& x) { return x->kind == ExprKind::Starred; });
    const bool allConstant =
        !starred && std::all_of(elts.begin(), elts.end(),
                                [](const ExprPtr& x) { return x->constantSlot != 0; });
    if (e.kind == ExprKind::List && elts.size() > 2 && allConstant) {
        // CPython builds the list from one tuple constant: a step on the display's line only.
        if (!mark(f, e.line))
            return nullptr;
        for (const ExprPtr& x : elts)
            items.push_back(constantPool[x->constantSlot - 1]);
        auto l = m_heap->newList(std::move(items));
        // BUILD_LIST 0 and LIST_EXTEND of the tuple: list_preallocate_exact's even count.
        rt::capacity::clear(l->capacity);
        rt::capacity::extend(l->capacity, 0, rt::capacity::Hint::Exact, l->items.size());
        return l;
    }
    // CPython's starunpack_helper: a display with a starred item, or more items than its
    // stack guideline, is built empty on its own line and grown item by item there, so its
    // line comes back after each item (after the first starred one when not big).
    // A set built early takes each item as it comes (BUILD_SET, SET_UPDATE, SET_ADD): its
    // __hash__ runs there, between one item's __next__ and the next one's.
    const bool isSet = e.kind == ExprKind::Set;
    const bool big = elts.size() > kStackUseGuideline;
    bool built = false;
    rt::Ref<rt::SetObject> early;
    rt::ListCapacity capacity; // a list's slots as BUILD_LIST, LIST_APPEND and LIST_EXTEND go
    auto build = [&]() {
        built = true;
        rt::capacity::exact(capacity, items.size());
        if (!mark(f, e.line))
            return false;
        if (!isSet)
            return true;
        early = m_heap->newSet();
        for (ObjRef& v : items)
            if (!setAdd(early.get(), std::move(v)))
                return false;
        items.clear();
        return true;
    };
    if (big && !build())
        return nullptr;
    for (const ExprPtr& x : elts) {
        if (x->kind == ExprKind::Starred) {
            if (!built && !build())
                return nullptr;
            ObjRef src = eval(*x->as<Starred>().value, f);
            if (!src || !mark(f, e.line))
                return nullptr;
            std::size_t before = items.size();
            if (isSet ? !setUpdate(*this, early.get(), src.get())
                      : !collect(src.get(), items, true))
                return nullptr;
            if (!isSet)
                rt::capacity::extend(capacity, before, rt::capacity::hintOf(src.get()),
                                     items.size() - before);
            continue;
        }
        ObjRef v = eval(*x, f);
        if (!v)
            return nullptr;
        if (built && !mark(f, e.line))
            return nullptr;
        if (early && !setAdd(early.get(), std::move(v)))
            return nullptr;
        if (built && !early)
            rt::capacity::append(capacity, items.size());
        if (!early)
            items.push_back(std::move(v));
    }
    if (!mark(f, e.line))
        return nullptr;
    if (e.kind == ExprKind::List) {
        auto l = m_heap->newList(std::move(items));
        if (built)
            l->capacity = capacity;
        else
            rt::capacity::exact(l->capacity, l->items.size()); // BUILD_LIST n
        return l;
    }
    if (e.kind == ExprKind::Tuple)
        return m_heap->newTuple(std::move(items));
    if (early)
        return early;
    auto s = m_heap->newSet();
    for (ObjRef& v : items)
        if (!setAdd(s.get(), std::move(v)))
            return nullptr;
    return s;
}

// A dict display in CPython's order of steps (compiler_dict): runs of key: value items are
// built as sub-dicts and merged, each `**mapping` is merged on the display's line, a run of
// more than 15 items is grown pair by pair on that line, and a run of constant keys evaluates
// only its values (the keys are one tuple constant). A run's pairs are all evaluated before
// BUILD_MAP inserts them, so a program's __hash__ and __eq__ run then, as in CPython.
ObjRef Interpreter::evalDict(const Expr& e, Frame& f) {
    auto& d = e.as<syntax::Dict>();
    auto out = m_heap->newDict();
    const std::size_t n = d.values.size();
    // A display of at most 15 items and no `**` is one BUILD_MAP, presized for its items
    // (_PyDict_FromItems), and one of 16 grows from the empty table item by item; the table of
    // longer ones, built and merged in runs, is not modelled.
    const bool oneRun = n <= 16 && std::all_of(d.keys.begin(), d.keys.end(),
                                               [](const auto& k) { return k != nullptr; });
    if (oneRun)
        rt::dicttable::fresh(out->table);
    auto presize = [&](std::size_t count, auto keyAt) {
        if (!oneRun)
            return;
        bool unicode = true;
        for (std::size_t i = 0; i < count; ++i)
            unicode = unicode && rt::dicttable::exactStr(keyAt(i));
        rt::dicttable::presized(out->table, count, unicode);
    };
    // Items [begin, end), none of them `**`.
    auto run = [&](std::size_t begin, std::size_t end) {
        const std::size_t count = end - begin;
        const bool big = count * 2 > kStackUseGuideline;
        bool constantKeys = count > 1 && !big;
        for (std::size_t i = begin; constantKeys && i < end; ++i)
            constantKeys = d.keys[i]->constantSlot != 0;
        if (constantKeys) {
            ObjVec values;
            for (std::size_t i = begin; i < end; ++i) {
                ObjRef v = eval(*d.values[i], f);
                if (!v)
                    return false;
                values.push_back(std::move(v));
            }
            if (!mark(f, e.line))
                return false;
            presize(count, [&](std::size_t i) {
                return constantPool[d.keys[begin + i]->constantSlot - 1].get();
            });
            for (std::size_t i = begin; i < end; ++i)
                if (!dictSet(out.get(), constantPool[d.keys[i]->constantSlot - 1],
                             std::move(values[i - begin])))
                    return false;
            return true;
        }
        if (big && !mark(f, e.line))
            return false;
        ObjVec pairs; // key, value, ... waiting for BUILD_MAP
        for (std::size_t i = begin; i < end; ++i) {
            ObjRef k = eval(*d.keys[i], f);
            if (!k)
                return false;
            ObjRef v = eval(*d.values[i], f);
            if (!v)
                return false;
            if (!big) {
                pairs.push_back(std::move(k));
                pairs.push_back(std::move(v));
                continue;
            }
            if (!mark(f, e.line) || !dictSet(out.get(), std::move(k), std::move(v)))
                return false;
        }
        if (!mark(f, e.line))
            return false;
        if (!big) // a big run went BUILD_MAP 0, then MAP_ADD each
            presize(count, [&](std::size_t i) { return pairs[2 * i].get(); });
        for (std::size_t i = 0; i < pairs.size(); i += 2)
            if (!dictSet(out.get(), pairs[i], pairs[i + 1]))
                return false;
        return true;
    };
    std::size_t pending = 0; // items of the current run so far
    for (std::size_t i = 0; i < n; ++i) {
        if (d.keys[i]) {
            if (pending * 2 > kStackUseGuideline) {
                if (!run(i - pending, i + 1))
                    return nullptr;
                pending = 0;
            } else {
                ++pending;
            }
            continue;
        }
        if (pending > 0 && !run(i - pending, i))
            return nullptr;
        pending = 0;
        if (!mark(f, e.line))
            return nullptr;
        ObjRef src = eval(*d.values[i], f);
        if (!src || !mark(f, e.line))
            return nullptr;
        // DICT_UPDATE: PyDict_Update, whose AttributeError (no `keys`, or one raised while
        // reading the mapping) becomes CPython's TypeError.
        if (src->tag == rt::Tag::Dict
                ? dictMerge(out.get(), static_cast<rt::DictObject*>(src.get()))
                : dictMergeMapping(*this, out.get(), src.get()))
            continue;
        if (!m_abort &&
            exceptionMatches(pendingException(), exceptionType("AttributeError")) == 1) {
            clearException();
            raise("TypeError",
                  "'" + std::string(typeName(src.get())) + "' object is not a mapping");
        }
        return nullptr;
    }
    if (pending > 0 && !run(n - pending, n))
        return nullptr;
    if (!mark(f, e.line))
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
        v = convertObject(*this, v.get(), p.conversion);
        if (!v)
            return nullptr;
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
    if (fv.conversion == 'r' || fv.conversion == 'a' || fv.conversion == 's') {
        v = convertObject(*this, v.get(), fv.conversion);
        if (!v)
            return nullptr;
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
