"""The RuSentRel gold set: real InoSMI text, annotated by hand, kept as stand-off.

RuSentRel's text may not be copied into the project, so
``datasets/rusentrel/gold.jsonl`` holds offsets and hashes only. This module
rebuilds each text from the corpus under ``../shared/corpora`` and checks that
it is the very text the offsets were written against, so a changed corpus file
or a changed derivation fails loudly instead of scoring shifted spans.

The set is a TEST set: never train or tune on it (see datasets/rusentrel/README.md).

    python tools/rusentrel.py            # rebuild, verify, print counts per kind
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPORA = REPO.parent / "shared" / "corpora"
GOLD = REPO / "datasets" / "rusentrel" / "gold.jsonl"

# The guide's kinds (ANNOTATION_GUIDE.md, "Kinds of editorial span").
KINDS = frozenset({"note", "translator_note", "legal_label", "gloss", "aside", "elision", "lead", "disclaimer"})

_TAG = re.compile(r"(?m)^\{[^}\n]*\} ?")


class GoldMismatch(ValueError):
    """The corpus text or a span no longer matches what the gold was annotated on."""


def rusentrel_text(path: str | Path) -> str:
    """The text of one RuSentRel file: the ``{Author, Unknown}`` tag that starts
    every line removed, outer whitespace stripped (the text the gold indexes)."""
    raw = Path(path).read_text(encoding="utf-8-sig")
    return _TAG.sub("", raw).strip()


def text_sha256(text: str) -> str:
    """Hex SHA-256 of the UTF-8 text: the record's ``text_sha256``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def span_sha1(text: str) -> str:
    """First 10 hex digits of the SHA-1 of a span's text: the span's ``sha1``."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _rusentrel_dir(corpora_dir: Path) -> Path:
    """Accept either ``../shared/corpora`` or its ``rusentrel`` folder."""
    return corpora_dir if (corpora_dir / "train").is_dir() else corpora_dir / "rusentrel"


def _checked_text(root: Path, rel: str, record_id: str, expected: str) -> str:
    path = root / rel
    if not path.is_file():
        raise GoldMismatch(f"{record_id}: corpus file {rel} is missing under {root.name}/")
    text = rusentrel_text(path)
    if text_sha256(text) != expected:
        raise GoldMismatch(f"{record_id}: the text derived from {rel} does not match text_sha256 "
                           "(the corpus file or rusentrel_text changed)")
    return text


def _checked_spans(record_id: str, text: str, spans: list[dict]) -> list[dict]:
    out = []
    for n, span in enumerate(spans):
        start, end, kind = span["start"], span["end"], span["kind"]
        if kind not in KINDS:
            raise GoldMismatch(f"{record_id}: span {n} has unknown kind {kind!r}")
        if not 0 <= start < end <= len(text):
            raise GoldMismatch(f"{record_id}: span {n} [{start}, {end}) lies outside the text")
        if span_sha1(text[start:end]) != span["sha1"]:
            raise GoldMismatch(f"{record_id}: span {n} [{start}, {end}) {kind} does not match its sha1")
        out.append({"start": start, "end": end, "kind": kind})
    return out


def load_gold(corpora_dir: str | Path = CORPORA, gold_path: str | Path = GOLD) -> list[dict]:
    """Guide records (id, lang, text, spans, split, source, writer) rebuilt from the corpus.

    Every text is checked against ``text_sha256`` (its duplicates under
    ``also`` too) and every span against its ``sha1``; any mismatch raises
    :class:`GoldMismatch` naming the record.
    """
    root = _rusentrel_dir(Path(corpora_dir))
    records = []
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        text = _checked_text(root, gold["file"], gold["id"], gold["text_sha256"])
        for rel in gold.get("also", []):
            _checked_text(root, rel, gold["id"], gold["text_sha256"])
        records.append({"id": gold["id"], "lang": gold["lang"], "text": text,
                        "spans": _checked_spans(gold["id"], text, gold["spans"]),
                        "split": gold["split"], "source": gold["source"], "writer": gold["writer"]})
    return records


def main(argv: list[str] | None = None) -> int:
    """Verify the gold against the corpus and print its counts."""
    args = sys.argv[1:] if argv is None else argv
    corpora = Path(args[0]) if args else CORPORA
    records = load_gold(corpora)
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    print(f"{len(records)} texts, {sum(kinds.values())} spans, "
          f"{sum(1 for r in records if r['spans'])} texts with a span: OK")
    for kind, count in kinds.most_common():
        print(f"  {kind:16} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
