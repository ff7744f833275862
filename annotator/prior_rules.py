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
from typing import Iterable

from . import lang as registry
from . import translit
from .alternation import trie_alternation, trie_alternation_or_never
from .candidates import Candidate, Layout
from .names import BYLINE, words_alternation
from .rules import (EDGE_PARAGRAPHS, _units, body_ranks, lead_spans, matches_at_least, original_bracket,
                    reporting_verbs, reports_on_source)
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
    original, ``стратегическая неопределенность (strategic ambiguity)``, or a
    translated name given in Latin letters after Cyrillic ones, ``Комиссия по
    делам благотворительных организаций (Charity Commission)``, count
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
    if republished and _LANGUAGE_LABEL.match(content):
        # "(лит. Nemuno aušra)", "(russ. Пункт …)": the bracket names the language of the word it gives
        return f"original spelling: {content}"
    if republished and _OTHER_SCRIPT.match(content):
        # "(中国科学院)", "(محمد الجدعان)", "(霍尔果斯, kasach. Qorğas)": the original in a script neither the
        # text nor a transliteration uses, which only a translator adds
        return f"original spelling: {content}"
    if republished and _expands_acronym(before, content):
        # "the APU (Armed Forces of Ukraine)" (the guide's gloss): a translator spells out the acronym it kept
        return f"acronym spelled out: {content}"
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
    if inner == "latin" and outer == "cyrillic" and not _mixed_case_acronym(words):
        # "Комиссия по делам благотворительных организаций (Charity Commission)": a translation gives the
        # original name of what it translated; the author of a Russian text would have written it in Russian
        return f"original name: {content}"
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


_LANGUAGE_LABEL = re.compile(rf"(?:{trie_alternation(registry.entries('LANGUAGE_LABELS'))})[ \t]+\S")
# A letter of neither the Latin nor the Cyrillic script (Han, Arabic, Greek, Hebrew, Georgian …)
_OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF]")


def _expands_acronym(before: str, content: str) -> bool:
    """The bracket spells out the acronym right before it: its capitalised words start with the acronym's
    letters, in order (``ZUS (Zakład Ubezpieczeń Społecznych)``, ``SAP (Special Anti-corruption
    Prosecutor's Office)``)."""
    tail = before.rstrip(" \t")
    if not tail[-1:].isupper():  # the cheap test first: most brackets follow a lower-case letter
        return False
    start = len(tail)
    while start > 0 and len(tail) - start <= 8 and tail[start - 1].isalpha():
        start -= 1
    acronym = tail[start:]
    if not 2 <= len(acronym) <= 8 or not acronym.isupper() or (start > 0 and (tail[start - 1].isalnum() or
                                                                              tail[start - 1] == "_")):
        return False
    if any(ch.isdigit() for ch in content):
        return False
    initials = "".join(word[0] for word in translit.WORD.findall(content) if word[0].isupper())
    return len(initials) >= 2 and initials.upper() == acronym.upper()


def _mixed_case_acronym(words: tuple[str, ...]) -> bool:
    """One short word, most of it capitals: ``FinCEN``, ``PiS``, ``AfD``, an acronym however it is cased."""
    if len(words) != 1 or len(words[0]) > 8:
        return False
    capitals = sum(map(str.isupper, words[0]))
    return capitals >= 2 and 2 * capitals > len(words[0])


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
        credits = tuple((span.start, span.end) for span in proposals if span.kind == "disclaimer")
        spans.extend(lead_spans(text, lay, langs, republished=True, skip=credits))
    if republished:
        spans.extend(copyright_spans(text, lay))
        spans.extend(source_asides(text, brackets, [*proposals, *spans], langs))
    if leads:
        taken = {(span.start, span.end) for span in (*proposals, *spans) if span.kind == "lead"}
        others = tuple((span.start, span.end) for span in (*proposals, *spans) if span.kind != "lead")
        spans.extend(span for span in review_spans(text, lay, langs, taken=others) if (span.start, span.end) not in taken)
    return spans


MAX_SOURCE_ASIDE = 300  # a longer bracket is the author's own discussion
# "(… did not answer the newspaper's questions)", "(… told the paper)": the source speaking of itself
_SOURCE_FORMULA = re.compile(r"(?i:запрос|вопрос|сообщил|рассказал|заявил|ответил|пояснил|признал|told|said\s+to|"
                             r"request|asked\s+by|spoke\s+to|questions?\s+from|запит|розповів|повідомив|gegenüber|"
                             r"Anfrage|sagte|a\s+déclaré|a\s+confié|dijo\s+a|declaró\s+a|ha\s+detto|powiedział|zapytan)")


@lru_cache(maxsize=None)
def _source_words(langs: tuple[str, ...] | None) -> re.Pattern[str]:
    """A word for the source in the third person (``ASIDE_SOURCE_WORDS``) that does not name an outlet:
    "(газета об этом умалчивает)", but not "(газета «Известия»)" or "(The Daily Telegraph, …)"."""
    words = words_alternation(registry.selected_entries("ASIDE_SOURCE_WORDS", langs))
    capitals = registry.capital_class()[1:-1]  # every language's capitals, without the class brackets
    return re.compile(rf"(?<!\w)(?i:{words or '(?!)'})(?!\w)(?![ \t]*[«„\"“{capitals}])")


def source_asides(text: str, brackets: list[Candidate], taken: list[Span],
                  langs: tuple[str, ...] | None = None) -> list[Span]:
    """Brackets of a republished text that speak of the source in the third person: the republisher's asides.

    The source's author does not call himself "the author" nor his paper "the newspaper" (``автор этих
    строк``, the author of these lines, and the authors of a bill are excepted in the table); a
    republisher commenting on them does (the guide's ``(the authors "forget" to say …)``).  A bracket
    that reports what someone told the newspaper is the source's own (``_SOURCE_FORMULA``).  Brackets
    another rule decided or that overlap another rule's span, and brackets broken over lines, are left
    alone.
    """
    bounds = [(span.start, span.end) for span in taken]
    pattern = _source_words(langs)
    out = []
    for candidate in brackets:
        start, end = candidate.start, candidate.end
        if candidate.bracket != "(" or end - start > MAX_SOURCE_ASIDE + 2 or "\n" in text[start:end]:
            continue
        match = pattern.search(text, start + 1, end - 1)
        if match is None or _SOURCE_FORMULA.search(text, start + 1, end - 1):
            continue
        if _overlaps(start, end, bounds):
            continue
        out.append(Span(start, end, "aside", 1.0, "rule", f"aside: speaks of the source ({match.group()})"))
    return out


# "© Council on Foreign Relations, Inc." under a republished translation: the source's copyright line, which
# the republisher prints with it (the guide's disclaimer; docs/FORMS.md).  In an outlet's own article a line
# opening with "©" is its own (a photo credit, its site's notice), so the rule needs the prior.  A photo
# credit closes the extracted text of many articles ("© <photographer>/<agency>"): a copyright line names a
# year or a company ("Inc.", "Ltd"), or reserves rights.
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)(?=\s)|Copyright\b)")
_NOTICE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:Inc|Ltd|LLC|GmbH|S\.A|AG|Corp)\b|(?i:rights\s+reserved|права\s+защищены)")
MAX_COPYRIGHT_CHARS = 160


def copyright_spans(text: str, lay: Layout) -> list[Span]:
    """The copyright lines among the last paragraphs of a republished text: disclaimers."""
    ranks = body_ranks(text, lay)
    last = ranks[-1] if ranks else 0
    return [Span(start, end, "disclaimer", 1.0, "rule", "copyright line of the source")
            for (start, end), rank in zip(lay.paragraphs, ranks)
            if last - rank < EDGE_PARAGRAPHS and end - start <= MAX_COPYRIGHT_CHARS and _COPYRIGHT.match(text, start)
            and _NOTICE.search(text, start, end)]


# A press review: a republisher's text made of paragraphs that each report what a foreign outlet wrote
# ("Американское издание X пишет, что …"; docs/FORMS.md).  Every paragraph of it is a lead.
REVIEW_MIN_REPORTS = 3  # paragraphs that name a source and report on it
REVIEW_MIN_SHARE = 0.6  # of its body paragraphs
REVIEW_MIN_NAMED = 1  # of them that name their source with a reporting verb (reports_on_source)
_QUOTE_OPENERS = "«\"“„'‘-–—"
_SENTENCE_ENDS = ".!?…»\"”)"


# A press review is itself what gives a republisher away, when nothing else does (an extracted page that
# lost its header and footer): held to more reporting paragraphs than inside a text known to be republished.
# On the training-allowed own articles (NG ng_0, NEREL train, RT train: 7,457 texts) it fires on one, RT's
# retelling of a New York Times article; half the body instead of three quarters would call 11 of them
# republished, NG's own reviews of the foreign press among them.
REVIEW_EVIDENCE_REPORTS = 4
REVIEW_EVIDENCE_SHARE = 0.75


def review_evidence(text: str, lay: Layout, langs: tuple[str, ...] | None = None) -> str | None:
    """The republication signal a press review gives (:func:`review_spans`, held higher), or ``None``."""
    spans = review_spans(text, lay, langs, REVIEW_EVIDENCE_REPORTS, REVIEW_EVIDENCE_SHARE)
    return f"press review: {len(spans)} lines report on sources" if spans else None


def review_verbs(langs: tuple[str, ...] | None) -> tuple[str, ...]:
    """The words a review's report holds: the reporting verbs and the review's own (``REVIEW_VERBS``)."""
    return tuple(dict.fromkeys((*reporting_verbs(langs), *registry.selected_entries("REVIEW_VERBS", langs))))


@lru_cache(maxsize=None)
def _review_verbs(langs: tuple[str, ...] | None) -> re.Pattern[str]:
    """:func:`review_verbs` in any case (for a text whose lower-casing changes its length)."""
    return re.compile(rf"(?<!\w)(?i:{trie_alternation_or_never(review_verbs(langs))})(?!\w)")


@lru_cache(maxsize=None)
def _lowered_verbs(langs: tuple[str, ...] | None) -> re.Pattern[str]:
    """:func:`review_verbs`, lower-cased, for a search of the lower-cased text (a case-sensitive trie is
    several times faster than ``(?i:…)`` over every paragraph)."""
    return re.compile(rf"(?<!\w)(?:{trie_alternation_or_never(verb.lower() for verb in review_verbs(langs))})(?!\w)")


def review_spans(text: str, lay: Layout, langs: tuple[str, ...] | None = None,
                 min_reports: int = REVIEW_MIN_REPORTS, min_share: float = REVIEW_MIN_SHARE,
                 taken: tuple[tuple[int, int], ...] = ()) -> list[Span]:
    """Every paragraph of a press review a republisher wrote whole: a lead, one span per line.

    A review (or a retelling of one article) is a text whose paragraphs under the
    headline mostly report on a source in the third person (:func:`_reports`: by
    name, or referring back to it), at least ``min_reports`` of them and
    ``min_share`` of its body paragraphs, one of them by name.  A
    body paragraph ends like a sentence or runs over several lines; a subhead, a
    date, a byline and a paragraph that is only a quotation of the source (it
    opens with a quote or a dash and reports on no one) are not body, and stay
    original.  Every body paragraph under the headline is the republisher's,
    its introduction and its conclusion too, except what another rule took
    (``taken``: a disclaimer); each of its lines is a lead (the guide's
    hard-wrapped paragraph).  Call it only for a republished text.
    """
    units = _units(lay)[1:]
    if len(units) < min_reports or _signed_by_a_person(text, lay):
        return []
    # every report holds a reporting verb: a plain search for one first, the outlet patterns only where it is;
    # most texts hold fewer verbs than a review has reports, and one scan of the whole text says so
    lowered = text.lower()
    verb, haystack = (_lowered_verbs(langs), lowered) if len(lowered) == len(text) else (_review_verbs(langs), text)
    if not matches_at_least(verb, min_reports, haystack, lay.paragraphs[units[0][0]][0]):
        return []
    ranges = [(lay.paragraphs[first][0], lay.paragraphs[stop - 1][1]) for first, stop in units]
    sentences = [stop - first > 1 or text[end - 1] in _SENTENCE_ENDS for (first, stop), (_, end) in zip(units, ranges)]
    quoted = [text[start] in _QUOTE_OPENERS for start, _ in ranges]
    body = sum(1 for sentence, quote in zip(sentences, quoted) if sentence and not quote)
    need = max(min_reports, min_share * body)
    voiced: list[bool] = []
    left = sum(sentences)
    for (start, end), sentence in zip(ranges, sentences):
        if sum(voiced) + left < need:  # the rest cannot make it a review: stop reading
            return []
        voiced.append(sentence and verb.search(haystack, start, end) is not None)
        left -= sentence
    strength = [_reports(text, start, end, langs) if said else 0 for said, (start, end) in zip(voiced, ranges)]
    reporting = [bool(level) for level in strength]
    if reporting.count(True) < max(need, min_share * (body + sum(r and q for r, q in zip(reporting, quoted)))) \
            or strength.count(NAMED) < REVIEW_MIN_NAMED:
        return []
    spans = []
    for (first, stop), (start, end), sentence, quote, reports in zip(units, ranges, sentences, quoted, reporting):
        if not sentence or (quote and not reports) or _overlaps(start, end, taken):
            continue
        spans.extend(Span(s, e, "lead", 1.0, "rule", "lead: a press review's paragraph (the republisher reports on its sources)")
                     for s, e in lay.paragraphs[first:stop])
    return spans


def _overlaps(start: int, end: int, bounds: Iterable[tuple[int, int]]) -> bool:
    """``[start, end)`` shares a character with one of ``bounds``."""
    return any(s < end and start < e for s, e in bounds)


def _signed_by_a_person(text: str, lay: Layout) -> bool:
    """A name alone on the second or third line: the byline a translated article carries under its headline.

    A review or retelling the republisher wrote carries none (no article of the writers' corpus with more than
    one lead line has one there, and 207 of its translations do), nor does an outlet's own review signed by
    its journalist count as the republisher's.  A date or a rubric line is not a name.
    """
    return any(BYLINE.fullmatch(text, start, end) and not any(c.isdigit() for c in text[start:end])
               for start, end in lay.paragraphs[1:3])


_LATIN_NAME = re.compile(r"(?<!\w)[A-Z][A-Za-z'’&.-]+")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()\n]*\)")


NAMED, REFERRED = 2, 1  # how a paragraph reports: it names its source, or only refers to one


def _reports(text: str, start: int, end: int, langs: tuple[str, ...] | None) -> int:
    """The paragraph (which holds a review's verb) reports on its source: the outlet patterns; a foreign
    (Latin-script) name in a Cyrillic paragraph (``к такому выводу приходит Frankfurter Allgemeine``); or the
    source referred back to (``По словам колумниста``, ``the columnist argues``), as a retelling does."""
    if reports_on_source(text, start, end, langs) is not None:
        return NAMED
    if _CYRILLIC.search(text, start, end) and _LATIN_NAME.search(text, start, end):
        # an outlet keeps its Latin name in a Cyrillic text; a name in brackets is rather a spelling (a gloss)
        return NAMED if _LATIN_NAME.search(_BRACKETED.sub(" ", text[start:end])) else REFERRED
    return REFERRED if _source_stems(langs).search(text, start, end) is not None else 0


@lru_cache(maxsize=None)
def _source_stems(langs: tuple[str, ...] | None) -> re.Pattern[str]:
    """``REVIEW_SOURCE_STEMS`` of ``langs`` as one pattern (one that never matches where they have none)."""
    return re.compile(rf"(?<!\w)(?i:{trie_alternation_or_never(registry.selected_entries('REVIEW_SOURCE_STEMS', langs))})")
