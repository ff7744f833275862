"""Marker tables: the words by which a republisher signs or labels its insertions.

The tables are data and read like the annotation guide.  A marker written with
a leading dash (``"— RT"``) counts only after a dash; dots and spaces inside a
marker are optional when matching, case is ignored.  Entries starting with
``re:`` (after the dash, if any) are regular expressions (used for author
initials and phrase families).
:func:`compile_markers` turns a table into patterns; nothing else here runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Notes signed by the editors or the republisher  ->  kind "note".
NOTE_MARKERS: dict[str, tuple[str, ...]] = {
    "ru": (
        "Прим. ИноСМИ", "Примечание ИноСМИ", "— ИноСМИ", "прим. ред.", "примечание редакции",
        "— Ред.", "— Редакция", "— прим. RT", "— RT", "— Прим. ИФ", "— ИФ",
        "— «НГ»", "— «НГР»", "— «НВО»", "— «НГ-Религии»", "— прим. «НГ»",
        r"— re:[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?\s?[А-ЯЁ]?\.?",  # author initials after a dash: – В.К.
    ),
    "en": (
        "Approx. InoSMI", "Approx. ed.", "Approx. edit.", "Note InoSMI", "InoSMI note",
        "— InoSMI", "Editor's note", "Editors' note", "Ed. note", "— Ed.", "— Editor", "— Eds.",
    ),
    "de": ("Anm. d. Red.", "Anmerkung der Redaktion", "— d. Red.", "— Red."),
    "fr": ("NDLR", "N.D.L.R.", "Note de la rédaction", "— NDLR"),
    "es": ("N. de la R.", "N. de la Red.", "Nota de la redacción", "N. del E.", "Nota del editor"),
    "it": ("N.d.R.", "NdR", "Nota della redazione"),
    "pl": ("przyp. red.", "dop. red.", "przypis redakcji"),
    "uk": ("прим. ред.", "примітка редакції", "— Ред."),
}

# Notes signed by the translator  ->  kind "translator_note".
TRANSLATOR_MARKERS: dict[str, tuple[str, ...]] = {
    "ru": ("прим. пер.", "прим. перев.", "прим. переводчика", "примечание переводчика"),
    # Machine translation turns "прим. пер." into all of these.
    "en": ("Translator's note", "Translators' note", "Transl. note", "approx. transl.",
           "approx. trans.", "approx. per.", "approx. lane", "— Trans.", "— Transl."),
    "de": ("Anm. d. Übers.", "Anm. d. Ü.", "Anmerkung des Übersetzers"),
    "fr": ("N.d.T.", "NDT", "Note du traducteur"),
    "es": ("N. del T.", "Nota del traductor"),
    "it": ("N.d.T.", "NdT", "Nota del traduttore"),
    "pl": ("przyp. tłum.", "przyp. tł.", "przypis tłumacza"),
    "uk": ("прим. пер.", "прим. перекл.", "примітка перекладача"),
}

# Notes the source's own author signed: original text, never a candidate.
AUTHOR_MARKERS: dict[str, tuple[str, ...]] = {
    "ru": ("прим. авт.", "примечание автора", "прим. автора"),
    "en": ("author's note", "— Author"),
    "de": ("Anm. d. Autors", "Anm. d. Verf."),
    "fr": ("NDA", "note de l'auteur"),
    "es": ("N. del A.", "nota del autor"),
    "it": ("N.d.A.", "nota dell'autore"),
    "pl": ("przyp. aut.",),
    "uk": ("прим. авт.", "примітка автора"),
}

# Labels the republisher's law requires  ->  kind "legal_label".  Phrase patterns.
LEGAL_LABELS: dict[str, tuple[str, ...]] = {
    "ru": (
        r"re:запрещ\w*\s+(?:на\s+территории\s+)?(?:в\s+)?(?:России|РФ|Российской\s+Федерации)",
        r"re:призна\w*\s+(?:в\s+(?:России|РФ)\s+)?(?:\w+\s+)?(?:иноагент|иностранн\w+\s+агент|экстремист|террорист|нежелательн)",
        r"re:(?:внесен|включен)\w*\s+в\s+(?:реестр|перечень|список)\s+(?:иноагент|иностранн|экстремист|террорист|нежелательн)",
        r"re:^\s*(?:СМИ-)?иноагент\w*\s*$",
        r"re:выполняющ\w+\s+функции\s+иностранного\s+агента",
    ),
    "en": (
        r"re:(?:banned|prohibited|outlawed)\s+in\s+(?:Russia|the\s+Russian\s+Federation|the\s+RF)",
        r"re:(?:recogni[sz]ed|designated|listed|declared)\s+(?:in\s+Russia\s+)?as\s+(?:an?\s+)?(?:\w+\s+)?(?:foreign\s+agent|extremist|terrorist|undesirable)",
        r"re:^\s*(?:a\s+)?foreign\s+agent\s*$",
    ),
    "uk": (r"re:заборонен\w*\s+в\s+(?:Україні|Росії|РФ)",),
}

# Republisher boilerplate about the material  ->  kind "disclaimer" (whole paragraph).
DISCLAIMERS: dict[str, tuple[str, ...]] = {
    "ru": (
        r"re:Материалы\s+ИноСМИ\s+содержат\s+оценки\s+исключительно",
        r"re:не\s+отражают\s+(?:позицию|точку\s+зрения)\s+редакции",
    ),
    "en": (
        r"re:InoSMI\s+materials\s+contain\s+(?:assessments|evaluations|estimates)\s+(?:exclusively|solely|only)",
        r"re:do(?:es)?\s+not\s+reflect\s+the\s+(?:position|opinion|views?)\s+of\s+(?:the\s+)?(?:InoSMI\s+)?edit",
    ),
    "de": (r"re:gib\w*\s+nicht\s+(?:unbedingt\s+)?die\s+(?:Meinung|Position)\s+der\s+Redaktion\s+wieder",),
    "fr": (r"re:ne\s+refl[eè]t\w*\s+pas\s+(?:n[ée]cessairement\s+)?(?:la\s+position|l'opinion)\s+de\s+la\s+r[ée]daction",),
    "uk": (r"re:не\s+відображають\s+позицію\s+редакції",),
}

# Marks where the republisher cut text  ->  kind "elision".
INLINE_ELISIONS: tuple[str, ...] = ("<...>", "<…>", "< ... >", "< … >", "<..>", "<....>")
PARAGRAPH_ELISIONS: tuple[str, ...] = ("[…]", "[...]", "[ … ]", "[ ... ]", "<...>", "<…>")

# Brackets that are always the source's own, whatever the model thinks of them
# (regular expressions over the whole content): US party-and-state tags
# "(D-Mich.)", "(R-Texas)", "(I-Vt.)".
ORIGINAL_BRACKETS: dict[str, str] = {
    "party tag": r"[DRI][-–][A-Z][a-z]{0,12}\.?(?:[ ][A-Z][a-z]{0,12}\.?)?(?:,[ ][A-Z][a-z]{0,12}\.?)?",
}

# Unsigned republisher comments that need no model  ->  kind "aside" (whole bracket).
# (A bare "(!)" is not here: Russian authors use it for their own emphasis.)
ASIDE_PHRASES: tuple[str, ...] = ("sic!", "так в оригинале", "так в тексте")

# Openings that only a republisher arguing with the source writes.  A round
# bracket whose content starts with one is an aside: "(as if the Commission had
# not …)", "(which, of course, is not true)".  A sentence that starts with one is
# an aside sentence: "The author does not mention that …".  Kept to forms that
# no news text in the corpora uses for itself (a plain "(of course, …)" does).
ASIDE_BRACKET_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("as if", "as though", "which, of course,", "which, naturally,", "which is, of course,",
           "in reality,", "ironically,", "tellingly,", "needless to say", "to put it mildly", "unsurprisingly,"),
    "ru": ("как будто", "будто бы", "словно", "что, впрочем,", "что, разумеется,", "что, конечно,",
           "что, естественно,", "который, разумеется,", "которая, разумеется,", "которые, разумеется,",
           # corrections and irony that no bracket of RT, NG, NEREL or RuSentRel opens with
           "в действительности", "в реальности", "на деле", "мягко говоря", "это, мягко говоря,",
           "по иронии судьбы", "что характерно", "что неудивительно", "стоит напомнить"),
    "uk": ("ніби", "наче", "що, звісно,", "що, втім,"),
    "de": ("als ob", "als wäre", "was natürlich", "was freilich"),
    "fr": ("comme si", "ce qui, bien sûr,", "ce qui, évidemment,"),
    "es": ("como si", "lo que, por supuesto,", "lo cual, por supuesto,"),
    "it": ("come se", "il che, ovviamente,", "cosa che, ovviamente,"),
    "pl": ("jakby", "jak gdyby", "co oczywiście"),
}
ASIDE_SENTENCE_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("The author does not mention", "The author doesn't mention", "The author fails to mention",
           "The author forgets", "The author says nothing", "The author is silent", "The author keeps silent",
           "The author, for some reason,", "The author conveniently", "The authors do not mention",
           "The authors forget", "The authors, for some reason,", "For some reason, the author"),
    "ru": ("Автор умалчивает", "Автор почему-то", "Автор забывает", "Автор не упоминает", "Автор не уточняет",
           "Авторы умалчивают", "Авторы почему-то", "Авторы забывают", "Автор статьи умалчивает",
           "Автор статьи почему-то", "Автор статьи забывает", "Автор материала умалчивает",
           "Автор материала почему-то"),
    "uk": ("Автор замовчує", "Автор чомусь", "Автор забуває"),
    "de": ("Der Autor verschweigt", "Der Autor vergisst", "Der Autor erwähnt nicht"),
    "fr": ("L'auteur oublie", "L'auteur passe sous silence", "L'auteur ne mentionne pas"),
    "es": ("El autor olvida", "El autor omite", "El autor no menciona"),
    "it": ("L'autore dimentica", "L'autore tace", "L'autore non menziona"),
    "pl": ("Autor pomija", "Autor zapomina", "Autor nie wspomina"),
}

# Renamed places: (current name, former name).  A bracket that gives one name
# right after the other, either way round ("Pokrovsk (Krasnoarmeysk)",
# "Артемовском (Бахмутом)"), is a gloss for the republisher's audience.  The
# other name must stand right before the bracket: "Неофит (Димитров)" is a
# surname, not Myrnohrad's old name.
RENAMED_PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
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
    ),
    "ru": (
        ("Покровск", "Красноармейск"), ("Бахмут", "Артемовск"), ("Бахмут", "Артёмовск"),
        ("Торецк", "Дзержинск"), ("Днепр", "Днепропетровск"), ("Мирноград", "Димитров"),
        ("Кропивницкий", "Кировоград"), ("Горишние Плавни", "Комсомольск"),
        ("Самар", "Новомосковск"), ("Угледар", "Вугледар"), ("Часов Яр", "Часив Яр"),
        ("Кадиевка", "Стаханов"), ("Хрустальный", "Красный Луч"), ("Довжанск", "Свердловск"),
        ("Сорокино", "Краснодон"), ("Голубовка", "Кировск"), ("Лиман", "Красный Лиман"),
        ("Черноморск", "Ильичевск"), ("Черноморск", "Ильичёвск"), ("Каменское", "Днепродзержинск"),
        ("Покров", "Орджоникидзе"), ("Подольск", "Котовск"), ("Алешки", "Цюрупинск"),
        ("Звягель", "Новоград-Волынский"), ("Шептицкий", "Червоноград"), ("Сновск", "Щорс"),
        ("Кальмиусское", "Комсомольское"),
        ("Ивано-Франковск", "Станислав"), ("Хмельницкий", "Проскуров"), ("Донецк", "Сталино"),
        ("Луганск", "Ворошиловград"), ("Волгоград", "Сталинград"), ("Санкт-Петербург", "Ленинград"),
        ("Екатеринбург", "Свердловск"), ("Нижний Новгород", "Горький"), ("Самара", "Куйбышев"),
        ("Тверь", "Калинин"), ("Владикавказ", "Орджоникидзе"), ("Калининград", "Кёнигсберг"),
        ("Калининград", "Кенигсберг"), ("Советск", "Тильзит"), ("Тбилиси", "Тифлис"), ("Гюмри", "Ленинакан"),
        ("Гянджа", "Кировабад"), ("Алматы", "Алма-Ата"), ("Астана", "Нур-Султан"), ("Астана", "Акмола"),
        ("Астана", "Целиноград"), ("Бишкек", "Фрунзе"), ("Душанбе", "Сталинабад"), ("Худжанд", "Ленинабад"),
        ("Туркменабад", "Чарджоу"), ("Туркменбаши", "Красноводск"), ("Шымкент", "Чимкент"),
        ("Уральск", "Орал"), ("Шпицберген", "Свальбард"), ("Мьянма", "Бирма"), ("Эсватини", "Свазиленд"),
        ("Шри-Ланка", "Цейлон"), ("Северная Македония", "Македония"),
        ("Вараш", "Кузнецовск"), ("Пивденноукраинск", "Южноукраинск"), ("Бохтар", "Курган-Тюбе"),
        ("Истаравшан", "Ура-Тюбе"), ("Кулоб", "Куляб"), ("Каракол", "Пржевальск"),
        ("Тараз", "Джамбул"), ("Усть-Каменогорск", "Оскемен"), ("Семей", "Семипалатинск"),
        ("Костанай", "Кустанай"), ("Актау", "Шевченко"), ("Атырау", "Гурьев"), ("Петропавловск", "Петропавл"),
        ("Ванадзор", "Кировакан"), ("Таллин", "Ревель"), ("Каунас", "Ковно"),
        ("Даугавпилс", "Двинск"), ("Тарту", "Юрьев"), ("Елгава", "Митава"),
    ),
}

# Words that may stand before a former name inside the gloss: "(formerly Artemovsk)".
GLOSS_PREFIXES: tuple[str, ...] = ("formerly", "former", "Soviet name", "Russian name", "бывший",
                                   "бывш.", "ранее", "прежде", "до переименования", "быв.")
# Words that may stand before a current name inside the gloss: "(now Bakhmut)".
GLOSS_CURRENT_PREFIXES: tuple[str, ...] = ("now", "today", "currently", "ныне", "сейчас", "теперь", "нынешний")

# Words of a republisher arguing with the source, grouped by what they do, so that
# a cue learnt in one language counts in the others ("автор" and "the author" are
# one feature).  Sentences and mid-article paragraphs go to the model only when
# they hold one of these (the rest of the body is the source's own, and scoring
# every sentence would cost the most).
ASIDE_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "author": {"en": ("the author", "the authors", "author"), "ru": ("автор", "авторы", "автора"),
               "uk": ("автор",), "de": ("der Autor", "die Autoren"), "fr": ("l'auteur", "les auteurs"),
               "es": ("el autor", "los autores"), "it": ("l'autore", "gli autori"), "pl": ("autor", "autorzy")},
    "as_if": {"en": ("as if",), "ru": ("как будто", "будто бы"), "de": ("als ob",), "fr": ("comme si",),
              "es": ("como si",), "it": ("come se",), "pl": ("jakby",)},
    "of_course": {"en": ("of course", "naturally", "needless to say"), "ru": ("разумеется", "конечно", "естественно"),
                  "uk": ("звісно",), "de": ("natürlich",), "fr": ("bien sûr",), "es": ("por supuesto",),
                  "it": ("ovviamente", "naturalmente"), "pl": ("oczywiście", "rzecz jasna")},
    "apparently": {"en": ("apparently",), "ru": ("видимо",), "de": ("offenbar",)},
    "obviously": {"en": ("obviously",), "ru": ("очевидно",), "uk": ("очевидно",), "fr": ("évidemment",),
                  "es": ("evidentemente",)},
    "keeps_silent": {"en": ("forget", "forgets", "silent", "fails to mention", "does not mention", "does not ask"),
                     "ru": ("умалчива", "забыва")},
    "somehow": {"en": ("conveniently",), "ru": ("почему-то", "якобы", "впрочем")},
    "reminder": {"en": ("we note", "recall that", "it is worth"), "ru": ("напомним", "отметим", "заметим", "стоит"),
                 "uk": ("нагадаємо",)},
}

# Verbs with which a republisher's lead names the outlet it translates: "…, пишет
# The Times.", "…, Bloomberg reports."  A paragraph right under a headline of the
# form "Outlet (Country): title" that says so of that same outlet is a lead.
OUTLET_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("writes", "reports", "wrote", "reported", "according to", "points out", "notes", "claims"),
    "ru": ("пишет", "сообщает", "пишут", "сообщают", "пишет газета", "пишет издание", "пишет журнал",
           "по данным", "по словам", "по информации", "по мнению", "отмечает", "указывает", "утверждает"),
    "uk": ("пише", "повідомляє"),
    "de": ("schreibt", "berichtet"),
    "fr": ("écrit", "rapporte"),
    "es": ("escribe", "informa"),
    "it": ("scrive", "riporta"),
    "pl": ("pisze", "informuje"),
}
# What may stand between the verb and the outlet's name: "…, пишет швейцарская
# газета Le Temps.", "…, writes the Swiss newspaper Le Temps."  Up to two
# describing words go before one of these nouns.
OUTLET_DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "en": ("newspaper", "daily", "weekly", "magazine", "publication", "outlet", "website", "portal", "agency",
           "news agency", "broadcaster", "channel", "tabloid", "journal"),
    "ru": ("газета", "издание", "журнал", "еженедельник", "ежедневник", "таблоид", "агентство", "портал", "сайт",
           "телеканал", "канал", "радиостанция",
           # after "по данным", "по информации", "по мнению": the genitive
           "газеты", "издания", "журнала", "еженедельника", "таблоида", "агентства", "портала", "сайта",
           "телеканала", "канала", "радиостанции"),
    "uk": ("газета", "видання", "журнал", "агентство"),
    "de": ("Zeitung", "Wochenzeitung", "Magazin", "Nachrichtenagentur"),
    "fr": ("le journal", "le quotidien", "l'hebdomadaire", "le magazine"),
    "es": ("el diario", "el periódico", "la revista"),
    "it": ("il quotidiano", "il giornale", "il settimanale"),
    "pl": ("dziennik", "tygodnik", "gazeta", "portal"),
}

# Third-person reporting verbs: a republisher's lead reports on the source.
REPORTING_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("reports", "writes", "reported", "wrote", "according to", "says", "notes", "believes",
           "claims", "argues", "informs", "the author", "the newspaper", "the publication",
           "columnist", "the edition", "the journalist"),
    "ru": ("пишет", "сообщает", "сообщают", "пишут", "по мнению", "считает", "утверждает",
           "рассказывает", "полагает", "отмечает", "уверен", "автор", "издание", "газета",
           "обозреватель", "колумнист", "журналист", "по данным"),
}


# ---------------------------------------------------------------------------
# compilation

DASH = "[-‐‑‒–—―]"


@dataclass(frozen=True, slots=True)
class Marker:
    """One table entry compiled: ``text`` as written, ``lang`` of its table."""

    text: str
    lang: str
    needs_dash: bool
    pattern: str  # regex source of the marker itself


def _marker_pattern(entry: str) -> tuple[str, bool]:
    needs_dash = entry[0] in "-–—"
    words = entry.lstrip("-–— ")
    if words.startswith("re:"):
        return words[3:], needs_dash
    out = []
    for char in words:
        if char == ".":
            out.append(r"\.?\s*")
        elif char == " ":
            out.append(r"\s*")
        elif char in "'’":
            out.append("['’]")
        elif char in "«»\"":
            out.append("[«»\"“”]?")
        else:
            out.append(re.escape(char))
    return "".join(out), needs_dash


def compile_markers(table: dict[str, tuple[str, ...]]) -> tuple[Marker, ...]:
    """Turn a language -> entries table into :class:`Marker` objects, table order kept."""
    markers = []
    for lang, entries in table.items():
        for entry in entries:
            pattern, needs_dash = _marker_pattern(entry)
            markers.append(Marker(entry, lang, needs_dash, pattern))
    return tuple(markers)


def compile_phrases(table: dict[str, tuple[str, ...]]) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Compile a table of phrase patterns into ``(lang, entry, pattern)`` triples."""
    out = []
    for lang, entries in table.items():
        for entry in entries:
            source = entry[3:] if entry.startswith("re:") else re.escape(entry)
            out.append((lang, entry, re.compile(source, re.IGNORECASE)))
    return tuple(out)
