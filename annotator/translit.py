"""Does a bracket spell the words before it in another script?  Names compared by transliteration.

A translator who writes ``Биньямин Нетаньяху (Benjamin Netanyahu)`` adds the
original-language spelling of a name he transliterated: a ``gloss`` in the
guide.  Spelling systems differ (``Netanyahu``, ``Netanjahu``; ``Zelensky``,
``Selenskyj``), so names are compared as consonant skeletons: Cyrillic goes
to Latin by the Russian and the Ukrainian tables (``TRANSLITERATION`` in
:mod:`annotator.lang`), both sides lose accents and vowels and fold the
consonant groups spelling systems disagree on (``sh``/``sch``/``ch``,
``kh``/``h``/``ch``, ``ts``/``tz``/``z``), and :class:`difflib.SequenceMatcher`
compares what is left.  :data:`NAME_MATCH` (0.75 on the best window)
separates names from acronyms and from unrelated words.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from . import lang as registry

NAME_MATCH = 0.75  # the lowest similarity at which a bracket spells the words before it (another script)
DOUBLED_MATCH = 0.85  # the same, for a bracket that repeats a name in the same script
MAX_WORDS = 6  # a longer bracket is a phrase of its own, not a spelling
BEFORE_WORDS = 4  # words before the bracket tried as the spelled name

_TABLES: tuple[dict[str, str], ...] = tuple(registry.table("TRANSLITERATION").values())
# (pattern, replacement), applied in order to a lower-case, accent-free Latin word
# (``x`` first: the ``x`` that ``kh`` becomes must stay one letter)
_SKELETON_STEPS: tuple[tuple[str, str], ...] = (
    ("x", "ks"), ("shch", "s"), ("sch", "s"), ("tsch", "c"), ("sh", "s"), ("zh", "z"), ("dzh", "z"), ("dj", "z"), ("j", "z"),
    ("ch", "c"), ("tch", "c"), ("kh", "x"), ("ts", "c"), ("tz", "c"), ("(?<=[lnr])z", "c"), ("ph", "f"), ("th", "t"), ("ck", "k"),
    ("gh", "x"), ("qu", "kv"), ("q", "k"), ("w", "v"), ("c(?=[eiy])", "s"), ("c", "k"),
    ("g", "x"), ("h", "x"), ("[aeiouy]", ""), (r"(.)\1+", r"\1"),
)
_SKELETON = tuple((re.compile(pattern), replacement) for pattern, replacement in _SKELETON_STEPS)
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def script(word: str) -> str:
    """``'cyrillic'``, ``'latin'`` or ``''`` (neither, or both): the script of a word's letters."""
    cyrillic, latin = bool(_CYRILLIC.search(word)), bool(_LATIN.search(word))
    if cyrillic == latin:
        return ""
    return "cyrillic" if cyrillic else "latin"


def plain_latin(text: str) -> str:
    """``text`` lower-cased without accents: ``Jérôme Müller`` -> ``jerome muller``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def to_latin(text: str) -> tuple[str, ...]:
    """``text`` in Latin letters by each Cyrillic table (Russian, Ukrainian), each spelling once."""
    lowered = text.lower()
    return tuple(dict.fromkeys("".join(table.get(c, c) for c in lowered) for table in _TABLES))


@lru_cache(maxsize=4096)
def skeleton(word: str) -> str:
    """The consonants a name keeps in every spelling system: ``Netanyahu`` -> ``ntnx``."""
    word = plain_latin(word)
    for pattern, replacement in _SKELETON:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=4096)
def _skeletons(words: str) -> tuple[str, ...]:
    """The skeleton of a run of words, once per transliteration when it is Cyrillic (empty ones left out)."""
    spellings = to_latin(words) if _CYRILLIC.search(words) else (words,)
    found = dict.fromkeys(" ".join(skeleton(w) for w in WORD.findall(s)) for s in spellings)
    return tuple(skeleton for skeleton in found if skeleton.strip())


def similarity(first: str, second: str) -> float:
    """How alike two runs of words sound, in any script: 1.0 for the same skeleton."""
    best = 0.0
    for a in _skeletons(first):
        for b in _skeletons(second):
            best = max(best, SequenceMatcher(None, a, b, autojunk=False).ratio())
    return best


def similar(first: str, second: str, threshold: float) -> bool:
    """``similarity(first, second) >= threshold`` (``threshold > 0``), without every ratio worked out.

    A pair of skeletons whose ratio cannot reach ``threshold`` is passed over: the
    ratio is at most ``2 * min(len) / (len + len)`` and at most
    :meth:`~difflib.SequenceMatcher.quick_ratio`, both far cheaper to compute.
    """
    for a in _skeletons(first):
        for b in _skeletons(second):
            if 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < threshold:
                continue
            matcher = SequenceMatcher(None, a, b, autojunk=False)
            if matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold:
                return True
    return False


def _runs(before: str, content: str) -> list[tuple[str, str]] | None:
    """The (words before, bracket's words) pairs :func:`best_match` compares; ``None`` when there are none."""
    before_words = WORD.findall(before[-120:])[-BEFORE_WORDS:]
    words = WORD.findall(content)
    if not before_words or not words or len(words) > MAX_WORDS:
        return None
    runs = [" ".join(words[i:]) for i in range(len(words))] + [" ".join(words[:j]) for j in range(1, len(words))]
    return [(" ".join(before_words[-k:]), run) for k in range(1, len(before_words) + 1) for run in runs]


def best_match(before: str, content: str) -> float:
    """The best similarity between the bracket's words and the words right before it.

    The bracket's words are tried whole, from their first word and up to their
    last (``(Benjamin Netanyahu)`` after ``Нетаньяху``); the words before it
    as the last one to :data:`BEFORE_WORDS`.
    """
    return max((similarity(window, run) for window, run in _runs(before, content) or ()), default=0.0)


class Budget:
    """The name comparisons a text may still make, so that the spelling rule's work per text is bounded.

    A comparison is one pair of word runs :func:`spells` may compare (up to
    ``BEFORE_WORDS * (2 * MAX_WORDS - 1)`` per bracket), or one doubled name.
    A text of thousands of Latin brackets would otherwise compare every one.
    """

    __slots__ = ("left",)

    def __init__(self, left: int) -> None:
        self.left = left

    def spend(self, comparisons: int) -> bool:
        """Take ``comparisons`` if that many are left; if not, take none now or ever after and say so."""
        if comparisons > self.left:
            self.left = 0
            return False
        self.left -= comparisons
        return True


def spells(before: str, content: str, threshold: float = NAME_MATCH, budget: Budget | None = None) -> bool:
    """``best_match(before, content) >= threshold`` (``threshold > 0``): stops at the first pair that reaches it.

    With a ``budget`` the bracket is compared only when its every pair of runs
    fits in what is left (``False`` otherwise), and they are taken from it.
    """
    if budget is not None and not budget.left:  # spent: not worth finding the runs
        return False
    pairs = _runs(before, content) or ()
    if budget is not None and not budget.spend(len(pairs)):
        return False
    return any(similar(window, run, threshold) for window, run in pairs)
