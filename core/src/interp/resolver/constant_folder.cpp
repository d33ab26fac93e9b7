#include "interp/resolver/constant_folder.h"

#include "interp/interpreter.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace memstep::core::interp {

using namespace syntax;

namespace {

// CPython's ast_opt.c limits: constants past these sizes are computed at run time instead.
constexpr std::uint64_t kMaxIntBits = 128;
constexpr std::size_t kMaxCollectionSize = 256;
constexpr std::size_t kMaxStrSize = 4096;

// CPython 3.11 interns every str constant made of name characters. For a single latin-1
// character the interned object is normally the cache of one-character strings that
// indexing and chr() return, but Python's frozen standard-library modules intern their own
// object for these one-letter names before any program runs, so there the constant is not
// the cached character: `"xa"[1] is "a"` is False while `"xg"[1] is "g"` is True.
constexpr std::string_view kInternedApart = "BCLST_abcdefhijklmnopqrstvwxy";

} // namespace

ConstantFolder::ConstantFolder(Interpreter& in) : m_in(in) {}

ObjRef ConstantFolder::merged(ObjRef v) {
    std::string key;
    if (!constKey(v.get(), key)) {
        return v;
    }
    return mergedConstant(std::move(key), std::move(v));
}

std::uint32_t ConstantFolder::nameConstant(const std::string& name) {
    m_in.constantPool.push_back(merged(m_in.heap().freshStr(name)));
    return static_cast<std::uint32_t>(m_in.constantPool.size());
}

void ConstantFolder::nameCode(CodeInfo& code) {
    code.nameSlot = nameConstant(code.name);
    if (code.qualname == code.name) {
        code.qualnameSlot = code.nameSlot;
        return;
    }
    m_in.constantPool.push_back(m_in.heap().freshStr(code.qualname));
    code.qualnameSlot = static_cast<std::uint32_t>(m_in.constantPool.size());
}

ObjRef ConstantFolder::canonicalStr(ObjRef v) {
    auto* s = static_cast<rt::StrObject*>(v.get());
    if (s->length != 1)
        return v;
    bool apart = s->text.size() == 1 && kInternedApart.find(s->text[0]) != std::string_view::npos;
    // newStr gives the cached object for one latin-1 character, a fresh one above U+00FF.
    return apart ? ObjRef(m_in.heap().freshStr(s->text)) : m_in.heap().newStr(s->text);
}

ObjRef ConstantFolder::mergedConstant(std::string key, ObjRef v) {
    auto it = m_merged.find(key);
    if (it != m_merged.end())
        return it->second;
    if (v->tag == rt::Tag::Str)
        v = canonicalStr(std::move(v));
    return m_merged.emplace(std::move(key), std::move(v)).first->second;
}

// Key under which CPython's compiler would merge two constants (type and exact value).
bool ConstantFolder::constKey(const Object* o, std::string& key) {
    switch (o->tag) {
    case rt::Tag::None:
        key += 'N';
        return true;
    case rt::Tag::Ellipsis:
        key += 'E';
        return true;
    case rt::Tag::Bool:
        key += static_cast<const rt::BoolObject*>(o)->value ? 'T' : 'F';
        return true;
    case rt::Tag::Int: {
        // A big int (hex digits) never equals a machine-sized one (decimal): their keys
        // differ in the letter too, or 2**64 (hex 10000000000000000) and 10**16 would merge.
        auto* i = static_cast<const rt::IntObject*>(o);
        key += i->isBig() ? 'I' : 'i';
        key += i->isBig() ? i->big->toString(16) : std::to_string(i->small);
        key += ';';
        return true;
    }
    case rt::Tag::Float: {
        double d = static_cast<const rt::FloatObject*>(o)->value;
        std::uint64_t bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        key += 'f';
        key += std::to_string(bits);
        key += ';';
        return true;
    }
    case rt::Tag::Complex: {
        // Both parts by their bits, as _PyCode_ConstantKey keeps 0j and -0j apart.
        const numeric::Complex z = static_cast<const rt::ComplexObject*>(o)->value;
        for (double d : {z.real, z.imag}) {
            std::uint64_t bits = 0;
            std::memcpy(&bits, &d, sizeof bits);
            key += 'c';
            key += std::to_string(bits);
        }
        key += ';';
        return true;
    }
    case rt::Tag::Str: {
        auto& t = static_cast<const rt::StrObject*>(o)->text;
        key += 's';
        key += std::to_string(t.size());
        key += ':';
        key += t;
        return true;
    }
    case rt::Tag::Bytes: {
        auto& d = static_cast<const rt::BytesObject*>(o)->data;
        key += 'b';
        key += std::to_string(d.size());
        key += ':';
        key += d;
        return true;
    }
    case rt::Tag::Tuple: {
        key += "t(";
        for (const ObjRef& item : static_cast<const rt::TupleObject*>(o)->items)
            if (!constKey(item.get(), key))
                return false;
        key += ')';
        return true;
    }
    default:
        return false;
    }
}

void ConstantFolder::store(const Expr& e, ObjRef v) {
    std::string key;
    if (!constKey(v.get(), key))
        return;
    ObjRef c = mergedConstant(std::move(key), std::move(v));
    m_in.constants[&e] = c;
    m_in.constantPool.push_back(c);
    e.constantSlot = static_cast<std::uint32_t>(m_in.constantPool.size());
}

const Object* ConstantFolder::constOf(const Expr* e) const {
    if (!e)
        return nullptr;
    auto it = m_in.constants.find(e);
    return it == m_in.constants.end() ? nullptr : it->second.get();
}

std::uint64_t ConstantFolder::intBits(const Object* o) {
    if (o->tag == rt::Tag::Bool)
        return static_cast<const rt::BoolObject*>(o)->value ? 1 : 0;
    auto* i = static_cast<const rt::IntObject*>(o);
    if (i->isBig())
        return i->big->bitLength();
    std::uint64_t m = i->small < 0 ? static_cast<std::uint64_t>(-(i->small + 1)) + 1
                                   : static_cast<std::uint64_t>(i->small);
    std::uint64_t bits = 0;
    while (m) {
        ++bits;
        m >>= 1;
    }
    return bits;
}
bool ConstantFolder::isInt(const Object* o) {
    return o->tag == rt::Tag::Int || o->tag == rt::Tag::Bool;
}
std::size_t ConstantFolder::seqSize(const Object* o) {
    if (o->tag == rt::Tag::Str)
        return static_cast<const rt::StrObject*>(o)->text.size();
    if (o->tag == rt::Tag::Tuple)
        return static_cast<const rt::TupleObject*>(o)->items.size();
    if (o->tag == rt::Tag::Bytes)
        return static_cast<const rt::BytesObject*>(o)->data.size();
    return 0;
}

// CPython's safe_multiply / safe_power / safe_lshift / safe_mod.
bool ConstantFolder::safeToFold(Operator op, const Object* a, const Object* b) {
    auto intValue = [](const Object* o) -> std::int64_t {
        if (o->tag == rt::Tag::Bool)
            return static_cast<const rt::BoolObject*>(o)->value;
        auto* i = static_cast<const rt::IntObject*>(o);
        return i->isBig() ? (i->big->isNegative() ? -1 : INT64_MAX) : i->small;
    };
    switch (op) {
    case Operator::Mult:
        if (isInt(a) && isInt(b)) {
            auto va = intBits(a), vb = intBits(b);
            if (va == 0 || vb == 0)
                return true;
            return va <= kMaxIntBits && vb <= kMaxIntBits && va + vb <= kMaxIntBits;
        }
        if (isInt(b) && !isInt(a))
            std::swap(a, b);
        if (isInt(a) && (b->tag == rt::Tag::Tuple || b->tag == rt::Tag::Str)) {
            std::int64_t n = intValue(a);
            std::size_t size = seqSize(b);
            std::size_t limit = b->tag == rt::Tag::Tuple ? kMaxCollectionSize : kMaxStrSize;
            if (n > 0 && size > 0 &&
                (static_cast<std::uint64_t>(n) > limit ||
                 static_cast<std::uint64_t>(n) * size > limit))
                return false;
        }
        return true;
    case Operator::Pow:
        if (isInt(a) && isInt(b) && intBits(a) > 0 && intValue(b) > 0) {
            auto va = intBits(a);
            auto w = static_cast<std::uint64_t>(intValue(b));
            if (va > kMaxIntBits)
                return false;
            return va <= kMaxIntBits / w;
        }
        return true;
    case Operator::LShift:
        if (isInt(a) && isInt(b) && intBits(a) > 0) {
            auto va = intBits(a);
            std::int64_t w = intValue(b);
            if (w < 0)
                return true;
            if (va > kMaxIntBits || static_cast<std::uint64_t>(w) > kMaxIntBits)
                return false;
            return static_cast<std::uint64_t>(w) <= kMaxIntBits - va;
        }
        return true;
    case Operator::Mod:
        return a->tag != rt::Tag::Str;
    default:
        return true;
    }
}

// CPython's compiler (starunpack_helper) turns `{1, 2, 3}` into a frozenset constant built
// from the items in source order, and merge_consts_recursive then builds it again from its
// own iteration order, which moves colliding items. Equal frozensets merge, so a later
// `{3, 2, 1}` takes the first one's table and order.
void ConstantFolder::foldSetDisplay(const Expr& e) {
    const ExprList& elts = e.as<syntax::Set>().elts;
    if (elts.size() <= 2)
        return;
    if (ObjRef frozen = frozenConstant(elts))
        m_in.setDisplayConstants[&e] = std::move(frozen);
}

// CPython's fold_iter, for what a `for`, a comprehension or an `in` test iterates: a list
// display of constants becomes a tuple constant, a set display a frozenset one, so a display
// written over several lines takes one step, on its first line.
void ConstantFolder::foldIterable(const Expr& e) {
    if (e.kind == ExprKind::List) {
        ObjVec items;
        for (const auto& x : e.as<syntax::List>().elts) {
            const Object* c = constOf(x.get());
            if (!c)
                return;
            items.push_back(ObjRef(const_cast<Object*>(c)));
        }
        store(e, m_in.heap().newTuple(std::move(items)));
        return;
    }
    if (e.kind != ExprKind::Set)
        return;
    ObjRef frozen = frozenConstant(e.as<syntax::Set>().elts);
    if (!frozen)
        return;
    m_in.setDisplayConstants.erase(&e);
    m_in.constants[&e] = frozen;
    m_in.constantPool.push_back(frozen);
    e.constantSlot = static_cast<std::uint32_t>(m_in.constantPool.size());
}

ObjRef ConstantFolder::frozenConstant(const ExprList& elts) {
    ObjVec items;
    std::vector<std::string> keys;
    for (const auto& x : elts) {
        const Object* c = constOf(x.get());
        std::string key;
        if (!c || !constKey(c, key))
            return nullptr;
        items.push_back(ObjRef(const_cast<Object*>(c)));
        keys.push_back(std::move(key));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::string key = "z(";
    for (const std::string& k : keys)
        key += k + ',';
    auto known = m_merged.find(key);
    if (known != m_merged.end())
        return known->second;
    auto first = m_in.heap().newSet(true);
    for (ObjRef& item : items)
        if (!m_in.setAdd(first.get(), std::move(item))) {
            m_in.clearException();
            return nullptr;
        }
    auto rebuilt = m_in.heap().newSet(true);
    first->forEach(
        [&](Object* item, std::int64_t hash) { rebuilt->add(ObjRef(item), hash, m_in); });
    m_merged.emplace(std::move(key), rebuilt);
    return rebuilt;
}

void ConstantFolder::planPercentFormat(const Expr& e, const std::string& format) {
    const ExprList& items = e.as<BinOp>().right->as<syntax::Tuple>().elts;
    for (const auto& x : items)
        if (x->kind == ExprKind::Starred)
            return;
    std::vector<PercentPart> parts;
    std::size_t pos = 0, used = 0;
    const std::size_t n = format.size();
    // Two digits at most, as simple_format_arg_parse reads them; -1 when absent.
    auto number = [&](int& out) {
        if (pos >= n || format[pos] < '0' || format[pos] > '9')
            return true;
        out = 0;
        for (int digits = 0; pos < n && format[pos] >= '0' && format[pos] <= '9'; ++pos) {
            if (++digits > 2)
                return false;
            out = out * 10 + (format[pos] - '0');
        }
        return true;
    };
    while (true) {
        std::string literal;
        while (pos < n && (format[pos] != '%' || (pos + 1 < n && format[pos + 1] == '%'))) {
            literal += format[pos];
            pos += format[pos] == '%' ? 2 : 1;
        }
        if (!literal.empty())
            parts.push_back(PercentPart{std::move(literal), -1, 0, {}});
        if (pos >= n)
            break;
        if (used >= items.size())
            return; // more units than items: left to run (and fail) as `%`
        ++pos;
        bool leftAlign = false;
        while (pos < n && std::string_view("-+ #0").find(format[pos]) != std::string_view::npos)
            leftAlign |= format[pos++] == '-';
        int width = -1, precision = -1;
        if (!number(width))
            return;
        if (pos < n && format[pos] == '.') {
            ++pos;
            precision = 0;
            if (!number(precision))
                return;
        }
        if (pos >= n || std::string_view("sra").find(format[pos]) == std::string_view::npos)
            return;
        std::string spec;
        if (!leftAlign && width > 0)
            spec += '>';
        if (width >= 0)
            spec += std::to_string(width);
        if (precision >= 0)
            spec += '.' + std::to_string(precision);
        parts.push_back(PercentPart{{}, static_cast<int>(used++), format[pos++], std::move(spec)});
    }
    if (used == items.size())
        m_in.percentAsFString[&e] = std::move(parts);
}

void ConstantFolder::fold(const Expr& e) {
    switch (e.kind) {
    case ExprKind::Constant: {
        auto& c = e.as<syntax::Constant>();
        ObjRef v;
        rt::Heap& h = m_in.heap();
        switch (c.constKind) {
        case ConstantKind::None:
            v = h.none();
            break;
        case ConstantKind::True:
            v = h.boolean(true);
            break;
        case ConstantKind::False:
            v = h.boolean(false);
            break;
        case ConstantKind::Ellipsis:
            v = h.ellipsis();
            break;
        case ConstantKind::Int:
            if (c.fitsInt64) {
                v = h.newInt(c.intValue);
            } else if (auto big = numeric::BigInt::fromString(c.text, 10)) {
                v = h.newInt(std::move(*big));
            }
            break;
        case ConstantKind::Float:
            v = h.newFloat(c.floatValue);
            break;
        case ConstantKind::Complex:
            v = h.newComplex(0.0, c.floatValue);
            break;
        case ConstantKind::Str:
            // One object per text; store() decides which (canonicalStr).
            v = c.text.empty() ? h.emptyStr() : ObjRef(h.freshStr(c.text));
            break;
        case ConstantKind::Bytes:
            // b'' and one-byte constants are the run-time cache's objects, as in CPython.
            v = h.newBytes(c.text);
            break;
        }
        if (v)
            store(e, v);
        break;
    }
    case ExprKind::UnaryOp: {
        auto& u = e.as<UnaryOp>();
        const Object* x = constOf(u.operand.get());
        if (!x)
            break;
        ObjRef r = m_in.unary(u.op, const_cast<Object*>(x));
        if (r)
            store(e, r);
        m_in.clearException();
        break;
    }
    case ExprKind::BinOp: {
        auto& b = e.as<BinOp>();
        const Object* x = constOf(b.left.get());
        const Object* y = constOf(b.right.get());
        if (b.op == Operator::Mod && x && x->tag == rt::Tag::Str && !y &&
            b.right->kind == ExprKind::Tuple) {
            planPercentFormat(e, static_cast<const rt::StrObject*>(x)->text);
            break;
        }
        if (!x || !y || !safeToFold(b.op, x, y))
            break;
        // `b'%d' % n` is not written (Unsupported when it runs): folding must not reach it.
        if (b.op == Operator::Mod && (x->tag == rt::Tag::Bytes || x->tag == rt::Tag::ByteArray))
            break;
        ObjRef r = m_in.binary(b.op, const_cast<Object*>(x), const_cast<Object*>(y));
        if (r)
            store(e, r);
        m_in.clearException();
        break;
    }
    case ExprKind::Tuple: {
        auto& t = e.as<syntax::Tuple>();
        if (t.ctx != ExprContext::Load)
            break;
        ObjVec items;
        for (const auto& x : t.elts) {
            const Object* c = constOf(x.get());
            if (!c)
                return;
            items.push_back(ObjRef(const_cast<Object*>(c)));
        }
        store(e, m_in.heap().newTuple(std::move(items)));
        break;
    }
    case ExprKind::Set:
        foldSetDisplay(e);
        break;
    case ExprKind::Subscript: {
        auto& sub = e.as<syntax::Subscript>();
        if (sub.ctx != ExprContext::Load)
            break;
        const Object* x = constOf(sub.value.get());
        const Object* y = constOf(sub.slice.get());
        if (!x || !y)
            break;
        ObjRef r = m_in.subscript(const_cast<Object*>(x), const_cast<Object*>(y));
        if (r)
            store(e, r);
        m_in.clearException();
        break;
    }
    default:
        break;
    }
}

} // namespace memstep::core::interp
