// `match` statements (PEP 634) as CPython 3.11 runs them.
//
// Steps: the `match` line, then each case's pattern line as it is tried (its first
// instruction copies the subject there), the guard's, then the body. A pattern collects its
// captures and stores them only once the whole pattern has matched, in the order CPython's
// compiler emits the stores (each or-pattern alternative in the first alternative's order);
// a guard that then fails leaves them bound, as in CPython.
//
// What is refused as Unsupported: a class of the program registered as a Sequence or Mapping
// (collections.abc), whose MATCH_SEQUENCE/MATCH_MAPPING flags memstep does not model.
#include "interp/attributes/attribute_hooks.h"
#include "interp/interpreter.h"

#include <algorithm>
#include <limits>
#include <set>

namespace memstep::core::interp {

using namespace syntax;

class PatternMatcher {
public:
    PatternMatcher(Interpreter& in, Frame& f) : m_in(in), m_f(f) {}

    // 1 matched, 0 did not, -1 error (pending exception or abort).
    int match(const Pattern& p, Object* subject) {
        switch (p.kind) {
        case PatternKind::Value: {
            ObjRef v = m_in.eval(*p.value, m_f);
            if (!v)
                return -1;
            return m_in.compare(CmpOperator::Eq, subject, v.get());
        }
        case PatternKind::Singleton: {
            ObjRef v = m_in.eval(*p.value, m_f);
            if (!v)
                return -1;
            return v.get() == subject ? 1 : 0;
        }
        case PatternKind::Sequence:
            return matchSequence(p, subject);
        case PatternKind::Mapping:
            return matchMapping(p, subject);
        case PatternKind::Class:
            // MATCH_CLASS's errors point at the class pattern (a failed sub-pattern at its own).
            if (int r = matchClass(p, subject); r >= 0 || m_f.failAt(p))
                return r;
            return -1;
        case PatternKind::Star: // only inside a sequence pattern (matchSequence)
            return 1;
        case PatternKind::As:
            if (p.pattern) {
                int r = match(*p.pattern, subject);
                if (r != 1)
                    return r;
            }
            capture(p.name.get(), ObjRef(subject));
            return 1;
        case PatternKind::Or:
            return matchOr(p, subject);
        }
        return 0;
    }

    std::vector<std::pair<const Name*, ObjRef>> captures;

private:
    void capture(const Expr* name, ObjRef value) {
        if (name)
            captures.emplace_back(&name->as<Name>(), std::move(value));
    }

    // A program's class that collections.abc would call a Sequence or a Mapping.
    bool registeredAbc(Object* subject, std::string_view abc) {
        if (!Interpreter::isUserObject(subject))
            return false;
        for (rt::TypeObject* t : m_in.mroOf(m_in.typeOf(subject)))
            if (!t->isUser && (t->name == abc || t->name == std::string("Mutable") + abc.data()))
                return true;
        return false;
    }

    int matchSequence(const Pattern& p, Object* subject) {
        ObjVec items;
        switch (subject->tag) {
        case rt::Tag::List:
            items = static_cast<rt::ListObject*>(subject)->items;
            break;
        case rt::Tag::Tuple:
            items = static_cast<rt::TupleObject*>(subject)->items;
            break;
        case rt::Tag::Range:
        case rt::Tag::Deque:
            if (!m_in.collect(subject, items))
                return -1;
            break;
        default:
            if (registeredAbc(subject, "Sequence")) {
                m_in.abortUnsupported("a sequence pattern matching an instance of a "
                                      "collections.abc.Sequence class is not supported yet");
                return -1;
            }
            return 0;
        }
        std::size_t star = p.patterns.size();
        for (std::size_t i = 0; i < p.patterns.size(); ++i)
            if (p.patterns[i]->kind == PatternKind::Star)
                star = i;
        bool hasStar = star < p.patterns.size();
        std::size_t fixed = p.patterns.size() - (hasStar ? 1 : 0);
        if (hasStar ? items.size() < fixed : items.size() != fixed)
            return 0;
        std::size_t after = p.patterns.size() - star - (hasStar ? 1 : 0);
        for (std::size_t i = 0; i < p.patterns.size(); ++i) {
            const Pattern& sub = *p.patterns[i];
            if (i == star) {
                ObjVec middle(items.begin() + static_cast<std::ptrdiff_t>(star),
                              items.end() - static_cast<std::ptrdiff_t>(after));
                if (sub.name)
                    capture(sub.name.get(), ObjRef(m_in.heap().newList(std::move(middle))));
                continue;
            }
            Object* item =
                i < star ? items[i].get() : items[items.size() - (p.patterns.size() - i)].get();
            int r = match(sub, item);
            if (r != 1)
                return r;
        }
        return 1;
    }

    int matchMapping(const Pattern& p, Object* subject) {
        if (subject->tag != rt::Tag::Dict) {
            if (registeredAbc(subject, "Mapping")) {
                m_in.abortUnsupported("a mapping pattern matching an instance of a "
                                      "collections.abc.Mapping class is not supported yet");
                return -1;
            }
            return 0;
        }
        auto* d = static_cast<rt::DictObject*>(subject);
        if (p.keys.empty() && !p.name)
            return 1;
        if (!p.keys.empty() && d->used < p.keys.size())
            return 0;
        ObjVec keys;
        for (const ExprPtr& k : p.keys) {
            ObjRef key = m_in.eval(*k, m_f);
            if (!key)
                return -1;
            keys.push_back(std::move(key));
        }
        std::vector<std::int64_t> positions;
        ObjVec values;
        for (const ObjRef& key : keys) {
            auto h = m_in.hash(key.get());
            if (!h)
                return -1;
            std::int64_t pos = d->find(key.get(), *h, m_in);
            if (pos == rt::kLookupFailed)
                return -1;
            if (pos < 0)
                return 0;
            if (std::find(positions.begin(), positions.end(), pos) != positions.end()) {
                std::optional<std::string> text = m_in.repr(key.get());
                if (!text)
                    return -1;
                m_in.raise("ValueError", "mapping pattern checks duplicate key (" + *text + ")");
                return -1;
            }
            positions.push_back(pos);
            values.push_back(d->entries[static_cast<std::size_t>(pos)].value);
        }
        for (std::size_t i = 0; i < values.size(); ++i) {
            int r = match(*p.patterns[i], values[i].get());
            if (r != 1)
                return r;
        }
        if (p.name) {
            // COPY_DICT_WITHOUT_KEYS: a plain dict of the other entries, in their order.
            auto rest = m_in.heap().newDict();
            for (std::size_t i = 0; i < d->entries.size(); ++i) {
                const rt::DictEntry& e = d->entries[i];
                if (!e.key || std::find(positions.begin(), positions.end(),
                                        static_cast<std::int64_t>(i)) != positions.end())
                    continue;
                m_in.dictInsertNew(static_cast<rt::DictObject*>(rest.get()), e.key, e.hash,
                                   e.value);
            }
            capture(p.name.get(), std::move(rest));
        }
        return 1;
    }

    // The builtin classes whose one positional sub-pattern matches the subject itself
    // (CPython's _Py_TPFLAGS_MATCH_SELF, inherited by their subclasses).
    bool matchesSelf(rt::TypeObject* cls) {
        static const std::set<std::string> kSelf = {"bool",  "bytearray", "bytes", "dict",
                                                    "float", "frozenset", "int",   "list",
                                                    "set",   "str",       "tuple"};
        for (rt::TypeObject* t : m_in.mroOf(cls))
            if (!t->isUser && kSelf.count(t->name))
                return true;
        return false;
    }

    // getattr(subject, name) for a class pattern: null and no exception when it has none.
    ObjRef attribute(Object* subject, const std::string& name) {
        ObjRef v = m_in.getAttr(subject, name);
        if (v || m_in.aborted())
            return v;
        auto* e = static_cast<rt::ExceptionObject*>(m_in.pendingException());
        if (e && m_in.isSubtype(e->type, m_in.exceptionType("AttributeError")))
            m_in.clearException();
        return nullptr;
    }

    int matchClass(const Pattern& p, Object* subject);
    int matchOr(const Pattern& p, Object* subject);

    Interpreter& m_in;
    Frame& m_f;
};

// MATCH_CLASS: isinstance, then every attribute (positional ones named by __match_args__,
// then the keywords), then the sub-patterns in order.
int PatternMatcher::matchClass(const Pattern& p, Object* subject) {
    ObjRef clsRef = m_in.eval(*p.value, m_f);
    if (!clsRef)
        return -1;
    if (clsRef->tag != rt::Tag::Type) {
        m_in.raise("TypeError", "called match pattern must be a type");
        return -1;
    }
    auto* cls = static_cast<rt::TypeObject*>(clsRef.get());
    ObjRef is;
    // isinstance() through a library metaclass's __instancecheck__ (typing.Protocol's), which
    // sees the subject itself; an exact type is answered at once, as PyObject_IsInstance does.
    ObjRef hook = instanceCheckHook(m_in, cls);
    if (hook && m_in.typeOf(subject) != cls) {
        rt::CallArgs a;
        a.positional = {clsRef, ObjRef(subject)};
        is = m_in.call(hook.get(), a);
    } else {
        is = checkedIsinstance(m_in, subject, m_in.subtypeOfAny(m_in.typeOf(subject), cls, ""));
    }
    if (!is)
        return -1;
    if (is.get() != m_in.boolean(true).get())
        return 0;
    std::vector<std::string> seen;
    ObjVec attrs;
    auto fetch = [&](const std::string& name) -> int {
        if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
            m_in.raise("TypeError",
                       cls->name + "() got multiple sub-patterns for attribute '" + name + "'");
            return -1;
        }
        seen.push_back(name);
        ObjRef v = attribute(subject, name);
        if (!v)
            return m_in.hasException() || m_in.aborted() ? -1 : 0;
        attrs.push_back(std::move(v));
        return 1;
    };
    std::size_t nargs = p.patterns.size();
    if (nargs) {
        ObjRef matchArgs = attribute(clsRef.get(), "__match_args__");
        if (!matchArgs && (m_in.hasException() || m_in.aborted()))
            return -1;
        bool self = !matchArgs && matchesSelf(cls);
        if (matchArgs && (matchArgs->tag != rt::Tag::Tuple ||
                          static_cast<rt::TupleObject*>(matchArgs.get())->cls)) {
            m_in.raise("TypeError", cls->name + ".__match_args__ must be a tuple (got " +
                                        m_in.typeName(matchArgs.get()) + ")");
            return -1;
        }
        std::size_t allowed = self ? 1
                              : matchArgs
                                  ? static_cast<rt::TupleObject*>(matchArgs.get())->items.size()
                                  : 0;
        if (allowed < nargs) {
            m_in.raise("TypeError", cls->name + "() accepts " + std::to_string(allowed) +
                                        " positional sub-pattern" + (allowed == 1 ? "" : "s") +
                                        " (" + std::to_string(nargs) + " given)");
            return -1;
        }
        if (self) {
            attrs.push_back(ObjRef(subject));
        } else {
            ObjVec names = static_cast<rt::TupleObject*>(matchArgs.get())->items;
            for (std::size_t i = 0; i < nargs; ++i) {
                if (names[i]->tag != rt::Tag::Str) {
                    m_in.raise("TypeError", std::string("__match_args__ elements must be "
                                                        "strings (got ") +
                                                m_in.typeName(names[i].get()) + ")");
                    return -1;
                }
                int r = fetch(static_cast<rt::StrObject*>(names[i].get())->text);
                if (r != 1)
                    return r;
            }
        }
    }
    for (const std::string& name : p.kwdAttrs) {
        int r = fetch(name);
        if (r != 1)
            return r;
    }
    for (std::size_t i = 0; i < attrs.size(); ++i) {
        const Pattern& sub = i < nargs ? *p.patterns[i] : *p.kwdPatterns[i - nargs];
        int r = match(sub, attrs[i].get());
        if (r != 1)
            return r;
    }
    return 1;
}

// Each alternative in turn; the captures of a later one are stored in the order of the
// first one's (compiler_pattern_or rotates them to the control's order).
int PatternMatcher::matchOr(const Pattern& p, Object* subject) {
    std::size_t start = captures.size();
    for (std::size_t i = 0; i < p.patterns.size(); ++i) {
        int r = match(*p.patterns[i], subject);
        if (r < 0)
            return r;
        if (r == 0) {
            captures.resize(start);
            continue;
        }
        if (i > 0) {
            std::vector<std::string> control;
            forEachPatternExpr(*p.patterns[0], [&](const Expr& e) {
                if (e.kind == ExprKind::Name && e.as<Name>().ctx == ExprContext::Store)
                    control.push_back(e.as<Name>().id);
            });
            auto rank = [&](const std::pair<const Name*, ObjRef>& c) {
                return std::find(control.begin(), control.end(), c.first->id) - control.begin();
            };
            std::stable_sort(captures.begin() + static_cast<std::ptrdiff_t>(start), captures.end(),
                             [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
        }
        return 1;
    }
    return 0;
}

namespace {

int localRank(const std::pair<const Name*, ObjRef>& capture) {
    const Name& n = *capture.first;
    return n.scope == NameScope::Local ? n.slot : std::numeric_limits<int>::max();
}

} // namespace

Flow Interpreter::execMatch(const Match& m, Frame& f) {
    if (!mark(f, m.line))
        return failed(f);
    ObjRef subject = eval(*m.subject, f);
    if (!subject)
        return failed(f);
    for (const MatchCase& c : m.cases) {
        if (!mark(f, c.pattern->line))
            return failed(f);
        PatternMatcher matcher(*this, f);
        int r = matcher.match(*c.pattern, subject.get());
        if (r < 0)
            return failed(f);
        if (r == 0)
            continue;
        // Names new to a function's frame in one step appear in co_varnames order (the
        // frame's slot order), whatever order the stores ran in.
        std::stable_sort(matcher.captures.begin(), matcher.captures.end(),
                         [](const auto& a, const auto& b) { return localRank(a) < localRank(b); });
        for (auto& [name, value] : matcher.captures)
            if (!storeName(*name, std::move(value), f))
                return failed(f);
        if (c.guard) {
            ObjRef g = eval(*c.guard, f);
            if (!g)
                return failed(f);
            int truth = truthy(g.get());
            if (truth < 0)
                return failed(f);
            if (!truth)
                continue;
        }
        subject = nullptr;
        return execBlock(c.body, f);
    }
    return Flow::Normal;
}

} // namespace memstep::core::interp
