// The decimal module's classes, shared by its files: decimal_module.cpp (Decimal's construction,
// the context, the exception classes and the module), decimal_methods.cpp (Decimal's operators
// and methods) and decimal_format.cpp (format()). The arithmetic itself is decimal_number.cpp.
//
// Decimal and Context are C types in CPython 3.11 (_decimal), so here they are library classes
// whose methods take no steps. A Decimal is an immutable scalar: the trace shows it by its repr
// (`Decimal('1.10')`), as the reference draws it. The current context (getcontext()) is one
// Context object that the Decimal class keeps, so that every operation finds it without any
// state outside the run's objects; localcontext() swaps another in for a with block.
#pragma once

#include "modules/decimal/decimal_number.h"
#include "modules/modules.h"

#include <string>

namespace memstep::core::modules::decimal {

struct DecObject : rt::InstanceObject {
    Number value;
};

struct ContextObject : rt::InstanceObject {
    Context ctx;
};

// The Decimal class, which knows the module's other classes and the current context.
struct DecClass : rt::TypeObject {
    rt::TypeObject* contextClass = nullptr;
    rt::TypeObject* managerClass = nullptr;
    ObjRef current; // the ContextObject getcontext() returns
    // The exception classes, by name (InvalidOperation, DivisionByZero, ConversionSyntax...).
    std::vector<std::pair<std::string, rt::TypeObject*>> signals;
};

DecObject* asDecimal(Object* o);
// Raises the TypeError CPython gives a method of `cls` (decimal.Decimal, decimal.Context...)
// called through its class on another object: a slot wrapper's (`__add__`: "requires a
// 'decimal.Decimal' object but received a 'int'") or a method's ("doesn't apply to").
void wrongSelf(Interpreter& in, const char* cls, const std::string& name, Object* self);
// decimal.Decimal itself, not a subclass (a plain TypeObject) nor another class.
bool isDecimalType(const rt::TypeObject* t);
DecClass* decClassOf(Object* decimal);
const Context& currentContext(DecClass* cls);

// A new Decimal of the class.
ObjRef newDecimal(Interpreter& in, DecClass* cls, Number value);
// The result of an operation: the new Decimal, or the exception CPython raises for its signal
// (InvalidOperation: [<class 'decimal.DivisionUndefined'>]), or Unsupported.
ObjRef deliver(Interpreter& in, DecClass* cls, Outcome out);
// The value of an int, bool or Decimal operand; nullopt for anything else.
std::optional<Number> operandValue(Object* o);

// Decimal's operators and methods (decimal_methods.cpp), and format() (decimal_format.cpp).
void addDecimalMethods(Interpreter& in, DecClass* t);
ObjRef formatDecimal(Interpreter& in, const Number& x, const std::string& spec, const Context& c);
// The Context class's attributes and methods, localcontext()'s manager (decimal_context.cpp).
void fillContextClass(Interpreter& in, rt::TypeObject* t);
// Context's metaclass: Context() makes a ContextObject.
const rt::Metaclass* contextMetaclass();
void fillManagerClass(Interpreter& in, rt::TypeObject* t);
ObjRef newContext(Interpreter& in, DecClass* cls, const Context& ctx);

} // namespace memstep::core::modules::decimal
