"""Synthetic training articles in the republisher's layout, built from real text.

    python -m annotator.augment [--source data/rt_train.jsonl] [--out data/synth_train.jsonl]

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

REPO = Path(__file__).resolve().parent.parent

OUTLETS = ("Bloomberg", "The Economist", "Die Welt", "Le Figaro", "Politico", "Foreign Affairs",
           "The Wall Street Journal", "Financial Times", "El País", "Corriere della Sera", "Rzeczpospolita",
           "«Нью-Йорк таймс»", "«Гардиан»", "«Шпигель»", "«Страна.уа»", "The Telegraph", "Handelsblatt",
           "Süddeutsche Zeitung", "«Ле Монд»", "The Atlantic", "Asia Times", "Newsweek")
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
ASIDES = ("(что, разумеется, не соответствует действительности)", "(sic!)", "(как будто это что-то меняет)",
          "(о чём автор предпочитает умалчивать)", "(с чего бы это?)", "(автор явно лукавит)",
          "(при этом о причинах кризиса автор не пишет ни слова)", "(что весьма сомнительно)",
          "(хотя доказательств этому так и не было представлено)", "(видимо, по мнению автора, это нормально)")
_SENTENCE_END = re.compile(r"(?<=[а-яё\w])\.(?=\s+[А-ЯЁ])")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2].isupper() is False else text


def make_lead(summary: str, rng: random.Random) -> str:
    first = re.split(r"(?<=[.!?])\s+", summary.strip())[0].rstrip(".!?… ")
    template = rng.choice(LEAD_TEMPLATES)
    return template.format(s=first, s_lower=_lower_first(first), o=rng.choice(OUTLETS))


def _insert(text: str, spans: list[dict[str, Any]], position: int, insertion: str, kind: str) -> str:
    """Insert `` insertion`` at ``position`` and record it; later spans shift."""
    piece = " " + insertion
    for span in spans:
        if span["start"] >= position:
            span["start"] += len(piece)
            span["end"] += len(piece)
    spans.append({"start": position + 1, "end": position + len(piece), "kind": kind})
    return text[:position] + piece + text[position:]


def _free(spans: list[dict[str, Any]], position: int) -> bool:
    return all(not (span["start"] <= position < span["end"]) for span in spans)


def synthesize(record: dict[str, Any], rng: random.Random) -> dict[str, Any] | None:
    """One synthetic article from one real article, or ``None`` when it does not fit the layout."""
    lines = record["text"].split("\n")
    if len(lines) < 4 or any(span["start"] < len(lines[0]) + len(lines[1]) + 2 for span in record["spans"]):
        return None
    old_prefix = len(lines[0]) + 1 + len(lines[1]) + 1
    body = "\n".join(lines[2:])
    head = [lines[0]]
    spans: list[dict[str, Any]] = []
    if rng.random() < 0.75:
        lead = make_lead(lines[1], rng)
        start = len(lines[0]) + 1
        spans.append({"start": start, "end": start + len(lead), "kind": "lead"})
        head.append(lead)
    head.append(rng.choice(BYLINES))
    prefix = "\n".join(head) + "\n"
    shift = len(prefix) - old_prefix
    body_spans = [{**span, "start": span["start"] + shift, "end": span["end"] + shift} for span in record["spans"]]
    text = prefix + body
    spans += body_spans
    for acronym, gloss in rng.sample(ACRONYM_GLOSSES, len(ACRONYM_GLOSSES)):
        match = re.search(rf"(?<!\w){acronym}(?!\w)(?! \()", text[len(prefix):])
        if match and _free(spans, len(prefix) + match.end()):
            text = _insert(text, spans, len(prefix) + match.end(), gloss, "gloss")
            break
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


def build(records: Iterable[dict[str, Any]], every: int = 3, seed: int = 0) -> Iterator[dict[str, Any]]:
    """Synthetic articles from every ``every``-th record, deterministically."""
    rng = random.Random(seed)
    for index, record in enumerate(records):
        if index % every == 0 and record.get("split") == "train":
            synthetic = synthesize(record, rng)
            if synthetic is not None:
                yield synthetic


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m annotator.augment", description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=REPO / "data" / "rt_train.jsonl")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "synth_train.jsonl")
    parser.add_argument("--every", type=int, default=3, help="use every N-th source record")
    args = parser.parse_args(argv)
    if not args.source.exists():
        print(f"{args.source} not found: build it first with python -m annotator.datasets build", file=sys.stderr)
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
