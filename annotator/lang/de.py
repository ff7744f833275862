"""German.

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜẞ"
DETECTION_LETTERS = "äöüßÄÖÜ"
DETECTION_WORDS: tuple[str, ...] = (
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "auf", "sich", "des",
)
OPENING_MARKS: tuple[str, ...] = ("„", "‚")

NOTE_MARKERS: tuple[str, ...] = ("Anm. d. Red.", "Anmerkung der Redaktion", "— d. Red.", "— Red.")
TRANSLATOR_MARKERS: tuple[str, ...] = ("Anm. d. Übers.", "Anm. d. Ü.", "Anmerkung des Übersetzers")
AUTHOR_MARKERS: tuple[str, ...] = ("Anm. d. Autors", "Anm. d. Verf.")

DISCLAIMERS: tuple[tuple[str, str], ...] = (
    ("gibt nicht die Meinung der Redaktion wieder",
     r"re:gib\w*\s+nicht\s+(?:unbedingt\s+)?die\s+(?:Meinung|Position)\s+der\s+Redaktion\s+wieder"),
)

ASIDE_BRACKET_OPENERS: tuple[str, ...] = ("als ob", "als wäre", "was natürlich", "was freilich")
ASIDE_SENTENCE_OPENERS: tuple[str, ...] = ("Der Autor verschweigt", "Der Autor vergisst", "Der Autor erwähnt nicht")
ASIDE_CUES: dict[str, tuple[str, ...]] = {
    "author": ("der Autor", "die Autoren"),
    "as_if": ("als ob",),
    "of_course": ("natürlich",),
    "apparently": ("offenbar",),
}

OUTLET_VERBS: tuple[str, ...] = ("schreibt", "berichtet")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("Zeitung", "Wochenzeitung", "Magazin", "Nachrichtenagentur")
MODEL_OUTLET_VERBS: tuple[str, ...] = ("schreibt", "berichtet")
