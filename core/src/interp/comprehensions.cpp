// List, set and dict comprehensions: each runs in a frame of its own (its names are not the
// enclosing function's), as in Python 3. compGenerate also drives generator expressions.
#include "interp/errors/traceback_marks.h"
#include "interp/generators/generator.h"
#include "interp/interpreter.h"
#include "runtime/dict_table.h"
#include "runtime/list_capacity.h"

namespace memstep::core::interp {

using namespace syntax;

namespace {

const CodeInfo* codeOf(const ScopeInfo& scope) {
    return static_cast<const CodeInfo*>(scope.extra.get());
}

} // namespace

void comprehensionEntry(Interpreter& in, Frame& cf, const Expr& e) {
    const bool inBody = !cf.exceptionReported;
    cf.exceptionReported = false;
    const syntax::Location* at = cf.failedAt;
    const syntax::Expr* atExpr = cf.failedExpr;
    cf.failedAt = cf.failedExpr = nullptr;
    Object* pending = in.pendingException();
    if (!inBody || in.aborted() || !pending || pending->tag != rt::Tag::Exception)
        return;
    // Its line: the last one marked in the body, else (nothing there marks lines) its own.
    static_cast<rt::ExceptionObject*>(pending)->traceback.push_back(
        tracebackEntry(cf.code->name, cf.line ? cf.line : e.line, at, atExpr));
}

ObjRef Interpreter::evalComprehension(const Expr& e, Frame& f) {
    const std::vector<Comprehension>* gens = nullptr;
    const ScopeInfo* scope = nullptr;
    ObjRef result;
    switch (e.kind) {
    case ExprKind::ListComp:
        gens = &e.as<ListComp>().generators;
        scope = &e.as<ListComp>().scope;
        result = m_heap->newList();
        rt::capacity::exact(static_cast<rt::ListObject*>(result.get())->capacity, 0);
        break;
    case ExprKind::SetComp:
        gens = &e.as<SetComp>().generators;
        scope = &e.as<SetComp>().scope;
        result = m_heap->newSet();
        break;
    case ExprKind::DictComp:
        gens = &e.as<DictComp>().generators;
        scope = &e.as<DictComp>().scope;
        result = m_heap->newDict();
        rt::dicttable::fresh(static_cast<rt::DictObject*>(result.get())->table); // BUILD_MAP 0
        break;
    default:
        return raise("SystemError", "generator expressions are lazy");
    }
    const CodeInfo* code = codeOf(*scope);
    Frame cf;
    cf.code = code;
    cf.locals.resize(code->slotNames.size());
    // A variable a function made in here closes over lives in a cell (empty until bound).
    for (std::size_t i = 0; i < code->slotIsCell.size(); ++i)
        if (code->slotIsCell[i])
            cf.locals[i] = ObjRef(m_heap->make<rt::CellObject>());
    cf.outer = &f;
    cf.traced = f.traced;
    cf.id = f.id;
    // A generator expression made in here may read cf's names while cf is alive.
    m_comprehensionFrames.push_back(&cf);
    bool ok = compGenerate(e, *gens, 0, cf, result.get());
    m_comprehensionFrames.pop_back();
    if (!ok)
        comprehensionEntry(*this, cf, e);
    if (cf.readByGenexp) // a generator expression made in here lives on
        keepReadByGenexps(cf);
    if (!ok)
        return nullptr;
    return result;
}

bool Interpreter::compGenerate(const Expr& e, const std::vector<Comprehension>& gens,
                               std::size_t level, Frame& cf, Object* result,
                               Object* firstIterator) {
    const Comprehension& g = gens[level];
    ObjRef it;
    if (level == 0 && firstIterator) {
        it = ObjRef(firstIterator);
    } else {
        // The scope around makes the comprehension's function on its first line, evaluates
        // the first iterable, then calls iter() on it back on that line: a comprehension
        // formatted over several lines steps there before and after its iterable's lines.
        Frame& from = level == 0 ? *cf.outer : cf;
        if (level == 0 && !mark(from, e.line)) {
            cf.exceptionReported = true;
            return false;
        }
        ObjRef src = eval(*g.iter, from);
        if (src && level == 0 && !mark(from, e.line))
            src = nullptr;
        it = src ? iter(src.get()) : nullptr;
        if (!it) {
            // The first iterable is the scope around's to evaluate: not in the body.
            cf.exceptionReported = level == 0;
            return false;
        }
    }
    while (true) {
        ObjRef item = next(it.get());
        if (!item)
            return !hasException();
        if (!assign(*g.target, std::move(item), cf))
            return false;
        bool keep = true;
        for (const ExprPtr& cond : g.ifs) {
            int jumpLine = e.line;
            int t = conditionTruth(*cond, cf, jumpLine);
            if (t < 0)
                return false;
            if (!t) {
                keep = false;
                break;
            }
        }
        if (!keep)
            continue;
        if (level + 1 < gens.size()) {
            if (!compGenerate(e, gens, level + 1, cf, result, nullptr))
                return false;
            continue;
        }
        switch (e.kind) {
        case ExprKind::DictComp: {
            ObjRef k = eval(*e.as<DictComp>().key, cf);
            if (!k)
                return false;
            ObjRef v = eval(*e.as<DictComp>().value, cf);
            if (!v)
                return false;
            if (!dictSet(static_cast<rt::DictObject*>(result), std::move(k), std::move(v)))
                return false;
            break;
        }
        case ExprKind::SetComp: {
            ObjRef v = eval(*e.as<SetComp>().elt, cf);
            if (!v || !setAdd(static_cast<rt::SetObject*>(result), std::move(v)))
                return false;
            break;
        }
        case ExprKind::GeneratorExp: {
            ObjRef v = eval(*e.as<GeneratorExp>().elt, cf);
            if (!v || !yieldValue(std::move(v)))
                return false;
            break;
        }
        default: {
            ObjRef v = eval(*e.as<ListComp>().elt, cf);
            if (!v)
                return false;
            auto* l = static_cast<rt::ListObject*>(result);
            listInsert(l, static_cast<std::int64_t>(l->items.size()), std::move(v));
            break;
        }
        }
    }
}

} // namespace memstep::core::interp
