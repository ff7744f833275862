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
