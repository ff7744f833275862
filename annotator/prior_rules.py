"""Rules that need the republication prior (:mod:`annotator.republication`).

A translator's original-language spelling after a name or term is a gloss
only in a republished translation: an outlet's own article that writes
``Крессида Дик (Cressida Dick)`` is giving its readers the spelling itself.
And a lead without a headline or byline to confirm it is a lead only where
other evidence says the text is republished; so is a press review, a text
the republisher wrote whole out of reports on foreign outlets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lang as registry
from . import translit
from .alternation import trie_alternation
from .candidates import Candidate, Layout
from .rules import _source_patterns, _units, lead_spans, original_bracket, reporting_verbs, reports_on_source
from .spans import Span

# Original-language spellings (the guide's gloss: "Нетаньяху (Benjamin Netanyahu)").
MAX_SPELLING_CHARS = 80
_AGENCIES = frozenset(tag.casefold() for tag in registry.entries("AGENCY_TAGS"))
_ADDRESS = re.compile(r"https?:|www\.|@|\.(?:com|org|net|ru|ua|de|fr|uk|io)\b|/")
_CLOSING_QUOTES = "»”\"'"
_NOT_A_TERM = frozenset({"sic", "sic!", "ibid", "ibid.", "et al.", "i.e.", "e.g.", "etc."})
_NEVER_SPELLED = _AGENCIES | _NOT_A_TERM
# The spelling rule's work per text is bounded: at most spelling_budget(len(text)) name comparisons
# (translit.Budget), taken by the brackets in text order; past it a bracket is not compared.  The 3,333
# texts of the fixed prediction sets make at most 56 (in 1,997 characters; `tools/predictions.py work`),
# so real articles are never cut, even one that spells a name every 500 characters (about 20 comparisons
# each); a text of thousands of Latin brackets stops comparing there (see benchmarks/bench_worst_case.py).
SPELLING_BASE = 256
CHARS_PER_COMPARISON = 25


def spelling_budget(n_chars: int) -> int:
    """The most name comparisons the spelling rule makes in a text of ``n_chars`` characters."""
    return SPELLING_BASE + n_chars // CHARS_PER_COMPARISON


def spelling_gloss(text: str, candidate: Candidate, republished: bool,
                   budget: translit.Budget | None = None) -> str | None:
    """The marker when a bracket spells the words before it in their original language: a gloss.

    ``Нетаньяху (Benjamin Netanyahu)`` and ``Navalny (Навальный)`` (another
    script, matched by transliteration), and a translated term given in the
    original, ``стратегическая неопределенность (strategic ambiguity)``, count
    only in a ``republished`` text: in an outlet's own article the author
    wrote them.  ``Benjamin Netanyahu (Benjamin Netanyahu)``, the name doubled
    in the same Latin script (a machine translation's trace), needs no prior.
    Acronyms (``(NATO)``, ``(ИГИЛ)``), agency tags, party tags, addresses and
    handles stay original.  The name comparisons come out of ``budget`` (``None``:
    no bound); a bracket they no longer fit in is not compared.
    """
    start, end = candidate.start, candidate.end
    if candidate.bracket != "(" or end - start > MAX_SPELLING_CHARS + 2:
        return None
    before = text[max(0, start - 120) : start]
    tail = before.rstrip(" \t")
    last = tail[-2:-1] if tail[-1:] in _CLOSING_QUOTES else tail[-1:]
    if not last.isalpha():  # the bracket follows a word (maybe a closing quote), as a spelling does
        return None
    content = text[start + 1 : end - 1].strip()
    if not republished and not _initials_repeat(before, content):  # only a doubled name is left to find
        return None
    spelled = _spelled_words(content)
    if spelled is None:
        return None
    inner, words = spelled
    before_words = translit.WORD.findall(before)
    # the script of the last word that is not an acronym or a numeral ("«Вин Лун II» (Wing Loong II)")
    outer = translit.script(next((w for w in reversed(before_words) if not w.isupper()), before_words[-1]))
    if outer == inner:
        if inner == "latin" and _doubled(before, content, budget):
            return f"doubled name: {content}"
        return None
    if not republished or not outer:
        return None
    if translit.spells(before, content, budget=budget):
        return f"original spelling: {content}"
    if inner == "latin" and all(w.islower() for w in words):
        return f"original term: {content}"
    return None


@lru_cache(maxsize=4096)
def _spelled_words(content: str) -> tuple[str, tuple[str, ...]] | None:
    """``(script, words)`` of a bracket's stripped ``content`` that could spell a name or a term; ``None`` for
    an acronym, a number, an agency or party tag, an address or a handle (cached: dense brackets repeat)."""
    inner = translit.script(content)
    if not inner or any(map(str.isdigit, content)) or content.casefold() in _NEVER_SPELLED:
        return None
    words = translit.WORD.findall(content)
    if not words or len(words) > translit.MAX_WORDS:
        return None
    if _ADDRESS.search(content) or original_bracket(content) or all(w.isupper() and len(w) > 1 for w in words):
        return None
    return inner, tuple(words)


def _initials_repeat(before: str, content: str) -> bool:
    """The words before the bracket start with the letters its words start with (cheap: no regex)."""
    inside = content.split()
    count = len(inside)
    outside = before.rsplit(None, count)  # the last ``count`` words, after what is left of ``before``
    if not count or len(outside) < count:
        return False
    for a, b in zip(inside, outside[-count:]):
        if a[0].casefold() != b.lstrip("«“\"'")[:1].casefold():
            return False
    return True


def _doubled(before: str, content: str, budget: translit.Budget | None = None) -> bool:
    """The bracket repeats the words right before it, maybe in another spelling (same script)."""
    words = translit.WORD.findall(before[-120:])
    count = len(translit.WORD.findall(content))
    if len(words) < count:
        return False
    window_words = words[-count:]
    # every word starts with the letter it starts with in the bracket: the cheap test before difflib
    if [w[0].casefold() for w in window_words] != [w[0].casefold() for w in translit.WORD.findall(content)]:
        return False
    window = " ".join(window_words)
    if window[:1].islower() or translit.script(window) != "latin":
        return False
    if budget is not None and not budget.spend(1):
        return False
    return translit.similar(window, content, translit.DOUBLED_MATCH)


def prior_spans(text: str, lay: Layout, brackets: list[Candidate], proposals: list[Span], republished: bool,
                leads: bool = False, langs: tuple[str, ...] | None = None) -> list[Span]:
    """The spans that depend on the republication prior: original-language spellings, and (``leads``:
    republished on other evidence than the headline) a lead that reports on its source without a
    headline or byline to confirm it (see :func:`lead_spans`)."""
    spans = []
    budget = translit.Budget(spelling_budget(len(text)))
    for candidate in brackets:
        marker = spelling_gloss(text, candidate, republished, budget)
        if marker is not None:
            spans.append(Span(candidate.start, candidate.end, "gloss", 1.0, "rule", marker))
    if leads and not any(span.kind == "lead" and span.source == "rule" for span in proposals):
        spans.extend(lead_spans(text, lay, langs, republished=True))
    if leads:
        taken = {(span.start, span.end) for span in (*proposals, *spans) if span.kind == "lead"}
        spans.extend(span for span in review_spans(text, lay, langs) if (span.start, span.end) not in taken)
    return spans


# A press review: a republisher's text made of paragraphs that each report what a foreign outlet wrote
# ("Американское издание X пишет, что …"; docs/FORMS.md).  Every paragraph of it is a lead.
REVIEW_MIN_REPORTS = 3  # paragraphs that name a source and report on it
REVIEW_MIN_SHARE = 0.5  # of the paragraphs under the headline
_QUOTE_OPENERS = "«\"“„'‘-–—"
_SENTENCE_ENDS = ".!?…»\"”)"


@lru_cache(maxsize=None)
def _lowered_verbs(langs: tuple[str, ...] | None) -> re.Pattern[str]:
    """The reporting verbs of :func:`rules._source_patterns`, lower-cased, for a search of the lower-cased text
    (a case-sensitive trie is several times faster than ``(?i:…)`` over every paragraph)."""
    lowered = dict.fromkeys(verb.lower() for verb in reporting_verbs(langs))
    return re.compile(rf"(?<!\w)(?:{trie_alternation(lowered)})(?!\w)")


def review_spans(text: str, lay: Layout, langs: tuple[str, ...] | None = None) -> list[Span]:
    """Every line of a press review a republisher wrote whole: a lead, one span per line.

    A review is a text whose paragraphs under the headline mostly report on a
    named source in the third person (:func:`reports_on_source`), at least
    ``REVIEW_MIN_REPORTS`` of them.  From its first such paragraph on, every
    paragraph is the republisher's report, except one that is only a quotation
    of the source (it opens with a quote or a dash and reports on no one), and
    every line of it that ends like a sentence is a lead (a subhead, a date or
    a byline stays original).  Call it only for a republished text.
    """
    units = _units(lay)[1:]
    if len(units) < REVIEW_MIN_REPORTS:
        return []
    ranges = [(lay.paragraphs[first][0], lay.paragraphs[stop - 1][1]) for first, stop in units]
    # every report holds a reporting verb: a plain search for one first, the outlet pattern only where it is
    lowered = text.lower()
    verb, haystack = (_lowered_verbs(langs), lowered) if len(lowered) == len(text) else (_source_patterns(langs)[1], text)
    need = max(REVIEW_MIN_REPORTS, REVIEW_MIN_SHARE * len(units))
    voiced: list[bool] = []
    for index, (start, end) in enumerate(ranges):
        if sum(voiced) + len(ranges) - index < need:  # the rest cannot make it a review: stop reading
            return []
        voiced.append(verb.search(haystack, start, end) is not None)
    if sum(voiced) < need:
        return []
    reporting = [said and reports_on_source(text, start, end, langs) is not None
                 for said, (start, end) in zip(voiced, ranges)]
    if reporting.count(True) < need:
        return []
    spans = []
    for (first, stop), reports in zip(units[reporting.index(True):], reporting[reporting.index(True):]):
        lines = lay.paragraphs[first:stop]
        if not reports and text[lines[0][0]] in _QUOTE_OPENERS:
            continue
        spans.extend(Span(s, e, "lead", 1.0, "rule", "lead: a press review's paragraph (the republisher reports on its sources)")
                     for s, e in lines if text[e - 1] in _SENTENCE_ENDS)
    return spans
