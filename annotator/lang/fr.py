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
    ("ne reflète pas la position de la rédaction",
     r"re:ne\s+refl[eè]t\w*\s+pas\s+(?:n[ée]cessairement\s+)?(?:la\s+position|l'opinion)\s+de\s+la\s+r[ée]daction"),
)

ASIDE_BRACKET_OPENERS: tuple[str, ...] = ("comme si", "ce qui, bien sûr,", "ce qui, évidemment,")
ASIDE_SENTENCE_OPENERS: tuple[str, ...] = ("L'auteur oublie", "L'auteur passe sous silence", "L'auteur ne mentionne pas")
ASIDE_CUES: dict[str, tuple[str, ...]] = {
    "author": ("l'auteur", "les auteurs"),
    "as_if": ("comme si",),
    "of_course": ("bien sûr",),
    "obviously": ("évidemment",),
}

OUTLET_VERBS: tuple[str, ...] = ("écrit", "rapporte")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("le journal", "le quotidien", "l'hebdomadaire", "le magazine")
MODEL_OUTLET_VERBS: tuple[str, ...] = ("écrit", "selon")
