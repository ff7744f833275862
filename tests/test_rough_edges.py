"""The rough edges a new user hit: each test here failed before its fix."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import annotator
from annotator import cli
from annotator.evaluation import evaluate, format_markdown, format_table
from annotator.lang import LANGUAGES

NOTE = "Ministers met (the talks failed – Approx. InoSMI) on Tuesday."


# ------------------------------------------------------------------ the command line's own words

def test_bad_utf8_hint_names_the_cli_option(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xc3 au lait")
    for command in ("predict", "show"):
        assert cli.main([command, "--rules-only", str(bad)]) in (1, 2)
        err = capsys.readouterr().err
        assert "--errors replace" in err and "errors='replace'" not in err, command
    assert cli.main(["predict", "--rules-only", "--errors", "replace", str(bad)]) == 0
    assert cli.main(["show", "--rules-only", "--color", "never", "--errors", "replace", str(bad)]) == 0


def test_predict_refuses_original_with_json(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(NOTE, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["predict", "--rules-only", "--json", "--original", str(article)])
    assert exit_info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


# ------------------------------------------------------------------ languages

@pytest.mark.parametrize("lang", ["English", "xx", "EN", ""])
def test_unknown_lang_is_refused_naming_the_codes(lang):
    for call in (annotator.predict, annotator.predict_rules):
        with pytest.raises(annotator.InputError, match="pass one of en, ru, uk, de, fr, es, it, pl"):
            call(NOTE, lang=lang)
    with pytest.raises(ValueError, match=repr(lang)):
        annotator.Annotator().predict_many([NOTE], lang=lang)


def test_known_langs_and_none_are_accepted():
    for lang in (None, *LANGUAGES):
        assert annotator.predict_rules(NOTE, lang=lang).spans


def test_cli_lang_is_checked(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(NOTE, encoding="utf-8")
    for command in ("predict", "show"):
        with pytest.raises(SystemExit) as exit_info:
            cli.main([command, "--rules-only", "--lang", "English", str(article)])
        assert exit_info.value.code == 2
        assert "invalid choice: 'English'" in capsys.readouterr().err
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": NOTE}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        cli.main(["score", str(src), "-o", str(tmp_path / "o.jsonl"), "--rules-only", "--lang", "xx"])
    with pytest.raises(annotator.batch.BatchError, match="unknown language 'xx'"):
        annotator.batch.score_file(src, tmp_path / "o.jsonl", lang="xx")


def test_frames_refuse_an_unknown_lang_once():
    import pandas as pd

    with pytest.raises(ValueError, match="unknown language 'English'"):
        annotator.batch.annotate_frame(pd.DataFrame({"text": [NOTE, NOTE]}), model=annotator.Annotator(),
                                       lang="English")


# ------------------------------------------------------------------ --jobs as joblib counts it

def test_negative_jobs_count_as_joblib_does(tmp_path, monkeypatch, capsys):
    from annotator.batch import engines

    monkeypatch.setattr("joblib.cpu_count", lambda *a, **k: 4)
    assert [engines.effective_jobs(n) for n in (1, 3, -1, -2, -4, -9)] == [1, 3, 4, 3, 1, 1]
    with pytest.raises(annotator.batch.BatchError, match="must not be 0"):
        engines.effective_jobs(0)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": NOTE}) + "\n" for i in range(3)), encoding="utf-8")
    monkeypatch.setattr("joblib.cpu_count", lambda *a, **k: 2)
    assert cli.main(["score", str(src), "-o", str(tmp_path / "o.jsonl"), "--rules-only", "--quiet",
                     "--jobs", "-2"]) == 0
    assert len((tmp_path / "o.jsonl").read_text().splitlines()) == 3
    assert cli.main(["score", str(src), "-o", str(tmp_path / "z.jsonl"), "--rules-only", "--jobs", "0"]) == 2
    assert "--jobs must not be 0" in capsys.readouterr().err


# ------------------------------------------------------------------ evaluate: nothing to score is "–"

def _result():
    return evaluate([{"id": "a", "text": NOTE, "lang": "en", "spans": [
        {"start": NOTE.index("("), "end": NOTE.index(")") + 1, "kind": "note"}]}], annotator.Annotator())


def test_rows_with_no_gold_and_no_prediction_print_a_dash():
    result = _result()
    table = format_table(result).splitlines()
    gloss = next(line.split() for line in table if line.startswith("gloss "))
    assert gloss[1:3] == ["0", "0"] and gloss[3:12] == ["–"] * 9 and gloss[12] == "1.000"
    note = next(line.split() for line in table if line.startswith("note "))
    assert note[3:6] == ["1.000"] * 3
    markdown = format_markdown(result)
    assert "| gloss | 0 | 0 | – | – | – |" in markdown
    rows = json.loads(json.dumps(result.to_dict(), allow_nan=False))["rows"]
    assert rows["gloss"]["exact"] == {"precision": None, "recall": None, "f1": None}
    assert rows["gloss"]["doc_accuracy"] == 1.0 and rows["note"]["exact"]["f1"] == 1.0


# ------------------------------------------------------------------ repr(Annotation)

def test_annotation_repr_is_short():
    text = "Ministers met (the talks failed – Approx. InoSMI) on Tuesday. " * 50_000
    result = annotator.predict_rules(text)
    shown = repr(result)
    assert len(shown) < 200
    assert "chars=3,100,000" in shown and "spans=50000" in shown and "lang='en'" in shown
    assert shown.count("Ministers") == 1 and "…" in shown
    assert repr(annotator.predict_rules("short")).endswith("text='short')")
