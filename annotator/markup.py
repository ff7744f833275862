"""Inline-markup articles <-> guide records.

Hand-written data is kept as readable text, one or more articles a file::

    === dev-en-001
    lang: en
    split: dev
    writer: team
    source: hand-written for the annotator dev set

    Headline
    [[lead|The republisher's summary, Bloomberg reports.]]
    Pokrovsk [[gloss|(Krasnoarmeysk)]] fell <...> and [[original|(the author's own bracket)]] stays.

The header is a line ``=== <id>``, then ``key: value`` lines (``lang``,
``split``, ``writer`` and ``source`` required, other keys kept), then one
blank line. The text runs up to the line before the next ``=== `` line or
the end of the file; blank lines at its end are not part of it. An
editorial span is written ``[[kind|span text]]``; ``[[original|text]]``
marks a hard negative, which stays original text and is recorded under
``negatives``. Markup does not nest, and spans never start or end with
whitespace. Square brackets inside a span are matched, so an elision reads
``[[elision|[…]]]``.

:func:`read_markup` gives guide records (``id``, the header keys, ``text``,
``spans``, ``negatives``); :func:`format_article` writes one back, and
:func:`check_article` checks a record against the annotation guide. Every
error names the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .candidates import bracket_groups
from .records import check_record
from .rules import attribution
from .spans import KINDS

ORIGINAL = "original"  # the markup "kind" of a hard negative
REQUIRED_KEYS: tuple[str, ...] = ("lang", "split", "writer", "source")
RESERVED_KEYS: tuple[str, ...] = ("id", "text", "spans", "negatives")
HEADER = "=== "

_OPEN = re.compile(r"\[\[(?!\[)")  # markup opens at the last two of a run of "["
_KIND = re.compile(r"([^\[\]|\n]*)\|")
_KEY_LINE = re.compile(r"([A-Za-z_][\w-]*):(.*)")
_PAIRS = {"(": ")", "[": "]"}

# Kinds whose span must carry an attribution marker, and kinds that must not (guide: "marked").
SIGNED = ("note", "translator_note")
UNSIGNED = ("legal_label", "gloss", "aside", "elision", "lead")
WHOLE_LINE = ("lead", "disclaimer")


class MarkupError(ValueError):
    """An article that breaks the markup; the message starts with ``file:line:``."""


def _where(path: str | Path | None, line: int) -> str:
    return f"{path if path is not None else '<markup>'}:{line}"


# ------------------------------------------------------------------ reading
def parse_article(header: str, body: str, path: str | Path | None = None, line: int = 1) -> dict[str, Any]:
    """One guide record from an article's header lines and its marked-up text.

    ``line`` is the file line of the ``=== <id>`` line and ``path`` the file,
    both only for error messages. The body's text starts two lines below the
    header's last line; blank lines at its end are dropped.
    """
    fields = _parse_header(header, path, line)
    body_line = line + len(header.split("\n")) + 1
    text, spans, negatives = _parse_body(_trim(body), path, body_line)
    return {**fields, "text": text, "spans": spans, "negatives": negatives}


def _parse_header(header: str, path: str | Path | None, line: int) -> dict[str, str]:
    lines = header.split("\n")
    first = lines[0]
    if not (first == HEADER.strip() or first.startswith(HEADER)):
        raise MarkupError(f"{_where(path, line)}: an article starts with '=== <id>', not {first[:40]!r}")
    record = {"id": first[len(HEADER):].strip()}
    if not record["id"]:
        raise MarkupError(f"{_where(path, line)}: the article has no id after '==='")
    for number, text in enumerate(lines[1:], line + 1):
        match = _KEY_LINE.fullmatch(text)
        if not match:
            raise MarkupError(f"{_where(path, number)}: expected a header line 'key: value', not {text[:40]!r}")
        key, value = match.group(1), match.group(2).strip()
        if key in RESERVED_KEYS:
            raise MarkupError(f"{_where(path, number)}: {key!r} cannot be a header key")
        if key in record:
            raise MarkupError(f"{_where(path, number)}: header key {key!r} appears twice")
        record[key] = value
    for key in REQUIRED_KEYS:
        if not record.get(key):
            raise MarkupError(f"{_where(path, line)}: article {record['id']!r} is missing the header key {key!r}")
    return record


def _trim(body: str) -> str:
    """The body without the blank lines at its end."""
    lines = body.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def _parse_body(body: str, path: str | Path | None, first_line: int) -> tuple[str, list[dict], list[dict]]:
    def where(position: int) -> str:
        return _where(path, first_line + body.count("\n", 0, position))

    pieces: list[str] = []
    spans: list[dict[str, Any]] = []
    negatives: list[dict[str, int]] = []
    length = position = 0
    while True:
        opening = _OPEN.search(body, position)
        plain = body[position:opening.start() if opening else len(body)]
        stray = plain.find("]]")
        if stray >= 0:
            raise MarkupError(f"{where(position + stray)}: ']]' outside any markup")
        pieces.append(plain)
        length += len(plain)
        if not opening:
            break
        kind_match = _KIND.match(body, opening.end())
        if not kind_match:
            raise MarkupError(f"{where(opening.start())}: '[[' must be followed by 'kind|'")
        kind = kind_match.group(1)
        if kind not in KINDS and kind != ORIGINAL:
            raise MarkupError(f"{where(opening.start())}: unknown kind {kind!r}; expected one of "
                              f"{', '.join(KINDS)} or {ORIGINAL}")
        start = kind_match.end()
        end = _closing(body, start)
        if end is None:
            raise MarkupError(f"{where(opening.start())}: '[[{kind}|' is never closed by ']]'")
        content = body[start:end]
        if any(_KIND.match(content, inner.end()) for inner in _OPEN.finditer(content)):
            raise MarkupError(f"{where(opening.start())}: markup inside markup ([[{kind}|… holds '[[')")
        if not content.strip():
            raise MarkupError(f"{where(opening.start())}: empty [[{kind}|…]]")
        if content != content.strip():
            raise MarkupError(f"{where(opening.start())}: [[{kind}|…]] starts or ends with whitespace")
        if kind == ORIGINAL:
            negatives.append({"start": length, "end": length + len(content)})
        else:
            spans.append({"start": length, "end": length + len(content), "kind": kind})
        pieces.append(content)
        length += len(content)
        position = end + 2
    return "".join(pieces), spans, negatives


def _closing(body: str, start: int) -> int | None:
    """Index of the ``]]`` that closes markup whose span text starts at ``start``.

    Square brackets inside the span are matched first, so ``[[elision|[…]]]``
    holds ``[…]``."""
    depth = 0
    for index in range(start, len(body)):
        char = body[index]
        if char == "[":
            depth += 1
        elif char == "]":
            if depth == 0 and body.startswith("]]", index):
                return index
            depth = max(depth - 1, 0)
    return None


def _articles(text: str, path: str | Path | None) -> Iterator[tuple[int, str, str]]:
    """``(line of '=== <id>', header, body)`` for every article of a markup file's text."""
    lines = text.split("\n")
    starts = [n for n, line in enumerate(lines) if line == HEADER.strip() or line.startswith(HEADER)]
    before = next((n for n, line in enumerate(lines[:starts[0] if starts else len(lines)]) if line.strip()), None)
    if before is not None:
        raise MarkupError(f"{_where(path, before + 1)}: text before the first '=== <id>' line")
    for first, end in zip(starts, [*starts[1:], len(lines)]):
        chunk = lines[first:end]
        blank = next((n for n, line in enumerate(chunk) if not line.strip()), len(chunk))
        yield first + 1, "\n".join(chunk[:blank]), "\n".join(chunk[blank + 1:])


def parse_markup(text: str, path: str | Path | None = None,
                 seen: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Every article of a markup file's ``text``, as guide records in file order.

    ``seen`` maps ids to where they were read (``file:line``); pass one dict
    to several calls to refuse an id repeated across files."""
    seen = {} if seen is None else seen
    return [_unique(parse_article(header, body, path, line), path, line, seen)
            for line, header, body in _articles(text, path)]


def _unique(record: dict[str, Any], path: str | Path | None, line: int, seen: dict[str, str]) -> dict[str, Any]:
    if record["id"] in seen:
        raise MarkupError(f"{_where(path, line)}: duplicate id {record['id']!r} (first at {seen[record['id']]})")
    seen[record["id"]] = _where(path, line)
    return record


def read_markup(path: str | Path, seen: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The guide records of a UTF-8 markup file (see the module docstring for the format)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise MarkupError(f"{path}: not UTF-8 ({exc.reason})") from None
    return parse_markup(text, path, seen)


def read_markups(paths: Iterable[str | Path], splits: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The records of several markup files in order, optionally only those whose ``split`` is in ``splits``;
    an id repeated across the files is an error."""
    wanted = None if splits is None else set(splits)
    seen: dict[str, str] = {}
    return [record for path in paths for record in read_markup(path, seen)
            if wanted is None or record.get("split") in wanted]


# ------------------------------------------------------------------ writing
def format_article(record: dict[str, Any]) -> str:
    """The markup of one guide record, ending with a newline: the inverse of :func:`parse_article`.

    Header keys follow the record's order (``id``, ``text``, ``spans`` and
    ``negatives`` excepted). Raises ``ValueError`` when the record cannot be
    written so that it reads back the same: a text line that starts with
    ``=== ``, ``[[`` or ``]]`` in the text, a ``\\r``, blank lines at the end,
    a header value that is not a one-line string, or spans the markup cannot
    hold (overlapping, edge whitespace)."""
    header = _format_header(record)
    body = _format_body(record)
    article = f"{header}\n\n{body}\n"
    problem = _unreadable(record, article)
    if problem:
        raise ValueError(f"record {record.get('id')!r} cannot be written as markup: {problem}")
    return article


def format_markup(records: Iterable[dict[str, Any]]) -> str:
    """A markup file: the articles separated by one blank line."""
    return "\n".join(format_article(record) for record in records)


def _format_header(record: dict[str, Any]) -> str:
    lines = [f"{HEADER}{record.get('id', '')}"]
    for key, value in record.items():
        if key in RESERVED_KEYS:
            continue
        if not isinstance(value, str) or value != value.strip() or "\n" in value:
            raise ValueError(f"record {record.get('id')!r}: header value {key!r} is not a one-line string "
                             "without edge whitespace")
        lines.append(f"{key}: {value}" if value else f"{key}:")
    return "\n".join(lines)


def _format_body(record: dict[str, Any]) -> str:
    text = record["text"]
    marks = sorted([(s["start"], s["end"], s["kind"]) for s in record.get("spans", [])]
                   + [(n["start"], n["end"], ORIGINAL) for n in record.get("negatives", [])])
    pieces, position = [], 0
    for start, end, kind in marks:
        if start < position:
            raise ValueError(f"record {record.get('id')!r}: marks overlap at {start}")
        pieces += [text[position:start], f"[[{kind}|{text[start:end]}]]"]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _unreadable(record: dict[str, Any], article: str) -> str | None:
    """Why ``article`` would not read back as ``record``, or None."""
    text = record["text"]
    if "\r" in article:
        return "it holds a carriage return"
    if text != _trim(text):
        return "its text ends with a blank line"
    if any(line == HEADER.strip() or line.startswith(HEADER) for line in text.split("\n")):
        return "a line of its text starts with '=== '"
    try:
        records = parse_markup(article)
    except MarkupError as exc:
        return str(exc).split(": ", 1)[-1]
    (again,) = records
    expected = {**record, "spans": [dict(s) for s in record.get("spans", [])],
                "negatives": [dict(n) for n in record.get("negatives", [])]}
    if again != expected:
        return "it reads back differently (square brackets next to the markup)"
    return None


# ------------------------------------------------------------- the guide
def check_article(record: dict[str, Any]) -> list[tuple[int, str]]:
    """``(text offset, problem)`` for every way a record breaks the annotation guide.

    Spans lie inside the text, sorted and apart, with known kinds; no span
    starts or ends with whitespace; a span holds a newline only when it is a
    bracket group; a lead or disclaimer covers whole lines; every note and
    translator's note carries its attribution marker (annotator's marker
    tables decide, as the scores' "marked" does) and no legal label, gloss,
    aside, elision or lead carries one; a bracket left original carries none
    either; hard negatives lie inside the text and outside every span."""
    try:
        check_record(record)
    except ValueError as exc:
        return [(0, str(exc))]
    text = record["text"]
    problems = [problem for span in record.get("spans", []) for problem in _span_problems(text, span)]
    problems += _negative_problems(record)
    problems += _original_problems(text, record.get("spans", []))
    return sorted(problems)


def _span_problems(text: str, span: dict[str, Any]) -> list[tuple[int, str]]:
    start, end, kind = span["start"], span["end"], span["kind"]
    piece = text[start:end]
    shown = f"{kind} {_short(piece)}"
    problems = []
    if piece != piece.strip():
        problems.append(f"{shown} starts or ends with whitespace")
    if "\n" in piece and not _bracketed(piece):
        problems.append(f"{shown} holds a newline but is not a bracket group")
    if kind in WHOLE_LINE and not _whole_lines(text, start, end):
        problems.append(f"{shown} does not cover whole lines")
    signed = _signature(piece)
    if kind in SIGNED and signed is None:
        problems.append(f"{shown} carries no attribution marker")
    elif kind in SIGNED and signed != kind:
        problems.append(f"{shown} is signed as a {signed}")
    if kind in UNSIGNED and signed is not None:
        problems.append(f"{shown} carries an attribution marker, so it is a {signed}")
    return [(start, problem) for problem in problems]


def _negative_problems(record: dict[str, Any]) -> list[tuple[int, str]]:
    problems = []
    for negative in record.get("negatives", []):
        start, end = negative["start"], negative["end"]
        if not 0 <= start < end <= len(record["text"]):
            problems.append((0, f"hard negative [{start}, {end}) lies outside the text"))
        elif any(s["start"] < end and start < s["end"] for s in record.get("spans", [])):
            problems.append((start, f"hard negative {_short(record['text'][start:end])} overlaps a span"))
    return problems


def _original_problems(text: str, spans: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """Bracket groups outside every span that carry an attribution marker (the guide makes them notes)."""
    problems = []
    for start, end, _opener, _depth in bracket_groups(text):
        if any(s["start"] <= start and end <= s["end"] for s in spans):
            continue
        signed = _signature(text[start:end])
        if signed is not None:
            problems.append((start, f"original {_short(text[start:end])} carries an attribution marker "
                                    f"(a {signed})"))
    return problems


def _signature(piece: str) -> str | None:
    """The kind an attribution marker gives ``piece`` (``note``, ``translator_note``), or None."""
    content = piece[1:-1] if _bracketed(piece) else piece
    found = attribution(content)
    return found[0] if found else None


def _bracketed(piece: str) -> bool:
    return len(piece) >= 2 and _PAIRS.get(piece[0]) == piece[-1]


def _whole_lines(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def _short(piece: str, width: int = 50) -> str:
    return repr(piece if len(piece) <= width else piece[: width - 10] + "…" + piece[-9:])


def line_of(record_line: int, record: dict[str, Any], offset: int) -> int:
    """The file line of text ``offset`` in a record read from markup whose ``=== <id>`` line is ``record_line``."""
    header_lines = 1 + sum(key not in RESERVED_KEYS for key in record)
    return record_line + header_lines + 1 + record["text"].count("\n", 0, offset)


def check_markup(path: str | Path, seen: dict[str, str] | None = None) -> list[str]:
    """Every problem of a markup file, each as ``file:line: id: problem``: markup errors
    (one per article, which is then skipped) and breaks of the guide (:func:`check_article`)."""
    seen = {} if seen is None else seen
    try:
        articles = list(_articles(Path(path).read_text(encoding="utf-8"), path))
    except UnicodeDecodeError as exc:
        return [f"{path}: not UTF-8 ({exc.reason})"]
    except MarkupError as exc:
        return [str(exc)]
    messages = []
    for line, header, body in articles:
        try:
            record = _unique(parse_article(header, body, path, line), path, line, seen)
        except MarkupError as exc:
            messages.append(str(exc))
            continue
        for offset, problem in check_article(record):
            messages.append(f"{_where(path, line_of(line, record, offset))}: {record['id']}: {problem}")
    return messages
