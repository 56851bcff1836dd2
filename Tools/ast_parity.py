#!/usr/bin/env python3
"""Check that `tiercel --dump-ast` prints exactly what CPython's ast.dump does.

    python3 Tools/ast_parity.py [options] [FILE_OR_DIR ...]

With no paths, every .py file of the CPython standard library is checked.
A file passes when tiercel's stdout is byte-for-byte what
`print(ast.dump(ast.parse(source_bytes, path)))` writes (UTF-8), or when
CPython and tiercel both reject it.  Each failure gets one line; the last
line is `N passed, N failed` (plus `, N skipped` with --expected-failures,
counting the listed files that still fail).
"""

from __future__ import annotations

import ast
import functools
import sys
from pathlib import Path

import harness


def expected_output(path: Path, include_attributes: bool, timeout: float) -> bytes | None:
    """CPython's dump of the file, or None if CPython rejects it."""
    try:
        tree = ast.parse(path.read_bytes(), str(path))
    except (SyntaxError, ValueError):
        return None
    except (MemoryError, RecursionError):
        # Whether CPython gives up on deep nesting depends on the stack it
        # is called from; let a fresh interpreter decide as a script would.
        oracle = harness.cpython_dump(path, include_attributes, timeout)
        if oracle.returncode == 0:
            return oracle.stdout
        if oracle.returncode == harness.ORACLE_REJECTED:
            return None
        raise RuntimeError(
            f"CPython oracle failed on {path}: {oracle.crash() or oracle.last_stderr_line()}"
        )
    return harness.dump_text(tree, include_attributes)


def check(path: Path, tiercel: str, include_attributes: bool, timeout: float) -> str | None:
    """Why tiercel disagrees with CPython about the file, or None."""
    expected = expected_output(path, include_attributes, timeout)
    command = [tiercel, "--dump-ast"]
    if include_attributes:
        command.append("--include-attributes")
    outcome = harness.run(command + [str(path)], timeout)
    if outcome.crash():
        return outcome.crash()
    if outcome.returncode not in (0, 1):
        return f"exit status {outcome.returncode}: {outcome.last_stderr_line()}"
    if expected is None:
        return "tiercel accepted a file CPython rejects" if outcome.returncode == 0 else None
    if outcome.returncode == 1:
        return f"tiercel rejected: {outcome.last_stderr_line()}"
    if outcome.stdout != expected:
        return harness.first_difference(expected, outcome.stdout)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = harness.corpus_parser(__doc__, failure_lists=True)
    parser.add_argument("--include-attributes", action="store_true",
                        help="compare dumps made with include_attributes=True")
    args = parser.parse_args(argv)

    tiercel = harness.check_tiercel(args.tiercel)
    files = harness.collect_files(args.paths)[: args.limit]
    checker = functools.partial(
        check, tiercel=tiercel, include_attributes=args.include_attributes, timeout=args.timeout
    )
    tally = harness.Tally(args.expected_failures)
    for path, failure in harness.parallel_map(checker, files, args.jobs):
        tally.record(harness.display_name(path), failure)
    return tally.finish(args.write_failures)


if __name__ == "__main__":
    sys.exit(main())
