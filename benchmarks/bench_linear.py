"""Is ``predict`` linear in the text?  Seconds per MB on one article of 10 KB .. 10 MB.

    .venv/bin/python benchmarks/bench_linear.py [--sizes 10e3,100e3,1e6,10e6] [--repeat 3] [--rules-only]

The article is the seed article and a Russian text with editorial markers (notes,
a translator's note, a gloss, legal labels with their footnote, an elision, the
disclaimer) repeated to the size, in UTF-8 bytes.  Uses the shipped default
model when it exists (otherwise rules only; the first line says which), and the
rules alone for comparison.  Each time is the best of ``--repeat`` runs
(a single run at 10 MB).  Flat s/MB means linear time.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator import Annotator, load  # noqa: E402
from annotator.api import DEFAULT_MODEL_DIR  # noqa: E402

RUSSIAN = """Путин заявил, что переговоры возможны (речь идет о встрече в Стамбуле — прим. ред.).
Бои шли под Покровском (Красноармейском) и у Бахмута (Артемовска), сообщает издание.
По словам эксперта, «Мемориал»* (признан иноагентом) снова выступил с заявлением <...>.
Автор, разумеется, умалчивает о потерях (так в оригинале — прим. пер.).
* признан в РФ иностранным агентом
Материалы ИноСМИ содержат оценки исключительно зарубежных СМИ и не отражают позицию редакции ИноСМИ.
"""


def article(size: int) -> str:
    seed = (ROOT / "seeds" / "000_537cde15b9f0378c.txt").read_text(encoding="utf-8")
    unit = seed.rstrip("\n") + "\n" + RUSSIAN
    raw = (unit * (size // len(unit.encode()) + 1)).encode()[:size]
    return raw.decode("utf-8", "ignore")


def best_time(annotator: Annotator, text: str, repeat: int) -> tuple[float, int]:
    best, spans = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = annotator.predict(text)
        best = min(best, time.perf_counter() - start)
        spans = len(result.spans)
    return best, spans


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10e3,100e3,1e6,10e6", help="article sizes in bytes, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size below 10 MB (best is kept)")
    parser.add_argument("--rules-only", action="store_true", help="skip the default model")
    args = parser.parse_args(argv)
    sizes = [int(float(s)) for s in args.sizes.split(",")]

    rows: list[tuple[str, Annotator]] = []
    if not args.rules_only and (DEFAULT_MODEL_DIR / "model.skops").exists():
        model = load(DEFAULT_MODEL_DIR)
        model.max_chars = None  # the 10 MB article is over the default 5,000,000-character limit
        rows.append(("default model", model))
        print(f"annotator: default model ({DEFAULT_MODEL_DIR.relative_to(ROOT)}) and rules only")
    else:
        print("annotator: rules only (no default model)" if not args.rules_only else "annotator: rules only")
    rows.append(("rules only", Annotator(max_chars=None)))
    print(f"python {platform.python_version()}, {platform.machine()}; best of {args.repeat} (1 at 10 MB)\n")

    print("| annotator | size | characters | spans | seconds | s/MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, annotator in rows:
        annotator.predict(article(10_000))  # warm up imports and caches
        per_mb = []
        for size in sizes:
            text = article(size)
            seconds, spans = best_time(annotator, text, 1 if size >= 10_000_000 else args.repeat)
            megabytes = len(text.encode()) / 1e6
            per_mb.append(seconds / megabytes)
            print(f"| {name} | {_human(size)} | {len(text):,} | {spans:,} | {seconds:.3f} | {seconds / megabytes:.3f} |",
                  flush=True)
        # below 100 KB a fixed cost per call (the classifier's, about 10 ms) dominates
        large = [value for size, value in zip(sizes, per_mb) if size >= 100_000] or per_mb
        print(f"| {name} | max/min s/MB, 100 KB and up | | | | {max(large) / min(large):.2f} |")
    return 0


def _human(size: int) -> str:
    return f"{size / 1e6:g} MB" if size >= 1_000_000 else f"{size / 1e3:g} KB"


if __name__ == "__main__":
    sys.exit(main())
