#!/usr/bin/env python3
"""Check `tiercel --dump-symtable` against CPython's symbol tables.

    python3 Tools/symtable_parity.py [options] [FILE_OR_DIR ...]

With no paths, every .py file of the CPython standard library is checked;
files CPython rejects (at parse or symtable time) are not compared.  The
dump format is defined by format_symtable below, which is the
specification tiercel implements.  Output: one line per failure, then
`N passed, N failed` (plus `, N skipped` with --expected-failures).
"""

from __future__ import annotations

import _symtable
import functools
import sys
from pathlib import Path

import harness

# --- the dump format -------------------------------------------------------
#
#   table <name> type=<module|function|class|annotation> line=<lineno> nested=<0|1>
#     params <varnames joined by ','>        only for type=function
#     symbol <name> <scope> <flags joined by '|', or '-'>
#     table ...                              children, one level deeper
#
# Two spaces of indent per level; children in the order CPython made them
# (source order, depth first); symbols sorted by code point; "params" alone
# when a function takes none.  The output is UTF-8 and ends with a newline.
#
# Everything comes from the raw `_symtable` entries, not the `symtable`
# module, because that is what CPython's compiler itself uses.  Things a
# reimplementation must get right:
# - varnames lists positional-only and positional parameters, then
#   keyword-only ones, then *args, then **kwargs (not signature order);
#   comprehensions take one parameter named ".0".
# - Symbol names are private-name mangled (_C__x); table names are not.
# - Annotation scopes (made for `from __future__ import annotations`) are
#   never linked into children, so type=annotation cannot appear, yet the
#   names used in those annotations are missing from the enclosing scope.
# - `__class__` or `super` used in a method gives `__class__` a FREE USE
#   entry there and a FREE entry without flags in each function between it
#   and the class; the class gets no entry.  Used directly in a class body,
#   `__class__` is an ordinary GLOBAL_IMPLICIT USE.

TABLE_TYPES = {0: "function", 1: "class", 2: "module", 3: "annotation"}
FUNCTION = 0

SCOPE_SHIFT = 11
SCOPE_MASK = 0xF
SCOPES = {
    0: "NONE",
    1: "LOCAL",
    2: "GLOBAL_EXPLICIT",
    3: "GLOBAL_IMPLICIT",
    4: "FREE",
    5: "CELL",
}

FLAGS = (
    (0x001, "DEF_GLOBAL"),
    (0x002, "DEF_LOCAL"),
    (0x004, "DEF_PARAM"),
    (0x008, "DEF_NONLOCAL"),
    (0x010, "USE"),
    (0x020, "DEF_FREE"),
    (0x040, "DEF_FREE_CLASS"),
    (0x080, "DEF_IMPORT"),
    (0x100, "DEF_ANNOT"),
    (0x200, "DEF_COMP_ITER"),
)
KNOWN_BITS = functools.reduce(lambda mask, flag: mask | flag[0], FLAGS, 0) | (
    SCOPE_MASK << SCOPE_SHIFT
)


def describe_symbol(name: str, value: int) -> str:
    # A bit this format has no name for would silently drop out of the
    # comparison; refuse instead, so the format gets extended.
    if value & ~KNOWN_BITS:
        raise ValueError(f"symbol {name!r} has unknown flag bits {value & ~KNOWN_BITS:#x}")
    scope = SCOPES[(value >> SCOPE_SHIFT) & SCOPE_MASK]
    flags = "|".join(label for bit, label in FLAGS if value & bit) or "-"
    return f"symbol {name} {scope} {flags}"


def format_symtable(table) -> bytes:
    lines = []

    def visit(entry, depth: int) -> None:
        indent = "  " * depth
        lines.append(
            f"{indent}table {entry.name} type={TABLE_TYPES[entry.type]} "
            f"line={entry.lineno} nested={int(entry.nested)}"
        )
        if entry.type == FUNCTION:
            lines.append(" ".join([f"{indent}  params", ",".join(entry.varnames)]).rstrip())
        for name in sorted(entry.symbols):
            lines.append(f"{indent}  {describe_symbol(name, entry.symbols[name])}")
        for child in entry.children:
            visit(child, depth + 1)

    with harness.deep_recursion():
        visit(table, 0)
    return ("\n".join(lines) + "\n").encode("utf-8")


# --- the check -------------------------------------------------------------


def check(path: Path, tiercel: str, timeout: float) -> tuple[bool, str | None]:
    """(compared, failure): compared is False when CPython rejects the file."""
    try:
        table = _symtable.symtable(path.read_bytes(), str(path), "exec")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return False, None
    expected = format_symtable(table)
    outcome = harness.run([tiercel, "--dump-symtable", str(path)], timeout)
    if outcome.crash():
        return True, outcome.crash()
    if outcome.returncode != 0:
        return True, f"exit status {outcome.returncode}: {outcome.last_stderr_line()}"
    if outcome.stdout != expected:
        return True, harness.first_difference(expected, outcome.stdout)
    return True, None


def main(argv: list[str] | None = None) -> int:
    parser = harness.corpus_parser(__doc__, failure_lists=True)
    args = parser.parse_args(argv)

    tiercel = harness.check_tiercel(args.tiercel)
    files = harness.collect_files(args.paths)[: args.limit]
    checker = functools.partial(check, tiercel=tiercel, timeout=args.timeout)
    tally = harness.Tally(args.expected_failures)
    not_compared = 0
    for path, (compared, failure) in harness.parallel_map(checker, files, args.jobs):
        if compared:
            tally.record(harness.display_name(path), failure)
        else:
            not_compared += 1
    if not_compared:
        print(f"({not_compared} files CPython rejects were not compared)")
    return tally.finish(args.write_failures)


if __name__ == "__main__":
    sys.exit(main())
