"""The languages the library knows, and the one registry of their words.

Each language has one module here (``en``, ``ru``, ``uk``, ``de``, ``fr``,
``es``, ``it``, ``pl``, and with form tables only ``pt``, ``cs``, ``sk``,
``sr``, ``hr``, ``bg``, ``ro``, ``hu``, ``tr``, ``nl``, ``ca``) that holds every word it contributes, as plain tables
named in :data:`TABLES`; :mod:`annotator.lang.common` holds what no single
language owns (dashes, elision marks, name particles, scripts).  The rest of
the library reads words only through this registry, so a word added to a
language module reaches every rule, feature and detector that uses its table.

The text's language selects some tables (:data:`SELECTED_TABLES`: the forms
a republisher writes in that language, its leads, asides and cue words);
when detection is sure, only that language's apply (:func:`selection`).
Every other table applies to every text whatever the guess: a signed note,
a legal label or a disclaimer is cheap to look for and unambiguous, and
names (renamed places, outlets) come with the place, not with the text.

The registry is plain data and cheap to import: tools read it too
(``lang.table("NOTE_MARKERS")``, ``lang.entries("LEGAL_LABELS", "ru")``), and the
repository's dataset builders keep their words here as well (the ``SILVER_`` and
``SYNTH_`` tables), so no word list lives outside this package.
How table entries are written (dashes, ``(name, "re:pattern")`` pairs) is described in
:mod:`annotator.markers`, which compiles them.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, Iterable

from . import bg, ca, common, cs, de, en, es, fr, hr, hu, it, nl, pl, pt, ro, ru, sk, sr, tr, uk
from .common import (
    ASCII_LETTER_BYTES,
    CYRILLIC_UTF8_LEADS,
    DASH,
    INLINE_ELISIONS,
    ORIGINAL_BRACKETS,
    OUTLET_NAME_PARTICLES,
    PARAGRAPH_ELISIONS,
    PERSON_NAME_PARTICLES,
)

__all__ = [
    "LANGUAGES", "DETECTED", "TABLES", "SELECTED_TABLES", "module", "table", "entries", "cues", "capitals", "capital_class",
    "script_languages", "selection", "selected_entries", "selected_cues",
    "ASCII_LETTER_BYTES", "CYRILLIC_UTF8_LEADS", "DASH", "INLINE_ELISIONS", "ORIGINAL_BRACKETS",
    "OUTLET_NAME_PARTICLES", "PARAGRAPH_ELISIONS", "PERSON_NAME_PARTICLES",
]

_MODULES: dict[str, ModuleType] = {
    "en": en, "ru": ru, "uk": uk, "de": de, "fr": fr, "es": es, "it": it, "pl": pl,
    # languages with form tables only (no detection words: the detector never picks them,
    # so a text in them keeps every language's tables)
    "pt": pt, "cs": cs, "sk": sk, "sr": sr, "hr": hr, "bg": bg, "ro": ro, "hu": hu, "tr": tr, "nl": nl, "ca": ca,
}
LANGUAGES: tuple[str, ...] = tuple(_MODULES)
# The languages the detector can name: those with detection words.
DETECTED: tuple[str, ...] = tuple(code for code, module in _MODULES.items() if getattr(module, "DETECTION_WORDS", ()))

# Every table a language module may hold, and what its entries are.  A language
# leaves out the tables it has no words for.
TABLES: dict[str, str] = {
    # the language itself
    "SCRIPT": "the script it is written in: 'latin' or 'cyrillic'",
    "CAPITALS": "its capital letters (a sentence, a name, a headline starts with one)",
    "DETECTION_LETTERS": "letters that tell it from the other languages of its script",
    "DETECTION_WORDS": "frequent function words that vote for it",
    "OPENING_MARKS": "marks a sentence may open with before its capital ('¿', '„')",
    # signed insertions: kinds note and translator_note, and the source author's own notes
    "NOTE_MARKERS": "markers of a note the editors or the republisher signed (kind note)",
    "TRANSLATOR_MARKERS": "markers of a note the translator signed (kind translator_note)",
    "AUTHOR_MARKERS": "markers of a note the source's own author signed (original text)",
    "LEGAL_LABELS": "(name, re: phrase) of the labels the republisher's law requires (kind legal_label)",
    "DISCLAIMERS": "(name, re: phrase) of the republisher's boilerplate about the material (kind disclaimer)",
    "CREDIT_LINES": "(name, re: opening) of a short edge line crediting the source or the translation ('Источник:', 'Translated by')",
    "LABEL_PARAGRAPHS": "(name, re: phrase) of a whole edge paragraph that is a mandated label (the upper-case agent texts)",
    # asides
    "ASIDE_PHRASES": "whole bracket contents that are an aside ('так в оригинале')",
    "ASIDE_BRACKET_OPENERS": "openings of a bracket only a republisher arguing with the source writes",
    "ASIDE_SENTENCE_OPENERS": "openings of a sentence only a republisher arguing with the source writes",
    "ASIDE_SOURCE_WORDS": "(name, re: words) with which a republisher's bracket speaks of the source in the third person ('газета', 'the author')",
    "ASIDE_CUES": "concept -> words of a republisher arguing; the model's cue tokens are the concepts",
    # leads
    "OUTLET_VERBS": "verbs with which a lead names the outlet it translates ('…, пишет The Times')",
    "OUTLET_DESCRIPTORS": "nouns that may stand between such a verb and the outlet ('газета', 'newspaper')",
    "OUTLET_ARTICLES": "articles that may open an outlet's name ('The Times')",
    "DESCRIPTOR_ARTICLES": "articles that may open a describing noun ('writes the Swiss newspaper')",
    "MODEL_OUTLET_VERBS": "verbs before an outlet's name, for the model's attributed_to_outlet token",
    "MODEL_OUTLET_VERBS_AFTER": "verbs after an outlet's name, for the same token ('Bloomberg reports')",
    "REPORTING_VERBS": "words of a lead reporting on the source, for the model's reporting_verb token",
    "BYLINE_CONJUNCTIONS": "words that join the names of a byline ('A and B'), and of a silver legal footnote",
    # glosses
    "RENAMED_PLACES": "(current name, former name) of renamed places",
    "GLOSS_PREFIXES": "words before a former name inside a gloss ('(formerly Artemovsk)')",
    "GLOSS_CURRENT_PREFIXES": "words before a current name inside a gloss ('(now Bakhmut)')",
    "GLOSS_OPENERS": "openings of a bracket that renames or translates the name before it ('(украинское название — X)')",
    "NAME_ENDING_LETTERS": "letters a case ending replaces at the end of a place name",
    "LANGUAGE_LABELS": "words naming a language that open a bracket giving a word in it ('(лит. …)', '(russ. …)'): a gloss in a translation",
    "TRANSLITERATION": "its letters in Latin, to tell a translator's original-language spelling of a name",
    # the republication prior
    "REPUBLISHERS": "names of outlets that republish translated foreign press (ИноСМИ, InoSMI)",
    "MACHINE_TRANSLATION_TRACES": "(name, re: pattern) of what a machine translation of a republisher's text leaves ('– Approx. ed.)')",
    "AGENCY_TAGS": "news agency tags a source writes in brackets ('(Reuters)'): never a gloss",
    "ORIGINAL_LINKS": "a republisher's link to the article it translated, in a first or last line ('Оригинал публикации')",
    "SOURCE_COUNTRIES": "countries a republisher writes after the outlet it translates, in its source line ('The Times, Великобритания')",
    # leads in any layout (a republished text's first block that reports on its source)
    "LEAD_VERBS": "verbs with which a republisher's lead reports on its source, beyond OUTLET_VERBS ('считает')",
    "SOURCE_AUTHORS": "nouns that name the source's author in a lead ('обозреватель', 'the author')",
    "SOURCE_OUTLET_NOUNS": "nouns that call a lead's source an outlet before its name, in any case ('портал Interia', 'the daily Kommersant')",
    "KNOWN_OUTLETS": "foreign outlets' names as written, whole words: a lead over a byline that names one is a republisher's ('Le Figaro')",
    "BYLINE_OPENERS": "words a byline line opens with before the names ('By', 'Par', 'Das Gespräch führte')",
    "REVIEW_VERBS": "words a press review's report holds beyond the lead and outlet verbs ('констатирует', 'к такому выводу приходит')",
    "REVIEW_SOURCE_STEMS": "stems with which a review or a retelling refers back to its source ('колумнист' in 'колумниста')",
    # the repository's dataset builders (tools/build_silver.py, tools/augment.py); the library reads none of these
    "SILVER_EDITOR_SIGNATURES": "signatures of an editors' note after a dash, for the silver builder ('прим. ред.')",
    "SILVER_TRANSLATOR_SIGNATURES": "signatures of a translator's note after a dash, for the silver builder ('прим. пер.')",
    "SILVER_AUTHOR_SIGNATURES": "signatures of the source author's own note, which the silver builder leaves unmarked",
    "SILVER_RT_SIGNATURES": "RT's signatures of its notes after a dash ('RT', 'прим. RT'), beyond the editors' ones",
    "SILVER_RT_DASHLESS_SIGNATURES": "RT's signature alone on the line after a note's full stop, where extraction lost the dash",
    "SILVER_NG_SIGNATURES": "Nezavisimaya Gazeta's signatures of its notes after a dash ('«НГ»', '«НВО»')",
    "SILVER_LEGAL_STEMS": "stems of a legal label's words ('террористическ'), for the silver builder",
    "SILVER_AGENT_STEMS": "stems of 'foreign agent' ('иноагент'), for the silver builder's legal labels",
    "SILVER_BAN_STEMS": "stems of 'banned' ('запрещ'), a legal label when followed by SILVER_IN_RUSSIA",
    "SILVER_RECOGNITION_STEMS": "stems of 'declared (a foreign agent, banned)' ('признан'), for bracketed legal labels",
    "SILVER_IN_RUSSIA": "where a ban holds ('в России', 'на территории РФ'), for the silver builder's legal labels",
    "SILVER_FOOTNOTE_DEFINITIONS": "stems after the dash of a legal footnote written without its '*' ('«X» — террористическ…')",
    "SILVER_FOOTNOTE_ENDINGS": "last words of a complete legal footnote ('России', 'организации')",
    "SYNTH_OUTLETS": "(outlet, its country) of the synthetic layout's headlines ('Bloomberg (США): …')",
    "SYNTH_LEAD_TEMPLATES": "the synthetic layout's leads: {s} the source's first sentence, {s_lower} lower-cased, {o} the outlet",
    "SYNTH_BYLINES": "bylines the synthetic layout writes under the lead",
    "SYNTH_DISCLAIMERS": "disclaimers the synthetic layout appends to an article",
    "SYNTH_ACRONYM_GLOSSES": "(acronym, its gloss) the synthetic layout inserts after an acronym",
    "SYNTH_TERM_GLOSSES": "(term, its gloss) the synthetic layout inserts after a term",
    "SYNTH_ASIDE_SENTENCES": "sentences of a republisher arguing that the synthetic layout ends a paragraph with",
    "SYNTH_ASIDE_BRACKETS": "bracketed asides the synthetic layout inserts after a sentence",
}


# The tables the text's language selects: its forms, leads, asides and cue words.  Each other
# table applies to every text, whatever the language guess.
SELECTED_TABLES: frozenset[str] = frozenset({
    "ASIDE_BRACKET_OPENERS", "ASIDE_SENTENCE_OPENERS", "ASIDE_CUES", "ASIDE_SOURCE_WORDS",
    "OUTLET_VERBS", "OUTLET_DESCRIPTORS", "DESCRIPTOR_ARTICLES",
    "MODEL_OUTLET_VERBS", "MODEL_OUTLET_VERBS_AFTER", "REPORTING_VERBS", "LEAD_VERBS", "SOURCE_AUTHORS", "SOURCE_OUTLET_NOUNS",
    "REVIEW_VERBS", "REVIEW_SOURCE_STEMS",
})


def _codes(langs: str | Iterable[str] | None) -> tuple[str, ...]:
    """``langs`` as known codes in :data:`LANGUAGES` order: ``None`` is every language, a string one."""
    if langs is None:
        return LANGUAGES
    wanted = {langs} if isinstance(langs, str) else set(langs)
    unknown = wanted - set(LANGUAGES)
    if unknown:
        raise ValueError(f"unknown language code(s) {sorted(unknown)}; known: {', '.join(LANGUAGES)}")
    return tuple(code for code in LANGUAGES if code in wanted)


def _check_name(name: str) -> None:
    if name not in TABLES:
        raise KeyError(f"no table {name!r}; tables: {', '.join(TABLES)}")


def module(code: str) -> ModuleType:
    """The module that holds one language's tables."""
    return _MODULES[_codes(code)[0]]


def table(name: str, langs: str | Iterable[str] | None = None) -> dict[str, Any]:
    """``{language: its table}`` for the languages that have table ``name``, in :data:`LANGUAGES` order.

    ``langs`` limits it to some languages (a code or several; ``None``: all).
    """
    _check_name(name)
    return {code: getattr(_MODULES[code], name) for code in _codes(langs) if hasattr(_MODULES[code], name)}


def entries(name: str, langs: str | Iterable[str] | None = None) -> tuple[Any, ...]:
    """Every entry of table ``name`` over ``langs``, the common ones first, each once, in table order."""
    _check_name(name)
    merged = [*getattr(common, name, ())]
    for value in table(name, langs).values():
        if isinstance(value, dict):
            raise TypeError(f"{name} maps concepts to words: use cues()")
        merged.extend(value)
    return tuple(dict.fromkeys(merged))


def cues(langs: str | Iterable[str] | None = None) -> dict[str, dict[str, tuple[str, ...]]]:
    """``ASIDE_CUES`` by concept: ``{concept: {language: words}}``, concepts in first-seen order."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for code, by_concept in table("ASIDE_CUES", langs).items():
        for concept, words in by_concept.items():
            out.setdefault(concept, {})[code] = words
    return out


def capitals(langs: str | Iterable[str] | None = None) -> str:
    """The capital letters of ``langs`` (all languages when ``None``), each once, sorted."""
    return "".join(sorted(set("".join(table("CAPITALS", langs).values()))))


def capital_class(langs: str | Iterable[str] | None = None) -> str:
    """A regex class of the capitals of ``langs``, runs of consecutive letters as ranges (``[A-ZÄÖÜ]``)."""
    letters = capitals(langs)
    runs: list[list[str]] = []
    for letter in letters:
        if runs and ord(letter) == ord(runs[-1][-1]) + 1:
            runs[-1].append(letter)
        else:
            runs.append([letter])
    parts = (f"{run[0]}-{run[-1]}" if len(run) > 2 else "".join(run) for run in runs)
    return "[" + "".join(parts) + "]"


def script_languages() -> dict[str, tuple[str, ...]]:
    """``{script: its languages}``, each in :data:`LANGUAGES` order."""
    out: dict[str, tuple[str, ...]] = {}
    for code, script in table("SCRIPT").items():
        out[script] = (*out.get(script, ()), code)
    return out


def selection(lang: str | None, sure: bool = True) -> tuple[str, ...] | None:
    """The languages whose selected tables apply to a text in ``lang``.

    ``(lang,)`` when the guess is ``sure`` and the language known; ``None``
    (every language's) otherwise: a text the detector is unsure of, or in a
    language without a module, keeps every form table.
    """
    return (lang,) if sure and lang in _MODULES else None


def selected_entries(name: str, langs: tuple[str, ...] | None) -> tuple[Any, ...]:
    """:func:`entries` of ``name`` for ``langs`` if the language selects that table, else every language's."""
    return entries(name, langs if name in SELECTED_TABLES else None)


def selected_cues(langs: tuple[str, ...] | None) -> dict[str, dict[str, tuple[str, ...]]]:
    """:func:`cues` for ``langs`` if the language selects ``ASIDE_CUES``, else every language's."""
    return cues(langs if "ASIDE_CUES" in SELECTED_TABLES else None)
