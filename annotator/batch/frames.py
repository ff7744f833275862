"""pandas helpers: :func:`annotate_frame` adds the spans to a DataFrame, :func:`score_frame` lists them."""

from __future__ import annotations

import math
import os
import warnings
from typing import Any

import pandas as pd

from ..api import Annotator, default_annotator, load
from ..spans import Annotation
from ..text import check_lang
from .engines import _annotate
from .readers import _check_text

_PREDICT_BATCH = 64


# --------------------------------------------------------------------------- DataFrame API

def _frame_annotator(model: Annotator | str | os.PathLike[str] | None) -> Annotator:
    if model is None:
        return default_annotator()
    if isinstance(model, Annotator):
        return model
    return load(model)


def _text_field(text_field: str, text_column: str | None) -> str:
    """``text_field``, or the old keyword ``text_column`` with a DeprecationWarning."""
    if text_column is None:
        return text_field
    warnings.warn("text_column= is deprecated: pass text_field= (the command line's --text-field)",
                  DeprecationWarning, stacklevel=3)
    return text_column


def _frame_results(df: pd.DataFrame, text_column: str, annotator: Annotator,
                   lang: str | None = None) -> list[Annotation | str]:
    """One annotation or error message per row, in row order; never raises for a bad row."""
    if text_column not in df.columns:
        raise KeyError(f"no column {text_column!r} in the DataFrame")
    check_lang(lang)  # one clear error, not one per row
    results: list[Annotation | str] = []
    for start in range(0, len(df), _PREDICT_BATCH):
        values = df[text_column].iloc[start : start + _PREDICT_BATCH].tolist()
        checked = [_check_text(value, text_column, annotator.max_chars) for value in values]
        annotations = iter(_annotate(annotator, [text for text, _, error in checked if error is None], lang))
        results.extend(next(annotations) if error is None else error for _, _, error in checked)
    return results


def annotate_frame(df: pd.DataFrame, text_field: str = "text",
                   model: Annotator | str | os.PathLike[str] | None = None, lang: str | None = None, *,
                   text_column: str | None = None) -> pd.DataFrame:
    """A copy of ``df`` plus ``editorial_spans``, ``editorial_share``, ``original_text`` and ``error``.

    ``text_field`` names the text column (``--text-field`` on the command line;
    the old keyword ``text_column`` still works, with a DeprecationWarning).

    ``model`` is an :class:`Annotator`, a model directory, or ``None`` for the
    shipped default.  A row whose text is missing, not a string or too long
    gets ``error`` set (and empty spans, NaN share, ``None`` original text).
    """
    results = _frame_results(df, _text_field(text_field, text_column), _frame_annotator(model), lang)
    ok = [isinstance(result, Annotation) for result in results]
    out = df.copy()
    out["editorial_spans"] = [[s.to_dict() for s in r.spans] if good else [] for r, good in zip(results, ok)]
    out["editorial_share"] = [r.editorial_share if good else math.nan for r, good in zip(results, ok)]
    # object columns keep None for "no value" (pandas 3 would infer str with NaN)
    out["original_text"] = pd.Series([r.original_text() if good else None for r, good in zip(results, ok)],
                                     index=df.index, dtype=object)
    out["error"] = pd.Series([None if good else r for r, good in zip(results, ok)], index=df.index, dtype=object)
    return out


def score_frame(df: pd.DataFrame, text_field: str = "text",
                model: Annotator | str | os.PathLike[str] | None = None, lang: str | None = None, *,
                text_column: str | None = None) -> pd.DataFrame:
    """One row per editorial span: the input row's index, start, end, kind, score, source, marker, text.

    ``text_field`` as in :func:`annotate_frame`.

    The index column is named after ``df.index.name`` (``"index"`` when unnamed).
    Rows that cannot be scored add no span rows; their messages are in
    ``result.attrs["errors"]`` (``{index: message}``).
    """
    index_name = df.index.name or "index"
    results = _frame_results(df, _text_field(text_field, text_column), _frame_annotator(model), lang)
    rows: list[dict[str, Any]] = []
    errors: dict[Any, str] = {}
    for index, result in zip(df.index, results):
        if isinstance(result, str):
            errors[index] = result
            continue
        rows.extend({index_name: index, **span.to_dict(), "text": result.span_text(span)} for span in result.spans)
    columns = [index_name, "start", "end", "kind", "score", "source", "marker", "text"]
    out = pd.DataFrame(rows, columns=columns)
    if not rows:
        out = out.astype({"start": "int64", "end": "int64", "score": "float64"})
    out.attrs["errors"] = errors
    return out
