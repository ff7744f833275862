"""Compiling word tables into patterns; the words themselves live in :mod:`annotator.lang`.

How a table entry is written:

- a marker written with a leading dash (``"— RT"``) counts only after a dash;
- dots and spaces inside a marker are optional when matching, either
  apostrophe matches, quotes are optional, case is ignored;
- a regular expression (author initials, phrase families such as legal
  labels) is written as a pair ``(name, "re:pattern")`` (the dash, if any,
  before ``re:``): the name is what ``Span.marker`` shows, so a marker
  always reads as words, never as regex syntax.  A bare ``"re:…"`` string is
  refused (:func:`entry_parts`).

Opening phrases (aside openers, outlet verbs) match any run of spaces between
their words and either apostrophe.  Nothing here runs at import time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable


Entry = str | tuple[str, str]  # a plain marker, or (readable name, "re:pattern")


def entry_parts(entry: Entry) -> tuple[str, str]:
    """``(name, entry as matched)``: a plain entry is its own name; a regex is a ``(name, "re:…")`` pair."""
    if isinstance(entry, tuple):
        name, source = entry
        if not source.lstrip("-–— ").startswith("re:"):
            raise ValueError(f"a named entry holds a re: pattern, not {source!r}")
        return name, source
    if entry.lstrip("-–— ").startswith("re:"):
        raise ValueError(f"a re: entry needs a readable name: write (name, {entry!r})")
    return entry, entry


def entry_source(entry: Entry) -> str:
    """The regex source of a word-list entry: a ``re:`` pattern as written, a plain word escaped."""
    source = entry_parts(entry)[1]
    return source[3:] if source.startswith("re:") else re.escape(source)


@dataclass(frozen=True, slots=True)
class Marker:
    """One table entry compiled: ``text`` its readable name (as written, for a plain entry),
    ``lang`` of its table."""

    text: str
    lang: str
    needs_dash: bool
    pattern: str  # regex source of the marker itself


def _marker_pattern(entry: str) -> tuple[str, bool]:
    needs_dash = entry[0] in "-–—"
    words = entry.lstrip("-–— ")
    if words.startswith("re:"):
        return words[3:], needs_dash
    out = []
    for char in words:
        if char == ".":
            out.append(r"\.?\s*")
        elif char == " ":
            out.append(r"\s*")
        elif char in "'’":
            out.append("['’]")
        elif char in "«»\"":
            out.append("[«»\"“”]?")
        else:
            out.append(re.escape(char))
    return "".join(out), needs_dash


def compile_markers(table: dict[str, tuple[Entry, ...]]) -> tuple[Marker, ...]:
    """Turn a language -> entries table into :class:`Marker` objects, table order kept."""
    markers = []
    for lang, entries in table.items():
        for entry in entries:
            name, source = entry_parts(entry)
            pattern, needs_dash = _marker_pattern(source)
            markers.append(Marker(name, lang, needs_dash, pattern))
    return tuple(markers)


def compile_phrases(table: dict[str, tuple[Entry, ...]]) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Compile a table of phrases into ``(lang, name, pattern)`` triples."""
    return tuple((lang, entry_parts(entry)[0], re.compile(entry_source(entry), re.IGNORECASE))
                 for lang, entries in table.items() for entry in entries)


def opener_pattern(phrase: str) -> str:
    """An opening phrase as a pattern: any run of spaces between words, either apostrophe."""
    return r"\s+".join(re.escape(word).replace("'", "['’]") for word in phrase.split())


def search_hints(phrases: Iterable[str]) -> tuple[str, ...]:
    """A few words such that every phrase holds one, exactly as written: a cheap prefilter.

    A text that holds none of them cannot match any phrase (matched case-sensitively,
    with either apostrophe), so the search can be skipped.  Words are chosen
    greedily: words of four letters or more before shorter ones (a short hint
    is in nearly every text), then the one most remaining phrases hold.
    Apostrophes split words, so a hint never depends on which apostrophe the
    text uses.
    """
    remaining = list(dict.fromkeys(phrases))
    words = sorted({word for phrase in remaining for word in re.findall(r"[^\W_]+(?:-[^\W_]+)*", phrase)})
    hints: list[str] = []
    while remaining:
        best = max(words, key=lambda word: (len(word) >= 4 and any(word in phrase for phrase in remaining),
                                           sum(word in phrase for phrase in remaining), len(word), word))
        if not any(best in phrase for phrase in remaining):
            raise ValueError(f"no word to search for in {remaining}")
        hints.append(best)
        remaining = [phrase for phrase in remaining if best not in phrase]
    return tuple(hints)
