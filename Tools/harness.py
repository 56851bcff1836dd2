"""Shared plumbing for Tiercel's front-end test tools.

Every tool compares the tiercel binary with the CPython that runs the tool,
so this module (like the tools) uses only the standard library and insists
on CPython 3.11: another version would make a different oracle.
"""

from __future__ import annotations

import argparse
import ast
import collections
import concurrent.futures
import contextlib
import os
import signal
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TIERCEL = REPO_ROOT / ".build" / "release" / "tiercel"

# A generous ceiling for walking deep ASTs and scope trees in Python code.
# Only raised around pure-Python walks: ast.parse and _symtable scale their
# own C-level depth limits from the recursion limit, and raising it around
# them would change CPython's verdict (or overflow the C stack).
DEEP_RECURSION_LIMIT = 100_000

Item = TypeVar("Item")
Result = TypeVar("Result")


def require_cpython_311() -> None:
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        sys.exit(
            f"{Path(sys.argv[0]).name}: the oracle must be CPython 3.11, "
            f"not {sys.implementation.name} {sys.version.split()[0]}"
        )


# --- the corpus ------------------------------------------------------------


def stdlib_dir() -> Path:
    return Path(sysconfig.get_paths()["stdlib"])


def corpus_files() -> list[Path]:
    """Every .py file of the standard library, in a stable order."""
    root = stdlib_dir()
    found = []
    for directory, subdirs, names in os.walk(root):
        # Third-party code is not part of the corpus, and its contents
        # vary from machine to machine.
        subdirs[:] = [d for d in subdirs if d != "site-packages"]
        found.extend(Path(directory, n) for n in names if n.endswith(".py"))
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def collect_files(args: Iterable[str]) -> list[Path]:
    """The files named by args (directories are searched for .py files),
    or the whole corpus when args is empty."""
    args = list(args)
    if not args:
        return corpus_files()
    found = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            # Modules that scripts import live in support/ folders; they are not scripts.
            found.extend(p for p in sorted(path.rglob("*.py")) if "support" not in p.relative_to(path).parts)
        elif path.exists():
            found.append(path)
        else:
            sys.exit(f"{Path(sys.argv[0]).name}: no such file or directory: {arg}")
    return found


def display_name(path: Path) -> str:
    """How failure lists name a file: relative to the stdlib when it is a
    corpus file (so lists are portable between machines), else relative to
    the repository, else as given."""
    resolved = path.resolve()
    for base in (stdlib_dir().resolve(), REPO_ROOT):
        if resolved.is_relative_to(base):
            return resolved.relative_to(base).as_posix()
    return str(path)


# --- running programs ------------------------------------------------------


@dataclass
class Outcome:
    returncode: int | None  # None when the process was killed for time
    stdout: bytes
    stderr: bytes
    seconds: float
    timed_out: bool = False

    @property
    def signal(self) -> int | None:
        if self.returncode is not None and self.returncode < 0:
            return -self.returncode
        return None

    def crash(self) -> str | None:
        """Why the run counts as a crash, or None if it exited normally."""
        if self.timed_out:
            return "timeout"
        if self.signal is not None:
            try:
                name = signal.Signals(self.signal).name
            except ValueError:
                name = "unknown"
            return f"crash signal {self.signal} ({name})"
        return None

    def last_stderr_line(self) -> str:
        """The gist of an error report: CPython's ends with the message."""
        for line in reversed(self.stderr.decode("utf-8", "replace").splitlines()):
            if line.strip():
                return line.strip()[:200]
        return ""


def run(
    command: list[str | os.PathLike],
    timeout: float,
    cwd: str | os.PathLike | None = None,
) -> Outcome:
    start = time.monotonic()
    # A session of its own lets a timeout take down anything the command
    # spawned, without touching processes we did not start.
    proc = subprocess.Popen(
        [str(part) for part in command],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        start_new_session=True,
    )
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        return Outcome(None, stdout, stderr, time.monotonic() - start, timed_out=True)
    return Outcome(proc.returncode, stdout, stderr, time.monotonic() - start)


def parallel_map(
    function: Callable[[Item], Result], items: Iterable[Item], jobs: int
) -> Iterator[tuple[Item, Result]]:
    """Yield (item, function(item)) in input order, computing up to `jobs`
    at once in worker processes.

    Processes rather than threads because the checks do CPU-bound oracle
    work (ast.dump of a large file takes a while) next to waiting for
    tiercel.  Items are drawn lazily, so an endless generator works.
    """
    if jobs <= 1:
        for item in items:
            yield item, function(item)
        return
    with concurrent.futures.ProcessPoolExecutor(jobs) as pool:
        pending: collections.deque = collections.deque()
        for item in items:
            pending.append((item, pool.submit(function, item)))
            # Enough queued work to keep every worker busy, no more:
            # memory stays bounded and results stream out as they finish.
            if len(pending) >= 2 * jobs:
                done_item, future = pending.popleft()
                yield done_item, future.result()
        for done_item, future in pending:
            yield done_item, future.result()


def _run_one(job: tuple[list[str], float]) -> Outcome:
    command, timeout = job
    return run(command, timeout)


def run_all(
    commands: Iterable[list[str]], jobs: int, timeout: float
) -> Iterator[tuple[list[str], Outcome]]:
    """Run commands `jobs` at a time; yields (command, Outcome) in order."""
    for (command, _), outcome in parallel_map(
        _run_one, ((c, timeout) for c in commands), jobs
    ):
        yield command, outcome


@contextlib.contextmanager
def deep_recursion() -> Iterator[None]:
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, DEEP_RECURSION_LIMIT))
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


# --- the CPython oracle for ast.dump ---------------------------------------

# Run as `python3 -I -c ORACLE_SCRIPT FILE [--include-attributes]`: exits with
# ORACLE_REJECTED if CPython rejects FILE, else prints its dump and exits 0;
# any other status means the oracle itself broke.  Besides SyntaxError, CPython
# rejects with MemoryError (source too deep for the parser's stack) and
# RecursionError (too deep to build Python AST objects).  ast.parse must run
# from module level of a fresh process: the depth at which 3.11 gives up
# building AST objects depends on the caller's stack depth and, after one
# RecursionError, on what the process parsed before.
ORACLE_REJECTED = 3
ORACLE_SCRIPT = """\
import ast, sys
path = sys.argv[1]
try:
    tree = ast.parse(open(path, 'rb').read(), path)
except (SyntaxError, ValueError, MemoryError, RecursionError) as error:
    sys.stderr.write(type(error).__name__ + ': ' + str(error)[:500] + '\\n')
    sys.exit(%d)
sys.setrecursionlimit(%d)
text = ast.dump(tree, include_attributes='--include-attributes' in sys.argv)
sys.stdout.buffer.write(text.encode('utf-8') + b'\\n')
""" % (ORACLE_REJECTED, DEEP_RECURSION_LIMIT)


def dump_text(tree: ast.AST, include_attributes: bool) -> bytes:
    """What `print(ast.dump(tree))` writes, assuming UTF-8 output.

    ast.dump runs out of Python stack long before the parser gives up; the
    contract is the text it would print with stack to spare."""
    with deep_recursion():
        text = ast.dump(tree, include_attributes=include_attributes)
    return text.encode("utf-8") + b"\n"


def cpython_dump(path: Path, include_attributes: bool, timeout: float) -> Outcome:
    """CPython's verdict on a file, from a fresh interpreter running
    ORACLE_SCRIPT."""
    command = [sys.executable, "-I", "-c", ORACLE_SCRIPT, str(path)]
    if include_attributes:
        command.append("--include-attributes")
    return run(command, timeout)


# --- expected-output files ------------------------------------------------
#
# The format is described at the top of regen_expected.py, which writes
# these files; the checkers read them with parse_expected.

SECTIONS = ("exit", "stdout", "stderr", "stderr-tail")


def format_expected(sections: dict[str, int | bytes]) -> bytes:
    out = bytearray()
    for name in SECTIONS:
        if name not in sections:
            continue
        value = sections[name]
        if name == "exit":
            out += f"exit {value}\n".encode()
            continue
        out += f"{name} {len(value)}\n".encode() + value
        if value and not value.endswith(b"\n"):
            out += b"\n"
    return bytes(out)


def parse_expected(data: bytes) -> dict[str, int | bytes]:
    sections: dict[str, int | bytes] = {}
    position = 0
    while position < len(data):
        end = data.index(b"\n", position)
        name, _, argument = data[position:end].decode("ascii").partition(" ")
        position = end + 1
        if name not in SECTIONS or name in sections:
            raise ValueError(f"unexpected section header {name!r}")
        if name == "exit":
            sections[name] = int(argument)
            continue
        size = int(argument)
        sections[name] = data[position:position + size]
        position += size
        if size and not sections[name].endswith(b"\n"):
            position += 1
    return sections


def without_directory(data: bytes, directory: Path) -> bytes:
    """data with the directory prefix dropped from paths of files in it.

    CPython makes a relative script path absolute by prefixing getcwd()
    (symlinks resolved, no normalization), so its messages name the
    machine's checkout; expectations hold bare file names instead."""
    for base in {os.path.realpath(directory), os.path.abspath(directory)}:
        data = data.replace(os.fsencode(os.path.join(base, "")), b"")
    return data


def observed_sections(outcome: Outcome, directory: Path) -> dict[str, int | bytes]:
    stdout = without_directory(outcome.stdout, directory)
    stderr = without_directory(outcome.stderr, directory)
    lines = [line for line in stderr.splitlines() if line.strip()]
    return {
        "exit": outcome.returncode,
        "stdout": stdout,
        "stderr": stderr,
        "stderr-tail": lines[-1] + b"\n" if lines else b"",
    }


# --- command line and reporting --------------------------------------------


def add_common_arguments(parser: argparse.ArgumentParser, timeout: float) -> None:
    parser.add_argument(
        "--tiercel",
        type=Path,
        default=DEFAULT_TIERCEL,
        help="the tiercel binary (default: %(default)s)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="how many checks to run at once (default: %(default)s)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=timeout,
        help="seconds before a tiercel run counts as hung (default: %(default)s)",
    )


def corpus_parser(doc: str, failure_lists: bool = False) -> argparse.ArgumentParser:
    """The command line every whole-corpus tool shares: paths (default: the
    stdlib), the common options, and optionally the known-failure lists."""
    require_cpython_311()
    parser = argparse.ArgumentParser(
        description=doc.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", help="files or directories (default: the stdlib)")
    add_common_arguments(parser, timeout=60)
    if failure_lists:
        parser.add_argument("--expected-failures", type=Path, metavar="FILE",
                            help="list of files known to fail; they do not fail the run")
        parser.add_argument("--write-failures", type=Path, metavar="FILE",
                            help="write the names of all failing files to FILE")
        parser.add_argument("--limit", type=int, metavar="N", help="check only the first N files")
    return parser


def check_tiercel(path: Path) -> str:
    """The binary's path as a string, or exit with a useful message."""
    if not (path.is_file() and os.access(path, os.X_OK)):
        sys.exit(
            f"{Path(sys.argv[0]).name}: no executable tiercel at {path} "
            "(build it, or pass --tiercel)"
        )
    return str(path.resolve())


def read_name_list(path: Path) -> set[str]:
    """A committed list of names, one per line; '#' starts a comment."""
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
    return names


def summary_line(passed: int, failed: int, skipped: int | None = None) -> str:
    line = f"{passed} passed, {failed} failed"
    return line if skipped is None else f"{line}, {skipped} skipped"


class Tally:
    """Counts results against an optional list of known failures and prints
    the per-failure lines and the final summary every tool shares."""

    def __init__(self, expected_failures: Path | None = None):
        self.expected_path = expected_failures
        self.expected = read_name_list(expected_failures) if expected_failures else set()
        self.passed = 0
        self.failed = 0
        self.xfailed = 0
        self.failing: list[str] = []

    def record(self, name: str, failure: str | None) -> None:
        if failure is None:
            self.passed += 1
            if name in self.expected:
                print(f"UNEXPECTEDLY PASSING {name}: remove it from {self.expected_path}",
                      flush=True)
            return
        self.failing.append(name)
        if name in self.expected:
            self.xfailed += 1
        else:
            self.failed += 1
            print(f"FAIL {name}: {failure.rstrip()}", flush=True)

    def finish(self, write_failures: Path | None = None) -> int:
        """Print the summary; return the exit status."""
        if write_failures:
            write_failures.write_text(
                "".join(f"{name}\n" for name in sorted(self.failing)), encoding="utf-8"
            )
        skipped = self.xfailed if self.expected_path else None
        print(summary_line(self.passed, self.failed, skipped), flush=True)
        return 1 if self.failed else 0


def first_difference(expected: bytes, actual: bytes, context: int = 60) -> str:
    """A one-line description of where two outputs part ways."""
    if expected == actual:
        return "identical"
    limit = min(len(expected), len(actual))
    index = 0
    # Outputs can be megabytes long; skip equal blocks at C speed first.
    while index + 4096 <= limit and expected[index:index + 4096] == actual[index:index + 4096]:
        index += 4096
    while index < limit and expected[index] == actual[index]:
        index += 1
    start = max(0, index - context // 2)

    def excerpt(data: bytes) -> str:
        return repr(data[start:start + context].decode("utf-8", "replace"))

    return (
        f"differs at byte {index} (expected {len(expected)} bytes, got {len(actual)}): "
        f"expected {excerpt(expected)} got {excerpt(actual)}"
    )
