"""How much the trained model moves with the seed and with 1 % of its training records.

    python tools/stability.py [--seeds 0 1 2] [--perturbations 2] [--fraction 0.01]
                              [--sets "devset test" "NG" ...] [--data FILE ...] [training options]

A repository tool (not part of the installed package).  Trains one model per
seed on the training records as they are, and one per perturbation: the seed-0
model on the records with ``fraction`` of them dropped and as many others
duplicated, at random.  Each run is scored on the scoreboard's held-out sets
(``tools/scoreboard.py``) for exact F1,
and on NG for its false spans (predicted spans that are not silver).  Prints
one Markdown row per run, then the largest change of each number against the
first run.  The target: no exact F1 moves more than 0.02 and NG's false spans
no more than 5.

Every run trains a full model (many minutes each): choose the seeds, the
perturbations and the sets to fit the time there is.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the repository root, not tools/, is the import root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from annotator.evaluation import evaluate
from annotator.model import CandidateClassifier
from annotator.training import DEFAULT_SPLITS, read_training, train
from tools.scoreboard import DATA, HELD_OUT, REPO, false_positives_per_1000_parentheses

TRAINING_FILES = [DATA / "rt_train.jsonl", DATA / "rt_train_stripped.jsonl", DATA / "synth_train.jsonl",
                  DATA / "dev.jsonl", DATA / "ng_train.jsonl", DATA / "nerel_train.jsonl",
                  *sorted((REPO / "datasets" / "writers").glob("w*.txt"))]
NG_SET = "NG"
TARGET_F1, TARGET_NG = 0.02, 5


@dataclass(frozen=True)
class Run:
    name: str
    f1: dict[str, float]  # exact F1 per held-out set
    ng_false: int | None  # predicted NG spans that are not silver


def perturbed(records: list[dict[str, Any]], fraction: float, seed: int) -> list[dict[str, Any]]:
    """``records`` with ``fraction`` of them dropped and as many others duplicated, at random."""
    rng = random.Random(seed)
    n = max(1, round(fraction * len(records)))
    picked = rng.sample(range(len(records)), 2 * n)
    dropped, doubled = set(picked[:n]), set(picked[n:])
    out = []
    for index, record in enumerate(records):
        if index in dropped:
            continue
        out.append(record)
        if index in doubled:
            out.append(record)
    return out


def score(name: str, model: Any, sets: dict[str, list[dict[str, Any]]]) -> Run:
    told = {held.name: held.republished for held in HELD_OUT}
    f1 = {set_name: evaluate(records, model, republished=told.get(set_name)).overall.exact.f1
          for set_name, records in sets.items()}
    ng_false = false_positives_per_1000_parentheses(sets[NG_SET], model)[0] if NG_SET in sets else None
    return Run(name, f1, ng_false)


def table(runs: list[Run]) -> str:
    names = list(runs[0].f1)
    lines = ["| run | " + " | ".join(names) + " | NG false spans |", "|---|" + "---:|" * (len(names) + 1)]
    for run in runs:
        lines.append(f"| {run.name} | " + " | ".join(f"{run.f1[n]:.3f}" for n in names)
                     + f" | {'–' if run.ng_false is None else run.ng_false} |")
    deltas = {n: max(abs(run.f1[n] - runs[0].f1[n]) for run in runs) for n in names}
    ng = [run.ng_false for run in runs if run.ng_false is not None]
    ng_delta = max(abs(value - ng[0]) for value in ng) if ng else None
    lines.append("| max delta | " + " | ".join(f"{deltas[n]:.3f}" for n in names)
                 + f" | {'–' if ng_delta is None else ng_delta} |")
    worst = max(deltas.values()) if deltas else 0.0
    verdict = "within" if worst <= TARGET_F1 and (ng_delta or 0) <= TARGET_NG else "outside"
    lines += ["", f"largest exact-F1 change {worst:.3f}, NG false spans change {ng_delta}: {verdict} the target "
              f"(<= {TARGET_F1} F1, <= {TARGET_NG} NG false spans)"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/stability.py", description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="*", type=Path, default=TRAINING_FILES, help="training files")
    parser.add_argument("--seeds", nargs="*", type=int, default=[0, 1, 2], help="random states to train with")
    parser.add_argument("--perturbations", type=int, default=2, help="runs on perturbed records (seed 0)")
    parser.add_argument("--fraction", type=float, default=0.01, help="share of records dropped, and duplicated")
    parser.add_argument("--sets", nargs="*", default=[held.name for held in HELD_OUT], help="held-out sets to score")
    parser.add_argument("--grouped", action="store_true", help="grouped folds (see annotator train --grouped)")
    parser.add_argument("--tune-on", choices=("hand-written", "all"), default="hand-written")
    parser.add_argument("--beta", type=float, default=1.0)
    parser.add_argument("--min-precision", type=float, default=None)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=1, help="draws of the held-out folds (annotator train --repeats)")
    parser.add_argument("--folds", choices=("shuffled", "keyed"), default="shuffled",
                        help="how the held-out folds are made (annotator train --folds)")
    args = parser.parse_args(argv)
    unknown = set(args.sets) - {held.name for held in HELD_OUT}
    if unknown:
        parser.error(f"unknown sets: {', '.join(sorted(unknown))}")
    sets = {held.name: held.records() for held in HELD_OUT if held.name in args.sets}
    records = read_training(args.data, DEFAULT_SPLITS)

    def fit(name: str, training: list[dict[str, Any]], seed: int) -> Run:
        started = time.perf_counter()
        classifier = CandidateClassifier(beta=args.beta, min_precision=args.min_precision, random_state=seed,
                                         n_jobs=args.jobs, n_repeats=args.repeats, folds=args.folds)
        model = train(training, classifier, grouped=args.grouped, tune_on=args.tune_on)
        run = score(name, model, sets)
        print(f"{name}: {time.perf_counter() - started:.0f} s, {run}", file=sys.stderr)
        return run

    runs = [fit(f"seed {seed}", records, seed) for seed in args.seeds]
    first = args.seeds[0] if args.seeds else 0
    runs += [fit(f"seed {first}, {args.fraction:.0%} perturbed ({index})",
                 perturbed(records, args.fraction, 1000 + index), first) for index in range(args.perturbations)]
    print(table(runs), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
