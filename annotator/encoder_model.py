"""The encoder stage's estimator: units of texts -> none / aside / gloss.

scikit-learn's conventions, as :mod:`annotator.model`: parameters in
``__init__`` only, learned state ending in ``_``.  A ``Pipeline`` of
:class:`UnitFeatures` (encoder vectors in their text's context,
:func:`annotator.encoder.context_features`) and a multinomial logistic
regression.  Predicting uses its array form, :class:`annotator.encoder.EncoderScorer`.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from .encoder import SHAPE_COLUMNS, Unit, context_features, encode


def unit_frame(texts: Sequence[str], units_per_text: Sequence[Sequence[Unit]]) -> pd.DataFrame:
    """The table :class:`EncoderClassifier` reads: one row per unit, ``document`` numbering its text."""
    rows = [(text[unit.start:unit.end], document, *unit.shape())
            for document, (text, found) in enumerate(zip(texts, units_per_text)) for unit in found]
    return pd.DataFrame(rows, columns=["text", "document", *SHAPE_COLUMNS])


class UnitFeatures(TransformerMixin, BaseEstimator):
    """A :func:`unit_frame` table -> :func:`~annotator.encoder.context_features` rows (nothing to learn)."""

    def fit(self, X: Any, y: Any = None) -> UnitFeatures:
        return self

    def transform(self, X: pd.DataFrame) -> np.ndarray:
        vectors = encode(X["text"].astype(str).tolist())
        return context_features(vectors, X["document"].to_numpy(), X[list(SHAPE_COLUMNS)].to_numpy(float))


class EncoderClassifier(ClassifierMixin, BaseEstimator):
    """:class:`UnitFeatures` then a multinomial logistic regression; labels ``none``, ``aside``, ``gloss``.

    ``fit`` takes a :func:`unit_frame` table; :meth:`fit_features` takes its
    feature rows already computed (cross-validation encodes each unit once, not
    once per fold).  ``C`` is the regression's inverse regularisation.
    """

    def __init__(self, C: float = 1.0, max_iter: int = 3000) -> None:
        self.C = C
        self.max_iter = max_iter

    def _pipeline(self, regression: LogisticRegression | None = None) -> Pipeline:
        return Pipeline([("features", UnitFeatures()),
                         ("classifier", regression or LogisticRegression(C=self.C, max_iter=self.max_iter))])

    def fit(self, X: pd.DataFrame, y: Sequence[str]) -> EncoderClassifier:
        self.pipeline_ = self._pipeline().fit(X, list(y))
        self.classes_ = self.pipeline_.classes_
        return self

    def fit_features(self, features: np.ndarray, y: Sequence[str]) -> EncoderClassifier:
        regression = LogisticRegression(C=self.C, max_iter=self.max_iter).fit(features, list(y))
        self.pipeline_ = self._pipeline(regression)  # UnitFeatures learns nothing: the pipeline is fitted
        self.classes_ = regression.classes_
        return self

    def regression(self) -> LogisticRegression:
        """The fitted logistic regression (what :class:`~annotator.encoder.EncoderScorer` copies)."""
        if not hasattr(self, "pipeline_"):
            raise ValueError("EncoderClassifier is not fitted yet; call fit first")
        return self.pipeline_.named_steps["classifier"]

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        self.regression()
        return self.pipeline_.predict_proba(X)

    def predict_proba_features(self, features: np.ndarray) -> np.ndarray:
        return self.regression().predict_proba(features)

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        return self.classes_[self.predict_proba(X).argmax(axis=1)]
