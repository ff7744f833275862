"""Scores: the annotation guide's metrics, computed exactly as the guide defines them.

Every evaluation has one row per subset of spans, in this order: ``overall``,
``marked``, ``unmarked``, then each kind of :data:`annotator.spans.KINDS`.
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
both are 0.  So a row with no gold and no predicted spans scores 1.0 (its
``gold``/``predicted`` counts of 0 say so), a row with only gold spans scores
F1 0.0, and so does a row with only predicted spans.  No score is ever NaN,
which keeps ``--json`` strict JSON.  Scoring zero documents is an error.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from .records import DatasetError, check_record, iter_records, read_records  # noqa: F401 (old names)
from .rules import is_marked
from .spans import KINDS, Annotation, Span

ROWS: tuple[str, ...] = ("overall", "marked", "unmarked", *KINDS)
CONTEXT_CHARS = 60
MAX_ERRORS = 50
PLOTS_HINT = "plots need matplotlib: pip install annotator[plots]"


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "exact": self.exact.to_dict(),
            "overlap": self.overlap.to_dict(),
            "char": self.char.to_dict(),
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
def _predict(model: Any, records: Sequence[Mapping[str, Any]]) -> list[Annotation]:
    """Predict every record, batching texts of one language when the model has ``predict_many``."""
    results: list[Annotation | None] = [None] * len(records)
    groups: dict[str | None, list[int]] = {}
    for index, record in enumerate(records):
        groups.setdefault(record.get("lang"), []).append(index)
    for lang, indices in groups.items():
        texts = [records[i]["text"] for i in indices]
        if hasattr(model, "predict_many"):
            annotations = list(model.predict_many(texts, lang=lang))
        else:
            annotations = [model.predict(text, lang=lang) for text in texts]
        for i, annotation in zip(indices, annotations):
            if annotation.text != records[i]["text"]:
                raise ValueError(f"record {records[i].get('id', i)}: the model changed the text, offsets would not match")
            results[i] = annotation
    return [a for a in results if a is not None]


def evaluate(records: Iterable[Mapping[str, Any]], model: Any = None) -> EvaluationResult:
    """Predict each labelled record with ``model`` and score it against its gold spans.

    ``records`` are guide-format dicts; those without ``spans`` are skipped.
    ``model`` has ``predict_many(texts, lang=...)`` or ``predict(text, lang=...)``
    returning an :class:`Annotation`; by default the shipped annotator.
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
        from .api import default_annotator

        model = default_annotator()
    annotations = _predict(model, labelled)
    return score([r["spans"] for r in labelled], [a.spans for a in annotations], [r["text"] for r in labelled],
                 ids=[str(r.get("id", i)) for i, r in enumerate(labelled)])


# ------------------------------------------------------------------ tables
COLUMNS = ("gold", "pred", "ex_P", "ex_R", "ex_F1", "ov_P", "ov_R", "ov_F1", "ch_P", "ch_R", "ch_F1", "doc_acc")
TABLE_HEADER = f"{'row':<16}" + "".join(f"{c:>8}" for c in COLUMNS)


def _cells(row: RowScores) -> list[str]:
    numbers = [row.exact.precision, row.exact.recall, row.exact.f1, row.overlap.precision, row.overlap.recall,
               row.overlap.f1, row.char.precision, row.char.recall, row.char.f1, row.doc_accuracy]
    return [str(row.gold), str(row.predicted), *(f"{x:.3f}" for x in numbers)]


def format_table(result: EvaluationResult) -> str:
    """The fixed plain-text table: same rows, order and widths every run."""
    lines = [f"documents: {result.documents}", TABLE_HEADER, "-" * len(TABLE_HEADER)]
    for row in result.rows:
        lines.append(f"{row.name:<16}" + "".join(f"{c:>8}" for c in _cells(row)))
    return "\n".join(lines)


def format_markdown(result: EvaluationResult, title: str = "Scores") -> str:
    """The table as Markdown, with the column legend."""
    lines = [f"# {title}", "", f"Documents: {result.documents}", "",
             "| row | " + " | ".join(COLUMNS) + " |", "|---|" + "---:|" * len(COLUMNS)]
    lines += [f"| {row.name} | " + " | ".join(_cells(row)) + " |" for row in result.rows]
    lines += ["", "ex = exact span match, ov = SemEval-2020 Task 11 overlap (kinds must match), "
              "ch = editorial characters (kind ignored), doc_acc = has-any-span accuracy.",
              "Zero division: P = 1 with nothing predicted, R = 1 with nothing in gold, F1 = 0 when P + R = 0."]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ report
def write_report(result: EvaluationResult, out: str | Path, title: str = "Scores",
                 meta: Mapping[str, Any] | None = None) -> list[Path]:
    """Write scores.md, scores.json, errors.md and the plots to ``out``; return the paths.

    The text files are written first, so a missing matplotlib still leaves them.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "scores.md", out / "scores.json", out / "errors.md"]
    written[0].write_text(format_markdown(result, title), encoding="utf-8")
    payload = {**dict(meta or {}), **result.to_dict()}
    written[1].write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written[2].write_text(format_errors(result), encoding="utf-8")
    plt = _pyplot()
    for name, draw in (("pr_curve.png", _plot_pr), ("calibration.png", _plot_calibration),
                       ("confusion.png", _plot_confusion)):
        figure = draw(plt, result)
        figure.savefig(out / name, dpi=110, bbox_inches="tight")
        plt.close(figure)
        written.append(out / name)
    return written


def _pyplot() -> Any:
    """matplotlib's pyplot on the Agg backend, or a clear error naming the extra to install."""
    try:
        import matplotlib
    except ImportError:
        raise RuntimeError(PLOTS_HINT) from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def scored_predictions(result: EvaluationResult) -> tuple[list[float], list[bool], int]:
    """``(scores, is_exact_match, n_gold)`` over every predicted span."""
    scores, hits, n_gold = [], [], 0
    for pair in result.pairs:
        gold = Counter((s.start, s.end, s.kind) for s in pair.gold)
        n_gold += len(pair.gold)
        for span in pair.predicted:
            key = (span.start, span.end, span.kind)
            scores.append(span.score)
            hits.append(gold[key] > 0)
            gold[key] -= 1 if gold[key] > 0 else 0
    return scores, hits, n_gold


def precision_recall_points(scores: Sequence[float], hits: Sequence[bool], n_gold: int) -> list[tuple[float, float, float]]:
    """``(threshold, precision, recall)`` keeping spans with score >= threshold; recall is over all gold."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    points, tp = [], 0
    for rank, i in enumerate(order, 1):
        tp += hits[i]
        if rank == len(order) or scores[order[rank]] != scores[i]:
            points.append((scores[i], tp / rank, tp / n_gold if n_gold else 1.0))
    return points


def _plot_pr(plt: Any, result: EvaluationResult) -> Any:
    scores, hits, n_gold = scored_predictions(result)
    points = precision_recall_points(scores, hits, n_gold)
    figure, ax = plt.subplots(figsize=(5.5, 4.5))
    if points:
        ax.plot([p[2] for p in points], [p[1] for p in points], marker="o", markersize=3, drawstyle="steps-post")
    ax.set(xlim=(0, 1.02), ylim=(0, 1.02), xlabel="recall (exact spans, over all gold)", ylabel="precision",
           title=f"Precision-recall by span score ({len(scores)} predicted, {n_gold} gold)")
    ax.grid(alpha=0.3)
    return figure


def reliability_bins(scores: Sequence[float], hits: Sequence[bool], bins: int = 10) -> list[tuple[float, float, int]]:
    """``(mean score, share exact, count)`` for each non-empty score bin of width ``1/bins``."""
    groups: dict[int, list[int]] = {}
    for i, s in enumerate(scores):
        groups.setdefault(min(int(s * bins), bins - 1), []).append(i)
    return [(sum(scores[i] for i in idx) / len(idx), sum(hits[i] for i in idx) / len(idx), len(idx))
            for _, idx in sorted(groups.items())]


def _plot_calibration(plt: Any, result: EvaluationResult) -> Any:
    scores, hits, _ = scored_predictions(result)
    figure, ax = plt.subplots(figsize=(5.5, 4.5))
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    points = reliability_bins(scores, hits)
    if points:
        ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", label="predicted spans")
        for x, y, n in points:
            ax.annotate(str(n), (x, y), textcoords="offset points", xytext=(4, -10), fontsize=7)
    ax.set(xlim=(0, 1), ylim=(0, 1.02), xlabel="span score (mean per bin)", ylabel="share exactly right",
           title="Reliability of span scores (labels: spans per bin)")
    ax.legend(loc="upper left")
    ax.grid(alpha=0.3)
    return figure


def confusion_counts(result: EvaluationResult) -> dict[tuple[str, str], int]:
    """Counts of ``(gold kind, predicted kind)`` over overlapping pairs, with "missed"/"spurious".

    A gold span that no prediction overlaps is ``(kind, "missed")``; a predicted
    span that overlaps no gold span is ``("spurious", kind)``.
    """
    counts: Counter[tuple[str, str]] = Counter()
    for pair in result.pairs:
        matched_pred: set[int] = set()
        for g in pair.gold:
            hits = [i for i, p in enumerate(pair.predicted) if p.start < g.end and g.start < p.end]
            for i in hits:
                counts[(g.kind, pair.predicted[i].kind)] += 1
            matched_pred.update(hits)
            if not hits:
                counts[(g.kind, "missed")] += 1
        for i, p in enumerate(pair.predicted):
            if i not in matched_pred:
                counts[("spurious", p.kind)] += 1
    return dict(counts)


def _plot_confusion(plt: Any, result: EvaluationResult) -> Any:
    counts = confusion_counts(result)
    rows, cols = [*KINDS, "spurious"], [*KINDS, "missed"]
    matrix = [[counts.get((r, c), 0) for c in cols] for r in rows]
    figure, ax = plt.subplots(figsize=(7.5, 6.5))
    ax.imshow([[math.log1p(v) for v in line] for line in matrix], cmap="Blues")
    for y, line in enumerate(matrix):
        for x, value in enumerate(line):
            if value:
                ax.text(x, y, str(value), ha="center", va="center", fontsize=8)
    ax.set_xticks(range(len(cols)), cols, rotation=45, ha="right")
    ax.set_yticks(range(len(rows)), rows)
    ax.set(xlabel="predicted kind", ylabel="gold kind", title="Kinds over overlapping span pairs")
    return figure


def _context(text: str, span: Span, width: int = CONTEXT_CHARS) -> str:
    left = text[max(0, span.start - width) : span.start]
    right = text[span.end : span.end + width]
    shown = f"{left}⟦{text[span.start:span.end]}⟧{right}".replace("\n", "⏎").replace("`", "'")
    return ("…" if span.start > width else "") + shown + ("…" if span.end + width < len(text) else "")


def error_lists(result: EvaluationResult) -> tuple[list[tuple[DocumentPair, Span, str]], list[tuple[DocumentPair, Span, str]]]:
    """Missed gold spans and false predicted spans (not exactly matched), worst first.

    False predictions are worst when most confident; missed spans when nothing
    overlaps them at all, then when longest.  Each comes with a short note.
    """
    missed, false = [], []
    for pair in result.pairs:
        gold_keys = Counter((s.start, s.end, s.kind) for s in pair.gold)
        pred_keys = Counter((s.start, s.end, s.kind) for s in pair.predicted)
        for g in pair.gold:
            if pred_keys[(g.start, g.end, g.kind)] == 0:
                near = [p for p in pair.predicted if p.start < g.end and g.start < p.end]
                note = "; ".join(f"overlaps predicted {p.kind} [{p.start}, {p.end})" for p in near) or "nothing predicted here"
                missed.append((pair, g, note))
        for p in pair.predicted:
            if gold_keys[(p.start, p.end, p.kind)] == 0:
                near = [g for g in pair.gold if g.start < p.end and p.start < g.end]
                note = "; ".join(f"overlaps gold {g.kind} [{g.start}, {g.end})" for g in near) or "no gold span here"
                false.append((pair, p, note))
    missed.sort(key=lambda e: (e[2] != "nothing predicted here", -(e[1].end - e[1].start), e[0].id, e[1].start))
    false.sort(key=lambda e: (-e[1].score, e[2] != "no gold span here", e[0].id, e[1].start))
    return missed, false


def format_errors(result: EvaluationResult, limit: int = MAX_ERRORS) -> str:
    """Markdown list of the worst missed and false spans with context."""
    missed, false = error_lists(result)
    lines = ["# Errors", "", f"{len(missed)} missed gold span(s), {len(false)} false predicted span(s) "
             f"(not exactly matched); the worst {limit} of each, span in ⟦…⟧.", ""]
    for heading, items, who in (("Missed gold spans", missed, "gold"), ("False predicted spans", false, "predicted")):
        lines += [f"## {heading}", ""]
        if not items:
            lines += ["None.", ""]
        for pair, span, note in items[:limit]:
            source = "" if who == "gold" else f", {span.source}, score {span.score:.3f}"
            lines += [f"- `{pair.id}` [{span.start}, {span.end}) **{span.kind}**{source}: {note}", "",
                      "  ```text", f"  {_context(pair.text, span)}", "  ```", ""]
    return "\n".join(lines)
