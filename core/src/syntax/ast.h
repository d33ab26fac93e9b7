// The abstract syntax tree of a Python 3.11 module, shaped for a fast tree-walking interpreter.
//
// Each node is a plain struct deriving from Expr or Stmt and tagged with a `kind`, so the
// interpreter dispatches with one switch and a static_cast (`node.as<Call>()`) instead of
// virtual visitors or std::visit. Children are owned by unique_ptr; optional children are
// null. The shapes follow CPython's `ast` module so its documentation applies, minus what we
// do not support (async is rejected by the parser).
//
// Positions are CPython's: `line`/`endLine` are 1-based, `column`/`endColumn` are 0-based
// UTF-8 byte offsets (CPython's col_offset/end_col_offset). Diagnostic.column is 1-based.
//
// Resolution data (`Name::scope`, `Name::slot`, `ScopeInfo`) is left empty by the parser and
// filled by the interpreter's resolver; it is mutable so a const tree can be annotated.
// After the first commit this file only grows: new kinds and fields, never renames.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace memstep::core::syntax {

struct Location {
    int line = 0;      // 1-based
    int column = 0;    // 0-based UTF-8 byte offset, like CPython's col_offset
    int endLine = 0;   // 1-based
    int endColumn = 0; // 0-based, exclusive
};

enum class ExprKind : std::uint8_t {
    BoolOp,
    NamedExpr,
    BinOp,
    UnaryOp,
    Lambda,
    IfExp,
    Dict,
    Set,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
    Yield,
    YieldFrom,
    Compare,
    Call,
    FormattedValue,
    JoinedStr,
    Constant,
    Attribute,
    Subscript,
    Starred,
    Name,
    List,
    Tuple,
    Slice,
};

enum class StmtKind : std::uint8_t {
    FunctionDef,
    ClassDef,
    Return,
    Delete,
    Assign,
    AugAssign,
    AnnAssign,
    For,
    While,
    If,
    With,
    Raise,
    Try,
    Assert,
    Import,
    ImportFrom,
    Global,
    Nonlocal,
    ExprStmt,
    Pass,
    Break,
    Continue,
    Match,
};

enum class ExprContext : std::uint8_t { Load, Store, Del };
enum class BoolOperator : std::uint8_t { And, Or };
enum class Operator : std::uint8_t {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
};
enum class UnaryOperator : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOperator : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// Python spelling of an operator ("+", "not in", ...), for messages and dumps.
const char* toString(Operator op);
const char* toString(UnaryOperator op);
const char* toString(CmpOperator op);
const char* toString(BoolOperator op);

// Where a name lives once the resolver has run. Unresolved until then.
enum class NameScope : std::uint8_t { Unresolved, Local, Global, Builtin, Cell, Free, ClassBody };

// Per-scope data for Module, FunctionDef, Lambda, ClassDef and comprehensions. The parser
// leaves it empty; the interpreter's resolver fills it (or hangs its own data on `extra`).
struct ScopeInfo {
    bool resolved = false;
    std::vector<std::string> locals;    // slot order
    std::vector<std::string> cellVars;  // locals captured by inner scopes
    std::vector<std::string> freeVars;  // names taken from enclosing scopes
    std::vector<std::string> globals;   // declared `global`
    std::vector<std::string> nonlocals; // declared `nonlocal`
    bool isGenerator = false;           // body contains yield / yield from (set by the parser)
    std::shared_ptr<void> extra;
};

struct Expr : Location {
    explicit Expr(ExprKind k) : kind(k) {}
    virtual ~Expr() = default;
    Expr(const Expr&) = delete;
    Expr& operator=(const Expr&) = delete;

    template <class T> T& as() { return static_cast<T&>(*this); }
    template <class T> const T& as() const { return static_cast<const T&>(*this); }

    const ExprKind kind;
    // Set by the interpreter's resolver when this expression folds to a constant: 1 + its
    // index in that interpreter's constant pool (0: evaluated at run time). Kept in the node
    // so evaluation needs no lookup; each run parses its own tree, resolved by one interpreter.
    mutable std::uint32_t constantSlot = 0;
};
using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

struct Stmt : Location {
    explicit Stmt(StmtKind k) : kind(k) {}
    virtual ~Stmt() = default;
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    template <class T> T& as() { return static_cast<T&>(*this); }
    template <class T> const T& as() const { return static_cast<const T&>(*this); }

    const StmtKind kind;
};
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

struct BoolOp : Expr {
    BoolOp() : Expr(ExprKind::BoolOp) {}
    BoolOperator op = BoolOperator::And;
    ExprList values; // two or more: `a and b and c` is one node
};

struct NamedExpr : Expr { // target := value
    NamedExpr() : Expr(ExprKind::NamedExpr) {}
    ExprPtr target; // always a Name (Store)
    ExprPtr value;
};

struct BinOp : Expr {
    BinOp() : Expr(ExprKind::BinOp) {}
    ExprPtr left;
    Operator op = Operator::Add;
    ExprPtr right;
};

struct UnaryOp : Expr {
    UnaryOp() : Expr(ExprKind::UnaryOp) {}
    UnaryOperator op = UnaryOperator::USub;
    ExprPtr operand;
};

struct Arg : Location {
    std::string name;
    ExprPtr annotation; // parsed and ignored; may be null
};

// Parameters of a def or lambda, in CPython's layout: `defaults` belong to the LAST
// entries of posOnlyArgs + args; kwDefaults is parallel to kwOnlyArgs (null = required).
struct Arguments {
    std::vector<Arg> posOnlyArgs;
    std::vector<Arg> args;
    std::optional<Arg> varArg; // *args
    std::vector<Arg> kwOnlyArgs;
    ExprList kwDefaults;
    std::optional<Arg> kwArg; // **kwargs
    ExprList defaults;
};

struct Lambda : Expr {
    Lambda() : Expr(ExprKind::Lambda) {}
    Arguments args;
    ExprPtr body;
    mutable ScopeInfo scope;
};

struct IfExp : Expr { // body if test else orElse
    IfExp() : Expr(ExprKind::IfExp) {}
    ExprPtr test;
    ExprPtr body;
    ExprPtr orElse;
};

struct Dict : Expr {
    Dict() : Expr(ExprKind::Dict) {}
    ExprList keys; // null key means `**values[i]`
    ExprList values;
};

struct Set : Expr {
    Set() : Expr(ExprKind::Set) {}
    ExprList elts;
};

struct Comprehension : Location { // for target in iter if ifs...
    ExprPtr target;
    ExprPtr iter;
    ExprList ifs;
};

struct ListComp : Expr {
    ListComp() : Expr(ExprKind::ListComp) {}
    ExprPtr elt;
    std::vector<Comprehension> generators;
    mutable ScopeInfo scope;
};

struct SetComp : Expr {
    SetComp() : Expr(ExprKind::SetComp) {}
    ExprPtr elt;
    std::vector<Comprehension> generators;
    mutable ScopeInfo scope;
};

struct DictComp : Expr {
    DictComp() : Expr(ExprKind::DictComp) {}
    ExprPtr key;
    ExprPtr value;
    std::vector<Comprehension> generators;
    mutable ScopeInfo scope;
};

struct GeneratorExp : Expr {
    GeneratorExp() : Expr(ExprKind::GeneratorExp) {}
    ExprPtr elt;
    std::vector<Comprehension> generators;
    mutable ScopeInfo scope;
};

struct Yield : Expr {
    Yield() : Expr(ExprKind::Yield) {}
    ExprPtr value; // may be null
};

struct YieldFrom : Expr {
    YieldFrom() : Expr(ExprKind::YieldFrom) {}
    ExprPtr value;
};

struct Compare : Expr { // left ops[0] comparators[0] ops[1] comparators[1] ...
    Compare() : Expr(ExprKind::Compare) {}
    ExprPtr left;
    std::vector<CmpOperator> ops;
    ExprList comparators;
};

struct Keyword : Location {
    std::string arg; // empty means `**value`
    ExprPtr value;
    // Set by the resolver for a named keyword: 1 + the constant-pool index of the str for
    // `arg`, the object a callee's **kwargs dict gets as its key (0: not resolved).
    mutable std::uint32_t nameSlot = 0;
};

struct Call : Expr {
    Call() : Expr(ExprKind::Call) {}
    ExprPtr func;
    ExprList args; // may contain Starred for *args
    std::vector<Keyword> keywords;
};

struct FormattedValue : Expr { // {value!conversion:formatSpec} inside an f-string
    FormattedValue() : Expr(ExprKind::FormattedValue) {}
    ExprPtr value;
    char conversion = 0; // 0 (none), 's', 'r' or 'a'
    ExprPtr formatSpec;  // a JoinedStr, or null
};

struct JoinedStr : Expr { // f-string: Constant (str) and FormattedValue parts
    JoinedStr() : Expr(ExprKind::JoinedStr) {}
    ExprList values;
};

enum class ConstantKind : std::uint8_t {
    None,
    True,
    False,
    Ellipsis,
    Int,
    Float,
    Str,
    Bytes,
    Complex, // an imaginary literal (2j): floatValue is its imaginary part
};

struct Constant : Expr {
    Constant() : Expr(ExprKind::Constant) {}
    ConstantKind constKind = ConstantKind::None;
    // Int: the value in decimal digits, whatever the literal's base ("255" for 0xff), no
    // sign, no underscores; the interpreter converts it with its BigInt.
    // Str: the decoded text as UTF-8. Bytes: the raw bytes.
    std::string text;
    double floatValue = 0.0; // Float
    // Int: true when the value fits in int64 (then it is in intValue), the fast path.
    bool fitsInt64 = false;
    std::int64_t intValue = 0;
};

struct Attribute : Expr { // value.attr
    Attribute() : Expr(ExprKind::Attribute) {}
    ExprPtr value;
    std::string attr;
    ExprContext ctx = ExprContext::Load;
};

struct Subscript : Expr { // value[slice]; `a[i, j]` has a Tuple slice, `a[1:2]` a Slice
    Subscript() : Expr(ExprKind::Subscript) {}
    ExprPtr value;
    ExprPtr slice;
    ExprContext ctx = ExprContext::Load;
};

struct Starred : Expr { // *value in calls, displays and assignment targets
    Starred() : Expr(ExprKind::Starred) {}
    ExprPtr value;
    ExprContext ctx = ExprContext::Load;
};

struct Name : Expr {
    Name() : Expr(ExprKind::Name) {}
    std::string id;
    ExprContext ctx = ExprContext::Load;
    // Filled by the interpreter's resolver.
    mutable NameScope scope = NameScope::Unresolved;
    mutable int slot = -1;
    mutable int depth = 0;
};

struct List : Expr {
    List() : Expr(ExprKind::List) {}
    ExprList elts;
    ExprContext ctx = ExprContext::Load;
};

struct Tuple : Expr {
    Tuple() : Expr(ExprKind::Tuple) {}
    ExprList elts;
    ExprContext ctx = ExprContext::Load;
};

struct Slice : Expr { // lower:upper:step, each may be null
    Slice() : Expr(ExprKind::Slice) {}
    ExprPtr lower;
    ExprPtr upper;
    ExprPtr step;
};

struct FunctionDef : Stmt {
    FunctionDef() : Stmt(StmtKind::FunctionDef) {}
    std::string name;      // the function's __name__, as written
    std::string boundName; // the variable the def stores to: `name` mangled in a class
    Arguments args;
    StmtList body;
    ExprList decorators; // outermost first, as written
    ExprPtr returns;     // annotation; parsed and ignored, may be null
    mutable ScopeInfo scope;
};

struct ClassDef : Stmt {
    ClassDef() : Stmt(StmtKind::ClassDef) {}
    std::string name;      // the class's __name__, as written
    std::string boundName; // the variable the class statement stores to, mangled in a class
    ExprList bases;
    std::vector<Keyword> keywords;
    StmtList body;
    ExprList decorators;
    mutable ScopeInfo scope;
};

struct Return : Stmt {
    Return() : Stmt(StmtKind::Return) {}
    ExprPtr value; // may be null
};

struct Delete : Stmt {
    Delete() : Stmt(StmtKind::Delete) {}
    ExprList targets;
};

struct Assign : Stmt { // targets[0] = targets[1] = ... = value
    Assign() : Stmt(StmtKind::Assign) {}
    ExprList targets;
    ExprPtr value;
};

struct AugAssign : Stmt { // target op= value
    AugAssign() : Stmt(StmtKind::AugAssign) {}
    ExprPtr target;
    Operator op = Operator::Add;
    ExprPtr value;
};

struct AnnAssign : Stmt { // target: annotation = value
    AnnAssign() : Stmt(StmtKind::AnnAssign) {}
    ExprPtr target;
    ExprPtr annotation;
    ExprPtr value;       // may be null
    bool simple = false; // target is a bare Name, not in parentheses
};

struct For : Stmt {
    For() : Stmt(StmtKind::For) {}
    ExprPtr target;
    ExprPtr iter;
    StmtList body;
    StmtList orElse;
};

struct While : Stmt {
    While() : Stmt(StmtKind::While) {}
    ExprPtr test;
    StmtList body;
    StmtList orElse;
};

struct If : Stmt { // elif is a nested If alone in orElse, as in CPython
    If() : Stmt(StmtKind::If) {}
    ExprPtr test;
    StmtList body;
    StmtList orElse;
};

struct WithItem {
    ExprPtr contextExpr;
    ExprPtr optionalVars; // the `as` target, may be null
};

struct With : Stmt {
    With() : Stmt(StmtKind::With) {}
    std::vector<WithItem> items;
    StmtList body;
};

struct Raise : Stmt { // raise exc from cause
    Raise() : Stmt(StmtKind::Raise) {}
    ExprPtr exc;   // may be null (bare re-raise)
    ExprPtr cause; // may be null
};

struct ExceptHandler : Location {
    ExprPtr type;     // may be null (bare except)
    std::string name; // empty when there is no `as`
    StmtList body;
};

struct Try : Stmt {
    Try() : Stmt(StmtKind::Try) {}
    StmtList body;
    std::vector<ExceptHandler> handlers;
    StmtList orElse;
    StmtList finalBody;
};

struct Assert : Stmt {
    Assert() : Stmt(StmtKind::Assert) {}
    ExprPtr test;
    ExprPtr msg; // may be null
};

struct Alias : Location { // name as asName; name may be dotted ("os.path")
    std::string name;
    std::string asName; // empty when there is no `as`
};

struct Import : Stmt {
    Import() : Stmt(StmtKind::Import) {}
    std::vector<Alias> names;
};

struct ImportFrom : Stmt { // from module import names
    ImportFrom() : Stmt(StmtKind::ImportFrom) {}
    std::string module;       // may be empty for `from . import x`
    std::vector<Alias> names; // a single "*" for `from x import *`
    int level = 0;            // number of leading dots
};

struct Global : Stmt {
    Global() : Stmt(StmtKind::Global) {}
    std::vector<std::string> names;
};

struct Nonlocal : Stmt {
    Nonlocal() : Stmt(StmtKind::Nonlocal) {}
    std::vector<std::string> names;
};

struct ExprStmt : Stmt {
    ExprStmt() : Stmt(StmtKind::ExprStmt) {}
    ExprPtr value;
};

struct Pass : Stmt {
    Pass() : Stmt(StmtKind::Pass) {}
};

struct Break : Stmt {
    Break() : Stmt(StmtKind::Break) {}
};

struct Continue : Stmt {
    Continue() : Stmt(StmtKind::Continue) {}
};

// The patterns of a `match` statement (CPython's MatchValue, MatchSingleton, MatchSequence,
// MatchMapping, MatchClass, MatchStar, MatchAs and MatchOr), one struct tagged by `kind` since
// each kind uses a few of the same fields. A capture or a star/`**` target is a Name in Store
// context so the resolver gives it a slot like any assignment target; null means `_`.
enum class PatternKind : std::uint8_t { Value, Singleton, Sequence, Mapping, Class, Star, As, Or };

struct Pattern;
using PatternPtr = std::unique_ptr<Pattern>;

struct Pattern : Location {
    explicit Pattern(PatternKind k) : kind(k) {}
    Pattern(const Pattern&) = delete;
    Pattern& operator=(const Pattern&) = delete;

    const PatternKind kind;
    // Value: the literal or dotted name compared with ==; Singleton: the None/True/False
    // Constant compared with `is`; Class: the class expression.
    ExprPtr value;
    // Sequence: the elements (one may be a Star); Or: the alternatives; Class: the positional
    // sub-patterns; Mapping: the value patterns, parallel to `keys`.
    std::vector<PatternPtr> patterns;
    ExprList keys;                       // Mapping: literal or value-pattern keys
    std::vector<std::string> kwdAttrs;   // Class: keyword attribute names
    std::vector<PatternPtr> kwdPatterns; // Class: parallel to kwdAttrs
    PatternPtr pattern;                  // As: the sub-pattern (null for a bare capture or `_`)
    ExprPtr name; // As, Star: the capture target; Mapping: the `**rest` target; null when `_`
};

// Calls `visit` on each expression of a pattern in source order: values, keys, classes and
// the capture Names (Store), for the walks that treat patterns like other targets.
void forEachPatternExpr(const Pattern& pattern, const std::function<void(const Expr&)>& visit);

struct MatchCase : Location { // case pattern [if guard]: body
    PatternPtr pattern;
    ExprPtr guard; // may be null
    StmtList body;
};

struct Match : Stmt {
    Match() : Stmt(StmtKind::Match) {}
    ExprPtr subject;
    std::vector<MatchCase> cases;
};

struct Module {
    StmtList body;
    mutable ScopeInfo scope;
};

} // namespace memstep::core::syntax
