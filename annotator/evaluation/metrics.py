"""Scores: the annotation guide's metrics, computed exactly as the guide defines them.

Every evaluation has one row per subset of spans, in this order: ``overall``,
``marked``, ``unmarked``, then each kind of :data:`annotator.kinds.KINDS`.
A row scores the gold and predicted spans that belong to it (for the
``marked``/``unmarked`` rows :func:`annotator.rules.is_marked` decides on the
span's own text, for gold and predicted spans alike):

* **exact** span P/R/F1: a predicted span counts when start, end and kind
  equal a gold span's (a multiset match, so duplicates count once each);
* **overlap** span P/R/F1, SemEval-2020 Task 11 style: precision is the mean,
  over the row's predicted spans of all documents, of
  ``|pred ∩ gold spans of the same kind| / |pred|``; recall the mean over gold
  spans of ``|gold ∩ predicted spans of the same kind| / |gold|``.  Kinds must
  match in every row, ``overall`` included.  Coverage is measured against the
  union of the other side's spans, so credit never exceeds 1 per span;
* **char** P/R/F1 of the editorial class: characters inside the row's gold
  spans against characters inside its predicted spans, kind ignored, summed
  over all documents (micro).  In a per-kind row only spans of that kind take
  part, which makes the kind matter there;
* **doc accuracy**: the share of documents where "has any span of this row"
  agrees between gold and prediction.

Zero division (the convention, used everywhere): precision is 1.0 when there
is nothing predicted (no claim is wrong) and recall is 1.0 when there is
nothing in gold (nothing was missed); F1 is their harmonic mean and 0.0 when
both are 0.  So a row with no gold and no predicted spans scores 1.0 in
Python; the tables print "–" for it and ``to_dict`` gives ``null``, as the
scoreboard does, because such a score says nothing.  A row with only gold spans scores
F1 0.0, and so does a row with only predicted spans.  No score is ever NaN,
which keeps ``--json`` strict JSON.  Scoring zero documents is an error.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..kinds import KINDS
from ..records import check_record
from ..rules import is_marked
from ..spans import Annotation, Span

ROWS: tuple[str, ...] = ("overall", "marked", "unmarked", *KINDS)


# ------------------------------------------------------------------ results
@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 under the module's zero-division convention."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def from_credit(cls, precision_credit: float, predicted: float, recall_credit: float, gold: float) -> PRF:
        """``precision = precision_credit / predicted`` (1.0 if nothing predicted), recall likewise."""
        precision = precision_credit / predicted if predicted else 1.0
        recall = recall_credit / gold if gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1)

    def to_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class RowScores:
    """All scores of one row (overall, marked, unmarked or a kind)."""

    name: str
    gold: int
    predicted: int
    exact: PRF
    overlap: PRF
    char: PRF
    doc_accuracy: float

    @property
    def empty(self) -> bool:
        """No gold and no predicted span: precision, recall and F1 say nothing (tables print "–")."""
        return self.gold == 0 and self.predicted == 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready scores; an :attr:`empty` row gives ``null`` precision, recall and F1."""
        undefined = {"precision": None, "recall": None, "f1": None}
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            **{name: undefined if self.empty else getattr(self, name).to_dict()
               for name in ("exact", "overlap", "char")},
            "doc_accuracy": self.doc_accuracy,
        }

    def flat(self) -> dict[str, float | int]:
        """One flat mapping, the columns of :meth:`EvaluationResult.to_frame`."""
        out: dict[str, float | int] = {"gold": self.gold, "predicted": self.predicted}
        for metric in ("exact", "overlap", "char"):
            prf: PRF = getattr(self, metric)
            out.update({f"{metric}_p": prf.precision, f"{metric}_r": prf.recall, f"{metric}_f1": prf.f1})
        out["doc_accuracy"] = self.doc_accuracy
        return out


@dataclass(frozen=True, slots=True)
class DocumentPair:
    """One scored document: its text, gold spans and predicted spans (kept for reports)."""

    id: str
    text: str
    gold: tuple[Span, ...]
    predicted: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class EvaluationResult:
    """Scores of every row in :data:`ROWS` order, plus the scored documents."""

    documents: int
    rows: tuple[RowScores, ...]
    pairs: tuple[DocumentPair, ...] = field(default=(), repr=False, compare=False)

    def row(self, name: str) -> RowScores:
        for row in self.rows:
            if row.name == name:
                return row
        raise KeyError(f"no row {name!r}; rows are {ROWS}")

    @property
    def overall(self) -> RowScores:
        return self.row("overall")

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "rows": {row.name: row.to_dict() for row in self.rows}}

    def to_frame(self) -> Any:
        """A pandas DataFrame indexed by row name, columns as in :meth:`RowScores.flat`."""
        import pandas as pd

        frame = pd.DataFrame([row.flat() for row in self.rows], index=[row.name for row in self.rows])
        frame.index.name = "row"
        return frame


# ------------------------------------------------------------------ scoring
SpanLike = Span | Mapping[str, Any] | Sequence[Any]


def as_span(value: SpanLike) -> Span:
    """A :class:`Span` from a Span, a ``{start, end, kind}`` dict or a ``(start, end, kind)`` tuple."""
    if isinstance(value, Span):
        return value
    if isinstance(value, Mapping):
        return Span(int(value["start"]), int(value["end"]), str(value["kind"]), float(value.get("score", 1.0)))
    start, end, kind = value[:3]
    return Span(int(start), int(end), str(kind))


@dataclass(frozen=True, slots=True)
class _Tagged:
    span: Span
    marked: bool


def _tag(spans: Iterable[SpanLike], text: str, doc: int) -> tuple[_Tagged, ...]:
    out = []
    for value in spans:
        span = as_span(value)
        if span.end > len(text):
            raise ValueError(f"document {doc}: span [{span.start}, {span.end}) is past the end of the text "
                             f"({len(text)} characters)")
        out.append(_Tagged(span, is_marked(text[span.start : span.end], span.kind)))
    return tuple(sorted(out, key=lambda t: (t.span.start, t.span.end, t.span.kind)))


def _row_filter(name: str) -> Callable[[_Tagged], bool]:
    if name == "overall":
        return lambda t: True
    if name == "marked":
        return lambda t: t.marked
    if name == "unmarked":
        return lambda t: not t.marked
    return lambda t: t.span.kind == name


def _union(spans: Iterable[Span]) -> list[tuple[int, int]]:
    """Merged, sorted ``[start, end)`` intervals covered by ``spans``."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((s.start, s.end) for s in spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _covered(start: int, end: int, intervals: list[tuple[int, int]]) -> int:
    """How many characters of ``[start, end)`` lie in the merged ``intervals``."""
    return sum(max(0, min(end, b) - max(start, a)) for a, b in intervals)


def _length(intervals: list[tuple[int, int]]) -> int:
    return sum(b - a for a, b in intervals)


def _overlap_credit(spans: Sequence[Span], others: Sequence[Span]) -> float:
    """Sum over ``spans`` of the share of each covered by ``others`` of the same kind."""
    by_kind = {kind: _union(o for o in others if o.kind == kind) for kind in {s.kind for s in spans}}
    return sum(_covered(s.start, s.end, by_kind[s.kind]) / (s.end - s.start) for s in spans)


@dataclass
class _Tally:
    """Running sums for one row across documents."""

    gold: int = 0
    predicted: int = 0
    exact_tp: int = 0
    overlap_p: float = 0.0
    overlap_r: float = 0.0
    gold_chars: int = 0
    pred_chars: int = 0
    both_chars: int = 0
    docs_right: int = 0

    def add(self, gold: Sequence[Span], predicted: Sequence[Span]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        key = lambda s: (s.start, s.end, s.kind)  # noqa: E731
        self.exact_tp += sum((Counter(map(key, gold)) & Counter(map(key, predicted))).values())
        self.overlap_p += _overlap_credit(predicted, gold)
        self.overlap_r += _overlap_credit(gold, predicted)
        gold_union, pred_union = _union(gold), _union(predicted)
        self.gold_chars += _length(gold_union)
        self.pred_chars += _length(pred_union)
        self.both_chars += sum(_covered(a, b, gold_union) for a, b in pred_union)
        self.docs_right += bool(gold) == bool(predicted)

    def scores(self, name: str, documents: int) -> RowScores:
        return RowScores(
            name=name,
            gold=self.gold,
            predicted=self.predicted,
            exact=PRF.from_credit(self.exact_tp, self.predicted, self.exact_tp, self.gold),
            overlap=PRF.from_credit(self.overlap_p, self.predicted, self.overlap_r, self.gold),
            char=PRF.from_credit(self.both_chars, self.pred_chars, self.both_chars, self.gold_chars),
            doc_accuracy=self.docs_right / documents,
        )


def score(gold: Sequence[Sequence[SpanLike]], predicted: Sequence[Sequence[SpanLike]],
          texts: Sequence[str], ids: Sequence[str] | None = None) -> EvaluationResult:
    """Score predicted spans against gold spans, one list of spans per text.

    Spans are :class:`Span` objects, ``{start, end, kind}`` dicts or
    ``(start, end, kind)`` tuples.  See the module docstring for the metrics.
    """
    if not len(gold) == len(predicted) == len(texts):
        raise ValueError(f"need one span list per text: {len(gold)} gold, {len(predicted)} predicted, "
                         f"{len(texts)} texts")
    if not texts:
        raise ValueError("nothing to score: no documents")
    ids = list(ids) if ids is not None else [str(i) for i in range(len(texts))]
    tagged = [(_tag(g, t, i), _tag(p, t, i)) for i, (g, p, t) in enumerate(zip(gold, predicted, texts))]
    rows = []
    for name in ROWS:
        keep = _row_filter(name)
        tally = _Tally()
        for gold_tags, pred_tags in tagged:
            tally.add([t.span for t in gold_tags if keep(t)], [t.span for t in pred_tags if keep(t)])
        rows.append(tally.scores(name, len(texts)))
    pairs = tuple(DocumentPair(i, t, tuple(x.span for x in g), tuple(x.span for x in p))
                  for i, t, (g, p) in zip(ids, texts, tagged))
    return EvaluationResult(len(texts), tuple(rows), pairs)


# ------------------------------------------------------------------ models
def _predict(model: Any, records: Sequence[Mapping[str, Any]], republished: bool | None = None) -> list[Annotation]:
    """Predict every record, batching texts of one language when the model has ``predict_many``.

    A record's ``lang`` the library has no tables for (any ISO 639-1 code is a
    valid record) is detected instead, as an absent one is."""
    from ..lang import LANGUAGES

    results: list[Annotation | None] = [None] * len(records)
    groups: dict[str | None, list[int]] = {}
    for index, record in enumerate(records):
        lang = record.get("lang")
        groups.setdefault(lang if lang in LANGUAGES else None, []).append(index)
    for lang, indices in groups.items():
        texts = [records[i]["text"] for i in indices]
        told = {} if republished is None else {"republished": republished}
        if hasattr(model, "predict_many"):
            annotations = list(model.predict_many(texts, lang=lang, **told))
        else:
            annotations = [model.predict(text, lang=lang, **told) for text in texts]
        for i, annotation in zip(indices, annotations):
            if annotation.text != records[i]["text"]:
                raise ValueError(f"record {records[i].get('id', i)}: the model changed the text, offsets would not match")
            results[i] = annotation
    return [a for a in results if a is not None]


def evaluate(records: Iterable[Mapping[str, Any]], model: Any = None,
             republished: bool | None = None) -> EvaluationResult:
    """Predict each labelled record with ``model`` and score it against its gold spans.

    ``records`` are guide-format dicts; those without ``spans`` are skipped.
    ``model`` has ``predict_many(texts, lang=...)`` or ``predict(text, lang=...)``
    returning an :class:`Annotation`; by default the shipped annotator.
    ``republished`` (``True``/``False``) decides the republication prior for
    every text, as ``predict(republished=...)`` does; ``None`` detects it.
    """
    labelled = [r for r in records if "spans" in r]
    for record in labelled:
        try:
            check_record(dict(record))
        except ValueError as exc:
            raise ValueError(f"record {record.get('id', '?')}: {exc}") from None
    if not labelled:
        raise ValueError("nothing to score: no record has 'spans'")
    if model is None:
        from ..api import default_annotator

        model = default_annotator()
    annotations = _predict(model, labelled, republished)
    return score([r["spans"] for r in labelled], [a.spans for a in annotations], [r["text"] for r in labelled],
                 ids=[str(r.get("id", i)) for i, r in enumerate(labelled)])
