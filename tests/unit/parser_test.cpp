// Parser tests: AST shapes and CPython 3.11's syntax errors.
//
// Every expected dump and every (type, message, line, offset) below was produced by real
// python3 3.11 (ast.parse rendered in the same S-expression form, and compile() errors),
// not written by hand.
#include "syntax/ast_dump.h"
#include "syntax/parser.h"

#include <gtest/gtest.h>
#include <string>

using namespace memstep::core;
using namespace memstep::core::syntax;

namespace {

std::string shape(const std::string& source) {
    ParseResult r = parse(source);
    if (r.error)
        return r.error->type + ": " + r.error->message;
    return dump(*r.module);
}

struct ShapeCase {
    const char* source;
    const char* expected;
};

const ShapeCase kShapes[] = {
    {"y = f'{d[\"k\"]}' f\"{a}b\" \"c\"",
     "(Module (Assign (targets (Name y Store)) (JoinedStr (FormattedValue (Subscript (Name d) "
     "(Constant 'k'))) (FormattedValue (Name a)) (Constant 'bc'))))"},
    {"s = 'a\\n\\t\\\\\\'\\\"\\x41\\u00e9\\U0001F600\\101' r'\\n' R\"\\d\" u'x'",
     "(Module (Assign (targets (Name s Store)) (Constant 'a\\n\\t\\\\\\'\"Aé😀A\\\\n\\\\dx')))"},
    {"s = \"\"\"multi\nline\"\"\" + '''other'''",
     "(Module (Assign (targets (Name s Store)) (BinOp + (Constant 'multi\\nline') (Constant "
     "'other'))))"},
    {"n = [0x1F, 0o17, 0b101, 1_000_000, 1.5, 1e10, .5, 5., 1_0.0_1e+1_0, 0, 00, 0_0, "
     "123456789012345678901234567890]",
     "(Module (Assign (targets (Name n Store)) (List (Constant 31) (Constant 15) (Constant 5) "
     "(Constant 1000000) (Constant 1.5) (Constant 10000000000.0) (Constant 0.5) (Constant 5.0) "
     "(Constant 100100000000.0) (Constant 0) (Constant 0) (Constant 0) (Constant "
     "123456789012345678901234567890))))"},
    {"a = b = 1\nfirst, *rest = xs\n[a, b] = c\na.b[c] = d\nx: int = 1\ny: list[int]\ndel a, b[0], "
     "c.d\na += 1; b //= 2; c **= 3; d @= e; f >>= 1; g <<= 2; h |= 1; i ^= 1; j &= 1; k %= 2; l "
     "-= 1; m *= 2; n /= 3",
     "(Module (Assign (targets (Name a Store) (Name b Store)) (Constant 1)) (Assign (targets "
     "(Tuple (Name first Store) (Starred (Name rest Store) Store) Store)) (Name xs)) (Assign "
     "(targets (List (Name a Store) (Name b Store) Store)) (Name c)) (Assign (targets (Subscript "
     "(Attribute (Name a) b) (Name c) Store)) (Name d)) (AnnAssign (Name x Store) (Name int) "
     "(Constant 1) simple) (AnnAssign (Name y Store) (Subscript (Name list) (Name int)) simple) "
     "(Delete (Name a Del) (Subscript (Name b) (Constant 0) Del) (Attribute (Name c) d Del)) "
     "(AugAssign (Name a Store) += (Constant 1)) (AugAssign (Name b Store) //= (Constant 2)) "
     "(AugAssign (Name c Store) **= (Constant 3)) (AugAssign (Name d Store) @= (Name e)) "
     "(AugAssign (Name f Store) >>= (Constant 1)) (AugAssign (Name g Store) <<= (Constant 2)) "
     "(AugAssign (Name h Store) |= (Constant 1)) (AugAssign (Name i Store) ^= (Constant 1)) "
     "(AugAssign (Name j Store) &= (Constant 1)) (AugAssign (Name k Store) %= (Constant 2)) "
     "(AugAssign (Name l Store) -= (Constant 1)) (AugAssign (Name m Store) *= (Constant 2)) "
     "(AugAssign (Name n Store) /= (Constant 3)))"},
    {"def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\ndef g(a, /, b, *, c): pass\ndef "
     "h(*, a=1): pass\nlambda: 0\nlambda x, y=1, *a, z, **k: x\n@dec\n@dec2(1)\nclass A(B, "
     "metaclass=M):\n    pass",
     "(Module (FunctionDef f (args a b *args c d **kw) (defaults (Constant 1)) (kwdefaults _ "
     "(Constant 2)) (returns (Name int)) (Return (Name a))) (FunctionDef g (args a / b * c) "
     "(Pass)) (FunctionDef h (args * a) (kwdefaults (Constant 1)) (Pass)) (Expr (Lambda (args) "
     "(Constant 0))) (Expr (Lambda (args x y *a z **k) (defaults (Constant 1)) (Name x))) "
     "(ClassDef A (bases (Name B)) (kw metaclass (Name M)) (decorators (Name dec) (Call (Name "
     "dec2) (args (Constant 1)))) (Pass)))"},
    {"try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    "
     "pass\nelse:\n    pass\nfinally:\n    pass\nraise\nraise X\nraise X from Y\nassert x, "
     "\"msg\"\nglobal a, b",
     "(Module (Try (Pass) (except (Tuple (Name A) (Name B)) as e (Pass)) (except (Name C) (Pass)) "
     "(except (Pass)) (else (Pass)) (finally (Pass))) (Raise) (Raise (Name X)) (Raise (Name X) "
     "(from (Name Y))) (Assert (Name x) (Constant 'msg')) (Global a b))"},
    {"def f():\n    nonlocal_x = 1\n    def g():\n        nonlocal nonlocal_x\n        yield "
     "nonlocal_x\n        yield\n        yield from g()\n        x = yield 1\n    return g",
     "(Module (FunctionDef f (args) (Assign (targets (Name nonlocal_x Store)) (Constant 1)) "
     "(FunctionDef g (args) (Nonlocal nonlocal_x) (Expr (Yield (Name nonlocal_x))) (Expr (Yield)) "
     "(Expr (YieldFrom (Call (Name g)))) (Assign (targets (Name x Store)) (Yield (Constant 1)))) "
     "(Return (Name g))))"},
    {"import os, os.path as p\nfrom os import path, sep as s\nfrom . import x\nfrom ..a.b import "
     "(c, d,)\nfrom os import *",
     "(Module (Import os os.path as p) (ImportFrom os path sep as s) (ImportFrom . x) (ImportFrom "
     "..a.b c d) (ImportFrom os *))"},
    {"with open(a) as f, open(b) as g:\n    pass\nwith a:\n    pass\nwith (a as b, c as d):\n    "
     "pass\nwith (a, b):\n    pass",
     "(Module (With (item (Call (Name open) (args (Name a))) (Name f Store)) (item (Call (Name "
     "open) (args (Name b))) (Name g Store)) (Pass)) (With (item (Name a)) (Pass)) (With (item "
     "(Name a) (Name b Store)) (item (Name c) (Name d Store)) (Pass)) (With (item (Name a)) (item "
     "(Name b)) (Pass)))"},
    {"x = a if b else c\ny = (z := 10)\nprint(not a, -a, +a, ~a, a and b or c, a < b <= c != d, a "
     "is not b, a not in b, a in b, a is b)\nz = a + b * c ** -d // e % f @ g - h << 1 >> 2 & 3 | "
     "4 ^ 5",
     "(Module (Assign (targets (Name x Store)) (IfExp (Name b) (Name a) (Name c))) (Assign "
     "(targets (Name y Store)) (NamedExpr (Name z Store) (Constant 10))) (Expr (Call (Name print) "
     "(args (UnaryOp not (Name a)) (UnaryOp - (Name a)) (UnaryOp + (Name a)) (UnaryOp ~ (Name a)) "
     "(BoolOp or (BoolOp and (Name a) (Name b)) (Name c)) (Compare (Name a) < (Name b) <= (Name c) "
     "!= (Name d)) (Compare (Name a) is not (Name b)) (Compare (Name a) not in (Name b)) (Compare "
     "(Name a) in (Name b)) (Compare (Name a) is (Name b))))) (Assign (targets (Name z Store)) "
     "(BinOp | (BinOp & (BinOp >> (BinOp << (BinOp - (BinOp + (Name a) (BinOp @ (BinOp % (BinOp // "
     "(BinOp * (Name b) (BinOp ** (Name c) (UnaryOp - (Name d)))) (Name e)) (Name f)) (Name g))) "
     "(Name h)) (Constant 1)) (Constant 2)) (Constant 3)) (BinOp ^ (Constant 4) (Constant 5)))))"},
    {"f(a, *b, c=1, **d)\nx[1:2:3], x[::2], x[i, j], x[:], x[1:], x[:, 1], x[...]\n{**a, 'b': "
     "1}\n[*a, *b]\n{1, 2, *c}\n(*a, b)\n[x for x in y if x if z for w in x]\n{k: v for k, v in "
     "d.items()}\n{x for x in y}\n(x for x in y)\nsum(x for x in y)",
     "(Module (Expr (Call (Name f) (args (Name a) (Starred (Name b))) (kw c (Constant 1)) (kw ** "
     "(Name d)))) (Expr (Tuple (Subscript (Name x) (Slice (Constant 1) (Constant 2) (Constant 3))) "
     "(Subscript (Name x) (Slice _ _ (Constant 2))) (Subscript (Name x) (Tuple (Name i) (Name j))) "
     "(Subscript (Name x) (Slice _ _ _)) (Subscript (Name x) (Slice (Constant 1) _ _)) (Subscript "
     "(Name x) (Tuple (Slice _ _ _) (Constant 1))) (Subscript (Name x) (Constant ...)))) (Expr "
     "(Dict (** (Name a)) ((Constant 'b'): (Constant 1)))) (Expr (List (Starred (Name a)) (Starred "
     "(Name b)))) (Expr (Set (Constant 1) (Constant 2) (Starred (Name c)))) (Expr (Tuple (Starred "
     "(Name a)) (Name b))) (Expr (ListComp (Name x) (for (Name x Store) (Name y) (if (Name x)) (if "
     "(Name z))) (for (Name w Store) (Name x)))) (Expr (DictComp (Name k) (Name v) (for (Tuple "
     "(Name k Store) (Name v Store) Store) (Call (Attribute (Name d) items))))) (Expr (SetComp "
     "(Name x) (for (Name x Store) (Name y)))) (Expr (GeneratorExp (Name x) (for (Name x Store) "
     "(Name y)))) (Expr (Call (Name sum) (args (GeneratorExp (Name x) (for (Name x Store) (Name "
     "y)))))))"},
    {"if a: b\nelif c: d\nelse: e\nwhile x: pass\nelse: pass\nfor i in range(3): print(i)\nelse: "
     "pass\nx = 1 \\\n  + 2\ny = (1 +\n     2)\nz = [\n  1,\n  2,\n]",
     "(Module (If (Name a) (Expr (Name b)) (else (If (Name c) (Expr (Name d)) (else (Expr (Name "
     "e)))))) (While (Name x) (Pass) (else (Pass))) (For (Name i Store) (Call (Name range) (args "
     "(Constant 3))) (Expr (Call (Name print) (args (Name i)))) (else (Pass))) (Assign (targets "
     "(Name x Store)) (BinOp + (Constant 1) (Constant 2))) (Assign (targets (Name y Store)) (BinOp "
     "+ (Constant 1) (Constant 2))) (Assign (targets (Name z Store)) (List (Constant 1) (Constant "
     "2))))"},
    {"class C:\n    x = 1\n    def m(self):\n        return self.x",
     "(Module (ClassDef C (Assign (targets (Name x Store)) (Constant 1)) (FunctionDef m (args "
     "self) (Return (Attribute (Name self) x)))))"},
    {"print(1if x else 2)",
     "(Module (Expr (Call (Name print) (args (IfExp (Name x) (Constant 1) (Constant 2))))))"},
    {"x = 1 ;", "(Module (Assign (targets (Name x Store)) (Constant 1)))"},
    {"if True:\n    pass\n    # comment\n  # weird comment\nx = 1",
     "(Module (If (Constant True) (Pass)) (Assign (targets (Name x Store)) (Constant 1)))"},
    {"def f(a,\n      b):\n    return (a\n            + b)",
     "(Module (FunctionDef f (args a b) (Return (BinOp + (Name a) (Name b)))))"},
    {"for x, y in z: pass\nfor (x, y) in z: pass\nfor [x, y] in z: pass\nfor x, in z: pass",
     "(Module (For (Tuple (Name x Store) (Name y Store) Store) (Name z) (Pass)) (For (Tuple (Name "
     "x Store) (Name y Store) Store) (Name z) (Pass)) (For (List (Name x Store) (Name y Store) "
     "Store) (Name z) (Pass)) (For (Tuple (Name x Store) Store) (Name z) (Pass)))"},
    {"x = ()\ny = (1,)\nz = 1,\nw = []\nv = {}\nt = -1\nu = - 1\ns = -0x10",
     "(Module (Assign (targets (Name x Store)) (Tuple)) (Assign (targets (Name y Store)) (Tuple "
     "(Constant 1))) (Assign (targets (Name z Store)) (Tuple (Constant 1))) (Assign (targets (Name "
     "w Store)) (List)) (Assign (targets (Name v Store)) (Dict)) (Assign (targets (Name t Store)) "
     "(UnaryOp - (Constant 1))) (Assign (targets (Name u Store)) (UnaryOp - (Constant 1))) (Assign "
     "(targets (Name s Store)) (UnaryOp - (Constant 16))))"},
    {"print(f\"{'nested' if x else "
     "'other'}\")\nprint(f\"{x:{'>'}{10}}\")\nprint(f\"{3.14159:.2f}\")\nprint(f\"{'{'}\")\nprint("
     "f\"{x}\" f\"{y}\")\nprint(rf\"\\d{x}\")\nprint(f\"\\n{x}\\t\")",
     "(Module (Expr (Call (Name print) (args (JoinedStr (FormattedValue (IfExp (Name x) (Constant "
     "'nested') (Constant 'other'))))))) (Expr (Call (Name print) (args (JoinedStr (FormattedValue "
     "(Name x) (spec (JoinedStr (FormattedValue (Constant '>')) (FormattedValue (Constant "
     "10))))))))) (Expr (Call (Name print) (args (JoinedStr (FormattedValue (Constant "
     "3.1415899999999999) (spec (JoinedStr (Constant '.2f')))))))) (Expr (Call (Name print) (args "
     "(JoinedStr (FormattedValue (Constant '{')))))) (Expr (Call (Name print) (args (JoinedStr "
     "(FormattedValue (Name x)) (FormattedValue (Name y)))))) (Expr (Call (Name print) (args "
     "(JoinedStr (Constant '\\\\d') (FormattedValue (Name x)))))) (Expr (Call (Name print) (args "
     "(JoinedStr (Constant '\\n') (FormattedValue (Name x)) (Constant '\\t'))))))"},
    {"a = 'é' + \"日本\"\né = 1\n日本 = 2",
     "(Module (Assign (targets (Name a Store)) (BinOp + (Constant 'é') (Constant '日本'))) (Assign "
     "(targets (Name é Store)) (Constant 1)) (Assign (targets (Name 日本 Store)) (Constant 2)))"},
    {"match = 1\ncase = 2\nmatch.x = 3\nprint(match, case)\n_ = 5\ntype = 4",
     "(Module (Assign (targets (Name match Store)) (Constant 1)) (Assign (targets (Name case "
     "Store)) (Constant 2)) (Assign (targets (Attribute (Name match) x Store)) (Constant 3)) (Expr "
     "(Call (Name print) (args (Name match) (Name case)))) (Assign (targets (Name _ Store)) "
     "(Constant 5)) (Assign (targets (Name type Store)) (Constant 4)))"},
    {"x = [1, 2, 3][1:]\ny = x[-1]\nz = x[::-1]",
     "(Module (Assign (targets (Name x Store)) (Subscript (List (Constant 1) (Constant 2) "
     "(Constant 3)) (Slice (Constant 1) _ _))) (Assign (targets (Name y Store)) (Subscript (Name "
     "x) (UnaryOp - (Constant 1)))) (Assign (targets (Name z Store)) (Subscript (Name x) (Slice _ "
     "_ (UnaryOp - (Constant 1))))))"},
    {"if (n := len(a)) > 10: pass\n[y := f(x), y**2]",
     "(Module (If (Compare (NamedExpr (Name n Store) (Call (Name len) (args (Name a)))) > "
     "(Constant 10)) (Pass)) (Expr (List (NamedExpr (Name y Store) (Call (Name f) (args (Name "
     "x)))) (BinOp ** (Name y) (Constant 2)))))"},
    {"def f(*args): pass\ndef g(**kwargs): pass\ndef h(a, b, /): pass\ndef i(a=1, /, b=2): pass",
     "(Module (FunctionDef f (args *args) (Pass)) (FunctionDef g (args **kwargs) (Pass)) "
     "(FunctionDef h (args a b /) (Pass)) (FunctionDef i (args a / b) (defaults (Constant 1) "
     "(Constant 2)) (Pass)))"},
    {"x = 1 if 2 else 3 if 4 else 5\ny = lambda: (yield)",
     "(Module (Assign (targets (Name x Store)) (IfExp (Constant 2) (Constant 1) (IfExp (Constant "
     "4) (Constant 3) (Constant 5)))) (Assign (targets (Name y Store)) (Lambda (args) (Yield))))"},
    {"print(*args, sep='', end='\\n')\nprint()\n",
     "(Module (Expr (Call (Name print) (args (Starred (Name args))) (kw sep (Constant '')) (kw end "
     "(Constant '\\n')))) (Expr (Call (Name print))))"},
};

struct ErrorCase {
    const char* source;
    const char* type;
    const char* message;
    int line;
    int column;
};

const ErrorCase kErrors[] = {
    {"x = \"abc\ny = 2", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
    {"x = 1\ny = \"\"\"abc\ndef", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 3)", 2, 5},
    {"print \"hi\"", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?",
     1, 1},
    {"foo(1, 2\nx = 3", "SyntaxError", "'(' was never closed", 1, 4},
    {"foo(1, 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('",
     1, 9},
    {"foo(1,\n 2]", "SyntaxError",
     "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3},
    {"x = )", "SyntaxError", "unmatched ')'", 1, 5},
    {"1abc = 2", "SyntaxError", "invalid decimal literal", 1, 1},
    {"x = 1…", "SyntaxError", "invalid character '…' (U+2026)", 1, 6},
    {"x = a b", "SyntaxError", "invalid syntax", 1, 7},
    {"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9},
    {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12},
    {"if x\n  pass", "SyntaxError", "expected ':'", 1, 5},
    {"if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1",
     2, 1},
    {" x = 1", "IndentationError", "unexpected indent", 1, 1},
    {"if x:\n    a = 1\n  b = 2", "IndentationError",
     "unindent does not match any outer indentation level", 3, 8},
    {"if x:\n\ta = 1\n        b = 2", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1},
    {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?",
     1, 1},
    {"f() = 3", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"return 1", "SyntaxError", "'return' outside function", 1, 1},
    {"break", "SyntaxError", "'break' outside loop", 1, 1},
    {"continue", "SyntaxError", "'continue' not properly in loop", 1, 1},
    {"x = $", "SyntaxError", "invalid syntax", 1, 5},
    {"x = (1,\ny = 2", "SyntaxError", "'(' was never closed", 1, 5},
    {"x = [1, 2", "SyntaxError", "'[' was never closed", 1, 5},
    {"x = 1 +", "SyntaxError", "invalid syntax", 1, 8},
    {"x = 0777", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5},
    {"x = 1_000_", "SyntaxError", "invalid decimal literal", 1, 10},
    {"x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6},
    {"x = 1e", "SyntaxError", "invalid decimal literal", 1, 5},
    {"for x in y:", "IndentationError",
     "expected an indented block after 'for' statement on line 1", 1, 12},
    {"class A:", "IndentationError", "expected an indented block after class definition on line 1",
     1, 9},
    {"x = \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
    {"def f(:\n    pass", "SyntaxError", "invalid syntax", 1, 7},
    {"x = 'a' 'b' c", "SyntaxError", "invalid syntax", 1, 13},
    {"x = [1 2]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6},
    {"x=1\n    y=2", "IndentationError", "unexpected indent", 2, 4},
    {"x = “hello”", "SyntaxError", "invalid character '“' (U+201C)", 1, 5},
    {"x = a\\ b", "SyntaxError", "unexpected character after line continuation character", 1, 7},
    {"x = 1 + \\", "SyntaxError", "unexpected EOF while parsing", 1, 10},
    {"x = 'abc\\\ndef", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5},
    {"x = \"\"\"abc", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 1)", 1, 5},
    {"x = \"\"\"abc\ndef", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
    {"if x:\n    pass\n  else:\n    pass", "IndentationError",
     "unindent does not match any outer indentation level", 3, 8},
    {"x = 0o78", "SyntaxError", "invalid digit '8' in octal literal", 1, 8},
    {"x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 8},
    {"x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6},
    {"x = 1.5e+", "SyntaxError", "invalid decimal literal", 1, 9},
    {"def f():\nx = 1", "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1},
    {"while True:\n# c\n", "IndentationError",
     "expected an indented block after 'while' statement on line 1", 2, 4},
    {"try:\n    pass\nexcept:\nx = 1", "IndentationError",
     "expected an indented block after 'except' statement on line 3", 4, 1},
    {"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking",
     1, 8},
    {"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3},
    {"a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1},
    {"del 1", "SyntaxError", "cannot delete literal", 1, 5},
    {"x = 5 = 6", "SyntaxError", "cannot assign to literal", 1, 5},
    {"(a, 1) = 2", "SyntaxError", "cannot assign to literal", 1, 5},
    {"x +", "SyntaxError", "invalid syntax", 1, 4},
    {"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3},
    {"x = ", "SyntaxError", "invalid syntax", 1, 5},
    {"else: pass", "SyntaxError", "invalid syntax", 1, 1},
    {"def f(x, x): pass", "SyntaxError", "duplicate argument 'x' in function definition", 1, 10},
    {"nonlocal x", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1},
    {"def f():\n    global x\n    x = 1\n    global x", "SyntaxError",
     "name 'x' is assigned to before global declaration", 4, 5},
    {"x = {1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 12},
    {"x = [i for i in range(3) if i else 0]", "SyntaxError", "invalid syntax", 1, 31},
    {"def f:\n    pass", "SyntaxError", "expected '('", 1, 6},
    {"class A\n    pass", "SyntaxError", "expected ':'", 1, 8},
    {"for x in y\n    pass", "SyntaxError", "expected ':'", 1, 11},
    {"for x in y z:\n    pass", "SyntaxError", "invalid syntax", 1, 12},
    {"while x\n    pass", "SyntaxError", "expected ':'", 1, 8},
    {"with a as b\n    pass", "SyntaxError", "expected ':'", 1, 12},
    {"try\n    pass", "SyntaxError", "expected ':'", 1, 4},
    {"if x:\n    pass\nelse\n    pass", "SyntaxError", "expected ':'", 3, 5},
    {"if x = 1:\n    pass", "SyntaxError",
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4},
    {"if x.y = 1:\n    pass", "SyntaxError",
     "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4},
    {"x = 5 6", "SyntaxError", "invalid syntax", 1, 7},
    {"f(x=1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5},
    {"class A:\n    return 1", "SyntaxError", "'return' outside function", 2, 5},
    {"yield 1", "SyntaxError", "'yield' outside function", 1, 1},
    {"x = f\"{a!x}\"", "SyntaxError",
     "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13},
    {"x = f\"{a\"", "SyntaxError", "f-string: expecting '}'", 1, 10},
    {"x = f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 10},
    {"x = f\"}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 9},
    {"if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1,
     6},
    {"def f():\n    x = 1\n     y = 2", "IndentationError", "unexpected indent", 3, 5},
    {"if x:\n        a = 1\n\tb = 2", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1},
    {"x = [1, 2\ny = 3", "SyntaxError", "'[' was never closed", 1, 5},
    {"print(\"a\"", "SyntaxError", "'(' was never closed", 1, 6},
    {"d = {'a': 1", "SyntaxError", "'{' was never closed", 1, 5},
    {"def f(a, b:\n    pass", "SyntaxError", "'(' was never closed", 1, 6},
    {"for i in range(10):\n    print(i)\n  print(i)", "IndentationError",
     "unindent does not match any outer indentation level", 3, 11},
    {"x == 1 = 2", "SyntaxError", "cannot assign to comparison", 1, 1},
    {"f(**k, a)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9},
    {"a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1},
    {"del f()", "SyntaxError", "cannot delete function call", 1, 5},
    {"for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5},
    {"with a as 1: pass", "SyntaxError", "cannot assign to literal", 1, 11},
    {"[x for 1 in y]", "SyntaxError", "cannot assign to literal", 1, 8},
    {"lambda x: yield", "SyntaxError", "invalid syntax", 1, 11},
    {"x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5},
    {"a, *b, *c = d", "SyntaxError", "multiple starred expressions in assignment", 1, 1},
    {"*a = b", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1},
    {"print(*a for a in b)\n", "SyntaxError", "iterable unpacking cannot be used in comprehension",
     1, 7},
    {"class = 1", "SyntaxError", "invalid syntax", 1, 7},
    {"def for():\n    pass", "SyntaxError", "invalid syntax", 1, 5},
    {"x = = 1", "SyntaxError", "invalid syntax", 1, 5},
    {"if x == 1\n    print(x)", "SyntaxError", "expected ':'", 1, 10},
    {"if x:\n    pass\nelse if y:\n    pass", "SyntaxError", "expected ':'", 3, 6},
    {"print 'hello'", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"def f()\n    pass", "SyntaxError", "expected ':'", 1, 8},
    {"x++", "SyntaxError", "invalid syntax", 1, 4},
    {"i += ", "SyntaxError", "invalid syntax", 1, 6},
    {"\"abc\" +", "SyntaxError", "invalid syntax", 1, 8},
    {"while True print(x)", "SyntaxError", "invalid syntax", 1, 12},
    {"input \"x\"", "SyntaxError", "invalid syntax", 1, 7},
    {"x => 1", "SyntaxError", "invalid syntax", 1, 4},
    {"!x", "SyntaxError", "invalid syntax", 1, 1},
    {"x = 10 if y", "SyntaxError", "expected 'else' after 'if' expression", 1, 5},
    {"import", "SyntaxError", "invalid syntax", 1, 7},
    {"from x import", "SyntaxError", "invalid syntax", 1, 14},
    {"def f(x y):\n    pass", "SyntaxError", "invalid syntax", 1, 9},
    {"f(,)", "SyntaxError", "invalid syntax", 1, 3},
    {"[1,,2]", "SyntaxError", "invalid syntax", 1, 4},
    {"{'a' 1}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2},
    {"a = [1, 2,", "SyntaxError", "'[' was never closed", 1, 5},
    {"x = (", "SyntaxError", "'(' was never closed", 1, 5},
    {"elif x:\n    pass", "SyntaxError", "invalid syntax", 1, 1},
    {"except:\n    pass", "SyntaxError", "invalid syntax", 1, 1},
    {"x = 'it's'", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 10},
    {"a = \"abc'", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
    {"True = 1", "SyntaxError", "cannot assign to True", 1, 1},
    {"None = 1", "SyntaxError", "cannot assign to None", 1, 1},
    {"f(x) = 1", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"x + 1 = 2", "SyntaxError",
     "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1},
    {"[a, b] += 1", "SyntaxError", "'list' is an illegal expression for augmented assignment", 1,
     1},
    {"del x + 1", "SyntaxError", "cannot delete expression", 1, 5},
    {"lambda x: x = 1", "SyntaxError", "cannot assign to lambda", 1, 1},
    {"x = def", "SyntaxError", "invalid syntax", 1, 5},
    {"def f():\n    for i in x:\n        def g():\n            continue", "SyntaxError",
     "'continue' not properly in loop", 4, 13},
    {"def f():\n    class A:\n        return 1", "SyntaxError", "'return' outside function", 3, 9},
    {"class A:\n    yield 1", "SyntaxError", "'yield' outside function", 2, 5},
    {"def f(x, y=2, z):\n    pass", "SyntaxError", "non-default argument follows default argument",
     1, 15},
    {"f(x=1, y=2, 3)", "SyntaxError", "positional argument follows keyword argument", 1, 14},
    {"f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9},
    {"for x in range(10):\nprint(x)", "IndentationError",
     "expected an indented block after 'for' statement on line 1", 2, 1},
    {"def f():\n    \"\"\"doc\"\"\"\n  return 1", "IndentationError",
     "unindent does not match any outer indentation level", 3, 11},
    {"x = [1, 2, 3\nprint(x)", "SyntaxError", "'[' was never closed", 1, 5},
    {"print(\"hello)", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7},
    {"print('hello", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7},
    {"def f(:", "SyntaxError", "invalid syntax", 1, 7},
    {"x = {1: 2, 3: }", "SyntaxError", "expression expected after dictionary key and ':'", 1, 13},
    {"x = (1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6},
    {"print(x y)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7},
    {"f(a for a in b, c)", "SyntaxError", "Generator expression must be parenthesized", 1, 3},
    {"x = [1, 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9},
    {"  x = 1", "IndentationError", "unexpected indent", 1, 2},
    {"if x:\n  y = 1\n    z = 2", "IndentationError", "unexpected indent", 3, 4},
    {"x = 1\nif x:\n        pass\n    else:\n        pass", "IndentationError",
     "unindent does not match any outer indentation level", 4, 10},
    {"def f(a, a):\n    pass", "SyntaxError", "duplicate argument 'a' in function definition", 1,
     10},
    {"def f():\n    x = 1\n    global x", "SyntaxError",
     "name 'x' is assigned to before global declaration", 3, 5},
    {"def f():\n    print(x)\n    global x", "SyntaxError",
     "name 'x' is used prior to global declaration", 3, 5},
    {"def f(x):\n    global x", "SyntaxError", "name 'x' is parameter and global", 2, 5},
    {"def f():\n    nonlocal y", "SyntaxError", "no binding for nonlocal 'y' found", 2, 5},
    {"x = 5\nx.y.z() = 1", "SyntaxError",
     "cannot assign to function call here. Maybe you meant '==' instead of '='?", 2, 1},
    {"a = 1 +* 2", "SyntaxError", "invalid syntax", 1, 8},
    {"x = 1 if 2 else", "SyntaxError", "invalid syntax", 1, 16},
    {"x = [i for i in]", "SyntaxError", "invalid syntax", 1, 16},
    {"def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12},
    {"def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7},
    {"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7},
    {"print(f\"{x!}\")", "SyntaxError",
     "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14},
    {"print(f\"{x:{y:{z}}}\")", "SyntaxError", "f-string: expressions nested too deeply", 1, 21},
    {"print(f\"{x\")", "SyntaxError", "f-string: expecting '}'", 1, 12},
    {"print(f\"{a b}\")", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1,
     2},
    {"print(f\"{}\")", "SyntaxError", "f-string: empty expression not allowed", 1, 12},
    {"print(f\"{ }\")", "SyntaxError", "f-string: empty expression not allowed", 1, 13},
    {"x = 'a' 'b", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 9},
    {"x = 1.2.3", "SyntaxError", "invalid syntax", 1, 8},
    {"x = 09", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5},
    {"x = 1__000", "SyntaxError", "invalid decimal literal", 1, 6},
    {"x = 0b", "SyntaxError", "invalid binary literal", 1, 6},
    {"x = 0o", "SyntaxError", "invalid octal literal", 1, 6},
    {"x = 1_", "SyntaxError", "invalid decimal literal", 1, 6},
    {"s = '\\x4'", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX "
     "escape",
     1, 10},
    {"d = {1:2, **a, 3}", "SyntaxError", "':' expected after dictionary key", 1, 16},
    {"if x:\n\ty = 1\n        z = 2", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1},
    {"f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment",
     1, 1},
    {"x = *a", "SyntaxError", "can't use starred expression here", 1, 5},
    {"print(*)", "SyntaxError", "invalid syntax", 1, 8},
    {"try:\n    pass", "SyntaxError", "expected 'except' or 'finally' block", 2, 9},
    {"try:\n    x = 1\nprint(x)", "SyntaxError", "expected 'except' or 'finally' block", 3, 1},
    {"with open(f) as g\n    pass", "SyntaxError", "expected ':'", 1, 18},
    {"for i in range(10) print(i)", "SyntaxError", "invalid syntax", 1, 20},
    {"class A(:\n    pass", "SyntaxError", "invalid syntax", 1, 9},
    {"x = yield", "SyntaxError", "'yield' outside function", 1, 5},
    {"return", "SyntaxError", "'return' outside function", 1, 1},
    {"def f():\n    x = [(yield) for i in y]", "SyntaxError", "'yield' inside list comprehension",
     2, 11},
    {"else:\n    pass", "SyntaxError", "invalid syntax", 1, 1},
    {"if x:\n    # only comment\ny = 2", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 3, 1},
    {"def f():\n    pass\n  x = 1", "IndentationError",
     "unindent does not match any outer indentation level", 3, 8},
    {"x = (1,\n     2\ny = 3", "SyntaxError", "'(' was never closed", 1, 5},
    {"foo(a, b\nbar()", "SyntaxError", "'(' was never closed", 1, 4},
    {"if (x == 1:\n    pass", "SyntaxError", "invalid syntax", 1, 11},
    {"s = 'abc\\", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
    {"x = 1 \\ \ny = 2", "SyntaxError", "unexpected character after line continuation character", 1,
     8},
    {"x = ~", "SyntaxError", "invalid syntax", 1, 6},
    {"print(1, 2,, 3)", "SyntaxError", "invalid syntax", 1, 12},
    {"x = \"abc\" \"def\" ghi", "SyntaxError", "invalid syntax", 1, 17},
    {"def f(x) return x", "SyntaxError", "expected ':'", 1, 10},
    {"if x: pass\nelse pass", "SyntaxError", "expected ':'", 2, 6},
    {"a = 1 b = 2", "SyntaxError", "invalid syntax", 1, 7},
    {"def f(a=1, /, b): pass", "SyntaxError", "non-default argument follows default argument", 1,
     15},
    {"def f(a, /, /): pass", "SyntaxError", "/ may appear only once", 1, 13},
    {"def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 7},
    {"x: int, y: int = 1, 2", "SyntaxError", "invalid syntax", 1, 7},
    {"print(\"a\" \"b\" c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7},
    {"foo = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 7},
    {"len(x) == 1 = y", "SyntaxError", "cannot assign to comparison", 1, 1},
    {"x = [1, 2, 3)", "SyntaxError",
     "closing parenthesis ')' does not match opening parenthesis '['", 1, 13},
    {"x = {1, 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '{'",
     1, 10},
    {")", "SyntaxError", "unmatched ')'", 1, 1},
    {"]", "SyntaxError", "unmatched ']'", 1, 1},
    {"}", "SyntaxError", "unmatched '}'", 1, 1},
    {"x = (1, 2]]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('",
     1, 10},
    {"x = 'abc' + \"def\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1,
     13},
    {"x := 1", "SyntaxError", "invalid syntax", 1, 3},
    {"try:\n    pass\nexcept Exception, e:\n    pass", "SyntaxError",
     "multiple exception types must be parenthesized", 3, 8},
    {"x = 1 if y else", "SyntaxError", "invalid syntax", 1, 16},
    {"class A:\n    nonlocal x", "SyntaxError", "no binding for nonlocal 'x' found", 2, 5},
    {"f = lambda x=1, y: x", "SyntaxError", "non-default argument follows default argument", 1, 17},
    {"print(f\"{x:{y}\")", "SyntaxError", "f-string: expecting '}'", 1, 16},
    {"x = f'{a!r'", "SyntaxError", "f-string: expecting '}'", 1, 12},
    {"print(f\"{x!r=}\")", "SyntaxError", "f-string: expecting '}'", 1, 16},
    {"def f(x):\n    return x\n  print(1)", "IndentationError",
     "unindent does not match any outer indentation level", 3, 11},
    {"for i in range(3):\n    pass\n else:\n    pass", "IndentationError",
     "unindent does not match any outer indentation level", 3, 7},
    {"x = [1, 2, 3]]", "SyntaxError", "unmatched ']'", 1, 14},
    {"print(\"hello\" + name))", "SyntaxError", "unmatched ')'", 1, 22},
    {"if x == 1:\n    print(\"a\")\nelif:\n    print(\"b\")", "SyntaxError", "invalid syntax", 3,
     5},
    {"while i < 10\n    i += 1", "SyntaxError", "expected ':'", 1, 13},
    {"def f(a, b)\n    return a + b", "SyntaxError", "expected ':'", 1, 12},
    {"class Dog:\n    def __init__(self, name)\n        self.name = name", "SyntaxError",
     "expected ':'", 2, 29},
    {"x = input(\"Enter: \"\ny = int(x)", "SyntaxError", "'(' was never closed", 1, 10},
    {"numbers = [1, 2, 3\nfor n in numbers:\n    print(n)", "SyntaxError", "'[' was never closed",
     1, 11},
    {"print(\"Hello World')", "SyntaxError", "unterminated string literal (detected at line 1)", 1,
     7},
    {"if x > 5:\nprint(\"big\")", "IndentationError",
     "expected an indented block after 'if' statement on line 1", 2, 1},
    {"def greet():\nprint(\"hi\")", "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1},
    {"    print(\"indented\")", "IndentationError", "unexpected indent", 1, 4},
    {"x = 5\nif x = 5:\n    print(x)", "SyntaxError",
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 2, 4},
    {"print(x", "SyntaxError", "'(' was never closed", 1, 6},
    {"d = {\"a\": 1, \"b\": 2", "SyntaxError", "'{' was never closed", 1, 5},
    {"for i in range(10)\n    print(i)", "SyntaxError", "expected ':'", 1, 19},
    {"def f(x, y):\n    return x +", "SyntaxError", "invalid syntax", 2, 15},
    {"x = 3 +* 4", "SyntaxError", "invalid syntax", 1, 8},
    {"x = (3 + 4))", "SyntaxError", "unmatched ')'", 1, 12},
    {"s = 'don't'", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 11},
    {"else:\n    print(1)", "SyntaxError", "invalid syntax", 1, 1},
    {"import math.", "SyntaxError", "invalid syntax", 1, 13},
    {"from math import", "SyntaxError", "invalid syntax", 1, 17},
    {"x = [i for i in range(10) if i % 2 == 0 else 0]", "SyntaxError", "invalid syntax", 1, 41},
    {"x = 10\nx++", "SyntaxError", "invalid syntax", 2, 4},
    {"my list = [1, 2]", "SyntaxError", "invalid syntax", 1, 4},
    {"3x = 1", "SyntaxError", "invalid decimal literal", 1, 1},
    {"def 2f(): pass", "SyntaxError", "invalid decimal literal", 1, 5},
    {"x = 1 +\ny = 2", "SyntaxError", "invalid syntax", 1, 8},
    {"while True:\n    break\nelse\n    pass", "SyntaxError", "expected ':'", 3, 5},
    {"with open(\"f\") as f\n    pass", "SyntaxError", "expected ':'", 1, 20},
    {"try:\n    x = 1\nexcept ValueError\n    pass", "SyntaxError", "expected ':'", 3, 18},
    {"try:\n    x = 1\nfinally\n    pass", "SyntaxError", "expected ':'", 3, 8},
    {"assert x = 1", "SyntaxError", "invalid syntax", 1, 10},
    {"return x = 1", "SyntaxError", "invalid syntax", 1, 10},
    {"del x = 1", "SyntaxError", "invalid syntax", 1, 7},
    {"def f():\n    return\n        x", "IndentationError", "unexpected indent", 3, 8},
    {"a = (1, 2\n     3)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9},
    {"print(1, 2 3)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 10},
    {"f(x, y=1, z)", "SyntaxError", "positional argument follows keyword argument", 1, 12},
    {"x = [1, 2, 3", "SyntaxError", "'[' was never closed", 1, 5},
    {"class A(object:\n    pass", "SyntaxError", "invalid syntax", 1, 15},
    {"if True:\n\tx = 1\n\tif x:\n\t    y = 2\n        z = 3\n", "TabError",
     "inconsistent use of tabs and spaces in indentation", 5, 1},
};

} // namespace

TEST(Parser, ShapesMatchCPythonAst) {
    for (const auto& c : kShapes)
        EXPECT_EQ(shape(c.source), c.expected) << "source:\n" << c.source;
}

TEST(Parser, ErrorsMatchCPython) {
    for (const auto& c : kErrors) {
        ParseResult r = parse(c.source);
        ASSERT_TRUE(r.error.has_value()) << "no error for:\n" << c.source;
        EXPECT_FALSE(r.module);
        EXPECT_EQ(r.error->type, c.type) << c.source;
        EXPECT_EQ(r.error->message, c.message) << c.source;
        EXPECT_EQ(r.error->line, c.line) << c.source;
        EXPECT_EQ(r.error->column, c.column) << c.source;
    }
}

TEST(Parser, PositionsAreCPythons) {
    // python3: ast.dump(ast.parse(...), include_attributes=True)
    ParseResult r = parse("x = (a + b) * c\n@dec\ndef f():\n    return f'{x}'\n");
    ASSERT_FALSE(r.error);
    EXPECT_EQ(dump(*r.module, DumpOptions{true}),
              "(Module (Assign @1:0-1:15 (targets (Name @1:0-1:1 x Store)) (BinOp @1:4-1:15 * "
              "(BinOp @1:5-1:10 + (Name @1:5-1:6 a) (Name @1:9-1:10 b)) (Name @1:14-1:15 c))) "
              "(FunctionDef @3:0-4:17 f (args) (decorators (Name @2:1-2:4 dec)) (Return @4:4-4:17 "
              "(JoinedStr @4:11-4:17 (FormattedValue @4:11-4:17 (Name @4:14-4:15 x))))))");
}

TEST(Parser, IntegersAreDecimalTextOfAnySize) {
    ParseResult r = parse("a = 0xff\nb = 0o17\nc = 0b1_01\nd = 123456789012345678901234567890\n");
    ASSERT_FALSE(r.error);
    auto value = [&](int i) -> const Constant& {
        return r.module->body[i]->as<Assign>().value->as<Constant>();
    };
    EXPECT_EQ(value(0).text, "255");
    EXPECT_TRUE(value(0).fitsInt64);
    EXPECT_EQ(value(0).intValue, 255);
    EXPECT_EQ(value(1).text, "15");
    EXPECT_EQ(value(2).text, "5");
    EXPECT_EQ(value(3).text, "123456789012345678901234567890");
    EXPECT_FALSE(value(3).fitsInt64);
}

TEST(Parser, StringsAreDecodedUtf8) {
    ParseResult r = parse("s = 'a\\n\\x41\\u00e9' \"\\U0001F600\" r'\\n'\n");
    ASSERT_FALSE(r.error);
    const auto& c = r.module->body[0]->as<Assign>().value->as<Constant>();
    EXPECT_EQ(c.constKind, ConstantKind::Str);
    EXPECT_EQ(c.text, "a\nA\xC3\xA9\xF0\x9F\x98\x80\\n");
}

TEST(Parser, BytesLiteralsAreDecodedByte) {
    ParseResult r = parse("b = b'a\\n\\x41\\xff\\101\\777\\q' B\"\\u1234\" rb'\\n'\n");
    ASSERT_FALSE(r.error);
    const auto& c = r.module->body[0]->as<Assign>().value->as<Constant>();
    EXPECT_EQ(c.constKind, ConstantKind::Bytes);
    EXPECT_EQ(c.text, std::string("a\nA\xff"
                                  "A\xff\\q\\u1234\\n"));
}

TEST(Parser, BytesLiteralErrors) {
    ParseResult mixed = parse("x = b'a' 'b'\n");
    ASSERT_TRUE(mixed.error);
    EXPECT_EQ(mixed.error->message, "cannot mix bytes and nonbytes literals");
    ParseResult wide = parse("x = b'\xc3\xa9'\n");
    ASSERT_TRUE(wide.error);
    EXPECT_EQ(wide.error->message, "bytes can only contain ASCII literal characters");
    ParseResult hex = parse("x = b'ab\\x4'\n");
    ASSERT_TRUE(hex.error);
    EXPECT_EQ(hex.error->message, "(value error) invalid \\x escape at position 2");
}

TEST(Parser, FStringParts) {
    ParseResult r = parse("f'{x!r:>{w}} {{}} {y=}'\n");
    ASSERT_FALSE(r.error);
    EXPECT_EQ(dump(*r.module),
              "(Module (Expr (JoinedStr (FormattedValue (Name x) !r (spec (JoinedStr "
              "(Constant '>') (FormattedValue (Name w))))) (Constant ' {} y=') (FormattedValue "
              "(Name y) !r))))");
}

TEST(Parser, CrlfBomAndTabs) {
    EXPECT_EQ(shape("\xEF\xBB\xBFx = 1\r\nif x:\r\n\ty = 2\r\n"),
              "(Module (Assign (targets (Name x Store)) (Constant 1)) (If (Name x) (Assign "
              "(targets (Name y Store)) (Constant 2))))");
    // python3: TabError at line 3, offset 1.
    ParseResult r = parse("if x:\n\ty = 1\n        z = 2\n");
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->type, "TabError");
    EXPECT_EQ(r.error->line, 3);
}

TEST(Parser, UnsupportedConstructsSayWhatAndWhere) {
    struct Case {
        const char* source;
        const char* message;
    };
    const Case cases[] = {
        {"x = 1\nasync def f():\n    pass\n", "`async` is not supported yet (line 2)"},
        {"match x:\n    case [1,\n          2]:\n        pass\n",
         "a multi-line `case` pattern or guard is not supported yet (line 2)"},
        {"match z:\n    case 1+2j:\n        pass\n",
         "a complex literal `a + bj` in a case pattern is not supported yet (line 2)"},
    };
    for (const auto& c : cases) {
        ParseResult r = parse(c.source);
        ASSERT_TRUE(r.error) << c.source;
        EXPECT_EQ(r.error->type, kUnsupported);
        EXPECT_EQ(r.error->message, c.message);
    }
    // `match` as a plain name still works.
    EXPECT_EQ(shape("match = 1\nmatch.x = 2\n"),
              "(Module (Assign (targets (Name match Store)) (Constant 1)) (Assign (targets "
              "(Attribute (Name match) x Store)) (Constant 2)))");
    EXPECT_EQ(shape("match x:\n    case 1 if y:\n        pass\n"),
              "(Module (Match (Name x) (case (Name y) (Pass))))");
}

TEST(Parser, ResolutionFieldsStartEmpty) {
    ParseResult r = parse("def g():\n    yield 1\ndef h(): return 2\n");
    ASSERT_FALSE(r.error);
    EXPECT_TRUE(r.module->body[0]->as<FunctionDef>().scope.isGenerator);
    EXPECT_FALSE(r.module->body[1]->as<FunctionDef>().scope.isGenerator);
    ParseResult s = parse("y = x\n");
    const auto& load = s.module->body[0]->as<Assign>().value->as<Name>();
    EXPECT_EQ(load.slot, -1);
    EXPECT_EQ(load.scope, NameScope::Unresolved);
}

TEST(FormatSyntaxError, MatchesPython3Stderr) {
    // Expected texts are python3 3.11's stderr for `python3 t.py`.
    struct Case {
        const char* source;
        const char* expected;
    };
    const Case cases[] = {
        {"x = 1\nif x = 1:\n    pass\n",
         "  File \"t.py\", line 2\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. "
         "Maybe you meant '==' or ':=' instead of '='?\n"},
        {"x = [1 2]\n", "  File \"t.py\", line 1\n    x = [1 2]\n         ^^^\nSyntaxError: "
                        "invalid syntax. Perhaps you forgot a comma?\n"},
        {"def f():\n        return (1 +\n", "  File \"t.py\", line 2\n    return (1 +\n           "
                                            "^\nSyntaxError: '(' was never closed\n"},
        {"if x:\npass\n", "  File \"t.py\", line 2\n    pass\n    ^\nIndentationError: expected "
                          "an indented block after 'if' statement on line 1\n"},
        {"    x = 1\n",
         "  File \"t.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n"},
        {"return 5\n", "  File \"t.py\", line 1\n    return 5\n    ^^^^^^^^\nSyntaxError: 'return' "
                       "outside function\n"},
        {"if x:\n    a = 1\n  b = 2\n", "  File \"t.py\", line 3\n    b = 2\n         "
                                        "^\nIndentationError: unindent does not match any outer "
                                        "indentation level\n"},
        {"print \"hi\"\n",
         "  File \"t.py\", line 1\n    print \"hi\"\n    ^^^^^^^^^^\nSyntaxError: "
         "Missing parentheses in call to 'print'. Did you mean print(...)?\n"},
        {"x = (1 +\n 2) = 3\n", "  File \"t.py\", line 1\n    x = (1 +\n         ^^^\nSyntaxError: "
                                "cannot assign to expression\n"},
        {"print(f\"{a b}\")\n", "  File \"t.py\", line 1\n    (a b)\n     ^^^\nSyntaxError: "
                                "f-string: invalid syntax. Perhaps you forgot a comma?\n"},
        {"if x:\n", "  File \"t.py\", line 1\n    if x:\nIndentationError: expected an indented "
                    "block after 'if' statement on line 1\n"},
    };
    for (const auto& c : cases) {
        ParseResult r = parse(c.source);
        ASSERT_TRUE(r.error) << c.source;
        EXPECT_EQ(formatSyntaxError(*r.error, c.source, "t.py"), c.expected);
    }
}

// Parsing speed is a benchmark matter; this checks a 50,000-line file parses whole.
TEST(Parser, FiftyThousandLinesParse) {
    std::string source;
    for (int i = 0; i < 5000; ++i) {
        std::string n = std::to_string(i);
        source += "def f" + n +
                  "(a, b=1, *args, **kw):\n"
                  "    x = [i * 2 for i in range(a) if i % 3]\n"
                  "    d = {'k': a, 'v': f'{b!r:>10}'}\n"
                  "    if a > b and not x:\n"
                  "        return a + b * (x[0] - 1)\n"
                  "    else:\n"
                  "        y = lambda z: z ** 2\n"
                  "        return y(a)\n"
                  "\n"
                  "print(f" +
                  n + "(3))\n";
    }
    ParseResult r = parse(source);
    ASSERT_FALSE(r.error);
    EXPECT_EQ(r.module->body.size(), 10000u);
}

namespace {

std::string repeat(const std::string& s, int n) {
    std::string out;
    out.reserve(s.size() * static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

// "ok", or the error as "Type: message@line:column".
std::string outcome(const std::string& source) {
    ParseResult r = parse(source);
    if (!r.error)
        return r.module ? "ok" : "no module";
    EXPECT_FALSE(r.module) << source.substr(0, 80);
    return r.error->type + ": " + r.error->message + "@" + std::to_string(r.error->line) + ":" +
           std::to_string(r.error->column);
}

const char* const kRecursion =
    "RecursionError: maximum recursion depth exceeded during compilation@0:0";
const char* const kMemory = "MemoryError: @0:0";

} // namespace

// Deeply nested input ends in CPython's error instead of overflowing the stack (these run on
// the test's main thread, 8 MB of stack, also in a Debug build). Expected answers: python3
// 3.11 running each source as a file (the thresholds of compile() called from a function are
// a few levels lower).
TEST(Parser, DeepBracketsAreTooManyNestedParentheses) {
    EXPECT_EQ(outcome("x = " + repeat("(", 200) + "1" + repeat(")", 200)), "ok");
    EXPECT_EQ(outcome("x = {" + repeat("(", 199) + "1" + repeat(")", 199) + "}"), "ok");
    const std::string tooMany = "SyntaxError: too many nested parentheses@1:205";
    EXPECT_EQ(outcome("x = " + repeat("(", 201) + "1" + repeat(")", 201)), tooMany);
    EXPECT_EQ(outcome("x = " + repeat("(", 1000) + "1" + repeat(")", 1000)), tooMany);
    EXPECT_EQ(outcome("x = " + repeat("[", 1000) + repeat("]", 1000)), tooMany);
    EXPECT_EQ(outcome("x = " + repeat("(", 10000) + "1" + repeat(")", 10000)), tooMany);
    EXPECT_EQ(outcome("x = " + repeat("[", 10000) + repeat("]", 10000)), tooMany);
    EXPECT_EQ(outcome("f(" + repeat("[", 199) + repeat("]", 199) + ")\ny = " + repeat("(", 201)),
              "SyntaxError: too many nested parentheses@2:205");
    // The offset counts characters: 'é' is two bytes.
    EXPECT_EQ(outcome("s = '\xC3\xA9'; x = " + repeat("{", 201)),
              "SyntaxError: too many nested parentheses@1:214");
}

TEST(Parser, DeepChainsEndInCPythonsError) {
    struct Case {
        const char* what;
        std::string source;
        std::string expected;
    };
    auto sum = [](int terms, const char* op) {
        std::string s = "x = 1";
        for (int i = 1; i < terms; ++i)
            s += std::string(op) + "1";
        return s + "\n";
    };
    const Case cases[] = {
        {"unary", "x = " + repeat("-", 2998) + "1\n", "ok"},
        {"unary", "x = " + repeat("-", 2999) + "1\n", kRecursion},
        {"unary", "x = " + repeat("-", 5967) + "1\n", kRecursion},
        {"unary", "x = " + repeat("-", 5968) + "1\n", kMemory},
        {"unary", "x = " + repeat("-", 100000) + "1\n", kMemory},
        {"not", "x = " + repeat("not ", 2998) + "1\n", "ok"},
        {"not", "x = " + repeat("not ", 2999) + "1\n", kRecursion},
        {"not", "x = " + repeat("not ", 5968) + "1\n", kMemory},
        {"if-else", "x = " + repeat("1 if 0 else ", 2998) + "2\n", "ok"},
        {"if-else", "x = " + repeat("1 if 0 else ", 2999) + "2\n", kRecursion},
        {"if-else", "x = " + repeat("1 if 0 else ", 5968) + "2\n", kMemory},
        {"pow", sum(2984, "**"), "ok"},
        {"pow", sum(2985, "**"), kMemory},
        {"lambda", "x = " + repeat("lambda: ", 2983) + "1\n", "ok"},
        {"lambda", "x = " + repeat("lambda: ", 2984) + "1\n", kMemory},
        {"sum", sum(2999, "+"), "ok"},
        {"sum", sum(3000, "+"), kRecursion},
        {"sum", sum(100000, "+"), kRecursion},
        {"calls", "x = f" + repeat("()", 2998) + "\n", "ok"},
        {"calls", "x = f" + repeat("()", 2999) + "\n", kRecursion},
        {"attributes", "x = a" + repeat(".b", 100000) + "\n", kRecursion},
        {"subscripts", "x = a" + repeat("[0]", 2999) + "\n", kRecursion},
        {"f-string", "x = f'{1" + repeat("+1", 2996) + "}'\n", "ok"},
        {"f-string", "x = f'{1" + repeat("+1", 2997) + "}'\n", kRecursion},
    };
    for (const auto& c : cases)
        EXPECT_EQ(outcome(c.source), c.expected) << c.what << ", " << c.source.size() << " bytes";
}

TEST(Parser, TooDeepWinsOnlyOverNothingLater) {
    // CPython's parser reads the whole file before compiling: a syntax error further down
    // beats the compiler's RecursionError, but not the parser's own MemoryError.
    std::string deepSum = "x = 1" + repeat("+1", 3500) + "\n";
    EXPECT_EQ(outcome(deepSum + "y = (\n"), "SyntaxError: '(' was never closed@2:5");
    EXPECT_EQ(outcome(deepSum + "1 = y\n"),
              "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of "
              "'='?@2:1");
    EXPECT_EQ(outcome("x = " + repeat("-", 6000) + "1\ny = (\n"), kMemory);
}

TEST(FormatSyntaxError, DepthErrorsPrintJustTheirLine) {
    // python3 3.11's whole stderr for these files.
    std::string sum = "x = 1" + repeat("+1", 3500) + "\n";
    ParseResult r = parse(sum);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(formatSyntaxError(*r.error, sum, "t.py"),
              "RecursionError: maximum recursion depth exceeded during compilation\n");
    std::string unary = "x = " + repeat("-", 100000) + "1\n";
    r = parse(unary);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(formatSyntaxError(*r.error, unary, "t.py"), "MemoryError\n");
}
