"""Hungarian: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÍÓÖŐÚÜŰ"
# ő, ű: a text full of them is not in a language the detector knows by its words, so no guess is sure
DETECTION_LETTERS = "őűŐŰ"

NOTE_MARKERS: tuple[str, ...] = ("a szerk.", "szerk. megj.")
TRANSLATOR_MARKERS: tuple[str, ...] = ("a ford.", "ford. megj.")

OUTLET_VERBS: tuple[str, ...] = ("írja", "számol be", "közölte")
