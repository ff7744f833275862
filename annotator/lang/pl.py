"""Polish.

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZĄĆĘŁŃÓŚŹŻ"
DETECTION_LETTERS = "ąęłńśźżĄĘŁŃŚŹŻ"
DETECTION_WORDS: tuple[str, ...] = ("nie", "się", "jest", "że", "na", "do", "to", "jak", "od", "przez", "oraz")
OPENING_MARKS: tuple[str, ...] = ("„",)

NOTE_MARKERS: tuple[str, ...] = ("przyp. red.", "dop. red.", "przypis redakcji", "— red.")
TRANSLATOR_MARKERS: tuple[str, ...] = ("przyp. tłum.", "przyp. tł.", "przypis tłumacza")
AUTHOR_MARKERS: tuple[str, ...] = ("przyp. aut.",)

GLOSS_OPENERS: tuple[tuple[str, str], ...] = (("znany wcześniej jako", r"re:znan\w*\s+(?:wcześniej|dawniej)\s+jako"),)

ASIDE_BRACKET_OPENERS: tuple[str, ...] = ("jakby", "jak gdyby", "co oczywiście")
ASIDE_SENTENCE_OPENERS: tuple[str, ...] = ("Autor pomija", "Autor zapomina", "Autor nie wspomina")
ASIDE_CUES: dict[str, tuple[str, ...]] = {
    "author": ("autor", "autorzy"),
    "as_if": ("jakby",),
    "of_course": ("oczywiście", "rzecz jasna"),
}

OUTLET_VERBS: tuple[str, ...] = ("pisze", "informuje")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("dziennik", "tygodnik", "gazeta", "portal")
MODEL_OUTLET_VERBS: tuple[str, ...] = ("pisze",)

# A republisher's lead in any layout: how it reports on its source and names the source's author.
LEAD_VERBS: tuple[str, ...] = ("pisze", "informuje", "uważa", "twierdzi", "wyjaśnia")
SOURCE_AUTHORS: tuple[str, ...] = ("autor", "autorka", "publicysta", "dziennikarz", "korespondent", "dziennik", "gazeta")

# A lead between a headline and a byline that calls its source an outlet ('the Polish portal Interia'),
# and the words a byline line opens with ('By', 'Par').
SOURCE_OUTLET_NOUNS: tuple[str, ...] = ("dziennik", "dziennika", "tygodnik", "tygodnika", "gazeta", "gazety", "portal", "portalu", "serwis", "serwisu", "agencja", "agencji", "magazyn", "stacja", "telewizja")
BYLINE_OPENERS: tuple[str, ...] = ("Rozmawiał", "Rozmawiała", "Rozmawiali")
BYLINE_CONJUNCTIONS: tuple[str, ...] = ("i",)

# A bracket that names the language of the word it gives ('(лит. Nemuno aušra)', '(russ. Пункт …)'): in a
# translation, the translator's original-language spelling.
LANGUAGE_LABELS: tuple[str, ...] = ("ros.", "ukr.", "błr.", "biał.", "niem.", "ang.", "lit.", "łot.", "franc.", "chiń.", "arab.")

CREDIT_LINES: tuple[tuple[str, str], ...] = (
    # a translation notice under a republished text
    ("Artykuł ukazał się pierwotnie", r"re:(?:Artykuł|Tekst)\s+(?:ukazał\s+się|opublikowano|został\s+opublikowany)\s+pierwotnie\s"),
    ("Przełożono z / Tłumaczenie z", r"re:(?:Przełożono|Przetłumaczono|Tłumaczenie)\s+z\s"),
)

# A republisher's bracket that speaks of the source in the third person: an aside in a translation
# ('(газета об этом умалчивает)', '(the author does not say why)').
ASIDE_SOURCE_WORDS: tuple[tuple[str, str], ...] = (
    ("gazeta, autor, artykuł, tekst, redakcja", r"re:(?:gazet\w*|autor\w*|artyku\w*|tekści\w*|redakcj\w*)"),
)
