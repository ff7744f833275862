"""How long loading the shipped model takes in a fresh interpreter, split into its parts.

    python benchmarks/bench_load.py [--runs 5]

Each run is a new process.  Two ways to load are timed, each in its own
processes: ``annotator.load()`` (the model's arrays, ``scorer.npz``: what
``predict`` uses) and ``annotator.load(estimator=True)`` (the scikit-learn
estimator from ``model.skops``, for refitting or inspection).  Parts: import
annotator; load; the first ``predict`` on the seed article; and which heavy
libraries the process had imported by then.  Prints the best of the runs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_537cde15b9f0378c.txt"

PROBE = """
import json, sys, time
t0 = time.perf_counter()
import annotator
t1 = time.perf_counter()
model = annotator.load(estimator={estimator})
t2 = time.perf_counter()
spans = model.predict(open({seed!r}, encoding="utf-8").read()).spans
t3 = time.perf_counter()
heavy = [name for name in ("sklearn", "skops", "scipy", "pandas") if name in sys.modules]
print(json.dumps({{"import annotator": t1 - t0, "load": t2 - t1, "first predict (seed)": t3 - t2,
                  "total": t3 - t0, "spans": len(spans), "imported": heavy}}))
"""


def best_of(estimator: bool, runs: int) -> dict:
    code = PROBE.format(estimator=estimator, seed=str(SEED))
    results = [json.loads(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                         text=True).stdout) for _ in range(runs)]
    best = {part: min(run[part] for run in results) for part in results[0] if part not in ("spans", "imported")}
    return {**best, "spans": results[0]["spans"], "imported": results[0]["imported"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows = {"annotator.load()": best_of(False, args.runs),
            "annotator.load(estimator=True)": best_of(True, args.runs)}
    parts = ["import annotator", "load", "first predict (seed)", "total"]
    print(f"| how | {' | '.join(parts)} | seed spans | heavy imports |")
    print("| --- |" + " ---: |" * len(parts) + " ---: | --- |")
    for how, row in rows.items():
        cells = " | ".join(f"{row[part]:.2f} s" for part in parts)
        print(f"| `{how}` | {cells} | {row['spans']} | {', '.join(row['imported']) or 'none'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
