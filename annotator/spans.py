"""Result types: editorial spans, segments and the annotation of one text.

Offsets are Python ``str`` indices (code points), half-open ``[start, end)``.
``Annotation.byte_spans()`` gives UTF-8 byte offsets for tools that count bytes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Literal

from . import kinds as _kinds
from .kinds import KINDS, SIGNED_KINDS  # re-exported: the names other modules import from here

__all__ = ["KINDS", "SIGNED_KINDS", "Annotation", "Contribution", "Explanation", "Label", "Republication", "Segment",
           "Source", "Span"]

Source = Literal["rule", "model"]
Label = Literal["original", "editorial"]


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one feature added to a decision score: its weight times its value in the row.

    ``feature`` names it readably: ``chars: "прим"``, ``words: "of course"``,
    ``context: attributed_to_outlet``, ``numbers: log_length``; a hashed column that
    several of the text's n-grams fall into is named by all of them, joined by `` | ``.
    """

    feature: str
    value: float

    def to_dict(self) -> dict[str, Any]:
        return {"feature": self.feature, "value": round(self.value, 6)}


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why the model chose a span's kind: the largest terms of that kind's decision score.

    The score is linear, so it is exactly ``intercept + sum(c.value for c in
    contributions) + rest`` (up to float rounding), where ``rest`` sums the terms
    not listed.  See :mod:`annotator.explain` for which score this is.
    """

    kind: str
    score: float
    intercept: float
    contributions: tuple[Contribution, ...]
    rest: float = 0.0
    n_features: int = 0  # terms in the score besides the intercept, listed or not

    def total(self) -> float:
        """The intercept plus every term: the score again, up to float rounding."""
        return math.fsum([self.intercept, self.rest, *(c.value for c in self.contributions)])

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "score": round(self.score, 6),
            "intercept": round(self.intercept, 6),
            "contributions": [c.to_dict() for c in self.contributions],
            "rest": round(self.rest, 6),
            "n_features": self.n_features,
        }


@dataclass(frozen=True, slots=True)
class Span:
    """One editorial insertion: ``text[start:end]`` was added by the republisher.

    ``explanation`` is set only for model spans predicted with ``explain=True``; it
    does not take part in comparisons (a span is the same span, explained or not).
    """

    start: int
    end: int
    kind: str
    score: float = 1.0
    source: Source = "rule"
    marker: str | None = None
    explanation: Explanation | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"span needs 0 <= start < end, got [{self.start}, {self.end})")
        if self.kind not in _kinds.KINDS:  # read at call time: the registry decides
            raise ValueError(f"unknown span kind {self.kind!r}; expected one of {_kinds.KINDS}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"span score must lie in [0, 1], got {self.score}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "score": round(self.score, 4),
            "source": self.source,
            "marker": self.marker,
            **({"explanation": self.explanation.to_dict()} if self.explanation is not None else {}),
        }


@dataclass(frozen=True, slots=True)
class Republication:
    """Whether a text is a republished translation, and the signals that said so.

    ``evidence`` names each signal that fired (``"republisher: ИноСМИ"``,
    ``"headline: Outlet (Country):"``); ``override`` is true when the caller
    decided (``predict(text, republished=True)``) and the evidence was not used.
    """

    republished: bool
    evidence: tuple[str, ...] = ()
    override: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"republished": self.republished, "evidence": list(self.evidence), "override": self.override}


@dataclass(frozen=True, slots=True)
class Segment:
    """A maximal run of characters with one label; segments partition the text."""

    start: int
    end: int
    label: Label
    kind: str | None = None


_SPACE_BEFORE_PUNCT = re.compile(r"(?<![ \t])[ \t]+(?=[.,;:!?)\]»”])")  # whole runs only: linear
_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")


REPR_PREVIEW = 60  # characters of the text that repr(Annotation) shows


@dataclass(frozen=True, slots=True)
class Annotation:
    """The editorial spans found in ``text``; everything outside them is original."""

    text: str
    spans: tuple[Span, ...] = ()
    lang: str = "und"
    republication: Republication | None = None  # None: the prior was not computed (a hand-made annotation)

    def __post_init__(self) -> None:
        previous_end = 0
        for span in self.spans:
            if span.end > len(self.text):
                raise ValueError(f"span [{span.start}, {span.end}) lies outside a text of {len(self.text)} characters")
            if span.start < previous_end:
                raise ValueError("spans must be sorted and must not overlap")
            previous_end = span.end

    def __repr__(self) -> str:
        """A short form: the text's length and a clipped preview, never the whole text."""
        preview = self.text[:REPR_PREVIEW] + ("…" if len(self.text) > REPR_PREVIEW else "")
        return (f"Annotation(lang={self.lang!r}, chars={len(self.text):,}, spans={len(self.spans)}, "
                f"text={preview!r})")

    def __iter__(self) -> Iterator[Span]:
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    @property
    def republished(self) -> bool:
        """The republication prior's answer: is this text a republished translation?"""
        return self.republication is not None and self.republication.republished

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def segments(self) -> tuple[Segment, ...]:
        """Every character covered exactly once, in order: original runs between editorial spans."""
        out: list[Segment] = []
        cursor = 0
        for span in self.spans:
            if span.start > cursor:
                out.append(Segment(cursor, span.start, "original"))
            out.append(Segment(span.start, span.end, "editorial", span.kind))
            cursor = span.end
        if cursor < len(self.text):
            out.append(Segment(cursor, len(self.text), "original"))
        return tuple(out)

    def original_text(self) -> str:
        """The text with every editorial span removed and the spacing around the cuts repaired."""
        if not self.spans:
            return self.text
        lines: list[str] = []
        line: list[str] = []
        cut = False  # no sentinel character: the text may hold any of them (NUL included)
        for segment in self.segments():
            if segment.label == "editorial":
                cut = True  # a cut: repaired when its line is finished
                continue
            first, *rest = self.text[segment.start : segment.end].split("\n")
            line.append(first)
            for piece in rest:
                _finish_line("".join(line), cut, lines)
                line, cut = [piece], False
        _finish_line("".join(line), cut, lines)
        return "\n".join(lines)

    def byte_spans(self) -> tuple[tuple[int, int, str], ...]:
        """Spans as UTF-8 byte offsets ``(start, end, kind)``; lone surrogates count as 3 bytes."""
        out = []
        cursor_chars = 0
        cursor_bytes = 0
        for span in self.spans:
            cursor_bytes += _utf8_len(self.text[cursor_chars : span.start])
            start = cursor_bytes
            cursor_bytes += _utf8_len(self.text[span.start : span.end])
            out.append((start, cursor_bytes, span.kind))
            cursor_chars = span.end
        return tuple(out)

    @property
    def editorial_share(self) -> float:
        """Fraction of characters that are editorial (0 for an empty text)."""
        if not self.text:
            return 0.0
        return sum(span.end - span.start for span in self.spans) / len(self.text)

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        """The guide's record format (plus score, source and marker per span)."""
        record: dict[str, Any] = {"lang": self.lang}
        if include_text:
            record["text"] = self.text
        record["spans"] = [span.to_dict() for span in self.spans]
        if self.republication is not None:
            record["republication"] = self.republication.to_dict()
        return record


def _finish_line(line: str, cut: bool, lines: list[str]) -> None:
    if cut and line.strip(" \t\r") == "":
        return  # a paragraph that was wholly editorial disappears with its newline
    line = _SPACE_BEFORE_PUNCT.sub("", line)
    line = _DOUBLE_SPACE.sub(" ", line)
    lines.append(line)


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))
