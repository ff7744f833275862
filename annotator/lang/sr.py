"""Serbian, in both scripts: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "cyrillic"
CAPITALS = "АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ"
# ђ, ј, љ, њ, ћ, џ: a text full of them is not in a language the detector knows by its words, so no guess is sure
DETECTION_LETTERS = "ђјљњћџЂЈЉЊЋЏ"

NOTE_MARKERS: tuple[str, ...] = ("прим. ред.", "prim. red.")
TRANSLATOR_MARKERS: tuple[str, ...] = ("прим. прев.", "prim. prev.")

DISCLAIMERS: tuple[tuple[str, str], ...] = (
    ("копирање материјала", r"re:копирање\s+материјала"), ("kopiranje materijala", r"re:kopiranje\s+materijala"),
    ("кршење закона о ауторским правима", r"re:кршење\w*\s+закона\s+о\s+ауторским\s+правима"), ("kršenje zakona o autorskim pravima", r"re:kršenje\w*\s+zakona\s+o\s+autorskim\s+pravima"),
)

OUTLET_VERBS: tuple[str, ...] = ("пише", "пишу", "наводи", "преноси", "piše", "pišu", "navodi", "prenosi")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("лист", "новине", "агенција", "list", "novine", "agencija")
