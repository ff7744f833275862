"""Features of a candidate: its text, its context and its place in the article.

A candidate becomes one row, a plain tuple whose columns the model's
``ColumnTransformer`` reads by position:

0 ``chars``    a bracket's text, for character n-grams (empty for other units:
               n-grams over every sentence would cost more than they teach)
1 ``words``    the candidate's text (long ones cut to head and tail)
2 ``context``  tokens: the words around it (``L=``/``R=``) and its shape
               (unit, paragraph position, bracket, capitalisation...)
3+             numbers: length, position in the article, character shares

Rows are built for exactly the candidates the rules left open, so training
and prediction see the same population.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Iterable, Iterator, NamedTuple

import ahocorasick

from . import lang as registry
from .markers import opener_pattern
from .alternation import trie_alternation_or_never
from .rules import author_note, headline_outlet, original_bracket
from .candidates import Candidate, Layout, inside_quote, sentence_candidates
from .spans import SIGNED_KINDS, Span

CHARS, WORDS, CONTEXT = 0, 1, 2
NUMBER_COLUMNS = slice(3, None)

# The model's work per text is bounded: at most max_model_rows(len(text)) bracket rows, and as many
# paragraph and sentence rows.  Measured on the 3,333 texts of the fixed prediction sets
# (`tools/predictions.py work`): none needs more than 64 + 3.05 rows per 1,000 characters (the densest,
# 135 bracket rows in 23,299 characters), so one row per 300 characters above the 64 never cuts them;
# text dense with brackets ("word (aside) " repeated) stops there instead of asking the model about every
# group (see benchmarks/bench_worst_case.py).
MODEL_ROWS_BASE = 64
CHARS_PER_MODEL_ROW = 300


def max_model_rows(n_chars: int) -> int:
    """The most rows of one unit (brackets; paragraphs and sentences) the model scores in a text."""
    return MODEL_ROWS_BASE + n_chars // CHARS_PER_MODEL_ROW


MAX_MODEL_BRACKET = 400  # longer groups are the author's own asides, not insertions
# Where whole editorial paragraphs sit, from the training data: a lead right under
# the headline (paragraph 1, under 700 characters), short labels and notes in the
# last two; elsewhere only a short paragraph with an aside cue.
LEAD_PARAGRAPH = 1
MAX_LEAD_PARAGRAPH = 700
END_PARAGRAPHS = 2
MAX_SHORT_PARAGRAPH = 300
MAX_MODEL_SENTENCE = 300
_TEXT_HEAD, _TEXT_TAIL = 100, 60
_VERB_WINDOW = 400  # a lead names its source early: "…, Bloomberg reports."
_CONTEXT_LEFT, _CONTEXT_RIGHT = 40, 25
_ACRONYM_WINDOW = 80  # the name an acronym abbreviates stands right before it

_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_QUOTE = re.compile("[«»\"“”]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d(?:\s*[-–—]\s*(?:1[89]|20)?\d\d)?$")
# "…, сообщает Corriere della Sera.", "…, Bloomberg reports.", "according to Le Monde": a lead names the
# outlet it reports on, in Latin letters or in quotes, right next to the verb.
# The shipped model was trained with ASCII capitals and lower-case articles here.  Bounded repeats
# keep the search from backtracking quadratically over a run of capitalised words; whether it finds
# an attribution changes only next to a capitalised "word" over 61 characters.
_OUTLET_WORD = rf"{registry.capital_class('en')}[\w&.'-]{{0,60}}"
_OUTLET_ARTICLE = "|".join(re.escape(article) for article in registry.entries("OUTLET_ARTICLES"))
_OUTLET_PARTICLE = "|".join(re.escape(particle) for particle in registry.OUTLET_NAME_PARTICLES)
_OUTLET = (rf"(?:(?:{_OUTLET_ARTICLE})\s+)?(?:{_OUTLET_WORD}(?:\s+(?:{_OUTLET_WORD}|{_OUTLET_PARTICLE})){{0,8}}"
           r"|«[^»\n]{1,40}»)")


class Vocabulary(NamedTuple):
    """The cue words and reporting verbs of some languages (tables the text's language selects)."""

    cue_concept: dict[str, str]  # lower-cased cue -> its concept ("автор" and "the author" -> "author")
    cue_words: list[str]
    cue: re.Pattern[str]
    cue_automaton: ahocorasick.Automaton
    any_verb: re.Pattern[str]
    any_verb_lower: re.Pattern[str]
    outlet_attribution: re.Pattern[str]


def _words_pattern(words: Iterable[str], before: str = "", after: str = "", flags: int = 0) -> re.Pattern[str]:
    """A trie of ``words`` between ``before`` and ``after``; a pattern that never matches when there are none."""
    return re.compile(before + trie_alternation_or_never(words) + after, flags)


@lru_cache(maxsize=None)
def vocabulary(langs: tuple[str, ...] | None = None) -> Vocabulary:
    """The cue and verb patterns of ``langs`` (``None``: every language's), built once per selection."""
    concept = {cue.lower(): name for name, by_lang in registry.selected_cues(langs).items()
               for cues in by_lang.values() for cue in cues}
    words = sorted(concept)
    # Every cue starts with a word character (a test checks), so ``\b`` means "no word
    # character before it": a third faster than the equivalent lookbehind ``(?<!\w)``.
    cue = _words_pattern(words, r"\b", flags=re.IGNORECASE)
    verbs = sorted({verb.lower() for verb in registry.selected_entries("REPORTING_VERBS", langs)})
    any_verb = _words_pattern(verbs, r"\b", r"\b", re.IGNORECASE)
    before = "|".join(opener_pattern(verb) for verb in registry.selected_entries("MODEL_OUTLET_VERBS", langs))
    after = "|".join(opener_pattern(verb) for verb in registry.selected_entries("MODEL_OUTLET_VERBS_AFTER", langs))
    attribution = "|".join(([rf"(?:{before})\s+{_OUTLET}"] if before else [])
                           + ([rf"{_OUTLET}\s+(?:{after})\b"] if after else [])) or "(?!)"
    # The verbs searched in a lower-cased copy of the text: a case-insensitive pattern
    # is three times slower, and it runs over the first 400 characters of every candidate.
    return Vocabulary(concept, words, cue, _cue_automaton(words), any_verb, re.compile(any_verb.pattern),
                      re.compile(attribution))


def _lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset (a few letters lower-case to two characters)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def _cue_automaton(words: list[str]) -> ahocorasick.Automaton:
    """Aho-Corasick finds every cue in one pass in C, in about half the time of the regex scan."""
    automaton = ahocorasick.Automaton()
    for cue in words:
        automaton.add_word(cue, len(cue))
    if words:
        automaton.make_automaton()
    return automaton


EVERY_LANGUAGE = vocabulary(None)
_CUE_CONCEPT, _CUE_WORDS, _CUE = EVERY_LANGUAGE.cue_concept, EVERY_LANGUAGE.cue_words, EVERY_LANGUAGE.cue


def _cue_spans(text: str, lowered: str | None,
               vocab: Vocabulary = EVERY_LANGUAGE) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and concepts (``ASIDE_CUES`` groups) of the cue words in ``text``.

    The same matches as ``vocab.cue.finditer``: at each word start the longest cue,
    then on from its end.  ``lowered`` is searched when it keeps the offsets.
    """
    if lowered is None:
        matches = [(m.start(), m.end(), m.group().lower()) for m in vocab.cue.finditer(text)]
    elif not vocab.cue_words:
        matches = []
    else:
        longest: dict[int, int] = {}  # cue start -> furthest cue end from there
        for last, length in vocab.cue_automaton.iter(lowered):
            start = last + 1 - length
            if start and (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
                continue  # inside a word: \b would not match here
            if longest.get(start, -1) <= last:
                longest[start] = last + 1
        matches, reached = [], 0
        for start in sorted(longest):
            if start >= reached:
                reached = longest[start]
                matches.append((start, reached, lowered[start:reached]))
    starts = [start for start, _, _ in matches]
    ends = [end for _, end, _ in matches]
    concepts = [vocab.cue_concept.get(cue, "other") for _, _, cue in matches]  # IGNORECASE also matches "ſ" for "s"
    return starts, ends, concepts


@dataclass(frozen=True, slots=True)
class Document:
    """What every candidate's row reads from its article, computed once per article."""

    text: str
    lay: Layout
    lang: str
    lowered: str | None  # text.lower() when offsets survive lower-casing
    cue_starts: list[int]
    cue_ends: list[int]
    cue_concepts: list[str]
    headline_outlet: str | None  # "The Economist" in "The Economist (UK): Why …"
    surrogates: bool  # lone surrogates somewhere in the text
    vocab: Vocabulary  # the cue words and verbs of the languages selected for it

    @classmethod
    def of(cls, text: str, lay: Layout, lang: str, langs: tuple[str, ...] | None = None) -> Document:
        """``langs``: whose cue words and verbs count (``None``: every language's)."""
        lowered = _lowered(text)
        vocab = vocabulary(langs)
        starts, ends, concepts = _cue_spans(text, lowered, vocab)
        return cls(text, lay, lang, lowered, starts, ends, concepts, headline_outlet(text, lay),
                   _has_surrogates(text), vocab)

    def has_cue(self, start: int, end: int) -> bool:
        """A cue word lies wholly inside ``[start, end)``."""
        index = bisect_left(self.cue_starts, start)
        return index < len(self.cue_starts) and self.cue_ends[index] <= end

    def cues_in(self, start: int, end: int) -> list[tuple[int, str]]:
        """``(start, concept)`` of every cue word wholly inside ``[start, end)``."""
        index = bisect_left(self.cue_starts, start)
        found = []
        while index < len(self.cue_starts) and self.cue_starts[index] < end:
            if self.cue_ends[index] <= end:
                found.append((self.cue_starts[index], self.cue_concepts[index]))
            index += 1
        return found


def _has_surrogates(text: str) -> bool:
    """Lone surrogates anywhere in ``text`` (encoding fails on them; five times faster than a regex scan)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def model_candidates(text: str, lay: Layout, brackets: list[Candidate], lang: str,
                     proposals: list[Span],
                     langs: tuple[str, ...] | None = None,
                     limit: int | None = None) -> Iterator[tuple[Candidate, tuple]]:
    """The candidates the model scores, each with its feature row.

    Brackets whose form says they are the source's own
    (``rules.original_bracket``, party tags) are never asked about, in training
    and prediction alike.  ``langs`` (see
    :func:`annotator.lang.selection`) picks whose cue words and reporting verbs
    count; ``None``: every language's.  ``limit`` (prediction passes
    :func:`max_model_rows`) stops after that many bracket rows, the first in
    text order, and after that many paragraph and sentence rows; training
    passes ``None`` and sees every candidate.
    """
    decided = {(span.start, span.end) for span in proposals}
    signed = sorted((span.start, span.end) for span in proposals if span.kind in SIGNED_KINDS)
    signed_starts = [start for start, _ in signed]
    reach = list(accumulate((end for _, end in signed), max))  # furthest end among spans starting so far
    n_paragraphs = len(lay.paragraphs)
    doc = Document.of(text, lay, lang, langs)

    def open_(candidate: Candidate) -> bool:
        """Not decided by a rule and not inside a signed note (the marker decides the whole note)."""
        if (candidate.start, candidate.end) in decided:
            return False
        index = bisect_right(signed_starts, candidate.start) - 1
        return index < 0 or reach[index] < candidate.end

    left = limit
    for candidate in brackets:
        if left == 0:
            break
        if candidate.bracket in "([" and candidate.end - candidate.start <= MAX_MODEL_BRACKET and open_(candidate):
            content = text[candidate.start + 1:candidate.end - 1]
            if not author_note(content) and not original_bracket(content):
                left = None if left is None else left - 1
                yield candidate, row(doc, candidate)
    left = limit
    cued = [doc.has_cue(start, end) for start, end in lay.paragraphs]
    for index, (start, end) in enumerate(lay.paragraphs):
        if index == LEAD_PARAGRAPH:
            wanted = end - start <= MAX_LEAD_PARAGRAPH
        else:
            wanted = end - start <= MAX_SHORT_PARAGRAPH and (index >= n_paragraphs - END_PARAGRAPHS or cued[index])
        if wanted and left != 0:
            candidate = Candidate(start, end, "paragraph", index)
            if open_(candidate):
                left = None if left is None else left - 1
                yield candidate, row(doc, candidate)
    for candidate in sentence_candidates(text, lay, [i for i, cue in enumerate(cued) if cue]):
        if left == 0:
            break
        if candidate.end - candidate.start <= MAX_MODEL_SENTENCE and doc.has_cue(candidate.start, candidate.end) \
                and open_(candidate):
            left = None if left is None else left - 1
            yield candidate, row(doc, candidate)


def _clip(text: str) -> str:
    if len(text) <= _TEXT_HEAD + _TEXT_TAIL:
        return text
    return text[:_TEXT_HEAD] + " … " + text[-_TEXT_TAIL:]


def row(doc: Document, candidate: Candidate) -> tuple:
    """One candidate's feature row (see the module docstring for the columns)."""
    text, lay = doc.text, doc.lay
    start, end = candidate.start, candidate.end
    body = _clip(text[start:end])
    n_paragraphs = max(len(lay.paragraphs), 1)
    para_start, para_end = lay.paragraphs[candidate.paragraph] if lay.paragraphs else (0, len(text))
    left = text[max(0, start - _CONTEXT_LEFT):start]
    right = text[end:end + _CONTEXT_RIGHT]
    words = _WORD.findall(body)
    letters = sum(map(str.isalpha, body)) or 1
    shape = _shape(doc, candidate, body, words, left, right, n_paragraphs, para_start, para_end)
    context = " ".join([*("L=" + w.lower() for w in _WORD.findall(left)[-4:]),
                        *("R=" + w.lower() for w in _WORD.findall(right)[:3]), shape])
    numbers = (
        math.log1p(end - start),
        start / max(len(text), 1),
        candidate.paragraph / n_paragraphs,
        math.log1p(len(words)),
        sum(map(str.isupper, body)) / letters,
        sum(map(str.isdigit, body)) / max(len(body), 1),
        (end - start) / max(para_end - para_start, 1),
    )
    if doc.surrogates and (_SURROGATE.search(body) or _SURROGATE.search(context)):
        # Lone surrogates are legal in a str but not in UTF-8, which the hashing vectorizers use.
        body, context = _SURROGATE.sub("\ufffd", body), _SURROGATE.sub("\ufffd", context)
    return (body if candidate.unit == "bracket" else "", body, context, *numbers)


def _shape(doc: Document, candidate: Candidate, body: str, words: list[str], left: str, right: str,
           n_paragraphs: int, para_start: int, para_end: int) -> str:
    text, lowered, lay, lang = doc.text, doc.lowered, doc.lay, doc.lang
    unit = candidate.unit
    position = min(candidate.paragraph, 5)
    tokens = [f"unit={unit}", f"{unit}&para={position}", f"lang={lang}", f"{unit}&lang={lang}"]
    if candidate.paragraph >= n_paragraphs - 2:
        tokens.append(f"{unit}&near_end")
    if candidate.paragraph == n_paragraphs - 1:
        tokens.append(f"{unit}&last")
    inner = body[1:-1].strip() if unit == "bracket" else body
    first_word = words[0] if words else ""
    if unit == "bracket":
        tokens += [f"br={candidate.bracket}", f"depth={min(candidate.depth, 3)}"]
        prev_words = _WORD.findall(left[-30:])
        previous = prev_words[-1] if prev_words else ""
        if previous[:1].isupper():
            tokens.append("after_capitalised")
        if previous.isupper() and len(previous) >= 2:
            tokens.append("after_acronym")
        if left.endswith(" "):
            tokens.append("after_space")
        if right[:1] in ".,;:":
            tokens.append("before_punct")
        if _YEAR.match(inner):
            tokens.append("content=year")
        if inner.endswith((".", "!", "?")):
            tokens.append("content_ends_sentence")
        if previous and previous.isupper() and len(words) >= 2 and _initials(words) == previous.upper():
            tokens.append("expands_acronym")
        if _is_acronym(inner):
            # "the Congressional Budget Office (CBO)": the author's own abbreviation, not a gloss
            tokens.append("content=acronym")
            if _abbreviates(text[max(0, candidate.start - _ACRONYM_WINDOW):candidate.start], inner):
                tokens.append("abbreviates_previous")
    n = len(words)
    tokens.append(f"{unit}&words={min(n, 6) if n < 6 else 'many' if n > 20 else 'some'}")
    if first_word[:1].isupper():
        tokens.append(f"{unit}&starts_upper")
    if first_word[:1].islower():
        tokens.append(f"{unit}&starts_lower")
    if n and all(w[:1].isupper() for w in words):
        tokens.append(f"{unit}&all_capitalised")
    if _DIGIT.search(inner):
        tokens.append(f"{unit}&has_digit")
    if "%" in inner:
        tokens.append(f"{unit}&percent")
    if _QUOTE.search(body):
        tokens.append(f"{unit}&has_quote")
    cues = doc.cues_in(candidate.start, candidate.end)
    if cues:
        # cue words are language-specific, their concepts are not: "the author" and "автор" are one token
        inner_start = candidate.start + (unit == "bracket")
        tokens.append(f"{unit}&cue")
        tokens += sorted({f"{unit}&cue={concept}" for _, concept in cues})
        if cues[0][0] <= inner_start + 1:
            tokens.append(f"{unit}&starts_with_cue={cues[0][1]}")
    window_end = min(candidate.end, candidate.start + _VERB_WINDOW)
    if lowered is not None:
        verb = doc.vocab.any_verb_lower.search(lowered, candidate.start, window_end)
    else:
        verb = doc.vocab.any_verb.search(text, candidate.start, window_end)
    if verb:
        tokens.append(f"{unit}&reporting_verb")
        tokens.append(f"{unit}&para={position}&reporting_verb")
    if candidate.start == para_start and candidate.end == para_end:
        tokens.append(f"{unit}&whole_paragraph")
    if unit == "paragraph":
        layout_tokens = _neighbours(text, lay, candidate.paragraph, bool(verb))
        tokens += layout_tokens
        if candidate.paragraph == LEAD_PARAGRAPH and \
                doc.vocab.outlet_attribution.search(text, candidate.start, min(candidate.end, candidate.start + _VERB_WINDOW)):
            tokens.append("attributed_to_outlet")
            tokens.append(f"para={position}&attributed_to_outlet")
        if "between_title_likes" in layout_tokens and verb:
            tokens.append(f"para={position}&between_title_likes&reporting_verb")
        if candidate.paragraph == LEAD_PARAGRAPH and doc.headline_outlet:
            tokens.append("headline_names_outlet")
            if doc.headline_outlet in text[candidate.start:candidate.end]:
                tokens.append("names_headline_outlet")
    if inside_quote(text, candidate.start, para_start):
        tokens.append(f"{unit}&inside_quote")
    return " ".join(tokens)


def _is_title_like(text: str, start: int, end: int) -> bool:
    """A short line without a closing full stop: a headline or a byline."""
    return end - start <= 120 and text[end - 1] not in ".!?…:;"


def _neighbours(text: str, lay: Layout, index: int, reporting: bool) -> list[str]:
    """The article layout around a paragraph: a lead sits between a headline and a byline."""
    tokens = []
    if index > 0 and _is_title_like(text, *lay.paragraphs[index - 1]):
        tokens.append("after_title_like")
    if index + 1 < len(lay.paragraphs) and _is_title_like(text, *lay.paragraphs[index + 1]):
        tokens.append("before_title_like")
        if reporting:
            tokens.append("before_title_like&reporting_verb")
    if len(tokens) == 2:
        tokens.append("between_title_likes")
    return tokens


def _is_acronym(inner: str) -> bool:
    """``CBO``, ``CDU and CSU``, ``АдГ``: short, mostly capitals."""
    if len(inner) > 16:
        return False
    letters = [ch for ch in inner if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    return 2 <= capitals and capitals * 2 > len(letters)


def _abbreviates(left: str, acronym: str) -> bool:
    """The capitalised words just before the bracket start with the acronym's letters, in order."""
    letters = [ch for ch in acronym if ch.isupper()]
    initials = [w[0] for w in _WORD.findall(left) if w[:1].isupper()][-len(letters):]
    return "".join(initials).upper() == "".join(letters).upper()


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w[:1].isupper())
