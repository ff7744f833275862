"""How long loading the shipped model takes in a fresh interpreter, split into its parts.

    python benchmarks/bench_load.py [--runs 3]

Each run is a new process: import annotator, import scikit-learn and skops
(what any model needs), then ``annotator.load()`` itself (reading and checking
the skops file). Prints the best of the runs for each part.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

PROBE = """
import json, time
t0 = time.perf_counter()
import annotator
t1 = time.perf_counter()
import sklearn, skops.io, annotator.model, annotator.persistence
t2 = time.perf_counter()
annotator.load()
t3 = time.perf_counter()
print(json.dumps({"import annotator": t1 - t0, "import scikit-learn and skops": t2 - t1,
                  "annotator.load()": t3 - t2, "total": t3 - t0}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = [json.loads(subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True,
                                      text=True).stdout) for _ in range(args.runs)]
    print("| part | seconds (best of %d) |" % args.runs)
    print("| --- | ---: |")
    for part in runs[0]:
        print(f"| {part} | {min(run[part] for run in runs):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
