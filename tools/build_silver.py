"""Build guide-format JSONL datasets with silver spans from the real Russian corpora.

    python tools/build_silver.py [--corpora DIR] [--out DIR]

A repository tool (not part of the installed package): ``make data`` runs it.
Reads the corpora in place (default ``../shared/corpora`` next to the repo root),
writes ``<out>/{rt_train,rt_dev,rt_test,ng_train,ng_test,rusentrel_test,nerel_train,nerel_test}.jsonl``,
a ``*_stripped.jsonl`` copy of every note-bearing record with its attribution
marker removed (RT, NG and RuSentRel), and ``build_stats.json``.

Silver spans favour precision: only insertions with an explicit structure are
taken. Decisions on ambiguous cases:

* A bracket with an editors' marker is a ``note`` even when its content is a
  legal label (``(запрещена в РФ. – «НГ»)``): the marker decides the kind.
* ``— прим. авт.)`` is the author's own note, so it is ``original`` (no span).
* A footnote that the HTML extraction broke over several lines becomes one
  ``legal_label`` span per line (spans may not hold a newline unless bracketed).
* A footnote line without the ``*`` is taken when it has the definitional
  shape ``«Name» — террористическая группировка, запрещённая …``.
* ``**`` after a name is one span (the whole asterisk run); a ``*`` inside a
  note is covered by the note and gets no span of its own.
* Texts repeated exactly inside one output file are written once.
* NEREL is meant as hard negatives, but the generic rules run on it too: a
  real ``(… — ред.)`` note in a Wikinews text keeps its span.
* NG ``ng_0`` and NEREL ``train/`` are training data (split ``train``): every
  bracket and sentence there that no marker signs is the outlet's own voice,
  so training labels it ``none``; their signed notes keep their silver spans.
  NG ``ng_1`` and NEREL ``dev/`` and ``test/`` stay held out (split ``test``).
  A text of the held-out NG shard is written there and never into training
  (the test shard is read first and the two NG files share one set of seen
  texts).

Its words (note signatures, legal-label stems) are the ``SILVER_`` tables of
the language registry (``annotator/lang/ru.py``); it imports nothing else
from ``annotator``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from annotator import lang

REPO_ROOT = Path(__file__).resolve().parent.parent  # tools/ sits in the repository root
DEFAULT_CORPORA = REPO_ROOT / ".." / "shared" / "corpora"
DEFAULT_OUT = REPO_ROOT / "data"

LANG = "ru"  # every corpus is Russian: the records' lang, and the language whose tables apply
NOTE_KINDS = ("note", "translator_note")
MAX_NOTE_LEN = 600
MAX_FOOTNOTE_LEN = 400
RT_SPLITS = {**{i: "train" for i in range(6)}, 6: "dev", 7: "test"}
NG_SPLITS = {0: "train"}  # every other NG shard (ng_1) is held out
NEREL_SPLITS = {"train": "train"}  # dev/ and test/ are held out

# --------------------------------------------------------------------- markers
# Each marker regex matches the attribution marker of a bracketed note, from
# the whitespace/comma before the dash up to (not including) the closing ")".
# Groups ``tr`` / ``au`` tell translator's and author's notes from editors'.
# The words are the registry's SILVER_ tables (annotator/lang/ru.py); only the
# glue (dashes, spaces, where the ")" is) lives here.

_DASH = r"(?<!\w)[-–—―−‑]"
_END = r"\s*\.?\s*\.?\s*(?=\))"
_SIGNATURE_MARKS = {" ": r"\s*", "«": r"«\s*", "»": r"\s*»", "…": r"[\w-]+"}


def _words(table: str) -> tuple[str, ...]:
    return lang.entries(table, LANG)


def signature_pattern(signature: str) -> str:
    r"""Regex of one signature as the SILVER_ tables write it: ``"прим. ред."`` -> ``[Пп]рим\.\s*ред\.?``.

    The first letter may be capitalised; a space is any run of spaces; the
    final dot of a signature of several words is optional, a one-word
    signature keeps it (``"пер."``); «» may hold spaces; ``…`` is a name."""
    out = []
    for i, char in enumerate(signature):
        if i == 0 and char.islower():
            out.append(f"[{char.upper()}{char}]")
        elif char == "." and i == len(signature) - 1 and " " in signature:
            out.append(r"\.?")
        else:
            out.append(_SIGNATURE_MARKS.get(char) or re.escape(char))
    return "".join(out)


def signatures(table: str) -> str:
    """One alternation of the signatures of a SILVER_ table, in table order."""
    return "|".join(signature_pattern(s) for s in _words(table))


def _generic() -> str:
    return (f"(?P<tr>{signatures('SILVER_TRANSLATOR_SIGNATURES')})|(?P<au>{signatures('SILVER_AUTHOR_SIGNATURES')})"
            f"|{signatures('SILVER_EDITOR_SIGNATURES')}")


def generic_marker() -> re.Pattern:
    """Marker of an editors', translator's or author's note signed after a dash (every corpus)."""
    return re.compile(rf"[\s,]*{_DASH}\s*(?:{_generic()}){_END}")


def rt_marker() -> re.Pattern:
    r"""RT's marker: its own signatures or the generic ones after a dash, or its tag alone on the line
    after the note's full stop (``". \nRT\n)"``: the extraction lost the dash)."""
    return re.compile(
        rf"[\s,]*{_DASH}\s*(?:{signatures('SILVER_RT_SIGNATURES')}|{_generic()}){_END}"
        rf"|(?<=\.)\s*\n\s*(?:{signatures('SILVER_RT_DASHLESS_SIGNATURES')})\.?\s*(?=\))"
    )


def ng_marker() -> re.Pattern:
    """NG's marker: its signatures, an author's initials (``В.К.``) or the generic ones after a dash."""
    capital = lang.capital_class(LANG)
    initials = rf"{capital}\.\s?{capital}\.(?:,\s*{capital}\.\s?{capital}\.)*"
    return re.compile(rf"[\s,]*{_DASH}\s*(?:{signatures('SILVER_NG_SIGNATURES')}|{initials}|{_generic()}){_END}")


GENERIC_MARKER = generic_marker()
RT_MARKER = rt_marker()
NG_MARKER = ng_marker()
ALL_MARKERS = (RT_MARKER, NG_MARKER, GENERIC_MARKER)


# ---------------------------------------------------------------- legal labels
def stems(table: str) -> str:
    """One alternation of the stems of a SILVER_ table; a stem before a space takes any ending."""
    return "|".join(r"\w*\s+".join(map(re.escape, entry.split(" "))) for entry in _words(table))


def phrases(table: str) -> str:
    """One alternation of the phrases of a SILVER_ table as written, any run of spaces between words."""
    return "|".join(r"\s+".join(map(re.escape, entry.split(" "))) for entry in _words(table))


def legal_keywords() -> re.Pattern:
    """A legal label's words anywhere (a footnote needs one): a label, a foreign agent, a ban in Russia."""
    in_russia = rf"(?:{phrases('SILVER_IN_RUSSIA')})\b"
    return re.compile(rf"{stems('SILVER_LEGAL_STEMS')}|{stems('SILVER_AGENT_STEMS')}"
                      rf"|(?:{stems('SILVER_BAN_STEMS')})\w*\s+(?:[\w-]+\s+){{0,3}}?{in_russia}", re.I)


def legal_bracket() -> re.Pattern:
    """What makes a bracket a legal label: banned or declared in Russia, declared a foreign agent."""
    in_russia = rf"(?:{phrases('SILVER_IN_RUSSIA')})\b"
    ban = f"{stems('SILVER_BAN_STEMS')}|{stems('SILVER_RECOGNITION_STEMS')}"
    return re.compile(
        rf"(?:{ban})\w*\s+{in_russia}"
        rf"|{in_russia}\s+(?:[\w-]+\s+){{0,2}}?(?:{ban})"
        rf"|(?:{stems('SILVER_RECOGNITION_STEMS')})\w*\s+(?:\w+\s+)?(?:{stems('SILVER_AGENT_STEMS')})",
        re.I,
    )


def footnote_definition() -> re.Pattern:
    """``«Name» (ABBR), «Name» — террористическая группировка, запрещённая …`` without the ``*``."""
    capital = lang.capital_class(("en", LANG))  # a name opens with a Latin or a Russian capital
    name = rf"(?:«[^«»\n]{{1,80}}»|{capital}[\w-]*(?:\s+[\w-]+){{0,5}}?)(?:\s*\([^()\n]{{1,80}}\))?"
    joins = "|".join(rf"\s{re.escape(word)}" for word in lang.entries("BYLINE_CONJUNCTIONS", LANG))  # «A» и «B»
    definition = stems("SILVER_FOOTNOTE_DEFINITIONS")
    return re.compile(rf"^\s*{name}(?:\s*(?:,|{joins})\s*{name})*\s*,?\s[—–-]\s*(?:{definition})")


def complete_end() -> re.Pattern:
    """The end of a complete legal footnote: a full stop, a bracket, a digit or a closing word."""
    return re.compile(rf"(?:[.)\d]|{phrases('SILVER_FOOTNOTE_ENDINGS')})$")


LEGAL_KW = legal_keywords()
LEGAL_BRACKET = legal_bracket()
INLINE_BRACKET = re.compile(r"\([^()\n]{1,200}\)")
FOOTNOTE_DEF = footnote_definition()
SEPARATOR = re.compile(r"^\s*\*(?:\s*\*)+\s*$")
_COMPLETE_END = complete_end()
STAR_RUN = re.compile(r"(?:(?<=[^\W\d_])|(?<=[»\"”)\]]))\*{1,4}(?![\w*])")  # after a name, not "5*"


# ------------------------------------------------------------------- records
def _record(rid: str, text: str, spans: list[dict], source: str, split: str) -> dict:
    return {"id": rid, "lang": LANG, "text": text, "spans": spans, "source": source, "split": split}


def _join(*parts: str | None) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def _natural(path: Path) -> list:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", path.name)]


def _files(path: Path | str, pattern: str) -> list[Path]:
    path = Path(path)
    return [path] if path.is_file() else sorted(path.rglob(pattern), key=lambda p: (p.parent.name, _natural(p)))


def _shard(path: Path) -> int:
    return int(re.search(r"_(\d+)\.jsonlines", path.name).group(1))


def _iter_jsonlines(path: Path | str, corpus: str, marker: re.Pattern, split_of) -> Iterator[dict]:
    for file in _files(path, "*.jsonlines.gz"):
        shard = _shard(file)
        with gzip.open(file, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                doc = json.loads(line)
                text = _join(doc.get("title"), doc.get("summary"), doc.get("content"))
                if text:
                    yield _record(f"{corpus}-{shard}-{n:04d}", text, silver_spans(text, marker),
                                  corpus, split_of(shard))


def iter_rt(path: Path | str) -> Iterator[dict]:
    """Yield RT records (one shard file or the folder); shards 0-5 train, 6 dev, 7 test."""
    yield from _iter_jsonlines(path, "rt", RT_MARKER, lambda s: RT_SPLITS.get(s, "train"))


def iter_ng(path: Path | str) -> Iterator[dict]:
    """Yield Nezavisimaya Gazeta records (one shard file or the folder): shard 0 ``train``, the rest ``test``."""
    yield from _iter_jsonlines(path, "ng", NG_MARKER, lambda s: NG_SPLITS.get(s, "test"))


def read_rusentrel(path: Path | str) -> str:
    """Text of one RuSentRel file with the ``{Author, Unknown}`` line tags removed."""
    raw = Path(path).read_text(encoding="utf-8-sig")
    return re.sub(r"(?m)^\{[^}\n]*\} ?", "", raw).strip()


def iter_rusentrel(path: Path | str) -> Iterator[dict]:
    """Yield RuSentRel records (one ``art*.txt`` or the corpus folder), all ``test``."""
    for file in _files(path, "art*.txt"):
        text = read_rusentrel(file)
        if text:
            yield _record(f"rusentrel-{file.parent.name}-{file.stem}", text,
                          silver_spans(text, GENERIC_MARKER), "rusentrel", "test")


def iter_nerel(path: Path | str) -> Iterator[dict]:
    """Yield NEREL (Wikinews) records, ``train/`` as ``train``, the rest ``test``: hard negatives.

    Every ``*.txt`` of the folders is a text. The generic rules still run: two
    Wikinews articles hold a real ``(… — ред.)`` note, which stays labelled."""
    for file in _files(path, "*.txt"):
        text = file.read_text(encoding="utf-8-sig").strip()
        if text:
            yield _record(f"nerel-{file.parent.name}-{file.stem}", text,
                          silver_spans(text, GENERIC_MARKER), "nerel", NEREL_SPLITS.get(file.parent.name, "test"))


# -------------------------------------------------------------------- spans
def matching_open(text: str, close: int, limit: int = MAX_NOTE_LEN) -> int | None:
    """Index of the ``(`` that the ``)`` at ``close`` closes, scanning back with nesting."""
    depth = 0
    for i in range(close - 1, max(-1, close - limit), -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return i
            depth -= 1
    return None


def marker_kind(m: re.Match) -> str | None:
    """Kind of span a marker match gives: note, translator_note, or None (author's)."""
    groups = m.groupdict()
    if groups.get("au"):
        return None
    return "translator_note" if groups.get("tr") else "note"


def find_notes(text: str, marker: re.Pattern) -> list[dict]:
    """Bracketed notes ``(… — MARKER)``: from the matching ``(`` to the ``)``."""
    spans = []
    for m in marker.finditer(text):
        kind, close = marker_kind(m), m.end()
        if kind is None:
            continue
        start = matching_open(text, close)
        if start is None or not text[start + 1:m.start()].strip():
            continue
        spans.append({"start": start, "end": close + 1, "kind": kind})
    return spans


def _complete(block: str) -> bool:
    b = block.rstrip()
    return bool(LEGAL_KW.search(b)) and bool(_COMPLETE_END.search(b))


def find_footnotes(text: str) -> tuple[list[dict], set[str]]:
    """Legal footnote lines (``* «ИГ» — запрещённая в России …``), one span per line.

    Returns the spans and the asterisk runs the footnotes use (``*``, ``**``)."""
    lines, offsets, pos = text.split("\n"), [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    spans, runs, i = [], set(), 0
    while i < len(lines):
        starred = lines[i].lstrip().startswith("*") and not SEPARATOR.match(lines[i])
        if not starred and not (len(lines[i]) <= 350 and FOOTNOTE_DEF.match(lines[i])
                                and LEGAL_KW.search(lines[i])):
            i += 1
            continue
        j, block = i, lines[i]
        while (j + 1 < len(lines) and j - i < 7 and len(block) < MAX_FOOTNOTE_LEN and not _complete(block)
               and not (block.rstrip().endswith(".") and LEGAL_KW.search(block))
               and not (lines[j + 1].lstrip().startswith("*") and LEGAL_KW.search(block))):
            j += 1
            block += "\n" + lines[j]
        if LEGAL_KW.search(block) and len(block) <= MAX_FOOTNOTE_LEN and (_complete(block) or j == len(lines) - 1):
            for k in range(i, j + 1):
                line = lines[k]
                a = len(line) - len(line.lstrip())
                b = len(line.rstrip())
                if b > a:
                    spans.append({"start": offsets[k] + a, "end": offsets[k] + b, "kind": "legal_label"})
            runs.update(re.findall(r"\*+", block))
            i = j + 1
        else:
            i += 1
    return spans, runs


def find_legal_brackets(text: str) -> list[dict]:
    """Inline labels ``(запрещена в России)``, ``(признан иноагентом)``: whole bracket."""
    return [{"start": m.start(), "end": m.end(), "kind": "legal_label"}
            for m in INLINE_BRACKET.finditer(text) if LEGAL_BRACKET.search(m.group())]


def find_stars(text: str, runs: set[str]) -> list[dict]:
    """Asterisk runs attached to a name that a legal footnote of the text explains."""
    return [{"start": m.start(), "end": m.end(), "kind": "legal_label"}
            for m in STAR_RUN.finditer(text) if m.group() in runs]


def merge(*groups: Iterable[dict]) -> list[dict]:
    """Union of span groups sorted by start; a span overlapping one from an earlier group
    (or an earlier span of its own group) is dropped."""
    kept: list[dict] = []
    for group in groups:
        for s in sorted(group, key=lambda s: (s["start"], -s["end"])):
            if all(s["end"] <= k["start"] or s["start"] >= k["end"] for k in kept):
                kept.append(s)
    return sorted(kept, key=lambda s: s["start"])


def silver_spans(text: str, marker: re.Pattern) -> list[dict]:
    """All silver spans of a text: notes, footnotes, inline legal labels, asterisks."""
    foot, runs = find_footnotes(text)
    return merge(find_notes(text, marker), foot, find_legal_brackets(text), find_stars(text, runs))


# ---------------------------------------------------------------- stripping
def marker_range(bracket: str) -> tuple[int, int] | None:
    """(start, end) of the attribution marker inside a ``(…)`` note text, or None."""
    best = None
    for rx in ALL_MARKERS:
        for m in rx.finditer(bracket):
            if m.end() == len(bracket) - 1 and m.start() > 1 and (best is None or m.start() < best[0]):
                best = (m.start(), m.end())
    return best


def strip_markers(record: dict) -> dict:
    """Copy of ``record`` with the marker cut out of every note (``(X. — RT)`` → ``(X.)``).

    Offsets are recomputed; the stripped span keeps its kind. id gets ``-stripped``,
    source ``+stripped``."""
    text, pieces, spans, pos, shift = record["text"], [], [], 0, 0
    for sp in record["spans"]:
        seg = text[sp["start"]:sp["end"]]
        cut = marker_range(seg) if sp["kind"] in NOTE_KINDS else None
        if cut:
            seg = seg[:cut[0]] + seg[cut[1]:]
        pieces += [text[pos:sp["start"]], seg]
        start = sp["start"] - shift
        spans.append({**sp, "start": start, "end": start + len(seg)})
        shift += (sp["end"] - sp["start"]) - len(seg)
        pos = sp["end"]
    pieces.append(text[pos:])
    return {**record, "id": record["id"] + "-stripped", "text": "".join(pieces), "spans": spans,
            "source": record["source"] + "+stripped"}


# ---------------------------------------------------------------- self-check
def check_record(record: dict) -> str | None:
    """Why a record breaks the guide's span rules, or None when it is fine."""
    text, prev_end = record["text"], 0
    for s in record["spans"]:
        if not 0 <= s["start"] < s["end"] <= len(text):
            return f"span {s} outside text"
        if s["start"] < prev_end:
            return f"span {s} unsorted or overlapping"
        seg = text[s["start"]:s["end"]]
        if "\n" in seg and not (seg[0] in "([" and seg[-1] in ")]"):
            return f"span {s} holds a newline but is not bracketed"
        prev_end = s["end"]
    return None


# -------------------------------------------------------------------- build
def _sources(corpora: Path) -> list[tuple[str, bool, Iterator[dict]]]:
    """(output name prefix, write stripped copies?, record iterator) per corpus present."""
    out = []
    for shard in sorted((corpora / "rt").glob("russia_today_*.jsonlines.gz"), key=_natural):
        out.append(("rt", True, iter_rt(shard)))
    # held-out shards first, so that a text repeated in a training shard is kept for the test
    for shard in sorted((corpora / "ng").glob("ng_*.jsonlines.gz"), key=lambda p: (_shard(p) in NG_SPLITS, _natural(p))):
        out.append(("ng", True, iter_ng(shard)))
    if (corpora / "rusentrel").is_dir():
        out.append(("rusentrel", True, iter_rusentrel(corpora / "rusentrel")))
    if (corpora / "nerel").is_dir():
        out.append(("nerel", False, iter_nerel(corpora / "nerel")))
    return out


class _Writer:
    """One output JSONL file: writes self-checked, de-duplicated records, keeps counts."""

    def __init__(self, path: Path, seen: set[bytes] | None = None):
        self.path, self.fh = path, path.open("w", encoding="utf-8")
        self.seen = set() if seen is None else seen
        self.stats = Counter()

    def write(self, record: dict) -> None:
        problem = check_record(record)
        if problem:
            print(f"dropped {record['id']}: {problem}", file=sys.stderr)
            self.stats["dropped"] += 1
            return
        digest = hashlib.sha1(record["text"].encode("utf-8")).digest()
        if digest in self.seen:
            self.stats["duplicates"] += 1
            return
        self.seen.add(digest)
        self.fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.stats["records"] += 1
        if record["spans"]:
            self.stats["with_spans"] += 1
        self.stats.update(s["kind"] for s in record["spans"])

    def close(self) -> dict:
        self.fh.close()
        return dict(self.stats)


def build(corpora_dir: Path | str = DEFAULT_CORPORA, out_dir: Path | str = DEFAULT_OUT) -> dict:
    """Write the JSONL files and ``build_stats.json``; return ``{file name: counts}``.

    Corpora missing from ``corpora_dir`` are skipped. Records that fail
    :func:`check_record` are reported on stderr, dropped and counted."""
    corpora, out = Path(corpora_dir), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    writers: dict[str, _Writer] = {}
    shared: dict[str, set[bytes]] = {}  # NG's train and test files share their seen texts (and so do their stripped copies)

    def writer(name: str) -> _Writer:
        if name not in writers:
            family = name.replace("_train", "_*").replace("_test", "_*") if name.startswith("ng_") else name
            writers[name] = _Writer(out / f"{name}.jsonl", shared.setdefault(family, set()))
        return writers[name]

    for prefix, stripped, records in _sources(corpora):
        for rec in records:
            name = f"{prefix}_{rec['split']}"
            writer(name).write(rec)
            if stripped:
                w = writer(f"{name}_stripped")
                if any(s["kind"] in NOTE_KINDS for s in rec["spans"]):
                    w.write(strip_markers(rec))
    stats = {f"{name}.jsonl": w.close() for name, w in sorted(writers.items())}
    (out / "build_stats.json").write_text(json.dumps(stats, ensure_ascii=False, indent=2) + "\n",
                                          encoding="utf-8")
    return stats


def format_stats(stats: dict) -> str:
    """A plain-text table of the counts ``build`` returns."""
    cols = ["records", "with_spans", "note", "translator_note", "legal_label", "dropped", "duplicates"]
    rows = [["file", *cols]] + [[name, *(str(c.get(k, 0)) for k in cols)] for name, c in stats.items()]
    widths = [max(len(r[i]) for r in rows) for i in range(len(cols) + 1)]
    return "\n".join("  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(r, widths)))
                     for r in rows)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``[--corpora DIR] [--out DIR]``."""
    parser = argparse.ArgumentParser(prog="python tools/build_silver.py", description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="corpora folder (default ../shared/corpora)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default data/)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    stats = build(args.corpora, args.out)
    print(format_stats(stats))
    print(f"built {len(stats)} files in {args.out} in {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
