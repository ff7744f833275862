"""Dump every prediction on the fixed sets, and compare two dumps.

A refactoring that claims to change nothing proves it here: dump before,
dump after, compare.  The sets are the hand-written articles (the markup
files of datasets/handwritten/, read by annotator.markup), the seed,
RT's test shard, both NG shards and every NEREL text, each read straight
from its file (no project builder), with the model and with the rules only.

    python tools/predictions.py dump before.jsonl.gz
    python tools/predictions.py compare before.jsonl.gz after.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parent.parent
CORPORA = REPO.parent / "shared" / "corpora"


def _join(*parts: str | None) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def texts(corpora: Path = CORPORA) -> Iterator[tuple[str, str]]:
    """(id, text) of every document compared."""
    from annotator.markup import read_markups

    for record in read_markups(sorted((REPO / "datasets" / "handwritten").glob("*.txt"))):
        yield f"dev:{record['id']}", record["text"]
    for seed in sorted((REPO / "seeds").glob("*.txt")):
        yield f"seed:{seed.name}", seed.read_text(encoding="utf-8")
    for name in ("rt/russia_today_7", "ng/ng_0", "ng/ng_1"):
        with gzip.open(corpora / f"{name}.jsonlines.gz", "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                doc = json.loads(line)
                text = _join(doc.get("title"), doc.get("summary"), doc.get("content"))
                if text:
                    yield f"{name}:{n}", text
    for file in sorted((corpora / "nerel").rglob("*.txt")):
        yield f"nerel:{file.parent.name}/{file.name}", file.read_text(encoding="utf-8-sig")


def _spans(annotation) -> list[list]:
    return [[s.start, s.end, s.kind, s.source, s.marker, round(float(s.score), 9)] for s in annotation.spans]


def dump(out: Path) -> int:
    import annotator

    model = annotator.load()
    count = 0
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for doc_id, text in texts():
            result = model.predict(text)
            rules = annotator.predict_rules(text)
            fh.write(json.dumps({"id": doc_id, "lang": result.lang, "model": _spans(result),
                                 "rules": _spans(rules)}, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} documents dumped to {out}")
    return 0


def _read(path: Path) -> dict[str, dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def compare(before: Path, after: Path, fields: tuple[str, ...] = ("lang", "model", "rules")) -> int:
    old, new = _read(before), _read(after)
    differing = [doc for doc in old if doc not in new or any(old[doc][f] != new[doc][f] for f in fields)]
    extra = [doc for doc in new if doc not in old]
    print(f"{len(old)} documents before, {len(new)} after; {len(old) - len(differing)} identical "
          f"({', '.join(fields)}), {len(differing)} differ, {len(extra)} only after")
    for doc in differing[:20]:
        print(f"  {doc}: before {old[doc] if doc in old else None}\n  {' ' * len(doc)}  after  {new.get(doc)}")
    return 1 if differing or extra else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    cmp = sub.add_parser("compare")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    cmp.add_argument("--fields", default="lang,model,rules", help="comma-separated fields to compare")
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.out)
    return compare(args.before, args.after, tuple(args.fields.split(",")))


if __name__ == "__main__":
    sys.exit(main())
