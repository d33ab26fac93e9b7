// Names: binding, reading and deleting a variable where the resolver placed it (a frame's
// slot, a cell, a class namespace or the globals), each change told to the tracer.
#include "interp/interpreter.h"
#include "interp/tracing/tracer.h"

#include <algorithm>

namespace memstep::core::interp {

using namespace syntax;

namespace {

// A `nonlocal` store: the variable belongs to the enclosing frame (`owner`, null when it does
// not run), which shows it too while it runs, as do the closures made over the cell.
void storeInCell(Tracer* tracer, Frame* owner, rt::CellObject* cell, const std::string& name,
                 ObjRef value) {
    if (tracer) {
        if (owner)
            tracer->bind(*owner, name, value.get());
        tracer->cellChanged(cell);
    }
    cell->value = std::move(value);
}

} // namespace

// A def or class statement binds its name in the scope where the resolver placed it; in a
// class body whose namespace a metaclass made, through that namespace (an Enum's), as
// STORE_NAME does: false, with the error set, when that namespace refused the name.
bool Interpreter::bindDefinition(Frame& f, const std::string& name, ObjRef fn) {
    if (f.code->kind == CodeInfo::Kind::Class) {
        if (f.classNamespace && f.classMeta && f.classMeta->store &&
            !(fn = f.classMeta->store(*this, *f.classNamespace, name, std::move(fn))))
            return false;
        classStore(f, name, std::move(fn));
    } else if (f.code->kind == CodeInfo::Kind::Module) {
        bindGlobal(globalSlot(name), std::move(fn));
    } else {
        auto& names = f.code->slotNames;
        auto pos = std::find(names.begin(), names.end(), name);
        auto& frees = f.code->freeNames;
        auto free = std::find(frees.begin(), frees.end(), name);
        if (pos == names.end() && free != frees.end()) {
            // `nonlocal name` before it (a name a function binds is otherwise its own slot).
            auto* cell = static_cast<rt::CellObject*>(
                f.cells[static_cast<std::size_t>(free - frees.begin())].get());
            storeInCell(m_tracer.get(), m_tracer ? cellOwner(cell) : nullptr, cell, name,
                        std::move(fn));
        } else if (pos == names.end()) {
            bindGlobal(globalSlot(name), std::move(fn));
        } else {
            auto slot = static_cast<int>(pos - names.begin());
            if (f.code->slotIsCell[static_cast<std::size_t>(slot)]) {
                auto* cell =
                    static_cast<rt::CellObject*>(f.locals[static_cast<std::size_t>(slot)].get());
                if (m_tracer) {
                    m_tracer->bind(f, name, fn.get());
                    m_tracer->cellChanged(cell);
                }
                cell->value = std::move(fn);
            } else {
                bindLocal(f, slot, std::move(fn));
            }
        }
    }
    return true;
}

void Interpreter::bindLocal(Frame& f, int slot, ObjRef value) {
    ObjRef& cell = f.locals[static_cast<std::size_t>(slot)];
    if (m_tracer && f.traced == &f)
        m_tracer->bind(f, f.code->slotNames[static_cast<std::size_t>(slot)], value.get());
    cell = std::move(value);
}

void Interpreter::bindGlobal(int slot, ObjRef value) {
    setGlobal(static_cast<std::size_t>(slot), std::move(value));
}

Frame* Interpreter::cellOwner(const rt::CellObject* cell) {
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
        Frame* fr = *it;
        if (fr->traced != fr)
            continue;
        for (std::size_t i = 0; i < fr->code->slotIsCell.size(); ++i)
            if (fr->code->slotIsCell[i] && fr->locals[i].get() == cell)
                return fr;
    }
    return nullptr;
}

static ObjRef unboundFree(Interpreter& in, const std::string& id) {
    return in.raise("NameError",
                    "cannot access free variable '" + id +
                        "' where it is not associated with a value in enclosing scope");
}

// A comprehension reads the variable of the scope around it as CPython's does, from a cell
// of its closure: unbound there, it is a free variable's NameError.
static ObjRef unboundName(Interpreter& in, const Name& n) {
    if (n.depth > 0)
        return unboundFree(in, n.id);
    return in.raise("UnboundLocalError", "cannot access local variable '" + n.id +
                                             "' where it is not associated with a value");
}

ObjRef Interpreter::loadName(const Name& n, Frame& f) {
    Frame* fr = &f;
    for (int d = 0; d < n.depth && fr->outer; ++d)
        fr = fr->outer;
    switch (n.scope) {
    case NameScope::Local: {
        const ObjRef& v = fr->locals[static_cast<std::size_t>(n.slot)];
        if (!v)
            return unboundName(*this, n);
        return v;
    }
    case NameScope::Cell: {
        auto* cell =
            static_cast<rt::CellObject*>(fr->locals[static_cast<std::size_t>(n.slot)].get());
        if (!cell->value)
            return unboundName(*this, n);
        return cell->value;
    }
    case NameScope::Free: {
        // In a class body (LOAD_CLASSDEREF) the class's namespace comes first.
        if (n.depth == 0 && fr->classNamespace)
            if (const ObjRef* v = fr->classNamespace->find(n.id))
                return *v;
        auto* cell =
            static_cast<rt::CellObject*>(fr->cells[static_cast<std::size_t>(n.slot)].get());
        if (!cell->value)
            return unboundFree(*this, n.id);
        return cell->value;
    }
    case NameScope::ClassBody:
        if (fr->classNamespace)
            if (const ObjRef* v = fr->classNamespace->find(n.id))
                return *v;
        [[fallthrough]];
    default: {
        if (n.slot < 0)
            return undefinedName(n.id);
        const auto slot = static_cast<std::size_t>(n.slot);
        const ObjRef& v = m_globals[slot];
        if (v)
            return v;
        if (slot < m_builtinBySlot.size() && m_builtinBySlot[slot])
            return m_builtinBySlot[slot];
        auto it = m_builtins.find(n.id);
        if (it != m_builtins.end()) {
            if (slot >= m_builtinBySlot.size())
                m_builtinBySlot.resize(m_globals.size());
            m_builtinBySlot[slot] = it->second;
            return it->second;
        }
        return undefinedName(n.id);
    }
    }
}

bool Interpreter::storeName(const Name& n, ObjRef value, Frame& f) {
    Frame* fr = &f;
    for (int d = 0; d < n.depth && fr->outer; ++d)
        fr = fr->outer;
    switch (n.scope) {
    case NameScope::Local:
        bindLocal(*fr, n.slot, std::move(value));
        return true;
    case NameScope::Cell: {
        auto* cell =
            static_cast<rt::CellObject*>(fr->locals[static_cast<std::size_t>(n.slot)].get());
        if (m_tracer) {
            if (fr->traced == fr)
                m_tracer->bind(*fr, n.id, value.get());
            m_tracer->cellChanged(cell);
        }
        cell->value = std::move(value);
        return true;
    }
    case NameScope::Free: {
        auto* cell =
            static_cast<rt::CellObject*>(fr->cells[static_cast<std::size_t>(n.slot)].get());
        storeInCell(m_tracer.get(), m_tracer ? cellOwner(cell) : nullptr, cell, n.id,
                    std::move(value));
        return true;
    }
    case NameScope::ClassBody:
        if (fr->classNamespace) {
            if (fr->classMeta && fr->classMeta->store &&
                !(value = fr->classMeta->store(*this, *fr->classNamespace, n.id, std::move(value))))
                return false;
            classStore(*fr, n.id, std::move(value));
            return true;
        }
        [[fallthrough]];
    default:
        bindGlobal(n.slot, std::move(value));
        return true;
    }
}

bool Interpreter::del(const Expr& target, Frame& f) {
    // A deletion that fails is where the traceback's markers point, unless a node inside it did.
    bool ok = [&]() -> bool {
        switch (target.kind) {
        case ExprKind::Name: {
            auto& n = target.as<Name>();
            Frame* fr = &f;
            for (int d = 0; d < n.depth && fr->outer; ++d)
                fr = fr->outer;
            if (n.scope == NameScope::Local || n.scope == NameScope::Cell ||
                n.scope == NameScope::Free) {
                const bool free = n.scope == NameScope::Free;
                ObjRef& slot = (free ? fr->cells : fr->locals)[static_cast<std::size_t>(n.slot)];
                auto* cell = n.scope == NameScope::Local ? nullptr
                                                         : static_cast<rt::CellObject*>(slot.get());
                ObjRef* holder = cell ? &cell->value : &slot;
                if (!*holder) {
                    free ? unboundFree(*this, n.id) : unboundName(*this, n);
                    return false;
                }
                // `nonlocal x; del x` (DELETE_DEREF) empties the cell of the function x belongs to.
                Frame* shown = free ? cellOwner(cell) : fr->traced == fr ? fr : nullptr;
                if (m_tracer && shown)
                    m_tracer->unbind(*shown, n.id);
                if (m_tracer && cell)
                    m_tracer->cellChanged(cell);
                *holder = nullptr;
                return true;
            }
            if (n.scope == NameScope::ClassBody && fr->classNamespace) {
                if (!fr->classNamespace->find(n.id)) {
                    raise("NameError", "name '" + n.id + "' is not defined");
                    return false;
                }
                classStore(*fr, n.id, nullptr);
                return true;
            }
            auto s = static_cast<std::size_t>(n.slot);
            if (!m_globals[s]) {
                raise("NameError", "name '" + n.id + "' is not defined");
                return false;
            }
            setGlobal(s, nullptr);
            return true;
        }
        case ExprKind::Subscript: {
            auto& sub = target.as<Subscript>();
            ObjRef obj = eval(*sub.value, f);
            if (!obj)
                return false;
            ObjRef key = eval(*sub.slice, f);
            if (!key || !mark(f, target.line)) // DELETE_SUBSCR: the subscript's first line
                return false;
            return deleteSubscript(obj.get(), key.get());
        }
        case ExprKind::Tuple:
        case ExprKind::List: {
            const ExprList& elts =
                target.kind == ExprKind::Tuple ? target.as<Tuple>().elts : target.as<List>().elts;
            for (const ExprPtr& e : elts)
                if (!del(*e, f))
                    return false;
            return true;
        }
        case ExprKind::Attribute: {
            auto& a = target.as<Attribute>();
            ObjRef obj = eval(*a.value, f);
            if (!obj || !mark(f, target.endLine)) // DELETE_ATTR: the attribute's last line
                return false;
            return delAttr(obj.get(), a.attr);
        }
        default:
            abort(kUnsupported, "this kind of `del` is not supported yet (line " +
                                    std::to_string(target.line) + ")");
            return false;
        }
    }();
    return ok || f.failAt(target);
}

} // namespace memstep::core::interp
