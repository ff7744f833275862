"""Compiling word tables into patterns; the words themselves live in :mod:`annotator.lang`.

How a table entry is written:

- a marker written with a leading dash (``"— RT"``) counts only after a dash;
- dots and spaces inside a marker are optional when matching, either
  apostrophe matches, quotes are optional, case is ignored;
- an entry starting with ``re:`` (after the dash, if any) is a regular
  expression (author initials, phrase families such as legal labels).

Opening phrases (aside openers, outlet verbs) match any run of spaces between
their words and either apostrophe.  Nothing here runs at import time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, slots=True)
class Marker:
    """One table entry compiled: ``text`` as written, ``lang`` of its table."""

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


def compile_markers(table: dict[str, tuple[str, ...]]) -> tuple[Marker, ...]:
    """Turn a language -> entries table into :class:`Marker` objects, table order kept."""
    markers = []
    for lang, entries in table.items():
        for entry in entries:
            pattern, needs_dash = _marker_pattern(entry)
            markers.append(Marker(entry, lang, needs_dash, pattern))
    return tuple(markers)


def compile_phrases(table: dict[str, tuple[str, ...]]) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Compile a table of phrase patterns into ``(lang, entry, pattern)`` triples."""
    out = []
    for lang, entries in table.items():
        for entry in entries:
            source = entry[3:] if entry.startswith("re:") else re.escape(entry)
            out.append((lang, entry, re.compile(source, re.IGNORECASE)))
    return tuple(out)


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
