#!/usr/bin/env python3
"""Runs memstep's benchmarks against python3 and prints one table of figures, ratios and targets.

    python3 bench/run.py [--build DIR] [--reps N] [--quick] [--json FILE]

It builds nothing: it uses DIR/bin/memstep-trace (required), DIR/bin/memstep_bench and
DIR/bin/memstep (optional, their rows say "not built" otherwise) from DIR, by default
build-release/ next to this folder (then build-bench/, then build/). Everything is measured in
the same run, python3 and memstep alternating, each figure the median of N repetitions.
See bench/README.md for what each row means.
"""

import argparse
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
RUN_PROGRAMS = ["numeric_loop", "fib_recursion", "list_sort", "dict_count", "string_build",
                "method_calls",
                # The cases issue #21 measured as a new user would.
                "genexpr_sum", "math_gcd", "math_factorial", "digit_factorials"]
# Benchmark kernels written here in the style of pyperformance's: every file of
# programs/kernels/ is one, so the rows and the files cannot disagree.
KERNELS = PROGRAMS / "kernels"
RECORD_PROGRAMS = [("record_10k", 10_000), ("record_100k", 100_000), ("record_1m", 1_000_000)]
# memstep-trace --stats records with the window's limits (100,000 steps, 30 s of wall time);
# the recording programs take up to a million steps, and a loaded machine must not cut them.
STATS_LIMITS = ["--max-steps", "10000000", "--max-seconds", "0"]
MB = 1024 * 1024
# python3 runs without the site module: site-packages can cost far more at start-up than the
# interpreter itself (on the machine this was written on, a .pth file importing certifi took
# 0.1 s of CPU), which would flatter memstep. The programs use built-ins only. --site restores it.
PYTHON_FLAGS = ["-S"]

# Kernels are recorded at a smaller size (their SIZE line), still a million steps or more, so
# the step limit is lifted further; their copies stay below 200 MB of peak RSS.
KERNEL_STATS_LIMITS = ["--max-steps", "1000000000", "--max-seconds", "0"]

# Targets from the performance issues (#8, #21).
RUN_RATIO_TARGET = 1.0
KERNEL_GEOMEAN_TARGET = 0.8
KERNEL_RECORD_RATIO = 2.0
RECORD_1M_SECONDS = 2.0
RECORD_1M_BYTES = 300 * MB
RECORD_SPEEDUP = 10.0
STATE_MS = 5.0
LAYOUT_1000_MS = 50.0
# A step shown in the window (Step, Back, or a jump anywhere), issue #14.
STEP_1000_MS = 50.0
STEP_10000_MS = 200.0
FRAME_MS = 1000.0 / 60.0
STARTUP_MS = 1000.0


class Child:
    """One finished child process: wall time, peak RSS (from wait4), exit status, output."""

    def __init__(self, argv, env=None, timeout=600):
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        out_chunks, err_chunks = [], []
        # Read both pipes without deadlocking, then reap with wait4 to get this child's rusage.
        import threading

        def drain(pipe, chunks):
            for chunk in iter(lambda: pipe.read(65536), b""):
                chunks.append(chunk)

        readers = [threading.Thread(target=drain, args=(process.stdout, out_chunks)),
                   threading.Thread(target=drain, args=(process.stderr, err_chunks))]
        for reader in readers:
            reader.start()
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.002)
        self.seconds = time.perf_counter() - start
        self.cpu_seconds = usage.ru_utime + usage.ru_stime
        for reader in readers:
            reader.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        self.returncode = process.returncode
        self.peak_rss = usage.ru_maxrss * 1024
        self.stdout = b"".join(out_chunks).decode("utf-8", "replace")
        self.stderr = b"".join(err_chunks).decode("utf-8", "replace")


    def time(self, clock):
        return self.cpu_seconds if clock == "cpu" else self.seconds


def median(values):
    return statistics.median(values) if values else None


def failure_text(child):
    """"unsupported: ..." when memstep reports a missing feature, otherwise "error: ..."."""
    text = (child.stderr.strip() or child.stdout.strip() or "exit %d" % child.returncode)
    last = text.splitlines()[-1]
    if "Unsupported" in text or "not supported" in text:
        return "unsupported: " + last
    return "error (exit %d): %s" % (child.returncode, last)


def bench_time(entry, clock):
    return None if entry is None else entry.get("cpu_ms" if clock == "cpu" else "ms")


def probe_cli(tools):
    """Which of memstep-trace's modes work: {"run": bool, "stats": bool}."""
    program = str(PROGRAMS / "record_10k.py")
    run = Child([tools["trace"], "--run", program])
    stats = Child([tools["trace"], "--stats"] + STATS_LIMITS + [program])
    return {"run": run.returncode == 0,
            "stats": stats.returncode == 0 and "steps" in parse_stats(stats.stdout + stats.stderr)}


def run_programs():
    """(row name, path, memstep_bench name or None) of the programs timed without recording."""
    return [(name, PROGRAMS / (name + ".py"), name) for name in RUN_PROGRAMS]


def kernel_programs():
    return [("kernel/" + path.stem, path, None) for path in sorted(KERNELS.glob("*.py"))]


def measure_run_only(tools, reps, clock, cli, bench, log, programs):
    """python3 PROGRAM against memstep-trace --run PROGRAM, alternating; when the CLI cannot
    run programs yet, memstep's figure is memstep_bench's in-process run_only/PROGRAM (the
    kernels have none)."""
    rows = []
    for name, path, bench_name in programs:
        program = str(path)
        py_times, ms_times, problem, same_output = [], [], None, True
        for rep in range(reps):
            py = Child([sys.executable] + PYTHON_FLAGS + [program])
            py_times.append(py.time(clock))
            if problem or not cli["run"]:
                continue
            ms = Child([tools["trace"], "--run", program])
            if ms.returncode != 0:
                problem = failure_text(ms)
                continue
            ms_times.append(ms.time(clock))
            same_output = same_output and ms.stdout == py.stdout
        row = {"program": name, "python_s": median(py_times), "problem": problem,
               "source": "memstep-trace --run"}
        if cli["run"]:
            row["memstep_s"] = None if problem else median(ms_times)
            row["same_output"] = same_output if not problem else None
        else:
            row["source"] = "memstep_bench (in-process)"
            row["same_output"] = True
            entry = (bench or {}).get("run_only/%s/min_time:1.000" % bench_name) \
                if bench_name else None
            if entry is None:
                row["problem"] = "not measured (memstep-trace --run and memstep_bench unavailable)"
            elif "error" in entry:
                row["problem"] = entry["error"]
            else:
                row["memstep_s"] = bench_time(entry, clock) / 1000
        if row.get("memstep_s") is not None:
            row["ratio"] = row["memstep_s"] / row["python_s"]
        log("run-only %-22s python3 %.3f s  memstep %s" % (
            name, row["python_s"], row["problem"] or "%.3f s" % row["memstep_s"]))
        rows.append(row)
    return rows


def parse_stats(text):
    """Reads memstep-trace --stats. Accepts "key: value" lines in any order and units."""
    found = {}
    patterns = {
        "steps": r"^\s*steps\s*[:=]\s*([\d,_]+)",
        "events": r"^\s*events\s*[:=]\s*([\d,_]+)",
        "bytes": r"^\s*(?:trace[ _])?(?:memory|bytes)[^:=\n]*[:=]\s*([\d,_]+)\s*(?:bytes|B)?\b",
        "bytes_per_step": r"^\s*bytes[ _/]*(?:per[ _])?step\s*[:=]\s*([\d.,_]+)",
        "seconds": r"^\s*(?:seconds|time|elapsed)[^:=\n]*[:=]\s*([\d.]+)",
    }
    for key, pattern in patterns.items():
        match = re.search(pattern, text, re.IGNORECASE | re.MULTILINE)
        if match:
            found[key] = float(match.group(1).replace(",", "").replace("_", ""))
    return found


def memstep_recording_cli(tools, program, reps, clock, limits=STATS_LIMITS):
    runs = []
    for rep in range(reps):
        ms = Child([tools["trace"], "--stats"] + limits + [program])
        stats = parse_stats(ms.stdout + "\n" + ms.stderr)
        if ms.returncode != 0 or "steps" not in stats:
            return None, (failure_text(ms) if ms.returncode != 0 else
                          "error: cannot read --stats output: " + ms.stdout.strip()[:200])
        # The programs end normally; a limit would make the figures those of a shorter run.
        stopped = re.search(r"^error: (.*)$", ms.stdout, re.MULTILINE)
        if stopped:
            return None, "error: " + stopped.group(1)[:200]
        # CPU clock: the whole process's CPU time (start-up included, so slightly against
        # memstep); wall clock: the recording time --stats reports, else the process's.
        stats["time"] = ms.time(clock) if clock == "cpu" or "seconds" not in stats \
            else stats["seconds"]
        stats["peak_rss"] = ms.peak_rss
        runs.append(stats)

    def pick(key):
        return median([r[key] for r in runs if key in r])
    row = {"source": "memstep-trace --stats", "steps": pick("steps"), "events": pick("events"),
           "trace_bytes": pick("bytes"), "peak_rss": pick("peak_rss"), "memstep_s": pick("time")}
    if row["trace_bytes"] is None and pick("bytes_per_step") is not None and row["steps"]:
        row["trace_bytes"] = pick("bytes_per_step") * row["steps"]
    return row, None


def memstep_recording_bench(tools, name, bench, clock):
    """From memstep_bench's record/NAME; peak RSS from one more memstep_bench process that
    records only NAME (so it includes the QApplication the executable starts)."""
    entry = (bench or {}).get("record/%s/min_time:1.000" % name)
    if entry is None:
        return None, "not measured (memstep-trace --stats and memstep_bench unavailable)"
    if "error" in entry:
        return None, entry["error"]
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    child = Child([tools["bench"], "--benchmark_filter=^record/%s/" % name], env=env)
    return {"source": "memstep_bench (in-process)", "steps": entry.get("steps"),
            "events": entry.get("events"), "trace_bytes": entry.get("trace_bytes"),
            "peak_rss": child.peak_rss if child.returncode == 0 else None,
            "memstep_s": bench_time(entry, clock) / 1000}, None


def measure_recording(tools, reps, tracer_reps_1m, clock, cli, bench, log):
    rows = []
    for name, expected_steps in RECORD_PROGRAMS:
        program = str(PROGRAMS / (name + ".py"))
        if cli["stats"]:
            memstep, problem = memstep_recording_cli(tools, program, reps, clock)
        else:
            memstep, problem = memstep_recording_bench(tools, name, bench, clock)
        tracer_runs = []
        wanted = tracer_reps_1m if expected_steps >= 1_000_000 else reps
        for rep in range(wanted):
            tracer = Child([sys.executable, str(HERE / "cpython_snapshot_tracer.py"), program])
            if tracer.returncode == 0:
                tracer_runs.append(json.loads(tracer.stdout))
        seconds_key = "cpu_seconds" if clock == "cpu" else "seconds"
        row = {"program": name, "expected_steps": expected_steps, "problem": problem,
               "tracer_s": median([r[seconds_key] for r in tracer_runs]),
               "tracer_rss_delta": median([r["rss_delta_bytes"] for r in tracer_runs]),
               "tracer_peak_rss": median([r["peak_rss_bytes"] for r in tracer_runs]),
               "tracer_steps": median([r["steps"] for r in tracer_runs]),
               "tracer_reps": len(tracer_runs), "tracer_runs_wanted": wanted}
        if memstep:
            row.update(memstep)
            if row["trace_bytes"] is not None and row["steps"]:
                row["bytes_per_step"] = row["trace_bytes"] / row["steps"]
            if row["tracer_s"] and row["memstep_s"]:
                row["speedup"] = row["tracer_s"] / row["memstep_s"]
        log("record %-12s memstep %s  cpython tracer %s (%d reps)" % (
            name, problem or "%.3f s" % row["memstep_s"], fmt_s(row["tracer_s"]),
            row["tracer_reps"]))
        rows.append(row)
    return rows


# Each kernel names its size on one line, "SIZE = N  # recorded with M (bench/run.py)".
KERNEL_SIZE_LINE = re.compile(r"^SIZE = ([\d_]+)  # recorded with ([\d_]+) .*$", re.MULTILINE)


def reduced_kernel(path, folder):
    """A copy of the kernel at its recording size, in folder (same file name); or None when
    the kernel has no size line. Recorded whole, a kernel's tens of millions of steps take
    minutes and gigabytes; the ratio of recording to running hardly depends on the size."""
    text = path.read_text()
    match = KERNEL_SIZE_LINE.search(text)
    if not match:
        return None
    copy = Path(folder) / path.name
    copy.write_text(text[:match.start()] + "SIZE = " + match.group(2) + text[match.end():])
    return copy


def measure_kernel_recording(tools, reps, clock, cli, kernel_rows, log):
    """Each kernel at its smaller recording size: memstep-trace --stats (limits lifted)
    against memstep-trace --run of the same copy: what recording costs on top of running.
    With the wall clock the recording's time is the one --stats reports (start-up excluded)."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for run_row in kernel_rows:
            name = run_row["program"]
            row = {"program": name, "run_s": None, "problem": None}
            program = reduced_kernel(KERNELS / (name.split("/", 1)[1] + ".py"), folder)
            if not cli["stats"] or not cli["run"]:
                row["problem"] = "not measured (memstep-trace --run or --stats unavailable)"
            elif run_row["problem"]:
                row["problem"] = run_row["problem"]
            elif program is None:
                row["problem"] = "error: no \"SIZE = N  # recorded with M\" line"
            else:
                run_times = []
                for rep in range(reps):
                    ms = Child([tools["trace"], "--run", str(program)])
                    if ms.returncode != 0:
                        row["problem"] = failure_text(ms)
                        break
                    run_times.append(ms.time(clock))
                if not row["problem"]:
                    memstep, row["problem"] = memstep_recording_cli(
                        tools, str(program), reps, clock, KERNEL_STATS_LIMITS)
                    if memstep:
                        row.update(memstep)
                        row["run_s"] = median(run_times)
                        row["ratio"] = row["memstep_s"] / row["run_s"]
            log("record %-22s memstep %s  --run %s" % (
                name, row["problem"] or "%.3f s, %d steps" % (row["memstep_s"], row["steps"]),
                fmt_s(row["run_s"])))
            rows.append(row)
    return rows


def run_bench(tools, reps, with_programs, log):
    """memstep_bench's in-process figures: {name: {"ms", "cpu_ms", "error", counters...}}."""
    if not tools.get("bench"):
        return None
    benchmark_filter = ("trace_state|layout_only|layout_draw|draw_full|repaint|animation_frame|export_png|"
                        "window_startup|step_forward|step_back|jump")
    if with_programs:
        benchmark_filter += "|run_only|record"
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        out_path = out.name
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    argv = [tools["bench"], "--benchmark_filter=" + benchmark_filter,
            "--benchmark_repetitions=%d" % reps, "--benchmark_out=" + out_path,
            "--benchmark_out_format=json"]
    log("memstep_bench " + " ".join(argv[1:3]))
    child = Child(argv, env=env, timeout=3600)
    results = {}
    try:
        with open(out_path) as f:
            data = json.load(f)
    except (OSError, ValueError):
        return {"__error__": failure_text(child)}
    finally:
        os.unlink(out_path)
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}
    samples = {}
    for entry in data.get("benchmarks", []):
        name = entry.get("run_name", entry["name"])
        slot = results.setdefault(name, {})
        if entry.get("error_occurred"):
            slot["error"] = entry.get("error_message", "error")
            continue
        unit = scale[entry.get("time_unit", "ns")]
        if entry.get("run_type") == "aggregate":
            continue
        samples.setdefault(name, []).append((entry["real_time"] * unit, entry["cpu_time"] * unit))
        for key, value in entry.items():
            if key not in slot and isinstance(value, (int, float)) and key not in (
                    "real_time", "cpu_time", "iterations", "repetitions", "repetition_index",
                    "threads", "family_index", "per_family_instance_index"):
                slot[key] = value
    for name, values in samples.items():
        results[name]["ms"] = median([wall for wall, _ in values])
        results[name]["cpu_ms"] = median([cpu for _, cpu in values])
    return results


def measure_cli_window(tools, reps, clock, log):
    """The memstep executable itself: PNG export and start-up, when it offers them."""
    figures = {}
    memstep = tools.get("window")
    if not memstep:
        return figures
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    program = str(PROGRAMS / "record_10k.py")
    with tempfile.TemporaryDirectory() as tmp:
        png = os.path.join(tmp, "out.png")
        times, problem = [], None
        for rep in range(reps):
            child = Child([memstep, "--export-png", png, "--step", "100", program], env=env)
            if child.returncode != 0 or not os.path.exists(png):
                problem = failure_text(child)
                break
            times.append(child.time(clock) * 1000)
            os.unlink(png)
        figures["export_png_cli"] = {"ms": median(times), "error": problem}
    help_text = Child([memstep, "--help"], env=env).stdout
    if "--quit-after-show" in help_text:
        times, problem = [], None
        for rep in range(reps):
            child = Child([memstep, "--quit-after-show"], env=env)
            if child.returncode != 0:
                problem = failure_text(child)
                break
            times.append(child.time(clock) * 1000)
        figures["startup_cli"] = {"ms": median(times), "error": problem}
    return figures


def fmt_s(value):
    return "-" if value is None else "%.3f s" % value


def fmt_ms(value):
    return "-" if value is None else ("%.2f ms" % value if value < 100 else "%.0f ms" % value)


def fmt_mb(value):
    return "-" if value is None else "%.1f MB" % (value / MB)


def verdict(ok):
    return "ok" if ok else "MISSED"


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def build_table(run_rows, kernel_rows, kernel_record_rows, record_rows, bench, cli, clock):
    table = []  # (measure, memstep, baseline, ratio, target, verdict)

    def add(*cells):
        table.append(tuple(cells))

    def add_run(row):
        if row["problem"]:
            add("run " + row["program"], row["problem"], fmt_s(row["python_s"]), "-",
                "ratio <= 1.0", "n/a")
            return
        note = "" if row["same_output"] else " (output differs!)"
        if row["source"] != "memstep-trace --run":
            note += " *"
        add("run " + row["program"], fmt_s(row["memstep_s"]) + note, fmt_s(row["python_s"]),
            "%.2fx" % row["ratio"], "ratio <= 1.0", verdict(row["ratio"] <= RUN_RATIO_TARGET))

    for row in run_rows + kernel_rows:
        add_run(row)
    if kernel_rows:
        ratios = [row["ratio"] for row in kernel_rows if row.get("ratio")]
        label = "run kernels, geometric mean"
        if len(ratios) < len(kernel_rows):
            # A refused kernel has no ratio: the mean of the others flatters memstep.
            label += " (%d of %d)" % (len(ratios), len(kernel_rows))
        mean = geometric_mean(ratios)
        add(label, "", "", "-" if mean is None else "%.2fx" % mean,
            "< %.1f, all run" % KERNEL_GEOMEAN_TARGET,
            "n/a" if mean is None else
            verdict(mean < KERNEL_GEOMEAN_TARGET and len(ratios) == len(kernel_rows)))
    for row in kernel_record_rows:
        label = "record " + row["program"] + " (smaller)"
        target = "<= %.0fx --run" % KERNEL_RECORD_RATIO
        if row["problem"]:
            add(label, row["problem"], fmt_s(row["run_s"]), "-", target, "n/a")
            continue
        add(label, "%s, %.1fM steps, peak RSS %s" % (
            fmt_s(row["memstep_s"]), row["steps"] / 1e6, fmt_mb(row["peak_rss"])),
            fmt_s(row["run_s"]) + " --run", "%.2fx" % row["ratio"], target,
            verdict(row["ratio"] <= KERNEL_RECORD_RATIO))

    for row in record_rows:
        label = "record " + row["program"]
        tracer = fmt_s(row["tracer_s"]) if row["tracer_reps"] else \
            ("not run" if row["tracer_runs_wanted"] == 0 else "tracer failed")
        if row["problem"]:
            add(label, row["problem"], tracer, "-", "", "n/a")
            continue
        big = row["expected_steps"] >= 1_000_000
        steps_note = "" if row["steps"] == row["expected_steps"] else \
            " [%d steps, expected %d]" % (row["steps"], row["expected_steps"])
        speedup = row.get("speedup")
        target = ("< %.0f s, >= %.0fx faster" % (RECORD_1M_SECONDS, RECORD_SPEEDUP)) if big \
            else ">= %.0fx faster" % RECORD_SPEEDUP
        ok = speedup is not None and speedup >= RECORD_SPEEDUP
        if big:
            ok = ok and row["memstep_s"] < RECORD_1M_SECONDS
        source_note = "" if row["source"] == "memstep-trace --stats" else " *"
        add(label + " time", fmt_s(row["memstep_s"]) + steps_note + source_note, tracer,
            "-" if speedup is None else "%.1fx faster" % speedup, target, verdict(ok))
        mem_ok = row["peak_rss"] is not None and row["peak_rss"] < RECORD_1M_BYTES
        add(label + " memory", "peak RSS %s, trace %s" % (fmt_mb(row["peak_rss"]),
                                                          fmt_mb(row.get("trace_bytes"))),
            "-" if row["tracer_rss_delta"] is None else "RSS +%s" % fmt_mb(row["tracer_rss_delta"]),
            "-" if not row["tracer_rss_delta"] or not row["peak_rss"] else
            "%.2fx" % (row["peak_rss"] / row["tracer_rss_delta"]),
            "< 300 MB" if big else "", verdict(mem_ok) if big else "")
        bps = row.get("bytes_per_step")
        add(label + " bytes/step", "-" if bps is None else "%.0f B" % bps,
            "%.0f B" % (row["tracer_rss_delta"] / row["expected_steps"])
            if row["tracer_rss_delta"] else "-", "", "", "")

    def bench_row(label, key, target_text, limit, note=""):
        if bench is False:
            return  # not asked for (--only)
        if bench is None:
            add(label, "not built (memstep_bench)", "", "", target_text, "n/a")
            return
        if "__error__" in bench:
            add(label, bench["__error__"], "", "", target_text, "n/a")
            return
        entry = bench.get(key)
        if entry is None:
            add(label, "not measured" + note, "", "", target_text, "n/a")
        elif "error" in entry and "ms" not in entry:
            add(label, entry["error"], "", "", target_text, "n/a")
        else:
            ms = bench_time(entry, clock)
            add(label, fmt_ms(ms), "", "", target_text,
                verdict(ms < limit) if limit is not None else "")

    bench_row("state(random step), 1M trace", "trace_state/random_step_of_1m", "< 5 ms", STATE_MS)
    bench_row("state(random step), 20k heap", "trace_state/random_step_of_20k_heap", "< 5 ms",
              STATE_MS)
    for n in (10, 100, 1000):
        bench_row("layout only, %d objects" % n, "layout_only/%d" % n, "", None)
    for n in (10, 100, 1000):
        bench_row("layout+draw, %d objects" % n, "layout_draw/%d" % n,
                  "< 50 ms" if n == 1000 else "", LAYOUT_1000_MS if n == 1000 else None)
    for n in (10, 100):
        bench_row("layout+draw whole diagram, %d objects" % n, "draw_full/%d" % n, "", None)
    for kind, label in (("step_forward", "Step"), ("step_back", "Back"), ("jump", "jump to a random step")):
        for n in (45, 1000, 10000):
            limit = {1000: STEP_1000_MS, 10000: STEP_10000_MS}.get(n)
            bench_row("window: %s, %d objects" % (label, n), "%s/%d" % (kind, n),
                      "< %.0f ms" % limit if limit else "", limit, ": no stepping benchmark")
    bench_row("frame (repaint only), 200 objects", "repaint/200",
              "< 16.7 ms (60 fps)", FRAME_MS, ": no animation yet")
    bench_row("animation frame (pose + repaint), 200 objects", "animation_frame/200",
              "< 16.7 ms (60 fps)", FRAME_MS, ": no StepAnimator")
    bench_row("PNG export (2x, 100 objects)", "export_png/100", "", None)
    if "export_png_cli" in cli:
        entry = cli["export_png_cli"]
        add("memstep --export-png (process)", entry["error"] or fmt_ms(entry["ms"]), "", "", "", "")
    bench_row("window start-up (in-process)", "window_startup", "< 1 s", STARTUP_MS,
              ": no MainWindow")
    if "startup_cli" in cli:
        entry = cli["startup_cli"]
        add("window start-up (process)", entry["error"] or fmt_ms(entry["ms"]), "", "", "< 1 s",
            "" if entry["error"] else verdict(entry["ms"] < STARTUP_MS))
    return table


def print_table(table, out):
    header = ("measure", "memstep", "python3 / baseline", "ratio", "target", "")
    rows = [header] + table
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(header))]
    for index, row in enumerate(rows):
        out.write("  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
                  + "\n")
        if index == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def find_build(requested):
    if requested:
        return Path(requested).resolve()
    for name in ("build-release", "build-bench", "build"):
        candidate = HERE.parent / name
        if (candidate / "bin" / "memstep-trace").exists():
            return candidate
    return HERE.parent / "build-release"


def main():
    parser = argparse.ArgumentParser(description="memstep benchmarks against python3",
                                     epilog="See bench/README.md.")
    parser.add_argument("--build", help="build directory with bin/ (default: build-release/)")
    parser.add_argument("--reps", type=int, default=5, help="repetitions per figure (median)")
    parser.add_argument("--tracer-reps-1m", type=int, default=1,
                        help="repetitions of the CPython tracer on 1M steps (about 20 s, 2 GB each)")
    parser.add_argument("--quick", action="store_true", help="3 repetitions, no 1M tracer run")
    parser.add_argument("--json", help="also write every figure to this file")
    parser.add_argument("--clock", choices=["cpu", "wall"], default="cpu",
                        help="cpu: user+system time of each process / benchmark (default; "
                             "steady on a shared machine); wall: elapsed time")
    parser.add_argument("--only", choices=["run", "kernels", "record", "bench"],
                        action="append", help="measure only these parts (repeatable)")
    parser.add_argument("--site", action="store_true",
                        help="run python3 with its site module (start-up of site-packages included)")
    args = parser.parse_args()
    if args.site:
        PYTHON_FLAGS.clear()
    if args.quick:
        args.reps = min(args.reps, 3)
        args.tracer_reps_1m = 0

    build = find_build(args.build)
    bin_dir = build / "bin"
    tools = {"trace": bin_dir / "memstep-trace", "bench": bin_dir / "memstep_bench",
             "window": bin_dir / "memstep"}
    if not tools["trace"].exists():
        sys.exit("run.py: %s not found; build first, e.g. cmake --preset release && "
                 "cmake --build --preset release (add -DMEMSTEP_BUILD_BENCH=ON for memstep_bench)"
                 % tools["trace"])
    tools = {k: (str(v) if v.exists() else None) for k, v in tools.items()}

    def log(text):
        sys.stderr.write("[bench] %s\n" % text)
        sys.stderr.flush()

    parts = set(args.only or ["run", "kernels", "record", "bench"])
    log("build %s, python %s, %d repetitions, %s clock" % (
        build, sys.version.split()[0], args.reps, args.clock))
    cli = probe_cli(tools)
    log("memstep-trace --run %s, --stats %s" % (
        "works" if cli["run"] else "unavailable: using memstep_bench",
        "works" if cli["stats"] else "unavailable: using memstep_bench"))
    wants_programs = (("run" in parts and not cli["run"]) or
                      ("record" in parts and not cli["stats"]))
    bench = run_bench(tools, args.reps, wants_programs, log) \
        if "bench" in parts or wants_programs else None
    run_rows = measure_run_only(tools, args.reps, args.clock, cli, bench, log,
                                run_programs()) if "run" in parts else []
    kernel_rows = measure_run_only(tools, args.reps, args.clock, cli, bench, log,
                                   kernel_programs()) if "kernels" in parts else []
    kernel_record_rows = measure_kernel_recording(tools, args.reps, args.clock, cli,
                                                  kernel_rows, log)
    record_rows = measure_recording(tools, args.reps, args.tracer_reps_1m, args.clock, cli,
                                    bench, log) if "record" in parts else []
    cli_window = measure_cli_window(tools, args.reps, args.clock, log) if "bench" in parts else {}

    table = build_table(run_rows, kernel_rows, kernel_record_rows, record_rows,
                        bench if "bench" in parts else False, cli_window, args.clock)
    print("memstep benchmarks: medians of %d runs, %s time, python3 %s, build %s" % (
        args.reps, "CPU" if args.clock == "cpu" else "wall-clock", sys.version.split()[0], build))
    print_table(table, sys.stdout)
    if any(row.get("source", "").startswith("memstep_bench") for row in run_rows + record_rows):
        print("* memstep_bench in-process figure (memstep-trace could not run it): start-up "
              "excluded for memstep, included for python3")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"clock": args.clock, "reps": args.reps, "run_only": run_rows,
                       "kernels": kernel_rows, "kernel_recording": kernel_record_rows,
                       "recording": record_rows, "bench": bench, "cli": cli_window,
                       "memstep_trace_modes": cli}, f, indent=2, default=str)


if __name__ == "__main__":
    main()
