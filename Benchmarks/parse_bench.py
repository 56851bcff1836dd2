#!/usr/bin/env python3
"""Parse throughput of tiercel against CPython on the standard library.

    python3 Benchmarks/parse_bench.py [--runs N] [--tiercel PATH] [--python PATH] [--json FILE]

Times, in wall-clock seconds including process start-up, `tiercel
--parse-only` over every stdlib .py file, and a CPython process that reads
each file and calls ast.parse on it.  Runs alternate between the two so
machine noise hits both alike, and the best run of each counts.
Throughput is corpus bytes per second (MB = 10**6 bytes); the ratio is
tiercel's throughput over CPython's, so above 1 means tiercel is faster.

A few stdlib files are invalid on purpose.  tiercel exits 1 for them, as
CPython would; only death by a signal or another exit status is an error.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "Tools"))
import harness  # noqa: E402  (lives in Tools/, hence the path above)

CPYTHON_PARSER = """\
import ast, sys
for path in sys.argv[1:]:
    with open(path, 'rb') as file:
        source = file.read()
    try:
        ast.parse(source, path)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        pass
"""


def real_python(name: str) -> tuple[str, str]:
    """(executable, version) of the interpreter `name` runs.  Version
    managers put a shell-script shim first on PATH, which would add its
    own start-up time to every CPython run."""
    output = subprocess.run(
        [name, "-c", "import sys; print(sys.executable); print(sys.version.split()[0])"],
        capture_output=True, text=True, check=True,
    ).stdout.split("\n")
    return output[0], output[1]


def batches(paths: list[str], fixed_args: int) -> list[list[str]]:
    """Split paths into argument lists the kernel will accept."""
    try:
        arg_max = os.sysconf("SC_ARG_MAX")
    except (ValueError, OSError):
        arg_max = 128 * 1024
    # Arguments share ARG_MAX with the environment; a quarter is plenty safe.
    budget = arg_max // 4 - fixed_args
    result: list[list[str]] = [[]]
    used = 0
    for path in paths:
        cost = len(os.fsencode(path)) + 1 + 8  # the string, its NUL, its pointer
        if result[-1] and used + cost > budget:
            result.append([])
            used = 0
        result[-1].append(path)
        used += cost
    return result


def time_commands(commands: list[list[str]], label: str) -> float:
    total = 0.0
    for command in commands:
        start = time.perf_counter()
        status = subprocess.run(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        ).returncode
        total += time.perf_counter() - start
        if status not in (0, 1):
            how = f"signal {-status}" if status < 0 else f"exit status {status}"
            sys.exit(f"parse_bench.py: {label} failed with {how}: {command[:2]} ...")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--tiercel", type=Path, default=harness.DEFAULT_TIERCEL,
                        help="the tiercel binary (default: %(default)s)")
    parser.add_argument("--python", default="python3",
                        help="the CPython to compare with (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each (default: %(default)s)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    args = parser.parse_args(argv)

    tiercel = harness.check_tiercel(args.tiercel)
    python, python_version = real_python(args.python)
    files = [str(p) for p in harness.corpus_files()]
    # Reading everything once also warms the page cache for both contenders.
    total_bytes = sum(len(Path(p).read_bytes()) for p in files)

    tiercel_commands = [[tiercel, "--parse-only", *chunk] for chunk in batches(files, 1024)]
    cpython_commands = [
        [python, "-c", CPYTHON_PARSER, *chunk]
        for chunk in batches(files, 1024 + len(CPYTHON_PARSER))
    ]
    timings: dict[str, list[float]] = {"tiercel": [], "cpython": []}
    for run in range(1, args.runs + 1):
        timings["tiercel"].append(time_commands(tiercel_commands, "tiercel"))
        timings["cpython"].append(time_commands(cpython_commands, "CPython"))
        print(f"run {run}: tiercel {timings['tiercel'][-1]:.3f} s, "
              f"CPython {timings['cpython'][-1]:.3f} s", flush=True)

    results = {
        "files": len(files),
        "bytes": total_bytes,
        "runs": args.runs,
        "cpython_version": python_version,
    }
    for name, seconds in timings.items():
        best = min(seconds)
        results[name] = {
            "seconds": seconds,
            "best_seconds": best,
            "mb_per_s": total_bytes / best / 1e6,
        }
    results["ratio"] = results["tiercel"]["mb_per_s"] / results["cpython"]["mb_per_s"]

    print(f"corpus: {len(files)} files, {total_bytes / 1e6:.2f} MB")
    print(f"tiercel: best {results['tiercel']['best_seconds']:.3f} s, "
          f"{results['tiercel']['mb_per_s']:.2f} MB/s")
    print(f"CPython {python_version}: best {results['cpython']['best_seconds']:.3f} s, "
          f"{results['cpython']['mb_per_s']:.2f} MB/s")
    print(f"tiercel/CPython throughput ratio: {results['ratio']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
