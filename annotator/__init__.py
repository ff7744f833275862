"""annotator: split a republished translation into what the source wrote and what was added.

>>> import annotator
>>> result = annotator.predict(text)          # doctest: +SKIP
>>> [(s.kind, text[s.start:s.end]) for s in result.spans]   # doctest: +SKIP
"""

from .api import Annotator, load, predict, predict_rules
from .spans import KINDS, Annotation, Segment, Span
from .text import InputError, detect_lang

__version__ = "0.1.0"

__all__ = [
    "KINDS", "Annotation", "Annotator", "InputError", "Segment", "Span",
    "detect_lang", "load", "predict", "predict_rules", "__version__",
]
