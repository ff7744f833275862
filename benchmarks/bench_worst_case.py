"""Throughput of the default model on hostile shapes of text against ordinary articles.

    python benchmarks/bench_worst_case.py            # a table of MB/s per shape, 1 core
    python benchmarks/bench_worst_case.py --mb 0.5   # size of each text (default 0.3 MB)

Each shape is one text of about ``--mb`` megabytes (articles: the seed article
repeated as separate texts of its own size).  MB/s counts UTF-8 bytes; each
shape is timed three times and the best run kept.  The worst shape should
stay within 3x of the articles (see BENCHMARKS.md, "Worst case").
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Callable

from annotator.api import default_annotator

SEED = (Path(__file__).resolve().parent.parent / "seeds" / "000_537cde15b9f0378c.txt").read_text(encoding="utf-8")


def _letters(number: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz") -> str:
    """``0 -> 'a'``, ``27 -> 'bb'``: a different word for every number."""
    word = ""
    while True:
        number, digit = divmod(number, len(alphabet))
        word = alphabet[digit] + word
        if not number:
            return word


def shapes(size: int) -> dict[str, list[str]]:
    """Texts of about ``size`` characters per shape."""
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    def distinct(unit: str, alphabet: str) -> str:  # every bracket's content its own: nothing decided serves twice
        return "".join(unit.format(_letters(n, alphabet), _letters(n // 7)) for n in range(size // len(unit) + 1))[:size]

    return {
        "articles (the seed, one text each)": [SEED] * max(1, size // len(SEED)),
        "paren-dense: 'word (aside) '": [fill("word (aside) ")],
        "paren-dense, sentences: 'A word (aside). '": [fill("A word (aside). ")],
        "paren-dense, lines: 'word (aside)\\n'": [fill("word (aside)\n")],
        "nested brackets: '((((x))))'": [fill("((((x)))) ")],
        "short paragraphs: 'A line.\\n\\n'": [fill("A line.\n\n")],
        "one long line, no punctuation": [fill("word ")],
        "quotes and dashes: '«a» – b '": [fill("«a» – b ")],
        "Cyrillic paren-dense: 'слово (вставка) '": [fill("слово (вставка) ")],
        # words of q, w, x and z, which spell no marker: the text stays an outlet's own
        "paren-dense, every content new: 'word (aside qxw) '": [distinct("word (aside {}) ", "qwxz")],
        # named republisher: the spelling rule compares every Latin bracket with the words before it
        "republished, Latin brackets: 'слово (word qd c) '": ["ИноСМИ\n" + distinct("слово (word {} {}) ", "abcdefghijklmnopqrstuvwxyz")],
    }


def best_rate(run: Callable[[], object], megabytes: float, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return megabytes / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.3, help="megabytes of text per shape")
    args = parser.parse_args()
    model = default_annotator()
    model.predict(SEED)  # warm up
    rows = []
    for name, texts in shapes(int(args.mb * 1_000_000)).items():
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        rate = best_rate(lambda: model.predict_many(texts), megabytes)
        rows.append((name, megabytes, rate))
        print(f"{name:<48} {megabytes:6.2f} MB {rate:7.2f} MB/s", flush=True)
    articles = rows[0][2]
    worst = min(rows, key=lambda r: r[2])
    print(f"\nworst: {worst[0]} at {worst[2]:.2f} MB/s, {articles / worst[2]:.1f}x slower than articles")


if __name__ == "__main__":
    main()
