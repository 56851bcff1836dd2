#!/usr/bin/env python3
"""Fuzz tiercel's tokenizer and parser against CPython.

    python3 Tools/fuzz_parser.py [--seed N] [--iterations N | --seconds S]
                                 [-j N] [--timeout S] [--save DIR]

Inputs are a fixed set of pathological sources followed by randomly
mutated standard-library files.  For each one, `tiercel --parse-only` must
not die by a signal, hang, or report an internal error, and must accept
exactly the inputs CPython's ast.parse accepts; for accepted inputs,
`tiercel --dump-ast` must print CPython's dump.  Failing inputs are saved
to --save with a note.  A run is reproducible from its seed; the last line
is `N passed, N failed`.
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import harness

# Mutating big files buys little over small ones and costs time per input.
MAX_MUTATED_FILE_SIZE = 64 * 1024

# Messages that mean tiercel hit a bug rather than rejecting the input.  An
# emulated CPython MemoryError ("stack overflowed") is fine, hence \b.
INTERNAL_ERROR = re.compile(
    rb"fatal error|internal error|stack overflow\b|assertion failed|SystemError"
    rb"|segmentation fault|panic",
    re.IGNORECASE,
)
# Lines of an ordinary error report, which may quote the input (and the
# stdlib's tests are full of "SystemError"): indented source and caret
# lines, and the message line.
REPORT_LINE = re.compile(rb"\s|(?:Syntax|Indentation|Tab|Memory|Recursion|Value)Error\b")


@dataclass
class Job:
    index: int
    name: str
    path: str


# --- pathological inputs ---------------------------------------------------


def pathological_inputs() -> Iterator[tuple[str, bytes]]:
    deep = 100_000
    yield "nested_parens", b"x = " + b"(" * deep + b"1" + b")" * deep + b"\n"
    yield "nested_brackets", b"x = " + b"[" * deep + b"]" * deep + b"\n"
    yield "nested_braces", b"x = " + b"{" * deep + b"}" * deep + b"\n"
    yield "unclosed_parens", b"(" * deep
    yield "unary_minus", b"x = " + b"-" * deep + b"1\n"
    yield "unary_not", b"x = " + b"not " * deep + b"y\n"
    yield "nested_lambdas", b"f = " + b"lambda: " * deep + b"0\n"
    yield "binop_chain", b"x = " + b" + ".join([b"a"] * deep) + b"\n"
    yield "attribute_chain", b"x = a" + b".b" * deep + b"\n"
    yield "call_chain", b"x = f" + b"()" * deep + b"\n"
    yield "subscript_chain", b"x = a" + b"[0]" * deep + b"\n"
    # Just inside and just past the depth at which CPython 3.11's ast.parse,
    # called from a script's top level, stops building AST objects.
    yield "ast_depth_2988_accepted", b"x = " + b"-" * 2988 + b"1\n"
    yield "ast_depth_2989_rejected", b"x = " + b"-" * 2989 + b"1\n"
    yield "nested_lambdas_2000", b"f = " + b"lambda: " * 2000 + b"0\n"
    # CPython allows 99 levels of indentation.
    yield "nested_ifs_99", _nested_ifs(99)
    yield "nested_ifs_100", _nested_ifs(100)
    yield "nested_defs_99", (
        b"".join(b" " * i + b"def f%d():\n" % i for i in range(99)) + b" " * 99 + b"pass\n"
    )
    yield "string_10mb", b"x = '" + b"a" * 10_000_000 + b"'\n"
    yield "identifier_1mb", b"a" * 1_000_000 + b" = 1\n"
    yield "many_lines", b"x = 1\n" * 50_000
    yield "long_list", b"x = [" + b"1, " * 100_000 + b"]\n"
    yield "long_line_of_statements", b"x = 1; " * 20_000 + b"\n"
    yield "fstring_quote_nesting", b"x = f'''{f\"\"\"{f'{f\"{1}\"}'}\"\"\"}'''\n"
    yield "fstring_sequence", b"x = " + b" ".join([b"f'{a}{b!r:>{w}}'"] * 5_000) + b"\n"
    yield "fstring_spec_nesting_ok", b"x = f'{a:{b}}'\n"
    yield "fstring_spec_nesting_too_deep", b"x = f'{a:{b:{c}}}'\n"
    yield "fstring_escaped_braces", b"x = f'" + b"{" * 1_000 + b"'\n"
    yield "fstring_unclosed_brace", b"x = f'" + b"{" * 1_001 + b"'\n"
    yield "fstring_deep_parens", b"x = f'{" + b"(" * 199 + b"1" + b")" * 199 + b"}'\n"
    yield "tabs_consistent", b"if x:\n\tif y:\n\t\tz = 1\n\telse:\n\t\tz = 2\n"
    yield "tabs_then_spaces", b"if x:\n\tif y:\n\t    z = 1\n        w = 2\n"
    yield "tabs_inconsistent", b"if x:\n\ty = 1\n        z = 2\n"
    yield "form_feeds", b"\x0cdef f():\n\x0c    return 1\n    \x0c\n"
    yield "nul_in_code", b"x = 1\x00\n"
    yield "nul_in_string", b"x = '\x00'\n"
    yield "nul_in_comment", b"# \x00\nx = 1\n"
    yield "invalid_utf8", b"x = '\xff'\n"
    # ast.parse lets undecodable bytes through in comments (running the
    # file as a script does not).
    yield "invalid_utf8_in_comment", b"x = 1  # caf\xe9\n"
    yield "truncated_utf8_at_eof", b"x = '\xe2\x82"
    yield "overlong_utf8", b"x = '\xc0\xaf'\n"
    yield "utf8_surrogate", b"x = '\xed\xa0\x80'\n"
    yield "bom", b"\xef\xbb\xbfx = 1\n"
    yield "bom_with_utf8_cookie", b"\xef\xbb\xbf# coding: utf-8\nx = 1\n"
    yield "bom_with_latin1_cookie", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"
    yield "double_bom", b"\xef\xbb\xbf\xef\xbb\xbfx = 1\n"
    yield "bom_only", b"\xef\xbb\xbf"
    yield "cr_only_newlines", b"if x:\r    y = 1\relse:\r    y = 2\r"
    yield "mixed_newlines", b"x = 1\r\ny = 2\rz = 3\n"
    yield "cr_in_strings", b"x = '''a\rb\r\nc'''\ny = 'a\\\rb'\n"
    yield "latin1_cookie", b"# -*- coding: latin-1 -*-\nx = '\xe9\xff'\n"
    yield "latin1_cookie_on_line_2", (
        b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\nx = '\xe9'\n"
    )
    yield "cookie_on_line_3_ignored", b"\n\n# coding: latin-1\nx = '\xe9'\n"
    yield "unknown_encoding_cookie", b"# coding: no-such-codec\nx = 1\n"
    yield "utf16_cookie", b"# coding: utf-16\nx = 1\n"
    yield "empty", b""
    yield "only_whitespace", b"   \n\t\n  "
    yield "continuation_at_eof", b"x = 1 + \\"
    yield "no_trailing_newline", b"if x:\n    y = 1"


def _nested_ifs(depth: int) -> bytes:
    return b"".join(b" " * i + b"if x:\n" for i in range(depth)) + b" " * depth + b"pass\n"


# --- mutations -------------------------------------------------------------

INTERESTING_BYTES = b"()[]{}:;,.'\"\\#\n\r\t \x00\x0c@=*-+%~^|&<>!`$?\x7f\x80\xc3\xff"
TOKENS = [
    b"(", b")", b"[", b"]", b"{", b"}", b"'", b'"', b"'''", b'"""', b"f'", b'rb"',
    b"f'{", b"}'", b"{x!r:>{w}}", b"\\\n", b":", b":=", b"=", b"==", b"*", b"**", b"->",
    b"...", b"@", b",", b";", b"lambda", b"lambda:", b"yield", b"yield from", b"await",
    b"async", b"def", b"class", b"if", b"elif", b"else", b"for", b"while", b"in", b"not",
    b"is", b"and", b"or", b"match", b"case", b"_", b"global", b"nonlocal", b"return",
    b"pass", b"break", b"continue", b"try:", b"except*", b"finally:", b"with", b"as",
    b"from", b"import", b"del", b"assert", b"raise", b"__debug__", b"None", b"True",
    b"0x", b"0o7", b"1e", b"1j", b"1_", b"0_1", b"\t", b"    ", b"\n", b"#", b"\xc3\xa9",
    b"\xe2\x82\xac", b"\xc2\xa0",
]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def flip_bit(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    at = rng.randrange(len(data))
    return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:]


def insert_byte(rng: random.Random, data: bytes) -> bytes:
    byte = rng.choice(INTERESTING_BYTES) if rng.random() < 0.7 else rng.randrange(256)
    at = rng.randrange(len(data) + 1)
    return data[:at] + bytes([byte]) + data[at:]


def delete_byte(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    at = rng.randrange(len(data))
    return data[:at] + data[at + 1:]


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def strip_indentation(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    indented = [i for i, line in enumerate(lines) if line[:1] in (b" ", b"\t")]
    if indented:
        i = rng.choice(indented)
        lines[i] = lines[i].lstrip(b" \t")
    return b"\n".join(lines)


def duplicate_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i = rng.randrange(len(lines))
    lines.insert(i, lines[i])
    return b"\n".join(lines)


def delete_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    del lines[rng.randrange(len(lines))]
    return b"\n".join(lines)


def swap_lines(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def insert_token(rng: random.Random, data: bytes) -> bytes:
    token = rng.choice(TOKENS)
    if rng.random() < 0.5:
        token = b" " + token + b" "
    at = rng.randrange(len(data) + 1)
    return data[:at] + token + data[at:]


def delete_span(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 200):]


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    flip_bit, insert_byte, delete_byte, truncate, strip_indentation, duplicate_line,
    delete_line, swap_lines, insert_token, delete_span,
]


def mutants(rng: random.Random) -> Iterator[tuple[str, bytes]]:
    root = harness.stdlib_dir()
    candidates = [p for p in harness.corpus_files() if p.stat().st_size <= MAX_MUTATED_FILE_SIZE]
    while True:
        path = rng.choice(candidates)
        data = path.read_bytes()
        applied = []
        for _ in range(rng.randint(1, 3)):
            mutation = rng.choice(MUTATIONS)
            data = mutation(rng, data)
            applied.append(mutation.__name__)
        yield f"{path.relative_to(root).as_posix()} [{', '.join(applied)}]", data


# --- checking one input ----------------------------------------------------


def internal_error(stderr: bytes) -> str | None:
    for line in stderr.splitlines():
        if not REPORT_LINE.match(line) and INTERNAL_ERROR.search(line):
            return line.decode("utf-8", "replace")[:200]
    return None


def runtime_problem(outcome: harness.Outcome) -> str | None:
    if outcome.crash():
        return outcome.crash()
    if outcome.returncode not in (0, 1):
        return f"exit status {outcome.returncode}: {outcome.last_stderr_line()}"
    message = internal_error(outcome.stderr)
    return f"internal error: {message}" if message else None


def check(job: Job, tiercel: str, timeout: float) -> tuple[str | None, str | None]:
    """(failure, note) for one input."""
    parsed = harness.run([tiercel, "--parse-only", job.path], timeout)
    problem = runtime_problem(parsed)
    if problem:
        return f"--parse-only: {problem}", None
    # CPython is slower than tiercel is expected to be on the huge inputs.
    oracle = harness.cpython_dump(Path(job.path), False, max(60.0, 6 * timeout))
    if oracle.returncode not in (0, harness.ORACLE_REJECTED):
        why = oracle.crash() or oracle.last_stderr_line()
        return None, f"CPython gave no verdict ({why}); only crash-checked"
    cpython_accepts = oracle.returncode == 0
    if parsed.returncode == 0 and not cpython_accepts:
        return f"tiercel accepts, CPython rejects ({oracle.last_stderr_line()})", None
    if parsed.returncode == 1 and cpython_accepts:
        return f"tiercel rejects ({parsed.last_stderr_line()}), CPython accepts", None
    if not cpython_accepts:
        return None, None
    dumped = harness.run([tiercel, "--dump-ast", job.path], timeout)
    problem = runtime_problem(dumped)
    if problem:
        return f"--dump-ast: {problem}", None
    if dumped.returncode != 0:
        return f"--dump-ast rejects what --parse-only accepts: {dumped.last_stderr_line()}", None
    if dumped.stdout != oracle.stdout:
        return f"dump differs: {harness.first_difference(oracle.stdout, dumped.stdout)}", None
    return None, None


# --- driver ----------------------------------------------------------------


def save_failure(save_dir: Path, seed: int, job: Job, failure: str, tiercel: str) -> Path:
    save_dir.mkdir(parents=True, exist_ok=True)
    target = save_dir / f"{seed}-{job.index:05d}.py"
    target.write_bytes(Path(job.path).read_bytes())
    target.with_suffix(".txt").write_text(
        f"input: {job.name}\n"
        f"seed: {seed}, input number {job.index}\n"
        f"failure: {failure}\n"
        f"reproduce: {tiercel} --parse-only {target}\n"
        f"           {tiercel} --dump-ast {target}\n",
        encoding="utf-8",
    )
    return target


def inputs(
    rng: random.Random, iterations: int | None, deadline: float | None, pathological: bool
) -> Iterator[tuple[str, bytes]]:
    if pathological:
        for name, data in pathological_inputs():
            yield f"pathological/{name}", data
    for count, (name, data) in enumerate(mutants(rng)):
        if iterations is not None and count >= iterations:
            return
        if deadline is not None and time.monotonic() >= deadline:
            return
        yield f"mutant/{name}", data


def write_jobs(cases: Iterator[tuple[str, bytes]], directory: str) -> Iterator[Job]:
    # Written as they are needed: the pathological inputs alone are ~15 MB.
    for index, (name, data) in enumerate(cases):
        path = os.path.join(directory, f"input-{index:05d}.py")
        with open(path, "wb") as file:
            file.write(data)
        yield Job(index, name, path)


def main(argv: list[str] | None = None) -> int:
    harness.require_cpython_311()
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    harness.add_common_arguments(parser, timeout=10)
    parser.add_argument("--seed", type=int, help="random seed (default: from the clock)")
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument("--iterations", type=int, help="number of mutated inputs (default: 300)")
    budget.add_argument("--seconds", type=float, help="make mutated inputs for this long")
    parser.add_argument("--no-pathological", action="store_true",
                        help="skip the fixed set of pathological inputs")
    parser.add_argument("--save", type=Path, default=Path(tempfile.gettempdir()) / "tiercel-fuzz",
                        help="where failing inputs are saved (default: %(default)s)")
    args = parser.parse_args(argv)

    tiercel = harness.check_tiercel(args.tiercel)
    seed = args.seed if args.seed is not None else int(time.time())
    print(f"seed {seed}", flush=True)
    if args.seconds is not None:
        iterations, deadline = None, time.monotonic() + args.seconds
    else:
        iterations, deadline = (300 if args.iterations is None else args.iterations), None

    cases = inputs(random.Random(seed), iterations, deadline, not args.no_pathological)
    checker = functools.partial(check, tiercel=tiercel, timeout=args.timeout)
    tally = harness.Tally()
    with tempfile.TemporaryDirectory(prefix="tiercel-fuzz-") as scratch:
        jobs = write_jobs(cases, scratch)
        for job, (failure, note) in harness.parallel_map(checker, jobs, args.jobs):
            if note:
                print(f"NOTE #{job.index} {job.name}: {note}", flush=True)
            if failure:
                saved = save_failure(args.save, seed, job, failure, tiercel)
                failure = f"{failure} (saved as {saved})"
            tally.record(f"#{job.index} {job.name}", failure)
            os.unlink(job.path)
    return tally.finish()


if __name__ == "__main__":
    sys.exit(main())
