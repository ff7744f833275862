"""Throughput and memory of scoring: in-process predict, ``annotator score`` and the dask engine.

    python benchmarks/bench_throughput.py                 # throughput table on 2000 articles
    python benchmarks/bench_throughput.py --memory-mb 1024 # plus the peak-RSS run on a ~1 GB dump

Every row scores the same synthetic dump (benchmarks/make_dump.py) in one
run; MB/s counts the articles' UTF-8 text.  ``annotator score`` rows are
subprocesses: "wall" includes interpreter start-up, imports and model
loading, "scoring" is the rate the command reports itself (reading, scoring,
writing).  Without a model under models/default (or $ANNOTATOR_MODEL) the
model rows are marked TODO and the command rows fall back to --rules-only.
Results also go to benchmarks/out/throughput.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Sequence

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

from make_dump import write_dump  # noqa: E402

from annotator.api import DEFAULT_MODEL_DIR, MODEL_ENV, Annotator, default_annotator  # noqa: E402

Row = dict[str, Any]


def model_dir() -> Path:
    return Path(os.environ.get(MODEL_ENV) or DEFAULT_MODEL_DIR)


def load_texts(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle]


def row(name: str, n: int, megabytes: float, seconds: float | None, note: str = "", **extra: Any) -> Row:
    load = os.getloadavg()[0]
    if seconds is None:
        return {"name": name, "articles_s": None, "mb_s": None, "seconds": None, "note": note, "load": load, **extra}
    return {"name": name, "articles_s": n / seconds, "mb_s": megabytes / seconds, "seconds": seconds,
            "note": note, "load": load, **extra}


REPEAT = 1


def timed(function: Callable[[], Any]) -> float:
    """The best of ``REPEAT`` timings (other load on the machine only ever slows a run down)."""
    best = float("inf")
    for _ in range(REPEAT):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def bench_in_process(texts: list[str], megabytes: float, annotator: Annotator | None) -> list[Row]:
    """Single-core predict: rules only, the default model one by one, and predict_many(64)."""
    rules = Annotator()
    rows = [row("rules only: Annotator().predict", len(texts), megabytes,
                timed(lambda: [rules.predict(t) for t in texts]))]
    if annotator is None:
        todo = f"TODO: no model at {model_dir()}"
        return rows + [row("default model: predict", len(texts), megabytes, None, todo),
                       row("default model: predict_many(64)", len(texts), megabytes, None, todo)]
    rows.append(row("default model: predict", len(texts), megabytes,
                    timed(lambda: [annotator.predict(t) for t in texts])))
    batches = [texts[i : i + 64] for i in range(0, len(texts), 64)]
    rows.append(row("default model: predict_many(64)", len(texts), megabytes,
                    timed(lambda: [annotator.predict_many(b) for b in batches])))
    return rows


_SUMMARY = re.compile(r"scored (\d+) records: (\d+) ok, (\d+) failed \(([\d,.]+)/s\)")


def run_score(dump: Path, out: Path, extra: Sequence[str], model_args: Sequence[str]) -> tuple[float, float, str]:
    """``annotator score`` in a subprocess: (wall seconds, reported rate, stderr)."""
    command = [sys.executable, "-m", "annotator", "score", str(dump), "-o", str(out), "--quiet",
               *model_args, *extra]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    match = _SUMMARY.search(done.stderr)
    if done.returncode != 0 or match is None:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return wall, float(match.group(4).replace(",", "")), done.stderr


def bench_commands(dump: Path, n: int, megabytes: float, model_args: Sequence[str], label: str) -> list[Row]:
    rows = []
    for name, extra in [(f"annotator score --jobs 1 ({label})", ["--jobs", "1"]),
                        (f"annotator score --jobs 2 ({label})", ["--jobs", "2"]),
                        (f"annotator score --engine dask --jobs 2 ({label})", ["--engine", "dask", "--jobs", "2"])]:
        runs = [run_score(dump, OUT / "bench.out.jsonl", extra, model_args) for _ in range(REPEAT)]
        wall, rate = min(r[0] for r in runs), max(r[1] for r in runs)
        rows.append(row(name, n, megabytes, wall, scoring_articles_s=rate, scoring_mb_s=rate * megabytes / n))
    return rows


class TreeRss:
    """Samples the summed RSS of a process and all its descendants (Linux /proc)."""

    def __init__(self, pid: int, interval: float = 0.5) -> None:
        self.pid, self.interval, self.peak, self.peak_processes = pid, interval, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            rss = [self._rss(pid) for pid in self._tree()]
            if sum(rss) > self.peak:
                self.peak, self.peak_processes = sum(rss), len(rss)

    def _tree(self) -> list[int]:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                    parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
        tree, frontier = [self.pid], [self.pid]
        while frontier:
            frontier = [pid for pid, parent in parents.items() if parent in frontier]
            tree.extend(frontier)
        return tree

    @staticmethod
    def _rss(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0


def bench_memory(megabytes: float, model_args: Sequence[str], label: str, keep: bool) -> Row:
    """Score a ~``megabytes`` MiB dump with --jobs 2 and measure peak RSS."""
    dump, out = OUT / "memory.jsonl", OUT / "memory.out.jsonl"
    n, size = write_dump(dump, megabytes=megabytes, seed=1)
    command = [sys.executable, "-m", "annotator", "score", str(dump), "-o", str(out), "--quiet", "--jobs", "2",
               *model_args]
    if Path("/usr/bin/time").exists():
        command = ["/usr/bin/time", "-v", *command]
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    with TreeRss(process.pid) as sampler:
        _, stderr = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"memory run failed ({process.returncode}):\n{stderr}")
    max_single = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    # without GNU time: the largest child this script has waited for (KiB on Linux)
    max_single_kib = int(max_single.group(1)) if max_single else resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = {"name": f"memory: annotator score --jobs 2 ({label})", "records": n, "input_mib": size / 2**20,
              "seconds": wall, "articles_s": n / wall, "mb_s": size / 2**20 / wall,
              "peak_tree_rss_mib": sampler.peak / 2**20, "processes": sampler.peak_processes,
              "max_single_rss_mib": max_single_kib / 1024,
              "summary": (_SUMMARY.search(stderr) or [""])[0]}
    if not keep:
        dump.unlink(missing_ok=True)
        out.unlink(missing_ok=True)
    return result


def fmt(value: float | None, digits: int = 1) -> str:
    return "TODO" if value is None else f"{value:,.{digits}f}"


def print_table(rows: list[Row], reference: float) -> None:
    print("| run | articles/s | MB/s | vs rules only | scoring articles/s (reported) | load avg | note |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for r in rows:
        ratio = None if r["articles_s"] is None else r["articles_s"] / reference
        print(f"| {r['name']} | {fmt(r['articles_s'])} | {fmt(r['mb_s'], 2)} | {fmt(ratio, 2)}"
              f" | {fmt(r.get('scoring_articles_s')) if 'scoring_articles_s' in r else ''} | {r['load']:.1f}"
              f" | {r['note']} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000, help="articles in the throughput dump")
    parser.add_argument("--memory-mb", type=float, default=0, help="also run the memory check on a dump this big")
    parser.add_argument("--rules-only", action="store_true", help="skip the default model even if it exists")
    parser.add_argument("--keep", action="store_true", help="keep the dumps under benchmarks/out/")
    parser.add_argument("--repeat", type=int, default=1, help="time each throughput row this often, keep the best")
    args = parser.parse_args(argv)
    global REPEAT
    REPEAT = max(args.repeat, 1)

    OUT.mkdir(parents=True, exist_ok=True)
    dump = OUT / "throughput.jsonl"
    write_dump(dump, n_records=args.records, seed=0)
    texts = load_texts(dump)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    annotator = None if args.rules_only or not model_dir().exists() else default_annotator()
    if annotator is None:
        model_args, label = ["--rules-only"], "rules only"
    else:
        model_args = ["--model", str(model_dir())]
        label = "default model" if model_dir() == DEFAULT_MODEL_DIR else f"model {model_dir()}"
    print(f"{len(texts)} articles, {megabytes:.1f} MiB of text; {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; model: {label}", file=sys.stderr)

    rows = bench_in_process(texts, megabytes, annotator)
    rows += bench_commands(dump, len(texts), megabytes, model_args, label)
    print_table(rows, reference=rows[0]["articles_s"])
    results: dict[str, Any] = {"articles": len(texts), "text_mib": megabytes, "model": label, "rows": rows,
                               "load_average": os.getloadavg()}
    if args.memory_mb:
        memory = bench_memory(args.memory_mb, model_args, label, args.keep)
        results["memory"] = memory
        print(f"\nmemory: {memory['records']} records, {memory['input_mib']:.0f} MiB input, "
              f"{memory['seconds']:.0f} s ({memory['articles_s']:.0f} articles/s, {memory['mb_s']:.2f} MiB/s); "
              f"peak RSS of the process tree {memory['peak_tree_rss_mib']:.0f} MiB over "
              f"{memory['processes']} processes, largest single process {fmt(memory['max_single_rss_mib'], 0)} MiB"
              f"\n{memory['summary']}")
    (OUT / "throughput.json").write_text(json.dumps(results, indent=2))
    if not args.keep:
        for name in ("throughput.jsonl", "bench.out.jsonl"):
            (OUT / name).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
