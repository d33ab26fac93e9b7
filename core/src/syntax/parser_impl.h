// The recursive-descent parser behind parse(), shared by parser.cpp (tokens, errors and the
// entry points), parser_statements.cpp and parser_compound.cpp (simple and compound
// statements), parser_expressions.cpp (operators, calls, targets), parser_displays.cpp
// (atoms, tuple/list/set/dict displays and comprehensions), literals.cpp (numbers, strings,
// f-strings) and checks.cpp (the errors CPython raises after parsing: 'return' outside
// function, duplicate arguments...).
//
// Errors are thrown as ParseFailure inside the parser only, to unwind the recursion in one
// step; parse() turns them into a Diagnostic, so nothing escapes the module.
#pragma once

#include "memstep/diagnostic.h"
#include "syntax/ast.h"
#include "syntax/lexer.h"
#include "syntax/parser.h"

#include <optional>
#include <string>
#include <string_view>

namespace memstep::core::syntax {

// CPython 3.11's parser gives up with MemoryError once its rules nest 6000 deep (MAXSTACK).
// An assignment's right-hand side starts about 32 rule levels down, so in `x = ---...1` the
// 5968th unary operator is the first one too many. We count one level per construct that
// makes our parser recurse without a bracket: one for a unary operator, `not` or the `else`
// of a conditional expression, two for `**` and lambda (CPython goes through two rules for
// those). That matches CPython's threshold for each of these chains alone. Brackets are
// bounded by the tokenizer (200). The limit also keeps the parser's own recursion well inside
// an 8 MB stack in a Debug build (memstep-trace parses on the main thread).
inline constexpr int kMaxParserNesting = 5967;
// CPython 3.11's compiler (symbol table) answers RecursionError "maximum recursion depth
// exceeded during compilation" when statements and expressions nest more than 3000 deep
// (its recursion limit of 1000 times 3). `x = 1+1+...` with 3000 terms is the first to fail.
// The parser stops building deeper trees than that (they are only ever thrown away), and
// checks.cpp counts the exact depth, so every later walk over the tree (checks, resolver,
// evaluator, destructors) recurses at most about this deep.
inline constexpr int kMaxCompileDepth = 3000;
inline constexpr const char* kCompileDepthMessage =
    "maximum recursion depth exceeded during compilation";

// Restores a counter when the scope ends, also when a ParseFailure unwinds it (the parser
// catches some failures and tries again).
class CounterRestore {
public:
    explicit CounterRestore(int& counter) : m_counter(counter), m_saved(counter) {}
    ~CounterRestore() { m_counter = m_saved; }
    CounterRestore(const CounterRestore&) = delete;
    CounterRestore& operator=(const CounterRestore&) = delete;

private:
    int& m_counter;
    int m_saved;
};

struct ParseFailure {
    Diagnostic diagnostic;
    int tokenLine = 0; // line of the furthest token read, to rank against tokenizer errors
    ErrorSpanEnd end;  // CPython's end_lineno/end_offset, for the caret line
};

class Parser {
public:
    explicit Parser(const TokenStream& stream) : m_stream(stream) {}

    std::unique_ptr<Module> parseModule();
    // For f-string replacement fields: parses one expression followed by end of input.
    ExprPtr parseStandaloneExpression();

    // Literals (literals.cpp).
    ExprPtr parseNumber(const Token& t);
    ExprPtr parseStrings();
    // One bytes literal of a run of adjacent ones, decoded onto the single Bytes constant.
    void appendBytesPart(const Token& t, std::string_view body, bool raw, const Token& after,
                         ExprList& parts);

    // Set after parseModule when an expression nests deeper than CPython's compiler allows
    // (kMaxCompileDepth); the module is then incomplete and must not be used.
    const std::optional<Diagnostic>& tooDeep() const { return m_tooDeep; }

private:
    friend struct FStringParser;

    // Nesting limits (see kMaxParserNesting and kMaxCompileDepth). enterNested() counts one
    // recursive level (restore m_nesting with a CounterRestore) and throws MemoryError past
    // the limit. nodeTooDeep() counts one more node around the expression being built (restore
    // m_chain); when true the caller must not nest the node, the error is recorded instead.
    void enterNested(int levels = 1);
    bool nodeTooDeep();

    // Token access.
    const Token& peek(std::size_t ahead = 0) const {
        std::size_t i = m_pos + ahead;
        return i < m_stream.tokens.size() ? m_stream.tokens[i] : m_stream.tokens.back();
    }
    const Token& next();
    bool atOp(std::string_view op) const { return peek().isOp(op); }
    bool atKeyword(std::string_view kw) const { return peek().isKeyword(kw); }
    bool acceptOp(std::string_view op);
    bool acceptKeyword(std::string_view kw);
    void expectOp(std::string_view op);
    void expectColon(bool forced);
    Location here() const {
        const Token& t = peek();
        return Location{t.line, t.column, t.line, t.column};
    }
    bool atNewline() const { return peek().kind == TokenKind::Newline; }

    // Errors.
    [[noreturn]] void fail(const std::string& message, const Token& at,
                           const char* type = "SyntaxError") const;
    [[noreturn]] void failAt(const std::string& message, int line, int byteColumn,
                             const char* type = "SyntaxError") const;
    // Reports at a node, spanning it (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
    [[noreturn]] void failAt(const std::string& message, const Location& at,
                             const char* type = "SyntaxError") const {
        failRange(message, at, at, type);
    }
    // Reports from the start of `from` to the end of `to`.
    [[noreturn]] void failRange(const std::string& message, const Location& from,
                                const Location& to, const char* type = "SyntaxError") const;
    [[noreturn]] void invalidSyntax() const;
    [[noreturn]] void failMaybeEquals(const Expr& name);
    [[noreturn]] void unsupported(const std::string& what, int line) const;

    template <class T> std::unique_ptr<T> startNode(const Token& t) const {
        auto node = std::make_unique<T>();
        node->line = t.line;
        node->column = t.column;
        return node;
    }
    template <class T> std::unique_ptr<T> startNode(const Location& l) const {
        auto node = std::make_unique<T>();
        node->line = l.line;
        node->column = l.column;
        return node;
    }
    void finish(Location& node) const {
        node.endLine = m_prevEndLine;
        node.endColumn = m_prevEndColumn;
    }

    // Statements.
    void parseStatement(StmtList& out);
    void parseSimpleStatements(StmtList& out);
    StmtPtr parseSimpleStatement();
    StmtPtr parseExpressionStatement();
    StmtPtr parseCompound();
    StmtList parseBlock(const std::string& what, int headerLine);
    StmtList parseElseBlock();
    StmtPtr parseIf(bool isElif);
    StmtPtr parseWhile();
    StmtPtr parseFor();
    StmtPtr parseTry();
    StmtPtr parseWith();
    StmtPtr parseFunctionDef(ExprList decorators);
    StmtPtr parseClassDef(ExprList decorators);
    StmtPtr parseImport();
    StmtPtr parseFromImport();
    StmtPtr parseRaise();
    StmtPtr parseReturn();
    StmtPtr parseDelete();
    StmtPtr parseAssert();
    StmtPtr parseGlobalOrNonlocal();
    void parseParameters(Arguments& args, bool isLambda, std::string_view closer);
    std::string parseDottedName();
    // CPython's private name mangling: inside a class body (and everything nested in it) an
    // identifier `__x` not ending in "__" is rewritten `_Class__x`, done here once so every
    // later stage sees the name the compiler would.
    std::string mangled(std::string_view name) const;
    // The match statement and its patterns (parser_patterns.cpp).
    bool isMatchStatement() const;
    StmtPtr parseMatch();
    void failMissingMatchColon(std::size_t start);
    PatternPtr parsePatterns();
    PatternPtr parseMaybeStarPattern();
    PatternPtr parsePattern();
    PatternPtr parseClosedPattern();
    PatternPtr parseSequencePattern();
    PatternPtr parseMappingPattern();
    PatternPtr parseClassPattern(const Token& start, ExprPtr cls);
    ExprPtr parseCaptureTarget(bool wildcardAllowed);
    ExprPtr parseLiteralExpr();
    ExprPtr parseNameOrAttr();

    // Expressions.
    ExprPtr parseStarExpressions(bool allowYield = false);
    ExprPtr parseStarExpression();
    ExprPtr parseStarNamedExpression();
    ExprPtr parseNamedExpression();
    ExprPtr parseExpression();
    ExprPtr parseDisjunction();
    ExprPtr parseConjunction();
    ExprPtr parseInversion();
    ExprPtr parseComparison();
    ExprPtr parseBitwiseOr();
    ExprPtr parseBitwiseXor();
    ExprPtr parseBitwiseAnd();
    ExprPtr parseShift();
    ExprPtr parseSum();
    ExprPtr parseTerm();
    ExprPtr parseFactor();
    ExprPtr parsePower();
    ExprPtr parsePrimary();
    ExprPtr parseAtom();
    ExprPtr parseLambda();
    ExprPtr parseYield();
    ExprPtr parseParenthesized();
    ExprPtr parseListDisplay();
    ExprPtr parseBraceDisplay();
    // The rest of a dict display whose first item is `key: value` (key null for `**value`).
    ExprPtr parseDictDisplay(const Token& open, ExprPtr key, ExprPtr value);
    // Tuple, list and set displays share these. parseMoreElements appends `first` (already
    // checked by afterElement) and every `, element` up to `closer`, a trailing comma allowed;
    // closeDisplay expects `closer`, leaves the bracket and ends `node` there.
    void parseMoreElements(ExprList& elts, ExprPtr first, std::string_view closer);
    void closeDisplay(Expr& node, std::string_view closer);
    // A generator expression, list or set comprehension whose element `elt` has been read.
    template <class Comp>
    ExprPtr parseComprehension(const Token& open, ExprPtr elt, std::string_view closer);
    ExprPtr parseSubscriptSlices();
    ExprPtr parseSlice();
    void parseCallArguments(Call& call, const Location& open);
    std::vector<Comprehension> parseComprehensionClauses();
    ExprPtr parseTargetList(); // for-loop and comprehension targets: stops before 'in'
    void afterElement(std::string_view closer, const Expr& element);
    bool startsExpression(const Token& t) const;
    std::optional<Location> tryParsesExpression();

    // Targets (Store/Del context) with CPython's "cannot assign to ..." errors.
    void setContext(Expr& e, ExprContext ctx);
    const Expr* invalidTarget(const Expr& e, ExprContext ctx) const;
    void checkTarget(Expr& e, ExprContext ctx);

    const TokenStream& m_stream;
    std::size_t m_pos = 0;
    int m_prevEndLine = 1;
    int m_prevEndColumn = 0;
    int m_bracketDepth = 0;
    int m_furthestLine = 1;
    std::size_t m_furthest = 0;
    int m_nesting = 0;
    int m_chain = 0;
    std::optional<Diagnostic> m_tooDeep;
    // The innermost enclosing class's name as written; empty outside any class.
    std::string m_className;
};

// The operator spelled `op` ("+", "//", ...) in a binary or augmented assignment.
Operator binaryOperator(std::string_view op);

// Whether CPython's bitwise_or rule can produce an expression of this kind (the left side
// of "cannot assign to X here. Maybe you meant '==' instead of '='?").
bool isBitwiseOrLevel(const Expr& e);

// Name of an expression kind as CPython's messages spell it ("function call", "literal").
std::string describeExpr(const Expr& e);

// A SyntaxError of a case pattern found by checkCasePattern (pattern_checks.cpp).
struct PatternError {
    std::string message;
    Location at;
};

// The errors CPython's compiler raises for one case's pattern; `allowIrrefutable` is true
// for the last case and a guarded one.
std::optional<PatternError> checkCasePattern(const Pattern& pattern, bool allowIrrefutable);

// The checks CPython's symbol table and compiler make after parsing; nullopt when clean.
std::optional<Diagnostic> checkModule(const Module& module, const TokenStream& stream,
                                      ErrorSpanEnd& end);

} // namespace memstep::core::syntax
