"""Options shared by the commands that annotate: which model, or the rules alone."""

from __future__ import annotations

import argparse

from ..api import Annotator, load, load_encoder
from ..lang import LANGUAGES
from ..text import NotUTF8Error


def add_model_options(parser: argparse.ArgumentParser,
                      rules_help: str = "use the marker tables alone, no model") -> None:
    """``--model DIR`` or ``--rules-only``, the same for every command that annotates."""
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--model", default=None, metavar="DIR", help="model directory (default: the shipped model)")
    which.add_argument("--rules-only", action="store_true", help=rules_help)
    parser.add_argument("--encoder", nargs="?", const=True, default=False, metavar="DIR",
                        help="add the encoder stage (asides and glosses in the republisher's own words; "
                             "slow, needs pip install 'annotator[encoder]'); DIR: a stage other than the shipped one")


def annotator_from_args(args: argparse.Namespace) -> Annotator:
    """The annotator ``add_model_options`` asked for; a model that cannot be loaded raises
    ``ValueError`` saying what to pass instead (never a traceback)."""
    encoder = getattr(args, "encoder", False)
    stage = None
    if encoder:
        try:
            stage = load_encoder(encoder)
        except Exception as exc:  # the package missing, or no stage there: say so
            raise ValueError(f"cannot load the encoder stage ({type(exc).__name__}: {exc})") from None
    if args.rules_only:
        return Annotator(encoder=stage)
    try:
        annotator = load(args.model)
    except Exception as exc:  # any load failure: say what to do instead
        raise ValueError(f"cannot load the model ({type(exc).__name__}: {exc}); "
                         "pass --model DIR or --rules-only") from None
    annotator.encoder = stage
    return annotator


def add_lang_option(parser: argparse.ArgumentParser, help_text: str = "ISO 639-1 code; detected when omitted") -> None:
    """``--lang``: one of the supported codes (argparse refuses any other with exit status 2)."""
    parser.add_argument("--lang", default=None, choices=LANGUAGES, metavar="CODE",
                        help=f"{help_text} (one of {', '.join(LANGUAGES)})")


def add_errors_option(parser: argparse.ArgumentParser) -> None:
    """``--errors``: what to do with bytes that are not UTF-8, as ``bytes.decode`` takes it."""
    parser.add_argument("--errors", default="strict", choices=("strict", "replace", "ignore"),
                        help="what to do with bytes that are not UTF-8 (default: refuse the file)")


REPUBLISHED_CHOICES = {"auto": None, "yes": True, "no": False}


def add_republished_option(parser: argparse.ArgumentParser) -> None:
    """``--republished``: decide the republication prior for every text instead of detecting it."""
    parser.add_argument("--republished", default="auto", choices=tuple(REPUBLISHED_CHOICES),
                        help="is every text a republished translation? 'auto' (default) detects it per text "
                             "(a republisher's headline, source line, lead, disclaimer, signed note); 'yes' for "
                             "an archive of translations, whose unsigned glosses, asides and leads the model "
                             "then proposes even without such a sign; 'no' for an outlet's own articles")


def republished_from_args(args: argparse.Namespace) -> bool | None:
    """The ``republished=`` argument ``add_republished_option`` asked for (``None``: detect it)."""
    return REPUBLISHED_CHOICES[args.republished]


def input_message(exc: Exception) -> str:
    """The message of an input error as the command line says it: its options, not Python's keywords."""
    if isinstance(exc, NotUTF8Error):
        return (f"text is not valid UTF-8 (byte {exc.position}: {exc.reason}); "
                "pass --errors replace (or --errors ignore)")
    return str(exc)
