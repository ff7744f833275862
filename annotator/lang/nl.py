"""Dutch: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# "(…, red.)": the editors' mark after a comma; a bare "red." elsewhere is a colour
# "(Red.) <text>": the mark in its own bracket heading the editors' paragraph
NOTE_MARKERS: tuple[str | tuple[str, str], ...] = ("noot van de redactie", "noot red.", (", red.", r"re:(?<=, )red\."), ("(red.)", r"re:\(red\.\)"))
TRANSLATOR_MARKERS: tuple[str, ...] = ("noot van de vertaler",)
