"""``annotator train``: train a model on guide-format records (JSONL or inline markup) and save it."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..model import CandidateClassifier
from ..persistence import save_annotator
from ..training import DEFAULT_SPLITS, read_training, train


NO_DATA = ("no training files given: pass guide-format JSONL files, as in "
           "`annotator train mine.jsonl --out models/mine` (records with id, lang, text and spans; "
           "--split S keeps only the records whose split is S). In a checkout of the repository, "
           "`make model` trains the shipped model from the files `make data` builds.")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("data", nargs="*", type=Path,
                        help="guide-format JSONL files, or inline-markup .txt files, to train on "
                             "(the shipped model: see `make model`)")
    parser.add_argument("--out", type=Path, required=True, help="model directory to write, e.g. models/default")
    parser.add_argument("--split", action="append", default=None,
                        help="train only on records of this split (repeatable; default: records without a split "
                        f"and those of split {', '.join(DEFAULT_SPLITS)})")
    parser.add_argument("--C", type=float, default=CandidateClassifier().C, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=None,
                        help="one probability threshold for every kind (default: per-kind thresholds learned in training)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the held-out predictions "
                        "(-1 for one per core, as joblib counts)")
    parser.add_argument("--grouped", action="store_true",
                        help="held-out folds grouped by writer and by corpus shard (default: stratified folds)")
    parser.add_argument("--tune-on", choices=("hand-written", "all"), default="hand-written",
                        help="rows whose held-out predictions choose the thresholds")
    parser.add_argument("--beta", type=float, default=1.0,
                        help="F-beta for the aside and gloss thresholds (below 1 prefers precision)")
    parser.add_argument("--min-precision", type=float, default=None,
                        help="aside and gloss thresholds: the lowest reaching this held-out precision")
    parser.add_argument("--seed", type=int, default=0, help="random state of the folds and the regression")
    parser.add_argument("--folds", choices=("shuffled", "keyed"), default="shuffled",
                        help="held-out folds: drawn by --seed over the rows, or a fixed hash of each row's record "
                             "(a record more or less moves no other record's fold; the shipped model's)")
    parser.add_argument("--repeats", type=count, default=1,
                        help="draws of the held-out folds (seeds --seed, --seed+1, ...) whose pooled predictions "
                             "choose the thresholds (default 1; more makes them steadier, and training slower)")


def count(value: str) -> int:
    """An int of at least 1 (argparse refuses anything else before any work starts)."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def run(args: argparse.Namespace) -> int:
    files = list(args.data)
    if not files:
        raise FileNotFoundError(NO_DATA)
    missing = [str(path) for path in files if not path.exists()]
    if missing:
        raise FileNotFoundError(f"training data not found: {', '.join(missing)}")
    # records without a split are used; --split filters only when given, and without it the
    # records that carry a split keep train and dev (data files mix in held-out splits)
    splits = args.split or list(DEFAULT_SPLITS)
    started = time.perf_counter()
    if args.split:
        records = read_training(files, splits)
    else:
        records = [record for record in read_training(files) if record.get("split") in (None, *DEFAULT_SPLITS)]
    if not records:
        where = f" with split {' or '.join(splits)}" if args.split else ""
        raise ValueError(f"no records{where} in {', '.join(str(path) for path in files)}")
    classifier = CandidateClassifier(C=args.C, n_jobs=args.jobs, beta=args.beta, min_precision=args.min_precision,
                                     random_state=args.seed, n_repeats=args.repeats, folds=args.folds)
    annotator = train(records, classifier, threshold=args.threshold, grouped=args.grouped, tune_on=args.tune_on,
                      metadata={"training_files": [path.name for path in files], "splits": splits,
                                "training_records": len(records)})
    path = save_annotator(annotator, args.out)
    seconds = time.perf_counter() - started
    counts = annotator.metadata["training_candidates"]
    print(f"trained on {len(records)} records, {sum(counts.values())} candidates {counts} "
          f"in {seconds:.0f} s -> {path}", file=sys.stderr)
    return 0
