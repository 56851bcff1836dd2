# Infix expression evaluation: a tokenizer, Dijkstra's shunting-yard to RPN
# (precedence, right-assoc **, unary minus, functions), RPN evaluation with
# ints and floats, and error reporting.
import math

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "//": 2, "%": 2, "**": 4, "neg": 3}
RIGHT = {"**", "neg"}
FUNCS = {"max": (2, max), "min": (2, min), "sqrt": (1, math.sqrt), "abs": (1, abs)}


class ExprError(Exception):
    pass


def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            toks.append(float(text) if "." in text else int(text))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(s) and s[j].isalpha():
                j += 1
            toks.append(s[i:j])
            i = j
        elif s.startswith("**", i) or s.startswith("//", i):
            toks.append(s[i:i + 2])
            i += 2
        elif ch in "+-*/%(),":
            toks.append(ch)
            i += 1
        else:
            raise ExprError("bad character %r at %d" % (ch, i))
    return toks


def to_rpn(tokens):
    out, ops = [], []
    prev = None
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t in FUNCS:
            ops.append(t)
        elif t == ",":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise ExprError("unbalanced ')'")
            ops.pop()
            if ops and ops[-1] in FUNCS:
                out.append(ops.pop())
        else:
            if t == "-" and (prev is None or prev in PREC or prev in ("(", ",")):
                t = "neg"
            while t != "neg" and ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t not in RIGHT)):
                out.append(ops.pop())
            ops.append(t)
        prev = t
    while ops:
        op = ops.pop()
        if op == "(":
            raise ExprError("unbalanced '('")
        out.append(op)
    return out


def eval_rpn(rpn):
    st = []
    for t in rpn:
        if isinstance(t, (int, float)):
            st.append(t)
        elif t == "neg":
            st.append(-st.pop())
        elif t in FUNCS:
            n, fn = FUNCS[t]
            args = [st.pop() for _ in range(n)][::-1]
            st.append(fn(*args))
        else:
            if len(st) < 2:
                raise ExprError("missing operand for %s" % t)
            b, a = st.pop(), st.pop()
            st.append({"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b,
                       "//": lambda: a // b, "%": lambda: a % b, "**": lambda: a ** b}[t]())
    if len(st) != 1:
        raise ExprError("malformed expression, stack %r" % st)
    return st[0]


for e in ["3 + 4 * 2 / (1 - 5) ** 2 ** 3", "2 ** 3 ** 2", "-2 ** 2", "(-2) ** 2", "10 - 4 - 3",
          "7 // 2 * 2 + 7 % 2", "max(3, 2 * 4) - min(1, -1)", "sqrt(16) + abs(-2.5)", "2 ** 100 // 3 ** 40",
          "1.5 * 4 - .5", "-(3 - 10) % 4", "- - 3"]:
    rpn = to_rpn(tokenize(e))
    print("%-32s %-40s = %r" % (e, " ".join(map(str, rpn)), eval_rpn(rpn)))
for bad in ["2 + ", "(1 + 2", "1 + 2)", "3 $ 4", "1 / 0", "4 5", "2 ** -1", "sqrt(-1)", "*3"]:
    try:
        print(bad, "=", eval_rpn(to_rpn(tokenize(bad))))
    except (ExprError, ZeroDivisionError, ValueError) as err:
        print(bad, "->", type(err).__name__, err)
