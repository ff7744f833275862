"""Explanations of model spans: exact sums of weight x value, named by the row's own n-grams."""

import dataclasses
import json
import math

import numpy as np
import pytest
from test_linear import LABELS, ROWS, WEIGHTS, fitted, record

import annotator
from annotator.api import Annotator
from annotator.cli import main
from annotator.explain import COLUMN_NAMES, NUMBER_NAMES, contributions, explain_row, explain_rows, scorer_of
from annotator.linear import LinearScorer
from annotator.model import CandidateClassifier
from annotator.paths import DEFAULT_MODEL_DIR
from annotator.render import render_html, render_terminal, why

HAS_DEFAULT_MODEL = (DEFAULT_MODEL_DIR / "scorer.npz").exists()
needs_model = pytest.mark.skipif(not HAS_DEFAULT_MODEL, reason="no shipped model")

# Articles the shipped model (not a rule) finds a span in.
MODEL_TEXTS = [  # a text the shipped model finds a span in (a lead no rule takes; the disclaimer makes it republished)
    "Bridges are crumbling in Bremen\nThe city's bridges are falling apart and the budget rule is to blame, "
    "Anna Kessler argues in the Nordsee-Kurier. She wants the rule abolished.\nAnna Kessler\n"
    "The debt brake was written into the constitution in 2009. Since then the country has not built enough.\n"
    "InoSMI materials contain assessments exclusively of foreign media and do not reflect the position of the "
    "InoSMI editorial staff.",
]


def close(a: float, b: float, terms: float) -> bool:
    """Equal up to the rounding of a sum whose terms add up to ``terms`` in absolute value."""
    return abs(a - b) <= 1e-12 * max(1.0, terms) * 64


def check_exact(scorer: LinearScorer, row: tuple, kind: str) -> None:
    output, sign = scorer.output_of(kind)
    expected = sign * float(scorer.decision_function([row])[0, output])
    intercept, terms = contributions(scorer, row, kind)
    total = math.fsum([intercept, *(t.value for t in terms)])
    assert close(total, expected, abs(intercept) + sum(abs(t.value) for t in terms)), (kind, total, expected)
    top = explain_row(scorer, row, kind, top=3)
    assert len(top.contributions) == min(3, len(terms)) and top.n_features == len(terms)
    assert close(top.total(), top.score, abs(intercept) + sum(abs(t.value) for t in terms))
    assert top.score == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("name", ["multi", "binary", "collisions"])
def test_contributions_sum_to_the_decision_score_of_every_class(name):
    scorer = fitted(name).to_scorer()
    for row in ROWS[:40]:
        for kind in scorer.classes_:
            check_exact(scorer, row, str(kind))


def test_the_score_explained_is_the_pipelines_decision_function():
    model = fitted("multi")
    regression = model.pipeline_.named_steps["classifier"].calibrated_classifiers_[0].estimator
    matrix = model.pipeline_.named_steps["features"].transform(np.asarray(ROWS[:20], dtype=object))
    reference = regression.decision_function(matrix)
    for row, line in zip(ROWS[:20], reference):
        for index, kind in enumerate(model.classes_):
            assert explain_row(model.to_scorer(), row, str(kind)).score == pytest.approx(line[index], abs=1e-9)


def test_a_binary_models_first_class_is_explained_by_the_negated_logit():
    scorer = fitted("binary").to_scorer()
    first, second = (str(c) for c in scorer.classes_)
    for row in ROWS[:10]:
        a, b = explain_row(scorer, row, first, top=None), explain_row(scorer, row, second, top=None)
        assert a.score == -b.score and a.intercept == -b.intercept
        assert sorted(c.value for c in a.contributions) == sorted(-c.value for c in b.contributions)


def grams_of(scorer: LinearScorer, row: tuple) -> dict[str, set[str]]:
    return {COLUMN_NAMES[c.column]: set(c.ngrams()(row[c.column])) for c in scorer.columns if row[c.column]}


def names(feature: str) -> tuple[str, list[str]]:
    """``chars: ".)" | "xy"`` -> ``("chars", [".)", "xy"])``."""
    label, _, rest = feature.partition(": ")
    parts = rest.split(" | ")
    return label, parts if label in ("context", "numbers") else [json.loads(part) for part in parts]


def test_names_are_the_rows_own_ngrams_and_a_shared_column_names_all_of_them():
    scorer = fitted("collisions").to_scorer()  # 4 buckets per column: nearly every column is shared
    shared = 0
    for row in ROWS[:30]:
        grams = grams_of(scorer, row)
        named: dict[str, set[str]] = {label: set() for label in grams}
        intercept, terms = contributions(scorer, row, "lead")
        for term in terms:
            label, parts = names(term.feature)
            if label == "numbers":
                assert parts[0] in NUMBER_NAMES
                continue
            column = next(c for c in scorer.columns if COLUMN_NAMES[c.column] == label)
            assert len({column.bucket(part) for part in parts}) == 1  # one column, every n-gram hashed into it
            assert set(parts) <= grams[label] and not named[label] & set(parts)
            named[label] |= set(parts)
            shared += len(parts) > 1
        assert named == grams  # every n-gram of the row names exactly one term
    assert shared > 0


def test_number_terms_are_named_by_their_column():
    scorer = fitted("multi").to_scorer()
    intercept, terms = contributions(scorer, ROWS[0], "lead")
    numbers = [t.feature for t in terms if t.feature.startswith("numbers: ")]
    assert numbers == [f"numbers: {name}" for name in NUMBER_NAMES]
    assert len(ROWS[0]) - scorer.number_columns == len(NUMBER_NAMES)


def test_explain_rows_matches_explain_row():
    scorer = fitted("multi").to_scorer()
    kinds = [str(scorer.classes_[i % len(scorer.classes_)]) for i in range(12)]
    for row, kind, explanation in zip(ROWS, kinds, explain_rows(scorer, ROWS[:12], kinds)):
        assert explanation == explain_row(scorer, row, kind)


def test_predict_explains_model_spans_of_a_trained_model_and_changes_nothing_else():
    model = fitted("multi")
    texts = [record(100 + i, lead=True)["text"] for i in range(6)]  # the training articles' form
    for classifier in (model, model.to_scorer()):
        plain = Annotator(classifier).predict_many(texts)
        explained = Annotator(classifier).predict_many(texts, explain=True)
        assert plain == explained and [a.to_dict() for a in plain] != [a.to_dict() for a in explained]
        model_spans = [s for a in explained for s in a.spans if s.source == "model"]
        assert model_spans
        for annotation in explained:
            for span in annotation.spans:
                assert (span.explanation is not None) == (span.source == "model")
                if span.explanation is not None:
                    assert span.explanation.kind == span.kind
                    assert close(span.explanation.total(), span.explanation.score, 1e3)
        for annotation in plain:
            assert all(span.explanation is None and "explanation" not in span.to_dict() for span in annotation.spans)


def test_a_model_without_an_array_form_cannot_be_explained():
    model = CandidateClassifier(cv=2, calibration="isotonic", char_bits=6, word_bits=6, context_bits=6).fit(
        ROWS, LABELS, sample_weight=WEIGHTS)
    assert scorer_of(model) is None
    Annotator(model).predict("A text (with a bracket).")  # predicting is fine
    with pytest.raises(ValueError, match="cannot explain"):
        Annotator(model).predict("Europe\nKiev's allies gave up the plan, Bloomberg reports.\nIan Marlow\nA (b).",
                                 explain=True)


@needs_model
def test_shipped_model_spans_are_explained_exactly_and_rule_spans_not(seed_record):
    explained = annotator.predict(MODEL_TEXTS[0], explain=True)
    assert explained == annotator.predict(MODEL_TEXTS[0])
    spans = [s for s in explained.spans if s.source == "model"]
    assert spans
    scorer = scorer_of(annotator.api.default_annotator().classifier)
    for span in spans:
        e = span.explanation
        assert e.kind == span.kind and len(e.contributions) <= 8 and e.n_features > len(e.contributions)
        assert close(e.total(), e.score, abs(e.intercept) + sum(abs(c.value) for c in e.contributions) + 1e3)
        assert [abs(c.value) for c in e.contributions] == sorted((abs(c.value) for c in e.contributions), reverse=True)
        text = explained.span_text(span).lower()
        for c in e.contributions:
            label, parts = names(c.feature)
            if label in ("chars", "words"):  # n-grams of the span's own (lower-cased) text
                assert all(part.strip(" ").replace(" ", "") in text.replace(" ", "") for part in parts), c
    seed = annotator.predict(seed_record["text"], explain=True)
    assert seed.spans and all(s.explanation is None for s in seed.spans if s.source == "rule")
    # every row, every class, of the shipped scorer
    from annotator.features import model_candidates
    from annotator.api import Prepared

    prepared = Prepared.of(seed_record["text"], None, True)
    rows = [row for _, row in model_candidates(prepared.text, prepared.layout, prepared.brackets, prepared.lang,
                                               prepared.proposals, langs=prepared.langs)]
    assert rows
    for row in rows[:10]:
        for kind in scorer.classes_:
            check_exact(scorer, row, str(kind))


@needs_model
def test_renderers_show_explanations_only_when_asked():
    explained = annotator.predict(MODEL_TEXTS[0], explain=True)
    span = next(s for s in explained.spans if s.source == "model")
    assert why(span).startswith(f"why: {span.kind} logit ") and why(dataclasses.replace(span, explanation=None)) == ""
    plain_terminal = render_terminal(explained, color=False)
    terminal = render_terminal(explained, color=False, explain=True)
    why_lines = [line for line in terminal.split("\n") if line.startswith("   \u21b3 why: ")]
    assert len(why_lines) == sum(s.source == "model" for s in explained.spans)
    assert "\n".join(line for line in terminal.split("\n") if not line.startswith("   \u21b3 why: ")) == plain_terminal
    page = render_html(explained, "t")
    assert "intercept" in page and "logit" in page
    assert "intercept" not in render_html(annotator.predict(MODEL_TEXTS[0]), "t")


@needs_model
def test_cli_explain_flags(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(MODEL_TEXTS[0], encoding="utf-8")
    assert main(["predict", str(path), "--json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert all("explanation" not in span for span in plain["spans"])
    assert main(["predict", str(path), "--json", "--explain"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [{k: v for k, v in s.items() if k != "explanation"} for s in record["spans"]] == plain["spans"]
    for span in record["spans"]:
        assert ("explanation" in span) == (span["source"] == "model")
        if "explanation" in span:
            e = span["explanation"]
            assert e["kind"] == span["kind"] and e["contributions"]
            assert set(e["contributions"][0]) == {"feature", "value"}
            total = e["intercept"] + e["rest"] + sum(c["value"] for c in e["contributions"])
            assert total == pytest.approx(e["score"], abs=1e-4)
    assert main(["show", str(path), "--color", "never"]) == 0
    assert "why:" not in capsys.readouterr().out
    assert main(["show", str(path), "--color", "never", "--explain"]) == 0
    assert "   \u21b3 why: lead logit" in capsys.readouterr().out
    page = tmp_path / "page.html"
    assert main(["show", str(path), "--explain", "--html", str(page)]) == 0
    assert "intercept" in page.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["predict", str(path), "--rules-only", "--json", "--explain"]) == 0  # nothing to explain: fine
    assert all("explanation" not in s for s in json.loads(capsys.readouterr().out)["spans"])
