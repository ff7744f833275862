"""Options shared by the commands that annotate: which model, or the rules alone."""

from __future__ import annotations

import argparse

from ..api import Annotator, load


def add_model_options(parser: argparse.ArgumentParser,
                      rules_help: str = "use the marker tables alone, no model") -> None:
    """``--model DIR`` or ``--rules-only``, the same for every command that annotates."""
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--model", default=None, metavar="DIR", help="model directory (default: the shipped model)")
    which.add_argument("--rules-only", action="store_true", help=rules_help)


def annotator_from_args(args: argparse.Namespace) -> Annotator:
    """The annotator ``add_model_options`` asked for; a model that cannot be loaded raises
    ``ValueError`` saying what to pass instead (never a traceback)."""
    if args.rules_only:
        return Annotator()
    try:
        return load(args.model)
    except Exception as exc:  # any load failure: say what to do instead
        raise ValueError(f"cannot load the model ({type(exc).__name__}: {exc}); "
                         "pass --model DIR or --rules-only") from None
