"""The array form of the classifier: same n-grams, same hashes, same probabilities as scikit-learn."""

import copy
import io
import json
import re
import subprocess
import sys
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import HashingVectorizer

import annotator
from annotator import linear
from annotator.linear import (NONE, HashedColumn, LinearScorer, ScorerFileError, char_wb_ngrams, kinds_from_proba,
                              word_ngrams)
from annotator.model import CandidateClassifier, _as_array
from annotator.persistence import META_FILE, MODEL_FILE, SCORER_FILE, ModelFileError, save_annotator
from annotator.training import candidate_rows, train

WORDS = ["Pokrovsk", "(Krasnoarmeysk)", "Bloomberg", "reports", "пишет", "the", "NATO", "(sic!)", "ВСУ",
         "Kiev's", "allies", "«Газета»", "2024", "—", "town", "of", "l'été", "straße"]


def record(index: int, lead: bool) -> dict:
    second = (f"Kiev's allies gave up the plan {index}, Bloomberg says." if lead
              else f"Ministers met in Brussels on day {index} and talked.")
    # a republisher named in the last line (the republication prior), no byline under the lead and a
    # verb no lead rule takes: the rules leave the lead to the model, so the rows hold leads
    text = (f"Europe thinks about a ceasefire {index}\n{second}\nPhoto: archive.\n"
            f"Allies shifted their attention (and an obstacle for NATO) to talks {index}.\n"
            f"The town of Pokrovsk (Krasnoarmeysk) is a hub (who would have thought). Day {index}.\n"
            "Read InoSMI on Telegram.")
    start = text.index(second)
    spans = [{"start": start, "end": start + len(second), "kind": "lead"}] if lead else []
    aside = text.index("(who would")
    if index % 3 == 0:
        spans.append({"start": aside, "end": text.index(")", aside) + 1, "kind": "aside"})
    return {"id": f"r{index}", "lang": "en", "text": text, "spans": spans}


RECORDS = [record(i, lead=i % 2 == 0) for i in range(18)]
ROWS, LABELS, WEIGHTS, _ = candidate_rows(RECORDS)
_FITTED: dict[str, CandidateClassifier] = {}


def fitted(name: str = "multi") -> CandidateClassifier:
    """Small models, fitted once: three classes; two classes; and 4-bucket hash spaces full of collisions."""
    if name not in _FITTED:
        labels = LABELS if name != "binary" else ["none" if label == "aside" else label for label in LABELS]
        bits = {"char_bits": 2, "word_bits": 2, "context_bits": 2} if name == "collisions" else {}
        _FITTED[name] = CandidateClassifier(cv=2, **bits).fit(ROWS, labels, sample_weight=WEIGHTS)
    return _FITTED[name]


text_strategy = st.one_of(st.text(max_size=80), st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join))
rows_strategy = st.lists(
    st.tuples(text_strategy, text_strategy, text_strategy,
              *[st.floats(-1e3, 1e3, allow_nan=False) for _ in range(len(ROWS[0]) - 3)]),
    min_size=0, max_size=6)


@settings(max_examples=300, deadline=None)
@given(text_strategy)
def test_character_ngrams_are_scikit_learns(text):
    analyzer = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 4)).build_analyzer()
    assert char_wb_ngrams(text.lower(), 2, 4) == analyzer(text)
    assert char_wb_ngrams(text, 1, 1) == HashingVectorizer(analyzer="char_wb", ngram_range=(1, 1),
                                                           lowercase=False).build_analyzer()(text)


WHITESPACE = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
# words: one letter, longer than the precut lengths, any character but whitespace (lone surrogates too)
word_strategy = st.one_of(
    st.sampled_from(WORDS + ["a", "я", "I", "x" * 31, "ю" * 45]),
    st.text(st.one_of(st.characters(codec=None, exclude_characters=WHITESPACE), st.characters(categories=["Cs"])),
            min_size=1, max_size=45),
)
spaced_text_strategy = st.lists(st.tuples(st.text(st.sampled_from(WHITESPACE), max_size=3), word_strategy)).map(
    lambda parts: "".join(space + word for space, word in parts))
ngram_ranges = st.integers(1, 6).flatmap(lambda low: st.tuples(st.just(low), st.integers(low, 7)))


def loop_char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """The character n-grams as scikit-learn's loop cuts them, word by word and n by n."""
    grams = []
    for word in re.sub(r"\s\s+", " ", text).split():
        word = f" {word} "
        for n in range(low, high + 1):
            if len(word) <= n:
                grams.append(word)
                break
            grams.extend(word[i:i + n] for i in range(len(word) - n + 1))
    return grams


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(spaced_text_strategy, text_strategy), ngram_range=ngram_ranges)
def test_character_ngrams_by_slices_are_the_loops_and_scikit_learns(text, ngram_range):
    analyzer = HashingVectorizer(analyzer="char_wb", ngram_range=ngram_range, lowercase=False).build_analyzer()
    grams = char_wb_ngrams(text, *ngram_range)
    assert grams == loop_char_wb_ngrams(text, *ngram_range)
    assert grams == analyzer(text)


@pytest.mark.parametrize("ngram_range, lowercase", [((1, 1), False), ((1, 2), True)])
@settings(max_examples=150, deadline=None)
@given(text=st.one_of(spaced_text_strategy, text_strategy))
def test_whitespace_tokens_are_scikit_learns(ngram_range, lowercase, text):
    column = HashedColumn(0, 0, 16, "word", ngram_range, lowercase, r"\S+")
    vectorizer = HashingVectorizer(token_pattern=r"\S+", ngram_range=ngram_range, lowercase=lowercase)
    assert column.ngrams()(text) == vectorizer.build_analyzer()(text)


@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2), (2, 3), (1, 4)])
@settings(max_examples=100, deadline=None)
@given(text=text_strategy)
def test_word_ngrams_are_scikit_learns(ngram_range, text):
    vectorizer = HashingVectorizer(ngram_range=ngram_range)
    tokens = vectorizer.build_tokenizer()(text.lower())
    assert word_ngrams(tokens, *ngram_range) == vectorizer.build_analyzer()(text)


@pytest.mark.parametrize("name", ["multi", "binary", "collisions"])
@settings(max_examples=60, deadline=None)
@given(rows=rows_strategy)
def test_probabilities_equal_the_pipelines(name, rows):
    model = fitted(name)
    scorer = model.to_scorer()
    expected = model.pipeline_.predict_proba(_as_array(rows)) if rows else np.zeros((0, len(model.classes_)))
    got = scorer.predict_proba(rows)
    assert got.shape == (len(rows), len(model.classes_))
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-12)


def argmax_kinds_from_proba(proba, classes, thresholds, threshold=None):
    """Kinds and probabilities spelled out with np.where, np.argmax and np.clip."""
    cut = thresholds if threshold is None else np.full(len(classes), float(threshold))
    ratio = np.where(classes != NONE, proba / np.maximum(cut, 1e-9), 0.0)
    best = np.argmax(ratio, axis=1)
    rows = np.arange(len(best))
    kinds = [str(classes[b]) if ratio[r, b] >= 1.0 else None for r, b in zip(rows, best)]
    return kinds, np.clip(proba[rows, best], 0.0, 1.0).tolist()


CLASSES = np.array(["aside", "gloss", "lead", NONE, "note"], dtype=object)
THRESHOLDS = np.array([0.05, 0.3, 0.7, 0.5, 0.3])
# probabilities at, around and far from the thresholds, ties, and rows of NaN
proba_rows = st.one_of(
    st.lists(st.sampled_from([0.0, 1e-10, 0.015, 0.05, 0.3, 0.2999999, 0.7, 0.9, 1.0, 1.5, -0.0]),
             min_size=len(CLASSES), max_size=len(CLASSES)),
    st.lists(st.floats(0, 1), min_size=len(CLASSES), max_size=len(CLASSES)),
    st.just([float("nan")] * len(CLASSES)),
)


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(proba_rows, max_size=12), threshold=st.one_of(st.none(), st.sampled_from([0.0, 0.3, 0.9, 2.0])))
def test_kinds_pick_the_widest_ratio_over_the_threshold(rows, threshold):
    proba = np.array(rows, dtype=np.float64).reshape(len(rows), len(CLASSES))
    kinds, scores = kinds_from_proba(proba, CLASSES, THRESHOLDS, threshold)
    expected_kinds, expected_scores = argmax_kinds_from_proba(proba, CLASSES, THRESHOLDS, threshold)
    assert kinds == expected_kinds
    np.testing.assert_array_equal(scores, expected_scores)  # NaN where NaN


def test_real_rows_score_alike_and_kinds_follow_thresholds():
    model = fitted()
    scorer = model.to_scorer()
    np.testing.assert_allclose(scorer.predict_proba(ROWS), model.pipeline_.predict_proba(_as_array(ROWS)),
                               rtol=0, atol=1e-12)
    assert list(scorer.predict(ROWS)) == list(model.pipeline_.predict(_as_array(ROWS)))
    kinds, scores = scorer.predict_spans(ROWS)
    assert kinds == model.predict_spans(ROWS)[0]
    assert {"lead", "aside"} <= set(kinds) and None in kinds
    assert all(0.0 <= score <= 1.0 for score in scores)
    assert scorer.predict_spans(ROWS, threshold=1.0)[0] == [None] * len(ROWS)


def test_file_round_trip_keeps_every_number():
    scorer = fitted().to_scorer()
    again = LinearScorer.from_bytes(scorer.to_bytes())
    for name in ("coef_", "intercept_", "mean_", "scale_", "calibration_a_", "calibration_b_", "thresholds_"):
        np.testing.assert_array_equal(getattr(again, name), getattr(scorer, name))
    assert list(again.classes_) == list(scorer.classes_) and again.columns == scorer.columns
    np.testing.assert_array_equal(again.predict_proba(ROWS), scorer.predict_proba(ROWS))


def _npz(**arrays) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _arrays(scorer: LinearScorer) -> dict:
    with np.load(io.BytesIO(scorer.to_bytes())) as archive:
        return {key: archive[key] for key in archive.files}


@pytest.mark.parametrize("damage, message", [
    (lambda a: {**a, "classes": np.array([object()] * len(a["classes"]), dtype=object)}, "not a scorer file"),
    (lambda a: {**a, "coef": a["coef"][:-1]}, "do not add up"),
    (lambda a: {**a, "coef": np.where(a["coef"] > 0, np.nan, a["coef"])}, "not finite"),
    (lambda a: {**a, "thresholds": a["thresholds"][:1]}, "thresholds or classes"),
    (lambda a: {**a, "intercept": a["intercept"].astype(int)}, "not numbers"),
    (lambda a: {k: v for k, v in a.items() if k != "mean"}, "corrupt scorer file"),
    (lambda a: {**a, "spec": np.array(json.dumps({**json.loads(str(a["spec"])), "format": "x"}))}, "format 'x'"),
    (lambda a: {**a, "spec": np.array(json.dumps({**json.loads(str(a["spec"])), "format_version": 99}))},
     "format version 99"),
    (lambda a: {**a, "spec": np.array("{not json")}, "corrupt scorer file"),
])
def test_damaged_files_are_refused_with_the_reason(damage, message):
    data = _npz(**damage(_arrays(fitted().to_scorer())))
    with pytest.raises(ScorerFileError, match=message):
        LinearScorer.from_bytes(data, "x.npz")


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04junk", b"\x80\x04\x95 pickle", bytes(range(256)) * 4])
def test_bytes_that_are_not_a_scorer_are_refused(data):
    with pytest.raises(ScorerFileError, match="x.npz: not a scorer file"):
        LinearScorer.from_bytes(data, "x.npz")


def test_settings_it_cannot_reproduce_are_refused_and_the_model_still_saves(tmp_path):
    model = copy.deepcopy(fitted())
    model.pipeline_.named_steps["features"].transformers_[0][1].set_params(norm="l1")
    with pytest.raises(ValueError, match="norm"):
        model.to_scorer()
    with pytest.warns(UserWarning, match="no array form"):
        path = save_annotator(annotator.Annotator(model), tmp_path / "model")
    assert not (path / SCORER_FILE).exists()
    assert type(annotator.load(path).classifier) is CandidateClassifier


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    return train(RECORDS, CandidateClassifier(cv=2)).save(tmp_path_factory.mktemp("m") / "model")


def test_a_saved_model_predicts_from_its_arrays_and_keeps_the_estimator(model_dir):
    meta = json.loads((model_dir / META_FILE).read_text())
    assert set(meta["files"]) == {MODEL_FILE, SCORER_FILE}
    fast = annotator.load(model_dir)
    slow = annotator.load(model_dir, estimator=True)
    assert isinstance(fast.classifier, LinearScorer)
    assert isinstance(slow.classifier, CandidateClassifier)
    text = record(40, lead=True)["text"]
    assert fast.predict(text) == slow.predict(text)
    assert any(span.kind == "lead" for span in fast.predict(text).spans)
    assert annotator.load(model_dir / SCORER_FILE).predict(text) == fast.predict(text)


def test_an_array_only_model_saves_and_loads(model_dir, tmp_path):
    fast = annotator.load(model_dir)
    path = fast.save(tmp_path / "arrays")
    assert sorted(p.name for p in path.iterdir()) == [META_FILE, SCORER_FILE]
    text = record(41, lead=True)["text"]
    assert annotator.load(path).predict(text) == fast.predict(text)
    # saving a skops-only classifier over it removes the stale arrays
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from sklearn.dummy import DummyClassifier
        save_annotator(annotator.Annotator(DummyClassifier()), path)
    assert not (path / SCORER_FILE).exists() and (path / MODEL_FILE).exists()


def test_a_replaced_scorer_file_is_refused(model_dir, tmp_path):
    import shutil

    copy_dir = tmp_path / "model"
    shutil.copytree(model_dir, copy_dir)
    other = train(RECORDS[:12], CandidateClassifier(cv=2)).classifier.to_scorer()
    (copy_dir / SCORER_FILE).write_bytes(other.to_bytes())
    with pytest.raises(ModelFileError, match="checksum"):
        annotator.load(copy_dir)
    (copy_dir / SCORER_FILE).write_bytes(b"PK\x03\x04")
    with pytest.raises(ModelFileError, match="checksum"):
        annotator.load(copy_dir)
    (copy_dir / META_FILE).write_text(json.dumps({"format": "annotator-model"}))
    with pytest.raises(ModelFileError, match="truncated or corrupt"):
        annotator.load(copy_dir)


def test_bad_settings_in_meta_are_refused(model_dir, tmp_path):
    import shutil

    copy_dir = tmp_path / "model"
    shutil.copytree(model_dir, copy_dir)
    meta = json.loads((copy_dir / META_FILE).read_text())
    (copy_dir / META_FILE).write_text(json.dumps({**meta, "threshold": 3}))
    with pytest.raises(ModelFileError, match="threshold must be a number"):
        annotator.load(copy_dir)
    (copy_dir / META_FILE).write_text(json.dumps({**meta, "use_rules": "yes"}))
    with pytest.raises(ModelFileError, match="use_rules must be true or false"):
        annotator.load(copy_dir)


def test_predicting_with_a_saved_model_never_imports_scikit_learn(model_dir):
    code = (
        "import sys, annotator\n"
        f"model = annotator.load({str(model_dir)!r})\n"
        "spans = model.predict('Pokrovsk (Krasnoarmeysk), Bloomberg reports.').spans\n"
        "print(sorted(m for m in ('sklearn', 'skops', 'scipy', 'pandas') if m in sys.modules), len(spans))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[0] == "[]"


def test_a_scorer_that_unpacks_too_big_is_refused_before_it_is_read(model_dir, tmp_path, monkeypatch):
    import shutil

    from annotator import persistence

    copy_dir = tmp_path / "model"
    shutil.copytree(model_dir, copy_dir)
    size = (copy_dir / SCORER_FILE).stat().st_size
    monkeypatch.setattr(persistence, "MAX_MODEL_BYTES", size + 1)  # the file fits, what it unpacks to does not
    with pytest.raises(ModelFileError, match="unpacks to .* over the model size limit"):
        annotator.load(copy_dir)
    monkeypatch.setattr(persistence, "MAX_MODEL_BYTES", size - 1)
    with pytest.raises(ModelFileError, match="over the model size limit"):
        annotator.load(copy_dir)


def test_a_classifier_without_an_array_form_predicts_through_its_pipeline(tmp_path):
    model = CandidateClassifier(cv=2, calibration="isotonic").fit(ROWS, LABELS, sample_weight=WEIGHTS)
    with pytest.raises(ValueError, match="sigmoid"):
        model.to_scorer()
    np.testing.assert_array_equal(model.predict_proba(ROWS), model.pipeline_.predict_proba(_as_array(ROWS)))
    with pytest.warns(UserWarning, match="no array form"):
        path = save_annotator(annotator.Annotator(model), tmp_path / "isotonic")
    text = record(50, lead=True)["text"]
    assert annotator.load(path).predict(text) == annotator.Annotator(model).predict(text)


def test_a_row_scores_the_same_alone_or_in_a_batch():
    scorer = fitted().to_scorer()
    batch = scorer.predict_proba(ROWS)
    for index, row in enumerate(ROWS):
        assert scorer.predict_proba([row])[0].tolist() == batch[index].tolist()  # bit for bit


def test_a_big_batch_scores_part_by_part_as_in_one_go(monkeypatch):
    scorer = fitted().to_scorer()
    whole = scorer.decision_function(ROWS)
    monkeypatch.setattr(linear, "_ROWS_AT_ONCE", 4)
    assert len(ROWS) > 8 and scorer.decision_function(ROWS).tolist() == whole.tolist()
    np.testing.assert_array_equal(scorer.predict_proba(ROWS[:9]), scorer.predict_proba(ROWS)[:9])


@pytest.mark.parametrize("name", ["multi", "binary", "collisions"])
@settings(max_examples=60, deadline=None)
@given(rows=rows_strategy)
def test_any_row_scores_the_same_alone_or_anywhere_in_a_batch(name, rows):
    scorer = fitted(name).to_scorer()
    batch = rows + ROWS[:7] + rows[::-1]
    scores = scorer.decision_function(batch)
    for index, row in enumerate(batch):
        assert scorer.decision_function([row])[0].tolist() == scores[index].tolist()  # bit for bit
    kinds, probabilities = scorer.predict_spans(batch)
    assert [scorer.predict_spans([row]) for row in batch] == [([k], [p]) for k, p in zip(kinds, probabilities)]
