"""annotator: split a republished translation into what the source wrote and what was added.

>>> import annotator
>>> result = annotator.predict(text)          # doctest: +SKIP
>>> [(s.kind, text[s.start:s.end]) for s in result.spans]   # doctest: +SKIP
"""

from .api import Annotator, load, predict, predict_rules
from .kinds import KINDS, Kind
from .spans import Annotation, Republication, Segment, Span
from .text import InputError, detect_lang
from .version import __version__

# Heavier parts (scikit-learn, pandas) load on first use, so `import annotator` stays quick.
_LAZY = {
    "train": "annotator.training",
    "evaluate": "annotator.evaluation",
    "score_file": "annotator.batch",
    "score_frame": "annotator.batch",
    "annotate_frame": "annotator.batch",
    "ModelFileError": "annotator.persistence",
    "ModelVersionWarning": "annotator.persistence",
}

__all__ = [
    "KINDS", "Annotation", "Annotator", "InputError", "Kind", "Republication", "Segment", "Span",
    "detect_lang", "load", "predict", "predict_rules", "__version__", *_LAZY,
]


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'annotator' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public names, the lazy ones included (not the helpers this module uses)."""
    return sorted(__all__)
