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

# Foreign outlets a republisher translates, as their names are written (case-sensitive, whole words): a
# paragraph between a headline and a byline that names one is the republisher's lead, whatever its verb
# ("Le Figaro laments …", "Подробности приводит Nikkei Asia").  General knowledge of the press, not a list
# taken from any page; a name that is also a common word ("Time", "Bild", "Focus", "Stern", "Страна") is left out.
KNOWN_OUTLETS: tuple[str, ...] = (
    "The New York Times", "New York Times", "The Washington Post", "Washington Post",
    "The Wall Street Journal", "Wall Street Journal", "Los Angeles Times", "USA Today", "The Boston Globe",
    "Chicago Tribune", "Miami Herald", "Newsweek", "Forbes", "Business Insider", "The Atlantic",
    "The New Yorker", "The New Republic", "The Nation", "The National Interest", "National Interest",
    "Foreign Affairs", "Foreign Policy", "Politico", "Axios", "The Hill", "HuffPost", "Vox", "Slate",
    "Breitbart", "Fox News", "CNN", "CNBC", "NBC News", "CBS News", "ABC News", "NPR", "Bloomberg", "Reuters",
    "Associated Press", "The Economist", "Financial Times", "The Guardian", "The Observer", "The Independent",
    "The Times", "The Sunday Times", "The Daily Telegraph", "The Telegraph", "Daily Mail", "The Spectator",
    "New Statesman", "The Irish Times", "BBC", "Sky News", "Al Jazeera", "Al-Monitor", "Haaretz",
    "The Jerusalem Post", "Yedioth Ahronoth", "Hürriyet", "Milliyet", "Daily Sabah", "Cumhuriyet",
    "Der Spiegel", "Spiegel", "Die Zeit", "Zeit Online", "Frankfurter Allgemeine Zeitung",
    "Frankfurter Allgemeine", "Süddeutsche Zeitung", "Die Welt", "Welt am Sonntag", "Handelsblatt",
    "Der Tagesspiegel", "Tagesspiegel", "Berliner Zeitung", "Neue Zürcher Zeitung", "Die Presse",
    "Der Standard", "Deutsche Welle", "n-tv", "Le Monde", "Le Figaro", "Libération", "Le Point", "L'Express",
    "Les Echos", "L'Obs", "Le Parisien", "Mediapart", "La Croix", "Le Temps", "Le Soir", "France 24",
    "El País", "El Mundo", "La Vanguardia", "El Confidencial", "Clarín", "La Nación", "El Universal",
    "El Tiempo", "La Tercera", "El Comercio", "Corriere della Sera", "La Repubblica", "La Stampa",
    "Il Sole 24 Ore", "Il Fatto Quotidiano", "Il Giornale", "Avvenire", "Gazeta Wyborcza", "Rzeczpospolita",
    "Polityka", "Wprost", "Newsweek Polska", "Wirtualna Polska", "Interia", "Onet", "Do Rzeczy",
    "Dziennik Gazeta Prawna", "Ukrainska Pravda", "Kyiv Post", "Kyiv Independent", "Delfi", "Postimees",
    "Diena", "Lietuvos rytas", "Helsingin Sanomat", "Dagens Nyheter", "Svenska Dagbladet", "Aftonbladet",
    "Aftenposten", "Politiken", "Jyllands-Posten", "De Telegraaf", "De Volkskrant", "Público", "Expresso",
    "Folha de S.Paulo", "O Globo", "O Estado de S. Paulo", "Estadão", "The Sydney Morning Herald",
    "Sydney Morning Herald", "The Australian", "The Globe and Mail", "Toronto Star", "National Post",
    "South China Morning Post", "Global Times", "China Daily", "Xinhua", "Nikkei Asia", "Nikkei",
    "Asahi Shimbun", "Yomiuri Shimbun", "The Japan Times", "Yonhap", "Chosun Ilbo", "The Korea Herald",
    "The Hindu", "The Times of India", "Hindustan Times", "The Diplomat", "Asia Times", "Al-Ahram",
    "Asharq Al-Awsat", "Al Arabiya", "Gulf News", "Tehran Times", "Daily Nation", "Kommersant", "Vedomosti",
    "Izvestia", "Nezavisimaya Gazeta", "Rossiyskaya Gazeta", "Novaya Gazeta", "Meduza", "Interfax",
    "RIA Novosti", "Коммерсантъ", "Коммерсант", "Ведомости", "Известия", "Независимая газета",
    "Российская газета", "Новая газета", "Московский комсомолец", "Комсомольская правда", "Аргументы и факты",
    "Главком", "Зеркало недели", "Дзеркало тижня", "Українська правда", "Украинская правда", "Новое время",
   
)
