"""``annotator predict``: annotate files and print their spans."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..render import format_spans
from .options import (add_errors_option, add_lang_option, add_model_options, add_republished_option, annotator_from_args,
                      input_message, republished_from_args)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, help="UTF-8 text files ('-' for standard input)")
    add_lang_option(parser)
    add_model_options(parser)
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON record per file")
    output.add_argument("--original", action="store_true", help="print the text with editorial spans removed")
    parser.add_argument("--explain", action="store_true",
                        help="say per model span which features decided it (in --json: an 'explanation' per span)")
    add_errors_option(parser)
    add_republished_option(parser)


def run(args: argparse.Namespace) -> int:
    annotator = annotator_from_args(args)
    failures = 0
    for path in args.files:
        try:
            raw = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
            result = annotator.predict(raw, lang=args.lang, errors=args.errors, explain=args.explain,
                                       republished=republished_from_args(args))
        except (OSError, ValueError) as exc:
            print(f"annotator predict: {path}: {input_message(exc)}", file=sys.stderr)
            failures += 1
            continue
        if args.json:
            record = {"id": str(path), **result.to_dict(include_text=False)}
            print(json.dumps(record, ensure_ascii=False))
        elif args.original:
            print(result.original_text())
        else:
            print(format_spans(result, title=str(path)))
    return 1 if failures else 0
