"""Croatian: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZČĆĐŠŽ"
# đ (Serbian in Latin letters too): a text full of them is not in a language the detector knows by its words, so no guess is sure
DETECTION_LETTERS = "đĐ"

NOTE_MARKERS: tuple[str, ...] = ("prim. ur.", "op. ur.")
TRANSLATOR_MARKERS: tuple[str, ...] = ("prim. prev.", "op. prev.")

OUTLET_VERBS: tuple[str, ...] = ("piše", "prenosi", "navodi", "počinje svoj tekst")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("list", "dnevnik", "tjednik", "agencija", "portal")
