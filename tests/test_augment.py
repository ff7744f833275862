"""The synthetic layout builder: every inserted span is exact and the real spans survive."""

import random

from tools.augment import build, synthesize
from annotator.records import check_record

BODY = ("Генштаб сообщил, что ВСУ отошли от города. Об этом заявили в Пентагоне.\n"
        "Пентагон отказался от комментариев (речь о поставках. — RT).\n"
        "Эксперты не исключают новых переговоров.")


def record(index):
    text = f"Заголовок номер {index}\nКраткое содержание статьи. Второе предложение.\n{BODY}"
    note = "(речь о поставках. — RT)"
    start = text.index(note)
    return {"id": f"rt-{index}", "lang": "ru", "text": text, "source": "rt", "split": "dev",
            "spans": [{"start": start, "end": start + len(note), "kind": "note"}]}


def test_synthetic_articles_have_exact_spans():
    kinds = set()
    for synthetic in build(record(i) for i in range(40)):
        check_record(synthetic)
        text = synthetic["text"]
        for span in synthetic["spans"]:
            piece = text[span["start"]:span["end"]]
            kinds.add(span["kind"])
            assert piece == piece.strip()
            if span["kind"] == "note":
                assert piece == "(речь о поставках. — RT)"
            if span["kind"] == "lead":
                assert text.split("\n")[1] == piece
            if span["kind"] == "gloss":
                assert piece.startswith("(") and piece.endswith(")")
    assert {"lead", "gloss", "note"} <= kinds


def test_synthesis_is_deterministic_and_skips_short_articles():
    first = [s["text"] for s in build(record(i) for i in range(10))]
    again = [s["text"] for s in build(record(i) for i in range(10))]
    assert first == again
    short = {"id": "x", "text": "Заголовок\nОдна строка", "spans": []}
    assert synthesize(short, random.Random(0)) is None


def test_headlines_name_the_outlet_the_lead_reports_on():
    named = leads_naming_it = 0
    for synthetic in build(record(i) for i in range(60)):
        headline = synthetic["text"].split("\n")[0]
        if "): Заголовок номер" not in headline:
            assert headline.startswith("Заголовок номер")
            continue
        named += 1
        outlet = headline.split(" (")[0]
        leads = [s for s in synthetic["spans"] if s["kind"] == "lead"]
        for lead in leads:
            assert outlet in synthetic["text"][lead["start"]:lead["end"]]
            leads_naming_it += 1
    assert 20 <= named <= 50 and leads_naming_it > 10
