"""Turkish: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÇĞİÖŞÜ"
# ğ, dotless ı, dotted İ: a text full of them is not in a language the detector knows by its words, so no guess is sure
DETECTION_LETTERS = "ğıĞİ"

NOTE_MARKERS: tuple[str | tuple[str, str], ...] = (("ç. n.", r"re:ç\.\s?n\."), ("y. n.", r"re:y\.\s?n\."), "editörün notu")
TRANSLATOR_MARKERS: tuple[str, ...] = ("çevirmenin notu",)

# "(Bulgarcası Ardino)", "(Rusçası …)": the name in another language
GLOSS_OPENERS: tuple[tuple[str, str], ...] = (("…ca/…ce -sı/-si", r"re:\w+(?:ca|ce|ça|çe)(?:sı|si)"),)

OUTLET_VERBS: tuple[str, ...] = ("haberine göre", "yazdı", "bildirdi")
