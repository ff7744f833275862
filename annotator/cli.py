"""Command line: ``annotator COMMAND ...`` (also ``python -m annotator``).

Each command lives in the module that does the work; the module provides
``configure(parser)`` and ``run(args) -> int``.  This file only lists them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Any, Sequence

COMMANDS: dict[str, tuple[str, str]] = {
    "predict": ("annotator.commands", "annotate a text file and print the editorial spans"),
    "evaluate": ("annotator.evaluation", "score predictions against a gold JSONL file"),
    "train": ("annotator.training", "train a model on guide-format JSONL records"),
    "score": ("annotator.batch", "score a dump of articles (JSONL, CSV, Parquet)"),
    "show": ("annotator.show", "show an article with its editorial spans highlighted"),
    "report": ("annotator.report_cli", "summarise a scored dump as an HTML page, Markdown and plots"),
}


def add_model_options(parser: argparse.ArgumentParser,
                      rules_help: str = "use the marker tables alone, no model") -> None:
    """``--model DIR`` or ``--rules-only``, the same for every command that annotates."""
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--model", default=None, metavar="DIR", help="model directory (default: the shipped model)")
    which.add_argument("--rules-only", action="store_true", help=rules_help)


def annotator_from_args(args: argparse.Namespace) -> Any:
    """The annotator ``add_model_options`` asked for; a model that cannot be loaded raises
    ``ValueError`` saying what to pass instead (never a traceback)."""
    from .api import Annotator, load

    if args.rules_only:
        return Annotator()
    try:
        return load(args.model)
    except Exception as exc:  # any load failure: say what to do instead
        raise ValueError(f"cannot load the model ({type(exc).__name__}: {exc}); "
                         "pass --model DIR or --rules-only") from None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or with ``only`` one command configured (the others stay listed
    but unimported, so a command starts without loading what it does not use)."""
    from . import __version__

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


if __name__ == "__main__":
    sys.exit(main())
