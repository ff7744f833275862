"""Rule-based spans: the marker tables applied to candidates.

Each function takes plain data (the text and its candidates) and returns
spans; every span records the table entry that fired in ``Span.marker``.
Patterns run only on bounded windows (a bracket's ends, one paragraph), so
rules cost time linear in the text whatever it holds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, NamedTuple

from . import lang as registry
from . import markers as M
from .alternation import factored_alternation, trie_alternation
from .candidates import Candidate, Layout, inside_quote, sentence_end
from .names import (BYLINE, KNOWN_OUTLET, KNOWN_OUTLET_SET, PLACE_IN_BRACKETS, bracketed_alone,  # noqa: F401
                    byline_line, named_outlet, names_outlet, split_name, word_positions, words_alternation as _words)
from .renamed import _renames_held, _renaming, renamed_place  # noqa: F401  (renamed_place: part of the rules)
from .spans import Span

_TAIL = 120  # characters of a bracket's content searched for a trailing marker
_HEAD = 80  # characters searched for a leading marker ("Editor's note: ...")
MAX_LABEL_CHARS = 220  # a longer bracket is the author's discussion, not a label
MAX_FOOTNOTE_CHARS = 600
MAX_DISCLAIMER_CHARS = 700
EDGE_PARAGRAPHS = 3  # disclaimers stand among the first or last three paragraphs


def _alternation(markers: tuple[M.Marker, ...], dashed: bool) -> str:
    """The markers' patterns as one alternation; only a yes-or-no search uses it (see factored_alternation)."""
    return factored_alternation(_linear(m.pattern) if "|" not in m.pattern else f"(?:{_linear(m.pattern)})"
                                for m in markers if m.needs_dash == dashed)


def _linear(source: str) -> str:
    r"""A marker's pattern without adjacent or trailing ``\s*`` (``Прим\.?\s*\s*ИноСМИ``).

    Both match the same text, but stacked ``\s*`` (with the ``\s*`` the caller
    puts after the marker) backtrack polynomially over a run of spaces.
    """
    while r"\s*\s*" in source:
        source = source.replace(r"\s*\s*", r"\s*")
    return source.removesuffix(r"\s*")


def _suffix_regex(markers: tuple[M.Marker, ...]) -> re.Pattern[str]:
    """A marker at the end of a bracket's content: ``… — прим. ред.``, ``… – Approx. InoSMI``."""
    loose = _alternation(markers, dashed=False)
    dashed = _alternation(markers, dashed=True)
    parts = []
    if loose:
        # after whitespace the marker starts right there: a leading \s* would be tried from every space
        parts.append(rf"(?:(?:^|{registry.DASH}|(?<=[.,;:!?…(]))\s*|(?<=\s))(?:{loose})")
    if dashed:
        parts.append(rf"{registry.DASH}\s*(?:{dashed})")
    return re.compile(rf"(?:{'|'.join(parts)})(?!\w)\s*(?:[.,;:]\s*)?$", re.IGNORECASE)


def _prefix_regex(markers: tuple[M.Marker, ...]) -> re.Pattern[str]:
    """A marker that opens the insertion: ``Editor's note: …``, ``NDLR : …``, ``— Прим. ред. …``."""
    loose = _alternation(markers, dashed=False)
    return re.compile(rf"^\s*(?:{registry.DASH}\s*)?(?:{loose})(?!\w)\s*(?::|{registry.DASH})?", re.IGNORECASE)


NOTE = M.compile_markers(registry.table("NOTE_MARKERS"))
TRANSLATOR = M.compile_markers(registry.table("TRANSLATOR_MARKERS"))
ATTRIBUTIONS: tuple[tuple[str, tuple[M.Marker, ...], re.Pattern[str], re.Pattern[str]], ...] = (
    ("translator_note", TRANSLATOR, _suffix_regex(TRANSLATOR), _prefix_regex(TRANSLATOR)),
    ("note", NOTE, _suffix_regex(NOTE), _prefix_regex(NOTE)),
)
# Every marker of both tables in one pattern each: one search rules out most brackets.
_ANY_SUFFIX, _ANY_PREFIX = _suffix_regex(TRANSLATOR + NOTE), _prefix_regex(TRANSLATOR + NOTE)
AUTHOR = M.compile_markers(registry.table("AUTHOR_MARKERS"))
_AUTHOR_SUFFIX = _suffix_regex(AUTHOR)
LEGAL = M.compile_phrases(registry.table("LEGAL_LABELS"))
DISCLAIMER = M.compile_phrases(registry.table("DISCLAIMERS"))
CREDIT = M.compile_phrases(registry.table("CREDIT_LINES"))
LABEL_PARAGRAPH = M.compile_phrases(registry.table("LABEL_PARAGRAPHS"))
MAX_CREDIT_CHARS = 200  # a credit line is short: "Источник: …", "Translated by …"


def _any_of(phrases: tuple[tuple[str, str, re.Pattern[str]], ...], word_start: bool = False) -> re.Pattern[str]:
    """One pattern for a whole phrase table: a single search rules most texts out.

    ``word_start``: every phrase starts a word, so positions inside a word are
    skipped before the alternation is tried (a table of thirty phrases stays cheap).
    """
    alternation = "|".join(f"(?:{pattern.pattern})" for _, _, pattern in phrases)
    return re.compile(f"(?<!\\w)(?:{alternation})" if word_start else alternation, re.IGNORECASE)


_ANY_LEGAL = _any_of(LEGAL)
_ANY_DISCLAIMER = _any_of(DISCLAIMER, word_start=True)
_ANY_LABEL_PARAGRAPH = _any_of(LABEL_PARAGRAPH, word_start=True)
_ANY_CREDIT = _any_of(CREDIT)
_INLINE_ELISION = re.compile("|".join(re.escape(mark) for mark in registry.INLINE_ELISIONS))
_PARAGRAPH_ELISIONS = frozenset(registry.PARAGRAPH_ELISIONS)
_ASIDES = frozenset(phrase.casefold() for phrase in registry.entries("ASIDE_PHRASES"))
# "*", "**" and the heavy asterisk "✱" point to a footnote; a space may stand before the mark
_STARS = "*✱"
_FOOTNOTE = re.compile(r"^[*✱]{1,3}\s*\S")
_ASTERISK = re.compile(r"(?:(?<=[\w»\"”)\]])|(?<=[\w»\"”)\]] )(?=[*✱]{1,3}[,.;:)»]|[*✱]{1,3}$))[*✱]{1,3}(?![\w*✱])",
                       re.MULTILINE)
# a numbered footnote line ("1 Организация признана нежелательной …") and its digit glued to a name above
_NUMBERED_FOOTNOTE = re.compile(r"([1-9])(?!\d)[ \t]*\S")
_DEBRIS_CHARS = 60  # a short line that does not end like a sentence is page furniture for counting edges
_ENDS_SENTENCE = frozenset(".!?…»\"”)")


_opener = M.opener_pattern


def _either_case(word: str) -> str:
    """``the`` -> ``[Tt]he``: a word that may start a sentence or not."""
    return f"[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}"


_SENTENCE_START = re.compile(r"[.!?…][\"»”’)]*[ \t]+$")


# "The Economist (UK): Why …", "Bloomberg: Europe …": the republisher's headline starts with the outlet.
_CAPITAL = registry.capital_class()  # of every language: "Süddeutsche Zeitung:", "Łukasz Nowak"
_HEADLINE_OUTLET = re.compile(rf"([«\"“]?{_CAPITAL}[^\n:()]{{1,58}}?)(?:\s*\((?P<country>[^()\n]{{2,40}})\))?\s?:\s")
# "Почему … (The Wall Street Journal, США)", "… (WP)": a republisher's headline that ends with the outlet in
# Latin letters in brackets, maybe with its country (inosmi.ru; docs/FORMS.md F112).
COUNTRIES = trie_alternation(registry.entries("SOURCE_COUNTRIES"))  # also the prior's source line
_TRAILING_OUTLET = re.compile(
    rf"\((?P<outlet>[«\"“]?[A-Z][A-Za-z0-9 .&'’-]{{0,50}}[»\"”]?)(?:,\s*(?P<country>{COUNTRIES}))?\)\s*$")


def trailing_outlet(text: str, start: int, end: int) -> re.Match[str] | None:
    """``title (Outlet, Country)`` in the line ``text[start:end]``; without a country only under a title in
    another script than the outlet's Latin one ("Почему … (WP)"; an English "… (VIDEO)" is no outlet)."""
    if end - start > MAX_HEADLINE_CHARS or text[end - 1:end] != ")":
        return None
    match = _TRAILING_OUTLET.search(text, start, end)
    if match is None or match.group("country"):
        return match
    title = text[start:match.start()]
    latin = sum(c.isascii() and c.isalpha() for c in title)
    return match if sum(c.isalpha() for c in title) > 2 * latin else None
# An outlet's name as a lead gives it: Latin capitalised words ("The Times", "Corriere della Sera",
# "Süddeutsche Zeitung", "Świat") or «…».
# Bounded repeats keep the search linear on long runs of capitalised words.
# A full stop belongs to a name only inside it ("Politico.eu"): "… to Le Monde. They …" names Le Monde.
_OUTLET_WORD = rf"{registry.capital_class(registry.script_languages()['latin'])}(?:[\w&'-]|\.(?=\w)){{0,30}}"
_ARTICLES = registry.entries("OUTLET_ARTICLES")
_OUTLET_ARTICLE = "|".join(_either_case(article) for article in _ARTICLES)
_OUTLET_PARTICLE = _words(registry.OUTLET_NAME_PARTICLES)
_OUTLET_NAME = (rf"(?:(?:{_OUTLET_ARTICLE})\s+)?(?:{_OUTLET_WORD}(?:\s+(?:{_OUTLET_WORD}|{_OUTLET_PARTICLE})){{0,5}}"
                r"|«[^»\n]{1,40}»)")
MAX_LEAD_CHARS = 700  # per line
MAX_LEAD_BLOCK_CHARS = 1400  # a lead of several lines
MAX_HEADLINE_CHARS = 200


class Forms(NamedTuple):
    """The form rules' patterns for some languages (the tables the text's language selects)."""

    bracket_aside: re.Pattern[str]  # a bracket that opens like a polemic: "(as if …)"
    sentence_aside: re.Pattern[str]  # a sentence that does: "The author does not mention …"
    sentence_hints: tuple[str, ...]  # words every sentence opener holds: a text without them needs no search
    lead_attribution: re.Pattern[str]  # "…, пишет швейцарская газета Le Temps", "Bloomberg reports"


def _either(patterns: Iterable[str]) -> str:
    """An alternation of ``patterns``; one that never matches when there are none (a language without the table)."""
    return "|".join(patterns) or "(?!)"


@lru_cache(maxsize=None)
def forms_for(langs: tuple[str, ...] | None = None) -> Forms:
    """The form patterns of ``langs`` (``None``: every language's), compiled once per selection."""
    def selected(name: str) -> tuple[str, ...]:
        return registry.selected_entries(name, langs)

    bracket = re.compile("(?:" + _either(_opener(p) for p in selected("ASIDE_BRACKET_OPENERS")) + r")(?!\w)",
                         re.IGNORECASE)
    # Case-sensitive: the opener starts a sentence, so its first word is capitalised.  The hints
    # are computed from the openers, so a new opener is never missed.
    openers = selected("ASIDE_SENTENCE_OPENERS")
    sentence = re.compile("(?:" + _either(_opener(p) for p in openers) + r")(?!\w)")
    # Also capitalised: "По данным The Guardian, …", "According to Le Monde, …" open a sentence.
    verb = _either(_opener(form) for verb in selected("OUTLET_VERBS")
                   for form in dict.fromkeys((verb, verb[0].upper() + verb[1:])))
    # "пишет швейцарская газета Le Temps", "writes the Swiss newspaper": up to two words, then the noun.
    nouns = selected("OUTLET_DESCRIPTORS")
    noun = "(?i:" + _either(_opener(noun) for noun in nouns) + ")"
    article = "|".join(_either_case(article) for article in selected("DESCRIPTOR_ARTICLES"))
    descriptor = rf"(?:(?:{article})\s+)?(?:[\w'-]{{1,30}}\s+){{0,2}}?{noun}" if article \
        else rf"(?:[\w'-]{{1,30}}\s+){{0,2}}?{noun}"
    # a language without describing nouns (or without verbs) leaves those parts out, not as never-matching groups
    after = rf"(?:{descriptor}\s+)?" if nouns else ""
    before = rf"(?:\s+{noun})?" if nouns else ""
    lead = re.compile(rf"(?<!\w)(?:{verb})\s+{after}(?P<after>{_OUTLET_NAME})"
                      rf"|(?P<before>{_OUTLET_NAME}){before}\s+(?:{verb})(?!\w)" if "(?!)" != verb else "(?!)")
    return Forms(bracket, sentence, M.search_hints(openers), lead)


EVERY_LANGUAGE = forms_for(None)


def headline_outlet(text: str, lay: Layout, sure: bool = False) -> str | None:
    """The outlet a republisher's headline names: ``Outlet (Country): Title``, ``Outlet: Title`` or
    ``Title (Outlet, Country)``, if it does.

    ``sure``: only the forms that name a country or end in the outlet, which no
    quoted speaker's headline takes (``Путин: мы не отступим`` names no outlet).
    """
    outlet, surely = _headline_outlet(text, lay)
    return outlet if surely or not sure else None


def _headline_outlet(text: str, lay: Layout) -> tuple[str | None, bool]:
    """:func:`headline_outlet` and whether its form is a sure one."""
    if len(lay.paragraphs) < 2:
        return None, False
    start, end = lay.paragraphs[0]
    match = _HEADLINE_OUTLET.match(text, start, end)
    if match and match.group("country"):
        return match.group(1).strip("«»\"“” "), True
    trailing = trailing_outlet(text, start, end)
    if trailing:  # "Нефтяной потолок дал течь: почему … (The Wall Street Journal, США)": the bracket names it
        return trailing.group("outlet").strip("«»\"“” "), True
    if match is None:
        return None, False
    outlet = match.group(1).strip("«»\"“” ")
    # "Die Welt: …", "Kommersant: …": a known outlet's name is no quoted speaker's
    return outlet, outlet in KNOWN_OUTLET_SET


def _same_outlet(named: str, outlet: str) -> bool:
    """``named`` is ``outlet``, a longer or shorter form of it, or its initials ("the NYT", "FT")."""
    named, bare = named.rstrip(".").strip("«»\"“” "), outlet
    for article in _ARTICLES:
        named = named.removeprefix(article + " ").removeprefix(article.capitalize() + " ")
        bare = bare.removeprefix(article.capitalize() + " ")
    words = bare.split()
    if len(named) >= 2 and named.isupper() and len(words) >= 2 and named == "".join(w[0] for w in words).upper():
        return True
    named, outlet = named.casefold(), outlet.casefold()
    for article in _ARTICLES:
        outlet = outlet.removeprefix(article + " ")
    return bool(named) and (named == outlet or named.startswith(outlet + " ") or outlet.startswith(named + " "))


def lead_paragraph(text: str, lay: Layout, langs: tuple[str, ...] | None = None) -> Span | None:
    """The first span of :func:`lead_spans` (the lead's first line), if there is a lead."""
    spans = lead_spans(text, lay, langs)
    return spans[0] if spans else None


def _units(lay: Layout) -> list[tuple[int, int]]:
    """The text's paragraphs as ranges of lines: its blocks when blank lines group lines, else each line."""
    if lay.has_blocks:
        return list(lay.blocks)
    return [(index, index + 1) for index in range(len(lay.paragraphs))]


def lead_spans(text: str, lay: Layout, langs: tuple[str, ...] | None = None,
               republished: bool = False, skip: tuple[tuple[int, int], ...] = ()) -> list[Span]:
    """The paragraph under the headline that says "…, пишет Outlet": a lead, one span per line.

    The paragraph is a line, or a block of lines between blank lines (one
    sentence per line, hard-wrapped text).  Either the headline names that
    same outlet (``Outlet (Country): title``), or the paragraph stands between
    a headline and a byline (the republisher's layout; a news agency's first
    paragraph, "…, сообщает NBC News", has body text under it, not a byline),
    or the text is ``republished`` (:mod:`annotator.republication`) and the
    paragraph reports on a named source (:func:`reports_on_source`).
    ``langs``: whose outlet verbs count (``None``: every language's).
    """
    # a line another rule took (``skip``: a republisher's note above the headline, "Par <author> – <date> –
    # Source <outlet>" under it) is neither the headline nor the lead: the lead is the paragraph after them
    units = [unit for index, unit in enumerate(_units(lay))
             if index > 1 or not any(s <= lay.paragraphs[unit[0]][0] and lay.paragraphs[unit[1] - 1][1] <= e
                                     for s, e in skip)]
    if len(units) < 3:
        return []
    header, (first, stop), under = units[0], units[1], units[2]
    lines = lay.paragraphs[first:stop]
    start, end = lines[0][0], lines[-1][1]
    if any(e - s > MAX_LEAD_CHARS for s, e in lines) or end - start > MAX_LEAD_BLOCK_CHARS:
        return []
    # a short line that ends in a letter is a headline under page furniture ("Datum publikování: <date>"
    # above it), not a lead: a lead ends like a sentence
    if stop - first == 1 and end - start <= MAX_HEADLINE_CHARS and text[end - 1].isalnum():
        return []
    marker = None
    outlet, surely = _headline_outlet(text, lay)
    if outlet is not None:
        for match in forms_for(langs).lead_attribution.finditer(text, start, end):
            if _same_outlet(" ".join((match.group("after") or match.group("before")).split()), outlet):
                marker = f"lead: names the headline's outlet ({outlet})"
                break
        # under a headline that surely names its outlet, a paragraph naming it in any words reports on it
        if marker is None and surely and names_outlet(text, start, end, outlet):
            marker = f"lead: names the headline's outlet ({outlet})"
    if marker is None and len(units) >= 4 and _is_headline(text, *lay.paragraphs[0]):
        # a name split from its sentence by page extraction ("Президент США" / "Барак Обама" / "отложил …")
        # is no byline: the line after a byline opens the body
        byline = None if split_name(text, lay, under[0]) else byline_line(text, *lay.paragraphs[under[0]])
        if byline is None and header[1] - header[0] > 1:
            byline = byline_line(text, *lay.paragraphs[header[1] - 1])
        named = None if byline is None else _outlet_above_byline(text, start, end, byline, langs)
        if named is not None:
            marker = f"lead: names an outlet above the byline ({named})"
    if marker is None and republished:
        named = reports_on_source(text, start, end, langs)
        if named is not None:
            marker = f"lead: reports on its source in a republished text ({named})"
    if marker is None:
        return []
    return [Span(s, e, "lead", 1.0, "rule", marker) for s, e in lines]


def _outlet_above_byline(text: str, start: int, end: int, byline: re.Match[str],
                         langs: tuple[str, ...] | None) -> str | None:
    """The outlet the paragraph ``text[start:end]`` over a byline reports on, in any of four ways:
    "…, пишет The Times" (``lead_attribution``); by what it is ("the Polish portal Interia",
    :func:`named_outlet`); the outlet the byline itself names ("Par Rita Chamoun, An-Nahar (Beyrouth)"
    under a lead that names An-Nahar); or its author and a reporting verb (:func:`reports_on_source`)."""
    match = forms_for(langs).lead_attribution.search(text, start, end)
    if match is not None:
        return " ".join((match.group("after") or match.group("before")).split())
    named = named_outlet(text, start, end, langs)
    if named is not None:
        return named
    # after a comma the byline may name a city ("Jens Hollmann, Berlin"): an outlet only with its own city
    # in brackets after it, after a dash ("Por Karen Whitfield — The New York Times") or known as one
    tail = byline.group("tail")
    if tail:
        outlet = PLACE_IN_BRACKETS.sub("", tail).strip()
        if (byline.group("separator") != "," or PLACE_IN_BRACKETS.search(tail) or outlet in KNOWN_OUTLET_SET) \
                and len(outlet) >= 3 and names_outlet(text, start, end, outlet):
            return outlet
    for known in KNOWN_OUTLET.finditer(text, start, end):
        if not bracketed_alone(text, known.start(), known.end()):  # not a wire's dateline tag "KYIV (Reuters) -"
            return known.group()
    return reports_on_source(text, start, end, langs)


# A lead reports something: a line of fewer words (a date, a rubric, a name) is never one on its own.
MIN_LEAD_WORDS = 3
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def reads_as_clause(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds at least ``MIN_LEAD_WORDS`` words of two letters or more."""
    return matches_at_least(_LETTER_WORD, MIN_LEAD_WORDS, text, start, end)


def matches_at_least(pattern: re.Pattern[str], count: int, text: str, start: int = 0, end: int | None = None) -> bool:
    """``pattern`` matches ``text[start:end]`` ``count`` times or more (it stops searching at the ``count``-th)."""
    found = pattern.finditer(text, start) if end is None else pattern.finditer(text, start, end)
    return sum(1 for _ in zip(range(count), found)) >= count


def reporting_verbs(langs: tuple[str, ...] | None) -> tuple[str, ...]:
    """The words with which a text reports on its source: lead verbs and outlet verbs, each once."""
    return tuple(dict.fromkeys((*registry.selected_entries("LEAD_VERBS", langs),
                                *registry.selected_entries("OUTLET_VERBS", langs))))


@lru_cache(maxsize=None)
def _source_patterns(langs: tuple[str, ...] | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A source's author named (``обозреватель X``, ``Автор статьи в издании X``) and a reporting verb."""
    nouns = _words(registry.selected_entries("SOURCE_AUTHORS", langs))
    verbs = _words(reporting_verbs(langs))
    author = re.compile(rf"(?<!\w)(?i:{nouns})(?!\w)[^.!?\n]{{0,60}}?(?:(?<=\s){_CAPITAL}\w|«)")
    verb = re.compile(rf"(?<!\w)(?i:{verbs})(?!\w)")
    return author, verb


def reports_on_source(text: str, start: int, end: int, langs: tuple[str, ...] | None = None) -> str | None:
    """What ``text[start:end]`` names as its source when it reports on one in the third person.

    ``…, пишет The Times``, ``Bloomberg reports``; or a source's author and a
    reporting verb: ``разбирался обозреватель X``, ``Автор статьи в издании X считает``.
    """
    match = forms_for(langs).lead_attribution.search(text, start, end)
    if match is not None:
        return " ".join((match.group("after") or match.group("before")).split())
    author, verb = _source_patterns(langs)
    named = author.search(text, start, end)
    if named is not None and verb.search(text, start, end):
        return " ".join(named.group().split())
    return None


def _is_headline(text: str, start: int, end: int) -> bool:
    """A short line that does not end like a sentence of body text."""
    return end - start <= MAX_HEADLINE_CHARS and text[end - 1] not in ".;:,"


def attribution(content: str) -> tuple[str, str] | None:
    """``(kind, marker)`` when ``content`` is signed by the editors or the translator."""
    tail = content[-_TAIL:]
    head = content[:_HEAD]
    if not (_ANY_SUFFIX.search(tail) or _ANY_PREFIX.search(head)):  # most brackets: no marker of any table
        return None
    for kind, table, suffix, prefix in ATTRIBUTIONS:
        if suffix.search(tail) or prefix.search(head):
            return kind, _which_marker(table, tail, head)
    return None


def _which_marker(table: tuple[M.Marker, ...], tail: str, head: str) -> str:
    for marker in table:
        single = _marker_regexes(marker)
        if single[0].search(tail) or (single[1] is not None and single[1].search(head)):
            return marker.text
    return table[0].text  # unreachable while the alternation and the singles agree


@lru_cache(maxsize=None)
def _marker_regexes(marker: M.Marker) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    return _suffix_regex((marker,)), (None if marker.needs_dash else _prefix_regex((marker,)))


_ORIGINAL_BRACKET = re.compile("|".join(f"(?:{pattern})" for pattern in registry.ORIGINAL_BRACKETS.values()))


def original_bracket(content: str) -> bool:
    """True when the bracket's content has a form only the source writes (``lang.ORIGINAL_BRACKETS``)."""
    return len(content) <= 40 and _ORIGINAL_BRACKET.fullmatch(content.strip()) is not None


def author_note(content: str) -> bool:
    """True when the source's own author signed the bracket (``— прим. авт.``): it stays original."""
    return bool(_AUTHOR_SUFFIX.search(content[-_TAIL:]))


def legal_label(content: str) -> str | None:
    """The legal-label phrase that ``content`` states, if it is short enough to be a label."""
    if len(content) > MAX_LABEL_CHARS or not _ANY_LEGAL.search(content):
        return None
    for lang, name, pattern in LEGAL:
        if pattern.search(content):
            return f"legal label: {name} ({lang})"
    return None


def is_marked(span_text: str, kind: str) -> bool:
    """The guide's split: a span is marked when it has an attribution marker or is a disclaimer."""
    if kind == "disclaimer":
        return True
    content = span_text
    if len(content) >= 2 and content[0] in "([{" and content[-1] in ")]}":
        content = content[1:-1]
    return attribution(content) is not None


def bracket_rule(text: str, candidate: Candidate,
                 langs: tuple[str, ...] | None = None) -> Span | None:
    """Decide a bracket group by its markers: note, translator's note, legal label, aside, gloss.

    ``langs`` selects the aside openers (``None``: every language's); markers and labels always apply.
    All but the renamed-place rule read only the bracket's content, so a content is decided once
    (:func:`_content_rule`, cached: text dense with brackets repeats them) and the renaming
    is looked for in the text before the bracket only when the content holds a renamed place.
    """
    content = text[candidate.start + 1 : candidate.end - 1]
    decide = _cached_content_rule if len(content) <= _CACHED_CHARS else _content_rule
    first, renames, last = decide(content, candidate.bracket, langs)
    if first is None and renames:
        renaming = _renaming(text, candidate.start, renames)
        first = ("gloss", renaming) if renaming else None
    found = first or last
    return None if found is None else Span(candidate.start, candidate.end, found[0], 1.0, "rule", found[1])


class _ContentRule(NamedTuple):
    """What a bracket's content decides (see :func:`bracket_rule`)."""

    first: tuple[str, str] | None  # (kind, marker) of a marker, an aside, a legal label or an aside opener
    renames: tuple[tuple[str, re.Pattern[str]], ...]  # the renamings to look for before the bracket, in order
    last: tuple[str, str] | None  # (kind, marker) of a naming gloss, when no renaming is found


_UNDECIDED = _ContentRule(None, (), None)
_CACHED_CHARS = 200  # contents up to this long are remembered (the cache holds at most _CACHE_SIZE)
_CACHE_SIZE = 4096


def _content_rule(content: str, bracket: str, langs: tuple[str, ...] | None) -> _ContentRule:
    """The rules of :func:`bracket_rule` in their order, on the content of a ``bracket`` group."""
    stripped = content.strip()
    if not stripped:
        return _UNDECIDED
    found = attribution(content)
    if found:
        return _ContentRule(found, (), None)
    if stripped.casefold() in _ASIDES:  # "(sic!)", "[sic!]"
        return _ContentRule(("aside", f"aside: {stripped}"), (), None)
    if bracket != "(":
        return _UNDECIDED
    label = legal_label(content)
    if label:
        return _ContentRule(("legal_label", label), (), None)
    opener = forms_for(langs).bracket_aside.match(content.lstrip())
    if opener:
        return _ContentRule(("aside", f"aside opener: {' '.join(opener.group().split())}"), (), None)
    naming = naming_gloss(content)
    return _ContentRule(None, _renames_held(content), ("gloss", f"gloss opener: {naming}") if naming else None)


_cached_content_rule = lru_cache(maxsize=_CACHE_SIZE)(_content_rule)


MAX_NAMING_CHARS = 80
# "(украинское название — Бахмут)", "(znanej wcześniej jako X)", "(можно перевести как «…»)": the naming
# words, an optional dash or colon, then a name (a capital of any language or an opening quote)
_NAMING = re.compile(
    r"^\s*(?:" + "|".join(M.opener_pattern(entry) if isinstance(entry, str) else M.entry_source(entry)
                         for entry in registry.entries("GLOSS_OPENERS"))
    + rf")(?!\w)\s*(?:{registry.DASH}\s*|:\s*)?(?=[«\"„“]|(?-i:{_CAPITAL}))", re.IGNORECASE)


def naming_gloss(content: str) -> str | None:
    """The naming words that open a short bracket renaming or translating the term before it."""
    if len(content) > MAX_NAMING_CHARS:
        return None
    match = _NAMING.match(content)
    return " ".join(match.group().split()).rstrip("—–-: ") if match else None


def paragraph_rule(text: str, start: int, end: int, edge: bool = True) -> Span | None:
    """Decide a whole paragraph: disclaimer, signed note, legal footnote, elision mark.

    Disclaimers are boilerplate at the top or the bottom of an article, so they
    are looked for only in ``edge`` paragraphs: their patterns are the costly ones.
    """
    paragraph = text[start:end]
    if paragraph in _PARAGRAPH_ELISIONS:
        return Span(start, end, "elision", 1.0, "rule", f"elision: {paragraph}")
    if edge and len(paragraph) <= MAX_DISCLAIMER_CHARS and _ANY_DISCLAIMER.search(paragraph):
        for lang, name, pattern in DISCLAIMER:
            if pattern.search(paragraph):
                return Span(start, end, "disclaimer", 1.0, "rule", f"disclaimer: {name} ({lang})")
    if edge and len(paragraph) <= MAX_CREDIT_CHARS and _ANY_CREDIT.match(paragraph):
        for lang, name, pattern in CREDIT:
            if pattern.match(paragraph):
                return Span(start, end, "disclaimer", 1.0, "rule", f"credit line: {name} ({lang})")
    if edge and len(paragraph) <= MAX_DISCLAIMER_CHARS and _ANY_LABEL_PARAGRAPH.search(paragraph):
        for lang, name, pattern in LABEL_PARAGRAPH:
            if pattern.search(paragraph):
                return Span(start, end, "legal_label", 1.0, "rule", f"label paragraph: {name} ({lang})")
    if paragraph[0] in _STARS:
        if len(paragraph) <= MAX_FOOTNOTE_CHARS and _FOOTNOTE.match(paragraph):
            label = legal_label(paragraph[:MAX_LABEL_CHARS])
            if label:
                return Span(start, end, "legal_label", 1.0, "rule", f"footnote {label}")
    elif paragraph[0] not in "[{":  # "(Red.) …" heads a paragraph too; no other marker holds a bracket
        head = paragraph[:_HEAD]
        for kind, table, _suffix, prefix in ATTRIBUTIONS if _ANY_PREFIX.match(head) else ():
            if prefix.match(head):
                return Span(start, end, kind, 1.0, "rule", _which_marker(table, "", head))
    return None


def rule_spans(text: str, lay: Layout, brackets: list[Candidate],
               langs: tuple[str, ...] | None = None) -> list[Span]:
    """Every span the rules find, possibly overlapping; the assembler resolves overlaps.

    Training sees the same spans as prediction: what a rule takes is never a
    model row.  ``langs`` (see :func:`annotator.lang.selection`) picks the languages whose
    form tables apply; ``None`` applies every language's.  Markers, legal
    labels, disclaimers, elisions and renamed places apply whatever ``langs``.
    """
    spans: list[Span] = []
    footnotes = []
    ranks = body_ranks(text, lay)
    last = ranks[-1] if ranks else 0
    for (start, end), rank in zip(lay.paragraphs, ranks):
        edge = rank < EDGE_PARAGRAPHS or last - rank < EDGE_PARAGRAPHS
        span = paragraph_rule(text, start, end, edge)
        if span is not None:
            spans.append(span)
            if span.kind == "legal_label" and text[start] in _STARS:
                footnotes.append((start, end))
        elif text[start].isdigit():
            spans.extend(numbered_footnote(text, start, end))
        tail = elision_tail(text, start, end)
        if tail is not None:
            spans.append(tail)
    for candidate in brackets:
        span = bracket_rule(text, candidate, langs)
        if span is not None:
            spans.append(span)
    for match in _INLINE_ELISION.finditer(text):
        spans.append(Span(match.start(), match.end(), "elision", 1.0, "rule", f"elision: {match.group()}"))
    if footnotes:
        spans.extend(_asterisks(text, footnotes))
    spans.extend(aside_sentences(text, lay, langs))
    credits = tuple((span.start, span.end) for span in spans if span.kind == "disclaimer")
    spans.extend(lead_spans(text, lay, langs, skip=credits))
    return spans


def body_ranks(text: str, lay: Layout) -> list[int]:
    """Each paragraph's rank among the paragraphs that are not page furniture.

    A short line that does not end like a sentence ("Читать inosmi.ru в",
    "Advertisement", a headline) does not count, so a disclaimer under a
    headline, a lead and a share bar still stands among the first paragraphs.
    """
    ranks, rank = [], -1
    for start, end in lay.paragraphs:
        if end - start > _DEBRIS_CHARS or text[end - 1] in _ENDS_SENTENCE:
            rank += 1
        ranks.append(max(rank, 0))
    return ranks


def numbered_footnote(text: str, start: int, end: int) -> list[Span]:
    """A footnote line ``1 <label>`` and the same digit glued to a name above it: ``ФБК1``, ``«…»1``.

    Both are needed: a paragraph that starts with a number and states a status
    ("1 января Минюст признал …") is body text unless a name above points to it.
    """
    found = _NUMBERED_FOOTNOTE.match(text, start, end)
    if found is None or end - start > MAX_FOOTNOTE_CHARS:
        return []
    label = legal_label(text[start:min(end, start + MAX_LABEL_CHARS)])
    if label is None:
        return []
    digit = found.group(1)
    marks = [Span(m.start(1), m.end(1), "legal_label", 1.0, "rule", "numbered footnote mark")
             for m in re.finditer(rf"(?:(?<=[^\W\d_])|(?<=[»\"”]))({digit})(?![\w])", text[:start])]
    if not marks:
        return []
    return [*marks, Span(start, end, "legal_label", 1.0, "rule", f"numbered footnote {label}")]


_TAIL_ELISIONS = tuple(mark for mark in registry.PARAGRAPH_ELISIONS if mark.startswith("["))
_TAIL_ELISION_ENDS = frozenset(mark[-1] for mark in _TAIL_ELISIONS)


def elision_tail(text: str, start: int, end: int) -> Span | None:
    """``[…]`` ending a paragraph right after a word: the republisher cut a teaser there."""
    if end <= start or text[end - 1] not in _TAIL_ELISION_ENDS:  # most paragraphs: a glance at the last letter
        return None
    for mark in _TAIL_ELISIONS:
        cut = end - len(mark)
        if cut - 2 >= start and text.startswith(mark, cut) and text[cut - 1] == " " and text[cut - 2].isalpha():
            return Span(cut, end, "elision", 1.0, "rule", f"elision: {mark} ending a paragraph")
    return None


def aside_sentences(text: str, lay: Layout, langs: tuple[str, ...] | None = None) -> list[Span]:
    """Sentences that open like a republisher's polemic ("The author does not mention that …").

    Only where the opener starts a sentence outside quotation marks: a quoted
    speaker's words stay the source's.
    """
    patterns = forms_for(langs)
    if not any(hint in text for hint in patterns.sentence_hints):
        return []
    starts = [start for start, _ in lay.paragraphs]
    out = []
    for match in patterns.sentence_aside.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index < 0:
            continue
        para_start, para_end = lay.paragraphs[index]
        if match.start() >= para_end:
            continue
        opens_sentence = match.start() == para_start or _SENTENCE_START.search(text, max(para_start, match.start() - 8),
                                                                                match.start())
        if not opens_sentence or inside_quote(text, match.start(), para_start):
            continue
        end = sentence_end(text, match.start(), para_end)
        out.append(Span(match.start(), end, "aside", 1.0, "rule", f"aside opener: {' '.join(match.group().split())}"))
    return out


def _asterisks(text: str, footnotes: list[tuple[int, int]]) -> list[Span]:
    """The ``*`` after each labelled name, once a footnote explains it."""
    starts = [start for start, _ in footnotes]
    out = []
    for match in _ASTERISK.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index < 0 or match.start() >= footnotes[index][1]:
            out.append(Span(match.start(), match.end(), "legal_label", 1.0, "rule", "asterisk label"))
    return out
