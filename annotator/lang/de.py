"""German.

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜẞ"
DETECTION_LETTERS = "äöüßÄÖÜ"
DETECTION_WORDS: tuple[str, ...] = (
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "auf", "sich", "des",
)
OPENING_MARKS: tuple[str, ...] = ("„", "‚")

NOTE_MARKERS: tuple[str, ...] = ("Anm. d. Red.", "Anmerkung der Redaktion", "— d. Red.", "— Red.")
TRANSLATOR_MARKERS: tuple[str, ...] = ("Anm. d. Übers.", "Anm. d. Ü.", "Anmerkung des Übersetzers")
AUTHOR_MARKERS: tuple[str, ...] = ("Anm. d. Autors", "Anm. d. Verf.")

DISCLAIMERS: tuple[tuple[str, str], ...] = (
    ("gibt nicht die Meinung der Redaktion wieder", r"re:gib\w*\s+nicht\s+(?:unbedingt\s+)?die\s+(?:Meinung|Position)\s+der\s+Redaktion\s+wieder"),
    ("Übersetzt erschien", r"re:Übersetzt\s+erschien"), ("erschien zuerst in", r"re:erschien\s+(?:zuerst|ursprünglich)\s+(?:in|bei|im)\b"),
    ("maschinell übersetzt", r"re:maschinell\s+übersetzt"),
    ("mit künstlicher Intelligenz übersetzt", r"re:mit\s+(?:Hilfe\s+)?(?:von\s+)?(?:künstlicher\s+Intelligenz|KI)\s+(?:übersetzt|erstellt)"),
    ("KI-Hinweis (AI notice)", r"re:KI-Hinweis"),
)
CREDIT_LINES: tuple[tuple[str, str], ...] = (
    ("Aus dem …ischen", r"re:Aus\s+dem\s+\w+ischen$"), ("Übersetzung:", r"re:Übersetzung\s*:"), ("Übersetzt von / Aus dem …ischen von", r"re:(?:Übersetzt|Aus\s+dem\s+\w+ischen)\s+von\s"),
    # a translation notice under a republished text
    ("Aus dem …ischen übersetzt", r"re:(?:Maschinell\s+)?[Aa]us\s+dem\s+\w+ischen\s+(?:übersetzt|übertragen)"),
    ("Der Text erschien im Original", r"re:Der\s+(?:Text|Artikel|Beitrag)\s+erschien\s+(?:im\s+Original|zuerst|ursprünglich)\s"),
)

ASIDE_BRACKET_OPENERS: tuple[str, ...] = ("als ob", "als wäre", "was natürlich", "was freilich")
ASIDE_SENTENCE_OPENERS: tuple[str, ...] = ("Der Autor verschweigt", "Der Autor vergisst", "Der Autor erwähnt nicht")
ASIDE_CUES: dict[str, tuple[str, ...]] = {
    "author": ("der Autor", "die Autoren"),
    "as_if": ("als ob",),
    "of_course": ("natürlich",),
    "apparently": ("offenbar",),
}

OUTLET_VERBS: tuple[str, ...] = ("schreibt", "berichtet")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("Zeitung", "Wochenzeitung", "Magazin", "Nachrichtenagentur")
MODEL_OUTLET_VERBS: tuple[str, ...] = ("schreibt", "berichtet")

# A republisher's lead in any layout: how it reports on its source and names the source's author.
LEAD_VERBS: tuple[str, ...] = ("schreibt", "berichtet", "meint", "glaubt", "argumentiert", "erklärt")
SOURCE_AUTHORS: tuple[str, ...] = ("der Autor", "die Autorin", "Kolumnist", "Journalist", "Korrespondent", "die Zeitung", "das Magazin")

# A lead between a headline and a byline that calls its source an outlet ('the Polish portal Interia'),
# and the words a byline line opens with ('By', 'Par').
SOURCE_OUTLET_NOUNS: tuple[str | tuple[str, str], ...] = (
    "Zeitung", "Zeitschrift", "Magazin", "Portal", "Agentur", "Sender", "Blatt", "Journal",
    # and every compound ending in one: "Wirtschaftszeitung", "Regionalblatt", "Technologieportal"
    ("…zeitung, …zeitschrift, …blatt, …magazin, …portal, …journal, …agentur, …sender",
     r"re:\w+(?:zeitung|zeitschrift|blatt|magazin|portal|journal|agentur|sender)"),
)
BYLINE_OPENERS: tuple[str, ...] = ("Von", "Das Gespräch führte", "Das Gespräch führten", "Interview:")
BYLINE_CONJUNCTIONS: tuple[str, ...] = ("und",)

# A bracket that names the language of the word it gives ('(лит. Nemuno aušra)', '(russ. Пункт …)'): in a
# translation, the translator's original-language spelling.
LANGUAGE_LABELS: tuple[str, ...] = ("russ.", "ukr.", "poln.", "engl.", "franz.", "chin.", "jap.", "arab.", "kasach.", "türk.", "lit.", "lett.", "estn.", "weißruss.", "belarus.")

# A republisher's bracket that speaks of the source in the third person: an aside in a translation
# ('(газета об этом умалчивает)', '(the author does not say why)').
ASIDE_SOURCE_WORDS: tuple[tuple[str, str], ...] = (
    ("der Autor, die Autorin, die Zeitung, das Blatt, der Artikel, der Text", r"re:(?:der|die|das|dem|den|des)\s+(?:Autor\w*|Zeitung|Blatt\w*|Artikel\w*|Text\w*|Redaktion)"),
)
