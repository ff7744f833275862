"""French.

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ"
DETECTION_LETTERS = "çœèêëîïûÇ"
DETECTION_WORDS: tuple[str, ...] = (
    "le", "la", "les", "des", "et", "est", "une", "pour", "dans", "qui", "sur", "pas", "du",
)

NOTE_MARKERS: tuple[str, ...] = ("NDLR", "N.D.L.R.", "Note de la rédaction", "— NDLR")
TRANSLATOR_MARKERS: tuple[str, ...] = ("N.d.T.", "NDT", "Note du traducteur")
AUTHOR_MARKERS: tuple[str, ...] = ("NDA", "note de l'auteur")

DISCLAIMERS: tuple[tuple[str, str], ...] = (
    ("ne reflète pas la position de la rédaction", r"re:ne\s+refl[eè]t\w*\s+pas\s+(?:n[ée]cessairement\s+)?(?:la\s+position|l'opinion)\s+de\s+la\s+r[ée]daction"),
    ("cet article est une traduction", r"re:cet\s+article\s+est\s+(?:la|une)\s+traduction"), ("traduit automatiquement", r"re:traduit\s+automatiquement"),
)
CREDIT_LINES: tuple[tuple[str, str], ...] = (
    ("Article paru dans", r"re:(?:Article|Tribune)\s+paru\w*\s+dans\s"), ("Traduit par / de", r"re:Traduit\s+(?:par|de)\s"), ("Traduction:", r"re:Traduction\s*:"),
    ("Par … – Source", r"re:Par\s+[^\n]{1,60}[–—-]\s*Source\s"),  # "Par <author> – Le <date> – Source <outlet>"
    # a translation notice under a republished text
    ("Traduit de / Traduction de l'…", r"re:Tradu(?:it|ction)\s+(?:de\s+l['’]|du\s|de\s+\w+ais\b|automatique\s)"),
    ("Article d'origine :", r"re:Article\s+d['’]origine\s*:"),
    ("Texte paru en / dans", r"re:Texte\s+paru\s+(?:en|dans)\s"),
)

ASIDE_BRACKET_OPENERS: tuple[str, ...] = ("comme si", "ce qui, bien sûr,", "ce qui, évidemment,")
ASIDE_SENTENCE_OPENERS: tuple[str, ...] = ("L'auteur oublie", "L'auteur passe sous silence", "L'auteur ne mentionne pas")
ASIDE_CUES: dict[str, tuple[str, ...]] = {
    "author": ("l'auteur", "les auteurs"),
    "as_if": ("comme si",),
    "of_course": ("bien sûr",),
    "obviously": ("évidemment",),
}

OUTLET_VERBS: tuple[str, ...] = ("écrit", "rapporte", "selon", "d'après")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("le journal", "le quotidien", "l'hebdomadaire", "le magazine")
MODEL_OUTLET_VERBS: tuple[str, ...] = ("écrit", "selon")

# A republisher's lead in any layout: how it reports on its source and names the source's author.
LEAD_VERBS: tuple[str, ...] = ("écrit", "rapporte", "estime", "affirme", "explique", "pense")
SOURCE_AUTHORS: tuple[str, ...] = ("l'auteur", "le chroniqueur", "le journaliste", "le correspondant", "le journal", "le quotidien")

# A lead between a headline and a byline that calls its source an outlet ('the Polish portal Interia'),
# and the words a byline line opens with ('By', 'Par').
SOURCE_OUTLET_NOUNS: tuple[str, ...] = ("journal", "quotidien", "hebdomadaire", "magazine", "mensuel", "site", "portail", "agence", "chaîne", "revue", "tabloïd")
BYLINE_OPENERS: tuple[str, ...] = ("Par", "Propos recueillis par")
BYLINE_CONJUNCTIONS: tuple[str, ...] = ("et",)

# A republisher's bracket that speaks of the source in the third person: an aside in a translation
# ('(газета об этом умалчивает)', '(the author does not say why)').
ASIDE_SOURCE_WORDS: tuple[tuple[str, str], ...] = (
    ("l'auteur, le quotidien, le journal, l'article, la rédaction", r"re:(?:l['’](?:auteur\w*|article)|(?:le|du|au)\s+(?:quotidien|journal|texte)|la\s+rédaction)"),
)
