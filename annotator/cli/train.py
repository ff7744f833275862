"""``annotator train``: train a model on guide-format JSONL records and save it."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..model import CandidateClassifier
from ..persistence import save_annotator
from ..training import DEFAULT_SPLITS, DEFAULT_TRAINING_FILES, read_jsonl, train


NO_DATA = ("no training files given: pass guide-format JSONL files, as in "
           "`annotator train mine.jsonl --out models/mine` (records with id, lang, text and spans; "
           "--split S keeps only the records whose split is S). In a checkout of the repository, "
           "`make data` builds the default training files from the public corpora.")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("data", nargs="*", type=Path,
                        help="guide-format JSONL files (in a checkout, default: the training files "
                        "`make data` builds, with --split train --split dev)")
    parser.add_argument("--out", type=Path, required=True, help="model directory to write, e.g. models/default")
    parser.add_argument("--split", action="append", default=None,
                        help="train only on records of this split (repeatable; default: every record of "
                        f"the files given, or {', '.join(DEFAULT_SPLITS)} of the default files)")
    parser.add_argument("--C", type=float, default=CandidateClassifier().C, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=None,
                        help="one probability threshold for every kind (default: per-kind thresholds learned in training)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the held-out predictions "
                        "(-1 for one per core, as joblib counts)")


def run(args: argparse.Namespace) -> int:
    files = args.data or list(DEFAULT_TRAINING_FILES)
    missing = [str(path) for path in files if not path.exists()]
    if missing and not args.data:
        raise FileNotFoundError(NO_DATA)
    if missing:
        raise FileNotFoundError(f"training data not found: {', '.join(missing)}")
    # records without a split are used; --split filters only when given (the default files mix held-out splits)
    splits = args.split or (None if args.data else list(DEFAULT_SPLITS))
    started = time.perf_counter()
    records = list(read_jsonl(files, splits))
    if not records:
        where = f" with split {' or '.join(splits)}" if splits else ""
        raise ValueError(f"no records{where} in {', '.join(str(path) for path in files)}")
    annotator = train(records, CandidateClassifier(C=args.C, n_jobs=args.jobs), threshold=args.threshold,
                      metadata={"training_files": [path.name for path in files], "splits": splits,
                                "training_records": len(records)})
    path = save_annotator(annotator, args.out)
    seconds = time.perf_counter() - started
    counts = annotator.metadata["training_candidates"]
    print(f"trained on {len(records)} records, {sum(counts.values())} candidates {counts} "
          f"in {seconds:.0f} s -> {path}", file=sys.stderr)
    return 0
