"""Renamed places: a bracket that holds one name of a renamed place after the other is a gloss.

``Pokrovsk (Krasnoarmeysk)``, ``Красноармейск (ныне Покровск)``: the pairs
are each language's ``RENAMED_PLACES`` (:mod:`annotator.lang`), matched with
room for case endings, either way round.
"""

from __future__ import annotations

import re

from . import lang as registry
from .alternation import factored_alternation
from .candidates import Candidate


def _name_stem(name: str, endings: str = "") -> str:
    """A place name with room for case endings (its language's ``NAME_ENDING_LETTERS``).

    ``Красноармейск`` -> ``Красноармейск\\w{0,3}``; a word loses the final
    ``endings`` letters first, so ``Каменское`` also matches ``Каменском``.
    """
    def stem(word: str) -> str:
        cut = word.rstrip(endings) if endings else word
        if len(cut) < 3:
            cut = word
        return re.escape(cut) + (r"\w{0,%d}" % (3 + len(word) - len(cut)))
    return r"\s+".join(stem(word) for word in name.split())


_FORMER_PREFIX = "|".join(re.escape(p) for p in registry.entries("GLOSS_PREFIXES"))
_CURRENT_PREFIX = "|".join(re.escape(p) for p in registry.entries("GLOSS_CURRENT_PREFIXES"))
# (current name, former name, case-ending letters of their language), in table order
_PLACES: tuple[tuple[str, str, str], ...] = tuple(
    (current, former, getattr(registry.module(code), "NAME_ENDING_LETTERS", ""))
    for code, pairs in registry.table("RENAMED_PLACES").items() for current, former in pairs)
_RENAME_WINDOW = 60  # characters before the bracket searched for the other name
MAX_RENAME_CHARS = 60


def _renames(current: str, former: str, endings: str) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """Both ways of glossing a renamed place: ``Pokrovsk (Krasnoarmeysk)`` and ``Красноармейск (Покровск)``.

    Each is ``(marker, what the bracket holds, what must end the text before it)``.
    """
    def content(name: str, prefixes: str) -> re.Pattern[str]:
        return re.compile(rf"^\s*(?:(?:{prefixes})\s+)?{_name_stem(name, endings)}\s*$", re.IGNORECASE)

    def before(name: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w){_name_stem(name, endings)}\s*$", re.IGNORECASE)

    return ((f"renamed: {current} ({former})", content(former, _FORMER_PREFIX), before(current)),
            (f"renamed: {former} ({current})", content(current, _CURRENT_PREFIX), before(former)))


RENAMES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    rename for current, former, endings in _PLACES for rename in _renames(current, former, endings))
# Only the start of the name group is used (its first letters pick the renamings to try): the names
# are factored by their first letters, so a bracket that starts with no place's letters fails fast.
_ANY_RENAME = re.compile(
    rf"^\s*(?:(?:{_FORMER_PREFIX}|{_CURRENT_PREFIX})\s+)?(?P<name>"
    + factored_alternation(_name_stem(name, endings) for current, former, endings in _PLACES
                           for name in (current, former))
    + r")\s*$", re.IGNORECASE)


def _rename_index() -> dict[str, tuple[tuple[bool, str, re.Pattern[str], re.Pattern[str]], ...]]:
    """``RENAMES`` by the first three letters of the name the bracket holds, in table order.

    Each entry is ``(forward, marker, holds, follows)``; ``forward`` means the bracket holds the former name.
    """
    index: dict[str, list[tuple[bool, str, re.Pattern[str], re.Pattern[str]]]] = {}
    for (current, former, _), forward, backward in zip(_PLACES, RENAMES[0::2], RENAMES[1::2]):
        index.setdefault(former[:3].casefold(), []).append((True, *forward))
        index.setdefault(current[:3].casefold(), []).append((False, *backward))
    return {key: tuple(entries) for key, entries in index.items()}


_RENAME_INDEX = _rename_index()


def renamed_place(text: str, candidate: Candidate) -> str | None:
    """The renaming a bracket glosses: it holds one name of a renamed place and follows the other."""
    return _renaming(text, candidate.start, _renames_held(text[candidate.start + 1 : candidate.end - 1]))


def _renames_held(content: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(marker, what the text before must end with)`` of each renaming whose other name ``content`` holds."""
    found = _ANY_RENAME.match(content) if len(content) <= MAX_RENAME_CHARS else None
    if found is None:
        return ()
    entries = _RENAME_INDEX.get(found.group("name")[:3].casefold(), ())
    return tuple((marker, follows) for _, marker, holds, follows in entries if holds.match(content))


def _renaming(text: str, start: int, renames: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The first of ``renames`` whose other name ends the text before the bracket at ``start``."""
    if not renames:
        return None
    window = text[max(0, start - _RENAME_WINDOW) : start]
    return next((marker for marker, follows in renames if follows.search(window)), None)
