"""Suggestions for review: the model's candidates that were not made spans, most uncertain first.

A candidate the model scored but left original (its best kind's probability
stayed under that kind's threshold) is what an analyst's answer teaches the
model most when its probability lies close to the threshold.  Each
suggestion carries its best non-``none`` kind (the one closest to its
threshold, as :func:`annotator.linear.kinds_from_proba` chooses), its
probability and that threshold; suggestions are ranked by
``|log(probability / threshold)|``, smallest first.

Suggestions never overlap the spans they are computed against (the
annotator's own prediction, or spans you pass, such as gold ones) nor each
other: of two overlapping candidates only the more uncertain is kept.
"""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import numpy as np

from .api import Annotator, Prepared
from .features import model_candidates
from .linear import NONE
from .spans import Span
from .text import coerce_text

DEFAULT_LIMIT = 20


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A candidate the model left original: ``text[start:end]`` might be ``kind``."""

    start: int
    end: int
    kind: str
    probability: float
    threshold: float

    @property
    def margin(self) -> float:
        """``log(probability / threshold)``: 0 on the threshold, negative under it."""
        if self.probability <= 0.0:
            return -math.inf
        return math.log(self.probability / max(self.threshold, 1e-9))

    @property
    def uncertainty(self) -> float:
        """How far from the threshold (``|margin|``); the smallest is the most uncertain."""
        return abs(self.margin)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind,
                "probability": round(self.probability, 4), "threshold": round(self.threshold, 4)}


def suggestions(annotator: Annotator, text: str | bytes, lang: str | None = None,
                limit: int | None = DEFAULT_LIMIT,
                spans: Iterable[Span | tuple[int, int]] | None = None) -> list[Suggestion]:
    """The ``limit`` most uncertain candidates of ``text`` that are not spans (all with ``None``).

    ``spans`` are the spans to keep clear of (``Span`` or ``(start, end)``);
    by default the annotator's own prediction.  A rules-only annotator has no
    suggestions.
    """
    if annotator.classifier is None or limit == 0:
        return []
    text = coerce_text(text, "strict", annotator.max_chars)
    item = Prepared.of(text, lang, annotator.use_rules)
    if spans is None:
        spans = annotator.predict(text, lang=item.lang).spans
    taken = sorted(_bounds(span) for span in spans)
    candidates = list(model_candidates(item.text, item.layout, item.brackets, item.lang, item.proposals,
                                       langs=item.langs))
    if not candidates:
        return []
    classifier = annotator.classifier
    proba = np.asarray(classifier.predict_proba([row for _, row in candidates]), dtype=np.float64)
    classes = np.asarray(classifier.classes_, dtype=object)
    cut = np.asarray(classifier.thresholds_, dtype=np.float64) if annotator.threshold is None \
        else np.full(len(classes), float(annotator.threshold))
    ranked = sorted(_best_kinds(candidates, proba, classes, cut), key=lambda s: (s.uncertainty, s.start, s.end))
    kept: list[Suggestion] = []
    for suggestion in ranked:
        if limit is not None and len(kept) >= limit:
            break
        if not _overlaps(suggestion, taken):
            kept.append(suggestion)
            insort(taken, (suggestion.start, suggestion.end))
    return kept


def _best_kinds(candidates: Sequence[tuple[Any, tuple]], proba: np.ndarray, classes: np.ndarray,
                cut: np.ndarray) -> list[Suggestion]:
    """Per candidate its kind with the highest ``probability / threshold`` (``none`` never)."""
    ratio = proba / np.maximum(cut, 1e-9)
    ratio[:, classes == NONE] = -1.0
    best = ratio.argmax(axis=1)
    out = []
    for (candidate, _), column, probabilities in zip(candidates, best.tolist(), proba):
        if classes[column] == NONE or probabilities[column] <= 0.0:
            continue
        out.append(Suggestion(candidate.start, candidate.end, str(classes[column]),
                              float(min(probabilities[column], 1.0)), float(cut[column])))
    return out


def _bounds(span: Span | tuple[int, int]) -> tuple[int, int]:
    return (span.start, span.end) if isinstance(span, Span) else (int(span[0]), int(span[1]))


def _overlaps(suggestion: Suggestion, taken: list[tuple[int, int]]) -> bool:
    """``taken`` is sorted by start and holds no overlaps, so only the neighbours can overlap."""
    index = bisect_left(taken, (suggestion.start, suggestion.end))
    before = index > 0 and taken[index - 1][1] > suggestion.start
    after = index < len(taken) and taken[index][0] < suggestion.end
    return before or after

