// Expressions, calls and assignment targets (comprehensions are in comprehensions.cpp).
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/metaclass.h"
#include "interp/builtins/builtins_util.h"
#include "interp/errors/exception_args.h"
#include "interp/generators/globals_scope.h"
#include "interp/interpreter.h"
#include "interp/tracing/tracer.h"
#include "numeric/float_format.h"
#include "runtime/list_capacity.h"

#include <algorithm>

namespace memstep::core::interp {

using namespace syntax;

namespace {

constexpr int kMaxNativeDepth = 12000;
// CPython's STACK_USE_GUIDELINE: a method call with this many arguments is not optimized.
constexpr std::size_t kStackUseGuideline = 30;

struct DepthGuard {
    int& depth;
    ~DepthGuard() { --depth; }
};

const CodeInfo* codeOf(const ScopeInfo& scope) {
    return static_cast<const CodeInfo*>(scope.extra.get());
}

} // namespace

// A failed expression is where the traceback's markers point, unless a node inside it failed.
ObjRef Interpreter::eval(const Expr& e, Frame& f) {
    ObjRef v = evalNode(e, f);
    if (!v)
        f.failAt(e);
    return v;
}

ObjRef Interpreter::evalNode(const Expr& e, Frame& f) {
    if (++m_nativeDepth > kMaxNativeDepth) {
        --m_nativeDepth;
        // Past the default limit only because the program raised it: memstep's own limit.
        if (m_recursionLimit > m_options.limits.maxRecursionDepth)
            return recursionPastCap();
        return raise("RecursionError", "maximum recursion depth exceeded");
    }
    DepthGuard guard{m_nativeDepth};
    // A generator on one of StackPool's smaller stacks (a short address space) can run out of
    // it before kMaxNativeDepth: a deeply nested expression there is a RecursionError too.
    if (static_cast<const char*>(__builtin_frame_address(0)) < m_stackFloor)
        return raise("RecursionError", "maximum recursion depth exceeded");
    switch (e.kind) {
    case ExprKind::Constant: {
        if (!mark(f, e.line))
            return nullptr;
        if (e.constantSlot == 0)
            return raise("SystemError", "unknown constant");
        return constantPool[e.constantSlot - 1];
    }
    case ExprKind::Name:
        if (!mark(f, e.line))
            return nullptr;
        return loadName(e.as<Name>(), f);
    case ExprKind::BinOp:
        return evalBinOp(e, f);
    case ExprKind::UnaryOp:
        return evalUnaryOp(e, f);
    case ExprKind::BoolOp:
        return evalBoolOp(e.as<BoolOp>(), f);
    case ExprKind::Compare:
        return evalCompare(e.as<Compare>(), f);
    case ExprKind::Call:
        return evalCall(e.as<Call>(), f);
    case ExprKind::IfExp: {
        auto& i = e.as<IfExp>();
        int jumpLine = e.line;
        int truth = conditionTruth(*i.test, f, jumpLine);
        if (truth < 0)
            return nullptr;
        return eval(truth ? *i.body : *i.orElse, f);
    }
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::Set:
        return evalDisplay(e, f);
    case ExprKind::Dict:
        return evalDict(e, f);
    case ExprKind::Subscript: {
        if (e.constantSlot != 0) {
            if (!mark(f, e.line))
                return nullptr;
            return constantPool[e.constantSlot - 1];
        }
        auto& s = e.as<Subscript>();
        ObjRef v = eval(*s.value, f);
        if (!v)
            return nullptr;
        ObjRef k = eval(*s.slice, f);
        if (!k)
            return nullptr;
        return subscript(v.get(), k.get());
    }
    case ExprKind::Slice:
        return evalSlice(e.as<syntax::Slice>(), f);
    case ExprKind::Attribute: {
        auto& a = e.as<Attribute>();
        ObjRef v = eval(*a.value, f);
        if (!v || !mark(f, e.endLine)) // LOAD_ATTR is on the attribute's last line
            return nullptr;
        return getAttr(v.get(), a.attr);
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
        return evalComprehension(e, f);
    case ExprKind::GeneratorExp:
        return makeGeneratorExpression(e, f);
    case ExprKind::Lambda: {
        auto& l = e.as<Lambda>();
        return makeFunction(codeOf(l.scope), l.args, f, e.line);
    }
    case ExprKind::NamedExpr: {
        auto& n = e.as<NamedExpr>();
        ObjRef v = eval(*n.value, f);
        if (!v)
            return nullptr;
        if (!storeName(n.target->as<Name>(), v, f))
            return nullptr;
        return v;
    }
    case ExprKind::JoinedStr:
        return evalJoinedStr(e.as<JoinedStr>(), f);
    case ExprKind::FormattedValue:
        return evalFormattedValue(e.as<FormattedValue>(), f);
    case ExprKind::Starred:
        return raise("SyntaxError", "can't use starred expression here");
    case ExprKind::Yield: {
        auto& y = e.as<Yield>();
        ObjRef v = y.value ? eval(*y.value, f) : none();
        if (!v)
            return nullptr;
        return yieldValue(std::move(v));
    }
    case ExprKind::YieldFrom: {
        ObjRef src = eval(*e.as<YieldFrom>().value, f);
        if (!src)
            return nullptr;
        return yieldFrom(src.get());
    }
    }
    return raise("SystemError", "unknown expression");
}

// The resolver may have folded the operation to a constant (constantSlot); then only the
// step is marked.
ObjRef Interpreter::evalBinOp(const Expr& e, Frame& f) {
    if (e.constantSlot != 0) {
        if (!mark(f, e.line))
            return nullptr;
        return constantPool[e.constantSlot - 1];
    }
    auto& b = e.as<BinOp>();
    if (b.op == Operator::Mod && b.right->kind == ExprKind::Tuple && !percentAsFString.empty()) {
        auto plan = percentAsFString.find(&e);
        if (plan != percentAsFString.end())
            return evalPercentAsFString(plan->second, b.right->as<syntax::Tuple>(), f);
    }
    ObjRef l = eval(*b.left, f);
    if (!l)
        return nullptr;
    ObjRef r = eval(*b.right, f);
    if (!r)
        return nullptr;
    if (!mark(f, e.line))
        return nullptr;
    return binary(b.op, l.get(), r.get());
}

ObjRef Interpreter::evalUnaryOp(const Expr& e, Frame& f) {
    if (e.constantSlot != 0) {
        if (!mark(f, e.line))
            return nullptr;
        return constantPool[e.constantSlot - 1];
    }
    auto& u = e.as<UnaryOp>();
    ObjRef v = eval(*u.operand, f);
    if (!v)
        return nullptr;
    if (u.op == UnaryOperator::Not) {
        int t = truthy(v.get());
        if (t < 0)
            return nullptr;
        return boolean(!t);
    }
    return unary(u.op, v.get());
}

ObjRef Interpreter::evalCompare(const Compare& c, Frame& f) {
    ObjRef left = eval(*c.left, f);
    if (!left)
        return nullptr;
    for (std::size_t i = 0; i < c.ops.size(); ++i) {
        ObjRef right = eval(*c.comparators[i], f);
        // COMPARE_OP is on the comparison's first line: `x\n== y` steps back to x's line.
        if (!right || !mark(f, c.left->line))
            return nullptr;
        CmpOperator op = c.ops[i];
        bool rich = op != CmpOperator::Is && op != CmpOperator::IsNot && op != CmpOperator::In &&
                    op != CmpOperator::NotIn;
        if (rich && (isUserObject(left.get()) || isUserObject(right.get()))) {
            // A rich comparison's value is whatever the dunder returned.
            ObjRef v = userCompareObject(op, left.get(), right.get());
            if (!v || i + 1 == c.ops.size())
                return v;
            int t = truthy(v.get());
            if (t < 0)
                return nullptr;
            if (!t)
                return v;
            left = std::move(right);
            continue;
        }
        int r = compare(op, left.get(), right.get());
        if (r < 0)
            return nullptr;
        if (!r)
            return boolean(false);
        left = std::move(right);
    }
    return boolean(true);
}

// The line of a call's CALL instruction. CPython 3.11 compiles `obj.name(...)` with plain
// arguments as LOAD_METHOD/CALL on the attribute's last line (maybe_optimize_method_call);
// other calls, and methods of an imported module (approximated: a name holding a module),
// call on the call's first line.
static int callLine(const Call& c, const Object* self) {
    if (c.func->kind != ExprKind::Attribute)
        return c.line;
    const std::size_t keywords = c.keywords.size();
    if (c.args.size() + keywords + (keywords != 0) >= kStackUseGuideline)
        return c.line;
    for (const ExprPtr& a : c.args)
        if (a->kind == ExprKind::Starred)
            return c.line;
    for (const Keyword& k : c.keywords)
        if (k.arg.empty())
            return c.line;
    if (c.func->as<Attribute>().value->kind == ExprKind::Name && self &&
        self->tag == rt::Tag::Module)
        return c.line;
    return c.func->endLine;
}

namespace {

// Lends a builtin call's positional vector from the interpreter's spares, and gives it back
// when the call is over: emptied in the order its destructor would, and kept unless big.
struct SpareArgBuffer {
    ObjVec& buffer;
    std::vector<ObjVec>& spares;
    SpareArgBuffer(ObjVec& b, std::vector<ObjVec>& s) : buffer(b), spares(s) {
        if (!spares.empty()) {
            buffer = std::move(spares.back());
            spares.pop_back();
        }
    }
    SpareArgBuffer(const SpareArgBuffer&) = delete;
    SpareArgBuffer& operator=(const SpareArgBuffer&) = delete;
    ~SpareArgBuffer() {
        buffer.clear();
        if (buffer.capacity() != 0 && buffer.capacity() <= kLargest && spares.size() < kKept)
            spares.push_back(std::move(buffer));
    }
    static constexpr std::size_t kKept = 64;    // deeper nests of builtin calls allocate
    static constexpr std::size_t kLargest = 16; // `f(*big)` gives its memory back
};

} // namespace

ObjRef Interpreter::evalCall(const Call& c, Frame& f) {
    ObjRef callee;
    ObjRef self;
    rt::NativeFn method = nullptr;
    if (c.func->kind == ExprKind::Attribute) {
        auto& a = c.func->as<Attribute>();
        self = eval(*a.value, f);
        if (!self || !mark(f, c.func->endLine)) // LOAD_METHOD: the attribute's last line
            return nullptr;
        auto& table = m_methods[static_cast<std::size_t>(self->tag)];
        // A library dict's own methods (Counter.update) shadow dict's: getAttr finds them.
        // So do the methods of a program's subclass (class Stack(list) defining append).
        auto it = table.empty() || libraryType(self.get()) || self->subclassed ? table.end()
                                                                               : table.find(a.attr);
        if (it != table.end()) {
            method = it->second;
        } else if (rt::FunctionObject* fn = plainMethod(self.get(), a.attr);
                   fn && isPlainCall(fn, c, 1)) {
            return callPlain(fn, self.get(), c, f);
        } else {
            callee = getAttr(self.get(), a.attr);
            if (!callee) {
                f.failAt(*c.func); // LOAD_METHOD's position: the attribute's
                return nullptr;
            }
        }
    } else {
        callee = eval(*c.func, f);
        if (!callee)
            return nullptr;
        if (callee->tag == rt::Tag::Function &&
            isPlainCall(static_cast<rt::FunctionObject*>(callee.get()), c, 0))
            return callPlain(static_cast<rt::FunctionObject*>(callee.get()), nullptr, c, f);
    }
    rt::CallArgs args;
    SpareArgBuffer lent(args.positional, m_spareArgBuffers);
    std::vector<std::string> kwNames; // outlives args: its keywords point at these names
    if (!evalCallArguments(c, f, args, kwNames, method != nullptr, self.get(), callee.get()))
        return nullptr;
    if (!mark(f, callLine(c, self.get())))
        return nullptr;
    if (method)
        return method(*this, self.get(), args);
    return call(callee.get(), args);
}

ObjRef Interpreter::call(Object* callee, rt::CallArgs& args) {
    switch (callee->tag) {
    case rt::Tag::Function:
        return callFunction(static_cast<rt::FunctionObject*>(callee), args);
    case rt::Tag::Builtin: {
        auto* b = static_cast<rt::BuiltinObject*>(callee);
        if (b->kind == rt::BuiltinKind::MethodDescriptor ||
            b->kind == rt::BuiltinKind::WrapperDescriptor)
            return callMethodDescriptor(*this, b, args);
        return b->fn(*this, b->self.get(), args);
    }
    case rt::Tag::Method: {
        // A bound method: the function with `self` in front of the arguments.
        auto* m = static_cast<rt::MethodObject*>(callee);
        ObjRef func = m->func;
        args.positional.insert(args.positional.begin(), m->self);
        return call(func.get(), args);
    }
    case rt::Tag::Instance: {
        if (isGenericAlias(callee))
            return callGenericAlias(callee, args);
        if (rt::NativeFn fn = static_cast<rt::InstanceObject*>(callee)->cls->callInstance) {
            ObjRef keep(callee);
            return fn(*this, callee, args);
        }
        if (ObjRef fn = lookupInType(static_cast<rt::InstanceObject*>(callee)->cls, "__call__")) {
            // slot_tp_call's special lookup: the class's __call__, bound as a method is.
            ObjRef bound = bindFound(*this, std::move(fn), callee, typeOf(callee));
            if (!bound)
                return nullptr;
            return call(bound.get(), args);
        }
        return raise("TypeError", "'" + std::string(typeName(callee)) + "' object is not callable");
    }
    case rt::Tag::Type: {
        auto* t = static_cast<rt::TypeObject*>(callee);
        // type.__call__ unless the class's metaclass defines its own (a singleton's).
        if (ObjRef fn = t->metaclass ? metaclassCall(*this, t) : nullptr)
            return call(fn.get(), args);
        return callClass(t, args);
    }
    default:
        return raise("TypeError", "'" + std::string(typeName(callee)) + "' object is not callable");
    }
}

ObjRef Interpreter::callClass(rt::TypeObject* t, CallArgs& args) {
    if (t->meta && t->meta->call)
        return t->meta->call(*this, t, args);
    if (t->isUser)
        return instantiate(t, args);
    if (t->isException) {
        if (!exceptionKeywords(*this, t, args))
            return nullptr;
        t = exceptionClassFor(*this, t, args.positional); // OSError(2, ...): ENOENT's class
        auto* e = m_heap->make<rt::ExceptionObject>();
        ObjRef out(e);
        e->type = t;
        if (!setExceptionArgs(*this, e, args.positional))
            return nullptr;
        return out;
    }
    if (!t->construct)
        return raise("TypeError", "cannot create '" + t->name + "' instances");
    return t->construct(*this, t, args);
}

ObjRef Interpreter::makeFunction(const CodeInfo* code, const Arguments& args, Frame& f, int line) {
    // The defaults run before anything of the def line: each on its own line, then the def
    // line gathers them (BUILD_TUPLE; BUILD_CONST_KEY_MAP for keyword-only ones). Defaults
    // that are all constants fold into one tuple, yet leave a NOP on each of their lines,
    // so they step the same way.
    const bool kwDefaults = std::any_of(args.kwDefaults.begin(), args.kwDefaults.end(),
                                        [](const ExprPtr& d) { return d != nullptr; });
    if (args.defaults.empty() && !kwDefaults && !mark(f, line))
        return nullptr;
    auto* fn = m_heap->make<rt::FunctionObject>();
    ObjRef out(fn);
    fn->code = code;
    fn->name = code->name;
    if (m_outsideGlobals && !code->textFile.empty()) { // a doctest example's def or lambda
        // Made in a function the text defined: that function's globals; else the text's.
        const Frame* maker = &f;
        while (maker->code->kind == CodeInfo::Kind::Comprehension && maker->outer)
            maker = maker->outer;
        fn->textGlobals = maker->textGlobals ? maker->textGlobals : m_activeSnippet;
    } else {
        // CPython's function takes its __module__ from the globals' __name__ when made: the
        // same str object, None once the name is gone.
        int slot = globalSlot("__name__");
        ObjRef module = slot >= 0 ? m_globals[static_cast<std::size_t>(slot)] : nullptr;
        fn->moduleObject = module ? module : none();
    }
    for (const ExprPtr& d : args.defaults) {
        ObjRef v = eval(*d, f);
        if (!v)
            return nullptr;
        fn->defaults.push_back(std::move(v));
    }
    if (!args.defaults.empty() && !mark(f, line))
        return nullptr;
    for (const ExprPtr& d : args.kwDefaults) {
        ObjRef v;
        if (d) {
            v = eval(*d, f);
            if (!v)
                return nullptr;
        }
        fn->kwDefaults.push_back(std::move(v));
    }
    if (kwDefaults && !mark(f, line))
        return nullptr;
    Frame* owner = &f;
    while (owner->code->kind == CodeInfo::Kind::Comprehension && owner->outer)
        owner = owner->outer;
    for (std::size_t i = 0; i < code->freeNames.size(); ++i) {
        int src = code->freeSourceSlots[i];
        if (src < 0) {
            abort(kUnsupported, "this closure is not supported yet (line " +
                                    std::to_string(code->firstLine) + ")");
            return nullptr;
        }
        if (code->freeSourceIsFree[i] == 2) {
            // `__class__` of a method: the class body's cell, filled once the class exists.
            if (!owner->classCell) {
                abort(kUnsupported, "this use of super() is not supported yet (line " +
                                        std::to_string(code->firstLine) + ")");
                return nullptr;
            }
            fn->closure.push_back(owner->classCell);
        } else if (code->freeSourceIsFree[i] >= 3) {
            Frame* comp = &f;
            for (int k = 3; k < code->freeSourceIsFree[i] && comp->outer; ++k)
                comp = comp->outer;
            fn->closure.push_back(comp->locals[static_cast<std::size_t>(src)]);
        } else if (code->freeSourceIsFree[i])
            fn->closure.push_back(owner->cells[static_cast<std::size_t>(src)]);
        else
            fn->closure.push_back(owner->locals[static_cast<std::size_t>(src)]);
    }
    return out;
}

// Binds a call's arguments to the parameter slots in CPython 3.11's order (positional,
// *args, keywords, then the checks for too many, missing and keyword-only), so that a call
// wrong in several ways fails with the same message as CPython.
bool Interpreter::bindArguments(rt::FunctionObject* fn, rt::CallArgs& args, Frame& frame) {
    const CodeInfo* code = fn->code;
    const auto& params = code->params;
    // CPython names the function by its __qualname__, which the program may have assigned.
    const std::string& who = fn->qualnameObject
                                 ? static_cast<rt::StrObject*>(fn->qualnameObject.get())->text
                             : code->qualname.empty() ? fn->name
                                                      : code->qualname;
    std::size_t n = params.size();
    std::size_t nkw = code->kwOnlyParams.size();
    std::size_t given = args.positional.size();
    std::size_t ndef = fn->defaults.size();
    std::size_t take = std::min(given, n);
    for (std::size_t i = 0; i < take; ++i)
        frame.locals[i] = args.positional[i];
    if (code->varArgSlot >= 0) {
        ObjVec extra(args.positional.begin() + static_cast<std::ptrdiff_t>(take),
                     args.positional.end());
        frame.locals[static_cast<std::size_t>(code->varArgSlot)] =
            m_heap->newTuple(std::move(extra));
    }
    rt::Ref<rt::DictObject> kwdict;
    if (code->varKwSlot >= 0)
        kwdict = m_heap->newDict();
    for (rt::KwArg& k : args.keywords) {
        std::size_t slot = SIZE_MAX;
        for (std::size_t i = code->posOnlyCount; i < n && slot == SIZE_MAX; ++i)
            if (params[i] == *k.name)
                slot = i;
        for (std::size_t j = 0; j < nkw && slot == SIZE_MAX; ++j)
            if (code->kwOnlyParams[j] == *k.name)
                slot = n + j;
        if (slot == SIZE_MAX) {
            if (kwdict) {
                if (!dictSet(kwdict.get(), k.key ? k.key : newStr(*k.name), k.value))
                    return false;
                continue;
            }
            std::string posOnly;
            for (std::size_t i = 0; i < code->posOnlyCount; ++i)
                for (const rt::KwArg& other : args.keywords)
                    if (*other.name == params[i]) {
                        posOnly += (posOnly.empty() ? "" : ", ") + params[i];
                        break;
                    }
            if (!posOnly.empty())
                raise("TypeError",
                      who + "() got some positional-only arguments passed as keyword arguments: '" +
                          posOnly + "'");
            else
                raise("TypeError", who + "() got an unexpected keyword argument '" + *k.name + "'");
            return false;
        }
        if (frame.locals[slot]) {
            raise("TypeError", who + "() got multiple values for argument '" + *k.name + "'");
            return false;
        }
        frame.locals[slot] = k.value;
    }
    if (kwdict)
        frame.locals[static_cast<std::size_t>(code->varKwSlot)] = std::move(kwdict);
    if (given > n && code->varArgSlot < 0) {
        std::string takes;
        if (ndef > 0)
            takes = "from " + std::to_string(n - ndef) + " to " + std::to_string(n) +
                    " positional arguments";
        else
            takes = std::to_string(n) + " positional argument" + (n == 1 ? "" : "s");
        std::size_t kwGiven = 0;
        for (std::size_t j = 0; j < nkw; ++j)
            if (frame.locals[n + j])
                ++kwGiven;
        std::string also;
        if (kwGiven > 0)
            also = " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
                   std::to_string(kwGiven) + " keyword-only argument" + (kwGiven == 1 ? "" : "s") +
                   ")";
        raise("TypeError", who + "() takes " + takes + " but " + std::to_string(given) + also +
                               (given == 1 && kwGiven == 0 ? " was" : " were") + " given");
        return false;
    }
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < n; ++i) {
        if (frame.locals[i])
            continue;
        if (i >= n - ndef) {
            frame.locals[i] = fn->defaults[i - (n - ndef)];
        } else {
            missing.push_back(params[i]);
        }
    }
    if (!missing.empty()) {
        raise("TypeError", who + "() missing " + std::to_string(missing.size()) +
                               " required positional argument" + (missing.size() == 1 ? "" : "s") +
                               ": " + joinNames(missing));
        return false;
    }
    for (std::size_t j = 0; j < nkw; ++j) {
        if (frame.locals[n + j])
            continue;
        if (j < fn->kwDefaults.size() && fn->kwDefaults[j])
            frame.locals[n + j] = fn->kwDefaults[j];
        else
            missing.push_back(code->kwOnlyParams[j]);
    }
    if (!missing.empty()) {
        raise("TypeError", who + "() missing " + std::to_string(missing.size()) +
                               " required keyword-only argument" +
                               (missing.size() == 1 ? "" : "s") + ": " + joinNames(missing));
        return false;
    }
    return true;
}

bool Interpreter::prepareFrame(rt::FunctionObject* fn, rt::CallArgs& args, Frame& frame) {
    const CodeInfo* code = fn->code;
    frame.code = code;
    takeLocals(frame, code->slotNames.size());
    if (!bindArguments(fn, args, frame))
        return false;
    for (std::size_t i = 0; i < code->slotIsCell.size(); ++i) {
        if (!code->slotIsCell[i])
            continue;
        auto* cell = m_heap->make<rt::CellObject>();
        cell->value = std::move(frame.locals[i]);
        frame.locals[i] = ObjRef(cell);
    }
    frame.cells = fn->closure;
    frame.id = FrameId{++m_nextFrame};
    enterFunction(fn, frame);
    return true;
}

ObjRef Interpreter::callFunction(rt::FunctionObject* fn, rt::CallArgs& args) {
    const CodeInfo* code = fn->code;
    if (code->isGenerator)
        return makeGenerator(fn, args);
    if (recursionTooDeep())
        return nullptr;
    Frame frame;
    if (!prepareFrame(fn, args, frame))
        return nullptr;
    return runFrame(frame);
}

void Interpreter::enterFunction(const rt::FunctionObject* fn, Frame& frame) {
    // Code made from text has no lines in the program's file: CPython's tracer takes no step
    // in it, and its frame is not drawn.
    frame.traced = fn->code->textFile.empty() ? &frame : nullptr;
    frame.textGlobals = fn->textGlobals;
}

ObjRef Interpreter::runFrame(Frame& frame) {
    // The function's globals: the program's, or the namespace of the text that defined it.
    GeneratorGlobalsScope globals(*this, static_cast<Namespace*>(frame.textGlobals.get()));
    const CodeInfo* code = frame.code;
    const bool traced = frame.traced == &frame;
    m_frames.push_back(&frame);
    ++m_depth;
    if (m_tracer && traced) {
        m_tracer->framePush(frame);
        for (std::size_t i = 0; i < code->paramSlots; ++i) {
            Object* v = frame.locals[i].get();
            if (code->slotIsCell[i])
                v = static_cast<rt::CellObject*>(v)->value.get();
            m_tracer->bind(frame, code->slotNames[i], v);
        }
    }
    ObjRef result;
    if (traced ? step(frame, StepKind::Call, code->firstLine) : !m_abort) {
        if (code->lambdaBody) {
            if (mark(frame, code->lambdaBody->line))
                result = eval(*code->lambdaBody, frame);
            // Its RETURN_VALUE is on the lambda's own line, below a body over several lines.
            if (result && !mark(frame, code->firstLine))
                result = nullptr;
            if (!result)
                reportException(frame);
        } else {
            Flow flow = execBlock(*code->body, frame);
            // A body of bare annotations (`x: int`) compiles to nothing: CPython's implicit
            // `return None` steps on the def line.
            if (flow == Flow::Normal && frame.line == 0 && !mark(frame, code->firstLine))
                flow = Flow::Raise;
            if (flow != Flow::Raise)
                result = frame.returnValue ? frame.returnValue : none();
        }
    }
    if (!m_abort && traced) {
        Object* shown = result ? result.get() : none().get();
        step(frame, StepKind::Return, frame.line, shown);
        if (m_tracer)
            m_tracer->framePop(frame, shown);
    }
    if (!result && !m_abort && !traced && m_exception) // its File "<string>" line
        static_cast<rt::ExceptionObject*>(m_exception.get())
            ->traceback.push_back({code->name, frame.line, code->textFile});
    m_frames.pop_back();
    --m_depth;
    recycleFrame(frame);
    if (m_abort)
        return nullptr;
    return result;
}

bool Interpreter::assign(const Expr& target, ObjRef value, Frame& f) {
    // A store that fails is where the traceback's markers point, unless a node inside it did.
    bool ok = [&]() -> bool {
        switch (target.kind) {
        case ExprKind::Name: {
            if (!mark(f, target.line))
                return false;
            return storeName(target.as<Name>(), std::move(value), f);
        }
        case ExprKind::Subscript: {
            auto& s = target.as<Subscript>();
            ObjRef obj = eval(*s.value, f);
            if (!obj)
                return false;
            ObjRef key = eval(*s.slice, f);
            if (!key)
                return false;
            return storeSubscript(obj.get(), key.get(), std::move(value));
        }
        // UNPACK_SEQUENCE (SWAP for two or three items) is on the target's own line, a
        // parenthesised one's opening line.
        case ExprKind::Tuple:
            return mark(f, target.line) && unpack(target.as<Tuple>().elts, value.get(), f);
        case ExprKind::List:
            return mark(f, target.line) && unpack(target.as<List>().elts, value.get(), f);
        case ExprKind::Attribute: {
            auto& a = target.as<Attribute>();
            ObjRef obj = eval(*a.value, f);
            if (!obj || !mark(f, target.endLine)) // STORE_ATTR: the attribute's last line
                return false;
            return setAttr(obj.get(), a.attr, std::move(value));
        }
        default:
            raise("SyntaxError", "cannot assign to expression");
            return false;
        }
    }();
    return ok || f.failAt(target);
}

bool Interpreter::unpack(const ExprList& targets, Object* value, Frame& f) {
    // A tuple's items are read in place: it cannot change while the targets are assigned, and
    // the caller's reference keeps it alive. A list can (`a[0], a[1] = a`), so it is copied
    // first, as UNPACK_SEQUENCE pushes every item before the first store.
    ObjVec copied;
    const ObjVec* source = &copied;
    if (value->tag == rt::Tag::Tuple) {
        source = &static_cast<rt::TupleObject*>(value)->items;
    } else if (value->tag == rt::Tag::List) {
        copied = static_cast<rt::ListObject*>(value)->items;
    } else {
        ObjRef it = iter(value);
        if (!it) {
            clearException();
            raise("TypeError",
                  "cannot unpack non-iterable " + std::string(typeName(value)) + " object");
            return false;
        }
        while (true) {
            ObjRef x = next(it.get());
            if (!x) {
                if (hasException())
                    return false;
                break;
            }
            copied.push_back(std::move(x));
        }
    }
    const ObjVec& items = *source;
    std::size_t star = targets.size();
    for (std::size_t i = 0; i < targets.size(); ++i)
        if (targets[i]->kind == ExprKind::Starred)
            star = i;
    if (star == targets.size()) {
        if (items.size() > targets.size()) {
            raise("ValueError",
                  "too many values to unpack (expected " + std::to_string(targets.size()) + ")");
            return false;
        }
        if (items.size() < targets.size()) {
            raise("ValueError", "not enough values to unpack (expected " +
                                    std::to_string(targets.size()) + ", got " +
                                    std::to_string(items.size()) + ")");
            return false;
        }
        for (std::size_t i = 0; i < targets.size(); ++i)
            if (!assign(*targets[i], items[i], f))
                return false;
        return true;
    }
    std::size_t after = targets.size() - star - 1;
    if (items.size() < targets.size() - 1) {
        raise("ValueError", "not enough values to unpack (expected at least " +
                                std::to_string(targets.size() - 1) + ", got " +
                                std::to_string(items.size()) + ")");
        return false;
    }
    for (std::size_t i = 0; i < star; ++i)
        if (!assign(*targets[i], items[i], f))
            return false;
    ObjVec middle(items.begin() + static_cast<std::ptrdiff_t>(star),
                  items.end() - static_cast<std::ptrdiff_t>(after));
    auto rest = m_heap->newList(std::move(middle));
    // UNPACK_EX lists what the iterator has left after the names before the star
    // (PySequence_List), then cuts off the items of the names after it: the slots stay.
    std::size_t listed = rest->items.size() + after;
    rt::capacity::clear(rest->capacity);
    rt::capacity::extend(rest->capacity, 0, rt::capacity::hintOf(value), listed);
    if (rt::capacity::holds(rest->capacity, listed))
        rt::capacity::setLength(rest->capacity, rest->items.size());
    if (!assign(*targets[star]->as<Starred>().value, std::move(rest), f))
        return false;
    for (std::size_t i = 0; i < after; ++i)
        if (!assign(*targets[star + 1 + i], items[items.size() - after + i], f))
            return false;
    return true;
}

} // namespace memstep::core::interp
