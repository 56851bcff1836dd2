#!/usr/bin/env python3
"""Regenerate the .expected files of the script suites from CPython 3.11.

    python3 Tools/regen_expected.py [--check] [-j N] [FILE_OR_DIR ...]

With no paths, regenerates every suite below Tests/.  Each NAME.py gets a
NAME.expected next to it, made by running

    python3 -B -E -s -X utf8 NAME.py

with the script's directory as the working directory (-E and -s keep the
caller's environment and site-packages out of it; -X utf8 fixes the output
encoding).  With --check nothing is written; the exit status says whether
any file is out of date.

Expected-file format
--------------------
A sequence of sections, each starting with an ASCII header line:

    exit <status>          the exit status (negative: killed by that signal)
    <section> <size>       followed by exactly <size> bytes of content

where <section> is one of

    stdout                 everything written to stdout
    stderr                 everything written to stderr
    stderr-tail            the last non-blank line of stderr, plus "\\n"

When content is non-empty and does not end with a newline, one newline
follows it so that the next header starts a line; it is not part of the
content.  Sections appear in the order above, each at most once.  A
section that is absent is not checked.  In all content, the absolute path
of the script's directory (as CPython prints it, and as the plain absolute
path) is replaced by nothing, so messages name files by their bare name.

A suite is the directory a script is in; SUITES says what each one pins
down.  Syntax-error snippets pin the full report; conformance scripts pin
their output and how they end, but not the traceback above the last line,
whose frames and carets tiercel need not reproduce.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from pathlib import Path

import harness

TESTS_DIR = harness.REPO_ROOT / "Tests"

SUITES = {
    "SyntaxErrors": ("exit", "stderr"),
    "Conformance": ("exit", "stdout", "stderr-tail"),
    # Conformance scripts tiercel does not pass yet (not run by Tools/test).
    "KnownFailures": ("exit", "stdout", "stderr-tail"),
}

CPYTHON_FLAGS = ["-B", "-E", "-s", "-X", "utf8"]


def suite_scripts(args: list[str]) -> list[Path]:
    if args:
        scripts = harness.collect_files(args)
    else:
        scripts = [p for suite in SUITES for p in sorted((TESTS_DIR / suite).glob("*.py"))]
    for script in scripts:
        if script.parent.name not in SUITES:
            sys.exit(f"regen_expected.py: {script} is not in a suite directory "
                     f"({', '.join(SUITES)})")
    return scripts


def expected_path(script: Path) -> Path:
    return script.with_suffix(".expected")


def generate(script: Path, timeout: float) -> bytes | str:
    """The expected file's content, or why it could not be made."""
    outcome = harness.run(
        [sys.executable, *CPYTHON_FLAGS, script.name], timeout, cwd=script.parent
    )
    if outcome.timed_out:
        return f"CPython took more than {timeout:g} s"
    observed = harness.observed_sections(outcome, script.parent)
    return harness.format_expected({name: observed[name] for name in SUITES[script.parent.name]})


def main(argv: list[str] | None = None) -> int:
    harness.require_cpython_311()
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*",
                        help="scripts or suite directories (default: all suites)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if any expected file is out of date")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args(argv)

    scripts = suite_scripts(args.paths)
    stale = errors = 0
    for script, content in harness.parallel_map(
        functools.partial(generate, timeout=args.timeout), scripts, args.jobs
    ):
        name = harness.display_name(script)
        if isinstance(content, str):
            print(f"ERROR {name}: {content}")
            errors += 1
            continue
        target = expected_path(script)
        if target.exists() and target.read_bytes() == content:
            continue
        stale += 1
        if args.check:
            print(f"OUT OF DATE {harness.display_name(target)}")
        else:
            target.write_bytes(content)
            print(f"wrote {harness.display_name(target)}")

    for directory in sorted({script.parent for script in scripts}):
        for orphan in sorted(directory.glob("*.expected")):
            if not orphan.with_suffix(".py").exists():
                print(f"ORPHAN {harness.display_name(orphan)}: no script of that name")

    verb = "out of date" if args.check else "rewritten"
    print(f"{len(scripts)} scripts, {stale} {verb}, {errors} errors")
    return 1 if errors or (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
