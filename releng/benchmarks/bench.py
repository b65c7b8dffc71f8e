#!/usr/bin/env python3
"""PhysioBench benchmark harness: one command, one table, one JSON file.

Process-level figures, measured in one run on one machine against a floor launched the same
way (same JVM options, read from the product's launcher), reported as ratios - absolute times
drift on a shared machine, ratios much less:

  startup.workbench   launch of `physiobench` until its window is open and the event loop
                      idle, against a bare Equinox + SWT application opening one window
  startup.headless    `physiobench score nprs 7` until the process exits, against a bare
                      Equinox headless application printing one JSON object
  startup.emptyWorkbench      (reported) an Eclipse RCP workbench with one empty window on
                      PhysioBench's platform feature, against the same floor
  startup.overEmptyWorkbench  (reported) PhysioBench against that empty workbench
  startup.emptyE4Workbench    (reported) a pure E4 application (E4Application, one window with an
                      empty part, the 3.x compatibility layer installed but not started) on the
                      same platform feature, against the floor
  startup.compatOverE4        (reported) the empty RCP workbench against that pure E4 one: what
                      the 3.x compatibility layer costs

Each start-up measurement is repeated (alternating product and floor so both see the same
machine load); the table gives the median, the min-max spread and the ratio of medians.

In-process figures (JMH, releng/benchmarks/org.physiobench.benchmarks.jmh, on a plain class
path of the product's own jars with their signatures stripped), sampled per call (p50, p95):

  patients.firstPage      count + first page of the patient list (100,000 demo patients)
  patients.filterKeystroke one keystroke of filter-as-you-type: count + first page of matches
  save.sqlite/.postgresql durable save of a session note against a raw JDBC insert of the same
                          document bytes on the same database, the two interleaved in every
                          invocation (ratio of medians, spread over the iterations)
  open.patient300         load + parse a patient with 300 sessions + its progress chart data
  open.progressChart300   the Progress chart of that patient in an unshown shell (SWT, Xvfb)
  open.total300           both together (the patient editor's pages are not measured yet)
  heap.patientList        heap used by the Patients view's data provider with every row read

The 100,000-patient SQLite store is generated once (minutes) and cached in
~/.cache/physiobench-benchmarks (PHYSIOBENCH_BENCH_CACHE). PostgreSQL: the server named by
PHYSIOBENCH_TEST_PG_URL/_USER/_PASSWORD, else a throwaway cluster (releng/scripts/postgres.sh,
port PHYSIOBENCH_TEST_PG_PORT), else the PostgreSQL figure is reported unavailable.

Usage: bench.py [--repetitions N] [--smoke] [--json FILE] [--only startup|jmh] [--jmh-include REGEX]
  --smoke  one start-up repetition, 2,000 patients, one short JMH iteration: proves the
           harness and every installation it measures work (CI); its figures mean little.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ROOT / "releng/org.physiobench.product/target/products/org.physiobench.product/linux/gtk/x86_64/physiobench"
FLOOR = ROOT / "releng/benchmarks/org.physiobench.benchmarks.floor.product/target/products/org.physiobench.benchmarks.floor.product/linux/gtk/x86_64/floor"
EMPTY_WORKBENCH = ROOT / "releng/benchmarks/org.physiobench.benchmarks.rcp.product/target/products/org.physiobench.benchmarks.rcp.product/linux/gtk/x86_64/rcp"
E4_WORKBENCH = ROOT / "releng/benchmarks/org.physiobench.benchmarks.e4.product/target/products/org.physiobench.benchmarks.e4.product/linux/gtk/x86_64/e4"
JMH_MODULE = ROOT / "releng/benchmarks/org.physiobench.benchmarks.jmh/target"
STARTUP_TIMEOUT_S = 60
STARTUP_PATIENTS = 200  # the store the workbench starts on (a small clinic's list)
SMOKE_PATIENTS = 2000


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


CDS_OPTIONS = ("-XX:SharedArchiveFile=", "-XX:+AutoCreateSharedArchive", "-Xlog:cds")


def launcher_vm_options(headless, install=None):
    """The JVM options of the product launcher's headless or workbench `exec "$java"` line, so
    that a reference installation starts with exactly the same ones (a faster JVM setting helps
    both alike). Paths into the installation ($home) are redirected to `install`, and the
    workbench's class data sharing archive ($cds_archive) to one of the reference's own in
    `install`/cache: each is written by its own warm-up run, so both start from an archive of
    their own classes. Without `install` (a JVM of the in-process benchmarks) there is no
    archive: it would be rewritten for every class path."""
    text = (PRODUCT / "physiobench").read_text().replace("\\\n", " ")
    commands = [line for line in text.splitlines() if 'exec "$java"' in line]
    if len(commands) < 2:
        raise SystemExit("bench.py: cannot find the java command lines in the product's launcher")
    command = commands[0] if headless else commands[-1]
    options = [option for option in command.split('exec "$java"', 1)[1].split("-jar", 1)[0].split()
               if option.startswith("-X") or option.startswith("-Djava.awt.headless")]
    if install is None:
        return [option for option in options if not option.startswith(CDS_OPTIONS)]
    archive = install / "cache" / (install.name + ".jsa")
    return [option.replace("$home", str(install)).replace("$cds_archive", str(archive)).replace('"', "")
            for option in options]


def reference_command(java, install, application, workdir, headless):
    """A reference installation (the floor, the empty workbench) started as the launcher starts
    the product."""
    (install / "cache").mkdir(exist_ok=True)  # its archive goes there, as the launcher's $data/cache
    data = ["-data", "@none", "-user", "@none"] if headless else ["-data", str(workdir / (install.name + "-data"))]
    return [java, *launcher_vm_options(headless, install), "-jar", launcher_jar(install), "-install", str(install),
            "-configuration", str(install / "configuration"), *data, "-application", application]


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


def seed_startup_store(environment):
    """The workbench starts on a store with patients, as a clinic's does: the Patients view then
    opens the store and builds its table during start-up (an empty store shows a placeholder)."""
    result = subprocess.run(product_command("demo", "--patients", str(STARTUP_PATIENTS), "--if-empty"),
                            env=environment, capture_output=True, text=True, timeout=STARTUP_TIMEOUT_S)
    if result.returncode != 0:
        raise SystemExit(f"bench.py: `physiobench demo` exited with {result.returncode}: {result.stderr.strip()[-300:]}")


def compare(name, description, target_ratio, product_run, floor_run, repetitions):
    """Alternates product and floor runs; one warm-up each is not counted. Without a target
    ratio the figure is reported only."""
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
        "target": {"ratio_at_most": target_ratio} if target_ratio else None,
        "met": ratio <= target_ratio if target_ratio else None,
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
    # -displayfd: the server picks a free display number and writes it to the pipe once it is
    # ready (a fixed number collides with another run's server on the same machine)
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        number = ready.readline().strip()
    if not number:
        raise SystemExit(f"bench.py: Xvfb did not start (exit code {server.poll()})")
    environment["DISPLAY"] = ":" + number
    return server


# ---------------------------------------------------------------- in-process (JMH) figures

def unsigned_class_path(install, folder):
    """Copies of the installation's plug-in jars without signature files: the build signs every
    bundle, and on a plain class path the JVM checks signatures OSGi does not (as the store
    tests' crash child does it). Copied again only when the jar changed."""
    folder.mkdir(parents=True, exist_ok=True)
    jars = [jar for jar in sorted((install / "plugins").glob("*.jar"))
            if not jar.name.startswith("org.eclipse.equinox.launcher")]
    # Copies of an earlier build (another qualifier) would put a bundle twice on the class path.
    for stale in set(folder.glob("*.jar")) - {folder / jar.name for jar in jars}:
        stale.unlink()
    entries = []
    for jar in jars:
        copy = folder / jar.name
        if not copy.exists() or copy.stat().st_mtime < jar.stat().st_mtime:
            with zipfile.ZipFile(jar) as source, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
                for item in source.infolist():
                    if not re.match(r"META-INF/[^/]+\.(SF|RSA|DSA|EC)$", item.filename):
                        target.writestr(item, source.read(item.filename))
        entries.append(str(copy))
    return entries


def jmh_class_path():
    classes = JMH_MODULE / "classes"
    if not (classes / "META-INF/BenchmarkList").exists():
        raise Unavailable("the JMH module is not built (./mvnw verify -pl releng/benchmarks/org.physiobench.benchmarks.jmh -am)")
    return [str(classes), *sorted(str(j) for j in (JMH_MODULE / "dependency").glob("*.jar"))]


def percentiles(metric):
    p = metric["scorePercentiles"]
    return {"p50": round(p["50.0"], 2), "p95": round(p["95.0"], 2), "min": round(p["0.0"], 2),
            "max": round(p["100.0"], 2), "samples": sum(int(c) for fork in metric.get("rawDataHistogram", [])
                                                        for iteration in fork for _, c in iteration)}


def run_jmh(java, class_path, environment, smoke, databases, output, jvm_options, include):
    """Runs every JMH benchmark once (forks, warm-up and iterations as the mode says; forks with
    the workbench's JVM options from the launcher, as the product runs this code) and returns
    {(benchmark method, database param or None): percentiles}."""
    # The smoke run forks no JVM per benchmark (-f 0): it only proves every benchmark runs.
    timing = ["-f", "0", "-wi", "0", "-i", "1", "-r", "1s"] if smoke else \
        ["-f", "2", "-wi", "2", "-w", "2s", "-i", "4", "-r", "3s"]
    command = [java, "-cp", os.pathsep.join(class_path), "org.openjdk.jmh.Main", *timing,
               "-p", "database=" + ",".join(databases), "-jvmArgs", " ".join(jvm_options),
               "-rf", "json", "-rff", str(output), include or "org.physiobench.benchmarks.jmh.*"]
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    if result.returncode != 0 or not output.exists():
        raise Unavailable("JMH failed: " + (result.stderr.strip() or result.stdout.strip())[-400:])
    figures = {}
    for entry in json.loads(output.read_text()):
        method = entry["benchmark"].rsplit(".", 1)[1]
        figures[(method, entry.get("params", {}).get("database"))] = percentiles(entry["primaryMetric"])
    return figures


def sampled(name, description, figure, target_ms):
    if figure is None:
        return {"name": name, "description": description, "status": "unavailable", "reason": "not measured"}
    return {"name": name, "description": description, "status": "ok", "unit": "ms", **figure,
            "target": {"p95_at_most_ms": target_ms} if target_ms else None,
            "met": figure["p95"] <= target_ms if target_ms else None}


def quantile(values, q):
    """The q-quantile of sorted values (nearest rank, as JMH's percentiles)."""
    return values[min(len(values) - 1, max(0, int(round(q * (len(values) - 1)))))]


def latency_summary(micros):
    values = sorted(micros)
    return {"p50": round(quantile(values, 0.5) / 1000, 3), "p95": round(quantile(values, 0.95) / 1000, 3),
            "min": round(values[0] / 1000, 3), "max": round(values[-1] / 1000, 3), "samples": len(values)}


def save_ratio(database, workdir, reason):
    """SaveBenchmark times a save and a raw insert of the same bytes interleaved in every
    invocation and appends both distributions of each measurement iteration to
    save-<database>.jsonl: the ratio is of the medians over all of them, its spread the
    lowest and highest ratio of medians of a single iteration (both measured side by side)."""
    name = "save." + database
    description = (f"durable save of a session note vs raw JDBC insert of the same bytes ({database}), "
                   "interleaved in one fork")
    samples = workdir / f"save-{database}.jsonl"
    iterations = [json.loads(line) for line in samples.read_text().splitlines() if line.strip()] \
        if samples.exists() else []
    iterations = [i for i in iterations if i["save"] and i["raw"]]
    if not iterations:
        return {"name": name, "description": description, "status": "unavailable", "reason": reason}
    saves = [v for i in iterations for v in i["save"]]
    raws = [v for i in iterations for v in i["raw"]]
    store, raw = latency_summary(saves), latency_summary(raws)
    ratio = store["p50"] / raw["p50"]
    per_iteration = [round(statistics.median(i["save"]) / statistics.median(i["raw"]), 3) for i in iterations]
    return {"name": name, "description": description, "status": "ok", "unit": "ms", "product": store, "floor": raw,
            "ratio": round(ratio, 3), "ratio_spread": {"min": min(per_iteration), "max": max(per_iteration),
                                                       "per_iteration": per_iteration},
            "target": {"ratio_at_most": 2.0}, "met": ratio <= 2.0}


def opening_total(figures):
    """Store + chart, the parts measurable today (the patient editor is not built yet): the sum
    of their p50s and, as an upper bound, of their p95s."""
    store, chart = figures.get(("openPatient", None)), figures.get(("createProgressChart", None))
    figure = None
    if store and chart:
        figure = {key: round(store[key] + chart[key], 2) for key in ("p50", "p95", "min", "max")}
        figure["samples"] = min(store["samples"], chart["samples"])
    return sampled("open.total300", "open a patient with 300 sessions: store + progress data + chart, on a plain "
                   "class path (sums; the editor: workbench.openPatient300)", figure, 100.0)


def heap_probe(java, class_path, environment, jvm_options):
    result = subprocess.run([java, *jvm_options, "-cp", os.pathsep.join(class_path),
                             "org.physiobench.benchmarks.jmh.HeapProbe"], env=environment, capture_output=True,
                            text=True, timeout=1800)
    if result.returncode != 0:
        raise Unavailable("heap probe failed: " + result.stderr.strip()[-400:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def start_postgresql(environment):
    """Uses the run's server, else starts a throwaway cluster; returns its folder to stop, or None."""
    if environment.get("PHYSIOBENCH_TEST_PG_URL"):
        return None, None
    script = ROOT / "releng/scripts/postgres.sh"
    started = subprocess.run(["sh", "-c", f'. "{script}" && pg_start >&2 && echo "$PG_DIR" && '
                              'echo "$PHYSIOBENCH_TEST_PG_URL"'], env=environment, capture_output=True, text=True)
    if started.returncode != 0:
        return None, "no PostgreSQL server: " + (started.stderr.strip().splitlines() or ["?"])[-1]
    folder, url = started.stdout.split()[-2:]
    environment.update({"PHYSIOBENCH_TEST_PG_URL": url, "PHYSIOBENCH_TEST_PG_USER": "physiobench",
                        "PHYSIOBENCH_TEST_PG_PASSWORD": "physiobench"})
    return folder, None


def stop_postgresql(folder):
    if folder:
        script = ROOT / "releng/scripts/postgres.sh"
        subprocess.run(["sh", "-c", f'. "{script}"; PG_DIR="{folder}"; '
                        'if [ "$(id -u)" -eq 0 ]; then run_pg="runuser -u postgres --"; else run_pg=""; fi; pg_stop'])


def in_process(java, environment, smoke, workdir, jvm_options, include=None):
    try:
        class_path = jmh_class_path() + unsigned_class_path(PRODUCT, ROOT / "target/benchmarks/classpath")
    except Unavailable as reason:
        return [{"name": "jmh", "description": "in-process benchmarks", "status": "unavailable", "reason": str(reason)}]
    environment = dict(environment)
    environment["PHYSIOBENCH_BENCH_WORK"] = str(workdir)
    if smoke:
        environment["PHYSIOBENCH_BENCH_PATIENTS"] = str(SMOKE_PATIENTS)
    patients = int(environment.get("PHYSIOBENCH_BENCH_PATIENTS", "100000"))
    if smoke and not environment.get("PHYSIOBENCH_TEST_PG_URL"):
        pg_folder, pg_reason = None, "no PostgreSQL server: the smoke run starts none (test.sh provides one)"
    else:
        pg_folder, pg_reason = start_postgresql(environment)
    databases = ["sqlite"] if pg_reason else ["sqlite", "postgresql"]
    try:
        try:
            figures = run_jmh(java, class_path, environment, smoke, databases, workdir / "jmh.json", jvm_options,
                              include)
        except Unavailable as reason:
            figures, failure = {}, str(reason)
        else:
            failure = None
    finally:
        stop_postgresql(pg_folder)
    results = [
        sampled("patients.firstPage", f"patient list opens: count + first page of {patients:,} patients",
                figures.get(("firstPage", None)), None),
        sampled("patients.filterKeystroke", f"filter as you type, per keystroke ({patients:,} patients)",
                figures.get(("filterKeystroke", None)), 50.0),
        save_ratio("sqlite", workdir, failure or "not measured"),
        save_ratio("postgresql", workdir, failure or pg_reason or "not measured"),
        sampled("open.patient300", "open a patient with 300 sessions: load + parse + progress data (no widgets; "
                "pain series only - the instruments come from the OSGi registry, see workbench.openPatient300)",
                figures.get(("openPatient", None)), None),
        sampled("open.progressChart300", "Progress chart of that patient created + laid out in an unshown shell",
                figures.get(("createProgressChart", None)), None),
        opening_total(figures),
    ]
    if failure:
        for r in results:
            if r["status"] != "ok":
                r["reason"] = failure
    if include:
        return [r for r in results if r["status"] == "ok"]
    try:
        heap = heap_probe(java, class_path, environment, jvm_options)
        results.append({"name": "heap.patientList", "description": f"heap used, Patients view data with all "
                        f"{heap['patients']:,} rows read (first screen: {heap['heapFirstScreenMb']} MB)",
                        "status": "ok", "unit": "MB", **heap, "target": {"heap_at_most_mb": 300},
                        "met": heap["heapAllRowsMb"] <= 300})
    except (Unavailable, subprocess.TimeoutExpired, ValueError) as reason:
        results.append({"name": "heap.patientList", "description": "heap used with the patient list",
                        "status": "unavailable", "reason": str(reason)})
    return results


WORKBENCH_MODULE = ROOT / "releng/benchmarks/org.physiobench.benchmarks.workbench"


def workbench_scenarios(environment, smoke, workdir):
    """The real Patients view and patient editor, measured inside the workbench under Xvfb
    (releng/benchmarks/org.physiobench.benchmarks.workbench). The build runs them at smoke size
    (its figures are read here); the full run runs them again on the cached 100,000-patient store."""
    output = WORKBENCH_MODULE / "target/benchmarks/workbench.json"
    patients = SMOKE_PATIENTS
    if not smoke:
        patients = int(environment.get("PHYSIOBENCH_BENCH_PATIENTS", "100000"))
        cache = Path(environment.get("PHYSIOBENCH_BENCH_CACHE", Path.home() / ".cache/physiobench-benchmarks"))
        database = cache / f"demo-{patients}-seed1.db"
        if not (cache / f"demo-{patients}-seed1.db.complete").exists():
            return [{"name": "workbench", "description": "in-workbench benchmarks", "status": "unavailable",
                     "reason": f"no cached store of {patients:,} patients yet (the JMH run creates it)"}]
        command = [str(ROOT / "mvnw"), "-B", "-q", "verify", "-pl",
                   "features/org.physiobench.platform.feature,releng/benchmarks/org.physiobench.benchmarks.workbench",
                   "-am", f"-Dbench.patients={patients}", "-Dbench.repetitions=20",
                   f"-Dbench.data={workdir / 'workbench-data'}", f"-Dbench.jvm=-Dphysiobench.store.url=jdbc:sqlite:{database}"]
        result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=3600)
        if result.returncode != 0:
            return [{"name": "workbench", "description": "in-workbench benchmarks", "status": "unavailable",
                     "reason": "the workbench benchmark failed: " + result.stdout.strip()[-400:]}]
    elif not output.exists():
        return [{"name": "workbench", "description": "in-workbench benchmarks", "status": "unavailable",
                 "reason": f"not measured: build first ({output} is written by ./mvnw verify)"}]
    figures = json.loads(output.read_text())
    patients = figures.get("patients", patients)
    heap = figures.get("patientList.heapUsed")
    results = [
        sampled("workbench.listShown", f"Patients view opened until its first page is drawn ({patients:,} patients)",
                figures.get("patientList.show"), None),
        sampled("workbench.filterKeystroke", f"Patients view, per keystroke once the filter applies: query, "
                f"first page, redraw ({patients:,} patients)", figures.get("patientList.filterKeystroke"), 50.0),
        sampled("workbench.filterKeystrokePainted", "... until the table has painted the new rows (GTK 3 paints "
                "at its next frame)", figures.get("patientList.filterKeystrokePainted"), None),
        sampled("workbench.filterStoreOnly", "... the same queries straight from the store right after each "
                "keystroke (count, then first page): what the view adds is the difference",
                figures.get("patientList.filterStoreOnly"), None),
        sampled("workbench.openPatient300", "open a patient with 300 sessions: load + patient editor + progress "
                "chart drawn (warm)", figures.get("openPatient.total"), 100.0),
        sampled("workbench.openPatient300Cpu", "the same opening: CPU time of the UI thread (less at the mercy of "
                "the machine's load than wall time)", figures.get("openPatient.totalCpu"), None),
        sampled("workbench.openPatient300Painted", "... until the editor has painted (GTK 3 paints at its next "
                "frame, after the opening's figure)", figures.get("openPatient.painted"), None),
        sampled("workbench.editToChart300", "one edit of that open record (a session's pain after) until the "
                "Progress chart shows it", figures.get("openPatient.editToChart"), None),
    ]
    if heap:
        results.append({"name": "workbench.heap", "description": f"heap used by the whole workbench with "
                        f"{patients:,} patients listed (after GC)", "status": "ok", "unit": "MB",
                        "heapAllRowsMb": round(heap["p50"]), "heapFirstScreenMb": "-",
                        "target": {"heap_at_most_mb": 300}, "met": heap["p50"] <= 300})
    return results


# ---------------------------------------------------------------- report

def describe(r):
    """(value, spread, floor, ratio/target) columns of one result row."""
    if "ratio" in r:
        p, f = r["product"], r["floor"]
        if "median" in p:
            return (f"{p['median']:.0f} ms", f"{p['min']:.0f}-{p['max']:.0f}", f"{f['median']:.0f} ms "
                    f"({f['min']:.0f}-{f['max']:.0f})", f"{r['ratio']:.2f}x" + (
                        f" <= {r['target']['ratio_at_most']}x" if r["target"] else " (reported)"))
        spread = r.get("ratio_spread")
        ratio = f"{r['ratio']:.2f}x" + (f" ({spread['min']:.2f}-{spread['max']:.2f})" if spread else "")
        return (f"p50 {p['p50']:.2f} ms", f"p95 {p['p95']:.2f}", f"p50 {f['p50']:.2f} ms p95 {f['p95']:.2f}",
                f"{ratio} <= {r['target']['ratio_at_most']}x")
    if r.get("unit") == "MB":
        return (f"{r['heapAllRowsMb']} MB", f"first screen {r['heapFirstScreenMb']}", "-",
                f"<= {r['target']['heap_at_most_mb']} MB")
    target = r.get("target")
    return (f"p50 {r['p50']:.2f} ms", f"p95 {r['p95']:.2f} (max {r['max']:.0f})", "-",
            f"p95 <= {target['p95_at_most_ms']:.0f} ms" if target else "-")


def print_table(results):
    print(f"{'benchmark':<26} {'PhysioBench':<16} {'spread':<24} {'floor':<26} {'ratio / target':<28} met")
    for r in results:
        if r["status"] != "ok":
            print(f"{r['name']:<26} unavailable: {r['reason']}")
            continue
        value, spread, floor, target = describe(r)
        met = {True: "yes", False: "NO", None: "-"}[r["met"]]
        print(f"{r['name']:<26} {value:<16} {spread:<24} {floor:<26} {target:<28} {met}")


def markdown(results):
    """The table as Markdown, for the figures in releng/benchmarks/README.md."""
    lines = ["| benchmark | PhysioBench | spread | floor | ratio / target | met |", "|---|---|---|---|---|---|"]
    for r in results:
        if r["status"] != "ok":
            lines.append(f"| `{r['name']}` | unavailable: {r['reason']} | | | | |")
            continue
        value, spread, floor, target = describe(r)
        met = {True: "yes", False: "**no**", None: "-"}[r["met"]]
        lines.append(f"| `{r['name']}` | {value} | {spread} | {floor} | {target} | {met} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repetitions", type=int, default=7)
    parser.add_argument("--smoke", action="store_true", help="one short pass of everything: checks the harness works (CI)")
    parser.add_argument("--only", choices=["startup", "jmh"], help="run one half only")
    parser.add_argument("--json", default=str(ROOT / "target/benchmarks/results.json"))
    parser.add_argument("--markdown", metavar="JSON", help="print the results of an earlier run as a Markdown table")
    parser.add_argument("--jmh-include", metavar="REGEX", help="run only the JMH benchmarks matching REGEX "
                        "(e.g. SaveBenchmark), no heap probe, no in-workbench run: for repeated runs of one figure")
    parser.add_argument("--jvm-options", help="JVM options of the in-process benchmarks instead of the workbench's "
                        "(from the launcher), e.g. \"-Xmx2g -XX:+UseG1GC\" to see them with C2")
    args = parser.parse_args()
    if args.markdown:
        print(markdown(json.loads(Path(args.markdown).read_text())["results"]))
        return 0
    repetitions = 1 if args.smoke else args.repetitions

    java = find_java()
    environment = dict(os.environ)
    workdir = Path(tempfile.mkdtemp(prefix="physiobench-bench."))
    environment["PHYSIOBENCH_DATA"] = str(workdir / "data")
    started = time.time()
    results = []
    xvfb = ensure_display(environment)  # the workbench, the floor window and the chart benchmark
    try:
        if args.only != "jmh":
            seed_startup_store(environment)
            def workbench():
                return time_until_probe(product_command(), workdir, environment)

            def floor_window():
                return time_until_probe(reference_command(java, FLOOR, "org.physiobench.benchmarks.floor.window",
                                                          workdir, headless=False), workdir, environment)

            def empty_workbench():
                return time_until_probe(reference_command(java, EMPTY_WORKBENCH, "org.physiobench.benchmarks.rcp.workbench",
                                                          workdir, headless=False), workdir, environment)

            def e4_workbench():
                return time_until_probe(reference_command(java, E4_WORKBENCH, "org.eclipse.e4.ui.workbench.swt.E4Application",
                                                          workdir, headless=False), workdir, environment)

            results += [
                compare("startup.workbench", "launch to an interactive workbench window", 1.5,
                        workbench, floor_window, repetitions),
                compare("startup.emptyWorkbench", "an empty Eclipse workbench on PhysioBench's platform, "
                        "against the floor: the platform's own share", None, empty_workbench, floor_window, repetitions),
                compare("startup.overEmptyWorkbench", "PhysioBench against that empty workbench: what "
                        "PhysioBench adds", None, workbench, empty_workbench, repetitions),
                compare("startup.emptyE4Workbench", "a pure E4 workbench (no 3.x compatibility layer) on the "
                        "same platform, against the floor", None, e4_workbench, floor_window, repetitions),
                compare("startup.compatOverE4", "the empty RCP workbench against the pure E4 one: what the "
                        "3.x compatibility layer adds", None, empty_workbench, e4_workbench, repetitions),
                compare("startup.headless", "`physiobench score nprs 7` until exit", 1.5,
                        lambda: time_until_exit(product_command("score", "nprs", "7"), environment),
                        lambda: time_until_exit(reference_command(java, FLOOR, "org.physiobench.benchmarks.floor.headless",
                                                                  workdir, headless=True), environment),
                        repetitions),
            ]
        if args.only != "startup":
            jvm_options = args.jvm_options.split() if args.jvm_options else launcher_vm_options(headless=False)
            results += in_process(java, environment, args.smoke, workdir, jvm_options, args.jmh_include)
            if not args.jmh_include:
                results += workbench_scenarios(environment, args.smoke, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if xvfb:
            xvfb.terminate()
    print_table(results)
    output = Path(args.json)
    output.parent.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()
    output.write_text(json.dumps({"machine": {"cpus": os.cpu_count(), "loadavg_at_end": [round(x, 2) for x in load]},
                                  "jvm_options_in_process": args.jvm_options or " ".join(launcher_vm_options(False)),
                                  "smoke": args.smoke, "seconds": round(time.time() - started),
                                  "results": results}, indent=2) + "\n")
    print(f"\nJSON: {output}  ({round(time.time() - started)} s, load average at the end {load[0]:.1f})")
    # The smoke run proves the harness and every installation work: each figure must have been
    # measured (PostgreSQL only where a server exists); the targets are the full run's business.
    failed = [r["name"] for r in results if r["status"] != "ok"
              and not (r["name"] == "save.postgresql" and "no PostgreSQL" in r.get("reason", ""))]
    if failed:
        print("not measured: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
