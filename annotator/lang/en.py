"""English: an English-language republisher's words, and a machine translation's of Russian ones.

Every table is described in :mod:`annotator.lang` (``TABLES``).
"""

from __future__ import annotations

SCRIPT = "latin"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DETECTION_LETTERS = ""
DETECTION_WORDS: tuple[str, ...] = (
    "the", "of", "and", "to", "in", "is", "that", "for", "with", "was", "on", "as", "by", "are",
)

NOTE_MARKERS: tuple[str, ...] = (
    "Approx. InoSMI", "Approx. ed.", "Approx. edit.", "Note InoSMI", "InoSMI note",
    "— InoSMI", "Editor's note", "Editors' note", "Ed. note", "— Ed.", "— Editor", "— Eds.",
    # more machine translations of "прим. ред." and "Прим. ИноСМИ"
    "Note ed.", "Note. ed.", "Note. InoSMI", "Approx. red.", "Approx. editor",
)
# Machine translation turns "прим. пер." into all of these.
TRANSLATOR_MARKERS: tuple[str, ...] = (
    "Translator's note", "Translators' note", "Transl. note", "approx. transl.",
    "approx. trans.", "approx. per.", "approx. lane", "— Trans.", "— Transl.", "Note transl.", "Note. transl.",
)
# "прим. авт." machine-translated: the source author's own note
AUTHOR_MARKERS: tuple[str, ...] = ("author's note", "— Author", "approx. auth.", "approx. author", "Note. auth.")

LEGAL_LABELS: tuple[tuple[str, str], ...] = (
    ("banned in Russia", r"re:(?:banned|prohibited|outlawed)\s+in\s+(?:Russia|the\s+Russian\s+Federation|the\s+RF)"),
    ("designated a foreign agent, extremist, terrorist or undesirable", r"re:(?:recogni[sz]ed|designated|listed|declared)\s+(?:in\s+Russia\s+)?as\s+(?:an?\s+)?(?:\w+\s+)?(?:foreign\s+agent|extremist|terrorist|undesirable)"),
    ("foreign agent", r"re:^\s*(?:a\s+)?foreign\s+agent\s*$"),
    ("performing the functions of a foreign agent", r"re:performing\s+(?:the\s+)?functions?\s+of\s+(?:an?|the)\s+foreign\s+agent"),
)
# The Russian media-agent label machine-translated, as a paragraph over the text.
LABEL_PARAGRAPHS: tuple[tuple[str, str], ...] = (
    ("message created and (or) distributed", r"re:(?:message|material)\W+(?:\(\w+\)\s+)?(?:is|was|has\s+been)\s+(?:created|produced)\s+and\s+(?:\(or\)\s+)?(?:distributed|disseminated|widespread)"),
)
DISCLAIMERS: tuple[tuple[str, str], ...] = (
    ("InoSMI materials contain assessments exclusively", r"re:InoSMI\s+materials\s+contain\s+(?:assessments|evaluations|estimates)\s+(?:exclusively|solely|only)"),
    ("does not reflect the position of the editors", r"re:do(?:es)?\s+not\s+reflect\s+the\s+(?:position|opinion|views?)\s+of\s+(?:the\s+)?(?:InoSMI\s+)?edit"),
    ("machine translated", r"re:(?:was|were|been|is)\s+(?:\w+\s+)?(?:machine[- ]translated|translated\s+(?:by\s+a\s+machine|automatically))"),
    ("translated with machine translation", r"re:translated\s+(?:from\s+\w+\s+)?(?:with|by|using)\s+(?:a\s+)?machine\s+translation"),
    # the stance line in a reader's words, as the writers' corpus has it: "The views expressed belong to the outlets …"
    ("the views expressed are the outlets'", r"re:views\s+expressed\s+(?:in\s+(?:this|the)\s+\w+\s+)?(?:are|belong\s+to)\s+(?:those\s+of\s+)?the\s+(?:authors?|outlets?|sources?|publications?)"),
    ("translation not performed by a human", r"re:translation\s+(?:is|was)\s+not\s+(?:performed|reviewed|done|made)\s+by\s+a\s+human"),
    ("translation comes first", r"re:translation\s+(?:comes|is)\s+first"),
    ("UPLOADED BY", r"re:UPLOADED\s+BY\b"),
    ("feed bot short address (ift.tt)", r"re:https?://ift\.tt/\w"),  # a feed bot's "By <author> from <Outlet> <short address>"
    # machine-translation metadata any language's text may carry
    ("co-op translator metadata", r"re:CO_OP_TRANSLATOR_METADATA"),
)
# "Source: Reuters/AB" is the wire's own credit, not a republisher's line.
CREDIT_LINES: tuple[tuple[str, str], ...] = (
    ("Source:", r"re:Source\s*:\s*(?![^\s/]+/[A-Z]{1,4}\s*$)"),
    ("Translated by", r"re:Translat(?:ed|ion)\s+by\s"),
    ("All rights reserved", r"re:All\s+rights\s+reserved"),
    # the source's provenance under a republished translation: "Published in Foreign Affairs, No. 1, 2016."
    ("(first) published in", r"re:(?:(?:This|The)\s+(?:article|essay|piece|text|interview|column)\s+(?:was|is)\s+)?(?:(?:first|originally)\s+)?(?:published|appeared)\s+(?:first\s+|originally\s+)?in\s+(?:the\s+)?(?:journal\s+|magazine\s+|newspaper\s+)?[\"“A-Z]"),
    # a translation notice under a republished text
    ("Translated from / Translation of the article", r"re:Translat(?:ed|ion)\s+(?:from\s|of\s+the\s+(?:article|text|interview|column)\s)"),
)

ASIDE_BRACKET_OPENERS: tuple[str, ...] = (
    "as if", "as though", "which, of course,", "which, naturally,", "which is, of course,",
    "in reality,", "ironically,", "tellingly,", "needless to say", "to put it mildly", "unsurprisingly,",
)
ASIDE_SENTENCE_OPENERS: tuple[str, ...] = (
    "The author does not mention", "The author doesn't mention", "The author fails to mention",
    "The author forgets", "The author says nothing", "The author is silent", "The author keeps silent",
    "The author, for some reason,", "The author conveniently", "The authors do not mention",
    "The authors forget", "The authors, for some reason,", "For some reason, the author",
)
ASIDE_CUES: dict[str, tuple[str, ...]] = {
    "author": ("the author", "the authors", "author"),
    "as_if": ("as if",),
    "of_course": ("of course", "naturally", "needless to say"),
    "apparently": ("apparently",),
    "obviously": ("obviously",),
    "keeps_silent": ("forget", "forgets", "silent", "fails to mention", "does not mention", "does not ask"),
    "somehow": ("conveniently",),
    "reminder": ("we note", "recall that", "it is worth"),
}

OUTLET_VERBS: tuple[str, ...] = (
    "writes", "reports", "wrote", "reported", "according to", "points out", "notes", "claims",
)
OUTLET_DESCRIPTORS: tuple[str, ...] = (
    "newspaper", "daily", "weekly", "magazine", "publication", "outlet", "website", "portal", "agency",
    "news agency", "broadcaster", "channel", "tabloid", "journal",
)
# "The Times", "writes the Swiss newspaper …", "Time, a weekly magazine, …"
OUTLET_ARTICLES: tuple[str, ...] = ("the",)
DESCRIPTOR_ARTICLES: tuple[str, ...] = ("the", "a")
MODEL_OUTLET_VERBS: tuple[str, ...] = ("reports", "writes", "wrote", "reported", "according to", "says", "notes")
MODEL_OUTLET_VERBS_AFTER: tuple[str, ...] = ("reports", "writes", "reported", "says", "notes")
REPORTING_VERBS: tuple[str, ...] = (
    "reports", "writes", "reported", "wrote", "according to", "says", "notes", "believes",
    "claims", "argues", "informs", "the author", "the newspaper", "the publication",
    "columnist", "the edition", "the journalist",
)
BYLINE_CONJUNCTIONS: tuple[str, ...] = ("and",)

RENAMED_PLACES: tuple[tuple[str, str], ...] = (
    ("Pokrovsk", "Krasnoarmeysk"), ("Bakhmut", "Artemovsk"), ("Bakhmut", "Artyomovsk"),
    ("Toretsk", "Dzerzhinsk"), ("Dnipro", "Dnepropetrovsk"), ("Myrnohrad", "Dimitrov"),
    ("Kropyvnytskyi", "Kirovograd"), ("Horishni Plavni", "Komsomolsk"),
    ("Novomoskovsk", "Samar"), ("Pokrovske", "Krasnoarmeiske"), ("Sloviansk", "Slavyansk"),
    ("Vuhledar", "Ugledar"), ("Chasiv Yar", "Chasov Yar"),
    ("Kostiantynivka", "Konstantinovka"), ("Kupiansk", "Kupyansk"), ("Siversk", "Seversk"),
    ("Zaporizhzhia", "Zaporozhye"), ("Mykolaiv", "Nikolaev"), ("Kharkiv", "Kharkov"),
    ("Avdiivka", "Avdeyevka"), ("Vovchansk", "Volchansk"), ("Lyman", "Krasny Liman"),
    ("Horlivka", "Gorlovka"), ("Kadiivka", "Stakhanov"), ("Khrustalnyi", "Krasny Luch"),
    ("Dovzhansk", "Sverdlovsk"), ("Sorokyne", "Krasnodon"), ("Holubivka", "Kirovsk"),
    # the 2016 decommunisation renamings and later ones, in the spellings translations use
    ("Dnipro", "Dnipropetrovsk"), ("Kropyvnytskyi", "Kirovohrad"), ("Bakhmut", "Artemivsk"),
    ("Pokrovsk", "Krasnoarmiisk"), ("Toretsk", "Dzerzhynsk"), ("Chornomorsk", "Illichivsk"),
    ("Chornomorsk", "Ilyichevsk"), ("Chornomorsk", "Ilichevsk"), ("Kamianske", "Dniprodzerzhynsk"),
    ("Kamianske", "Dneprodzerzhinsk"), ("Pokrov", "Ordzhonikidze"), ("Podilsk", "Kotovsk"),
    ("Oleshky", "Tsiurupynsk"), ("Oleshky", "Tsyurupinsk"), ("Zviahel", "Novohrad-Volynskyi"),
    ("Zviahel", "Novograd-Volynsky"), ("Sheptytskyi", "Chervonohrad"), ("Sheptytskyi", "Chervonograd"),
    ("Snovsk", "Shchors"), ("Kalmiuske", "Komsomolske"),
    # Soviet and other renamings a republisher recalls: Russia, the Caucasus, Central Asia, beyond
    ("Ivano-Frankivsk", "Stanislav"), ("Khmelnytskyi", "Proskurov"), ("Donetsk", "Stalino"),
    ("Luhansk", "Voroshilovgrad"), ("Volgograd", "Stalingrad"), ("St. Petersburg", "Leningrad"),
    ("Saint Petersburg", "Leningrad"), ("Yekaterinburg", "Sverdlovsk"), ("Nizhny Novgorod", "Gorky"),
    ("Samara", "Kuibyshev"), ("Tver", "Kalinin"), ("Vladikavkaz", "Ordzhonikidze"),
    ("Kaliningrad", "Königsberg"), ("Kaliningrad", "Koenigsberg"), ("Sovetsk", "Tilsit"),
    ("Tbilisi", "Tiflis"), ("Gyumri", "Leninakan"), ("Ganja", "Kirovabad"), ("Almaty", "Alma-Ata"),
    ("Astana", "Nur-Sultan"), ("Astana", "Akmola"), ("Astana", "Tselinograd"), ("Bishkek", "Frunze"),
    ("Dushanbe", "Stalinabad"), ("Khujand", "Leninabad"), ("Turkmenabat", "Chardzhou"),
    ("Turkmenabat", "Chardjou"), ("Turkmenbashi", "Krasnovodsk"), ("Shymkent", "Chimkent"),
    ("Oral", "Uralsk"), ("Svalbard", "Spitsbergen"), ("Myanmar", "Burma"), ("Eswatini", "Swaziland"),
    ("Sri Lanka", "Ceylon"), ("North Macedonia", "Macedonia"), ("Türkiye", "Turkey"),
    ("Varash", "Kuznetsovsk"), ("Pivdennoukrainsk", "Yuzhnoukrainsk"), ("Bokhtar", "Kurgan-Tyube"),
    ("Bokhtar", "Kurgan-Tube"), ("Istaravshan", "Ura-Tyube"), ("Kulob", "Kulyab"), ("Karakol", "Przhevalsk"),
    ("Taraz", "Zhambyl"), ("Taraz", "Dzhambul"), ("Oskemen", "Ust-Kamenogorsk"), ("Semey", "Semipalatinsk"),
    ("Kostanay", "Kustanai"), ("Aktau", "Shevchenko"), ("Atyrau", "Guryev"), ("Vanadzor", "Kirovakan"),
    ("Chisinau", "Kishinev"), ("Tallinn", "Reval"), ("Kaunas", "Kovno"), ("Daugavpils", "Dvinsk"),
    ("Tartu", "Dorpat"), ("Jelgava", "Mitau"), ("Enerhodar", "Energodar"),
)
GLOSS_PREFIXES: tuple[str, ...] = ("formerly", "former", "Soviet name", "Russian name")
# only the words a translator names a term in its own language with: "(formerly X)", "(now X)" are an author's own
GLOSS_OPENERS: tuple[str, ...] = ("Ukrainian name", "Ukrainian:")
GLOSS_CURRENT_PREFIXES: tuple[str, ...] = ("now", "today", "currently")

# A republisher's lead in any layout: how it reports on its source and names the source's author.
LEAD_VERBS: tuple[str, ...] = ("writes", "reports", "argues", "believes", "says", "notes", "explains", "claims", "wonders")
REVIEW_VERBS: tuple[str, ...] = (
    "contends", "maintains", "observes", "points out", "cautions", "warns", "concludes", "recalls", "reminds",
    "stresses", "insists", "suggests", "doubts", "quotes", "cites", "according to", "in the view of",
    "calls", "describes", "sees", "finds", "predicts", "acknowledges", "admits", "asks", "fears", "laments",
    "points to", "recounts",
)
REVIEW_SOURCE_STEMS: tuple[str, ...] = (
    "the author", "columnist", "journalist", "correspondent", "commentator", "the newspaper", "the paper",
    "the publication", "the magazine", "the outlet", "the daily", "the edition",
)
SOURCE_AUTHORS: tuple[str, ...] = ("the author", "author", "columnist", "journalist", "correspondent", "reporter", "the newspaper", "the publication", "the magazine")

# A lead between a headline and a byline that calls its source an outlet ('the Polish portal Interia'),
# and the words a byline line opens with ('By', 'Par').
SOURCE_OUTLET_NOUNS: tuple[str, ...] = ("newspaper", "paper", "daily", "weekly", "magazine", "publication", "outlet", "website", "site", "portal", "agency", "news agency", "broadcaster", "channel", "tabloid", "journal")
BYLINE_OPENERS: tuple[str, ...] = ("By", "Interview conducted by", "Interview by", "Interview:")

# A bracket that names the language of the word it gives ('(лит. Nemuno aušra)', '(russ. Пункт …)'): in a
# translation, the translator's original-language spelling.
LANGUAGE_LABELS: tuple[str, ...] = ("Russian:", "Ukrainian:", "Polish:", "German:", "Chinese:", "Arabic:")

# A republisher's bracket that speaks of the source in the third person: an aside in a translation
# ('(газета об этом умалчивает)', '(the author does not say why)').
ASIDE_SOURCE_WORDS: tuple[tuple[str, str], ...] = (
    ("the newspaper, the paper, the daily, the author, the article …", r"re:the\s+(?:newspaper|paper|daily|magazine|author|authors|article|column|piece|editors)(?!\s+of\s+the\s+(?:report|study|bill|book|letter|proposal))"),
)
