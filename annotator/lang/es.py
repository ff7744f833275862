"""Spanish.

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÍÑÓÚÜ"
DETECTION_LETTERS = "ñ¿¡Ñ"
DETECTION_WORDS: tuple[str, ...] = ("el", "los", "las", "del", "que", "en", "por", "una", "para", "con", "es", "se")
OPENING_MARKS: tuple[str, ...] = ("¿", "¡")

NOTE_MARKERS: tuple[str, ...] = ("N. de la R.", "N. de la Red.", "Nota de la redacción", "N. del E.", "Nota del editor")
TRANSLATOR_MARKERS: tuple[str, ...] = ("N. del T.", "Nota del traductor")
AUTHOR_MARKERS: tuple[str, ...] = ("N. del A.", "nota del autor")

DISCLAIMERS: tuple[tuple[str, str], ...] = (
    ("reproducimos el artículo", r"re:reproducimos\s+(?:el|la|este|esta)\s"), ("servida automáticamente", r"re:(?:sirve|servida)\s+automáticamente"),
    ("no ha sido editado", r"re:no\s+ha\s+sido\s+editad[ao]"), ("traducido automáticamente", r"re:traducid[oa]\s+automáticamente"),
)
CREDIT_LINES: tuple[tuple[str, str], ...] = (
    ("Artículo de …, en …", r"re:Artículo\s+de\s+[^\n]{1,80},\s+en\s+\S"), ("Publicado en", r"re:\(?Publicado\s+en\s"), ("Traducción:", r"re:Traducción\s*:"),
    # a translation notice under a republished text
    ("Traducción del …", r"re:Traducción\s+del?\s+\w+"),
    ("Este texto fue publicado originalmente", r"re:Este\s+(?:texto|artículo)\s+fue\s+publicado\s+originalmente\s"),
)

ASIDE_BRACKET_OPENERS: tuple[str, ...] = ("como si", "lo que, por supuesto,", "lo cual, por supuesto,")
ASIDE_SENTENCE_OPENERS: tuple[str, ...] = ("El autor olvida", "El autor omite", "El autor no menciona")
ASIDE_CUES: dict[str, tuple[str, ...]] = {
    "author": ("el autor", "los autores"),
    "as_if": ("como si",),
    "of_course": ("por supuesto",),
    "obviously": ("evidentemente",),
}

OUTLET_VERBS: tuple[str, ...] = ("escribe", "informa", "recogida por", "recogido por", "según")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("el diario", "el periódico", "la revista")
MODEL_OUTLET_VERBS: tuple[str, ...] = ("escribe", "según")

# A republisher's lead in any layout: how it reports on its source and names the source's author.
LEAD_VERBS: tuple[str, ...] = ("escribe", "informa", "opina", "sostiene", "explica", "cree")
SOURCE_AUTHORS: tuple[str, ...] = ("el autor", "el columnista", "el periodista", "el corresponsal", "el diario", "el periódico")

# A lead between a headline and a byline that calls its source an outlet ('the Polish portal Interia'),
# and the words a byline line opens with ('By', 'Par').
SOURCE_OUTLET_NOUNS: tuple[str, ...] = ("diario", "periódico", "semanario", "revista", "portal", "sitio", "agencia", "cadena", "rotativo")
BYLINE_OPENERS: tuple[str, ...] = ("Por", "Entrevista de")
BYLINE_CONJUNCTIONS: tuple[str, ...] = ("y",)

# A republisher's bracket that speaks of the source in the third person: an aside in a translation
# ('(газета об этом умалчивает)', '(the author does not say why)').
ASIDE_SOURCE_WORDS: tuple[tuple[str, str], ...] = (
    ("el autor, el diario, el periódico, el artículo, el texto", r"re:(?:el|del|al)\s+(?:autor|diario|periódico|artículo|texto)|la\s+redacción"),
)
