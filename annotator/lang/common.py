"""What every language shares: dashes, elision marks, brackets only the source writes, name particles, scripts.

Nothing here belongs to one language: these tables apply to every text.
"""

from __future__ import annotations

# Every dash a marker may follow ("— прим. ред.", "– Approx. InoSMI"), as a regex class.
DASH = "[-‐‑‒–—―]"

# Marks where the republisher cut text  ->  kind "elision".
INLINE_ELISIONS: tuple[str, ...] = ("<...>", "<…>", "< ... >", "< … >", "<..>", "<....>")
PARAGRAPH_ELISIONS: tuple[str, ...] = ("[…]", "[...]", "[ … ]", "[ ... ]", "<...>", "<…>")

# Brackets that are always the source's own, whatever the model thinks of them
# (regular expressions over the whole content): US party-and-state tags
# "(D-Mich.)", "(R-Texas)", "(I-Vt.)".
ORIGINAL_BRACKETS: dict[str, str] = {
    "party tag": r"[DRI][-–][A-Z][a-z]{0,12}\.?(?:[ ][A-Z][a-z]{0,12}\.?)?(?:,[ ][A-Z][a-z]{0,12}\.?)?",
}

# Marks a sentence may open with before its first letter, in every language.
OPENING_MARKS: tuple[str, ...] = ('"', "«", "“", "(", "[")

# Unsigned republisher comments that need no model, in every language  ->  kind "aside"
# (whole bracket).  A bare "(!)" is not here: Russian authors use it for their own emphasis.
ASIDE_PHRASES: tuple[str, ...] = ("sic!",)

# Lower-case words inside a foreign outlet's or person's name: "Corriere della Sera",
# "Ursula von der Leyen".  They come with the name, not with the article's language.
OUTLET_NAME_PARTICLES: tuple[str, ...] = ("de", "del", "della", "di", "la", "le")
PERSON_NAME_PARTICLES: tuple[str | tuple[str, str], ...] = (
    "de", "van", "von", "da", "di", "del", "la", "le", "bin", ("al-…", r"re:al-\w+"),
)

# Scripts, counted on UTF-8 bytes by language detection (in C, with bytes.translate):
# a Cyrillic letter (U+0400-U+04FF) leads with one of these bytes ...
CYRILLIC_UTF8_LEADS = bytes((0xD0, 0xD1, 0xD2, 0xD3))
# ... and an ASCII letter is one of these bytes.
ASCII_LETTER_BYTES = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))

# The republication prior (annotator.republication).  Outlets whose business is translating foreign press:
# a text that names one of them (a signed note, a disclaimer, a "read InoSMI" line) is a republication.
# Matched as written (case-sensitive).
REPUBLISHERS: tuple[str, ...] = ("ИноСМИ", "InoSMI", "Inosmi", "inosmi.ru", "ИНОСМИ", "INOSMI", "Инопресса", "Inopressa",
                                 "inopressa.ru", "ИноТВ")
# What a machine translation of a republisher's Russian leaves behind ("Прим." rendered as "Approx."),
# case-sensitive regular expressions.
MACHINE_TRANSLATION_TRACES: tuple[tuple[str, str], ...] = (
    ("– Approx. ed.)", r"re:[-–—]\s*Approx\.\s+(?:[Ee]d|[Ee]dit|[Tt]ransl|[Pp]er|[Rr]ed)\w*\.?\s*\)"),
    ("machine translated", r"re:\b[Mm]achine[- ][Tt]ranslat(?:ed|ion)\b"),
)

# Brackets after a name that the source itself writes, in any script: news agency tags and the
# like.  An original-language spelling rule never takes them (annotator.translit).
AGENCY_TAGS: tuple[str, ...] = (
    "Reuters", "AP", "AFP", "dpa", "DPA", "Bloomberg", "ANSA", "EFE", "PAP", "UPI", "ТАСС", "РИА Новости",
    "Интерфакс", "Interfax", "TASS", "РБК", "Associated Press", "Agence France-Presse",
)
