#!/usr/bin/env python3
"""Fuzz tiercel's compiler and VM against CPython.

    python3 Tools/fuzz_vm.py [--seed N] [--iterations N | --seconds S]
                             [-j N] [--timeout S] [--save DIR]

Inputs are the conformance scripts mutated at the token level (operands,
operators, literals and names swapped for others from the same script,
lines duplicated or dropped) plus small generated programs.  Each input
runs under CPython and tiercel.  A failure is: tiercel dying by a signal,
hanging where CPython finishes, reporting an internal error, or (when
CPython finishes in time) printing different stdout, a different last
stderr line, or a different exit status.  Where tiercel stops with
"NotImplementedError: ... is not supported by tiercel yet" the input is
counted as unsupported, not failed: the construct is refused by design.
Inputs both reject with different SyntaxError messages are counted apart
too (the parser's messages are checked by fuzz_parser.py and the
error-parity suite).
Reproducible from the seed; the last line is `N passed, N failed`.
"""

from __future__ import annotations

import argparse
import functools
import io
import random
import re
import sys
import tempfile
import time
import tokenize
from pathlib import Path
from typing import Iterator

import harness

SUITE = harness.REPO_ROOT / "Tests" / "Conformance"
UNSUPPORTED = b"is not supported by tiercel yet"
INTERNAL = (b"internal error", b"Fatal error", b"fatal error", b"SystemError")


def scripts() -> list[Path]:
    return [p for p in sorted(SUITE.glob("*.py"))]


def tokens_of(text: str) -> list[tokenize.TokenInfo]:
    try:
        return list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return []


def mutate(text: str, rng: random.Random) -> str:
    """One to three token-level edits that usually keep the file parseable."""
    lines = text.splitlines(keepends=True)
    for _ in range(rng.randint(1, 3)):
        toks = [t for t in tokens_of("".join(lines)) if t.type in (tokenize.NUMBER, tokenize.NAME, tokenize.OP, tokenize.STRING)]
        if not toks:
            break
        choice = rng.random()
        if choice < 0.15 and len(lines) > 2:
            i = rng.randrange(len(lines))
            if rng.random() < 0.5:
                del lines[i]
            else:
                lines.insert(i, lines[rng.randrange(len(lines))])
            continue
        tok = rng.choice(toks)
        same_kind = [t.string for t in toks if t.type == tok.type]
        if tok.type == tokenize.NUMBER:
            replacement = rng.choice(["0", "1", "-1", "2**64", "1e308", "0.5", "3", str(rng.randint(-10, 10))] + same_kind)
        elif tok.type == tokenize.OP and tok.string in "+-*/%<>&|^" and len(tok.string) == 1:
            replacement = rng.choice(list("+-*/%&|^") + ["//", "**", "<<", ">>", "<", ">", "==", "!="])
        else:
            replacement = rng.choice(same_kind)
        row, col = tok.start
        end_row, end_col = tok.end
        if row != end_row or row - 1 >= len(lines):
            continue
        line = lines[row - 1]
        lines[row - 1] = line[:col] + replacement + line[end_col:]
    return "".join(lines)


def generated(rng: random.Random) -> str:
    """A small straight-line program over ints, floats, strs and containers."""
    values = ["0", "1", "-7", "2**70", "3.5", "-0.0", "float('inf')", "'ab'", "''", "[1, 2]", "()", "(1,)", "{1: 2}",
              "None", "True", "{3, 4}", "range(3)", "b"]
    ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", "==", "!=", ">", ">=", "in",
           "is", "and", "or"]
    # Operands are variables: literals would draw CPython's compile-time
    # SyntaxWarnings ("is" with a literal, subscripting a literal).
    lines = ["b = 5", "out = []"] + [f"v{i} = {v}" for i, v in enumerate(values)]
    for _ in range(rng.randint(3, 12)):
        a, c = f"v{rng.randrange(len(values))}", f"v{rng.randrange(len(values))}"
        expr = f"{a} {rng.choice(ops)} {c}"
        form = rng.random()
        if form < 0.2:
            expr = f"[{expr} for _ in range(2)]"
        elif form < 0.3:
            expr = f"str({expr})"
        elif form < 0.4:
            expr = f"{a}[{c}]"
        lines.append(f"try:\n    out.append({expr})\nexcept Exception as e:\n    out.append(type(e).__name__ + ': ' + str(e))")
    lines.append("for x in out:\n    print(repr(x))")
    return "\n".join(lines) + "\n"


def inputs(seed: int, sources: list[Path]) -> Iterator[tuple[str, str]]:
    rng = random.Random(seed)
    texts = [(p.name, p.read_text()) for p in sources]
    n = 0
    while True:
        n += 1
        if rng.random() < 0.3:
            yield f"generated-{seed}-{n}", generated(rng)
        else:
            name, text = rng.choice(texts)
            yield f"{name}-{seed}-{n}", mutate(text, rng)


ADDRESS = re.compile(rb"0x[0-9a-f]{6,16}")


def check(item: tuple[str, str], tiercel: str, timeout: float) -> str | None:
    name, text = item
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "fuzz_input.py"
        path.write_text(text)
        # The script runs next to the conformance support modules it may import.
        support = str(SUITE / "support")
        cpython = harness.run([sys.executable, str(path)], timeout, cwd=d)
        if cpython.timed_out:
            return None
        got = harness.run([tiercel, str(path)], timeout * 3, cwd=d)
        _ = support
        if got.crash():
            return got.crash()
        if any(marker in got.stderr for marker in INTERNAL):
            return "internal error: " + got.last_stderr_line()
        if UNSUPPORTED in got.stderr:
            return "unsupported"
        problems = []
        # A mutation can print an object's default repr; its address is not behaviour.
        mine_out, theirs_out = ADDRESS.sub(b"0x?", got.stdout), ADDRESS.sub(b"0x?", cpython.stdout)
        if mine_out != theirs_out:
            problems.append("stdout " + harness.first_difference(theirs_out, mine_out))
        if got.returncode != cpython.returncode:
            problems.append(f"exit status {got.returncode}, CPython {cpython.returncode}")
        mine, theirs = got.last_stderr_line().replace(str(path), ""), cpython.last_stderr_line().replace(str(path), "")
        if mine != theirs:
            syntax = ("SyntaxError", "IndentationError", "TabError")
            if not problems and mine.startswith(syntax) and theirs.startswith(syntax):
                # Rejected by both; which message the parser picks is the
                # parser fuzzer's and error-parity suite's business.
                return "syntax message"
            problems.append(f"stderr {mine!r}, CPython {theirs!r}")
        return "; ".join(problems) or None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    limit = parser.add_mutually_exclusive_group()
    limit.add_argument("--iterations", type=int)
    limit.add_argument("--seconds", type=float)
    parser.add_argument("--save", type=Path, help="write failing inputs here")
    harness.add_common_arguments(parser, timeout=10)
    args = parser.parse_args(argv)
    harness.require_cpython_311()
    tiercel = harness.check_tiercel(args.tiercel)
    print(f"seed {args.seed}")
    deadline = time.monotonic() + args.seconds if args.seconds else None
    stream = inputs(args.seed, scripts())

    def bounded() -> Iterator[tuple[str, str]]:
        for i, item in enumerate(stream):
            if args.iterations is not None and i >= args.iterations:
                return
            if deadline is not None and time.monotonic() > deadline:
                return
            if args.iterations is None and deadline is None and i >= 200:
                return
            yield item

    tally = harness.Tally()
    unsupported = 0
    syntax_messages = 0
    checker = functools.partial(check, tiercel=tiercel, timeout=args.timeout)
    for item, failure in harness.parallel_map(checker, bounded(), args.jobs):
        if failure == "unsupported":
            unsupported += 1
            continue
        if failure == "syntax message":
            syntax_messages += 1
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / (item[0] + ".syntax.py")).write_text(item[1])
            continue
        tally.record(item[0], failure)
        if failure and args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / (item[0] + ".py")).write_text(item[1])
    print(f"({unsupported} inputs stopped at an unsupported construct; {syntax_messages} rejected by both "
          "with a different SyntaxError message)")
    return tally.finish()


if __name__ == "__main__":
    sys.exit(main())
