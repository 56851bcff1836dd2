#!/usr/bin/env python3
"""Check that `tiercel --check FILE` accepts and rejects what CPython's compiler does.

    python3 Tools/compile_parity.py [options] [FILE_OR_DIR ...]

With no paths, every .py file of the CPython standard library is checked.
CPython's verdict is `compile(source_bytes, path, 'exec')`, which runs the
parser, the future-import rules, the symbol table and the compiler's own
syntax checks without executing anything; `tiercel --check` makes the same
checks.  A file it accepts must exit 0; a file it rejects must exit 1 with
CPython's last error line.  Decoding
errors are reported differently for bytes and for files, so for those only
the verdict is compared.  The last line is `N passed, N failed`.
"""

from __future__ import annotations

import functools
import sys
import warnings
from pathlib import Path

import harness

# tiercel --check's exit status for a file that passes every check.
ACCEPTED = 0


def cpython_verdict(path: Path) -> str | None:
    """None if CPython compiles the file, else its error line."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(path.read_bytes(), str(path), "exec")
        except SyntaxError as error:
            return f"{type(error).__name__}: {error.msg}"
        except (ValueError, MemoryError, RecursionError) as error:
            return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return None


def is_decoding_error(message: str) -> bool:
    return "codec can't decode" in message or "encoding" in message


def check(path: Path, tiercel: str, timeout: float) -> str | None:
    expected = cpython_verdict(path)
    outcome = harness.run([tiercel, "--check", str(path)], timeout)
    if outcome.crash():
        return outcome.crash()
    last = outcome.last_stderr_line()
    if expected is None:
        return None if outcome.returncode == ACCEPTED else f"tiercel rejected: {last}"
    if outcome.returncode != 1:
        return f"tiercel accepted a file CPython rejects ({expected})"
    if last != expected and not is_decoding_error(expected):
        return f"tiercel said {last!r}, CPython {expected!r}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = harness.corpus_parser(__doc__)
    args = parser.parse_args(argv)
    tiercel = harness.check_tiercel(args.tiercel)
    files = harness.collect_files(args.paths)
    checker = functools.partial(check, tiercel=tiercel, timeout=args.timeout)
    tally = harness.Tally(None)
    for path, failure in harness.parallel_map(checker, files, args.jobs):
        tally.record(harness.display_name(path), failure)
    return tally.finish(None)


if __name__ == "__main__":
    sys.exit(main())
