"""``annotator report``: exact counts, bounded state, the three dump formats, the page and its plots."""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from annotator import batch, cli
from annotator.report import (
    OTHER, CappedTable, ReportBuilder, ReportError, build_report, gloss_name, month_of, read_dump,
)
from annotator.report_write import PLOTS_HINT, share_bands, write_report
from annotator.spans import KINDS


def span(start, end, kind, source="rule", marker=None, **extra):
    return {"start": start, "end": end, "kind": kind, "score": 1.0 if source == "rule" else 0.8,
            "source": source, "marker": marker, **extra}


NOTE, RENAMED = "Approx. InoSMI", "renamed: Pokrovsk (Krasnoarmeysk)"
SCORED = [
    {"id": "a", "outlet": "InoSMI", "date": "2024-01-15", "n_chars": 1000, "editorial_share": 0.05, "error": None,
     "spans": [span(10, 40, "note", marker=NOTE), span(100, 115, "gloss", marker=RENAMED, text="(Krasnoarmeysk)"),
               span(200, 205, "elision", marker="elision: <...>")]},
    {"id": "b", "outlet": "InoSMI", "date": 1706745600, "n_chars": 400, "editorial_share": 0.275, "error": None,
     "spans": [span(0, 100, "lead", "model"), span(150, 160, "gloss", "model", text="(Artemovsk)")]},
    {"id": "c", "outlet": "RT", "date": "31.01.2024", "n_chars": 500, "editorial_share": 0.0, "error": None,
     "spans": []},
    {"id": "d", "date": "garbage", "n_chars": 200, "editorial_share": 0.275, "error": None,
     "spans": [span(5, 20, "gloss", marker=RENAMED, text="«Krasnoarmeysk»"), span(30, 70, "note", marker=NOTE)]},
    {"id": "e", "outlet": "RT", "date": "2024-03-01", "n_chars": None, "editorial_share": None,
     "error": "'text' is null", "spans": []},
    "not json {",
    "",  # a blank line is a record too (an error), as in the score job: record n is line n
    {"id": 7, "outlet": "RT", "date": "2024-02-29T10:00:00Z", "n_chars": 100, "editorial_share": 1.0, "error": None,
     "spans": [span(0, 100, "disclaimer", marker="disclaimer/ru: X")]},
]


def write_lines(path: Path, lines) -> Path:
    body = "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n" for line in lines)
    if path.suffix == ".gz":
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            handle.write(body)
    else:
        path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture()
def scored(tmp_path) -> Path:
    return write_lines(tmp_path / "scored.jsonl", SCORED)


def kind_row(report, kind):
    return next(row for row in report.kinds if row.kind == kind)


def kinds(**counts):
    return tuple(counts.get(kind, 0) for kind in KINDS)


def test_exact_counts_on_a_hand_made_dump(scored):
    report = build_report(scored, by="outlet", date_field="date", top=3)
    assert (report.records, report.scored, report.errors) == (8, 5, 3)
    assert (report.chars, report.editorial_chars, report.without_spans) == (2200, 315, 1)
    assert report.mean_share == pytest.approx((0.05 + 0.275 + 0 + 0.275 + 1.0) / 5)
    assert {i: n for i, n in enumerate(report.share_histogram) if n} == {0: 1, 5: 1, 27: 2, 99: 1}
    assert [(b, n) for b, n in share_bands(report)] == [
        ("no spans", 1), ("0% to 1%", 0), ("1% to 5%", 0), ("5% to 10%", 1), ("10% to 25%", 0),
        ("25% to 50%", 2), ("50% and more", 1)]
    assert report.share_quantile(0.5) == (0.27, 0.28)
    # spans per kind: rule, model, articles holding the kind
    assert [(r.kind, r.rule, r.model, r.articles) for r in report.kinds if r.spans] == [
        ("note", 2, 0, 2), ("gloss", 2, 1, 3), ("elision", 1, 0, 1), ("lead", 0, 1, 1), ("disclaimer", 1, 0, 1)]
    assert report.spans == 8 and report.bad_spans == 0
    # per group: articles, chars, editorial chars, spans per kind; error records are not articles
    assert [(g.name, g.articles, g.chars, g.editorial_chars, g.kinds) for g in report.groups] == [
        ("InoSMI", 2, 1400, 160, kinds(note=1, gloss=2, elision=1, lead=1)),
        ("RT", 2, 600, 100, kinds(disclaimer=1)),
        ("(missing)", 1, 200, 55, kinds(note=1, gloss=1)),
    ]
    assert report.groups_other is None and report.groups_folded == 0
    assert report.by_sources == {"scored": 5, "missing": 1}
    # per month: ISO date, unix seconds, DD.MM.YYYY, ISO with time; "unknown" last
    assert [(m.name, m.articles, m.spans) for m in report.months] == [
        ("2024-01", 2, 3), ("2024-02", 2, 3), ("unknown", 1, 2)]
    assert report.markers.rows == ((NOTE, 2), (RENAMED, 2), ("disclaimer/ru: X", 1), ("elision: <...>", 1))
    assert report.names.rows == (("Krasnoarmeysk", 2), ("Artemovsk", 1))
    assert (report.gloss_spans, report.gloss_texts) == (3, 3)
    assert [(a.id, a.number, a.editorial_chars, a.spans) for a in report.top_articles] == [
        ("b", 1, 110, 2), (7, 7, 100, 1), ("d", 3, 55, 2)]
    assert [(e.number, e.id) for e in report.error_records] == [(4, "e"), (5, None), (6, None)]
    assert report.error_records[0].message == "'text' is null"
    assert report.error_records[1].message.startswith("invalid JSON")
    assert report.error_records[2].message == "blank line"


def test_top_articles_keep_the_earliest_among_equals_and_errors_are_capped():
    builder = ReportBuilder(top=2, max_errors=1)
    for number in range(5):
        builder.add({"id": number, "n_chars": 100, "spans": [span(0, 10, "note")], "error": None})
    builder.add({"id": "x", "error": "boom"})
    builder.add({"id": "y", "error": "bang"})
    report = builder.result()
    assert [a.id for a in report.top_articles] == [0, 1]
    assert report.errors == 2 and [e.message for e in report.error_records] == ["boom"]


def test_malformed_spans_are_counted_apart():
    builder = ReportBuilder()
    builder.add({"id": 1, "n_chars": 50, "error": None, "spans": [
        span(0, 5, "note"), span(5, 5, "note"), span(0, 3, "footnote"), "x", {"start": "a", "end": 3}]})
    report = builder.result()
    assert report.bad_spans == 4 and report.spans == 1 and report.editorial_chars == 5


def test_bounded_state_with_ten_thousand_groups():
    rng = random.Random(0)
    builder = ReportBuilder(by="outlet", max_keys=1000)
    truth: Counter[str] = Counter()
    for number in range(50_000):
        outlet = "big" if number % 10 == 0 else f"outlet-{rng.randrange(10_000)}"
        truth[outlet] += 1
        kind = KINDS[number % len(KINDS)]
        builder.add({"id": number, "outlet": outlet, "n_chars": 100, "error": None,
                     "spans": [span(0, 10, kind, marker=f"m{number % 3000}", text=f"(name {number % 20_000})")]})
    report = builder.result()
    assert len(truth) > 9000
    assert len(report.groups) <= 1000 and len(builder.groups.rows) <= 1000
    assert len(builder.markers.rows) <= 1000 and len(builder.names.rows) <= 1000
    assert report.groups_other is not None and report.groups_other.name == OTHER
    assert report.groups_folded >= len(truth) - 1000
    everything = [*report.groups, report.groups_other]
    assert sum(g.articles for g in everything) == report.scored == 50_000
    assert sum(g.chars for g in everything) == report.chars
    assert sum(g.spans for g in everything) == report.spans == 50_000
    assert [sum(g.kinds[i] for g in everything) for i in range(len(KINDS))] == [r.spans for r in report.kinds]
    assert all(g.articles == truth[g.name] for g in report.groups)  # every group shown is exact
    assert report.groups[0].name == "big" and report.groups[0].articles == 5000
    assert sum(n for _, n in report.markers.rows) + report.markers.other == 50_000
    assert report.gloss_spans == 50_000 // len(KINDS) and report.names.folded > 0
    assert sum(n for _, n in report.names.rows) + report.names.other == report.gloss_spans


def test_capped_table_folds_the_smaller_half_and_never_takes_it_back():
    table = CappedTable(width=2, capacity=4)
    for key, n in (("a", 5), ("b", 1), ("c", 3), ("d", 1)):
        table.add(key, (n, 1))
    table.add("e", (2, 1))  # full: b and d (the smallest) are folded
    assert list(table.rows) == ["a", "c", "e"] and table.other == [2, 2] and table.folded == 2
    table.add("b", (10, 1))  # a folded key goes to other, so "a" keeps its exact count
    assert "b" not in table.rows and table.other == [12, 3]
    assert table.top(2) == [("a", (5, 1)), ("c", (3, 1))]
    with pytest.raises(ValueError):
        CappedTable(width=1, capacity=1)


@pytest.mark.parametrize("value, month", [
    ("2024-01-15", "2024-01"), ("2024-01-15T23:59:59+03:00", "2024-01"), ("2024/3/7", "2024-03"),
    ("2024.12", "2024-12"), ("07.03.2024", "2024-03"), ("20240307", "2024-03"), (1706745600, "2024-02"),
    (1706745600123, "2024-02"), ("1706745600", "2024-02"), (1706745600.5, "2024-02"),
    ("Thu, 01 Feb 2024 10:00:00 +0000", "2024-02"), ("2024-13-01", "unknown"), ("garbage", "unknown"),
    ("", "unknown"), (None, "unknown"), (True, "unknown"), (float("nan"), "unknown"), (1e30, "unknown"),
    ("0001-01-01", "unknown"), ([2024, 1], "unknown"),
])
def test_month_of_is_lenient(value, month):
    assert month_of(value) == month


def test_gloss_names_lose_brackets_quotes_and_spacing():
    assert gloss_name("(Krasnoarmeysk)") == "Krasnoarmeysk"
    assert gloss_name(" «Артемовск» ") == "Артемовск"
    assert gloss_name("(the upper house\n of parliament)") == "the upper house of parliament"
    assert gloss_name("()") == ""


def test_gz_input_gives_the_same_report(tmp_path, scored):
    packed = write_lines(tmp_path / "scored.jsonl.gz", SCORED)
    plain = build_report(scored, by="outlet", date_field="date").to_dict()
    gz = build_report(packed, by="outlet", date_field="date").to_dict()
    assert gz.pop("source") == "scored.jsonl.gz" and plain.pop("source") == "scored.jsonl"
    assert gz == plain


# --------------------------------------------------------------------------- real scored dumps

ARTICLES = [
    {"id": "x0", "outlet": "InoSMI", "published": "2024-05-02",
     "text": "Fighting went on near Pokrovsk (Krasnoarmeysk) all week "
             "(the authors forget the rest – Approx. InoSMI)."},
    {"id": "x1", "outlet": "RT", "published": "2024-06-10", "text": None},
    {"id": "x2", "outlet": "InoSMI", "published": "2024-06-11",
     "text": "Бои шли под Покровском (Красноармейском).\nАвтор «забывает» об этом (прим. пер.)."},
    {"id": "x3", "outlet": "RT", "published": "2024-06-12", "text": "Ministers met in Brussels on Tuesday."},
]


@pytest.fixture()
def articles(tmp_path) -> Path:
    return write_lines(tmp_path / "articles.jsonl", ARTICLES)


def score_to(articles: Path, out: Path) -> Path:
    batch.score_file(articles, out, model=None)
    return out


def test_lockstep_articles_give_span_texts_and_fields(tmp_path, articles):
    scored = score_to(articles, tmp_path / "scored.jsonl")
    assert all("text" not in s for line in scored.read_text().splitlines() for s in json.loads(line)["spans"])
    alone = build_report(scored, by="outlet")
    assert alone.gloss_spans == 2 and alone.gloss_texts == 0 and alone.names.rows == ()
    assert [g.name for g in alone.groups] == ["(missing)"] and alone.by_sources == {"missing": 4}
    report = build_report(scored, by="outlet", date_field="published", articles=articles)
    assert report.names.rows == (("Krasnoarmeysk", 1), ("Красноармейском", 1))
    assert report.by_sources == {"articles": 4} and report.date_sources == {"articles": 4}
    assert [(g.name, g.articles) for g in report.groups] == [("InoSMI", 2), ("RT", 1)]
    assert [(m.name, m.articles) for m in report.months] == [("2024-05", 1), ("2024-06", 2)]
    assert report.errors == 1 and report.error_records[0].id == "x1"
    assert {r.kind for r in report.kinds if r.spans} >= {"gloss", "note", "translator_note"}


def test_lockstep_dumps_that_do_not_line_up_are_refused(tmp_path, articles):
    scored = score_to(articles, tmp_path / "scored.jsonl")
    shuffled = write_lines(tmp_path / "shuffled.jsonl", [ARTICLES[1], ARTICLES[0], *ARTICLES[2:]])
    with pytest.raises(ReportError, match="record 0: the scored id is 'x0' but the article's id is 'x1'"):
        build_report(scored, articles=shuffled)
    with pytest.raises(ReportError, match="ends before record 3"):
        build_report(scored, articles=write_lines(tmp_path / "short.jsonl", ARTICLES[:3]))
    with pytest.raises(ReportError, match="has more records"):
        build_report(scored, articles=write_lines(tmp_path / "long.jsonl", [*ARTICLES, ARTICLES[0]]))
    with pytest.raises(ReportError, match="cannot tell the format"):
        build_report(tmp_path / "scored.txt")


@pytest.mark.parametrize("name", ["articles.jsonl", "articles.jsonl.gz"])
def test_report_and_score_job_number_lines_alike(tmp_path, name):
    """One numbering of JSONL lines (records.jsonl_lines): blank, broken, non-UTF-8 and non-object lines are
    records, so the score job's output record n answers line n and the report counts the same records."""
    lines = [json.dumps(ARTICLES[0], ensure_ascii=False).encode(), b"", b"   ", b'{"id": "cut", "text": ',
             b'{"id": "bytes", "text": "\xff\xfe"}', b"[1, 2]", json.dumps(ARTICLES[2], ensure_ascii=False).encode()]
    body = b"\n".join(lines) + b"\n"
    src = tmp_path / name
    src.write_bytes(gzip.compress(body) if name.endswith(".gz") else body)
    items, dumped = list(batch.read_records(src)), list(read_dump(src))
    assert [item.number for item in items] == [line.number for line in dumped] == list(range(len(lines)))
    assert [item.id for item in items] == ["x0", 1, 2, 3, 4, 5, "x2"]  # the bad UTF-8 line is 4, not 3
    assert [item.error for item in items[1:6]] == [line.problem for line in dumped[1:6]]
    assert [item.error.split(":")[0] for item in items[1:6]] == [
        "blank line", "blank line", "invalid JSON", "invalid JSON", "record is a JSON list, not an object"]
    assert [line.record is not None for line in dumped] == [True, False, False, False, False, False, True]
    scored = score_to(src, tmp_path / "scored.jsonl")
    assert len(scored.read_text(encoding="utf-8").splitlines()) == len(lines)
    report = build_report(scored, articles=src)  # read in lockstep: the two dumps line up record for record
    assert (report.records, report.scored, report.errors) == (7, 2, 5)
    assert [(error.number, error.id) for error in report.error_records] == [(n, n) for n in range(1, 6)]
    alone = build_report(src)  # the articles read as a dump: the same numbers
    assert [error.number for error in alone.error_records] == [1, 2, 3, 4, 5]


def test_csv_and_parquet_scored_dumps_give_the_jsonl_report(tmp_path, articles):
    reports = []
    for name in ("scored.jsonl", "scored.csv", "scored.parquet"):
        report = build_report(score_to(articles, tmp_path / name), by="outlet", articles=articles).to_dict()
        report.pop("source")
        reports.append(report)
    assert reports[0]["records"] == 4 and reports[0]["names"]["rows"]
    assert reports[1] == reports[0]
    assert reports[2] == reports[0]


# --------------------------------------------------------------------------- the files

def test_page_is_standalone_and_its_plots_exist(tmp_path, scored):
    pytest.importorskip("matplotlib")
    written = write_report(build_report(scored, by="outlet", date_field="date"), tmp_path / "out")
    names = sorted(path.name for path in written)
    assert names == ["groups.png", "index.html", "kinds.png", "months.png", "report.json", "report.md", "share.png"]
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"(?:https?:|ftp:)?//", page.replace("<!DOCTYPE html>", ""))
    sources = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert sorted(sources) == ["groups.png", "kinds.png", "months.png", "share.png"]
    for source in sources:
        assert (tmp_path / "out" / source).read_bytes().startswith(b"\x89PNG")
    markdown = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    for text in ("8 records: 5 scored, 3 errors.", "| InoSMI | 2 | 11.4% | 5 |", "| Krasnoarmeysk | 2 |",
                 "![Kinds by month](months.png)", "| 5 |  | invalid JSON"):
        assert text in markdown
    assert PLOTS_HINT not in markdown
    assert json.loads((tmp_path / "out" / "report.json").read_text())["records"] == 8


def test_plots_are_skipped_cleanly_without_matplotlib(tmp_path, scored, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib raises ImportError
    written = write_report(build_report(scored, by="outlet"), tmp_path / "out")
    assert sorted(path.name for path in written) == ["index.html", "report.json", "report.md"]
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert PLOTS_HINT in page and "<img" not in page
    assert PLOTS_HINT in (tmp_path / "out" / "report.md").read_text(encoding="utf-8")


def test_sections_say_what_is_missing(tmp_path):
    builder = ReportBuilder()
    builder.add({"id": 1, "n_chars": 20, "error": None, "spans": [span(0, 5, "gloss")]})
    write_report(builder.result(), tmp_path)
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    builder = ReportBuilder(by="outlet")
    builder.add({"id": 1, "n_chars": 20, "error": None, "spans": []})
    write_report(builder.result(), tmp_path / "by")
    assert "Values of `outlet`, per record (error records included): 1 missing. Scored records carry only id," \
        in (tmp_path / "by" / "report.md").read_text(encoding="utf-8")
    assert "No grouping field was given (`--by FIELD`" in markdown
    assert "No date field was given" in markdown
    assert "1 gloss spans, but the names need span texts: pass the dump that was scored (`--articles DUMP`)" \
        in markdown
    assert "No error records." in markdown


def test_folded_groups_are_said_in_the_report(tmp_path):
    builder = ReportBuilder(by="outlet", max_keys=4)
    for number in range(20):
        builder.add({"id": number, "outlet": f"o{number}", "n_chars": 10, "error": None, "spans": []})
    write_report(builder.result(), tmp_path)
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "Only 4 groups are counted one by one: 16 or more smaller groups were folded into `other`" in markdown
    assert "| other | 16 |" in markdown and "| o19 | 1 |" in markdown


def test_command_line(tmp_path, scored, capsys, monkeypatch):
    monkeypatch.setattr(cli, "COMMANDS", {"report": cli.COMMANDS["report"]})
    out = tmp_path / "report"
    assert cli.main(["report", str(scored), "-o", str(out), "--by", "outlet", "--date-field", "date",
                     "--top", "2"]) == 0
    err = capsys.readouterr().err
    assert "report of 8 records (3 errors, 8 spans)" in err
    assert (out / "index.html").exists() and (out / "report.md").exists()
    assert json.loads((out / "report.json").read_text())["top_articles"][1]["id"] == 7
    assert cli.main(["report", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 2
    assert "annotator report: error: no such file" in capsys.readouterr().err
