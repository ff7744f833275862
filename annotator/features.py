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
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterator

from . import markers as M
from .alternation import trie_alternation
from .rules import author_note
from .candidates import Candidate, Layout, sentence_candidates
from .spans import SIGNED_KINDS, Span

CHARS, WORDS, CONTEXT = 0, 1, 2
NUMBER_COLUMNS = slice(3, None)

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

_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_SURROGATE = re.compile("[\ud800-\udfff]")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d(?:\s*[-–—]\s*(?:1[89]|20)?\d\d)?$")
_CUE_WORDS = sorted({cue.lower() for cues in M.ASIDE_CUES.values() for cue in cues})
_CUE = re.compile(r"(?<!\w)" + trie_alternation(_CUE_WORDS), re.IGNORECASE)
# "…, сообщает Corriere della Sera.", "…, Bloomberg reports.", "according to Le Monde": a lead names the
# outlet it reports on, in Latin letters or in quotes, right next to the verb.
_OUTLET = r"(?:the\s+)?(?:[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|de|del|della|di|la|le))*|«[^»\n]{1,40}»)"
_OUTLET_ATTRIBUTION = re.compile(
    r"(?:пишет|сообщает|сообщают|пишут|отмечает|утверждает|считает|по\s+данным|по\s+мнению|reports|writes|"
    r"wrote|reported|according\s+to|says|notes|schreibt|berichtet|écrit|selon|escribe|según|scrive|secondo|pisze)"
    rf"\s+{_OUTLET}|{_OUTLET}\s+(?:reports|writes|reported|says|notes|пишет|сообщает)\b")
_VERB_WORDS = sorted({verb.lower() for verbs in M.REPORTING_VERBS.values() for verb in verbs})
_ANY_VERB = re.compile(r"\b" + trie_alternation(_VERB_WORDS) + r"\b", re.IGNORECASE)
# The same word lists searched in a lower-cased copy of the text: case-insensitive
# patterns are three times slower, and these run over most of every article.
_CUE_LOWER = re.compile(_CUE.pattern)
_ANY_VERB_LOWER = re.compile(_ANY_VERB.pattern)


def _lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset (a few letters lower-case to two characters)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def _cue_spans(text: str, lowered: str | None) -> tuple[list[int], list[int]]:
    matches = _CUE_LOWER.finditer(lowered) if lowered is not None else _CUE.finditer(text)
    starts, ends = [], []
    for match in matches:
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def _has_cue(cues: tuple[list[int], list[int]], start: int, end: int) -> bool:
    index = bisect_left(cues[0], start)
    return index < len(cues[0]) and cues[1][index] <= end


def model_candidates(text: str, lay: Layout, brackets: list[Candidate], lang: str,
                     proposals: list[Span]) -> Iterator[tuple[Candidate, tuple]]:
    """The candidates the model scores, each with its feature row."""
    decided = {(span.start, span.end) for span in proposals}
    signed = sorted((span.start, span.end) for span in proposals if span.kind in SIGNED_KINDS)
    signed_starts = [start for start, _ in signed]
    reach = list(accumulate((end for _, end in signed), max))  # furthest end among spans starting so far
    n_paragraphs = len(lay.paragraphs)
    lowered = _lowered(text)
    cues = _cue_spans(text, lowered)

    def open_(candidate: Candidate) -> bool:
        """Not decided by a rule and not inside a signed note (the marker decides the whole note)."""
        if (candidate.start, candidate.end) in decided:
            return False
        index = bisect_right(signed_starts, candidate.start) - 1
        return index < 0 or reach[index] < candidate.end

    for candidate in brackets:
        if candidate.bracket in "([" and candidate.end - candidate.start <= MAX_MODEL_BRACKET and open_(candidate) \
                and not author_note(text[candidate.start + 1:candidate.end - 1]):
            yield candidate, row(text, candidate, lay, lang, lowered)
    cued = [_has_cue(cues, start, end) for start, end in lay.paragraphs]
    for index, (start, end) in enumerate(lay.paragraphs):
        if index == LEAD_PARAGRAPH:
            wanted = end - start <= MAX_LEAD_PARAGRAPH
        else:
            wanted = end - start <= MAX_SHORT_PARAGRAPH and (index >= n_paragraphs - END_PARAGRAPHS or cued[index])
        if wanted:
            candidate = Candidate(start, end, "paragraph", index)
            if open_(candidate):
                yield candidate, row(text, candidate, lay, lang, lowered)
    for candidate in sentence_candidates(text, lay, [i for i, cue in enumerate(cued) if cue]):
        if candidate.end - candidate.start <= MAX_MODEL_SENTENCE and _has_cue(cues, candidate.start, candidate.end) \
                and open_(candidate):
            yield candidate, row(text, candidate, lay, lang, lowered)


def _clip(text: str) -> str:
    if len(text) <= _TEXT_HEAD + _TEXT_TAIL:
        return text
    return text[:_TEXT_HEAD] + " … " + text[-_TEXT_TAIL:]


def row(text: str, candidate: Candidate, lay: Layout, lang: str, lowered: str | None = None) -> tuple:
    """One candidate's feature row (see the module docstring for the columns)."""
    start, end = candidate.start, candidate.end
    body = _clip(text[start:end])
    n_paragraphs = max(len(lay.paragraphs), 1)
    para_start, para_end = lay.paragraphs[candidate.paragraph] if lay.paragraphs else (0, len(text))
    left = text[max(0, start - _CONTEXT_LEFT):start]
    right = text[end:end + _CONTEXT_RIGHT]
    words = _WORD.findall(body)
    letters = sum(map(str.isalpha, body)) or 1
    shape = _shape(text, lowered, candidate, lay, body, words, left, right, lang, n_paragraphs, para_start, para_end)
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
    if _SURROGATE.search(body) or _SURROGATE.search(context):
        # Lone surrogates are legal in a str but not in UTF-8, which the hashing vectorizers use.
        body, context = _SURROGATE.sub("\ufffd", body), _SURROGATE.sub("\ufffd", context)
    return (body if candidate.unit == "bracket" else "", body, context, *numbers)


def _shape(text: str, lowered: str | None, candidate: Candidate, lay: Layout, body: str, words: list[str], left: str, right: str,
           lang: str, n_paragraphs: int, para_start: int, para_end: int) -> str:
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
    if any(q in body for q in "«»\"“”"):
        tokens.append(f"{unit}&has_quote")
    window_end = min(candidate.end, candidate.start + _VERB_WINDOW)
    if lowered is not None:
        verb = _ANY_VERB_LOWER.search(lowered, candidate.start, window_end)
    else:
        verb = _ANY_VERB.search(text, candidate.start, window_end)
    if verb:
        tokens.append(f"{unit}&reporting_verb")
        tokens.append(f"{unit}&para={position}&reporting_verb")
    if candidate.start == para_start and candidate.end == para_end:
        tokens.append(f"{unit}&whole_paragraph")
    if unit == "paragraph":
        layout_tokens = _neighbours(text, lay, candidate.paragraph, bool(verb))
        tokens += layout_tokens
        if candidate.paragraph == LEAD_PARAGRAPH and \
                _OUTLET_ATTRIBUTION.search(text, candidate.start, min(candidate.end, candidate.start + _VERB_WINDOW)):
            tokens.append("attributed_to_outlet")
            tokens.append(f"para={position}&attributed_to_outlet")
        if "between_title_likes" in layout_tokens and verb:
            tokens.append(f"para={position}&between_title_likes&reporting_verb")
    if _inside_quote(text, candidate.start, para_start):
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


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w[:1].isupper())


def _inside_quote(text: str, position: int, para_start: int) -> bool:
    """An odd number of quote marks between the paragraph start and ``position``."""
    window = text[max(para_start, position - 400):position]
    opens = window.count("«") + window.count("“")
    closes = window.count("»") + window.count("”")
    return opens > closes or window.count('"') % 2 == 1
