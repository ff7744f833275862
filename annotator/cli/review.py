"""``annotator review``: write a standalone review page that turns an analyst's hour into training data.

    annotator review ARTICLES.jsonl[.gz] -o review.html [--uncertain N] [--model DIR | --rules-only]

The input is JSONL (or ``.jsonl.gz``): articles (``id``, ``text``) are
predicted by the model; guide records with ``spans`` start from their spans.
The page exports guide-format JSONL for ``annotator train`` and ``evaluate``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, Iterator

from ..records import open_text
from ..review import DEFAULT_UNCERTAIN, review_items, review_page
from .options import add_model_options, annotator_from_args


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[Any]:
    """The JSON values of the non-blank lines of ``path`` (gzip when it ends in ``.gz``); a bad line
    raises ``ValueError`` naming file and line."""
    count = 0
    with open_text(path) as handle:
        for number, line in enumerate(handle, 1):
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg} at column {exc.colno}); "
                                 "review reads JSONL articles or guide records") from None
            count += 1


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, help="JSONL or .jsonl.gz: articles (id, text) or guide records with spans")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="REVIEW.html", help="the page to write")
    parser.add_argument("--uncertain", type=int, default=DEFAULT_UNCERTAIN, metavar="N",
                        help=f"show the page's N most uncertain model candidates as suggestions "
                             f"(default {DEFAULT_UNCERTAIN}; 0 for none; none with --rules-only)")
    add_model_options(parser)
    parser.add_argument("--text-field", default="text", help="field holding the text (default: text)")
    parser.add_argument("--id-field", default="id", help="field holding the id (default: id; else the record number)")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N records")
    parser.add_argument("--title", default=None, help="the page's title (default: the input's file name)")


def run(args: argparse.Namespace) -> int:
    annotator = annotator_from_args(args)
    records = list(read_jsonl(args.input, args.limit))
    if not records:
        raise ValueError(f"{args.input}: no records to review")
    items = review_items(records, annotator, uncertain=args.uncertain, text_field=args.text_field,
                         id_field=args.id_field)
    page = review_page(items, title=args.title or f"Review: {args.input.name}",
                       export_name=f"{args.output.stem}.jsonl")
    args.output.write_text(page, encoding="utf-8")
    spans = sum(len(item.spans) for item in items)
    suggested = sum(len(item.suggestions) for item in items)
    print(f"wrote {args.output}: {len(items)} articles, {spans} spans, {suggested} suggestions")
    return 0
