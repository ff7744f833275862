"""Throughput of the optional encoder stage against the rules and the default model, in one run.

    python benchmarks/bench_encoder.py [--records 200]

Scores the synthetic dump (benchmarks/make_dump.py) three ways with
``predict_many`` in batches of 64: rules only, the default model, and the
default model with the shipped encoder stage (``annotator.load(encoder=True)``);
then the stage on every text told republished (the stage reads every sentence
of a republished text: the worst case).  MB/s counts the articles' UTF-8 text;
the last column is each row's share of the rules' rate.  Results also go to
benchmarks/out/encoder.json.  Needs ``pip install 'annotator[encoder]'``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

from make_dump import write_dump  # noqa: E402

from annotator.api import Annotator, load  # noqa: E402


def rate(annotator: Annotator, texts: list[str], republished: bool | None = None) -> float:
    batches = [texts[i:i + 64] for i in range(0, len(texts), 64)]
    started = time.perf_counter()
    for batch in batches:
        annotator.predict_many(batch, republished=republished)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200)
    args = parser.parse_args(argv)
    dump = OUT / f"encoder_dump_{args.records}.jsonl"
    write_dump(dump, n_records=args.records)
    texts = [json.loads(line)["text"] for line in dump.read_text(encoding="utf-8").splitlines()]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    model = load()
    staged = load(encoder=True)
    staged.predict("warm up: the encoder's weights load once. It takes a second.", republished=True)
    rows = [("rules only", rate(Annotator(), texts)), ("default model", rate(model, texts)),
            ("default model + encoder stage", rate(staged, texts)),
            ("default model + encoder stage, every text told republished", rate(staged, texts, republished=True))]
    rules = megabytes / rows[0][1]
    print(f"{len(texts)} articles, {megabytes:.2f} MiB, load average {os.getloadavg()[0]:.1f}")
    print("| path | seconds | MB/s | share of rules |\n|---|---:|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} | {megabytes / seconds:.3f} | {megabytes / seconds / rules:.3f} |")
    OUT.mkdir(exist_ok=True)
    (OUT / "encoder.json").write_text(json.dumps({"articles": len(texts), "mib": megabytes, "rows": [
        {"path": name, "seconds": seconds, "mb_s": megabytes / seconds} for name, seconds in rows]}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
