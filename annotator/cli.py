"""Command line: ``annotator COMMAND ...`` (also ``python -m annotator``).

Each command lives in the module that does the work; the module provides
``configure(parser)`` and ``run(args) -> int``.  This file only lists them.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

COMMANDS: dict[str, tuple[str, str]] = {
    "predict": ("annotator.commands", "annotate a text file and print the editorial spans"),
    "evaluate": ("annotator.evaluation", "score predictions against a gold JSONL file"),
    "train": ("annotator.training", "train a model on guide-format JSONL records"),
    "score": ("annotator.batch", "score a dump of articles (JSONL, CSV, Parquet)"),
    "show": ("annotator.show", "show an article with its editorial spans highlighted"),
}


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="annotator", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        command = sub.add_parser(name, help=help_text, description=help_text)
        module.configure(command)
        command.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("annotator: interrupted", file=sys.stderr)
        return 130
    except (OSError, ValueError, TypeError) as exc:
        print(f"annotator {args.command}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
