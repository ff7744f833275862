"""``annotator evaluate``: score predictions against gold files.

    annotator evaluate GOLD.jsonl|GOLD.txt [...] [--model DIR | --rules-only] [--json] [--split S] [--report DIR]

Gold files are what ``annotator train`` reads: guide-format JSONL, or the inline
markup of the hand-written sets (``.txt``, e.g. the writers' corpus).

The metrics are defined in :mod:`annotator.evaluation`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..evaluation import evaluate, format_table, write_report
from ..markup import MarkupError
from ..records import DatasetError
from ..training import read_training
from .options import add_model_options, add_republished_option, annotator_from_args, republished_from_args


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="+", type=Path,
                        help="gold files: guide-format JSONL, or inline-markup .txt (as annotator train reads)")
    add_model_options(parser, rules_help="score the marker tables alone, no model")
    add_republished_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--split", default=None, help="score only records whose 'split' equals this")
    parser.add_argument("--report", type=Path, default=None, metavar="DIR",
                        help="write scores.md, scores.json, errors.md and plots (needs annotator[plots])")


def run(args: argparse.Namespace) -> int:
    try:
        records = read_training(args.gold)
    except (DatasetError, MarkupError) as exc:
        return _fail(str(exc))
    if args.split is not None:
        records = [r for r in records if r.get("split") == args.split]
    if not any("spans" in r for r in records):
        where = f" with split {args.split!r}" if args.split is not None else ""
        return _fail(f"no labelled records{where} in {', '.join(map(str, args.gold))}")
    try:
        model = annotator_from_args(args)
    except ValueError as exc:
        return _fail(str(exc))
    model_name = "rules-only" if args.rules_only else str(args.model or "default")
    result = evaluate(records, model, republished=republished_from_args(args))
    meta = {"gold": [str(p) for p in args.gold], "split": args.split, "model": model_name}
    if args.json:
        print(json.dumps({**meta, **result.to_dict()}, ensure_ascii=False))
    else:
        print(f"model: {model_name}")
        print(format_table(result))
    if args.report is not None:
        try:
            write_report(result, args.report, title=f"Scores: {model_name}", meta=meta)
        except RuntimeError as exc:
            return _fail(f"{exc} (scores.md, scores.json and errors.md were written to {args.report})")
        print(f"report written to {args.report}", file=sys.stderr)
    return 0


def _fail(message: str) -> int:
    print(f"annotator evaluate: error: {message}", file=sys.stderr)
    return 2
