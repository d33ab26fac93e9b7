// collections.namedtuple: a function that makes a class whose instances are tuples with
// field names, as Lib/collections/__init__.py does in CPython 3.11.
//
// The class is a TypeObject (a subtype of tuple) whose namespace holds what CPython's
// generated class holds: _fields, _field_defaults, one property per field (its getter a
// builtin bound to the field's index), _make, _replace, _asdict and __repr__. Its instances
// are TupleObjects that remember their class (rt::TupleObject::cls), so every tuple path
// (indexing, unpacking, ==, hashing) serves them. CPython's methods are Python code outside the
// program's file, so they take no steps here either.
#include "interp/attributes/attribute_hooks.h"
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"
#include "syntax/lexer.h"

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>
#include <utility>

namespace memstep::core::modules {

using interp::CallArgs;

namespace {

rt::TypeObject* T(Object* o) {
    return static_cast<rt::TypeObject*>(o);
}

// The namedtuple class that made `cls` or that it derives from (a program's subclass).
rt::TypeObject* named(Interpreter& in, rt::TypeObject* cls) {
    return interp::namedTupleBase(in, cls);
}

const ObjVec& fieldsOf(Interpreter& in, rt::TypeObject* cls) {
    return static_cast<rt::TupleObject*>(named(in, cls)->dict.find("_fields")->get())->items;
}

const std::string& str(const ObjRef& o) {
    return static_cast<rt::StrObject*>(o.get())->text;
}

// An object of the namedtuple class, or of a program's subclass of it (a tuple subclass's
// object, made as tuple.__new__(cls, items) makes it).
ObjRef instance(Interpreter& in, rt::TypeObject* cls, ObjVec items) {
    if (cls->isUser) {
        ObjRef value = in.heap().newTuple(std::move(items));
        return interp::newValueSubObject(in, cls, value.get());
    }
    auto* t =
        in.heap().make<rt::TupleObject>(static_cast<std::uint32_t>(items.size() * rt::kSlotBytes));
    ObjRef out(t);
    t->items = std::move(items);
    t->cls = ObjRef(cls);
    return out;
}

// The generated `def __new__(_cls, x, y): ...` with its defaults, and its argument errors.
ObjRef namedtupleNew(Interpreter& in, Object* type, CallArgs& args) {
    rt::TypeObject* cls = T(type);
    rt::TypeObject* base = named(in, cls); // its generated __new__'s qualname names it
    const ObjVec& fields = fieldsOf(in, cls);
    auto* defaults = static_cast<rt::DictObject*>(base->dict.find("_field_defaults")->get());
    const std::string who = base->name + ".__new__()";
    std::size_t n = fields.size();
    if (args.positional.size() > n) {
        std::size_t least = n - defaults->used + 1;
        std::string takes = defaults->used
                                ? "from " + std::to_string(least) + " to " + std::to_string(n + 1)
                                : std::to_string(n + 1);
        return in.raise("TypeError", who + " takes " + takes + " positional argument" +
                                         (n == 0 && !defaults->used ? "" : "s") + " but " +
                                         std::to_string(args.positional.size() + 1) +
                                         (args.positional.size() == 0 ? " was" : " were") +
                                         " given");
    }
    ObjVec items(n);
    for (std::size_t i = 0; i < args.positional.size(); ++i)
        items[i] = args.positional[i];
    for (rt::KwArg& k : args.keywords) {
        auto at = std::find_if(fields.begin(), fields.end(),
                               [&](const ObjRef& f) { return str(f) == *k.name; });
        if (at == fields.end())
            return in.raise("TypeError",
                            who + " got an unexpected keyword argument '" + *k.name + "'");
        auto i = static_cast<std::size_t>(at - fields.begin());
        if (items[i])
            return in.raise("TypeError",
                            who + " got multiple values for argument '" + *k.name + "'");
        items[i] = k.value;
    }
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < n; ++i) {
        if (items[i])
            continue;
        auto h = in.hash(fields[i].get());
        auto pos = h ? defaults->find(fields[i].get(), *h, in) : -1;
        if (pos >= 0)
            items[i] = defaults->entries[static_cast<std::size_t>(pos)].value;
        else
            missing.push_back(str(fields[i]));
    }
    if (!missing.empty())
        return in.raise("TypeError", who + " missing " + std::to_string(missing.size()) +
                                         " required positional argument" +
                                         (missing.size() == 1 ? "" : "s") + ": " +
                                         interp::joinNames(missing));
    return instance(in, cls, std::move(items));
}

// A field's property: the getter's bound self is the field's index.
ObjRef fieldGetter(Interpreter&, Object* index, CallArgs& args) {
    auto i = static_cast<std::size_t>(static_cast<rt::IntObject*>(index)->small);
    return static_cast<rt::TupleObject*>(args.positional[0].get())->items[i];
}

// A method read from the class (Point._replace(p, x=1)) is called with the class's name as its
// self (makeClass) and the object first: the object, kept in `held`, or null with CPython's
// error when there is none.
Object* selfOf(Interpreter& in, Object* self, CallArgs& args, const char* method, ObjRef& held) {
    if (self->tag != rt::Tag::Str)
        return self;
    if (args.positional.empty()) {
        in.raise("TypeError", str(ObjRef(self)) + "." + method +
                                  "() missing 1 required positional argument: 'self'");
        return nullptr;
    }
    held = args.positional.front();
    args.positional.erase(args.positional.begin());
    if (held->tag != rt::Tag::Tuple || !named(in, in.typeOf(held.get()))) {
        in.abortUnsupported(str(ObjRef(self)) + "." + method + "() of a " +
                            in.typeName(held.get()) + " object is not supported");
        return nullptr;
    }
    return held.get();
}

// _make(iterable): a classmethod (self is the class, or an instance it was read from).
ObjRef namedtupleMake(Interpreter& in, Object* self, CallArgs& args) {
    rt::TypeObject* cls = self->tag == rt::Tag::Type ? T(self) : in.typeOf(self);
    if (!interp::noKeywords(in, args, "_make") || !interp::argCount(in, args, "_make", 1, 1))
        return nullptr;
    ObjVec items;
    if (!in.collect(args.positional[0].get(), items, true))
        return nullptr;
    std::size_t n = fieldsOf(in, cls).size();
    if (items.size() != n)
        return in.raise("TypeError", "Expected " + std::to_string(n) + " arguments, got " +
                                         std::to_string(items.size()));
    return instance(in, cls, std::move(items));
}

ObjRef namedtupleReplace(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef held;
    if (!(self = selfOf(in, self, args, "_replace", held)))
        return nullptr;
    rt::TypeObject* cls = in.typeOf(self);
    if (!args.positional.empty())
        return in.raise("TypeError",
                        named(in, cls)->name + "._replace() takes 1 positional argument but " +
                            std::to_string(args.positional.size() + 1) + " were given");
    const ObjVec& fields = fieldsOf(in, cls);
    ObjVec items = static_cast<rt::TupleObject*>(self)->items;
    std::vector<bool> used(args.keywords.size());
    for (std::size_t i = 0; i < fields.size(); ++i)
        for (std::size_t k = 0; k < args.keywords.size(); ++k)
            if (*args.keywords[k].name == str(fields[i])) {
                items[i] = args.keywords[k].value;
                used[k] = true;
            }
    std::string unexpected;
    for (std::size_t k = 0; k < args.keywords.size(); ++k)
        if (!used[k])
            unexpected += (unexpected.empty() ? "'" : ", '") + *args.keywords[k].name + "'";
    if (!unexpected.empty())
        return in.raise("ValueError", "Got unexpected field names: [" + unexpected + "]");
    return instance(in, cls, std::move(items));
}

ObjRef namedtupleAsdict(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef held;
    if (!(self = selfOf(in, self, args, "_asdict", held)))
        return nullptr;
    if (!interp::noKeywords(in, args, "_asdict") || !interp::argCount(in, args, "_asdict", 0, 0))
        return nullptr;
    const ObjVec& fields = fieldsOf(in, in.typeOf(self));
    const ObjVec& items = static_cast<rt::TupleObject*>(self)->items;
    auto d = in.heap().newDict();
    for (std::size_t i = 0; i < fields.size() && i < items.size(); ++i)
        if (!in.dictSet(d.get(), fields[i], items[i]))
            return nullptr;
    return d;
}

ObjRef namedtupleRepr(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef held;
    if (!(self = selfOf(in, self, args, "__repr__", held)))
        return nullptr;
    rt::TypeObject* cls = in.typeOf(self);
    const ObjVec& fields = fieldsOf(in, cls);
    const ObjVec items = static_cast<rt::TupleObject*>(self)->items;
    std::string out = cls->name + "(";
    for (std::size_t i = 0; i < fields.size() && i < items.size(); ++i) {
        auto r = in.repr(items[i].get());
        if (!r)
            return nullptr;
        out += (i ? ", " : "") + str(fields[i]) + "=" + *r;
    }
    return in.newStr(out + ")");
}

// ASCII identifiers only: a name outside ASCII is refused by the caller.
bool isIdentifier(std::string_view name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])))
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
}

// The field names as namedtuple reads them: a str split at commas and whitespace, or the
// str() of each item of an iterable; false with the error set.
bool fieldNames(Interpreter& in, Object* spec, std::vector<std::string>& out) {
    if (spec->tag == rt::Tag::Str) {
        std::string word;
        for (char c : static_cast<rt::StrObject*>(spec)->text + " ") {
            if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
                c == '\v') {
                if (!word.empty())
                    out.push_back(std::move(word));
                word.clear();
            } else {
                word += c;
            }
        }
        return true;
    }
    ObjVec items;
    if (!in.collect(spec, items))
        return false;
    for (const ObjRef& item : items) {
        auto s = in.str(item.get());
        if (!s)
            return false;
        out.push_back(*s);
    }
    return true;
}

// What namedtuple's checks of the names find first, in its order ("Field names cannot start
// with an underscore: ", which renamed fields may), and the name; empty when all are valid.
std::pair<std::string, std::string> badName(const std::string& typeName,
                                            const std::vector<std::string>& fields, bool renamed) {
    std::vector<std::string> all = {typeName};
    all.insert(all.end(), fields.begin(), fields.end());
    for (const std::string& name : all) {
        if (!isIdentifier(name))
            return {"Type names and field names must be valid identifiers: ", name};
        if (syntax::isKeyword(name))
            return {"Type names and field names cannot be a keyword: ", name};
    }
    for (auto f = fields.begin(); f != fields.end(); ++f) {
        if ((*f)[0] == '_' && !renamed)
            return {"Field names cannot start with an underscore: ", *f};
        if (std::find(fields.begin(), f, *f) != f)
            return {"Encountered duplicate field name: ", *f};
    }
    return {};
}

// rename=True: a field name that is no identifier, a keyword, starts with an underscore or
// repeats an earlier one becomes _ and its position. False after refusing names outside
// ASCII, whose identifier test memstep does not make.
bool renameFields(Interpreter& in, std::vector<std::string>& fields) {
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        std::string name = fields[i];
        if (std::any_of(name.begin(), name.end(), [](char c) { return (c & 0x80) != 0; })) {
            in.abortUnsupported("namedtuple names outside ASCII are not supported");
            return false;
        }
        if (!isIdentifier(name) || syntax::isKeyword(name) || name[0] == '_' ||
            std::find(seen.begin(), seen.end(), name) != seen.end())
            fields[i] = "_" + std::to_string(i);
        seen.push_back(std::move(name));
    }
    return true;
}

// namedtuple's checks of the names; false with the error set.
bool checkNames(Interpreter& in, const std::string& typeName,
                const std::vector<std::string>& fields, bool renamed) {
    auto nonAscii = [](const std::string& n) {
        return std::any_of(n.begin(), n.end(), [](char c) { return (c & 0x80) != 0; });
    };
    if (nonAscii(typeName) || std::any_of(fields.begin(), fields.end(), nonAscii)) {
        in.abortUnsupported("namedtuple names outside ASCII are not supported");
        return false;
    }
    auto [problem, name] = badName(typeName, fields, renamed);
    if (problem.empty())
        return true;
    ObjRef text = in.newStr(name);
    auto r = in.repr(text.get());
    if (r)
        in.raise("ValueError", problem + *r);
    return false;
}

// The class: its namespace as CPython's generated class has it (the parts memstep shows).
ObjRef makeClass(Interpreter& in, const std::string& name, const std::vector<std::string>& fields,
                 const ObjVec& defaults) {
    auto* t = in.heap().make<rt::TypeObject>();
    ObjRef out(t);
    t->name = name;
    t->qualname = "__main__." + name; // its repr, <class '__main__.Point'>
    t->nameObject = in.newStr(name);  // a Python class: one __name__ object
    t->instanceTag = rt::Tag::Tuple;
    t->base = in.builtinType(rt::Tag::Tuple);
    t->construct = namedtupleNew;
    ObjVec names;
    for (const std::string& f : fields)
        names.push_back(in.newStr(f));
    auto fieldDefaults = in.heap().newDict();
    std::size_t first = fields.size() - defaults.size();
    for (std::size_t i = 0; i < defaults.size(); ++i)
        if (!in.dictSet(fieldDefaults.get(), names[first + i], defaults[i]))
            return nullptr;
    // The generated docstring: "Point(x, y)", "Single(x,)".
    std::string doc = name + "(";
    for (std::size_t i = 0; i < fields.size(); ++i)
        doc += (i ? ", " : "") + fields[i];
    t->dict.set("__doc__", in.newStr(doc + (fields.size() == 1 ? ",)" : ")")));
    ObjRef fieldNames = in.heap().newTuple(names);
    t->dict.set("_fields", fieldNames);
    t->dict.set("_field_defaults", fieldDefaults);
    auto* make = in.heap().make<rt::DescriptorObject>();
    t->dict.set("_make", ObjRef(make));
    make->kind = rt::DescriptorObject::Kind::ClassMethod;
    make->func = in.makeBuiltin("_make", namedtupleMake);
    addMethods(in, t,
               {{"_replace", namedtupleReplace},
                {"_asdict", namedtupleAsdict},
                {"__repr__", namedtupleRepr}});
    // Owned by the class: a program's subclass binds them to its objects (interp::bindFound).
    static_cast<rt::BuiltinObject*>(make->func.get())->owner = t;
    for (const char* m : {"_replace", "_asdict", "__repr__"}) {
        auto* b = static_cast<rt::BuiltinObject*>(t->dict.find(m)->get());
        b->owner = t;
        b->self = t->nameObject; // read from the class, it takes the object first (selfOf)
    }
    t->dict.set("__match_args__", fieldNames); // the same tuple as _fields, as in CPython
    for (std::size_t i = 0; i < fields.size(); ++i) {
        auto* p = in.heap().make<rt::DescriptorObject>();
        t->dict.set(fields[i], ObjRef(p));
        p->kind = rt::DescriptorObject::Kind::Property;
        p->getter =
            in.makeBuiltin(fields[i], fieldGetter, in.heap().newInt(static_cast<std::int64_t>(i)));
    }
    return out;
}

ObjRef namedtuple(Interpreter& in, Object*, CallArgs& args) {
    ObjRef typeName = interp::takeKeyword(args, "typename");
    ObjRef spec = interp::takeKeyword(args, "field_names");
    ObjRef defaults = interp::takeKeyword(args, "defaults");
    ObjRef rename = interp::takeKeyword(args, "rename");
    ObjRef module = interp::takeKeyword(args, "module");
    if (!interp::noMoreKeywords(in, args, "namedtuple"))
        return nullptr;
    // A Python function's binding of (typename, field_names, /-less, *, ...): the keywords'
    // order is not kept, so a call naming both twice reports typename.
    const std::size_t given = args.positional.size();
    if (given > 2)
        return in.raise("TypeError", "namedtuple() takes 2 positional arguments but " +
                                         std::to_string(given) + " were given");
    if (typeName && given >= 1)
        return in.raise("TypeError", "namedtuple() got multiple values for argument 'typename'");
    if (spec && given == 2)
        return in.raise("TypeError", "namedtuple() got multiple values for argument 'field_names'");
    if (!typeName && given == 0)
        return in.raise("TypeError", !spec ? "namedtuple() missing 2 required positional "
                                             "arguments: 'typename' and 'field_names'"
                                           : "namedtuple() missing 1 required positional "
                                             "argument: 'typename'");
    if (!spec && given < 2)
        return in.raise("TypeError",
                        "namedtuple() missing 1 required positional argument: 'field_names'");
    if (!typeName)
        typeName = args.positional[0];
    if (!spec)
        spec = args.positional.back();
    // The class's repr and __module__ are read from its qualname up to the first dot.
    if (module && module->tag != rt::Tag::None &&
        (module->tag != rt::Tag::Str || interp::text(module.get()).find('.') != std::string::npos))
        return in.abortUnsupported("namedtuple(module=...) other than a str naming a module "
                                   "without dots is not supported");
    std::vector<std::string> fields;
    if (!fieldNames(in, spec.get(), fields))
        return nullptr;
    auto name = in.str(typeName.get());
    if (!name)
        return nullptr;
    int renaming = rename ? in.truthy(rename.get()) : 0;
    if (renaming < 0)
        return nullptr;
    if (renaming && !renameFields(in, fields))
        return nullptr;
    if (!checkNames(in, *name, fields, renaming))
        return nullptr;
    ObjVec defaultValues;
    if (defaults && defaults->tag != rt::Tag::None &&
        !in.collect(defaults.get(), defaultValues, true))
        return nullptr;
    if (defaultValues.size() > fields.size())
        return in.raise("TypeError", "Got more default values than field names");
    ObjRef cls = makeClass(in, *name, fields, defaultValues);
    if (cls && module && module->tag == rt::Tag::Str)
        static_cast<rt::TypeObject*>(cls.get())->qualname =
            interp::text(module.get()) + "." + *name;
    return cls;
}

} // namespace

ObjRef libraryNamedtuple(Interpreter& in, const std::string& module, const std::string& name,
                         const std::vector<std::string>& fields) {
    ObjRef cls = makeClass(in, name, fields, {});
    if (cls)
        static_cast<rt::TypeObject*>(cls.get())->qualname = module + "." + name;
    return cls;
}

ObjRef namedtupleInstance(Interpreter& in, rt::TypeObject* cls, ObjVec items) {
    return instance(in, cls, std::move(items));
}

ObjRef namedtupleFunction(Interpreter& in) {
    ObjRef fn = in.makeBuiltin("namedtuple", namedtuple);
    // CPython's namedtuple is a Python function: the diagram draws it as one.
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = "namedtuple";
    sig->params = {"typename", "field_names", "rename", "defaults", "module"};
    sig->positional = 2;
    static_cast<rt::BuiltinObject*>(fn.get())->python = std::move(sig);
    return fn;
}

} // namespace memstep::core::modules
