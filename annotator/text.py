"""Input text: type checks, decoding and language detection.

Everything that takes text goes through :func:`coerce_text`, so every public
function accepts the same inputs and fails the same way.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from . import lang as registry

DEFAULT_MAX_CHARS = 5_000_000


class InputError(ValueError):
    """Raised for text the library cannot read (bad bytes, over the size limit)."""


class NotUTF8Error(InputError):
    """Bytes that are not UTF-8; ``position`` and ``reason`` say where and why, so a caller with
    its own option for ``errors`` (the command line's ``--errors``) can name that instead."""

    def __init__(self, position: int, reason: str, hint: str = "decode it yourself or pass errors='replace'"):
        self.position, self.reason = position, reason
        super().__init__(f"text is not valid UTF-8 (byte {position}: {reason}); {hint}")


def coerce_text(text: object, errors: str = "strict", max_chars: int | None = None) -> str:
    """Return ``text`` as ``str``: ``bytes`` are decoded as UTF-8, other types are refused.

    ``errors`` is passed to ``bytes.decode`` (``"strict"``, ``"replace"``, ``"ignore"``...).
    ``max_chars`` (when given) refuses longer texts with :class:`InputError`.
    """
    if isinstance(text, str):
        result = text
    elif isinstance(text, (bytes, bytearray, memoryview)):
        try:
            result = bytes(text).decode("utf-8", errors)
        except UnicodeDecodeError as exc:
            raise NotUTF8Error(exc.start, exc.reason) from None
    else:
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    if max_chars is not None and len(result) > max_chars:
        raise InputError(f"text has {len(result):,} characters, over the limit of {max_chars:,}")
    return result


def check_lang(lang: str | None) -> str | None:
    """``lang`` when it is ``None`` (detect it) or a supported code of :data:`annotator.lang.LANGUAGES`;
    anything else (``"English"``, ``"xx"``) raises :class:`InputError` naming the supported codes."""
    if lang is None or (isinstance(lang, str) and lang in registry.LANGUAGES):
        return lang
    raise InputError(f"unknown language {lang!r}: pass one of {', '.join(registry.LANGUAGES)}, "
                     "or None to detect it")


# Language detection: script first, then a handful of characteristic letters and
# function words per language (``DETECTION_LETTERS``, ``DETECTION_WORDS`` in
# :mod:`annotator.lang`).  Cheap, deterministic and sure of most articles; short
# texts it is unsure of go to py3langid (:func:`guess_lang`).  Callers who know
# the language pass ``lang``.
_LETTERS = {code: letters for code, letters in registry.table("DETECTION_LETTERS").items() if letters}
_WORD_SETS = {code: frozenset(words) for code, words in registry.table("DETECTION_WORDS").items()}
# What each function word and each telling letter votes for (a word may vote for several languages).
_WORD_VOTES = {word: tuple(lang for lang, words in _WORD_SETS.items() if word in words)
               for word in frozenset().union(*_WORD_SETS.values())}
_LETTER_VOTES = {letter: tuple(lang for lang, letters in _LETTERS.items() if letter in letters)
                 for letter in "".join(_LETTERS.values())}
_TELLING_LETTER = re.compile("[" + "".join(sorted(_LETTER_VOTES)) + "]")
# Script counts on UTF-8 bytes, in C: a Cyrillic letter's first byte is one of
# ``CYRILLIC_UTF8_LEADS``; ASCII letters are what survives deleting every other byte.
_SCRIPTS = registry.script_languages()
_CYRILLIC_LEADS = registry.CYRILLIC_UTF8_LEADS
_NOT_ASCII_LETTER = bytes(b for b in range(256) if b not in registry.ASCII_LETTER_BYTES)
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 2_000


# The hand-written guess is sure when the votes that only its language got (its own function
# words and letters) number at least SURE_VOTES and SURE_RATIO times the best other language's,
# and its function words alone would pick it too: a Russian article quoting a Ukrainian
# minister has Ukrainian letters, but its function words stay Russian.
SURE_VOTES = 8
SURE_RATIO = 3

# When that guess is unsure (most single sentences and paragraphs), py3langid's naive Bayes
# model reads the text's first LIBRARY_SAMPLE characters.  Its guess is sure when its
# probability is at least LIBRARY_SURE and the hand-written guess names the same language: in
# a short cut of a mixed text the quoted language may win the library's vote, the function
# words rarely (benchmarks/bench_langid.py, BENCHMARKS.md "Language detection").
LIBRARY_SAMPLE = 1_000
LIBRARY_SURE = 0.9


@dataclass(frozen=True, slots=True)
class LangGuess:
    """A detected language and the evidence for it."""

    lang: str  # ISO 639-1 code; "und" when the text has no Latin or Cyrillic letters
    votes: int  # votes only the hand-written guess's language got: its own function words, 3 a telling letter
    rival: int  # the most such votes another language of the same script got
    words_agree: bool  # the function words alone pick the hand-written guess's language too
    library: float | None = None  # py3langid's probability for ``lang`` when the hand-written guess was unsure
    agrees: bool = True  # the hand-written guess names ``lang`` too (always so when the library was not asked)

    @property
    def confidence(self) -> float:
        """The library's probability when it was asked, else the hand-written guess's share of the votes."""
        if self.library is not None:
            return self.library if self.agrees else 0.0
        return self.votes / (self.votes + self.rival) if self.words_agree and self.votes else 0.0

    @property
    def sure(self) -> bool:
        """Sure enough to pick the language's tables alone (see ``SURE_VOTES``, ``LIBRARY_SURE``)."""
        if self.library is not None:
            return self.agrees and self.library >= LIBRARY_SURE
        return self.words_agree and self.votes >= SURE_VOTES and self.votes >= SURE_RATIO * self.rival


def guess_lang(text: str) -> LangGuess:
    """Guess an ISO 639-1 code, with how sure the guess is.

    Script, letters and function words first (cheap, and sure of most
    articles); py3langid on the text's start when they are unsure.
    """
    guess = hand_guess(text)
    if guess.sure or guess.lang == "und":
        return guess
    lang, probability = _identifier().classify(text[:LIBRARY_SAMPLE])
    return LangGuess(lang, guess.votes, guess.rival, guess.words_agree, probability, lang == guess.lang)


def hand_guess(text: str) -> LangGuess:
    """The hand-written guess alone: script, letters and function words (see ``SURE_VOTES``)."""
    sample = text[:_SAMPLE]
    raw = sample.encode("utf-8", "surrogatepass")
    cyrillic = len(raw) - len(raw.translate(None, _CYRILLIC_LEADS))
    latin = len(raw.translate(None, _NOT_ASCII_LETTER))
    if cyrillic == 0 and latin == 0:
        return LangGuess("und", 0, 0, False)
    candidates = _SCRIPTS["cyrillic"] if cyrillic >= latin else _SCRIPTS["latin"]
    scores = dict.fromkeys(candidates, 0)
    own_words = dict.fromkeys(candidates, 0)  # function words that vote for one candidate only
    own_letters = dict.fromkeys(candidates, 0)
    for word, count in Counter(filter(_WORD_VOTES.__contains__, _WORD.findall(sample.lower()))).items():
        voters = [lang for lang in _WORD_VOTES[word] if lang in scores]
        for lang in voters:
            scores[lang] += count
        if len(voters) == 1:
            own_words[voters[0]] += count
    for letter, count in Counter(_TELLING_LETTER.findall(sample)).items():  # one pass for every language's letters
        voters = [lang for lang in _LETTER_VOTES[letter] if lang in scores]
        for lang in voters:
            scores[lang] += 3 * count
        if len(voters) == 1:
            own_letters[voters[0]] += 3 * count
    guess = max(candidates, key=lambda lang: (scores[lang], -candidates.index(lang)))
    own = {lang: own_words[lang] + own_letters[lang] for lang in candidates}
    rival = max((own[lang] for lang in candidates if lang != guess), default=0)
    by_words = max(candidates, key=lambda lang: (own_words[lang], lang == guess))
    return LangGuess(guess, own[guess], rival, by_words == guess)


def detect_lang(text: str) -> str:
    """Guess an ISO 639-1 code (:func:`guess_lang`); ``"und"`` when there are no Latin or Cyrillic letters."""
    return guess_lang(text).lang


_IDENTIFIER: list[Any] = []
_IDENTIFIER_LOCK = threading.Lock()


def _identifier() -> Any:
    """py3langid's identifier restricted to the library's languages, loaded once (about a second)."""
    if not _IDENTIFIER:
        with _IDENTIFIER_LOCK:
            if not _IDENTIFIER:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                identifier.set_languages(list(registry.DETECTED))  # only what the hand guess can confirm
                _IDENTIFIER.append(identifier)
    return _IDENTIFIER[0]
