"""The republication prior: is this text a republished translation, or an outlet's own article?

Some insertions are the republisher's only when there is a republisher: a
Latin spelling after a Russian name is a translator's gloss in an InoSMI
translation and the author's own parenthesis in a Russian outlet's article.
The prior reads what gives a republication away, each signal cheap and
unambiguous on its own:

- a republisher named anywhere (``REPUBLISHERS``: ИноСМИ, InoSMI, inosmi.ru),
- a republisher's headline ``Outlet (Country): title``,
- a republisher's source line over the text, ``The Times, Великобритания`` (``SOURCE_COUNTRIES``),
- a republisher's link to the translated original in a first or last line (``ORIGINAL_LINKS``),
- a rule span only a republisher writes: a lead, a disclaimer, a translator's note,
- what a machine translation of a republisher leaves (``MACHINE_TRANSLATION_TRACES``),
- a press digest's subheads: two lines that are each a known foreign outlet's name (``KNOWN_OUTLETS``).

The text is republished when any signal fires; the result names them all.
"""

from __future__ import annotations

import re
from typing import Iterable

from . import lang as registry
from . import markers as M
from .candidates import Layout
from .kinds import SIGNED_KINDS
from .names import KNOWN_OUTLET_SET as KNOWN_OUTLETS, word_positions
from .rules import _HEADLINE_OUTLET, COUNTRIES, trailing_outlet
from .spans import Republication, Span

# "The Times, Великобритания …": the outlet in Latin letters (a name, or a domain), a comma, its country.
_ANY_COUNTRY = re.compile(COUNTRIES)  # the cheap test first: most first lines name no country
# Extracted pages run the line together with what stands beside it (a logo's alt text, the link, the date):
# "логотип the timesThe Times, Великобритания", so the pair is searched for anywhere in a short line.
_SOURCE_LINE = re.compile(rf"[A-Za-z0-9][\w.&'’-]*[»\"”]?,?[ \t]*(?:{COUNTRIES})(?![а-яё])")
_RUNNING_WORD = re.compile(r"(?<!\w)[а-яёіїєґ]+(?!\w)")  # a lower-case Cyrillic word: running text, not a name
MAX_RUNNING_WORDS = 3  # "логотип", "публикации": a logo's alt text or a link; more is a sentence
_ORIGINAL_LINKS = tuple(sorted(registry.entries("ORIGINAL_LINKS"), key=len, reverse=True))
SOURCE_LINE_WINDOW = 5  # the source line stands under the headline, among the first lines
MAX_SOURCE_LINE = 160  # a line of metadata, not a sentence of the text
# Matched case-sensitively, as written, longest first ("inosmi.ru" before "InoSMI").
_NAMES = tuple(sorted(registry.entries("REPUBLISHERS"), key=len, reverse=True))
# (name, pattern source, pattern); the name is what the evidence says
_TRACES = tuple((name, source, re.compile(source.removeprefix("re:")))  # case-sensitive: see the table
                for name, source in map(M.entry_parts, registry.entries("MACHINE_TRANSLATION_TRACES")))
# Every trace holds one of these (checked by a test): most texts need no regex search at all.
TRACE_HINTS: tuple[str, ...] = ("Approx", "achine")
_TRACE_WINDOW = 60  # characters around a hint a trace is looked for in


def _trace(text: str) -> str | None:
    """The first machine-translation trace in ``text``, looked for only around its hints (``str.find``)."""
    for hint in TRACE_HINTS:
        at = text.find(hint)
        while at >= 0:
            for name, source, pattern in _TRACES:
                if hint in source and pattern.search(text, max(0, at - _TRACE_WINDOW), at + _TRACE_WINDOW):
                    return name
            at = text.find(hint, at + 1)
    return None
# Rule spans that only a republisher writes, by kind.
REPUBLISHER_KINDS: tuple[str, ...] = ("lead", "disclaimer", "translator_note")
EDGE_LINES = 3  # a republisher names itself in the first or last lines (a lead, "Читать inosmi.ru", a disclaimer)


def _headline(text: str, lay: Layout) -> str | None:
    """The first line when it is ``Outlet (Country): title`` or ``title (Outlet, Country)`` above more text.

    Without the country (``Путин: …``) a headline is as often a quoted speaker's, unless the name is a
    known outlet's (``Die Welt: …``).
    """
    if len(lay.paragraphs) < 2:
        return None
    start, end = lay.paragraphs[0]
    match = _HEADLINE_OUTLET.match(text, start, end)
    if match and (match.group("country") or match.group(1).strip("«»\"“” ") in KNOWN_OUTLETS):
        return match.group().rstrip(": ").strip()  # a known outlet's name is no quoted speaker's
    source = trailing_outlet(text, start, end)  # "title (Outlet, Country)"
    return source.group().strip("() ") if source else None


def _source_line(text: str, lay: Layout) -> str | None:
    """``Outlet, Country`` in a short first line, as a republisher prints its source over a translation.

    The outlet's name ends in a Latin letter or digit right before the country,
    and the line is no sentence (at most ``MAX_RUNNING_WORDS`` lower-case Cyrillic words).
    """
    for start, end in lay.paragraphs[:SOURCE_LINE_WINDOW]:
        if end - start > MAX_SOURCE_LINE or not _ANY_COUNTRY.search(text, start, end) \
                or len(_RUNNING_WORD.findall(text, start, end)) > MAX_RUNNING_WORDS:
            continue
        match = _SOURCE_LINE.search(text, start, end)
        if match and text[match.end():end].strip() == ")":  # "title (Outlet, Country)": the headline's form
            continue
        if match and any(c.isascii() and c.isalpha() for c in match.group()):
            return " ".join(text[start:match.end()].split())
    return None


def _original_link(text: str, lay: Layout) -> str | None:
    """A link to the translated original ("Оригинал публикации") in a first or last line."""
    if not any(phrase in text for phrase in _ORIGINAL_LINKS):  # a substring test first: most texts have none
        return None
    for start, end in _edges(lay):
        for phrase in _ORIGINAL_LINKS:
            if text.find(phrase, start, end) >= 0:
                return phrase
    return None


def _edges(lay: Layout) -> list[tuple[int, int]]:
    """The first and last ``EDGE_LINES`` lines (each once)."""
    count = len(lay.paragraphs)
    return [lay.paragraphs[i] for i in sorted({*range(min(EDGE_LINES, count)), *range(max(0, count - EDGE_LINES), count)})]


def _named_republisher(text: str, lay: Layout, spans: list[Span]) -> str | None:
    """A republisher named where only it names itself: a first or last line, or a signed note.

    An outlet's own article may mention ИноСМИ in its body ("ИноСМИ опубликовало …").
    """
    if not any(name in text for name in _NAMES):  # a substring test first: most texts name none
        return None
    edges = _edges(lay)
    edges += [(span.start, span.end) for span in spans if span.kind in SIGNED_KINDS]
    for start, end in edges:
        for name in _NAMES:
            if next(word_positions(text, name, start, end), None) is not None:
                return name
    return None


MIN_DIGEST_SUBHEADS = 2  # a press digest's sections: two or more lines that are each a foreign outlet's name
MAX_SUBHEAD_CHARS = 48


def _digest_subheads(text: str, lay: Layout) -> str | None:
    """The outlets of a press digest's subheads: lines that are a known outlet's name and nothing else
    ("The New York Times" over its section, "Frankfurter Allgemeine Zeitung" over the next)."""
    seen: list[str] = []
    paragraphs = lay.paragraphs
    for index, (start, end) in enumerate(paragraphs):
        if end - start > MAX_SUBHEAD_CHARS or not 0 < index < len(paragraphs) - 1:
            continue
        line = text[start:end].strip().strip("«»\"“”„").rstrip(":")
        if line not in KNOWN_OUTLETS or line in seen:
            continue
        # a name cut out of its sentence by extraction ("(" / "The Guardian" / ")") is no subhead: a
        # subhead stands after a finished line and over one that opens with a capital
        before = text[paragraphs[index - 1][0]:paragraphs[index - 1][1]].rstrip()
        after = text[paragraphs[index + 1][0]:paragraphs[index + 1][1]].lstrip()
        if before[-1:] in "(«„\"“,–—-" or not after[:1].isupper():
            continue
        seen.append(line)
        if len(seen) >= MIN_DIGEST_SUBHEADS:
            return ", ".join(seen)
    return None


def signals(text: str, lay: Layout, spans: Iterable[Span]) -> tuple[str, ...]:
    """Every republication signal in ``text``, in a fixed order, each once."""
    found: list[str] = []
    spans = [span for span in spans if span.source == "rule"]
    named = _named_republisher(text, lay, spans)
    if named:
        found.append(f"republisher: {named}")
    headline = _headline(text, lay)
    if headline:
        found.append(f"headline: {headline}")
    source = _source_line(text, lay)
    if source:
        found.append(f"source line: {source}")
    link = _original_link(text, lay)
    if link:
        found.append(f"link to the original: {link}")
    digest = _digest_subheads(text, lay)
    if digest:
        found.append(f"press digest: {digest}")
    kinds = {span.kind for span in spans}
    found.extend(f"{kind} span" for kind in REPUBLISHER_KINDS if kind in kinds)
    trace = _trace(text)
    if trace:
        found.append(f"machine translation/any: {trace}")
    return tuple(found)


def republication(text: str, lay: Layout, spans: Iterable[Span], override: bool | None = None) -> Republication:
    """The prior for ``text`` given its layout and rule spans; ``override`` (True/False) decides instead."""
    evidence = signals(text, lay, spans)
    if override is not None:
        return Republication(bool(override), evidence, override=True)
    return Republication(bool(evidence), evidence)


HEADLINE_SIGNALS = ("headline:", "lead span")


def beyond_headline(prior: Republication) -> bool:
    """Republished by something other than the headline and the lead it confirms (or by the caller).

    A lead that names another outlet than the headline's ("Reuters reports" under
    "The Times (UK): …") is the source's own first paragraph unless something
    else shows a republisher: the headline alone does not make it a lead.
    """
    if prior.override:
        return prior.republished
    return any(not signal.startswith(HEADLINE_SIGNALS) for signal in prior.evidence)
