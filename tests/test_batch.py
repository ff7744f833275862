"""Batch scoring: ``annotator score`` over JSONL/CSV/Parquet dumps and the DataFrame API."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from annotator import batch, cli
from annotator.batch import engines
from annotator.api import Annotator

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_537cde15b9f0378c.txt").read_text(encoding="utf-8")
RUSSIAN = "Бои шли под Покровском (Красноармейском).\nАвтор «забывает» об этом (прим. пер.)."
PLAIN = "Ministers met in Brussels (and in Paris) on Tuesday."


GLOSSED = "Harbour Chronicle (UK): Title\nThe Bundesrat (the upper house of parliament) voted.\nJane Doe\nBody text (in part) here."


def texts(n: int) -> list[str]:
    """``n`` distinct texts, long and short, most with editorial spans."""
    base = [SEED, RUSSIAN, PLAIN, SEED.replace("<...>", ""), GLOSSED]
    return [f"{base[i % len(base)]}\nRecord {i}." for i in range(n)]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def score(monkeypatch, capsys):
    """Run ``annotator score ARGS`` in-process through ``cli.main``; returns (status, stderr)."""
    monkeypatch.setattr(cli, "COMMANDS", {"score": cli.COMMANDS["score"]})  # other commands don't matter here

    def run(*args: object, rules_only: bool = True) -> tuple[int, str]:
        capsys.readouterr()
        status = cli.main(["score", *map(str, args), "--quiet", *(["--rules-only"] if rules_only else [])])
        return status, capsys.readouterr().err

    return run


@pytest.fixture()
def dump(tmp_path) -> Path:
    return write_jsonl(tmp_path / "in.jsonl", [{"id": f"a{i}", "text": t} for i, t in enumerate(texts(24))])


def test_one_record_per_input_in_order_with_two_jobs(tmp_path, dump, score):
    status1, err = score(dump, "-o", tmp_path / "one.jsonl", "--chunk-size", 3)
    status2, _ = score(dump, "-o", tmp_path / "two.jsonl", "--chunk-size", 3, "--jobs", 2)
    one, two = read_jsonl(tmp_path / "one.jsonl"), read_jsonl(tmp_path / "two.jsonl")
    assert (status1, status2) == (0, 0)
    assert [r["id"] for r in two] == [f"a{i}" for i in range(24)]
    assert two == one
    assert one[0]["n_chars"] == len(texts(1)[0])
    assert {"note", "gloss", "elision"} <= {s["kind"] for s in one[0]["spans"]}
    assert any(r["spans"] for r in one) and all(r["error"] is None for r in one)
    assert "scored 24 records: 24 ok, 0 failed (" in err and "/s)" in err
    assert not (tmp_path / "two.jsonl.partial").exists()


def test_bad_records_get_errors_and_nothing_is_dropped(tmp_path, score, monkeypatch):
    original = Annotator.predict_many

    def flaky(self, items, **kwargs):
        items = list(items)
        if any("BOOM" in t for t in items):
            raise RuntimeError("boom")
        return original(self, items, **kwargs)

    monkeypatch.setattr(Annotator, "predict_many", flaky)
    lines = [
        json.dumps({"id": "ok", "text": RUSSIAN}, ensure_ascii=False).encode(),
        b'{"id": "broken", "text": ',
        json.dumps({"id": "nofield", "body": "x"}).encode(),
        json.dumps({"id": "null", "text": None}).encode(),
        json.dumps({"id": "number", "text": 42}).encode(),
        json.dumps({"id": "long", "text": "x" * 101}).encode(),
        b"   ",  # a blank line is a record: an error
        b"[1, 2]",
        b'{"id": "bytes", "text": "\xff\xfe"}',
        json.dumps({"id": "boom", "text": "BOOM here"}).encode(),
        json.dumps({"text": PLAIN}).encode(),
    ]
    src = tmp_path / "bad.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    status, err = score(src, "-o", tmp_path / "out.jsonl", "--max-chars", 100, "--chunk-size", 4)
    out = read_jsonl(tmp_path / "out.jsonl")
    assert status == 1
    assert [r["id"] for r in out] == ["ok", 1, "nofield", "null", "number", "long", 6, 7, 8, "boom", 10]
    errors = {r["id"]: r["error"] for r in out}
    assert errors["ok"] is None and errors[10] is None
    assert errors[6] == "blank line"
    assert errors[1].startswith("invalid JSON:")
    assert errors["nofield"] == "no 'text' field in the record"
    assert errors["null"] == "'text' is null"
    assert errors["number"] == "'text' is int, not a string"
    assert errors["long"] == "text has 101 characters, over the limit of 100"
    assert errors[7] == "record is a JSON list, not an object"
    assert errors[8].startswith("invalid JSON:")
    assert errors["boom"] == "prediction failed: RuntimeError: boom"
    assert out[0]["spans"] and out[5]["n_chars"] == 101 and out[5]["editorial_share"] is None
    assert "scored 11 records: 2 ok, 9 failed" in err


def test_usage_and_io_errors_exit_2(tmp_path, dump, score):
    assert score(tmp_path / "missing.jsonl", "-o", tmp_path / "o.jsonl")[0] == 2
    assert score(dump, "-o", tmp_path / "o.txt")[0] == 2
    status, err = score(dump, "-o", tmp_path / "o.csv", "--resume")
    assert status == 2 and "--resume needs JSONL output" in err
    pd.DataFrame({"body": ["x"]}).to_csv(tmp_path / "nocol.csv", index=False)
    status, err = score(tmp_path / "nocol.csv", "-o", tmp_path / "o.jsonl")
    assert status == 2 and "no column 'text'" in err
    assert not (tmp_path / "o.jsonl").exists()


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    """A real (if tiny) trained model: the seed record and an article with a gloss no rule finds, four times over."""
    from annotator.model import CandidateClassifier
    from annotator.persistence import save_annotator
    from annotator.training import train

    record = json.loads((ROOT / "seeds" / "seed_gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    classifier = CandidateClassifier(cv=2, char_bits=10, word_bits=10, context_bits=8)
    text = GLOSSED
    start = text.index("(the upper")
    glossed = {"id": "g", "lang": "en", "text": text,
               "spans": [{"start": start, "end": text.index(")", start) + 1, "kind": "gloss"}]}
    annotator = train([dict(r, id=f"{r['id']}{i}") for i in range(4) for r in (record, glossed)], classifier)
    return save_annotator(annotator, tmp_path_factory.mktemp("model") / "tiny")


def test_model_is_loaded_once_per_process_and_workers_agree(tmp_path, dump, score, tiny_model, monkeypatch):
    loads = []
    real_load = engines.load
    monkeypatch.setattr(engines, "load", lambda path: loads.append(path) or real_load(path))
    engines._annotator_for.cache_clear()
    args = (dump, "--model", tiny_model, "--chunk-size", 4)
    assert score(*args[:1], "-o", tmp_path / "one.jsonl", *args[1:], rules_only=False)[0] == 0
    assert loads == [str(tiny_model.resolve())]  # 6 chunks, one load
    assert score(*args[:1], "-o", tmp_path / "two.jsonl", *args[1:], "--jobs", 2, rules_only=False)[0] == 0
    one = read_jsonl(tmp_path / "one.jsonl")
    assert read_jsonl(tmp_path / "two.jsonl") == one
    assert any(span["source"] == "model" for record in one for span in record["spans"])
    frame = batch.annotate_frame(pd.DataFrame({"text": texts(24)}), model=tiny_model)
    assert frame["editorial_spans"].tolist() == [record["spans"] for record in one]


def test_missing_model_is_a_usage_error(tmp_path, dump, monkeypatch, capsys):
    monkeypatch.setattr(cli, "COMMANDS", {"score": cli.COMMANDS["score"]})
    status = cli.main(["score", str(dump), "-o", str(tmp_path / "o.jsonl"), "--model", str(tmp_path / "nope")])
    assert status == 2 and "--rules-only" in capsys.readouterr().err


def test_csv_in_and_out(tmp_path, dump, score):
    frame = pd.DataFrame({"id": [f"a{i}" for i in range(24)], "text": texts(24)})
    frame.loc[2, "text"] = 'He said, "yes"\n(and, of course, "no")'
    frame.to_csv(tmp_path / "in.csv", index=False)
    write_jsonl(dump, frame.to_dict("records"))
    assert score(tmp_path / "in.csv", "-o", tmp_path / "out.csv", "--chunk-size", 5)[0] == 0
    assert score(dump, "-o", tmp_path / "out.jsonl")[0] == 0
    got = pd.read_csv(tmp_path / "out.csv", keep_default_na=False)
    expected = read_jsonl(tmp_path / "out.jsonl")
    assert list(got.columns) == ["id", "spans", "n_chars", "editorial_share", "error"]
    assert got["id"].tolist() == [r["id"] for r in expected]
    assert [json.loads(s) for s in got["spans"]] == [r["spans"] for r in expected]
    assert got["n_chars"].tolist() == [len(t) for t in frame["text"]]
    # JSONL output from CSV input matches too
    assert score(tmp_path / "in.csv", "-o", tmp_path / "from_csv.jsonl")[0] == 0
    assert read_jsonl(tmp_path / "from_csv.jsonl") == expected


def test_parquet_in_and_out(tmp_path, score):
    items = texts(12)
    items[3] = None
    table = pa.table({"doc": list(range(100, 112)), "body": items})
    pq.write_table(table, tmp_path / "in.parquet", row_group_size=5)
    args = ("--text-field", "body", "--id-field", "doc", "--chunk-size", 4)
    assert score(tmp_path / "in.parquet", "-o", tmp_path / "out.parquet", *args)[0] == 1
    assert score(tmp_path / "in.parquet", "-o", tmp_path / "out.jsonl", *args)[0] == 1
    got = pq.read_table(tmp_path / "out.parquet").to_pylist()
    expected = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in expected] == list(range(100, 112))
    assert [r["id"] for r in got] == [str(i) for i in range(100, 112)]  # Parquet ids are strings
    assert [r["spans"] for r in got] == [r["spans"] for r in expected]
    assert got[3]["error"] == expected[3]["error"] == "'body' is null"
    # and Parquet output from JSONL input
    write_jsonl(tmp_path / "in.jsonl", [{"body": t} for t in items])
    assert score(tmp_path / "in.jsonl", "-o", tmp_path / "j.out", "--format", "parquet", *args)[0] == 1
    assert pq.read_table(tmp_path / "j.out").column("spans").to_pylist() == [r["spans"] for r in expected]


def test_gzip_input(tmp_path, dump, score):
    gz = tmp_path / "in.jsonl.gz"
    gz.write_bytes(gzip.compress(dump.read_bytes()))
    assert score(dump, "-o", tmp_path / "plain.jsonl")[0] == 0
    assert score(gz, "-o", tmp_path / "gz.jsonl")[0] == 0
    assert (tmp_path / "gz.jsonl").read_bytes() == (tmp_path / "plain.jsonl").read_bytes()
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(gz.read_bytes()[: len(gz.read_bytes()) // 2])
    status, err = score(truncated, "-o", tmp_path / "cut.jsonl")
    assert status == 2 and "cannot read" in err and not (tmp_path / "cut.jsonl").exists()


def test_lone_surrogates_do_not_break_the_writers(tmp_path, score):
    records = [{"id": "bad\ud800id", "text": "Покровск (Красноармейск) \udc00 ok."}, {"id": "fine", "text": PLAIN}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="ascii")
    for name in ("out.jsonl", "out.csv", "out.parquet"):
        assert score(src, "-o", tmp_path / name)[0] == 0
    raw = (tmp_path / "out.jsonl").read_bytes()
    raw.decode("utf-8")  # valid UTF-8
    assert [json.loads(line)["id"] for line in raw.splitlines()] == ["bad\ud800id", "fine"]
    assert pq.read_table(tmp_path / "out.parquet").column("id").to_pylist() == ["bad\\ud800id", "fine"]


def test_resume_after_interruption(tmp_path, dump, score, monkeypatch):
    out = tmp_path / "out.jsonl"
    assert score(dump, "-o", tmp_path / "full.jsonl", "--chunk-size", 5)[0] == 0
    expected = (tmp_path / "full.jsonl").read_bytes()

    real, calls = engines.score_chunk, []

    def interrupted(items, options):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(items, options)

    monkeypatch.setattr(engines, "score_chunk", interrupted)
    assert score(dump, "-o", out, "--chunk-size", 5)[0] == 130
    monkeypatch.setattr(engines, "score_chunk", real)
    partial = tmp_path / "out.jsonl.partial"
    assert not out.exists() and len(partial.read_bytes().splitlines()) == 10
    status, err = score(dump, "-o", out, "--chunk-size", 5, "--resume")
    assert status == 0 and "resuming after 10 records" in err and "scored 24 records: 24 ok" in err
    assert out.read_bytes() == expected and not partial.exists()


def test_resume_drops_a_torn_line_and_counts_earlier_failures(tmp_path, score):
    records = [{"id": i, "text": t} for i, t in enumerate(texts(9))]
    records[1]["text"] = None
    src = write_jsonl(tmp_path / "in.jsonl", records)
    assert score(src, "-o", tmp_path / "full.jsonl")[0] == 1
    expected = (tmp_path / "full.jsonl").read_bytes()
    lines = expected.splitlines(keepends=True)
    (tmp_path / "out.jsonl.partial").write_bytes(b"".join(lines[:4]) + lines[4][:17])
    status, err = score(src, "-o", tmp_path / "out.jsonl", "--resume", "--chunk-size", 2)
    assert status == 1 and "resuming after 4 records" in err and "scored 9 records: 8 ok, 1 failed" in err
    assert (tmp_path / "out.jsonl").read_bytes() == expected


def test_dask_engine_matches_local(tmp_path, score):
    pytest.importorskip("distributed")
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": t} for i, t in enumerate(texts(20))] + [{"id": 20}])
    assert score(src, "-o", tmp_path / "local.jsonl", "--chunk-size", 3)[0] == 1
    status, err = score(src, "-o", tmp_path / "dask.jsonl", "--chunk-size", 3, "--engine", "dask", "--jobs", 2)
    assert status == 1 and "scored 21 records: 20 ok, 1 failed" in err
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()



def test_dask_engine_goes_through_dask_bag_map_partitions(tmp_path, score, monkeypatch):
    dask_bag = pytest.importorskip("dask.bag")
    real, calls = dask_bag.Bag.map_partitions, []

    def spy(self, func, *args, **kwargs):
        calls.append((self.npartitions, func))
        return real(self, func, *args, **kwargs)

    monkeypatch.setattr(dask_bag.Bag, "map_partitions", spy)
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": t} for i, t in enumerate(texts(7))])
    assert score(src, "-o", tmp_path / "local.jsonl", "--chunk-size", 2)[0] == 0
    assert score(src, "-o", tmp_path / "dask.jsonl", "--chunk-size", 2, "--engine", "dask", "--jobs", 1)[0] == 0
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert calls == [(1, engines._score_partition)] * 4  # 4 chunks, one per partition, one window per worker thread

def test_entry_point_in_a_subprocess(tmp_path, dump):
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "annotator", "score", str(dump), "-o", str(out), "--rules-only",
                           "--jobs", "2", "--chunk-size", "4"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "scored 24 records: 24 ok, 0 failed" in done.stderr
    assert "\r" not in done.stderr  # no progress bar when stderr is not a terminal
    assert [r["id"] for r in read_jsonl(out)] == [f"a{i}" for i in range(24)]


@pytest.fixture()
def frame() -> pd.DataFrame:
    df = pd.DataFrame({"text": [SEED, RUSSIAN, None, 5, PLAIN]}, index=pd.Index([10, 11, 12, 13, 14], name="doc"))
    df["other"] = list("abcde")
    return df


def test_annotate_frame(frame):
    out = batch.annotate_frame(frame, model=Annotator())
    assert list(out.columns) == ["text", "other", "editorial_spans", "editorial_share", "original_text", "error"]
    assert out.index.equals(frame.index) and "editorial_spans" not in frame.columns
    assert out.loc[12, "error"] == "'text' is null" and out.loc[13, "error"] == "'text' is int, not a string"
    assert out.loc[12, "editorial_spans"] == [] and pd.isna(out.loc[12, "editorial_share"])
    assert out.loc[10, "error"] is None and out.loc[10, "editorial_share"] > 0
    assert "(Krasnoarmeysk)" not in out.loc[10, "original_text"]
    assert out.loc[14, "editorial_spans"] == [] and out.loc[14, "original_text"] == PLAIN
    assert out.loc[11, "editorial_spans"] == [s.to_dict() for s in Annotator().predict(RUSSIAN).spans]


def test_score_frame(frame):
    spans = batch.score_frame(frame, model=Annotator())
    assert list(spans.columns) == ["doc", "start", "end", "kind", "score", "source", "marker", "text"]
    assert set(spans["doc"]) == {10, 11}
    for row in spans.itertuples():
        assert row.text == frame.loc[row.doc, "text"][row.start : row.end]
    assert "(Krasnoarmeysk)" in spans["text"].tolist()
    assert spans.attrs["errors"] == {12: "'text' is null", 13: "'text' is int, not a string"}
    empty = batch.score_frame(pd.DataFrame({"body": [PLAIN]}), text_field="body", model=Annotator())
    assert list(empty.columns)[0] == "index" and empty.empty and empty["start"].dtype == "int64"
