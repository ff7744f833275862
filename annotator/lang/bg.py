"""Bulgarian: form tables only (no detection words).

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "cyrillic"
CAPITALS = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ"

NOTE_MARKERS: tuple[str, ...] = ("бел. ред.",)
TRANSLATOR_MARKERS: tuple[str, ...] = ("бел. прев.",)

# "Превод: <name>", "Редактор: <name>" under the text: a short line of a name
CREDIT_LINES: tuple[tuple[str, str], ...] = (
    ("Превод: / Редактор: <name>", r"re:(?:Превод|Редактор)\s*:\s*[А-Я]\w+(?:\s+[А-Я]\w+){0,2}$"),
)

OUTLET_VERBS: tuple[str, ...] = ("пише", "съобщи", "отбеляза изданието", "позовавайки се на")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("вестник", "изданието", "агенция", "сайт")
