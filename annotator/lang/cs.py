"""Czech: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
# ě, ř, ů: no other language of the tables writes them: a text full of them is not in a language the detector knows by its words, so no guess is sure
DETECTION_LETTERS = "ěřůĚŘŮ"

NOTE_MARKERS: tuple[str, ...] = ("pozn. red.", "poznámka redakce")
TRANSLATOR_MARKERS: tuple[str, ...] = ("pozn. překl.", "pozn. př.", "poznámka překladatele")
AUTHOR_MARKERS: tuple[str, ...] = ("pozn. aut.", "pozn. autora", "poznámka autora")

CREDIT_LINES: tuple[tuple[str, str], ...] = (("Všechna práva vyhrazena", r"re:Všechna\s+práva\s+vyhrazena"),)
DISCLAIMERS: tuple[tuple[str, str], ...] = (("strojově přeložen", r"re:strojově\s+přeložen"),)

OUTLET_VERBS: tuple[str, ...] = ("píše", "uvádí", "napsal list", "napsal deník", "s odvoláním na")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("list", "deník", "týdeník", "agentura", "server")
