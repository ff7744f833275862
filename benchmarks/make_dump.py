"""Write a synthetic article dump for throughput and memory benchmarks.

Records are perturbed copies of the seed article (paragraphs dropped,
repeated and reordered, an editorial insertion added now and then) mixed with
short Russian texts built from templates, so the scorer sees both long and
short articles and both plain and editorial text.  Deterministic for a seed.

    python benchmarks/make_dump.py benchmarks/out/dump.jsonl --records 2000
    python benchmarks/make_dump.py benchmarks/out/big.jsonl --mb 1024
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path
from typing import IO, Iterator

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_537cde15b9f0378c.txt"

RUSSIAN = [
    "Как сообщает издание, переговоры в Брюсселе продолжатся на следующей неделе.",
    "Министры обсудили поставки вооружений (в том числе снарядов и систем ПВО).",
    "Бои шли под Покровском (Красноармейском) и у Курахова.",
    "Эксперт фонда (признан иноагентом в РФ) заявил, что прогнозы слишком оптимистичны.",
    "Автор статьи «забывает» упомянуть о предыстории конфликта (прим. пер.).",
    "По данным агентства, решение примут до конца года <...>",
    "Союзники (и противники) Киева по-разному оценивают перспективы перемирия.",
    "Глава МИД напомнил, что санкции остаются в силе — Прим. ИноСМИ.",
]
DISCLAIMER = ("Материалы ИноСМИ содержат оценки исключительно зарубежных СМИ "
              "и не отражают позицию редакции ИноСМИ.")
INSERTIONS = [" (прим. пер.)", " (Krasnoarmeysk)", " <...>", " (sic!)", " (recognized as a foreign agent)"]


def seed_variant(paragraphs: list[str], rng: random.Random) -> str:
    """The seed article with paragraphs dropped, repeated or shuffled and an insertion added."""
    head, body = paragraphs[:3], paragraphs[3:]
    body = [p for p in body if rng.random() > 0.15] + rng.sample(body, k=rng.randint(0, 3))
    if rng.random() < 0.3:
        rng.shuffle(body)
    if body and rng.random() < 0.5:
        i = rng.randrange(len(body))
        body[i] = body[i].rstrip(".") + rng.choice(INSERTIONS) + "."
    return "\n".join(head + body)


def russian_text(rng: random.Random) -> str:
    """A short Russian text: a title and a few template sentences, sometimes a disclaimer."""
    sentences = rng.choices(RUSSIAN, k=rng.randint(2, 12))
    text = "Новости: " + sentences[0] + "\n" + " ".join(sentences[1:])
    return text + ("\n" + DISCLAIMER if rng.random() < 0.3 else "")


def records(rng: random.Random, russian_share: float) -> Iterator[dict[str, str]]:
    paragraphs = SEED.read_text(encoding="utf-8").split("\n")
    for number in range(sys.maxsize):
        if rng.random() < russian_share:
            yield {"id": f"ru-{number:08d}", "lang": "ru", "text": russian_text(rng)}
        else:
            yield {"id": f"en-{number:08d}", "lang": "en", "text": seed_variant(paragraphs, rng)}


def write_dump(path: Path, n_records: int | None = None, megabytes: float | None = None, seed: int = 0,
               russian_share: float = 0.3) -> tuple[int, int]:
    """Write JSONL (gzip when ``path`` ends in .gz) until either limit; returns (records, bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    limit = int(megabytes * 2**20) if megabytes else None
    rng = random.Random(seed)
    count = size = 0
    handle: IO[bytes] = gzip.open(path, "wb") if path.suffix == ".gz" else open(path, "wb")
    with handle:
        for record in records(rng, russian_share):
            if (n_records is not None and count >= n_records) or (limit is not None and size >= limit):
                break
            line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
            handle.write(line)
            count += 1
            size += len(line)
    return count, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="output .jsonl (or .jsonl.gz)")
    limit = parser.add_mutually_exclusive_group(required=True)
    limit.add_argument("--records", type=int, help="number of records")
    limit.add_argument("--mb", type=float, help="uncompressed size in MiB")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--russian-share", type=float, default=0.3, help="share of short Russian texts")
    args = parser.parse_args(argv)
    count, size = write_dump(args.path, args.records, args.mb, args.seed, args.russian_share)
    print(f"wrote {count} records, {size / 2**20:.1f} MiB to {args.path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
