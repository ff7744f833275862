"""``annotator report``: a corpus report of a scored dump as an HTML page, Markdown and PNG plots.

    annotator report SCORED.jsonl[.gz] -o DIR [--by FIELD] [--date-field FIELD] [--articles DUMP]

Reads the dump once, line by line, in bounded memory (see :mod:`annotator.report`).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..report import MAX_ERRORS, MAX_KEYS, TOP_ARTICLES, build_report
from ..report_write import PLOTS_HINT, write_report


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, metavar="SCORED",
                        help="the output of `annotator score` (JSONL, .jsonl.gz, CSV or Parquet)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="DIR",
                        help="directory for index.html, report.md, report.json and the plots")
    parser.add_argument("--by", default=None, metavar="FIELD", help="count kinds by this field (outlet, section)")
    parser.add_argument("--date-field", default=None, metavar="FIELD", help="count kinds by month of this field")
    parser.add_argument("--articles", type=Path, default=None, metavar="DUMP",
                        help="the dump that was scored, read in lockstep (same records, same order): "
                        "span texts for the glossed names, and --by/--date-field values the scored records lack")
    parser.add_argument("--id-field", default="id", help="the id field of --articles (default: id)")
    parser.add_argument("--top", type=int, default=TOP_ARTICLES,
                        help=f"articles listed with the most editorial text (default: {TOP_ARTICLES})")
    parser.add_argument("--max-errors", type=int, default=MAX_ERRORS,
                        help=f"error records listed (default: {MAX_ERRORS}; all are counted)")
    parser.add_argument("--max-groups", type=int, default=MAX_KEYS,
                        help=f"groups, markers and names counted one by one; the rest are folded into "
                        f"'other' (default: {MAX_KEYS})")


def run(args: argparse.Namespace) -> int:
    if args.top < 0 or args.max_errors < 0 or args.max_groups < 2:
        raise ValueError("--top and --max-errors must be 0 or more, --max-groups 2 or more")
    started = time.perf_counter()
    report = build_report(args.input, by=args.by, date_field=args.date_field, articles=args.articles,
                          id_field=args.id_field, top=args.top, max_errors=args.max_errors,
                          max_keys=args.max_groups)
    written = write_report(report, args.output)
    plots = sum(path.suffix == ".png" for path in written)
    seconds = time.perf_counter() - started
    print(f"report of {report.records:,} records ({report.errors:,} errors, {report.spans:,} spans) "
          f"in {seconds:.1f} s: {args.output / 'index.html'}, report.md, report.json, {plots} plots",
          file=sys.stderr)
    if not plots and report.spans:
        print(PLOTS_HINT, file=sys.stderr)
    return 0
