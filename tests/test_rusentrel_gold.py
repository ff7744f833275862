"""The RuSentRel gold set (datasets/rusentrel/gold.jsonl) and its loader (tools/rusentrel.py).

The loader tests run on a small corpus written here; the gold tests rebuild the
real texts from ../shared/corpora and skip, saying so, where it is absent.
"""

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("rusentrel_tool", ROOT / "tools" / "rusentrel.py")
rs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rs)

REAL = ROOT / ".." / "shared" / "corpora" / "rusentrel"
GUIDE_KINDS = {"note", "translator_note", "legal_label", "gloss", "aside", "elision", "lead", "disclaimer"}

RAW = ("\ufeff{Author, Unknown} \n\n{Author, Unknown} Заголовок\n\n{Author, Unknown} inosmi.ru\n\n"
       "{Author, Unknown} Спикер Али Лариджани (Ali Larijani) выступил. \n"
       "{Author, Unknown} Вторая строка.\n\n")
TEXT = "Заголовок\n\ninosmi.ru\n\nСпикер Али Лариджани (Ali Larijani) выступил. \nВторая строка."


# ------------------------------------------------------------------ loader on a small corpus
def test_rusentrel_text_strips_bom_tags_and_outer_whitespace(tmp_path):
    path = tmp_path / "art1.txt"
    path.write_text(RAW, encoding="utf-8")
    assert rs.rusentrel_text(path) == TEXT


def small_corpus(tmp_path, spans=None, also=("test/art9.txt",)):
    """A one-record corpus and gold; returns (corpora_dir, gold_path)."""
    for rel in ("train/art1.txt", *also):
        (tmp_path / "rusentrel" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "rusentrel" / rel).write_text(RAW, encoding="utf-8")
    start = TEXT.index("(Ali")
    if spans is None:
        spans = [{"start": start, "end": start + len("(Ali Larijani)"), "kind": "gloss"}]
    for s in spans:
        s.setdefault("sha1", rs.span_sha1(TEXT[s["start"]:s["end"]]))
    gold = {"id": "rusentrel-train-art1", "file": "train/art1.txt", "also": list(also),
            "text_sha256": rs.text_sha256(TEXT), "lang": "ru", "spans": spans, "split": "test",
            "writer": "w", "source": "s"}
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    return tmp_path, gold_path


def test_load_gold_rebuilds_guide_records(tmp_path):
    corpora, gold = small_corpus(tmp_path)
    (record,) = rs.load_gold(corpora, gold)
    assert record == {"id": "rusentrel-train-art1", "lang": "ru", "text": TEXT,
                      "spans": [{"start": 43, "end": 57, "kind": "gloss"}],
                      "split": "test", "source": "s", "writer": "w"}
    assert record["text"][43:57] == "(Ali Larijani)"
    # the rusentrel folder itself is accepted too
    assert rs.load_gold(corpora / "rusentrel", gold) == [record]


def test_load_gold_refuses_a_changed_corpus_text(tmp_path):
    corpora, gold = small_corpus(tmp_path)
    path = corpora / "rusentrel" / "train" / "art1.txt"
    path.write_text(RAW.replace("Вторая", "Третья"), encoding="utf-8")
    with pytest.raises(rs.GoldMismatch, match="rusentrel-train-art1.*train/art1.txt.*text_sha256"):
        rs.load_gold(corpora, gold)


def test_load_gold_checks_the_duplicates_too(tmp_path):
    corpora, gold = small_corpus(tmp_path)
    (corpora / "rusentrel" / "test" / "art9.txt").write_text(RAW + "{Author, Unknown} Ещё.", encoding="utf-8")
    with pytest.raises(rs.GoldMismatch, match="test/art9.txt"):
        rs.load_gold(corpora, gold)
    (corpora / "rusentrel" / "test" / "art9.txt").unlink()
    with pytest.raises(rs.GoldMismatch, match="test/art9.txt is missing"):
        rs.load_gold(corpora, gold)


def test_load_gold_refuses_a_shifted_span(tmp_path):
    start = TEXT.index("(Ali")
    shifted = {"start": start + 1, "end": start + 15, "kind": "gloss",
               "sha1": rs.span_sha1("(Ali Larijani)")}
    corpora, gold = small_corpus(tmp_path, spans=[shifted])
    with pytest.raises(rs.GoldMismatch, match="span 0 .* gloss does not match its sha1"):
        rs.load_gold(corpora, gold)


@pytest.mark.parametrize("span, message", [
    ({"start": 0, "end": 9, "kind": "headline"}, "unknown kind 'headline'"),
    ({"start": 80, "end": 90, "kind": "gloss", "sha1": "0000000000"}, "outside the text"),
])
def test_load_gold_refuses_bad_kinds_and_offsets(tmp_path, span, message):
    corpora, gold = small_corpus(tmp_path, spans=[span])
    with pytest.raises(rs.GoldMismatch, match=message):
        rs.load_gold(corpora, gold)


# ------------------------------------------------------------------ the real gold
@pytest.fixture(scope="module")
def real():
    if not (REAL / "train").is_dir():
        pytest.skip("../shared/corpora/rusentrel is absent: the RuSentRel gold cannot be rebuilt here")
    gold = [json.loads(line) for line in rs.GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return gold, rs.load_gold(REAL.parent, rs.GOLD)


def test_gold_holds_hashes_not_text(real):
    gold, _ = real
    for g in gold:
        assert set(g) == {"id", "file", "also", "text_sha256", "lang", "spans", "split", "writer", "source"}
        assert all(set(s) == {"start", "end", "kind", "sha1"} for s in g["spans"])


def test_gold_covers_58_distinct_texts_and_every_corpus_file_once(real):
    gold, records = real
    assert len(records) == len({r["id"] for r in records}) == 58
    assert len({r["text"] for r in records}) == 58
    listed = [g["file"] for g in gold] + [rel for g in gold for rel in g["also"]]
    files = sorted(f"{p.parent.name}/{p.name}" for p in REAL.glob("*/art*.txt"))
    assert sorted(listed) == files and len(files) == 71
    assert sum(len(g["also"]) for g in gold) == 13
    assert {(r["lang"], r["split"], r["writer"]) for r in records} == {("ru", "test", "rusentrel-annotator-1")}


def test_gold_spans_follow_the_guide(real):
    _, records = real
    for r in records:
        text, spans = r["text"], r["spans"]
        assert spans == sorted(spans, key=lambda s: (s["start"], s["end"])), r["id"]
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)
        for s in spans:
            assert s["kind"] in GUIDE_KINDS
            piece = text[s["start"]:s["end"]]
            assert 0 <= s["start"] < s["end"] <= len(text)
            assert piece == piece.strip(), (r["id"], piece)
            if "\n" in piece:  # only a bracketed insertion broken across lines
                assert piece[0] in "([" and piece[-1] in ")]", (r["id"], piece)


def test_gold_counts_match_the_readme(real):
    """The README describes the set by its counts: they must be the gold's."""
    _, records = real
    readme = (ROOT / "datasets" / "rusentrel" / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Counts per kind", 1)[1].split("\n\n", 2)[1]
    documented = {}
    for row in table.splitlines()[2:]:
        cells = [c.strip().strip("*") for c in row.strip("|").split("|")]
        if cells[0] in GUIDE_KINDS:
            documented[cells[0]] = (int(cells[1]), int(cells[2].replace(",", "")))
    spans = Counter(s["kind"] for r in records for s in r["spans"])
    chars = Counter()
    for r in records:
        for s in r["spans"]:
            chars[s["kind"]] += s["end"] - s["start"]
    assert documented == {k: (spans[k], chars[k]) for k in GUIDE_KINDS}


def test_gold_notes_carry_their_markers(real):
    """Every note is attributed to the editors, the translator note to the translator."""
    _, records = real
    pieces = [(s["kind"], r["text"][s["start"]:s["end"]]) for r in records for s in r["spans"]]
    notes = [p for k, p in pieces if k == "note"]
    assert notes and all(p[0] == "(" and p[-1] == ")" and "ред" in p.lower() for p in notes)
    assert all("пер" in p.lower() for k, p in pieces if k == "translator_note")
