"""Tests for the silver dataset builder (tools/build_silver.py)."""

import gzip
import json
from pathlib import Path

import pytest

from tools import build_silver as ds

ROOT = Path(__file__).resolve().parent.parent

REAL_CORPORA = ROOT / ".." / "shared" / "corpora"


def texts(record, kind=None):
    t = record["text"]
    return [t[s["start"]:s["end"]] for s in record["spans"] if kind in (None, s["kind"])]


def write_gz(path, docs):
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"title": "", "summary": "", "url": "u", "keywords": [], **d},
                                ensure_ascii=False) + "\n")


def rt_record(tmp_path, content, title="Заголовок", summary="", shard=7):
    write_gz(tmp_path / "rt" / f"russia_today_{shard}.jsonlines.gz",
             [{"title": title, "summary": summary, "content": content}])
    (rec,) = ds.iter_rt(tmp_path / "rt" / f"russia_today_{shard}.jsonlines.gz")
    assert ds.check_record(rec) is None
    return rec


# ------------------------------------------------------------------ RT notes
def test_rt_record_text_and_split(tmp_path):
    rec = rt_record(tmp_path, "Текст статьи. ", title="Заголовок ", summary="  ", shard=6)
    assert rec["text"] == "Заголовок\nТекст статьи."
    assert (rec["split"], rec["source"], rec["lang"], rec["spans"]) == ("dev", "rt", "ru", [])
    assert rt_record(tmp_path, "x", shard=3)["split"] == "train"


def test_rt_broken_line_note_exact_span(tmp_path):
    content = "«Это решение (ДНР и ЛНР. — \nRT\n) приняли давно», — сказал он."
    rec = rt_record(tmp_path, content, title="T")
    start = rec["text"].index("(ДНР")
    assert rec["spans"] == [{"start": start, "end": start + len("(ДНР и ЛНР. — \nRT\n)"), "kind": "note"}]


@pytest.mark.parametrize("note", [
    "(Тиллерсон. — RT)", "(Тиллерсон – RT)", "(Тиллерсон - прим. RT)", "(Ким Чен Ына. \n— RT)",
    "(братьями президента — \nRT\n.)", "(4% к концу 2017 года. — \nПрим. ИФ\n)",
    "(Саудовской Аравии.\nRT\n)",
])
def test_rt_note_variants(tmp_path, note):
    rec = rt_record(tmp_path, f"«Он {note} сказал», — отметил эксперт.")
    assert texts(rec) == [note]


def test_nusra_is_not_a_note(tmp_path):
    content = ("Боевики «Джабхат Фатх аш-Шам» (бывшая «Джабхат ан-Нусра») отступили. "
               "Документ (есть в распоряжении RT) опубликован.")
    rec = rt_record(tmp_path, content)
    assert rec["spans"] == []
    assert ds.find_notes(content, ds.NG_MARKER) == []


def test_nested_brackets_inside_note(tmp_path):
    note = "(Комиссия по ценным бумагам (SEC) накладывает такие же ограничения. — \nRT\n)"
    rec = rt_record(tmp_path, f"«Они {note} для всех», — сказал он.")
    assert texts(rec) == [note]


def test_unbalanced_and_too_long_notes_are_rejected(tmp_path):
    lost_open = "Думаю, Каисса \nбогиня, покровительница шахмат. — \nRT) помогла ему."
    too_long = "Он сказал (" + "очень длинная вставка " * 40 + "— RT) и ушёл."
    assert rt_record(tmp_path, lost_open)["spans"] == []
    assert rt_record(tmp_path, too_long)["spans"] == []


def test_author_note_is_original():
    text = "до события (крушение пассажирского самолета. \n— прим. авт.). Потом"
    assert ds.silver_spans(text, ds.GENERIC_MARKER) == []


# -------------------------------------------------------------- legal labels
FOOTNOTE = "* «Джабхат ан-Нусра» — террористическая группировка, запрещённая на территории России."
FOOTNOTE2 = "** «Исламское государство» (ИГ) — организация признана террористической по решению Верховного суда РФ от 29.12.2014."


def test_star_footnotes(tmp_path):
    content = (f"Боевики «Джабхат ан-Нусры»* и ИГ** атаковали. Рейтинг 5* и пи*дец не метки.\n"
               f"{FOOTNOTE}\n{FOOTNOTE2}")
    rec = rt_record(tmp_path, content, title="T")
    t = rec["text"]
    assert texts(rec, "legal_label") == ["*", "**", FOOTNOTE, FOOTNOTE2]
    first = rec["spans"][0]
    assert (first["start"], t[first["start"] - 1]) == (t.index("»*") + 1, "»")


def test_stars_without_legal_footnote_are_ignored(tmp_path):
    content = "Слово «Слышу»* в стихах.\n*«Слышу, поёт Америка» — стихотворение Уолта Уитмена."
    assert rt_record(tmp_path, content)["spans"] == []


def test_broken_footnote_is_one_span_per_line(tmp_path):
    content = ("Текст про ИГ*.\n* \n«Исламское государство» (ИГ) — терр\n"
               "ористическая группировка, запрещённая на территории России.\nИлья Кроль")
    rec = rt_record(tmp_path, content, title="T")
    assert texts(rec) == ["*", "*", "«Исламское государство» (ИГ) — терр",
                          "ористическая группировка, запрещённая на территории России."]


def test_footnote_without_star(tmp_path):
    line = "«Правый сектор» — украинское объединение радикальных националистических организаций, запрещённое в России."
    rec = rt_record(tmp_path, f"Текст.\n«Я уважаю тот факт, что это — запрещать нельзя», — сказал он.\n{line}")
    assert texts(rec) == [line]


@pytest.mark.parametrize("label", ["(запрещена в России)", "(признан в РФ экстремистской организацией)",
                                   "(организация запрещена в РФ)", "(признан иноагентом)",
                                   "(ИГ, террористическая организация, запрещена в России)"])
def test_inline_legal_brackets(label):
    text = f"Группировка {label} наступает."
    assert [text[s["start"]:s["end"]] for s in ds.silver_spans(text, ds.NG_MARKER)] == [label]


def test_non_russian_bans_are_not_labels():
    text = "РПК (организация запрещена в Турции) и ракеты (хотя это и запрещено Договором об РСМД)."
    assert ds.silver_spans(text, ds.NG_MARKER) == []


def test_marker_beats_legal_label():
    text = "ИГ (запрещен в РФ. – «НГР») и ИГИЛ (террористическая организация, запрещенная в России — прим. ред.)."
    assert [s["kind"] for s in ds.silver_spans(text, ds.NG_MARKER)] == ["note", "note"]


# ----------------------------------------------------------------------- NG
def test_ng_notes(tmp_path):
    content = ("«Наши (американских. – Прим. пер.) союзники (Путин. – «НГ») и (будем? – В.К.) "
               "и (спирт. – «НВО») идут», – писал Горький (1868–1936) (в 2003–2014 годах).")
    write_gz(tmp_path / "ng_0.jsonlines.gz", [{"title": "T", "content": content}])
    (rec,) = ds.iter_ng(tmp_path / "ng_0.jsonlines.gz")
    assert (rec["split"], rec["source"]) == ("train", "ng")  # ng_0 trains; ng_1 is held out
    assert texts(rec) == ["(американских. – Прим. пер.)", "(Путин. – «НГ»)", "(будем? – В.К.)", "(спирт. – «НВО»)"]
    assert [s["kind"] for s in rec["spans"]] == ["translator_note", "note", "note", "note"]


# ------------------------------------------------------------ RuSentRel / NEREL
RUSENTREL = ("{Author, Unknown} \n\n{Author, Unknown} Заголовок\n\n{Author, Unknown} inosmi.ru\n\n"
             "{Author, Unknown} Москва поддерживает цель «Исламское государство» (ИГИЛ, запрещено в России. \n"
             "{Author, Unknown} – Ред.). \n"
             "{Author, Unknown} Наши бомбят ИГИЛ (террористическая организация, запрещена в России, — прим. перев.), а "
             "самолет (крушение. \n{Author, Unknown} — прим. авт.). \n")


def test_rusentrel(tmp_path):
    (tmp_path / "test").mkdir()
    (tmp_path / "test" / "art1.txt").write_text(RUSENTREL.replace("\n", "\r\n"), encoding="utf-8")
    (rec,) = ds.iter_rusentrel(tmp_path)
    assert "{Author" not in rec["text"] and "\r" not in rec["text"]
    assert rec["text"].startswith("Заголовок\n\ninosmi.ru")
    assert (rec["id"], rec["split"], rec["source"]) == ("rusentrel-test-art1", "test", "rusentrel")
    assert texts(rec) == ["(ИГИЛ, запрещено в России. \n– Ред.)",
                          "(террористическая организация, запрещена в России, — прим. перев.)"]
    assert [s["kind"] for s in rec["spans"]] == ["note", "translator_note"]
    assert ds.check_record(rec) is None


def test_nerel(tmp_path):
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "1_text.txt").write_text("Томас Шефер (Thomas Schäfer), министр финансов.\n", encoding="utf-8")
    (rec,) = ds.iter_nerel(tmp_path)
    assert rec == {"id": "nerel-dev-1_text", "lang": "ru", "text": "Томас Шефер (Thomas Schäfer), министр финансов.",
                   "spans": [], "source": "nerel", "split": "test"}


def test_nerel_train_folder_is_training_data(tmp_path):
    for folder in ("train", "test"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "1.txt").write_text(f"Новость из {folder} (Москва).", encoding="utf-8")
    assert {rec["id"]: rec["split"] for rec in ds.iter_nerel(tmp_path)} == {"nerel-train-1": "train",
                                                                             "nerel-test-1": "test"}


def test_ng_text_in_both_shards_is_kept_for_the_test_only(tmp_path):
    corpora, out = tmp_path / "corpora", tmp_path / "out"
    shared, own = {"title": "Общая", "content": "(Путин. – «НГ») сказал."}, {"title": "Своя", "content": "Текст (Москва)."}
    write_gz(corpora / "ng" / "ng_0.jsonlines.gz", [shared, own])
    write_gz(corpora / "ng" / "ng_1.jsonlines.gz", [shared])
    stats = ds.build(corpora, out)
    assert stats["ng_test.jsonl"] == {"records": 1, "with_spans": 1, "note": 1}
    assert stats["ng_train.jsonl"] == {"records": 1, "duplicates": 1}
    assert stats["ng_test_stripped.jsonl"]["records"] == 1
    assert stats["ng_train_stripped.jsonl"].get("records", 0) == 0


# ------------------------------------------------------------------ stripping
def test_strip_markers_offsets(tmp_path):
    content = ("«ИГ* (террористы. — \nRT\n) и (ДНР и ЛНР, — RT) ушли», — сказал он (запрещена в России).\n"
               "* «Исламское государство» (ИГ) — террористическая группировка, запрещённая на территории России.")
    rec = rt_record(tmp_path, content, title="T")
    kinds = [s["kind"] for s in rec["spans"]]
    assert kinds == ["legal_label", "note", "note", "legal_label", "legal_label"]
    out = ds.strip_markers(rec)
    assert (out["id"], out["source"], out["split"]) == (rec["id"] + "-stripped", "rt+stripped", rec["split"])
    assert [s["kind"] for s in out["spans"]] == kinds
    before, after = texts(rec), texts(out)
    assert after[1:3] == ["(террористы.)", "(ДНР и ЛНР)"]
    assert [a for i, a in enumerate(after) if i not in (1, 2)] == [b for i, b in enumerate(before) if i not in (1, 2)]
    assert out["text"] == rec["text"].replace(" — \nRT\n", "").replace(", — RT", "")
    assert ds.check_record(out) is None


def test_check_record():
    ok = {"text": "ab (c. — RT\n) d", "spans": [{"start": 3, "end": 13, "kind": "note"}]}
    assert ds.check_record(ok) is None
    bad = [[{"start": 0, "end": 20, "kind": "note"}],
           [{"start": 3, "end": 5, "kind": "note"}, {"start": 4, "end": 6, "kind": "note"}],
           [{"start": 5, "end": 13, "kind": "note"}]]
    for spans in bad:
        assert ds.check_record({**ok, "spans": spans})


# ---------------------------------------------------------------------- build
def test_build_synthetic(tmp_path):
    corpora, out = tmp_path / "corpora", tmp_path / "out"
    note_doc = {"title": "T", "content": "«Они (США. — \nRT\n) правы», — сказал он."}
    write_gz(corpora / "rt" / "russia_today_0.jsonlines.gz", [note_doc, {"title": "Без вставок", "content": "x"}])
    write_gz(corpora / "rt" / "russia_today_7.jsonlines.gz", [note_doc, note_doc])
    write_gz(corpora / "ng" / "ng_1.jsonlines.gz", [{"title": "T", "content": "(Путин. – «НГ») сказал."}])
    (corpora / "nerel" / "dev").mkdir(parents=True)
    (corpora / "nerel" / "dev" / "1_text.txt").write_text("Просто новость (Москва).", encoding="utf-8")
    stats = ds.build(corpora, out)
    assert stats["rt_train.jsonl"] == {"records": 2, "with_spans": 1, "note": 1}
    assert stats["rt_test.jsonl"] == {"records": 1, "with_spans": 1, "note": 1, "duplicates": 1}
    assert stats["rt_train_stripped.jsonl"]["records"] == 1
    assert stats["ng_test_stripped.jsonl"]["note"] == 1
    assert stats["nerel_test.jsonl"] == {"records": 1}
    assert "nerel_test_stripped.jsonl" not in stats and "rt_dev.jsonl" not in stats
    assert json.loads((out / "build_stats.json").read_text(encoding="utf-8")) == stats
    (line,) = (out / "rt_train_stripped.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["text"] == "T\n«Они (США.) правы», — сказал он."
    assert "rt_test.jsonl" in ds.format_stats(stats)


@pytest.mark.skipif(not REAL_CORPORA.is_dir(), reason="real corpora not available")
def test_build_real_rt7_and_rusentrel(tmp_path):
    corpora = tmp_path / "corpora"
    (corpora / "rt").mkdir(parents=True)
    (corpora / "rt" / "russia_today_7.jsonlines.gz").symlink_to((REAL_CORPORA / "rt" / "russia_today_7.jsonlines.gz").resolve())
    (corpora / "rusentrel").symlink_to((REAL_CORPORA / "rusentrel").resolve())
    stats = ds.build(corpora, tmp_path / "out")
    assert set(stats) == {"rt_test.jsonl", "rt_test_stripped.jsonl", "rusentrel_test.jsonl",
                          "rusentrel_test_stripped.jsonl"}
    rt, rs = stats["rt_test.jsonl"], stats["rusentrel_test.jsonl"]
    assert 200 <= rt["records"] <= 220 and 40 <= rt["note"] <= 100 and 30 <= rt["legal_label"] <= 200
    assert 5 <= rs["note"] + rs.get("translator_note", 0) <= 9 and 40 <= rs["records"] <= 71
    assert all(c.get("dropped", 0) == 0 for c in stats.values())
    for name in stats:
        for line in (tmp_path / "out" / name).read_text(encoding="utf-8").splitlines():
            assert ds.check_record(json.loads(line)) is None
