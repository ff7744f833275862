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
disclaimer), inserting glosses of acronyms and polemical asides.  Every word
it writes comes from the ``SYNTH_`` tables of the language registry
(``annotator/lang/ru.py``).  Every insertion is recorded with exact offsets;
the result is training data only, never evaluation data.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from annotator import lang

REPO = Path(__file__).resolve().parent.parent  # tools/ sits in the repository root

LANG = "ru"  # the articles are RT's, the layout InoSMI's
HEADLINE_NAMES_OUTLET = 0.6  # share of headlines in the "Outlet (Country): title" form
_SENTENCE_END = re.compile(rf"(?<=\w)\.(?=\s+{lang.capital_class(LANG)})")


@dataclass(frozen=True)
class Words:
    """What the layout writes: the registry's ``SYNTH_`` tables (``annotator/lang/ru.py``)."""

    outlets: dict[str, str]  # outlet -> its country
    lead_templates: tuple[str, ...]
    bylines: tuple[str, ...]
    disclaimers: tuple[str, ...]
    acronym_glosses: tuple[tuple[str, str], ...]
    term_glosses: tuple[tuple[str, str], ...]
    aside_sentences: tuple[str, ...]
    aside_brackets: tuple[str, ...]

    @classmethod
    def from_registry(cls, code: str = LANG) -> Words:
        """The tables of language ``code`` as they are now."""
        def table(name: str) -> tuple[Any, ...]:
            return lang.entries(f"SYNTH_{name}", code)

        return cls(dict(table("OUTLETS")), table("LEAD_TEMPLATES"), table("BYLINES"), table("DISCLAIMERS"),
                   table("ACRONYM_GLOSSES"), table("TERM_GLOSSES"), table("ASIDE_SENTENCES"), table("ASIDE_BRACKETS"))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2].isupper() is False else text


def make_lead(summary: str, rng: random.Random, outlet: str, templates: tuple[str, ...]) -> str:
    """The republisher's lead: the summary's first sentence in one of ``templates``, naming ``outlet``."""
    first = re.split(r"(?<=[.!?])\s+", summary.strip())[0].rstrip(".!?… ")
    template = rng.choice(templates)
    return template.format(s=first, s_lower=_lower_first(first), o=outlet)


def make_headline(title: str, outlet: str, country: str) -> str:
    """The republisher's headline: the outlet without quotes, its country, the translated title."""
    return f"{outlet.strip('«»')} ({country}): {title}"


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


def synthesize(record: dict[str, Any], rng: random.Random, words: Words | None = None) -> dict[str, Any] | None:
    """One synthetic article from one real article, or ``None`` when it does not fit the layout.

    ``words`` defaults to the registry's tables as they are now."""
    words = words or Words.from_registry()
    lines = record["text"].split("\n")
    if len(lines) < 4 or any(span["start"] < len(lines[0]) + len(lines[1]) + 2 for span in record["spans"]):
        return None
    old_prefix = len(lines[0]) + 1 + len(lines[1]) + 1
    body = "\n".join(lines[2:])
    outlet = rng.choice(sorted(words.outlets))
    head = [make_headline(lines[0], outlet, words.outlets[outlet]) if rng.random() < HEADLINE_NAMES_OUTLET else lines[0]]
    spans: list[dict[str, Any]] = []
    if rng.random() < 0.75:
        lead = make_lead(lines[1], rng, outlet, words.lead_templates)
        start = len(head[0]) + 1
        spans.append({"start": start, "end": start + len(lead), "kind": "lead"})
        head.append(lead)
    if rng.random() < 0.8:  # some republications drop the byline
        head.append(rng.choice(words.bylines))
    prefix = "\n".join(head) + "\n"
    shift = len(prefix) - old_prefix
    body_spans = [{**span, "start": span["start"] + shift, "end": span["end"] + shift} for span in record["spans"]]
    text = prefix + body
    spans += body_spans
    for table in (words.acronym_glosses, words.term_glosses):
        text = _gloss_first(text, spans, len(prefix), table, rng)
    if rng.random() < 0.35:
        ends = [m.end() for m in re.finditer(r"[.!?]\n", text[len(prefix):])]
        ends = [len(prefix) + e - 1 for e in ends if _free(spans, len(prefix) + e - 2)]
        if ends:
            text = _insert(text, spans, rng.choice(ends), rng.choice(words.aside_sentences), "aside")
    if rng.random() < 0.5:
        ends = [m.start() for m in _SENTENCE_END.finditer(text, len(prefix))]
        ends = [e for e in ends if _free(spans, e) and _free(spans, e - 1)]
        if ends:
            text = _insert(text, spans, rng.choice(ends), rng.choice(words.aside_brackets), "aside")
    if rng.random() < 0.3:
        # one disclaimer takes no draw, so the seeded layouts of the articles after it stay as they were
        disclaimer = rng.choice(words.disclaimers) if len(words.disclaimers) > 1 else words.disclaimers[0]
        text = text.rstrip("\n") + "\n" + disclaimer
        spans.append({"start": len(text) - len(disclaimer), "end": len(text), "kind": "disclaimer"})
    spans.sort(key=lambda span: span["start"])
    return {"id": f"synth-{record['id']}", "lang": LANG, "text": text, "spans": spans,
            "source": f"synthetic layout from {record.get('source', 'rt')}", "split": "train"}


def build(records: Iterable[dict[str, Any]], every: int = 1, seed: int = 0) -> Iterator[dict[str, Any]]:
    """Synthetic articles from every ``every``-th record, deterministically."""
    rng, words = random.Random(seed), Words.from_registry()
    for index, record in enumerate(records):
        if index % every == 0:
            synthetic = synthesize(record, rng, words)
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
