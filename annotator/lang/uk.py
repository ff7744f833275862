"""Ukrainian.

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "cyrillic"
CAPITALS = "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ"
DETECTION_LETTERS = "іїєґІЇЄҐ"
DETECTION_WORDS: tuple[str, ...] = ("і", "в", "не", "на", "що", "з", "до", "це", "як", "від", "для", "та")
OPENING_MARKS: tuple[str, ...] = ("„",)

NOTE_MARKERS: tuple[str, ...] = ("прим. ред.", "примітка редакції", "— Ред.")
TRANSLATOR_MARKERS: tuple[str, ...] = ("прим. пер.", "прим. перекл.", "примітка перекладача")
AUTHOR_MARKERS: tuple[str, ...] = ("прим. авт.", "примітка автора")

LEGAL_LABELS: tuple[tuple[str, str], ...] = (("заборонена в Україні чи Росії", r"re:заборонен\w*\s+в\s+(?:Україні|Росії|РФ)"),)
DISCLAIMERS: tuple[tuple[str, str], ...] = (("не відображають позицію редакції", r"re:не\s+відображають\s+позицію\s+редакції"),)

ASIDE_BRACKET_OPENERS: tuple[str, ...] = ("ніби", "наче", "що, звісно,", "що, втім,")
ASIDE_SENTENCE_OPENERS: tuple[str, ...] = ("Автор замовчує", "Автор чомусь", "Автор забуває")
ASIDE_CUES: dict[str, tuple[str, ...]] = {
    "author": ("автор",),
    "of_course": ("звісно",),
    "obviously": ("очевидно",),
    "reminder": ("нагадаємо",),
}

OUTLET_VERBS: tuple[str, ...] = ("пише", "повідомляє")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("газета", "видання", "журнал", "агентство")
