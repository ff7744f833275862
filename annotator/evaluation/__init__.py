"""Evaluation: the annotation guide's scores, the tables and report built from them.

One job per module: :mod:`.metrics` (the metrics, :func:`score` and
:func:`evaluate`; its docstring defines every score), :mod:`.tables` (the
plain-text and Markdown tables), :mod:`.plots` (precision-recall, calibration
and kind confusion), :mod:`.errors` (missed and false spans with context) and
:mod:`.report` (:func:`write_report`).  Gold files are read by
:mod:`annotator.records`; its names stay importable from here.
"""

from ..records import DatasetError, check_record, iter_records, read_records
from .errors import CONTEXT_CHARS, MAX_ERRORS, error_lists, format_errors
from .metrics import (PRF, ROWS, DocumentPair, EvaluationResult, RowScores, SpanLike, as_span, evaluate,
                      score)
from .plots import PLOTS_HINT, confusion_counts, precision_recall_points, reliability_bins, scored_predictions
from .report import write_report
from .tables import COLUMNS, TABLE_HEADER, format_markdown, format_table

__all__ = [
    "COLUMNS", "CONTEXT_CHARS", "MAX_ERRORS", "PLOTS_HINT", "PRF", "ROWS", "TABLE_HEADER", "DatasetError",
    "DocumentPair", "EvaluationResult", "RowScores", "SpanLike", "as_span", "check_record", "confusion_counts",
    "error_lists", "evaluate", "format_errors", "format_markdown", "format_table", "iter_records",
    "precision_recall_points", "read_records", "reliability_bins", "score", "scored_predictions",
    "write_report",
]
