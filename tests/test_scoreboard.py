"""The scoreboard: one table for every held-out set present, written between markers."""

import pytest

from annotator import Annotator
from tools import scoreboard as sb


def test_sets_that_are_missing_or_empty_are_named_not_scored(monkeypatch, seed_record, tmp_path):
    def missing():
        raise FileNotFoundError("not built")

    monkeypatch.setattr(sb, "HELD_OUT", (
        sb.HeldOut("seed", "the seed", lambda: [seed_record]),
        sb.HeldOut("empty split", "a split with no records yet", lambda: []),
        sb.HeldOut("unbuilt", "a file not built", missing),
    ))
    monkeypatch.setattr(sb, "DATA", tmp_path)  # no NEREL file either
    table = sb.scoreboard(Annotator(), progress=False)
    rows = [line for line in table.splitlines() if line.startswith("| seed |")]
    assert [row.split(" | ")[1] for row in rows] == ["rules only", "model"]
    assert "| seed | rules only | 1 | 4 | 4 |" in table
    assert "Not scored (build the data with `make data`): empty split, unbuilt, NEREL" in table
    assert sb.scoreboard(Annotator(), progress=False) == table  # the same table every run


def test_update_block_rewrites_only_the_block(tmp_path):
    page = tmp_path / "README.md"
    page.write_text(f"# Title\n{sb.START}\nold\n{sb.END}\ntail\n", encoding="utf-8")
    sb.update_block(page, "| new |\n")
    assert page.read_text(encoding="utf-8") == f"# Title\n{sb.START}\n| new |\n{sb.END}\ntail\n"
    (tmp_path / "other.md").write_text("no block", encoding="utf-8")
    with pytest.raises(ValueError, match="has no"):
        sb.update_block(tmp_path / "other.md", "x")


def test_the_forms_and_rusentrel_rows_are_read_from_the_repository(monkeypatch, tmp_path):
    names = [held.name for held in sb.HELD_OUT]
    assert "forms" in names and "rusentrel" in names
    forms = dict((held.name, held) for held in sb.HELD_OUT)["forms"].records()
    assert len(forms) == 56 and all(record["split"] == "test-forms" for record in forms)
    from tools import rusentrel

    monkeypatch.setattr(rusentrel, "CORPORA", tmp_path / "no corpora")
    with pytest.raises(FileNotFoundError):  # skipped, and named as not scored, without the corpora
        dict((held.name, held) for held in sb.HELD_OUT)["rusentrel"].records()
