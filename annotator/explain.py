"""Why the model marked a span: the features that pushed its kind's decision score.

The classifier is linear, so a candidate row's decision score for a kind is an
exact sum: the intercept plus, for each feature of the row, its weight times its
value.  Listing the largest terms says what decided, with nothing left out: the
terms not listed are summed in ``rest``.

Which score: the chosen kind's column of the linear model's ``decision_function``.
With more than two classes that is the kind's multinomial logit (scikit-learn's
``LogisticRegression`` fits one multinomial model), not its difference against
``none``: it is the number the kind's own sigmoid calibrator turns into the kind's
probability.  With two classes it is the one logit, negated when the kind sorts
before ``none``.

Hashed n-grams have no names in the arrays.  They are recovered by cutting the
row's text again with the column's own analyzer and hashing each n-gram to its
column (:meth:`annotator.linear.HashedColumn.bucket`, the scorer's hash); a
column that several of the text's n-grams fall into is one term, named by all
of them.  Explaining costs a second pass over the explained rows only, so the
default predict path does not pay for it.
"""

from __future__ import annotations

import json
import math
from typing import Any, Sequence

from .features import CHARS, CONTEXT, WORDS
from .linear import LinearScorer
from .spans import Contribution, Explanation

TOP = 8  # contributions listed per span; the rest are summed
COLUMN_NAMES = {CHARS: "chars", WORDS: "words", CONTEXT: "context"}
# The number columns of a feature row, in :func:`annotator.features.row`'s order.
NUMBER_NAMES = ("log_length", "position_in_article", "paragraph_position", "log_words", "upper_share",
                "digit_share", "share_of_paragraph")


def scorer_of(classifier: Any) -> LinearScorer | None:
    """The array form of ``classifier`` (itself when it is one); ``None`` when it has none."""
    if isinstance(classifier, LinearScorer):
        return classifier
    cached = getattr(classifier, "_scorer", None)  # CandidateClassifier: built once, None for isotonic calibration
    return cached() if callable(cached) else None


def number_name(index: int) -> str:
    return f"numbers: {NUMBER_NAMES[index] if index < len(NUMBER_NAMES) else f'column {index}'}"


def contributions(scorer: LinearScorer, row: Sequence[Any], kind: str) -> tuple[float, list[Contribution]]:
    """Every term of ``kind``'s decision score for ``row``: ``(intercept, contributions)``, unsorted.

    As ``HashingVectorizer`` counts them: each n-gram adds one to its column's
    bucket, a block's counts are l2-normalised; numbers are standardised.
    """
    output, sign = scorer.output_of(kind)
    weights = scorer.coef_[:, output]
    terms: list[Contribution] = []
    for column in scorer.columns:
        text = row[column.column]
        if not text:
            continue
        grams = column.ngrams()(text)
        named: dict[int, dict[str, None]] = {}  # bucket -> its n-grams, in order of first appearance
        counts: dict[int, int] = {}
        for gram in grams:
            bucket = column.bucket(gram)
            counts[bucket] = counts.get(bucket, 0) + 1
            named.setdefault(bucket, {})[gram] = None
        if not counts:
            continue
        norm = math.sqrt(sum(count * count for count in counts.values()))
        label = COLUMN_NAMES.get(column.column, f"column {column.column}")
        quote = column.column != CONTEXT  # context tokens read as they are: L=the, unit=bracket
        for bucket, count in counts.items():
            names = " | ".join(json.dumps(g, ensure_ascii=False) if quote else g for g in named[bucket])
            value = sign * float(weights[column.offset + bucket]) * (count / norm)
            terms.append(Contribution(f"{label}: {names}", value))
    numbers = row[scorer.number_columns:]
    width = scorer.hashed_width
    for index, number in enumerate(numbers):
        scaled = (float(number) - scorer.mean_[index]) / scorer.scale_[index]
        terms.append(Contribution(number_name(index), sign * float(weights[width + index]) * scaled))
    return sign * float(scorer.intercept_[output]), terms


def explain_row(scorer: LinearScorer, row: Sequence[Any], kind: str, top: int | None = TOP,
                score: float | None = None) -> Explanation:
    """The explanation of ``kind``'s decision score for ``row``: its ``top`` largest terms (all for ``None``).

    ``score`` is the decision score when the caller has it (else computed here).
    """
    intercept, terms = contributions(scorer, row, kind)
    terms.sort(key=lambda term: (-abs(term.value), term.feature))
    listed = terms if top is None else terms[:top]
    rest = math.fsum(term.value for term in terms[len(listed):])
    if score is None:
        output, sign = scorer.output_of(kind)
        score = sign * float(scorer.decision_function([row])[0, output])
    return Explanation(kind, float(score), intercept, tuple(listed), rest, len(terms))


def explain_rows(scorer: LinearScorer, rows: Sequence[Sequence[Any]], kinds: Sequence[str],
                 top: int | None = TOP) -> list[Explanation]:
    """:func:`explain_row` for many rows, their scores computed in one call."""
    if not rows:
        return []
    scores = scorer.decision_function(rows)
    out = []
    for row, kind, line in zip(rows, kinds, scores):
        output, sign = scorer.output_of(kind)
        out.append(explain_row(scorer, row, kind, top, sign * float(line[output])))
    return out
