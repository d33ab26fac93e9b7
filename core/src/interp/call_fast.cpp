// The fast path for the commonest calls: `f(a, b)` and `obj.method(a, b)` where the function
// takes plain positional parameters and the call gives each exactly once.
//
// The general path builds a CallArgs vector, binds it through bindArguments (keywords,
// defaults, *args, the error messages) and, for a method, makes a bound-method object first.
// None of that can matter for such a call, so here the arguments are evaluated straight into
// the new frame's slots and a method is called with its `self` without a bound method, as
// CPython 3.11's LOAD_METHOD does. The steps, the frame and every error stay those of the
// general path: the order is callee, arguments, the call's line event, the depth check, the
// frame. Frames' locals vectors are recycled too, saving an allocation per call.
#include "interp/attributes/attribute_hooks.h"
#include "interp/interpreter.h"
#include "runtime/instance.h"

namespace memstep::core::interp {

namespace {

// Enough for any recursion a program does between two calls at one depth; deeper frames
// simply allocate.
constexpr std::size_t kSpareLocals = 64;

// Compared as string views: a length compare rejects almost every method name without memcmp.
bool isClassOrDict(std::string_view name) {
    return name == "__class__" || name == "__dict__";
}

} // namespace

bool Interpreter::isPlainCall(const rt::FunctionObject* fn, const syntax::Call& c,
                              std::size_t leading) {
    const CodeInfo* code = fn->code;
    if (!code || code->isGenerator || code->hasCells || code->varArgSlot >= 0 ||
        code->varKwSlot >= 0 || !code->kwOnlyParams.empty() || !c.keywords.empty() ||
        c.args.size() + leading != code->params.size())
        return false;
    for (const syntax::ExprPtr& a : c.args)
        if (a->kind == syntax::ExprKind::Starred)
            return false;
    return true;
}

rt::FunctionObject* Interpreter::plainMethod(Object* self, const std::string& name) {
    // classGetAttr answers these two names before looking at the class.
    if (self->tag != rt::Tag::Instance || isClassOrDict(name) || isTraceback(self))
        return nullptr;
    auto* inst = static_cast<rt::InstanceObject*>(self);
    if (!inst->cls->isUser)
        return nullptr;
    ObjRef attr = lookupInType(inst->cls, name);
    if (!attr || attr->tag != rt::Tag::Function)
        return nullptr;
    // LOAD_METHOD calls a class's own __getattribute__ for every name.
    if (typeDefines(*this, inst->cls, rt::AttrHook::GetAttribute))
        return nullptr;
    // An instance attribute of the same name wins over a (non-data) function.
    if (inst->attrs.find(name))
        return nullptr;
    return static_cast<rt::FunctionObject*>(attr.get());
}

ObjRef Interpreter::callPlain(rt::FunctionObject* fn, Object* self, const syntax::Call& c,
                              Frame& f) {
    // Evaluating the arguments may rebind the class attribute that held the function.
    ObjRef keepFn(fn);
    const CodeInfo* code = fn->code;
    Frame frame;
    frame.code = code;
    takeLocals(frame, code->slotNames.size());
    std::size_t slot = 0;
    if (self)
        frame.locals[slot++] = ObjRef(self);
    for (const syntax::ExprPtr& a : c.args) {
        ObjRef v = eval(*a, f);
        if (!v) {
            recycleFrame(frame);
            return nullptr;
        }
        frame.locals[slot++] = std::move(v);
    }
    // A method's CALL is on its attribute's last line (maybe_optimize_method_call).
    if (!mark(f, self ? c.func->endLine : c.line)) {
        recycleFrame(frame);
        return nullptr;
    }
    if (recursionTooDeep()) {
        recycleFrame(frame);
        return nullptr;
    }
    frame.cells = fn->closure;
    frame.id = FrameId{++m_nextFrame};
    enterFunction(fn, frame);
    return runFrame(frame);
}

void Interpreter::takeLocals(Frame& frame, std::size_t slots) {
    if (!m_spareLocals.empty()) {
        frame.locals = std::move(m_spareLocals.back());
        m_spareLocals.pop_back();
    }
    frame.locals.resize(slots);
}

void Interpreter::recycleFrame(Frame& frame) {
    if (frame.readByGenexp) // a generator expression made here lives on
        keepReadByGenexps(frame);
    // The order the frame's own destruction would release them in.
    frame.returnValue = nullptr;
    frame.textGlobals = nullptr;
    frame.stmt = nullptr;
    frame.failedAt = frame.failedExpr = nullptr;
    frame.cells.clear();
    frame.locals.clear();
    if (m_spareLocals.size() < kSpareLocals)
        m_spareLocals.push_back(std::move(frame.locals));
}

} // namespace memstep::core::interp
