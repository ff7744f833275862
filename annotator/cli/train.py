"""``annotator train``: train a model on guide-format JSONL records and save it."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..model import CandidateClassifier
from ..persistence import save_annotator
from ..training import DEFAULT_SPLITS, DEFAULT_TRAINING_FILES, read_jsonl, train


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("data", nargs="*", type=Path,
                        help="guide-format JSONL files (default: the built RT training shards and the dev set)")
    parser.add_argument("--out", type=Path, required=True, help="model directory to write, e.g. models/default")
    parser.add_argument("--split", action="append", default=None,
                        help=f"train only on records of this split (repeatable; default: {', '.join(DEFAULT_SPLITS)})")
    parser.add_argument("--C", type=float, default=CandidateClassifier().C, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=None,
                        help="one probability threshold for every kind (default: per-kind thresholds learned in training)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the held-out predictions "
                        "(-1 for one per core, as joblib counts)")


def run(args: argparse.Namespace) -> int:
    files = args.data or list(DEFAULT_TRAINING_FILES)
    missing = [str(path) for path in files if not path.exists()]
    if missing:
        hint = " (build them with: python -m annotator.datasets build)" if not args.data else ""
        raise FileNotFoundError(f"training data not found: {', '.join(missing)}{hint}")
    splits = args.split or list(DEFAULT_SPLITS)
    started = time.perf_counter()
    records = list(read_jsonl(files, splits))
    annotator = train(records, CandidateClassifier(C=args.C, n_jobs=args.jobs), threshold=args.threshold,
                      metadata={"training_files": [path.name for path in files], "splits": splits,
                                "training_records": len(records)})
    path = save_annotator(annotator, args.out)
    seconds = time.perf_counter() - started
    counts = annotator.metadata["training_candidates"]
    print(f"trained on {len(records)} records, {sum(counts.values())} candidates {counts} "
          f"in {seconds:.0f} s -> {path}", file=sys.stderr)
    return 0
