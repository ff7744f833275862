"""``annotator show``: an article with its editorial spans highlighted, in a terminal or as HTML.

    annotator show FILE [--html OUT.html] [--model DIR | --rules-only] [--lang xx] [--explain]

In a terminal each span is coloured by kind (ANSI); without colour (stdout not
a tty, ``NO_COLOR`` set, or ``--color never``) it is written ``⟦kind: …⟧``.
The HTML page is standalone: inline CSS, no scripts, no network resources.
``--explain`` says which features decided each model span: a line under it in
a terminal, its tooltip on the page.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..render import render_html, render_terminal, summary, use_color
from .options import add_errors_option, add_lang_option, add_model_options, annotator_from_args, input_message


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a UTF-8 text file ('-' for standard input)")
    parser.add_argument("--html", type=Path, default=None, metavar="OUT.html", help="write a standalone HTML page")
    add_model_options(parser)
    add_lang_option(parser)
    add_errors_option(parser)
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the terminal output (auto: only on a tty without NO_COLOR)")
    parser.add_argument("--explain", action="store_true",
                        help="say per model span which features decided it (a line under it; its tooltip in HTML)")


def run(args: argparse.Namespace) -> int:
    raw = sys.stdin.buffer.read() if str(args.file) == "-" else args.file.read_bytes()
    try:
        annotator = annotator_from_args(args)
    except ValueError as exc:
        print(f"annotator show: error: {exc}", file=sys.stderr)
        return 2
    try:
        annotation = annotator.predict(raw, lang=args.lang, errors=args.errors, explain=args.explain)
    except ValueError as exc:
        print(f"annotator show: error: {input_message(exc)}", file=sys.stderr)
        return 2
    title = "standard input" if str(args.file) == "-" else args.file.name
    if args.html is not None:
        args.html.write_text(render_html(annotation, title), encoding="utf-8")
        print(f"wrote {args.html}: {summary(annotation)}")
    else:
        print(render_terminal(annotation, use_color(args.color), explain=args.explain))
    return 0
