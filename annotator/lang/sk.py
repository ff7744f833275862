"""Slovak: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ"
# ľ, ĺ, ŕ: a text full of them is not in a language the detector knows by its words, so no guess is sure
DETECTION_LETTERS = "ľĺŕĽĹŔ"

NOTE_MARKERS: tuple[str, ...] = ("pozn. red.", "poznámka redakcie")
TRANSLATOR_MARKERS: tuple[str, ...] = ("pozn. prekl.", "poznámka prekladateľa")

CREDIT_LINES: tuple[tuple[str, str], ...] = (("Všetky práva vyhradené", r"re:Všetky\s+práva\s+vyhradené"),)

OUTLET_VERBS: tuple[str, ...] = ("píše", "uvádza", "napísal denník", "uviedla to agentúra", "s odvolaním sa na")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("denník", "týždenník", "agentúra", "server")
