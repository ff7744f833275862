"""Speed and peak memory of ``annotator report`` on synthetic scored dumps of growing size.

    python benchmarks/bench_report.py                  # 100 MiB and 1 GiB dumps
    python benchmarks/bench_report.py --mb 10,100 --keep

Each dump is streamed to benchmarks/out/ (git-ignored) in the format
``annotator score`` writes, plus an ``outlet`` field (5,000 outlets, a few
large ones) and a ``published`` date (ISO dates, unix seconds and DD.MM.YYYY
over ten years): 0 to 8 spans per record with real marker names, gloss spans
carrying their ``text`` (3,000 names), 1 % error records.  The report runs
``annotator report DUMP -o DIR --by outlet --date-field published`` in a
fresh process, which prints its own peak RSS and CPU time
(``resource.getrusage(RUSAGE_SELF)``) when it ends; "wall" includes
interpreter start-up, imports and the plots.
If memory is bounded, the peak does not grow with the dump.  Results also go
to benchmarks/out/report.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
OUT = Path("benchmarks") / "out"  # relative to ROOT, where the report runs
KINDS = ("note", "translator_note", "legal_label", "gloss", "aside", "elision", "lead", "disclaimer")
KIND_WEIGHTS = (10, 4, 6, 12, 2, 14, 8, 3)
MARKERS = {
    "note": ["Approx. InoSMI", "Прим. ред.", "— Прим. ИноСМИ", "Ред."],
    "translator_note": ["прим. пер.", "translator's note"],
    "legal_label": ["legal/ru: признан иноагентом", "legal/en: banned in Russia", "legal/ru: *"],
    "aside": ["aside: sic!", "aside: quotes around a word"],
    "elision": ["elision: <...>", "elision: […]"],
    "lead": ["lead: names the headline's outlet (Bloomberg)", "lead: names the headline's outlet (The Guardian)"],
    "disclaimer": ["disclaimer/ru: Материалы ИноСМИ содержат оценки исключительно"],
}


def scored_records(rng: random.Random) -> Iterator[dict[str, Any]]:
    """Endless synthetic scored records, deterministic for ``rng``."""
    outlets = [f"outlet-{i:04d}" for i in range(5000)]
    names = [f"Name{i:04d}" for i in range(3000)]
    number = 0
    while True:
        outlet = outlets[min(int(rng.paretovariate(1.2)) - 1, 4999)] if rng.random() < 0.7 else rng.choice(outlets)
        seconds = 1_420_070_400 + rng.randrange(10 * 365 * 86400)
        day = time.gmtime(seconds)
        published: Any = rng.choice([time.strftime("%Y-%m-%dT%H:%M:%SZ", day), seconds,
                                     time.strftime("%d.%m.%Y", day)])
        record: dict[str, Any] = {"id": f"rec-{number:09d}", "outlet": outlet, "published": published}
        if rng.random() < 0.01:
            record.update(spans=[], n_chars=None, editorial_share=None, error="'text' is null")
        else:
            n_chars = rng.randint(300, 12000)
            spans, position = [], 0
            for kind in sorted(rng.choices(KINDS, KIND_WEIGHTS, k=rng.randint(0, 8)), key=KINDS.index):
                length = rng.randint(5, 200)
                if position + length >= n_chars:
                    break
                start = position + rng.randint(0, 50)
                position = start + length
                model = rng.random() < 0.2
                span = {"start": start, "end": position, "kind": kind,
                        "score": round(rng.random(), 4) if model else 1.0, "source": "model" if model else "rule"}
                if kind == "gloss":
                    name = names[min(int(rng.paretovariate(1.1)) - 1, 2999)]
                    span.update(marker=None if model else f"renamed: {name}", text=f"({name})")
                else:
                    span["marker"] = None if model else rng.choice(MARKERS[kind])
                spans.append(span)
            editorial = sum(s["end"] - s["start"] for s in spans)
            n_chars = max(n_chars, position)
            record.update(spans=spans, n_chars=n_chars, editorial_share=round(editorial / n_chars, 6), error=None)
        yield record
        number += 1


def write_scored_dump(path: Path, megabytes: float, seed: int = 0) -> tuple[int, int]:
    """Stream records to ``path`` until it holds ``megabytes`` MiB; returns (records, bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    limit, count, size = int(megabytes * 2**20), 0, 0
    with open(path, "wb") as handle:
        for record in scored_records(random.Random(seed)):
            if size >= limit:
                break
            line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
            handle.write(line)
            count, size = count + 1, size + len(line)
    return count, size


# `annotator ARGS` that prints its own peak RSS (KiB) and CPU seconds last: figures of this run alone
MEASURED = ("import resource, sys\nfrom annotator.cli import main\nstatus = main(sys.argv[1:])\n"
            "usage = resource.getrusage(resource.RUSAGE_SELF)\n"
            "print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime, file=sys.stderr)\nsys.exit(status)")


def run_report(dump: Path, out_dir: Path) -> dict[str, Any]:
    """``annotator report`` in a fresh process: wall time and that process's peak RSS."""
    command = [sys.executable, "-c", MEASURED, "report", str(dump), "-o", str(out_dir),
               "--by", "outlet", "--date-field", "published"]
    started = time.perf_counter()
    process = subprocess.run(command, stderr=subprocess.PIPE, text=True, check=False, cwd=ROOT)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"annotator report failed ({process.returncode}):\n{process.stderr}")
    *lines, last = process.stderr.strip().splitlines()
    peak_kib, cpu = last.split()
    return {"seconds": seconds, "cpu_seconds": float(cpu), "peak_rss_mib": int(peak_kib) / 1024,
            "summary": lines[-1]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", default="100,1024", help="dump sizes in MiB, comma-separated (default: 100,1024)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the dumps and reports in benchmarks/out/")
    args = parser.parse_args(argv)
    rows = []
    print(f"python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cpus, "
          f"load {os.getloadavg()[0]:.1f}")
    print("| dump | records | wall | CPU | records/s (wall) | MiB/s (wall) | peak RSS |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for megabytes in (float(mb) for mb in args.mb.split(",")):
        dump = OUT / f"scored_{megabytes:g}mb.jsonl"
        records, size = write_scored_dump(ROOT / dump, megabytes, args.seed)
        result = run_report(dump, OUT / f"report_{megabytes:g}mb")
        mib = size / 2**20
        row = {"mib": mib, "records": records, **result, "records_s": records / result["seconds"],
               "mib_s": mib / result["seconds"], "load": os.getloadavg()[0]}
        rows.append(row)
        print(f"| {mib:,.0f} MiB | {records:,} | {row['seconds']:.1f} s | {row['cpu_seconds']:.1f} s | "
              f"{row['records_s']:,.0f} | "
              f"{row['mib_s']:.1f} | {row['peak_rss_mib']:.0f} MiB |", flush=True)
        if not args.keep:
            (ROOT / dump).unlink()
    print("\n" + "\n".join(row["summary"] for row in rows))
    (ROOT / OUT / "report.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
