#!/usr/bin/env python3
"""Configure and build the "fuzz" preset, then run each libFuzzer target for a while.

Used by the CTest fuzz/short_run (50 seconds each) and by hand for longer runs (README.md).
Seeds come from the Python programs already in the tree (tests/programs, resources/examples,
tests/hostile/regressions), read in place: libFuzzer writes new inputs only to the first corpus
directory, which is a fresh temporary one unless --corpus names one to keep.
Exit status: 0 when no fuzzer found anything, 1 on a crash, leak, timeout or out-of-memory
(the reproducing input is printed and kept under BUILD/artifacts/), 2 when the build failed.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

FUZZERS = ["parse_fuzzer", "trace_fuzzer"]
SEED_DIRS = ["tests/programs", "resources/examples", "tests/hostile/regressions"]
DONE_RE = re.compile(r"Done (\d+) runs in (\d+) second")
# After a finding libFuzzer prints no "Done" line, but -print_final_stats still counts the runs.
UNITS_RE = re.compile(r"stat::number_of_executed_units:\s*(\d+)")


def run(cmd, **kwargs):
    print("+ " + " ".join(cmd), flush=True)
    return subprocess.run(cmd, **kwargs).returncode


def build(args):
    env = dict(os.environ)
    env.setdefault("CXX", "clang++")
    if run([args.cmake, "--preset", "fuzz", "-B", args.build], cwd=args.source, env=env) != 0:
        return False
    return run([args.cmake, "--build", args.build, "-j", str(args.build_jobs),
                "--target", *args.fuzzers]) == 0


def show_artifacts(prefix_dir, name, found):
    for f in sorted(found):
        path = os.path.join(prefix_dir, f)
        with open(path, "rb") as fh:
            data = fh.read()
        print(f"\n{name}: reproducing input {path} ({len(data)} bytes):")
        print(repr(data[:600]) + (" ..." if len(data) > 600 else ""))
        print(f"reproduce with: {os.path.join(os.path.dirname(prefix_dir), 'bin', name)} {path}")


def fuzz(args, name, corpus_root, artifacts):
    exe = os.path.join(args.build, "bin", name)
    corpus = os.path.join(corpus_root, name)
    os.makedirs(corpus, exist_ok=True)
    seeds = [os.path.join(args.source, d) for d in SEED_DIRS
             if os.path.isdir(os.path.join(args.source, d))]
    before = set(os.listdir(artifacts))
    cmd = [exe,
           f"-dict={os.path.join(args.source, 'tests', 'fuzz', 'python.dict')}",
           f"-max_total_time={args.seconds}",
           f"-rss_limit_mb={args.rss_limit_mb}",
           f"-timeout={args.timeout}",
           *([f"-seed={args.seed}"] if args.seed else []),
           "-print_final_stats=1",
           f"-artifact_prefix={artifacts}/{name}-",
           *args.extra, corpus, *seeds]
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    start = time.monotonic()
    started_at = time.time() - 1
    print("+ " + " ".join(cmd), flush=True)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    runs = None
    tail = []
    for raw in proc.stdout:
        line = raw.decode("utf-8", "replace")
        # Progress lines (#1024 pulse ...) are many; keep findings and the summary.
        if not line.startswith("#") or "DONE" in line or "INITED" in line:
            sys.stdout.write(line)
        tail = (tail + [line])[-5:]
        m = DONE_RE.search(line) or UNITS_RE.search(line)
        if m:
            runs = int(m.group(1))
    rc = proc.wait()
    seconds = time.monotonic() - start
    if runs is None:
        # libFuzzer prints "Done N runs" only when it stops on time; after a crash the last
        # status line (#N ...) says how far it got.
        for line in reversed(tail):
            m = re.match(r"#(\d+)", line)
            if m:
                runs = int(m.group(1))
                break
    # A finding already on disk is written again under the same name: look at times too.
    new = [f for f in os.listdir(artifacts)
           if f not in before or os.path.getmtime(os.path.join(artifacts, f)) >= started_at]
    return rc, runs, seconds, new


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))))
    ap.add_argument("--build", help="fuzz build directory (default: SOURCE/build-fuzz)")
    ap.add_argument("--cmake", default="cmake")
    ap.add_argument("--seconds", type=int, default=50, help="-max_total_time of each fuzzer")
    ap.add_argument("--timeout", type=int, default=10, help="libFuzzer -timeout per input")
    ap.add_argument("--seed", type=int, default=0,
                    help="libFuzzer -seed; CI passes a fixed one so a commit's run can be repeated")
    ap.add_argument("--rss-limit-mb", type=int, default=2048)
    ap.add_argument("--build-jobs", type=int, default=2)
    ap.add_argument("--corpus", help="keep the generated corpus here (default: a temporary dir)")
    ap.add_argument("--fuzzers", nargs="+", default=FUZZERS, choices=FUZZERS)
    ap.add_argument("--no-build", action="store_true", help="use the fuzzers already built")
    ap.add_argument("extra", nargs="*", help="more libFuzzer flags, after --")
    args = ap.parse_args()
    args.source = os.path.abspath(args.source)
    args.build = os.path.abspath(args.build or os.path.join(args.source, "build-fuzz"))

    if not args.no_build and not build(args):
        print("fuzz build FAILED", flush=True)
        return 2
    artifacts = os.path.join(args.build, "artifacts")
    os.makedirs(artifacts, exist_ok=True)

    results = []
    with tempfile.TemporaryDirectory(prefix="memstep-fuzz-") as tmp:
        corpus_root = os.path.abspath(args.corpus) if args.corpus else tmp
        for name in args.fuzzers:
            results.append((name, *fuzz(args, name, corpus_root, artifacts)))

    print("\nsummary:")
    failed = False
    for name, rc, runs, seconds, new in results:
        status = "ok" if rc == 0 and not new else f"FAILED (exit {rc})"
        print(f"  {name}: Done {runs if runs is not None else '?'} runs in {seconds:.0f} s: {status}")
        if status != "ok":
            failed = True
            show_artifacts(artifacts, name, new)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
