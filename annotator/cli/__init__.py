"""Command line: ``annotator COMMAND ...`` (also ``python -m annotator``).

One module per command (``annotator.cli.predict`` …), each providing
``configure(parser)`` and ``run(args) -> int``: they parse, call the library
and print.  This file only lists them.  The library never imports this package.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Sequence

from .options import add_model_options, annotator_from_args

__all__ = ["COMMANDS", "add_model_options", "annotator_from_args", "build_parser", "main"]

COMMANDS: dict[str, tuple[str, str]] = {
    "predict": ("annotator.cli.predict", "annotate a text file and print the editorial spans"),
    "evaluate": ("annotator.cli.evaluate", "score predictions against a gold JSONL file"),
    "train": ("annotator.cli.train", "train a model on guide-format JSONL records"),
    "score": ("annotator.cli.score", "score a dump of articles (JSONL, CSV, Parquet)"),
    "show": ("annotator.cli.show", "show an article with its editorial spans highlighted"),
    "review": ("annotator.cli.review", "write a review page whose export is training data"),
    "report": ("annotator.cli.report", "summarise a scored dump as an HTML page, Markdown and plots"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or with ``only`` one command configured (the others stay listed
    but unimported, so a command starts without loading what it does not use)."""
    from .. import __version__

    parser = argparse.ArgumentParser(prog="annotator", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        if only is None or name == only:
            module = importlib.import_module(module_name)
            module.configure(command)
            command.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("annotator: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`annotator show … | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except (OSError, ValueError, TypeError) as exc:
        print(f"annotator {args.command}: error: {exc}", file=sys.stderr)
        return 2
