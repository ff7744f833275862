"""Metric tests on hand-computed cases, plus the ``annotator evaluate`` command."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import pytest

from annotator import evaluation
from annotator.cli import evaluate as evaluate_command
from annotator.evaluation import ROWS, PRF, evaluate, score
from annotator.spans import KINDS, Annotation, Span

REPO = Path(__file__).resolve().parent.parent
SEED_GOLD = REPO / "seeds" / "seed_gold.jsonl"
X = "x" * 50  # a plain text; no span of it carries a marker, so all are unmarked


def approx(value: float) -> object:
    return pytest.approx(value, abs=1e-9)


def prf(row_prf: PRF) -> tuple[float, float, float]:
    return (row_prf.precision, row_prf.recall, row_prf.f1)


# ------------------------------------------------------------------ span metrics
def test_exact_match_scores_one_everywhere() -> None:
    result = score([[(2, 5, "gloss")]], [[(2, 5, "gloss")]], [X])
    row = result.overall
    assert (row.gold, row.predicted) == (1, 1)
    assert prf(row.exact) == (1.0, 1.0, 1.0)
    assert prf(row.overlap) == (1.0, 1.0, 1.0)
    assert prf(row.char) == (1.0, 1.0, 1.0)
    assert row.doc_accuracy == 1.0


def test_off_by_one_boundary_is_exact_zero_overlap_partial() -> None:
    # gold [10, 20) = 10 chars, predicted [11, 21) = 10 chars; shared [11, 20) = 9 chars
    # exact: no match -> P = R = F1 = 0
    # overlap P = 9/10 = 0.9, R = 9/10 = 0.9, F1 = 0.9 ; char the same 9/10
    row = score([[(10, 20, "gloss")]], [[(11, 21, "gloss")]], [X]).overall
    assert prf(row.exact) == (0.0, 0.0, 0.0)
    assert row.overlap.precision == approx(0.9)
    assert row.overlap.recall == approx(0.9)
    assert row.overlap.f1 == approx(0.9)
    assert row.char.f1 == approx(0.9)


def test_prediction_inside_gold_overlap_is_asymmetric() -> None:
    # gold [10, 20) = 10 chars, predicted [12, 17) = 5 chars, all inside gold
    # overlap P = 5/5 = 1.0, R = 5/10 = 0.5, F1 = 2*1*0.5/1.5 = 2/3
    row = score([[(10, 20, "aside")]], [[(12, 17, "aside")]], [X]).overall
    assert row.exact.f1 == 0.0
    assert row.overlap.precision == approx(1.0)
    assert row.overlap.recall == approx(0.5)
    assert row.overlap.f1 == approx(2 / 3)


def test_one_prediction_over_two_gold_spans_sums_the_credit() -> None:
    # gold [0, 4) and [6, 10) (4 chars each), predicted [2, 8) (6 chars)
    # P = (|[2,4)| + |[6,8)|) / 6 = (2 + 2)/6 = 2/3
    # R = mean(2/4, 2/4) = 0.5 ; F1 = 2*(2/3)*(1/2)/(2/3+1/2) = (2/3)/(7/6) = 4/7
    row = score([[(0, 4, "gloss"), (6, 10, "gloss")]], [[(2, 8, "gloss")]], [X]).overall
    assert row.overlap.precision == approx(2 / 3)
    assert row.overlap.recall == approx(0.5)
    assert row.overlap.f1 == approx(4 / 7)


def test_kind_mismatch_gets_char_credit_only() -> None:
    # same characters, gloss vs aside
    # exact 0; overlap needs the same kind, also in "overall" -> 0
    # char ignores kind -> 10/10 -> 1.0 ; doc accuracy overall: both have a span -> 1.0
    result = score([[(10, 20, "gloss")]], [[(10, 20, "aside")]], [X])
    row = result.overall
    assert prf(row.exact) == (0.0, 0.0, 0.0)
    assert prf(row.overlap) == (0.0, 0.0, 0.0)
    assert prf(row.char) == (1.0, 1.0, 1.0)
    assert row.doc_accuracy == 1.0
    # gloss row: 1 gold, 0 predicted -> P = 1 (nothing claimed), R = 0, F1 = 0; doc: gold yes, pred no -> 0
    gloss = result.row("gloss")
    assert (gloss.gold, gloss.predicted) == (1, 0)
    assert prf(gloss.exact) == (1.0, 0.0, 0.0)
    assert prf(gloss.char) == (1.0, 0.0, 0.0)
    assert gloss.doc_accuracy == 0.0
    # aside row: 0 gold, 1 predicted -> P = 0, R = 1 (nothing to miss), F1 = 0
    aside = result.row("aside")
    assert prf(aside.overlap) == (0.0, 1.0, 0.0)


def test_empty_gold_with_predictions() -> None:
    # no gold, one predicted span: P = 0/1 = 0, R = 1 (vacuous), F1 = 0; doc wrong -> 0
    row = score([[]], [[(0, 3, "elision")]], [X]).overall
    assert (row.gold, row.predicted) == (0, 1)
    assert prf(row.exact) == (0.0, 1.0, 0.0)
    assert prf(row.overlap) == (0.0, 1.0, 0.0)
    assert prf(row.char) == (0.0, 1.0, 0.0)
    assert row.doc_accuracy == 0.0


def test_empty_predictions_with_gold() -> None:
    # one gold span, nothing predicted: P = 1 (vacuous), R = 0/1 = 0, F1 = 0
    row = score([[(0, 3, "elision")]], [[]], [X]).overall
    assert prf(row.exact) == (1.0, 0.0, 0.0)
    assert prf(row.overlap) == (1.0, 0.0, 0.0)
    assert prf(row.char) == (1.0, 0.0, 0.0)
    assert row.doc_accuracy == 0.0


def test_both_empty_is_perfect_and_never_nan() -> None:
    result = score([[]], [[]], [X])
    for row in result.rows:
        assert (row.gold, row.predicted) == (0, 0)
        assert prf(row.exact) == prf(row.overlap) == prf(row.char) == (1.0, 1.0, 1.0)
        assert row.doc_accuracy == 1.0
    assert not any(isinstance(v, float) and math.isnan(v) for v in result.to_frame().to_numpy().ravel())


def test_no_documents_is_an_error() -> None:
    with pytest.raises(ValueError, match="no documents"):
        score([], [], [])


def test_two_documents_pool_spans() -> None:
    # doc A: gold gloss [0,10), aside [20,30); predicted gloss [0,10)
    # doc B: gold gloss [5,15);                predicted gloss [5,10), aside [30,40)
    # exact: 1 match (A gloss) of 3 predicted and 3 gold -> P = R = F1 = 1/3
    # overlap P: A gloss 10/10 = 1, B gloss 5/5 = 1, B aside 0/10 = 0 -> 2/3
    # overlap R: A gloss 1, A aside 0, B gloss 5/10 = 0.5 -> 1.5/3 = 0.5 ; F1 = 4/7
    # char: gold 10+10+10 = 30, pred 10+5+10 = 25, shared 10+5 = 15 -> P = 0.6, R = 0.5, F1 = 0.6/1.1 = 6/11
    gold = [[(0, 10, "gloss"), (20, 30, "aside")], [(5, 15, "gloss")]]
    pred = [[(0, 10, "gloss")], [(5, 10, "gloss"), (30, 40, "aside")]]
    result = score(gold, pred, [X, X])
    row = result.overall
    assert result.documents == 2
    assert (row.gold, row.predicted) == (3, 3)
    assert row.exact.f1 == approx(1 / 3)
    assert row.overlap.precision == approx(2 / 3)
    assert row.overlap.recall == approx(0.5)
    assert row.overlap.f1 == approx(4 / 7)
    assert row.char.precision == approx(0.6)
    assert row.char.recall == approx(0.5)
    assert row.char.f1 == approx(6 / 11)
    # gloss row: gold A[0,10) B[5,15), pred A[0,10) B[5,10)
    # exact 1/2 and 1/2; overlap P = (1 + 1)/2 = 1, R = (1 + 0.5)/2 = 0.75
    gloss = result.row("gloss")
    assert prf(gloss.exact) == (0.5, 0.5, 0.5)
    assert gloss.overlap.precision == approx(1.0)
    assert gloss.overlap.recall == approx(0.75)


def test_char_f1_is_micro_over_documents() -> None:
    # doc 1: gold [0,10), pred [0,5)  -> 5 shared of 10 gold, 5 predicted
    # doc 2: gold none,   pred [0,5)  -> 0 shared, 5 predicted
    # pooled: gold 10, pred 10, shared 5 -> P = R = F1 = 0.5
    # (a per-document mean would be (2/3 + 0)/2 = 1/3, so this tells the two apart)
    row = score([[(0, 10, "lead")], []], [[(0, 5, "lead")], [(0, 5, "lead")]], [X, X]).overall
    assert prf(row.char) == (0.5, 0.5, 0.5)


def test_doc_accuracy_counts_agreement_on_has_any_span() -> None:
    # (gold yes, pred yes) right; (yes, no) wrong; (no, yes) wrong; (no, no) right -> 2/4 = 0.5
    gold = [[(0, 3, "gloss")], [(0, 3, "gloss")], [], []]
    pred = [[(10, 13, "aside")], [], [(0, 3, "gloss")], []]
    assert score(gold, pred, [X] * 4).overall.doc_accuracy == 0.5


MARKED_TEXT = "Pokrovsk (Krasnoarmeysk) fell (the authors forget this – Approx. InoSMI) today."


def _find(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def test_marked_and_unmarked_rows() -> None:
    gloss = (*_find(MARKED_TEXT, "(Krasnoarmeysk)"), "gloss")  # no marker -> unmarked
    note = (*_find(MARKED_TEXT, "(the authors forget this – Approx. InoSMI)"), "note")  # marker -> marked
    result = score([[gloss, note]], [[note]], [MARKED_TEXT])
    marked, unmarked = result.row("marked"), result.row("unmarked")
    # marked: 1 gold note, found exactly -> 1.0
    assert (marked.gold, marked.predicted) == (1, 1)
    assert prf(marked.exact) == (1.0, 1.0, 1.0)
    # unmarked: 1 gold gloss, nothing predicted -> P 1 (vacuous), R 0, F1 0
    assert (unmarked.gold, unmarked.predicted) == (1, 0)
    assert prf(unmarked.exact) == (1.0, 0.0, 0.0)
    # overall: 1 of 2 gold, 1 of 1 predicted -> P 1, R 0.5, F1 2/3
    assert result.overall.exact.f1 == approx(2 / 3)


def test_marked_status_of_a_prediction_follows_its_own_text() -> None:
    # a predicted "note" that stops before the marker has no marker: it is unmarked
    note = (*_find(MARKED_TEXT, "(the authors forget this – Approx. InoSMI)"), "note")
    cut = (note[0], MARKED_TEXT.index(" – Approx."), "note")
    result = score([[note]], [[cut]], [MARKED_TEXT])
    assert (result.row("marked").gold, result.row("marked").predicted) == (1, 0)
    assert (result.row("unmarked").gold, result.row("unmarked").predicted) == (0, 1)


def test_disclaimer_is_always_marked() -> None:
    text = "InoSMI materials contain assessments exclusively of foreign media."
    result = score([[(0, len(text), "disclaimer")]], [[]], [text])
    assert result.row("marked").gold == 1
    assert result.row("unmarked").gold == 0


def test_span_inputs_may_be_spans_dicts_or_tuples() -> None:
    a = score([[Span(2, 5, "gloss")]], [[{"start": 2, "end": 5, "kind": "gloss"}]], [X])
    b = score([[(2, 5, "gloss")]], [[(2, 5, "gloss")]], [X])
    assert a.rows == b.rows


def test_span_past_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="past the end"):
        score([[(0, 99, "gloss")]], [[]], ["short"])


def test_rows_order_dict_and_frame() -> None:
    result = score([[(2, 5, "gloss")]], [[(2, 5, "gloss")]], [X])
    assert [row.name for row in result.rows] == list(ROWS) == ["overall", "marked", "unmarked", *KINDS]
    as_dict = result.to_dict()
    assert list(as_dict["rows"]) == list(ROWS)
    assert set(as_dict["rows"]["overall"]) == {"gold", "predicted", "exact", "overlap", "char", "doc_accuracy"}
    json.dumps(as_dict, allow_nan=False)
    frame = result.to_frame()
    assert list(frame.index) == list(ROWS)
    assert {"exact_f1", "overlap_f1", "char_f1", "doc_accuracy", "gold", "predicted"} <= set(frame.columns)
    with pytest.raises(dataclasses_frozen_error()):
        result.documents = 3  # type: ignore[misc]


def dataclasses_frozen_error() -> type[Exception]:
    import dataclasses

    return dataclasses.FrozenInstanceError


# ------------------------------------------------------------------ evaluate()
class _PredictOnly:
    """A model with ``predict`` alone that marks every '(Krasnoarmeysk)' as a gloss."""

    def predict(self, text: str, lang: str | None = None) -> Annotation:
        spans = []
        if "(Krasnoarmeysk)" in text:
            start, end = _find(text, "(Krasnoarmeysk)")
            spans.append(Span(start, end, "gloss", 0.8, "model"))
        return Annotation(text, tuple(spans), lang or "und")


class _Batched(_PredictOnly):
    def __init__(self) -> None:
        self.calls: list[tuple[int, str | None]] = []

    def predict_many(self, texts: list[str], lang: str | None = None) -> list[Annotation]:
        self.calls.append((len(texts), lang))
        return [self.predict(t, lang) for t in texts]


def _records() -> list[dict]:
    gloss = _find(MARKED_TEXT, "(Krasnoarmeysk)")
    return [
        {"id": "a", "lang": "en", "text": MARKED_TEXT, "spans": [{"start": gloss[0], "end": gloss[1], "kind": "gloss"}]},
        {"id": "b", "lang": "en", "text": X, "spans": []},
        {"id": "c", "lang": "ru", "text": X, "spans": []},
        {"id": "unlabelled", "lang": "en", "text": MARKED_TEXT},
    ]


def test_evaluate_skips_unlabelled_records_and_uses_predict() -> None:
    result = evaluate(_records(), _PredictOnly())
    assert result.documents == 3
    assert prf(result.overall.exact) == (1.0, 1.0, 1.0)


def test_evaluate_batches_by_language() -> None:
    model = _Batched()
    evaluate(_records(), model)
    assert sorted(model.calls, key=str) == sorted([(2, "en"), (1, "ru")], key=str)


def test_evaluate_rules_only_on_the_seed() -> None:
    from annotator.api import Annotator

    records = [json.loads(line) for line in SEED_GOLD.read_text(encoding="utf-8").splitlines()]
    row = evaluate(records, Annotator()).row("note")
    assert (row.gold, row.predicted, row.exact.f1) == (1, 1, 1.0)


# ------------------------------------------------------------------ CLI
def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="annotator evaluate")
    evaluate_command.configure(parser)
    return evaluate_command.run(parser.parse_args(argv))


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    lines = SEED_GOLD.read_text(encoding="utf-8").splitlines()
    text = "The Bundesrat (the upper house) voted."
    gloss = {"start": text.index("("), "end": text.index(")") + 1, "kind": "gloss"}
    extra = {"id": "plain", "lang": "en", "text": text, "spans": [gloss], "split": "test"}
    path.write_text("\n".join([*lines, json.dumps(extra)]) + "\n", encoding="utf-8")
    return path


def test_cli_prints_the_fixed_table(gold_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli([str(gold_file), "--rules-only"]) == 0
    first = capsys.readouterr().out
    assert _cli([str(gold_file), "--rules-only"]) == 0
    assert capsys.readouterr().out == first  # same output every run
    lines = first.splitlines()
    assert "documents: 2" in lines
    header = lines.index(evaluation.TABLE_HEADER)
    assert lines[header].split() == ["row", "gold", "pred", "ex_P", "ex_R", "ex_F1", "ov_P", "ov_R", "ov_F1",
                                     "ch_P", "ch_R", "ch_F1", "doc_acc"]
    names = [line.split()[0] for line in lines[header + 2 :]]
    assert names == list(ROWS)
    note = lines[header + 2 + ROWS.index("note")].split()
    assert note[1:6] == ["1", "1", "1.000", "1.000", "1.000"]


def test_cli_json(gold_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli([str(gold_file), "--rules-only", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert {"documents", "rows", "model", "gold", "split"} <= set(payload)
    assert payload["documents"] == 2
    assert list(payload["rows"]) == list(ROWS)
    assert set(payload["rows"]["overall"]["exact"]) == {"precision", "recall", "f1"}


def test_cli_split_filter(gold_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli([str(gold_file), "--rules-only", "--json", "--split", "test"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1
    assert _cli([str(gold_file), "--rules-only", "--split", "nope"]) == 2
    assert "no labelled records with split 'nope'" in capsys.readouterr().err


@pytest.mark.parametrize(("line", "reason"), [
    ('{"id": "x", "text": "abc", "spans": [', "not valid JSON"),
    ('{"id": "x", "text": "abc", "spans": [{"start": 0, "end": 9, "kind": "gloss"}]}', "does not fit"),
    ('{"id": "x", "text": "abc", "spans": [{"start": 0, "end": 2, "kind": "joke"}]}', "unknown kind"),
    ('["not", "an", "object"]', "JSON object"),
])
def test_cli_broken_line_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             line: str, reason: str) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": "ok", "text": "fine", "spans": []}\n\n' + line + "\n", encoding="utf-8")
    assert _cli([str(path), "--rules-only"]) == 2
    err = capsys.readouterr().err
    assert f"{path}:3:" in err
    assert reason in err


def test_cli_report_writes_every_file(gold_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "report"
    assert _cli([str(gold_file), "--rules-only", "--report", str(out)]) == 0
    for name in ("scores.md", "scores.json", "errors.md"):
        assert (out / name).stat().st_size > 0
    assert json.loads((out / "scores.json").read_text(encoding="utf-8"))["documents"] == 2
    assert "| overall |" in (out / "scores.md").read_text(encoding="utf-8")
    errors = (out / "errors.md").read_text(encoding="utf-8")
    assert "**gloss**" in errors  # the rules miss the gloss they have no table entry for
    for name in ("pr_curve.png", "calibration.png", "confusion.png"):
        assert (out / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_report_without_matplotlib(gold_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes "import matplotlib" fail
    out = tmp_path / "report"
    assert _cli([str(gold_file), "--rules-only", "--report", str(out)]) == 2
    assert "pip install annotator[plots]" in capsys.readouterr().err
    assert (out / "scores.md").exists() and (out / "errors.md").exists()


# ------------------------------------------------------------------ report helpers
def test_precision_recall_points_and_confusion() -> None:
    # gold: gloss [0,5), note [10,20); predicted: gloss [0,5) p=0.9 (hit), aside [30,35) p=0.4 (miss)
    result = score([[(0, 5, "gloss"), (10, 20, "note")]],
                   [[Span(0, 5, "gloss", 0.9, "model"), Span(30, 35, "aside", 0.4, "model")]], [X])
    scores, hits, n_gold = evaluation.scored_predictions(result)
    assert (scores, hits, n_gold) == ([0.9, 0.4], [True, False], 2)
    # threshold 0.9: 1/1 precise, 1/2 recall; threshold 0.4: 1/2 precise, 1/2 recall
    assert evaluation.precision_recall_points(scores, hits, n_gold) == [(0.9, 1.0, 0.5), (0.4, 0.5, 0.5)]
    assert evaluation.confusion_counts(result) == {("gloss", "gloss"): 1, ("note", "missed"): 1,
                                                   ("spurious", "aside"): 1}
    missed, false = evaluation.error_lists(result)
    assert [(s.kind, note) for _, s, note in missed] == [("note", "nothing predicted here")]
    assert [(s.kind, note) for _, s, note in false] == [("aside", "no gold span here")]


def test_a_record_in_a_language_without_tables_is_detected_not_refused():
    # any ISO 639-1 code is a valid record; predict refuses codes it has no tables for
    text = "Загаловак\nТэкст (— Прим. ред.) канец."
    start = text.index("(")
    record = {"id": "be-1", "lang": "be", "text": text, "spans": [{"start": start, "end": start + 14, "kind": "note"}]}
    assert text[start:start + 14] == "(— Прим. ред.)"
    result = evaluate([record])
    assert result.rows[0].exact.f1 == 1.0
