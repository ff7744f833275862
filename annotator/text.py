"""Input text: type checks, decoding and language detection.

Everything that takes text goes through :func:`coerce_text`, so every public
function accepts the same inputs and fails the same way.
"""

from __future__ import annotations

import re
from collections import Counter

from . import lang as registry

DEFAULT_MAX_CHARS = 5_000_000


class InputError(ValueError):
    """Raised for text the library cannot read (bad bytes, over the size limit)."""


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
            raise InputError(
                f"text is not valid UTF-8 (byte {exc.start}: {exc.reason}); "
                "decode it yourself or pass errors='replace'"
            ) from None
    else:
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    if max_chars is not None and len(result) > max_chars:
        raise InputError(f"text has {len(result):,} characters, over the limit of {max_chars:,}")
    return result


# Language detection: script first, then a handful of characteristic letters and
# function words per language (``DETECTION_LETTERS``, ``DETECTION_WORDS`` in
# :mod:`annotator.lang`).  Cheap, deterministic and good enough to pick marker
# tables; callers who know the language pass ``lang``.
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


def detect_lang(text: str) -> str:
    """Guess an ISO 639-1 code from script, letters and function words; ``"und"`` when unsure."""
    sample = text[:_SAMPLE]
    raw = sample.encode("utf-8", "surrogatepass")
    cyrillic = len(raw) - len(raw.translate(None, _CYRILLIC_LEADS))
    latin = len(raw.translate(None, _NOT_ASCII_LETTER))
    if cyrillic == 0 and latin == 0:
        return "und"
    candidates = _SCRIPTS["cyrillic"] if cyrillic >= latin else _SCRIPTS["latin"]
    scores = dict.fromkeys(candidates, 0)
    for word, count in Counter(filter(_WORD_VOTES.__contains__, _WORD.findall(sample.lower()))).items():
        for lang in _WORD_VOTES[word]:
            if lang in scores:
                scores[lang] += count
    for letter, count in Counter(_TELLING_LETTER.findall(sample)).items():  # one pass for every language's letters
        for lang in _LETTER_VOTES[letter]:
            if lang in scores:
                scores[lang] += 3 * count
    return max(candidates, key=lambda lang: (scores[lang], -candidates.index(lang)))
