"""Hungarian: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÍÓÖŐÚÜŰ"

NOTE_MARKERS: tuple[str, ...] = ("a szerk.", "szerk. megj.")
TRANSLATOR_MARKERS: tuple[str, ...] = ("a ford.", "ford. megj.")

OUTLET_VERBS: tuple[str, ...] = ("írja", "számol be", "közölte")
