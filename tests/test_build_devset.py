"""The hand-written articles in datasets/: every markup file passes the guide check, so a bad edit fails here."""

from annotator.records import read_records
from tools import build_devset


def test_every_markup_file_in_datasets_passes_the_check():
    files = build_devset.markup_files()
    assert build_devset.HANDWRITTEN / "dev.txt" in files and build_devset.HANDWRITTEN / "test.txt" in files
    assert build_devset.check(files) == []


def test_the_hand_written_records_name_their_split_writer_and_source():
    records = build_devset.handwritten()
    assert len({r["id"] for r in records}) == len(records)
    assert set(build_devset.SPLITS) <= {r["split"] for r in records}
    assert all(r["writer"] and r["source"] for r in records)
    path = build_devset.HANDWRITTEN
    for record in records:  # one file per split
        assert (path / f"{record['split']}.txt").exists()
    assert [r["id"] for r in build_devset.handwritten(["test"])] == [r["id"] for r in records if r["split"] == "test"]


def test_the_jsonl_it_writes_reads_back_as_the_same_records(tmp_path):
    records = build_devset.handwritten(["blind"])
    build_devset.write_jsonl(records, tmp_path / "out" / "dev.jsonl")
    assert read_records([tmp_path / "out" / "dev.jsonl"]) == records


def test_check_exits_1_and_names_the_line_of_a_bad_edit(tmp_path, capsys):
    good = (build_devset.HANDWRITTEN / "test.txt").read_text(encoding="utf-8")
    note = good.index("[[note|")
    line = good.count("\n", 0, note) + 1
    closing = good.index(")]]", note)
    bad = tmp_path / "test.txt"
    bad.write_text(good[:note] + "[[gloss|" + good[note + len("[[note|"):closing] + good[closing:], encoding="utf-8")
    assert build_devset.main(["--check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:{line}: " in out and "carries an attribution marker, so it is a note" in out
    assert build_devset.main(["--check", str(build_devset.HANDWRITTEN / "test.txt")]) == 0


def test_stats_count_the_kinds_and_the_marked_spans():
    table = build_devset.stats(build_devset.handwritten())
    assert table.startswith("articles: ") and "marked vs unmarked spans: " in table
    assert "per kind (all / dev / test / extra / blind / blind2 / blind3 / blind4 / blind5 / blind6 / blind7 / blind8 / blind9 / marked / unmarked):" in table
