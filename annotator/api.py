"""The predict API: text -> candidates -> rules and model -> spans -> Annotation."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
from . import lang as registry
from . import prior_rules, rules
from .assemble import resolve
from .candidates import Candidate, Layout, bracket_candidates, layout
from .kinds import NGRAM_SILENT_KINDS, OWN_ARTICLE_KINDS
from .paths import DEFAULT_ENCODER_DIR, DEFAULT_MODEL_DIR, MODEL_ENV
from .republication import beyond_headline, republication
from .rules import reads_as_clause
from .spans import Annotation, Republication, Span
from .text import DEFAULT_MAX_CHARS, check_lang, coerce_text, guess_lang


class Annotator:
    """Rules plus an optional trained candidate classifier.

    ``classifier`` is a fitted :class:`annotator.model.CandidateClassifier`, its
    array form :class:`annotator.linear.LinearScorer` (what :func:`load` gives), or
    ``None`` for rules only; ``threshold`` is the lowest model probability kept.
    ``encoder`` is the optional encoder stage (:class:`annotator.encoder.EncoderScorer`):
    asides and glosses in the republisher's own words, in republished texts only.
    """

    def __init__(self, classifier: Any = None, threshold: float | None = None, use_rules: bool = True,
                 max_chars: int = DEFAULT_MAX_CHARS, metadata: dict[str, Any] | None = None,
                 encoder: Any = None) -> None:
        self.classifier = classifier
        self.threshold = threshold
        self.use_rules = use_rules
        self.max_chars = max_chars
        self.metadata = dict(metadata or {})
        self.encoder = encoder

    def __repr__(self) -> str:
        model = "rules only" if self.classifier is None else type(self.classifier).__name__
        stage = "" if self.encoder is None else ", encoder stage"
        return f"Annotator({model}, threshold={self.threshold}{stage})"

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write this annotator as a model directory (skops file + meta.json); see :func:`load`."""
        from .persistence import save_model

        return save_model(path, self.classifier, self.threshold, self.use_rules, self.metadata)

    def predict(self, text: str | bytes, lang: str | None = None, errors: str = "strict",
                explain: bool = False, republished: bool | None = None) -> Annotation:
        """Annotate one text; see :func:`annotator.predict`."""
        return self.predict_many([text], lang=lang, errors=errors, explain=explain, republished=republished)[0]

    def predict_many(self, texts: Iterable[str | bytes], lang: str | None = None,
                     errors: str = "strict", explain: bool = False,
                     republished: bool | None = None) -> list[Annotation]:
        """Annotate many texts; the model scores all their candidates in one call (faster).

        ``explain=True`` gives each model span an :class:`~annotator.spans.Explanation`
        (see :mod:`annotator.explain`); the spans are the same either way.
        ``republished`` overrides the republication prior for every text (``None``: detect it).
        """
        if isinstance(texts, (str, bytes, bytearray)):
            raise TypeError("predict_many takes an iterable of texts, not one text; use predict(text)")
        check_lang(lang)
        prepared = [Prepared.of(coerce_text(t, errors, self.max_chars), lang, self.use_rules,
                                republished=republished) for t in texts]
        if self.classifier is not None:
            self._add_model_spans(prepared, explain)
        if self.encoder is not None:
            self._add_encoder_spans(prepared, explain)
        return [p.annotation() for p in prepared]

    def _add_encoder_spans(self, prepared: list[Prepared], explain: bool = False) -> None:
        """The encoder stage's asides and glosses, in the texts the prior does not call an outlet's own."""
        from .encoder import context_features, encode, explanation, units

        owners, found = [], []
        for index, item in enumerate(prepared):
            if item.republished is False:
                continue  # in an outlet's own article an unmarked sentence is its author's
            for unit in units(item.text, item.layout, item.brackets, item.proposals):
                owners.append(index)
                found.append(unit)
        if not found:
            return
        vectors = encode([prepared[owner].text[unit.start:unit.end] for owner, unit in zip(owners, found)])
        shapes = np.asarray([unit.shape() for unit in found], dtype=float)
        features = context_features(vectors, owners, shapes)
        probabilities = self.encoder.probabilities(features)
        for i, kind, score in self.encoder.decide(found, probabilities):
            why = explanation(self.encoder, kind, features[i]) if explain else None
            prepared[owners[i]].proposals.append(Span(found[i].start, found[i].end, kind, score, "model", None, why))

    def _add_model_spans(self, prepared: list[Prepared], explain: bool = False) -> None:
        from .features import max_model_rows, model_candidates

        owners: list[int] = []
        rows: list[tuple[Any, ...]] = []
        cands: list[Candidate] = []
        for index, item in enumerate(prepared):
            for candidate, row in model_candidates(item.text, item.layout, item.brackets, item.lang, item.proposals,
                                                   langs=item.langs, limit=max_model_rows(len(item.text))):
                owners.append(index)
                cands.append(candidate)
                rows.append(row)
        if not rows:
            return
        kinds, scores = self.classifier.predict_spans(rows, threshold=self.threshold)
        explanations = self._explanations(rows, kinds) if explain else [None] * len(rows)
        for owner, candidate, kind, score, why in zip(owners, cands, kinds, scores, explanations):
            # in an outlet's own article (the republication prior) the model proposes only what outlets write unsigned;
            # a note or translator's note it never proposes: without its signature a bracket is no note (the guide);
            # nor an aside: a sentence's voice, which its n-grams do not carry to a new writer (Kind.told_by_voice)
            if kind is not None and kind not in NGRAM_SILENT_KINDS and (
                    kind in OWN_ARTICLE_KINDS or prepared[owner].republished is not False):
                if kind == "lead" and not reads_as_clause(prepared[owner].text, candidate.start, candidate.end):
                    continue  # a date, a rubric or a name on a line of its own reports on nothing
                prepared[owner].proposals.append(Span(candidate.start, candidate.end, kind, score, "model", None, why))

    def _explanations(self, rows: list[tuple[Any, ...]], kinds: list[str | None]) -> list[Any]:
        """Per row its :class:`~annotator.spans.Explanation` where a kind was chosen, else ``None``."""
        from .explain import explain_rows, scorer_of

        scorer = scorer_of(self.classifier)
        if scorer is None:
            raise ValueError(f"cannot explain {type(self.classifier).__name__}: only a linear model with "
                             "sigmoid calibration has the array form explanations are computed from")
        chosen = [index for index, kind in enumerate(kinds) if kind is not None]
        found = explain_rows(scorer, [rows[i] for i in chosen], [kinds[i] for i in chosen])
        out: list[Any] = [None] * len(rows)
        for index, explanation in zip(chosen, found):
            out[index] = explanation
        return out


class Prepared:
    """One text on its way through the pipeline: its layout, bracket groups and proposed spans."""

    __slots__ = ("text", "lang", "langs", "layout", "brackets", "proposals", "republication")

    def __init__(self, text: str, lang: str, lay: Layout, brackets: list[Candidate], proposals: list[Span],
                 langs: tuple[str, ...] | None = None, prior: Republication | None = None):
        self.text, self.lang, self.layout, self.brackets, self.proposals = text, lang, lay, brackets, proposals
        self.langs = langs  # whose form, lead, aside and cue tables apply; None: every language's
        self.republication = prior

    @classmethod
    def of(cls, text: str, lang: str | None, use_rules: bool, republished: bool | None = None) -> Prepared:
        """Layout, bracket groups and rule spans of ``text``.

        The language (``lang``, else the detected one when detection is sure)
        selects the form tables (:func:`annotator.lang.selection`).  The
        republication prior (:mod:`annotator.republication`; ``republished``
        overrides it) is read from the rule spans, and decides the rules that
        need it (:func:`prior_rules.prior_spans`).
        """
        if lang:
            langs = registry.selection(lang)
        else:
            guess = guess_lang(text)
            lang, langs = guess.lang, registry.selection(guess.lang, guess.sure)
        lay = layout(text)
        brackets = bracket_candidates(text, lay)
        proposals = rules.rule_spans(text, lay, brackets, langs) if use_rules else []
        prior = republication(text, lay, proposals, republished)
        if use_rules and not prior.override and not beyond_headline(prior):
            review = prior_rules.review_evidence(text, lay, langs)
            if review is not None:  # a press review gives its republisher away by itself, headline or not
                prior = Republication(True, (*prior.evidence, review))
        if use_rules:
            proposals.extend(prior_rules.prior_spans(text, lay, brackets, proposals, prior.republished,
                                               beyond_headline(prior), langs))
        return cls(text, lang, lay, brackets, proposals, langs, prior)

    @property
    def republished(self) -> bool | None:
        """The republication prior's answer (``None`` when it was not computed)."""
        return None if self.republication is None else self.republication.republished

    def annotation(self) -> Annotation:
        return Annotation(self.text, resolve(self.proposals), self.lang, self.republication)


_DEFAULT: dict[str, Annotator] = {}
_LOCK = threading.Lock()


def load(path: str | os.PathLike[str] | None = None, trusted: Sequence[str | type] | None = None,
         estimator: bool = False, encoder: bool | str | os.PathLike[str] = False) -> Annotator:
    """Load a trained annotator; ``None`` loads the shipped default (or ``$ANNOTATOR_MODEL``).

    ``encoder=True`` adds the shipped encoder stage (``models/encoder``; a path:
    that stage directory), which needs ``pip install 'annotator[encoder]'`` and
    reads every sentence of a republished text (see :mod:`annotator.encoder`).

    A model directory's ``scorer.npz`` (plain arrays: nothing to trust, no
    scikit-learn import) is what predicts.  ``estimator=True`` loads the
    scikit-learn estimator from ``model.skops`` instead, to refit or inspect it
    (same predictions); skops files are read trusting only what skops trusts by
    default and the few types the library's own models hold
    (``annotator.persistence.ALLOWED_TYPES``), plus ``trusted`` types you name yourself.
    """
    from .persistence import load_model

    if path is None:
        path = os.environ.get(MODEL_ENV) or DEFAULT_MODEL_DIR
    parts = load_model(Path(path), trusted=trusted, estimator=estimator)
    return Annotator(parts.classifier, threshold=parts.threshold, use_rules=parts.use_rules,
                     metadata=parts.metadata, encoder=load_encoder(encoder) if encoder else None)


def load_encoder(path: bool | str | os.PathLike[str] = True) -> Any:
    """The encoder stage (:class:`annotator.encoder.EncoderScorer`): ``True`` for the shipped one.

    Raises :class:`annotator.encoder.EncoderMissingError` (an ``ImportError``)
    when the optional encoder package is not installed, and ``ValueError`` for a
    ``$ANNOTATOR_ENCODER_THREADS`` that is no number, before anything is read.
    """
    from .encoder import EncoderScorer, check_encoder, encoder_threads

    check_encoder()
    encoder_threads()
    return EncoderScorer.load(DEFAULT_ENCODER_DIR if path is True else Path(path))


def default_annotator() -> Annotator:
    """The shipped default, loaded once per process."""
    with _LOCK:
        if "default" not in _DEFAULT:
            _DEFAULT["default"] = load()
        return _DEFAULT["default"]


def predict(text: str | bytes, lang: str | None = None, errors: str = "strict",
            explain: bool = False, republished: bool | None = None) -> Annotation:
    """Find the editorial spans in ``text`` with the shipped default model.

    ``text`` is ``str`` or UTF-8 ``bytes`` (``errors`` as in ``bytes.decode``);
    ``lang`` is one of :data:`annotator.lang.LANGUAGES`, or ``None`` to detect it
    (another value raises :class:`InputError`).  Offsets are ``str`` indices.
    ``explain=True`` also says, per model span, which features decided it
    (``Span.explanation``; see :mod:`annotator.explain`).  ``republished`` says
    whether the text is a republished translation (``None``: the republication
    prior decides; see ``Annotation.republication``).
    """
    check_lang(lang)  # before the model loads
    return default_annotator().predict(text, lang=lang, errors=errors, explain=explain, republished=republished)


def predict_rules(text: str | bytes, lang: str | None = None, errors: str = "strict",
                  republished: bool | None = None) -> Annotation:
    """The rule-only reference: marker tables, no model."""
    return Annotator().predict(text, lang=lang, errors=errors, republished=republished)
