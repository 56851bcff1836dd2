#!/usr/bin/env python3
"""Check that `tiercel NAME.py` fails the way CPython does on each snippet.

    python3 Tools/error_parity.py [options] [FILE_OR_DIR ...]

By default runs every Tests/SyntaxErrors/*.py with the snippet's directory
as the working directory, and compares the exit status and stderr with the
snippet's .expected file (format: see regen_expected.py).  Only the
sections present in the .expected file are compared, so the same check
works for any suite regen_expected.py knows.  Each failure is printed with
a unified diff; the last line is `N passed, N failed`.
"""

from __future__ import annotations

import argparse
import difflib
import functools
import sys
from pathlib import Path

import harness

DEFAULT_SUITE = harness.REPO_ROOT / "Tests" / "SyntaxErrors"


def diff(name: str, expected: bytes, actual: bytes) -> str:
    lines = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        f"expected {name}",
        f"tiercel {name}",
    )
    # A missing final newline would otherwise glue two diff lines together.
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def check(script: Path, tiercel: str, timeout: float) -> str | None:
    expected_file = script.with_suffix(".expected")
    if not expected_file.exists():
        return f"no {expected_file.name}; run Tools/regen_expected.py"
    expected = harness.parse_expected(expected_file.read_bytes())
    outcome = harness.run([tiercel, script.name], timeout, cwd=script.parent)
    if outcome.timed_out:
        return outcome.crash()
    actual = harness.observed_sections(outcome, script.parent)
    problems = []
    for name, want in expected.items():
        got = actual[name]
        if got == want:
            continue
        if name == "exit":
            crash = outcome.crash()
            suffix = f" ({crash})" if crash else ""
            problems.append(f"exit status {got}, expected {want}{suffix}")
        else:
            problems.append(f"{name} differs:\n{diff(name, want, got)}")
    return "; ".join(problems) if problems else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*",
                        help="snippets or directories (default: Tests/SyntaxErrors)")
    harness.add_common_arguments(parser, timeout=30)
    args = parser.parse_args(argv)

    tiercel = harness.check_tiercel(args.tiercel)
    scripts = harness.collect_files(args.paths or [str(DEFAULT_SUITE)])
    tally = harness.Tally()
    checker = functools.partial(check, tiercel=tiercel, timeout=args.timeout)
    for script, failure in harness.parallel_map(checker, scripts, args.jobs):
        tally.record(harness.display_name(script), failure)
    return tally.finish()


if __name__ == "__main__":
    sys.exit(main())
