"""``annotator score``: score a dump of articles (JSONL, CSV, Parquet) in bounded memory.

The pipeline and its output records are described in :mod:`annotator.batch`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..batch import DEFAULT_CHUNK_SIZE, FORMATS, BatchError, resolve_encoder, resolve_model, score_file
from ..text import DEFAULT_MAX_CHARS
from .options import add_lang_option, add_model_options, add_republished_option, republished_from_args


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, metavar="IN", help="JSONL (.jsonl, .jsonl.gz), CSV or Parquet dump")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="output file")
    parser.add_argument("--text-field", default="text", help="field/column holding the text (default: text)")
    parser.add_argument("--id-field", default="id", help="field/column holding the id (default: id; "
                        "the 0-based record number when absent)")
    parser.add_argument("--format", choices=FORMATS, default=None, help="output format (default: from OUT)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1; "
                        "-1 for one per core, -2 for all but one, as joblib counts)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local: this machine via joblib; dask: a dask.distributed cluster")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="dask scheduler address (default: a LocalCluster with --jobs workers)")
    parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                        help=f"longer texts are reported as errors (default: {DEFAULT_MAX_CHARS:_})")
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE,
                        help=f"records per task (default: {DEFAULT_CHUNK_SIZE})")
    parser.add_argument("--resume", action="store_true", help="continue an interrupted run from OUT.partial "
                        "(JSONL output only)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_lang_option(parser, "the language of every text; detected per text when omitted")
    add_model_options(parser)
    add_republished_option(parser)


def run(args: argparse.Namespace) -> int:
    if args.scheduler and args.engine != "dask":
        raise BatchError("--scheduler needs --engine dask")
    stats = score_file(
        args.input, args.output, text_field=args.text_field, id_field=args.id_field, out_format=args.format,
        jobs=args.jobs, engine=args.engine, scheduler=args.scheduler, max_chars=args.max_chars,
        chunk_size=args.chunk_size, resume=args.resume, progress=not args.quiet and sys.stderr.isatty(),
        model=resolve_model(args.model, args.rules_only), lang=args.lang, republished=republished_from_args(args),
        encoder=resolve_encoder(args.encoder),
    )
    print(stats.summary(), file=sys.stderr)
    return 1 if stats.failed else 0
