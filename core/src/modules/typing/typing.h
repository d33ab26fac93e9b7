// The typing module's parts: the special forms and their subscriptions (typing_aliases.cpp),
// TypeVar, Generic and NamedTuple (typing_classes.cpp), and the module object
// (typing_module.cpp).
//
// What a program does with typing at run time is build annotations: `List[int]`,
// `Optional["Node"]`, `Callable[[int], str]`. Each is an instance of the library type CPython
// uses (_SpecialGenericAlias, _GenericAlias, _UnionGenericAlias...), so the diagram names the
// same type, with CPython's repr and ==; the state an instance needs lives under keys no
// program can spell (nativeState). Everything else typing offers is refused as Unsupported by
// name (isMissingTypingAttribute).
#pragma once

#include "modules/modules.h"

namespace memstep::core::modules::typing {

// The library types of the running interpreter's typing module (made once with it).
struct Types {
    rt::TypeObject* specialAlias = nullptr;  // List, Dict...: _SpecialGenericAlias
    rt::TypeObject* tupleType = nullptr;     // Tuple: _TupleType
    rt::TypeObject* callableType = nullptr;  // Callable: _CallableType
    rt::TypeObject* specialForm = nullptr;   // Optional, Union, ClassVar...: _SpecialForm
    rt::TypeObject* literalForm = nullptr;   // Literal: _LiteralSpecialForm
    rt::TypeObject* alias = nullptr;         // List[int]: _GenericAlias
    rt::TypeObject* unionAlias = nullptr;    // _UnionGenericAlias
    rt::TypeObject* literalAlias = nullptr;  // _LiteralGenericAlias
    rt::TypeObject* callableAlias = nullptr; // _CallableGenericAlias
    rt::TypeObject* forwardRef = nullptr;    // ForwardRef('Node')
    rt::TypeObject* typeVar = nullptr;       // TypeVar
    rt::TypeObject* generic = nullptr;       // Generic
    rt::TypeObject* protocol = nullptr;      // Protocol
};
Types types(Interpreter& in);

// Makes the alias types and the special forms, into `m`.
void fillAliases(Interpreter& in, rt::ModuleObject& m);
// Makes TypeVar, Generic, NamedTuple, cast, Any, into `m` (after fillAliases).
void fillClasses(Interpreter& in, rt::ModuleObject& m);

// Generic.__init_subclass__'s work on a class just made: its __parameters__.
ObjRef genericSubclassCreated(Interpreter& in, rt::TypeObject* cls);
// A library class with a metaclass: a Python class of typing's, drawn without attributes.
rt::TypeObject* typingLibraryClass(Interpreter& in, rt::ModuleObject& m, const char* name,
                                   const rt::Metaclass* meta);
// Makes Protocol into `m` (typing_protocol.cpp; after Generic).
void fillProtocol(Interpreter& in, rt::ModuleObject& m);

// A _GenericAlias of `origin` (a type or a special form) with these arguments; `name` is the
// typing name it shows ("List"), empty for a program's generic class (`__main__.Stack[int]`).
ObjRef newAlias(Interpreter& in, rt::TypeObject* cls, ObjRef origin, ObjVec args,
                const std::string& name);
// A type argument as typing keeps it: a str becomes ForwardRef, None NoneType. Null with
// TypeError(`message` Got ...) for what is not a type.
ObjRef typeArgument(Interpreter& in, ObjRef arg, const std::string& message);
// typing._type_repr, appended to `out`: a type by its module and qualname (builtins without),
// `...`, a function by its name, anything else by its repr. False with the error set.
bool typeRepr(Interpreter& in, Object* o, std::string& out);
// An attribute kept in a typing object's own dict (__origin__, __args__, a TypeVar's
// __name__): the instanceAttr hook of typing's types. Null for none.
ObjRef ownAttr(Interpreter& in, Object* self, const std::string& name);
// typing._tp_cache: `fn(self, key)` made once for equal keys of the same type, so that
// `List[int] is List[int]` as in CPython; a key holding a list (unhashable) is not cached.
ObjRef tpCache(Interpreter& in, Object* self, rt::CallArgs& args, rt::NativeFn fn);
template <rt::NativeFn fn> ObjRef cached(Interpreter& in, Object* self, rt::CallArgs& args) {
    return tpCache(in, self, args, fn);
}
// `self | other` and `other | self` of a special form, an alias or a TypeVar: Union[self, other]
// (Union[other, self]) through Union's cache, as typing.py's __or__ and __ror__.
ObjRef unionOr(Interpreter& in, Object* self, rt::CallArgs& args);
ObjRef unionROr(Interpreter& in, Object* self, rt::CallArgs& args);
// True for an instance of one of typing's alias types, or a TypeVar.
bool isTypingObject(Interpreter& in, Object* o);

} // namespace memstep::core::modules::typing
