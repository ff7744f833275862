"""Synthetic training articles in the republisher's layout, built from real text.

    python tools/augment.py [--source data/rt_dev.jsonl] [--out data/synth_train.jsonl]

A repository tool (not part of the installed package): ``make data`` runs it
after ``tools/build_silver.py``.

The source is RT's dev shard (6): the model trains on shards 0-5 as they
are, so laying out other articles avoids teaching the same brackets twice,
and shard 7 stays the untouched test shard.

No corpus has unmarked insertions at scale: leads, glosses and asides are
what the model must learn without a marker.  This builder takes real RT
training articles and lays them out the way InoSMI does (headline, the
republisher's lead reporting on a foreign outlet, byline, body, sometimes a
disclaimer), inserting glosses of acronyms and polemical asides from the
tables below.  Every insertion is recorded with exact offsets; the result is
training data only, never evaluation data.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator

REPO = Path(__file__).resolve().parent.parent  # tools/ sits in the repository root

# Foreign outlets and their countries, as the republisher's headline names them: "Bloomberg (США): …".
OUTLETS = {
    "Bloomberg": "США", "The Economist": "Великобритания", "Die Welt": "Германия", "Le Figaro": "Франция",
    "Politico": "США", "Foreign Affairs": "США", "The Wall Street Journal": "США",
    "Financial Times": "Великобритания", "El País": "Испания", "Corriere della Sera": "Италия",
    "Rzeczpospolita": "Польша", "«Нью-Йорк таймс»": "США", "«Гардиан»": "Великобритания",
    "«Шпигель»": "Германия", "«Страна.уа»": "Украина", "The Telegraph": "Великобритания",
    "Handelsblatt": "Германия", "Süddeutsche Zeitung": "Германия", "«Ле Монд»": "Франция",
    "The Atlantic": "США", "Asia Times": "Гонконг", "Newsweek": "США",
}
HEADLINE_NAMES_OUTLET = 0.6  # share of headlines in the "Outlet (Country): title" form
LEAD_TEMPLATES = ("{s}, пишет {o}.", "{s}, сообщает {o}.", "{s}, отмечает автор статьи в {o}.",
                  "Как пишет {o}, {s_lower}.", "{s}, считает обозреватель {o}.", "{s}. Об этом пишет {o}.",
                  "{s}, утверждает {o}.", "По мнению {o}, {s_lower}.")
BYLINES = ("Джон Смит", "Анна Мюллер", "Пьер Дюбуа", "Марта Ковальская", "Джеймс Харрис, Эмили Кларк",
           "Томас Бауэр", "Лючия Феррари", "Карлос Ортега", "Peter Wagner", "Sarah Collins", "Jan Nowak")
DISCLAIMER = ("Материалы ИноСМИ содержат оценки исключительно зарубежных СМИ и не отражают позицию "
              "редакции ИноСМИ.")
# Acronyms a Russian reader is told the meaning of: (acronym, gloss as the republisher writes it).
ACRONYM_GLOSSES = (
    ("ВСУ", "(Вооружённые силы Украины)"), ("СБУ", "(Служба безопасности Украины)"),
    ("МВФ", "(Международный валютный фонд)"), ("МАГАТЭ", "(Международное агентство по атомной энергии)"),
    ("ОБСЕ", "(Организация по безопасности и сотрудничеству в Европе)"), ("ВОЗ", "(Всемирная организация здравоохранения)"),
    ("ЦРУ", "(Центральное разведывательное управление США)"), ("ФБР", "(Федеральное бюро расследований)"),
    ("ОПЕК", "(Организация стран — экспортёров нефти)"), ("ХДС", "(Христианско-демократический союз)"),
    ("АдГ", "(партия «Альтернатива для Германии»)"), ("ЕЦБ", "(Европейский центральный банк)"),
    ("ВТО", "(Всемирная торговая организация)"), ("АНБ", "(Агентство национальной безопасности США)"),
)
# Terms a Russian reader gets explained: (term as it stands in the text, the gloss).
TERM_GLOSSES = (
    ("бундестаг", "(нижняя палата парламента Германии)"), ("Бундестаг", "(нижняя палата парламента Германии)"),
    ("Пентагон", "(министерство обороны США)"), ("Даунинг-стрит", "(резиденция британского премьер-министра)"),
    ("кнессет", "(парламент Израиля)"), ("Кнессет", "(парламент Израиля)"), ("Рада", "(парламент Украины)"),
    ("сейм", "(парламент Польши)"), ("Сейм", "(парламент Польши)"), ("Елисейский дворец", "(резиденция президента Франции)"),
    ("Капитолий", "(здание Конгресса США)"), ("Форин-офис", "(министерство иностранных дел Великобритании)"),
    ("бундесвер", "(вооружённые силы Германии)"), ("Бундесвер", "(вооружённые силы Германии)"),
    ("Еврокомиссия", "(исполнительный орган Евросоюза)"), ("Еврокомиссии", "(исполнительного органа Евросоюза)"),
    ("Белый дом", "(администрация президента США)"), ("Уолл-стрит", "(финансовый центр Нью-Йорка)"),
    ("Госдеп", "(министерство иностранных дел США)"), ("Госдепартамент", "(министерство иностранных дел США)"),
    ("Брексит", "(выход Великобритании из Евросоюза)"), ("брексит", "(выход Великобритании из Евросоюза)"),
)
# Unbracketed asides: a sentence of the republisher's own at the end of a paragraph.
ASIDE_SENTENCES = (
    "Автор, разумеется, умалчивает о том, кто на самом деле начал этот конфликт.",
    "Как будто кто-то всерьёз ожидал иного.",
    "Авторы статьи почему-то не уточняют, откуда взялись эти цифры.",
    "Что при этом будет с простыми людьми, автор не пишет.",
    "Видимо, автор считает, что читатели об этом забудут.",
    "Автор, впрочем, не задаётся вопросом, кому это выгодно.",
    "О том, что сам Запад годами игнорировал эти предупреждения, автор предпочитает не вспоминать.",
    "Разумеется, никаких доказательств этому авторы не приводят.",
    "Конечно, о собственных провалах в статье нет ни слова.",
    "Как будто это хоть что-то объясняет.",
)
ASIDES = ("(что, разумеется, не соответствует действительности)", "(sic!)", "(как будто это что-то меняет)",
          "(о чём автор предпочитает умалчивать)", "(с чего бы это?)", "(автор явно лукавит)",
          "(при этом о причинах кризиса автор не пишет ни слова)", "(что весьма сомнительно)",
          "(хотя доказательств этому так и не было представлено)", "(видимо, по мнению автора, это нормально)")
_SENTENCE_END = re.compile(r"(?<=[а-яё\w])\.(?=\s+[А-ЯЁ])")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2].isupper() is False else text


def make_lead(summary: str, rng: random.Random, outlet: str) -> str:
    first = re.split(r"(?<=[.!?])\s+", summary.strip())[0].rstrip(".!?… ")
    template = rng.choice(LEAD_TEMPLATES)
    return template.format(s=first, s_lower=_lower_first(first), o=outlet)


def make_headline(title: str, outlet: str) -> str:
    """The republisher's headline: the outlet without quotes, its country, the translated title."""
    return f"{outlet.strip('«»')} ({OUTLETS[outlet]}): {title}"


def _insert(text: str, spans: list[dict[str, Any]], position: int, insertion: str, kind: str) -> str:
    """Insert `` insertion`` at ``position`` and record it; later spans shift."""
    piece = " " + insertion
    for span in spans:
        if span["start"] >= position:
            span["start"] += len(piece)
            span["end"] += len(piece)
    spans.append({"start": position + 1, "end": position + len(piece), "kind": kind})
    return text[:position] + piece + text[position:]


def _gloss_first(text: str, spans: list[dict[str, Any]], body_start: int,
                 table: tuple[tuple[str, str], ...], rng: random.Random) -> str:
    """Gloss the first term of ``table`` (in random order) that the body holds unglossed."""
    for term, gloss in rng.sample(table, len(table)):
        match = re.search(rf"(?<!\w){re.escape(term)}(?!\w)(?! \()", text[body_start:])
        if match and _free(spans, body_start + match.end()):
            return _insert(text, spans, body_start + match.end(), gloss, "gloss")
    return text


def _free(spans: list[dict[str, Any]], position: int) -> bool:
    return all(not (span["start"] <= position < span["end"]) for span in spans)


def synthesize(record: dict[str, Any], rng: random.Random) -> dict[str, Any] | None:
    """One synthetic article from one real article, or ``None`` when it does not fit the layout."""
    lines = record["text"].split("\n")
    if len(lines) < 4 or any(span["start"] < len(lines[0]) + len(lines[1]) + 2 for span in record["spans"]):
        return None
    old_prefix = len(lines[0]) + 1 + len(lines[1]) + 1
    body = "\n".join(lines[2:])
    outlet = rng.choice(sorted(OUTLETS))
    head = [make_headline(lines[0], outlet) if rng.random() < HEADLINE_NAMES_OUTLET else lines[0]]
    spans: list[dict[str, Any]] = []
    if rng.random() < 0.75:
        lead = make_lead(lines[1], rng, outlet)
        start = len(head[0]) + 1
        spans.append({"start": start, "end": start + len(lead), "kind": "lead"})
        head.append(lead)
    if rng.random() < 0.8:  # some republications drop the byline
        head.append(rng.choice(BYLINES))
    prefix = "\n".join(head) + "\n"
    shift = len(prefix) - old_prefix
    body_spans = [{**span, "start": span["start"] + shift, "end": span["end"] + shift} for span in record["spans"]]
    text = prefix + body
    spans += body_spans
    for table in (ACRONYM_GLOSSES, TERM_GLOSSES):
        text = _gloss_first(text, spans, len(prefix), table, rng)
    if rng.random() < 0.35:
        ends = [m.end() for m in re.finditer(r"[.!?]\n", text[len(prefix):])]
        ends = [len(prefix) + e - 1 for e in ends if _free(spans, len(prefix) + e - 2)]
        if ends:
            text = _insert(text, spans, rng.choice(ends), rng.choice(ASIDE_SENTENCES), "aside")
    if rng.random() < 0.5:
        ends = [m.start() for m in _SENTENCE_END.finditer(text, len(prefix))]
        ends = [e for e in ends if _free(spans, e) and _free(spans, e - 1)]
        if ends:
            text = _insert(text, spans, rng.choice(ends), rng.choice(ASIDES), "aside")
    if rng.random() < 0.3:
        text = text.rstrip("\n") + "\n" + DISCLAIMER
        spans.append({"start": len(text) - len(DISCLAIMER), "end": len(text), "kind": "disclaimer"})
    spans.sort(key=lambda span: span["start"])
    return {"id": f"synth-{record['id']}", "lang": "ru", "text": text, "spans": spans,
            "source": f"synthetic layout from {record.get('source', 'rt')}", "split": "train"}


def build(records: Iterable[dict[str, Any]], every: int = 1, seed: int = 0) -> Iterator[dict[str, Any]]:
    """Synthetic articles from every ``every``-th record, deterministically."""
    rng = random.Random(seed)
    for index, record in enumerate(records):
        if index % every == 0:
            synthetic = synthesize(record, rng)
            if synthetic is not None:
                yield synthetic


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/augment.py", description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=REPO / "data" / "rt_dev.jsonl",
                        help="real articles to lay out (default: RT shard 6, which nothing else trains on)")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "synth_train.jsonl")
    parser.add_argument("--every", type=int, default=1, help="use every N-th source record")
    args = parser.parse_args(argv)
    if not args.source.exists():
        print(f"{args.source} not found: build it first with python tools/build_silver.py", file=sys.stderr)
        return 2
    with open(args.source, encoding="utf-8") as source:
        records = (json.loads(line) for line in source if line.strip())
        count = 0
        with open(args.out, "w", encoding="utf-8") as out:
            for synthetic in build(records, every=args.every):
                out.write(json.dumps(synthetic, ensure_ascii=False) + "\n")
                count += 1
    print(f"wrote {count} synthetic articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
