"""The hand-written articles: check their markup files, count them, write them as guide JSONL.

    python tools/build_devset.py --check            # exit 1 and name file:line of every problem
    python tools/build_devset.py --stats            # the counts in datasets/README.md
    python tools/build_devset.py --out data/dev.jsonl

A repository tool (not part of the installed package). The articles live in
``datasets/handwritten/*.txt`` in the inline markup of ``annotator.markup``
(one file per split); those files are the source of truth, and the JSONL is
written for whoever wants one (``make data`` writes ``data/dev.jsonl``, one
of the files ``make model`` trains on). ``--check`` reads every markup file
under ``datasets/`` and checks each article against the annotation guide
(``annotator.markup.check_article``); the test suite runs it too.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from annotator.markup import MarkupError, check_markup, read_markups
from annotator.rules import is_marked
from annotator.spans import KINDS

REPO = Path(__file__).resolve().parent.parent  # tools/ sits in the repository root
DATASETS = REPO / "datasets"
HANDWRITTEN = DATASETS / "handwritten"
SPLITS = ("dev", "test", "extra", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8",
          "blind9")


def markup_files(folder: Path = DATASETS) -> list[Path]:
    """Every markup file under ``folder`` (``*.txt``), in name order."""
    return sorted(folder.rglob("*.txt"))


def handwritten(splits: list[str] | None = None) -> list[dict[str, Any]]:
    """The records of ``datasets/handwritten/``, file by file in name order, optionally of some splits only."""
    return read_markups(markup_files(HANDWRITTEN), splits)


def check(files: list[Path]) -> list[str]:
    """``file:line: id: problem`` for every markup error and break of the guide in ``files``."""
    seen: dict[str, str] = {}
    return [message for path in files for message in check_markup(path, seen)]


def write_jsonl(records: list[dict[str, Any]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def stats(records: list[dict[str, Any]]) -> str:
    """Counts per split, language and kind; "marked" as the guide and the scores define it."""
    splits = [s for s in SPLITS if any(r["split"] == s for r in records)]
    splits += sorted({r["split"] for r in records} - set(splits))
    lines = [f"articles: {len(records)} ("
             + ", ".join(f"{s} {sum(r['split'] == s for r in records)}" for s in splits)
             + f"), with no span: {sum(not r['spans'] for r in records)}",
             f"per language (articles / spans / no-span articles / {' / '.join(splits)}):"]
    langs = Counter(r["lang"] for r in records)
    for lang in sorted(langs, key=lambda code: (-langs[code], code)):
        rows = [r for r in records if r["lang"] == lang]
        lines.append(f"  {lang:<3} {len(rows):3d} {sum(len(r['spans']) for r in rows):4d} "
                     f"{sum(not r['spans'] for r in rows):3d}"
                     + "".join(f" {sum(r['split'] == s for r in rows):3d}" for s in splits))
    lines.append(f"per kind (all / {' / '.join(splits)} / marked / unmarked):")
    columns = ["all", *splits, "marked", "unmarked"]
    table = {kind: Counter() for kind in KINDS}
    for record in records:
        for span in record["spans"]:
            piece = record["text"][span["start"]:span["end"]]
            table[span["kind"]].update(["all", record["split"],
                                        "marked" if is_marked(piece, span["kind"]) else "unmarked"])
    total = sum(table.values(), Counter())
    for name, counts in [*table.items(), ("TOTAL", total)]:
        lines.append(f"  {name:<16}" + "".join(f" {counts[c]:4d}" for c in columns))
    lines.append(f"marked vs unmarked spans: {total['marked']} marked, {total['unmarked']} unmarked")
    lines.append(f"hard negatives ([[original|…]]): {sum(len(r.get('negatives', [])) for r in records)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/build_devset.py", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check every markup file under datasets/; exit 1 on a problem")
    parser.add_argument("--stats", action="store_true", help="print the counts of the hand-written articles")
    parser.add_argument("--out", type=Path, default=None, help="write the hand-written articles as guide JSONL here")
    parser.add_argument("files", nargs="*", type=Path, help="markup files to check (default: every one under datasets/)")
    args = parser.parse_args(argv)
    if not (args.check or args.stats or args.out):
        parser.error("say what to do: --check, --stats or --out FILE")
    if args.check:
        files = args.files or markup_files()
        problems = check(files)
        print("\n".join(problems) if problems else f"{len(files)} markup files checked: no problem")
        if problems:
            return 1
    try:
        records = handwritten()
    except MarkupError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.stats:
        print(stats(records))
    if args.out:
        write_jsonl(records, args.out)
        print(f"wrote {len(records)} records to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
