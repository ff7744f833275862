"""Italian.

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÈÉÌÍÎÒÓÙÚ"
DETECTION_LETTERS = "ìòù"
DETECTION_WORDS: tuple[str, ...] = (
    "il", "della", "che", "di", "per", "una", "sono", "non", "gli", "nel", "alla", "del",
)

NOTE_MARKERS: tuple[str, ...] = ("N.d.R.", "NdR", "Nota della redazione")
TRANSLATOR_MARKERS: tuple[str, ...] = ("N.d.T.", "NdT", "Nota del traduttore")
AUTHOR_MARKERS: tuple[str, ...] = ("N.d.A.", "nota dell'autore")

DISCLAIMERS: tuple[tuple[str, str], ...] = (("tradotto automaticamente", r"re:tradott[oa]\s+automaticamente"),)
CREDIT_LINES: tuple[tuple[str, str], ...] = (
    ("Articolo tratto da", r"re:Articolo\s+(?:tratto\s+da|apparso\s+su|pubblicato\s+su|uscito\s+su)\s"),
    ("Tutti i diritti riservati", r"re:Tutti\s+i\s+diritti\s+(?:sono\s+)?(?:riservati|protetti)"), ("Traduzione di", r"re:Traduzione\s+(?:di|a\s+cura\s+di)\s"),
    # a translation notice under a republished text
    ("Questo articolo è stato pubblicato originariamente", r"re:Questo\s+articolo\s+è\s+stato\s+pubblicato\s+(?:originariamente|per\s+la\s+prima\s+volta)\s"),
    ("Traduzione dal", r"re:Traduzione\s+dal"),
)

ASIDE_BRACKET_OPENERS: tuple[str, ...] = ("come se", "il che, ovviamente,", "cosa che, ovviamente,")
ASIDE_SENTENCE_OPENERS: tuple[str, ...] = ("L'autore dimentica", "L'autore tace", "L'autore non menziona")
ASIDE_CUES: dict[str, tuple[str, ...]] = {
    "author": ("l'autore", "gli autori"),
    "as_if": ("come se",),
    "of_course": ("ovviamente", "naturalmente"),
}

OUTLET_VERBS: tuple[str, ...] = ("scrive", "riporta", "riportano", "ripresa da", "ripresa dalla", "ripresa dall'")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("il quotidiano", "il giornale", "il settimanale")
MODEL_OUTLET_VERBS: tuple[str, ...] = ("scrive", "secondo")

# A republisher's lead in any layout: how it reports on its source and names the source's author.
LEAD_VERBS: tuple[str, ...] = ("scrive", "riporta", "sostiene", "ritiene", "spiega")
SOURCE_AUTHORS: tuple[str, ...] = ("l'autore", "il giornalista", "il corrispondente", "il quotidiano", "il giornale")

# A lead between a headline and a byline that calls its source an outlet ('the Polish portal Interia'),
# and the words a byline line opens with ('By', 'Par').
SOURCE_OUTLET_NOUNS: tuple[str, ...] = ("quotidiano", "giornale", "settimanale", "rivista", "portale", "sito", "agenzia", "emittente", "testata")
BYLINE_OPENERS: tuple[str, ...] = ("di", "Intervista di")
BYLINE_CONJUNCTIONS: tuple[str, ...] = ("e",)

# A republisher's bracket that speaks of the source in the third person: an aside in a translation
# ('(газета об этом умалчивает)', '(the author does not say why)').
ASIDE_SOURCE_WORDS: tuple[tuple[str, str], ...] = (
    ("l'autore, il giornale, il quotidiano, l'articolo", r"re:(?:l['’](?:autore|articolo)|(?:il|del|al)\s+(?:giornale|quotidiano|testo)|la\s+redazione)"),
)
