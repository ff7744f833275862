"""Romanian: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZĂÂÎȘȚŞŢ"
# ă, ș, ț with the comma below: a text full of them is not in a language the detector knows by its words, so no guess is sure
DETECTION_LETTERS = "ășțĂȘȚ"

# dots required: a bare "nr" or "NT" is a number or a place
NOTE_MARKERS: tuple[str | tuple[str, str], ...] = (("n. r.", r"re:n\.\s?r\."), "nota redacției")
TRANSLATOR_MARKERS: tuple[str | tuple[str, str], ...] = (("n. t.", r"re:n\.\s?t\."), "nota traducătorului")

CREDIT_LINES: tuple[tuple[str, str], ...] = (("Toate drepturile rezervate", r"re:Toate\s+drepturile\s+(?:sunt\s+)?rezervate"),)

OUTLET_VERBS: tuple[str, ...] = ("scrie", "transmite", "relatează", "potrivit")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("agenția", "ziarul", "publicația", "cotidianul")
