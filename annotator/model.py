"""The trained part: a scikit-learn classifier over candidate rows.

``CandidateClassifier`` follows scikit-learn's conventions: parameters in
``__init__`` only, learned state ending in ``_``, ``fit``/``predict``/
``predict_proba``.  Inside it is one ``Pipeline``: a ``ColumnTransformer``
of hashed n-grams (no vocabulary to store, so the model file stays small)
and scaled numbers, then a logistic regression with calibrated
probabilities.  Its classes are the span kinds plus ``"none"``.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from .features import LEFT, NUMBER_COLUMNS, RIGHT, SHAPE, TEXT

NONE = "none"


def _as_array(rows: Sequence[tuple] | np.ndarray) -> np.ndarray:
    if isinstance(rows, np.ndarray):
        return rows
    array = np.empty((len(rows), len(rows[0]) if rows else 0), dtype=object)
    for index, values in enumerate(rows):
        array[index] = values
    return array


class CandidateClassifier(ClassifierMixin, BaseEstimator):
    """Kind of a candidate (``"none"`` for original text) from its feature row.

    Parameters
    ----------
    C : inverse regularisation strength of the logistic regression.
    char_bits, word_bits, context_bits : log2 of the hashed feature spaces.
    calibration : ``"sigmoid"`` or ``"isotonic"`` (see ``CalibratedClassifierCV``).
    cv : folds for calibration.
    random_state : seed for everything random (fits are deterministic).
    """

    def __init__(self, C: float = 8.0, char_bits: int = 15, word_bits: int = 15, context_bits: int = 12,
                 calibration: str = "sigmoid", cv: int = 3, class_weight: str | dict | None = None,
                 random_state: int = 0) -> None:
        self.C = C
        self.char_bits = char_bits
        self.word_bits = word_bits
        self.context_bits = context_bits
        self.calibration = calibration
        self.cv = cv
        self.class_weight = class_weight
        self.random_state = random_state

    def _pipeline(self) -> Pipeline:
        def hashed(bits: int, **options: Any) -> HashingVectorizer:
            return HashingVectorizer(n_features=2**bits, alternate_sign=False, **options)

        features = ColumnTransformer(
            [
                ("chars", hashed(self.char_bits, analyzer="char_wb", ngram_range=(2, 4)), TEXT),
                ("words", hashed(self.word_bits, ngram_range=(1, 2)), TEXT),
                ("left", hashed(self.context_bits, ngram_range=(1, 2)), LEFT),
                ("right", hashed(self.context_bits), RIGHT),
                ("shape", hashed(12, token_pattern=r"\S+", lowercase=False, norm=None), SHAPE),
                ("numbers", StandardScaler(), NUMBER_COLUMNS),
            ],
            sparse_threshold=1.0,
        )
        regression = LogisticRegression(C=self.C, max_iter=3000, class_weight=self.class_weight,
                                        random_state=self.random_state)
        calibrated = CalibratedClassifierCV(regression, method=self.calibration, cv=self.cv, ensemble=False)
        return Pipeline([("features", features), ("classifier", calibrated)])

    def fit(self, X: Sequence[tuple] | np.ndarray, y: Sequence[str]) -> CandidateClassifier:
        X = _as_array(X)
        y = np.asarray(y, dtype=object)
        self.pipeline_ = self._pipeline().fit(X, y)
        self.classes_ = np.asarray(self.pipeline_.classes_, dtype=object)
        self.n_features_in_ = X.shape[1]
        return self

    def predict_proba(self, X: Sequence[tuple] | np.ndarray) -> np.ndarray:
        return self.pipeline_.predict_proba(_as_array(X))

    def predict(self, X: Sequence[tuple] | np.ndarray) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    def predict_spans(self, rows: Sequence[tuple], threshold: float | None = None) -> tuple[list[str | None], list[float]]:
        """Per row the editorial kind (``None`` for original) and its probability.

        A row is editorial when its most probable class is a kind and, with a
        ``threshold``, when that probability reaches it.
        """
        proba = self.predict_proba(rows)
        best = np.argmax(proba, axis=1)
        kinds: list[str | None] = []
        scores: list[float] = []
        for index, column in enumerate(best):
            kind = self.classes_[column]
            score = float(proba[index, column])
            if kind == NONE or (threshold is not None and score < threshold):
                kinds.append(None)
            else:
                kinds.append(str(kind))
            scores.append(min(max(score, 0.0), 1.0))
        return kinds, scores
