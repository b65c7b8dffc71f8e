#!/usr/bin/env python3
"""PhysioBench benchmark harness (process-level parts).

Measures, in one run on one machine, PhysioBench against a floor launched the same way,
and reports ratios - absolute times drift on a shared machine, ratios much less:

  startup.workbench   launch of `physiobench` until its window is open and the event loop
                      idle, against a bare Equinox + SWT application opening one window
  startup.headless    `physiobench score nprs 7` until the process exits, against a bare
                      Equinox headless application printing one JSON object

Each measurement is repeated (alternating product and floor so both see the same machine
load); the table gives the median, the min-max spread and the ratio of medians against
the target. Results are written as JSON (default target/benchmarks/results.json).

Usage: bench.py [--repetitions N] [--smoke] [--json FILE]
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ROOT / "releng/org.physiobench.product/target/products/org.physiobench.product/linux/gtk/x86_64/physiobench"
FLOOR = ROOT / "releng/benchmarks/org.physiobench.benchmarks.floor.product/target/products/org.physiobench.benchmarks.floor.product/linux/gtk/x86_64/floor"
# The JVM options the `physiobench` launcher uses, so the floor starts the same way.
LAUNCHER_VM_OPTIONS = ["-Xms128m", "-Xmx2g", "-XX:+UseG1GC"]
STARTUP_TIMEOUT_S = 60


class Unavailable(Exception):
    """A measurement that cannot be taken on this build (the reason is reported)."""


def now_ms():
    return time.time() * 1000.0


def find_java():
    for candidate in sorted(Path("/usr/lib/jvm").glob("*/bin/java"), reverse=True):
        version = subprocess.run([str(candidate), "-XshowSettings:properties", "-version"],
                                 capture_output=True, text=True).stderr
        for line in version.splitlines():
            if "java.specification.version" in line and int(line.split("=")[1].strip()) >= 21:
                return str(candidate)
    raise SystemExit("bench.py: needs a JDK 21+ under /usr/lib/jvm")


def launcher_jar(install):
    jars = sorted(install.glob("plugins/org.eclipse.equinox.launcher_*.jar"))
    if not jars:
        raise SystemExit(f"bench.py: no Equinox launcher in {install} - build first (./mvnw verify -DskipTests)")
    return str(jars[-1])


def floor_command(java, application, workdir):
    return [java, *LAUNCHER_VM_OPTIONS, "-jar", launcher_jar(FLOOR), "-install", str(FLOOR),
            "-configuration", str(FLOOR / "configuration"), "-data", str(workdir / "floor-data"),
            "-application", application]


def product_command(*arguments):
    return [str(PRODUCT / "physiobench"), *arguments]


def time_until_probe(command, workdir, environment):
    """Milliseconds from process start until it writes the start-up probe."""
    probe = workdir / "probe"
    if probe.exists():
        probe.unlink()
    vm_args = f"-Dphysiobench.startupProbe={probe} -Dphysiobench.startupProbe.exit=true"
    env = dict(environment)
    if command[0].endswith("physiobench"):
        env["PHYSIOBENCH_VMARGS"] = vm_args
    else:
        command = [command[0], *vm_args.split(), *command[1:]]
    start = now_ms()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not probe.exists() or not probe.read_text().strip():
            if process.poll() is not None:
                raise Unavailable(f"{command[0]} exited with {process.returncode} before its window opened: "
                                  + process.stderr.read().strip()[-300:])
            if time.monotonic() > deadline:
                raise Unavailable(f"no window within {STARTUP_TIMEOUT_S} s")
            time.sleep(0.01)
        return float(probe.read_text().strip()) - start
    finally:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def time_until_exit(command, environment):
    """Milliseconds for the whole process; it must succeed."""
    start = now_ms()
    try:
        result = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=STARTUP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise Unavailable(f"`{' '.join(command[-3:])}` did not exit within {STARTUP_TIMEOUT_S} s") from None
    elapsed = now_ms() - start
    if result.returncode != 0:
        last_line = (result.stderr.strip().splitlines() or [""])[-1]
        raise Unavailable(f"`{' '.join(command[-3:])}` exited with {result.returncode}: {last_line}")
    return elapsed


def compare(name, description, target_ratio, product_run, floor_run, repetitions):
    """Alternates product and floor runs; one warm-up each is not counted."""
    product_times, floor_times = [], []
    try:
        product_run()
        floor_run()
        for _ in range(repetitions):
            product_times.append(product_run())
            floor_times.append(floor_run())
    except Unavailable as reason:
        return {"name": name, "description": description, "status": "unavailable", "reason": str(reason)}
    ratio = statistics.median(product_times) / statistics.median(floor_times)
    return {
        "name": name,
        "description": description,
        "status": "ok",
        "unit": "ms",
        "repetitions": repetitions,
        "product": summary(product_times),
        "floor": summary(floor_times),
        "ratio": round(ratio, 3),
        "target": {"ratio_at_most": target_ratio},
        "met": ratio <= target_ratio,
    }


def summary(values):
    return {
        "median": round(statistics.median(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
        "stdev": round(statistics.stdev(values), 1) if len(values) > 1 else 0.0,
        "samples": [round(v, 1) for v in values],
    }


def ensure_display(environment):
    if environment.get("DISPLAY"):
        return None
    if not shutil.which("Xvfb"):
        raise SystemExit("bench.py: no DISPLAY and no Xvfb (releng/scripts/setup-machine.sh display)")
    display = ":97"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    environment["DISPLAY"] = display
    return server


def print_table(results):
    print(f"{'benchmark':<22} {'product ms (median, min-max)':<30} {'floor ms (median, min-max)':<30} {'ratio':>6} {'target':>7}  met")
    for r in results:
        if r["status"] != "ok":
            print(f"{r['name']:<22} unavailable: {r['reason']}")
            continue
        p, f = r["product"], r["floor"]
        print(f"{r['name']:<22} {p['median']:>8.0f} ({p['min']:.0f}-{p['max']:.0f}){'':<12} "
              f"{f['median']:>8.0f} ({f['min']:.0f}-{f['max']:.0f}){'':<12} {r['ratio']:>6.2f} "
              f"{'<=' + str(r['target']['ratio_at_most']):>7}  {'yes' if r['met'] else 'NO'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repetitions", type=int, default=7)
    parser.add_argument("--smoke", action="store_true", help="one repetition each: checks the harness works (CI)")
    parser.add_argument("--json", default=str(ROOT / "target/benchmarks/results.json"))
    args = parser.parse_args()
    repetitions = 1 if args.smoke else args.repetitions

    java = find_java()
    environment = dict(os.environ)
    xvfb = ensure_display(environment)
    workdir = Path(tempfile.mkdtemp(prefix="physiobench-bench."))
    environment["PHYSIOBENCH_DATA"] = str(workdir / "data")
    try:
        results = [
            compare("startup.workbench", "launch to an interactive workbench window", 1.5,
                    lambda: time_until_probe(product_command(), workdir, environment),
                    lambda: time_until_probe(floor_command(java, "org.physiobench.benchmarks.floor.window", workdir),
                                             workdir, environment),
                    repetitions),
            compare("startup.headless", "`physiobench score nprs 7` until exit", 1.5,
                    lambda: time_until_exit(product_command("score", "nprs", "7"), environment),
                    lambda: time_until_exit(floor_command(java, "org.physiobench.benchmarks.floor.headless", workdir),
                                            environment),
                    repetitions),
        ]
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if xvfb:
            xvfb.terminate()
    print_table(results)
    output = Path(args.json)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps({"machine": {"cpus": os.cpu_count()}, "smoke": args.smoke,
                                  "results": results}, indent=2) + "\n")
    print(f"\nJSON: {output}")
    # The smoke run only proves the harness and both installations work.
    failed = [r["name"] for r in results if r["status"] != "ok" and r["name"] == "startup.workbench"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
