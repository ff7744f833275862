"""Names in an article's furniture: the people of a byline line, and the outlets a lead names.

A republisher prints the source's byline under its own lead ("Par Rita Chamoun, An-Nahar
(Beyrouth)"), and its lead names the outlet it translates: by name ("Le Figaro", ``KNOWN_OUTLETS``)
or by what it is ("the Polish portal Interia", ``SOURCE_OUTLET_NOUNS``).  The lead rules
(:mod:`annotator.rules`) and the press review (:mod:`annotator.prior_rules`) read these.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from . import lang as registry
from . import markers as M
from .alternation import trie_alternation
from .candidates import Layout

_CAPITAL = registry.capital_class()  # of every language: "Süddeutsche Zeitung:", "Łukasz Nowak"


def words_alternation(entries: tuple[M.Entry, ...]) -> str:
    """Plain words, or named ``re:`` patterns, as one alternation in table order."""
    return "|".join(M.entry_source(entry) for entry in entries)


_words = words_alternation  # the short name the patterns below use

# A byline: one to four names of two to four capitalised words each, nothing else.
_NAME_WORD = rf"{_CAPITAL}[\w'’.-]{{0,25}}"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_words(registry.PERSON_NAME_PARTICLES)})){{1,3}}"
_AND = _words(registry.entries("BYLINE_CONJUNCTIONS"))
BYLINE = re.compile(rf"{_NAME}(?:[ \t]*(?:,|{_AND})[ \t]+{_NAME}){{0,3}}")
# A byline line as a republisher prints it under its lead: the names, maybe after an opener ("By", "Par",
# "Das Gespräch führte") and before the city or the source outlet ("Jens Hollmann, Berlin", "Por Karen
# Whitfield — The New York Times", "Par Rita Chamoun, An-Nahar (Beyrouth)").
BYLINE_OPENER = _words(registry.entries("BYLINE_OPENERS"))
BYLINE_LINE = re.compile(rf"(?:(?i:{BYLINE_OPENER})[ \t]+)?{BYLINE.pattern}"
                         rf"(?:[ \t]*(?P<separator>,|[—–-])[ \t]+(?P<tail>{_CAPITAL}[^\n]{{0,80}}))?")
# "Le Figaro", "Nikkei Asia": a known foreign outlet as a whole name (a longer one first: "The Times of India")
KNOWN_OUTLET_SET = frozenset(registry.entries("KNOWN_OUTLETS"))
KNOWN_OUTLET = re.compile(rf"(?<![\w-])(?:{trie_alternation(KNOWN_OUTLET_SET)})(?![\w-])")
PLACE_IN_BRACKETS = re.compile(r"\s*\([^()\n]*\)\s*$")  # "An-Nahar (Beyrouth)": the outlet, then its city
MAX_BYLINE_LINE = 160


def bracketed_alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is all a bracket holds: a wire's dateline tag ``KYIV (Reuters) -``, not a mention."""
    return text[start - 1:start] == "(" and text[end:end + 1] == ")"


def names_outlet(text: str, start: int, end: int, outlet: str) -> bool:
    """``text[start:end]`` names ``outlet`` as whole words, not as a wire's dateline tag ``KYIV (Reuters) -``."""
    return any(not bracketed_alone(text, at, at + len(outlet)) for at in word_positions(text, outlet, start, end))


def word_positions(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """Where ``word`` stands as a whole word in ``text[start:end]`` (``str.find``: no regex over long lines)."""
    at = text.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if not (at > 0 and text[at - 1].isalnum()) and not (after < len(text) and text[after].isalnum()):
            yield at
        at = text.find(word, at + 1, end)


def byline_line(text: str, start: int, end: int) -> re.Match[str] | None:
    """``text[start:end]`` as a byline line (``BYLINE_LINE``) and nothing else, or ``None``."""
    return BYLINE_LINE.fullmatch(text, start, end) if end - start <= MAX_BYLINE_LINE else None


def split_name(text: str, lay: Layout, index: int) -> bool:
    """Paragraph ``index`` and the lines after it are names cut from a sentence by page extraction: a name
    line follows it, or the next line opens in lower case ("Президент США" / "Барак Обама" / "отложил …")."""
    for start, end in lay.paragraphs[index + 1:index + 3]:
        body = text[start:end].lstrip()
        if body[:1].islower():
            return True
        if not BYLINE.fullmatch(body):
            return False
    return False


@lru_cache(maxsize=None)
def _outlet_noun_pattern(langs: tuple[str, ...] | None) -> re.Pattern[str]:
    """A noun that calls the source an outlet, up to two lower-case words, then its name: a capitalised
    word or a quotation mark ("портал Interia", "die Dniproer Zeitung „Nasche Misto“", "le quotidien émirien
    Al-Khaleej")."""
    nouns = _words(registry.selected_entries("SOURCE_OUTLET_NOUNS", langs))
    name = (rf"{_QUOTED_NAME}|{_CAPITAL}[\w'’&./-]*(?:[ \t]+{_CAPITAL}[\w'’&./-]*){{0,4}}"
            r"|\d+[^\W\d_][\w.-]*")  # "Портал 15min"
    return re.compile(rf"(?<!\w)(?i:{nouns})(?!\w)(?:[ \t]+(?!{_CAPITAL})\w+){{0,2}}[ \t]+(?P<name>{name})")


_QUOTED_NAME = r"[«„\"“‚][^«»„“”\"\n]{1,50}[»“”\"]"
# an outlet's site name in Latin letters inside Cyrillic text: "ZN.ua", "LB.ua" (a bare Latin name may be the
# outlet's own: "Корреспондент RT изучил …" in RT's article)
_LATIN_NAME = r"[A-Za-z][\w-]*\.[a-z]{2,4}(?![\w.])"
_CYRILLIC_LETTER = re.compile("[а-яёіїєґ]", re.IGNORECASE)


@lru_cache(maxsize=None)
def _author_of_outlet_pattern(langs: tuple[str, ...] | None) -> re.Pattern[str]:
    """A noun for the source's author followed by its outlet in quotes, or by its site's name after a Cyrillic
    noun: "обозреватель «Зеркала недели»", "Журналист «Нового времени»", "Обозреватель ZN.ua"."""
    nouns = registry.selected_entries("SOURCE_AUTHORS", langs)
    in_cyrillic = [isinstance(noun, str) and _CYRILLIC_LETTER.search(noun) is not None for noun in nouns]
    cyrillic = _words(tuple(noun for noun, flag in zip(nouns, in_cyrillic) if flag))
    latin = _words(tuple(noun for noun, flag in zip(nouns, in_cyrillic) if not flag))
    between = rf"(?:[ \t]+(?!{_CAPITAL})\w+){{0,2}}[ \t]+"
    parts = [rf"(?<!\w)(?i:{cyrillic})(?!\w){between}(?P<cyrillic>{_QUOTED_NAME}|{_LATIN_NAME})"] if cyrillic else []
    if latin:
        parts.append(rf"(?<!\w)(?i:{latin})(?!\w){between}(?P<latin>{_QUOTED_NAME})")
    return re.compile("|".join(parts) or "(?!)")


def named_outlet(text: str, start: int, end: int, langs: tuple[str, ...] | None = None) -> str | None:
    """The outlet ``text[start:end]`` names by what it is ("the Polish portal Interia", "газета Lietuvos
    rytas") or through its author ("обозреватель «Зеркала недели»"), or ``None``.  Between a headline and a
    byline that is the republisher's lead, whatever verb reports on the outlet ("Le quotidien émirien
    Al-Khaleej célèbre …")."""
    if registry.selected_entries("SOURCE_OUTLET_NOUNS", langs):
        match = _outlet_noun_pattern(langs).search(text, start, end)
        if match is not None:
            return " ".join(match.group("name").split())
    if registry.selected_entries("SOURCE_AUTHORS", langs):
        match = _author_of_outlet_pattern(langs).search(text, start, end)
        if match is not None:  # the one named group of the alternative that matched
            return " ".join(next(name for name in match.groupdict().values() if name).split())
    return None
