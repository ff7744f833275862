"""Plots of an evaluation (matplotlib, the ``plots`` extra): precision-recall, calibration, kind confusion.

The numbers behind them (:func:`scored_predictions`, :func:`precision_recall_points`,
:func:`reliability_bins`, :func:`confusion_counts`) need no matplotlib.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any, Sequence

from ..kinds import KINDS
from .metrics import EvaluationResult

PLOTS_HINT = "plots need matplotlib: pip install annotator[plots]"


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
            # labels sit inside the axes: left of points near the right edge, above points near the bottom
            right, low = x > 0.85, y < 0.08
            ax.annotate(str(n), (x, y), textcoords="offset points", xytext=(-4 if right else 4, 4 if low else -10),
                        ha="right" if right else "left", fontsize=7)
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
