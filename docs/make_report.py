"""Make the README's screenshot of ``annotator report``: docs/report.png.

    python docs/make_report.py [--records 400] [--height 2600]

The data is the seed article plus synthetic articles from
benchmarks/make_dump.py (perturbed copies of the seed, short Russian texts),
each given a ``section`` and a ``published`` date.  They are scored with the
default model (the rules alone when it cannot be loaded), and the report is
built as ``annotator report SCORED -o DIR --by section --date-field
published --articles DUMP`` would build it, in a temporary directory.  Only
the screenshot is kept; it is taken with Debian's headless Chromium,
networking off.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
SEED = ROOT / "seeds" / "000_537cde15b9f0378c.txt"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))  # the repository's tools/, which the wheel leaves out

from make_dump import records as synthetic_records  # noqa: E402

from annotator.batch import score_file  # noqa: E402
from annotator.report import build_report  # noqa: E402
from annotator.report_write import write_report  # noqa: E402
from tools.browser import CHROMIUM, screenshot  # noqa: E402

SECTIONS = ("military", "politic", "world", "economic", "social")


def write_articles(path: Path, n: int, seed: int = 0) -> None:
    """The seed article and ``n`` synthetic ones, with a section and a date in one of three formats."""
    rng = random.Random(seed)
    articles = synthetic_records(random.Random(seed), russian_share=0.3)
    with open(path, "w", encoding="utf-8") as handle:
        first = {"id": SEED.stem, "text": SEED.read_text(encoding="utf-8"), "section": "military",
                 "published": "2024-11-20T09:30:00+03:00"}
        handle.write(json.dumps(first, ensure_ascii=False) + "\n")
        for _ in range(n):
            record = next(articles)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            record["section"] = rng.choices(SECTIONS, weights=(5, 4, 3, 2, 1))[0]
            record["published"] = rng.choice([f"2024-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.2024"])
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def default_model() -> str | None:
    """The default model directory, or ``None`` (rules only) with a notice when it is missing."""
    from annotator.api import DEFAULT_MODEL_DIR

    if Path(DEFAULT_MODEL_DIR).exists():
        return str(DEFAULT_MODEL_DIR)
    print(f"notice: no model at {DEFAULT_MODEL_DIR}; scoring with the rules only", file=sys.stderr)
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=400, help="synthetic articles besides the seed")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=2600, help="window height: the PNG is one window")
    args = parser.parse_args()

    shot = DOCS / "report.png"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        articles, scored, out = work / "articles.jsonl", work / "scored.jsonl", work / "report"
        write_articles(articles, args.records)
        stats = score_file(articles, scored, model=default_model())
        report = build_report(scored, by="section", date_field="published", articles=articles)
        write_report(report, out)
        print(f"{stats.summary()}; report: {report.spans} spans in {report.records} records")
        if not Path(CHROMIUM).exists():
            print(f"error: {CHROMIUM} not found; install Debian's chromium to take the screenshot", file=sys.stderr)
            return 1
        return screenshot(out / "index.html", shot, args.width, args.height)


if __name__ == "__main__":
    sys.exit(main())
