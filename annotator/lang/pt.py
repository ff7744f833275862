"""Portuguese: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÁÂÃÀÇÉÊÍÓÔÕÚ"

NOTE_MARKERS: tuple[str, ...] = ("N. da R.", "Nota da redação", "N. do E.")
TRANSLATOR_MARKERS: tuple[str, ...] = ("N. do T.", "Nota do tradutor")
AUTHOR_MARKERS: tuple[str, ...] = ("N. do A.", "nota do autor")

DISCLAIMERS: tuple[tuple[str, str], ...] = (("traduzido automaticamente", r"re:traduzid[oa]\s+automaticamente"),)

OUTLET_VERBS: tuple[str, ...] = ("escreve", "informa", "avançou", "avança", "segundo", "diz")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("o jornal", "a agência", "a revista", "o diário")

# A lead between a headline and a byline that calls its source an outlet ('the Polish portal Interia'),
# and the words a byline line opens with ('By', 'Par').
SOURCE_OUTLET_NOUNS: tuple[str, ...] = ("jornal", "diário", "semanário", "revista", "portal", "site", "agência", "emissora")
BYLINE_OPENERS: tuple[str, ...] = ("Por",)
BYLINE_CONJUNCTIONS: tuple[str, ...] = ("e",)
