"""The fitted classifier as plain arrays: the same probabilities without scikit-learn.

A fitted :class:`~annotator.model.CandidateClassifier` is a linear model over
hashed n-grams and a few scaled numbers, with a sigmoid calibrator per kind.
Scoring it needs only its recipe (how each text column is cut into n-grams and
hashed) and its numbers (coefficients, scaler, calibrators).  ``LinearScorer``
holds exactly that:

* it scores rows with numpy and MurmurHash3 (``mmh3``, the hash scikit-learn's
  ``HashingVectorizer`` uses), so predicting never imports scikit-learn, which
  alone takes longer than a second to import, and skips its per-call input
  checks (milliseconds per call, more than scoring a short article);
* it is stored as a ``.npz`` of plain arrays read with ``allow_pickle=False``:
  loading it can run no code, and there is no trust list to keep.

Its probabilities equal the scikit-learn pipeline's (tested to 1e-12); the
pipeline stays the estimator of record, for training and inspection.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Sequence

import mmh3
import numpy as np

NONE = "none"
FORMAT = "annotator-linear-scorer"
FORMAT_VERSION = 1
_SLICED_WORD = 32  # padded words up to this long are cut by slices made once (see char_wb_ngrams)
_ROWS_AT_ONCE = 1024  # decision_function scores bigger batches this many rows at a time (faster: smaller arrays)


class ScorerFileError(ValueError):
    """A scorer file that is not one, is corrupt or does not add up."""


@dataclass(frozen=True)
class HashedColumn:
    """How one text column of a row becomes hashed, l2-normalised n-gram counts.

    The fields are ``HashingVectorizer``'s own settings (those the project uses:
    no accents stripping, no stop words, ``norm="l2"``, ``alternate_sign=False``).
    """

    column: int
    offset: int  # first coefficient row of this column's block
    n_features: int
    analyzer: str  # "word" or "char_wb"
    ngram_range: tuple[int, int]
    lowercase: bool
    token_pattern: str

    def ngrams(self) -> Callable[[str], list[str]]:
        """The function that cuts a text into this column's n-grams."""
        low, high = self.ngram_range
        lower = self.lowercase
        if self.analyzer == "char_wb":
            def char_wb(text: str) -> list[str]:
                return char_wb_ngrams(text.lower() if lower else text, low, high)
            return char_wb
        # str.split finds the tokens r"\S+" finds (both split at str.isspace), in a quarter of the time
        find = str.split if self.token_pattern == r"\S+" else re.compile(self.token_pattern).findall

        def words(text: str) -> list[str]:
            return word_ngrams(find(text.lower() if lower else text), low, high)
        return words

    def bucket(self, gram: str) -> int:
        """The feature ``gram`` is counted in, within this column's block: ``abs(MurmurHash3) % n_features``.

        The rule ``HashingVectorizer`` follows and :meth:`LinearScorer.decision_function` vectorises.
        """
        return abs(mmh3.hash(gram)) % self.n_features


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside words padded with one space (``analyzer="char_wb"``).

    Each word is cut by mapping the list of slices of its length (made once) over it:
    no Python loop per n-gram.  scikit-learn first folds runs of whitespace into one
    space, which changes nothing here: ``str.split`` splits where a regular expression
    sees whitespace (both use ``str.isspace``).
    """
    table = _char_wb_slices(low, high)
    grams: list[str] = []
    for word in text.split():
        word = f" {word} "
        size = len(word)
        grams += map(word.__getitem__, table[size] if size < len(table) else _word_slices(size, low, high))
    return grams


@lru_cache(maxsize=8)
def _char_wb_slices(low: int, high: int) -> list[list[slice]]:
    """Per padded word length up to ``_SLICED_WORD``, the slices that cut the word into its n-grams."""
    return [_word_slices(size, low, high) for size in range(_SLICED_WORD + 1)]


def _word_slices(size: int, low: int, high: int) -> list[slice]:
    """The slices that cut a padded word of ``size`` characters into its n-grams of ``low`` to ``high``.

    A word no longer than n counts once, whole, and has no longer n-grams (as scikit-learn).
    """
    slices: list[slice] = []
    for n in range(low, high + 1):
        if size <= n:
            slices.append(slice(0, size))
            break
        slices.extend(slice(start, start + n) for start in range(size - n + 1))
    return slices


def word_ngrams(tokens: list[str], low: int, high: int) -> list[str]:
    """Word n-grams of ``tokens``, unigrams first (``analyzer="word"``)."""
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        grams.extend(map(" ".join, zip(*(tokens[shift:] for shift in range(n)))))
    return grams


def kinds_from_proba(proba: np.ndarray, classes: np.ndarray, thresholds: np.ndarray,
                     threshold: float | None = None) -> tuple[list[str | None], list[float]]:
    """Per row the editorial kind (``None`` for original) and its probability.

    Each kind is judged against its own threshold (``threshold`` for every kind
    when given); of the kinds that clear theirs, the one that clears it by the
    widest ratio wins.
    """
    cut = thresholds if threshold is None else np.full(len(classes), float(threshold))
    ratio = proba / np.maximum(cut, 1e-9)
    ratio[:, classes == NONE] = 0.0
    best = ratio.argmax(axis=1)
    rows = np.arange(len(best))
    names = [str(name) for name in classes.tolist()]
    kinds = [names[b] if ok else None for b, ok in zip(best.tolist(), (ratio[rows, best] >= 1.0).tolist())]
    return kinds, proba[rows, best].clip(0.0, 1.0).tolist()


class LinearScorer:
    """Kind probabilities of candidate rows from a fitted linear model's arrays.

    Build one with :meth:`from_pipeline` (or ``CandidateClassifier.to_scorer()``),
    store it with :meth:`save` and read it back with :meth:`load`.  Same
    ``predict_proba``/``predict``/``predict_spans`` as the classifier.
    """

    def __init__(self, columns: Sequence[HashedColumn], number_columns: int, mean: np.ndarray,
                 scale: np.ndarray, coef: np.ndarray, intercept: np.ndarray, calibration_a: np.ndarray,
                 calibration_b: np.ndarray, classes: np.ndarray, thresholds: np.ndarray) -> None:
        self.columns = tuple(columns)
        self.number_columns = int(number_columns)  # numbers are the row's last columns, from this index on
        self.mean_ = np.asarray(mean, dtype=np.float64)
        self.scale_ = np.asarray(scale, dtype=np.float64)
        self.coef_ = np.ascontiguousarray(coef, dtype=np.float64)  # (n_features, n_outputs)
        self.intercept_ = np.asarray(intercept, dtype=np.float64)
        self.calibration_a_ = np.asarray(calibration_a, dtype=np.float64)
        self.calibration_b_ = np.asarray(calibration_b, dtype=np.float64)
        self.classes_ = np.asarray(classes, dtype=object)
        self.thresholds_ = np.asarray(thresholds, dtype=np.float64)
        self._check()
        self._numbers_offset = sum(column.n_features for column in self.columns)
        # per hashed column: where its text is in a row, how it is cut, its number of buckets, its first feature
        self._plan = [(column.column, column.ngrams(), column.n_features, column.offset) for column in self.columns]
        self._outputs = np.arange(self.coef_.shape[1])
        # a row's tail: 1 for the intercept, then its numbers; how to scale them, and their coefficients
        self._tail_mean = np.concatenate([[0.0], self.mean_])
        self._tail_scale = np.concatenate([[1.0], self.scale_])
        self._tail_coef = np.vstack([self.intercept_, self.coef_[self._numbers_offset:]])

    def __repr__(self) -> str:
        return f"LinearScorer(classes={list(self.classes_)}, features={self.coef_.shape[0]})"

    # -- building -----------------------------------------------------------

    @classmethod
    def from_pipeline(cls, pipeline: Any, classes: np.ndarray, thresholds: np.ndarray) -> LinearScorer:
        """Read the arrays out of a fitted ``Pipeline([features, CalibratedClassifierCV(LogisticRegression)])``.

        Raises ``ValueError`` for any setting this scorer does not reproduce exactly.
        """
        features = pipeline.named_steps["features"]
        calibrated = pipeline.named_steps["classifier"]
        if len(calibrated.calibrated_classifiers_) != 1:
            raise ValueError("only CalibratedClassifierCV(ensemble=False) has one linear model to export")
        inner = calibrated.calibrated_classifiers_[0]
        if inner.method != "sigmoid":
            raise ValueError(f"only sigmoid calibration is exported, not {inner.method!r}")
        columns: list[HashedColumn] = []
        numbers = None
        for name, transformer, column in features.transformers_:
            block = features.output_indices_[name]
            if transformer == "drop" or block.stop == block.start:
                continue
            kind = type(transformer).__name__
            if kind == "HashingVectorizer":
                columns.append(_hashed_column(transformer, column, block.start))
            elif kind == "StandardScaler" and isinstance(column, slice) and column.stop is None and numbers is None:
                numbers = (column.start, transformer, block.start)
            else:
                raise ValueError(f"cannot export the {name!r} step ({kind} on columns {column!r})")
        if numbers is None:
            raise ValueError("expected a StandardScaler on the row's trailing number columns")
        start, scaler, number_block = numbers
        if [c.offset for c in columns] != list(np.cumsum([0] + [c.n_features for c in columns])[:-1]) \
                or number_block != sum(c.n_features for c in columns):
            raise ValueError("expected the hashed blocks first and the numbers last")
        regression = inner.estimator
        coef = np.asarray(regression.coef_, dtype=np.float64).T
        n_classes = len(inner.classes)
        if list(regression.classes_) != list(inner.classes) or len(inner.calibrators) != coef.shape[1] \
                or (n_classes > 2) != (coef.shape[1] == n_classes):
            raise ValueError("the calibrators do not match the regression's classes")
        mean = np.zeros(coef.shape[0] - number_block) if scaler.mean_ is None else scaler.mean_
        scale = np.ones(coef.shape[0] - number_block) if scaler.scale_ is None else scaler.scale_
        return cls(columns, start, mean, scale, coef, regression.intercept_,
                   [c.a_ for c in inner.calibrators], [c.b_ for c in inner.calibrators], classes, thresholds)

    @property
    def hashed_width(self) -> int:
        """Features in the hashed blocks; the numbers' coefficients follow from this index on."""
        return self._numbers_offset

    def output_of(self, kind: str) -> tuple[int, float]:
        """The ``decision_function`` column that scores ``kind``, and the sign that makes it ``kind``'s score.

        With more than two classes each has its own column (its multinomial logit, which its
        sigmoid calibrator reads); with two, the one column scores ``classes_[1]``, so the
        first class's score is its negation.
        """
        names = [str(name) for name in self.classes_.tolist()]
        if kind not in names:
            raise ValueError(f"{kind!r} is not one of this model's classes {names}")
        index = names.index(kind)
        if len(names) == 2:
            return 0, 1.0 if index == 1 else -1.0
        return index, 1.0

    # -- scoring ------------------------------------------------------------

    def decision_function(self, rows: Sequence[Sequence[Any]]) -> np.ndarray:
        """The linear model's scores, ``(n_rows, n_outputs)``.

        A row's terms add up in an order that is the row's own, whatever else is in the
        batch (a matrix product's is not), so a row scores the same bit for bit alone or
        in a batch: its n-gram features by bucket (``np.bincount`` adds in input order),
        then the intercept, then its numbers column by column (``np.add.accumulate``).
        """
        n_rows = len(rows)
        n_outputs = len(self.intercept_)
        if n_rows == 0:
            return np.zeros((0, n_outputs))
        if n_rows > _ROWS_AT_ONCE:  # part by part: each row's numbers are its own anyway
            return np.concatenate([self.decision_function(rows[start:start + _ROWS_AT_ONCE])
                                   for start in range(0, n_rows, _ROWS_AT_ONCE)])
        hashes: list[int] = []  # per n-gram: its signed 32-bit MurmurHash3
        moduli: list[int] = []  # per (row, column) block of n-grams: its column's number of buckets
        bases: list[int] = []  # per block: its first key (see _hashed_scores)
        sizes: list[int] = []  # per block: its number of n-grams
        hash_ = mmh3.hash
        width = self._numbers_offset
        n_columns = len(self._plan)
        for index, row in enumerate(rows):
            for column, (position, cut, modulus, offset) in enumerate(self._plan):
                text = row[position]
                if not text:
                    continue
                grams = cut(text)
                if grams:
                    hashes.extend(map(hash_, grams))
                    moduli.append(modulus)
                    bases.append((index * n_columns + column) * width + offset)
                    sizes.append(len(grams))
        # per row: 1 (for the intercept), then its scaled numbers
        tail = (np.array([(1.0, *row[self.number_columns:]) for row in rows], dtype=np.float64) - self._tail_mean) \
            / self._tail_scale
        terms = np.empty((1 + len(self._tail_coef), n_rows, n_outputs))
        terms[0] = self._hashed_scores(n_rows, hashes, moduli, bases, sizes) if hashes else 0.0
        np.multiply(tail.T[:, :, None], self._tail_coef[:, None, :], out=terms[1:])
        return np.add.accumulate(terms, out=terms)[-1]

    def _hashed_scores(self, n_rows: int, hashes: list[int], moduli: list[int], bases: list[int],
                       sizes: list[int]) -> np.ndarray:
        """What the hashed n-gram blocks add to each row's scores, as ``HashingVectorizer`` counts them.

        Each n-gram goes to bucket ``abs(hash) % n_features`` of its column; n-grams
        that share a bucket add up; each block's counts are l2-normalised.  An n-gram's
        key is ``block * hashed width + feature``, where block is ``row * n_columns +
        column``: sorted, keys run by row, column and bucket, and each distinct key is
        one feature of one block.
        """
        repeats = np.array(sizes)
        keys = np.abs(np.array(hashes, dtype=np.int64)) % np.repeat(moduli, repeats) + np.repeat(bases, repeats)
        keys.sort()
        edges = np.empty(len(keys) + 1, dtype=bool)  # where a run of equal keys starts, and the end
        edges[0] = edges[-1] = True
        np.not_equal(keys[1:], keys[:-1], out=edges[1:-1])
        starts = edges.nonzero()[0]
        counts = (starts[1:] - starts[:-1]).astype(np.float64)
        block, feature = np.divmod(keys[starts[:-1]], self._numbers_offset)
        values = counts / np.sqrt(np.bincount(block, weights=counts * counts))[block]
        n_outputs = len(self.intercept_)
        cells = (block[:, None] // len(self._plan) * n_outputs + self._outputs).ravel()  # row * n_outputs + output
        weighted = (self.coef_.take(feature, axis=0) * values[:, None]).ravel()
        return np.bincount(cells, weights=weighted, minlength=n_rows * n_outputs).reshape(n_rows, n_outputs)

    def predict_proba(self, rows: Sequence[Sequence[Any]]) -> np.ndarray:
        """Calibrated class probabilities, columns in ``classes_`` order (one-vs-rest sigmoids, normalised).

        scikit-learn then sets probabilities just over 1 to 1; these are never over 1 (a
        sigmoid is at most 1, and so is its share of a sum of non-negative numbers).
        """
        scores = self.decision_function(rows)
        with np.errstate(over="ignore"):  # exp overflows to inf for very negative scores: probability 0, as expit
            calibrated = 1.0 / (1.0 + np.exp(self.calibration_a_ * scores + self.calibration_b_))
        if len(self.classes_) == 2:
            return np.column_stack([1.0 - calibrated[:, 0], calibrated[:, 0]])
        total = calibrated.sum(axis=1, keepdims=True)
        return np.divide(calibrated, total, out=np.full_like(calibrated, 1.0 / len(self.classes_)), where=total != 0)

    def predict(self, rows: Sequence[Sequence[Any]]) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(rows), axis=1)]

    def predict_spans(self, rows: Sequence[Sequence[Any]],
                      threshold: float | None = None) -> tuple[list[str | None], list[float]]:
        """Per row the editorial kind (``None`` for original) and its probability; see :func:`kinds_from_proba`."""
        return kinds_from_proba(self.predict_proba(rows), self.classes_, self.thresholds_, threshold)

    # -- files --------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        """Write the scorer as a ``.npz`` of plain arrays (no pickled objects)."""
        Path(path).write_bytes(self.to_bytes())

    def to_bytes(self) -> bytes:
        """The ``.npz`` file's bytes (see :meth:`save`)."""
        spec = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "number_columns": self.number_columns,
            "columns": [{**column.__dict__, "ngram_range": list(column.ngram_range)} for column in self.columns],
        }
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer, spec=np.array(json.dumps(spec)), classes=np.array([str(c) for c in self.classes_]),
            thresholds=self.thresholds_, mean=self.mean_, scale=self.scale_, coef=self.coef_,
            intercept=self.intercept_, calibration_a=self.calibration_a_, calibration_b=self.calibration_b_,
        )
        return buffer.getvalue()

    @classmethod
    def load(cls, path: str | Path) -> LinearScorer:
        """Read a scorer written by :meth:`save`; :class:`ScorerFileError` when it is not one."""
        return cls.from_bytes(Path(path).read_bytes(), str(path))

    @classmethod
    def from_bytes(cls, data: bytes, name: str = "scorer") -> LinearScorer:
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as archive:
                arrays = {key: archive[key] for key in archive.files}
        except (OSError, ValueError, EOFError, zipfile.BadZipFile, KeyError) as exc:
            raise ScorerFileError(f"{name}: not a scorer file: truncated or corrupt ({exc})") from None
        try:
            spec = json.loads(str(arrays.pop("spec")))
            if spec.get("format") != FORMAT:
                raise ScorerFileError(f"{name}: not a scorer file (format {spec.get('format')!r})")
            if spec.get("format_version") != FORMAT_VERSION:
                raise ScorerFileError(f"{name}: scorer format version {spec.get('format_version')!r}, "
                                      f"this library reads version {FORMAT_VERSION}; retrain the model")
            columns = [HashedColumn(**{**c, "ngram_range": tuple(c["ngram_range"])}) for c in spec["columns"]]
            for array_name in ("thresholds", "mean", "scale", "coef", "intercept", "calibration_a", "calibration_b"):
                if arrays[array_name].dtype.kind != "f":
                    raise ScorerFileError(f"{name}: {array_name} holds {arrays[array_name].dtype}, not numbers")
            return cls(columns, spec["number_columns"], arrays["mean"], arrays["scale"], arrays["coef"],
                       arrays["intercept"], arrays["calibration_a"], arrays["calibration_b"],
                       arrays["classes"], arrays["thresholds"])
        except ScorerFileError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ScorerFileError(f"{name}: corrupt scorer file ({type(exc).__name__}: {exc})") from None

    def _check(self) -> None:
        """Shapes that add up, finite numbers and column settings this scorer reproduces."""
        n_features, n_outputs = self.coef_.shape if self.coef_.ndim == 2 else (0, 0)
        n_classes = len(self.classes_)
        n_numbers = len(self.mean_)
        problems = []
        if self.coef_.ndim != 2 or n_outputs != (1 if n_classes == 2 else n_classes) or n_classes < 2:
            problems.append(f"coefficients of shape {self.coef_.shape} for {n_classes} classes")
        if n_features != sum(c.n_features for c in self.columns) + n_numbers or len(self.scale_) != n_numbers:
            problems.append("feature blocks that do not add up to the coefficients")
        for name in ("intercept_", "calibration_a_", "calibration_b_"):
            if getattr(self, name).shape != (n_outputs,):
                problems.append(f"{name.rstrip('_')} of shape {getattr(self, name).shape}")
        if self.thresholds_.shape != (n_classes,) or len({str(c) for c in self.classes_}) != n_classes:
            problems.append("thresholds or classes that do not match")
        if not all(np.isfinite(a).all() for a in (self.coef_, self.intercept_, self.mean_, self.scale_,
                                                  self.calibration_a_, self.calibration_b_, self.thresholds_)):
            problems.append("numbers that are not finite")
        if (self.scale_ == 0).any():
            problems.append("a zero scale")
        for column in self.columns:
            if column.analyzer not in ("word", "char_wb") or column.n_features < 1 \
                    or not 1 <= column.ngram_range[0] <= column.ngram_range[1] or column.column < 0 \
                    or column.column >= self.number_columns:
                problems.append(f"an unsupported column {column}")
        if problems:
            raise ScorerFileError("inconsistent scorer: " + "; ".join(problems))


def _hashed_column(vectorizer: Any, column: Any, offset: int) -> HashedColumn:
    settings = vectorizer.get_params()
    supported = {"input": "content", "encoding": "utf-8", "decode_error": "strict", "strip_accents": None,
                 "preprocessor": None, "tokenizer": None, "stop_words": None, "binary": False, "norm": "l2",
                 "alternate_sign": False}
    wrong = {key: settings[key] for key, value in supported.items() if settings[key] != value}
    if wrong or settings["analyzer"] not in ("word", "char_wb") or not isinstance(column, (int, np.integer)):
        raise ValueError(f"cannot export a HashingVectorizer with {wrong or settings['analyzer']!r} on {column!r}")
    return HashedColumn(int(column), int(offset), int(settings["n_features"]), settings["analyzer"],
                        tuple(settings["ngram_range"]), bool(settings["lowercase"]), settings["token_pattern"])
