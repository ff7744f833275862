"""Dump every prediction on the fixed sets, and compare two dumps.

A refactoring that claims to change nothing proves it here: dump before,
dump after, compare.  ``work`` measures what the texts ask of the bounded
parts of the pipeline (the model's rows, the spelling rule's name
comparisons), the numbers the caps in annotator/features.py and
annotator/prior_rules.py are set from.  The sets are the hand-written articles (the markup
files of datasets/handwritten/, read by annotator.markup), the seed,
RT's test shard, both NG shards and every NEREL text, each read straight
from its file (no project builder), with the model and with the rules only.

    python tools/predictions.py dump before.jsonl.gz
    python tools/predictions.py compare before.jsonl.gz after.jsonl.gz
    python tools/predictions.py work
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


def needs(text: str) -> tuple[int, int]:
    """The model rows (of its fullest unit) and the name comparisons ``text`` asks for, with no cap."""
    from annotator import prior_rules, translit
    from annotator.api import Prepared
    from annotator.features import model_candidates

    item = Prepared.of(text, None, True)
    brackets = others = 0
    for candidate, _row in model_candidates(item.text, item.layout, item.brackets, item.lang, item.proposals,
                                            langs=item.langs, limit=None):
        brackets += candidate.unit == "bracket"
        others += candidate.unit != "bracket"
    unbounded = 1 << 62
    budget = translit.Budget(unbounded)
    for candidate in item.brackets:
        prior_rules.spelling_gloss(item.text, candidate, bool(item.republished), budget)
    return max(brackets, others), unbounded - budget.left


def work(top: int = 5) -> int:
    from annotator.features import CHARS_PER_MODEL_ROW, MODEL_ROWS_BASE
    from annotator.prior_rules import CHARS_PER_COMPARISON, SPELLING_BASE

    measured = [(doc_id, len(text), *needs(text)) for doc_id, text in texts()]
    print(f"{len(measured)} documents, {sum(n for _, n, _, _ in measured):,} characters")
    for column, name, base, per in ((2, "model rows", MODEL_ROWS_BASE, CHARS_PER_MODEL_ROW),
                                    (3, "name comparisons", SPELLING_BASE, CHARS_PER_COMPARISON)):
        # the most characters per row (or comparison) above the base that still gives each text what it asks
        over = sorted(((row[1] / (row[column] - base), row) for row in measured if row[column] > base),
                      key=lambda pair: pair[0])
        most = max(measured, key=lambda row: row[column])
        print(f"\n{name}: at most {most[column]} in one text ({most[0]}, {most[1]:,} characters); "
              f"the cap is {base} + one per {per} characters")
        if over:
            print(f"  one per {over[0][0]:.0f} characters above {base} would cut nothing; the closest:")
            for chars, (doc_id, n, *asked) in over[:top]:
                print(f"  {doc_id}: {asked[column - 2]} in {n:,} characters (one per {chars:.0f} above {base})")
        else:
            print(f"  no text asks for more than {base}")
        cut = [row[0] for row in measured if row[column] > base + row[1] // per]
        print(f"  texts the cap cuts: {len(cut)}{' ' + ', '.join(cut[:top]) if cut else ''}")
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
    sub.add_parser("work", help="the model rows and name comparisons each text asks for, against their caps")
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.out)
    if args.command == "work":
        return work()
    return compare(args.before, args.after, tuple(args.fields.split(",")))


if __name__ == "__main__":
    sys.exit(main())
