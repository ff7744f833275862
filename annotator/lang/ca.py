"""Catalan: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÇÉÈÍÏÓÒÚÜ"

NOTE_MARKERS: tuple[str, ...] = ("N. de la R.", "Nota de la redacció")
TRANSLATOR_MARKERS: tuple[str, ...] = ("N. del T.", "Nota del traductor")

# the Russian media-agent label, as a republisher prints it over the text
LABEL_PARAGRAPHS: tuple[tuple[str, str], ...] = (("exerceix la funció d'agent estranger", r"re:exerceix\s+la\s+funció\s+d['’]agent\s+estranger"),)
