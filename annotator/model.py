"""The trained part: a scikit-learn classifier over candidate rows.

``CandidateClassifier`` follows scikit-learn's conventions: parameters in
``__init__`` only, learned state ending in ``_``, ``fit``/``predict``/
``predict_proba``.  Inside it is one ``Pipeline``: a ``ColumnTransformer``
of hashed n-grams (no vocabulary to store, so the model file stays small)
and scaled numbers, then a logistic regression with calibrated
probabilities.  Its classes are the span kinds plus ``"none"``.
"""

from __future__ import annotations

import math
import warnings
import zlib
from typing import Any, Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import PredefinedSplit, StratifiedGroupKFold, StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from .features import CHARS, CONTEXT, NUMBER_COLUMNS, WORDS
from .linear import NONE, LinearScorer, kinds_from_proba


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
    char_bits, word_bits, context_bits : log2 of the hashed feature spaces
        (bracket characters, candidate words, context words and shape tokens).
    calibration : ``"sigmoid"`` or ``"isotonic"`` (see ``CalibratedClassifierCV``).
    cv : folds for calibration and for the held-out predictions that set the thresholds.
    class_weight : passed to the logistic regression.
    min_threshold : no kind's threshold goes below this probability.
    min_threshold_examples : fewest examples of a kind among ``threshold_rows`` (see ``fit``)
        for its threshold to be chosen there rather than on all rows.
    n_jobs : processes for the held-out predictions (joblib).
    random_state : seed for everything random (fits are deterministic).
    beta : the threshold of each of ``precise_kinds`` maximises held-out F-beta with this
        beta (below 1 weighs precision more); the other kinds' maximise F1.
    min_precision : when set, each of ``precise_kinds`` takes the lowest threshold whose
        held-out precision reaches it (F-beta decides when none does).
    precise_kinds : the kinds rare in real text, whose false spans cost most.
    n_repeats : times the held-out predictions are made, each with its folds shuffled by
        another seed (``random_state``, ``random_state + 1``, …); the thresholds are chosen on
        all of them pooled, so that they do not hang on one draw of the folds.
    folds : ``"shuffled"`` (stratified folds drawn by ``random_state`` over the rows) or
        ``"keyed"``: each row's fold is a fixed hash of its key (``fit``'s ``keys``: its
        record), so a row added or dropped moves no other record's fold, and no seed
        draws them.  Shuffled folds are reshuffled whole by one row more or less, and
        the thresholds with them (see the model card's stability section).
    """

    def __init__(self, C: float = 8.0, char_bits: int = 15, word_bits: int = 15, context_bits: int = 14,
                 calibration: str = "sigmoid", cv: int = 3, class_weight: str | dict | None = None,
                 min_threshold: float = 0.05, min_threshold_examples: int = 5, n_jobs: int | None = None,
                 random_state: int = 0, beta: float = 1.0, min_precision: float | None = None,
                 precise_kinds: tuple[str, ...] = ("aside", "gloss"), n_repeats: int = 1,
                 folds: str = "shuffled") -> None:
        self.C = C
        self.char_bits = char_bits
        self.word_bits = word_bits
        self.context_bits = context_bits
        self.calibration = calibration
        self.cv = cv
        self.class_weight = class_weight
        self.min_threshold = min_threshold
        self.min_threshold_examples = min_threshold_examples
        self.n_jobs = n_jobs
        self.random_state = random_state
        self.beta = beta
        self.min_precision = min_precision
        self.precise_kinds = precise_kinds
        self.n_repeats = n_repeats
        self.folds = folds

    def _pipeline(self) -> Pipeline:
        def hashed(bits: int, **options: Any) -> HashingVectorizer:
            return HashingVectorizer(n_features=2**bits, alternate_sign=False, **options)

        features = ColumnTransformer(
            [
                ("chars", hashed(self.char_bits, analyzer="char_wb", ngram_range=(2, 4)), CHARS),
                ("words", hashed(self.word_bits, ngram_range=(1, 2)), WORDS),
                ("context", hashed(self.context_bits, token_pattern=r"\S+", lowercase=False), CONTEXT),
                ("numbers", StandardScaler(), NUMBER_COLUMNS),
            ],
            sparse_threshold=1.0,
        )
        regression = LogisticRegression(C=self.C, max_iter=1000, class_weight=self.class_weight,
                                        random_state=self.random_state)
        calibrated = CalibratedClassifierCV(regression, method=self.calibration, cv=self.cv, ensemble=False)
        return Pipeline([("features", features), ("classifier", calibrated)])

    def fit(self, X: Sequence[tuple] | np.ndarray, y: Sequence[str], sample_weight: Sequence[float] | None = None,
            threshold_rows: Sequence[bool] | None = None, groups: Sequence[str] | None = None,
            keys: Sequence[str] | None = None) -> CandidateClassifier:
        """Fit the pipeline on every row; choose each kind's threshold on held-out predictions.

        ``threshold_rows`` (a boolean mask) limits the threshold choice to the rows
        most like the data the model will meet; a kind with fewer than
        ``min_threshold_examples`` examples among them is tuned on all rows.
        ``groups`` (one key per row: a writer, a corpus shard) makes the held-out
        folds grouped (``StratifiedGroupKFold``): no group is both trained and
        scored, so a threshold is not chosen on a style the model has seen.
        ``keys`` (one per row: its record) place the rows in folds when ``folds="keyed"``;
        with ``groups`` too, a group's rows share the fold of the group.
        """
        X = _as_array(X)
        y = np.asarray(y, dtype=object)
        weight = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        tuning = np.ones(len(y), dtype=bool) if threshold_rows is None else np.asarray(threshold_rows, dtype=bool)
        group = None if groups is None else np.asarray(groups, dtype=object)
        key = None if keys is None else np.asarray(keys, dtype=object)
        if weight.shape != y.shape or tuning.shape != y.shape or any(
                extra is not None and extra.shape != y.shape for extra in (group, key)):
            raise ValueError(f"sample_weight, threshold_rows, groups and keys need one entry per row ({len(y)})")
        if self.folds not in ("shuffled", "keyed"):
            raise ValueError(f"folds must be 'shuffled' or 'keyed', not {self.folds!r}")
        if self.folds == "keyed" and key is None and group is None:
            raise ValueError("keyed folds need keys (or groups): one per row, e.g. its record's id")
        # Calibration needs every class in every fold: a kind with fewer examples
        # than min_examples(cv) cannot be learned here, so its rows are left out (and recorded).
        # Checked before fitting, so scikit-learn's cross-validation errors never surface.
        labels, counts = np.unique(y, return_counts=True)
        found = {str(label): int(n) for label, n in zip(labels, counts)}
        needed = min_examples(self.cv)
        self.dropped_classes_ = sorted(label for label, n in found.items() if n < needed)
        if len(found) - len(self.dropped_classes_) < 2:
            raise ValueError(f"too few examples to train: {_counted(found)}; {_need(needed, self.cv)}, "
                             "and training needs two kinds (original candidates count as 'none') that have them")
        if self.dropped_classes_:
            warnings.warn(f"kinds left out of the model, too few examples: "
                          f"{_counted({k: found[k] for k in self.dropped_classes_})}; {_need(needed, self.cv)}",
                          UserWarning, stacklevel=2)
        keep = ~np.isin(y, self.dropped_classes_)
        X, y, weight, tuning = X[keep], y[keep], weight[keep], tuning[keep]
        if key is not None:
            key = key[keep]
        if group is not None:
            group = group[keep]
            if len(np.unique(group)) < self.cv:
                raise ValueError(f"grouped folds need at least cv={self.cv} groups, got {len(np.unique(group))}")
        if self.n_repeats < 1:
            raise ValueError(f"n_repeats must be at least 1, got {self.n_repeats}")
        held_outs = []
        for repeat in range(self.n_repeats):
            seed = self.random_state + repeat
            if self.folds == "keyed":
                folds = PredefinedSplit(keyed_folds(group if group is not None else key, self.cv, repeat))
            else:
                folds = (StratifiedKFold(self.cv, shuffle=True, random_state=seed) if group is None
                         else StratifiedGroupKFold(self.cv, shuffle=True, random_state=seed))
            held_outs.append(cross_val_predict(self._pipeline(), X, y, groups=group, cv=folds, method="predict_proba",
                                               params={"classifier__sample_weight": weight}, n_jobs=self.n_jobs))
        # each row once per repeat: the thresholds are chosen on every draw of the folds at once
        held_out, y_pooled = np.vstack(held_outs), np.tile(y, self.n_repeats)
        tuning_pooled = np.tile(tuning, self.n_repeats)
        self.pipeline_ = self._pipeline().fit(X, y, classifier__sample_weight=weight)
        self.classes_ = np.asarray(self.pipeline_.classes_, dtype=object)
        choose = dict(floor=self.min_threshold, beta=self.beta, min_precision=self.min_precision,
                      precise_kinds=self.precise_kinds)
        self.thresholds_ = best_thresholds(held_out, y_pooled, self.classes_, **choose)
        if not tuning.all():
            tuned = best_thresholds(held_out[tuning_pooled], y_pooled[tuning_pooled], self.classes_, **choose)
            enough = np.array([np.sum(y[tuning] == label) >= self.min_threshold_examples for label in self.classes_])
            self.thresholds_ = np.where(enough, tuned, self.thresholds_)
        pooled = held_out_scores(held_out, y_pooled, self.classes_, self.thresholds_)
        # precision and recall over every draw; the examples counted once
        self.held_out_scores_ = {kind: (p, r, n // self.n_repeats) for kind, (p, r, n) in pooled.items()}
        self.n_features_in_ = X.shape[1]
        self.__dict__.pop("_linear_scorer", None)
        return self

    def to_scorer(self) -> LinearScorer:
        """The fitted model as plain arrays (:class:`~annotator.linear.LinearScorer`): same probabilities."""
        return LinearScorer.from_pipeline(self.pipeline_, self.classes_, self.thresholds_)

    def _scorer(self) -> LinearScorer | None:
        """The array form, built once; ``None`` when a setting has none (isotonic calibration)."""
        if "_linear_scorer" not in self.__dict__:
            try:
                self.__dict__["_linear_scorer"] = self.to_scorer()
            except ValueError:
                self.__dict__["_linear_scorer"] = None
        return self.__dict__["_linear_scorer"]

    def __getstate__(self) -> dict[str, Any]:
        state = super().__getstate__()
        state.pop("_linear_scorer", None)  # a cache, rebuilt from the pipeline when needed
        return state

    def predict_proba(self, X: Sequence[tuple] | np.ndarray) -> np.ndarray:
        """Class probabilities, columns in ``classes_`` order.

        Computed by the fitted model's arrays (``to_scorer()``), which give the
        same numbers as ``pipeline_.predict_proba`` without scikit-learn's
        per-call input checks (ten times the cost of scoring a short article);
        by the pipeline itself for settings the arrays cannot reproduce.
        """
        scorer = self._scorer()
        if scorer is None:
            return self.pipeline_.predict_proba(_as_array(X))
        return scorer.predict_proba(X)

    def predict(self, X: Sequence[tuple] | np.ndarray) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    def predict_spans(self, rows: Sequence[tuple], threshold: float | None = None) -> tuple[list[str | None], list[float]]:
        """Per row the editorial kind (``None`` for original) and its probability.

        A row is editorial when some kind's probability reaches that kind's
        threshold (``thresholds_``, learned in ``fit``), or ``threshold`` for every
        kind when given; see :func:`annotator.linear.kinds_from_proba`.
        """
        return kinds_from_proba(self.predict_proba(rows), self.classes_, self.thresholds_, threshold)


def held_out_scores(proba: np.ndarray, y: np.ndarray, classes: np.ndarray,
                    thresholds: np.ndarray) -> dict[str, tuple[float, float, int]]:
    """Per kind, (precision, recall, examples) of the held-out predictions at the chosen thresholds:
    with grouped folds, what the model does for a writer or an outlet it never saw."""
    predicted = np.asarray(kinds_from_proba(proba, classes, thresholds, None)[0], dtype=object)
    scores = {}
    for label in classes:
        if label == NONE:
            continue
        gold, hit = y == label, predicted == label
        true = int(np.sum(gold & hit))
        scores[str(label)] = (true / max(int(hit.sum()), 1), true / max(int(gold.sum()), 1), int(gold.sum()))
    return scores


def keyed_folds(keys: np.ndarray, cv: int, repeat: int = 0) -> np.ndarray:
    """The fold of each row: a fixed hash (CRC-32) of ``repeat`` and its key, modulo ``cv``.

    Rows of one key share a fold whatever else is in the data, so adding or
    dropping a record moves that record's rows only.
    """
    cache: dict[str, int] = {}
    out = np.empty(len(keys), dtype=int)
    for index, key in enumerate(keys):
        text = str(key)
        if text not in cache:
            cache[text] = zlib.crc32(f"{repeat}:{text}".encode("utf-8")) % cv
        out[index] = cache[text]
    return out


def best_thresholds(proba: np.ndarray, y: np.ndarray, classes: np.ndarray, floor: float, beta: float = 1.0,
                    min_precision: float | None = None, precise_kinds: Sequence[str] = ()) -> np.ndarray:
    """Per class, the probability threshold with the best held-out F1 (never below ``floor``).

    Rare kinds (a lead per article, a gloss per ten) rarely win the arg-max
    against ``"none"`` even when they rank first; a threshold per kind, chosen
    on predictions for rows the model did not see, keeps their recall.  For
    ``precise_kinds`` the score is F-beta (``beta`` < 1 prefers precision), or,
    with ``min_precision``, the lowest threshold whose precision reaches it.
    """
    thresholds = np.full(len(classes), 0.5)
    for column, label in enumerate(classes):
        if label == NONE:
            continue
        order = np.argsort(-proba[:, column], kind="stable")
        scores = proba[order, column]
        hits = (y[order] == label).astype(float)
        n_gold = hits.sum()
        if n_gold == 0:
            continue
        true_positives = np.cumsum(hits)
        predicted = np.arange(1, len(hits) + 1)
        b2 = beta**2 if label in precise_kinds else 1.0
        f_beta = (1 + b2) * true_positives / (predicted + b2 * n_gold)
        best = int(np.argmax(f_beta))
        if min_precision is not None and label in precise_kinds:
            # only cut where the score changes: rows tied with the cut pass with it
            last_of_tie = np.r_[scores[1:] != scores[:-1], True]
            reaching = np.flatnonzero((true_positives / predicted >= min_precision) & last_of_tie)
            if len(reaching):
                best = int(reaching[-1])
        thresholds[column] = max(float(scores[best]), floor)
    return thresholds


def min_examples(cv: int) -> int:
    """The fewest examples of a kind that ``cv``-fold calibration inside ``cv``-fold held-out
    predictions can fit: every outer training part (without its largest test fold, a ceiling
    of ``n / cv``) must still hold ``cv`` of them (5 for 3 folds)."""
    n = cv
    while n - math.ceil(n / cv) < cv:
        n += 1
    return n


def _counted(found: dict[str, int]) -> str:
    return ", ".join(f"{label} has {n} example{'s' * (n != 1)}" for label, n in found.items())


def _need(needed: int, cv: int) -> str:
    return f"each kind needs at least {needed} (for {cv}-fold cross-validation)"
