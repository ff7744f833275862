"""The one reader and validator of guide-format JSONL records."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from annotator import evaluation, training
from annotator.records import DatasetError, check_record, iter_records, read_records

GOOD = {"id": "a", "lang": "en", "text": "Pokrovsk (Krasnoarmeysk) fell.", "split": "dev",
        "spans": [{"start": 9, "end": 24, "kind": "gloss"}]}


def _write(path: Path, records: list, raw: str = "") -> Path:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records) + raw
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("record, message", [
    ([1], "a record must be a JSON object, not list"),
    ({"spans": []}, "record has no string field 'text'"),
    ({"text": "abc", "spans": {}}, "'spans' must be a list"),
    ({"text": "abc", "spans": [{"start": "0", "end": 1, "kind": "gloss"}]}, "span 0 needs integer 'start' and 'end'"),
    ({"text": "abc", "spans": [{"start": 0, "end": 1, "kind": "remark"}]}, "span 0 has unknown kind 'remark'"),
    ({"text": "abc", "spans": [{"start": 1, "end": 4, "kind": "gloss"}]}, r"span 0 \[1, 4\) does not fit a text of 3"),
    ({"text": "abc", "spans": [{"start": 1, "end": 3, "kind": "gloss"}, {"start": 0, "end": 1, "kind": "aside"}]},
     "span 1 overlaps the previous one or is out of order"),
])
def test_check_record_says_what_is_wrong(record: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_record(record)


def test_check_record_accepts_good_and_unlabelled_records() -> None:
    check_record(GOOD)
    check_record({"text": "no spans: unlabelled"})


def test_plain_and_gzip_files_read_alike_with_a_split_filter(tmp_path: Path) -> None:
    records = [GOOD, {**GOOD, "id": "b", "split": "test"}, {"id": "c", "text": "x"}]
    plain = _write(tmp_path / "r.jsonl", records, raw="\n  \n")  # blank lines are not records
    packed = _write(tmp_path / "r.jsonl.gz", records)
    assert read_records([plain]) == read_records([packed]) == records
    assert [r["id"] for r in iter_records([plain, packed], ["dev", "test"])] == ["a", "b", "a", "b"]
    assert read_records([packed], ["test"]) == [records[1]]


@pytest.mark.parametrize("name", ["bad.jsonl", "bad.jsonl.gz"])
def test_a_bad_line_names_file_and_line(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, [GOOD], raw='{"text": "ab", "spans": [{"start": 0, "end": 9, "kind": "gloss"}]}\n')
    with pytest.raises(DatasetError, match=rf"^{path}:2: span 0 \[0, 9\) does not fit"):
        read_records([path])
    path = _write(tmp_path / name, [GOOD, GOOD], raw="{not json\n")
    with pytest.raises(DatasetError, match=rf"^{path}:3: not valid JSON"):
        read_records([path])


def test_unreadable_files_are_dataset_errors(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="missing.jsonl: cannot read"):
        read_records([tmp_path / "missing.jsonl"])
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"text": "caf\xe9"}\n')
    with pytest.raises(DatasetError, match="latin.jsonl: not UTF-8"):
        read_records([latin])
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress((json.dumps(GOOD) + "\n").encode() * 50)[:40])
    with pytest.raises(DatasetError, match="cut.jsonl.gz: not a readable gzip file"):
        read_records([cut])


def test_old_names_read_the_same(tmp_path: Path) -> None:
    assert evaluation.check_record is check_record
    assert evaluation.iter_records is iter_records and evaluation.read_records is read_records
    assert evaluation.DatasetError is DatasetError
    path = _write(tmp_path / "r.jsonl", [GOOD, {**GOOD, "id": "b", "split": "test"}])
    assert list(training.read_jsonl([path], ["test"])) == read_records([path], ["test"])  # the README's reader
