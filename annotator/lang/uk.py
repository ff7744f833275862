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
DISCLAIMERS: tuple[tuple[str, str], ...] = (
    ("не відображають позицію редакції", r"re:не\s+відображають\s+позицію\s+редакції"),
    # a review's notice in other words, as the writers' corpus has it
    ("не збігаються з позицією редакції", r"re:не\s+(?:обов.язково\s+)?збігаються\s+з\s+(?:позицією|думкою)\s+редакції"),
    ("за матеріалами іноземних видань", r"re:за\s+(?:матеріалами|публікаціями)\s+(?:іноземних|зарубіжних)\s+(?:видань|ЗМІ|медіа)"),
)
CREDIT_LINES: tuple[tuple[str, str], ...] = (
    ("Джерело: / Переклад:", r"re:(?:Джерело|Переклад)\s*:"), ("За матеріалами", r"re:\(?За\s+матеріалами\s"),
    ("(вперше) опубліковано в", r"re:(?:(?:Стаття|Матеріал|Текст)\s+)?(?:вперше\s+)?(?:опублікован[аоі]?|надрукован[аоі]?)\s+(?:вперше\s+)?(?:в|у|на)\s+(?:журналі|газеті|виданні|[«\"A-Z])"),
    # a translation notice under a republished text
    ("Переклад з <мови> / Текст перекладено", r"re:(?:Переклад\s+з\s+\w+(?:ої|ого)\b|Текст\s+перекладено\s)"),
)
GLOSS_OPENERS: tuple[str, ...] = ("українською",)

ASIDE_BRACKET_OPENERS: tuple[str, ...] = ("ніби", "наче", "що, звісно,", "що, втім,")
ASIDE_SENTENCE_OPENERS: tuple[str, ...] = ("Автор замовчує", "Автор чомусь", "Автор забуває")
ASIDE_CUES: dict[str, tuple[str, ...]] = {
    "author": ("автор",),
    "of_course": ("звісно",),
    "obviously": ("очевидно",),
    "reminder": ("нагадаємо",),
}

OUTLET_VERBS: tuple[str, ...] = ("пише", "повідомляє", "передають", "передає", "з посиланням на")
OUTLET_DESCRIPTORS: tuple[str, ...] = ("газета", "видання", "журнал", "агентство")

# Ukrainian letters in Latin, the national system of 2010 (Kyiv, Kharkiv, Zhytomyr).
TRANSLITERATION: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
}

# A republisher's lead in any layout: how it reports on its source and names the source's author.
LEAD_VERBS: tuple[str, ...] = ("пише", "повідомляє", "вважає", "стверджує", "розповідає", "зазначає")
REVIEW_VERBS: tuple[str, ...] = (
    "констатує", "наголошує", "підкреслює", "нагадує", "попереджає", "застерігає", "звертає увагу", "на думку",
    "доходить висновку", "доходять висновку", "робить висновок", "цитує", "наводить слова", "посилається",
    "припускає", "переконаний", "переконана", "сумнівається", "пишуть", "зазначають", "вважають", "у статті",
    "нагадують", "застерігають", "наголошують", "підкреслюють", "звертають увагу", "цитують", "прогнозує",
    "прогнозують", "підсумовує", "резюмує", "іронізує", "вказує", "вказують", "визнає", "визнають",
    "ставить запитання", "попереджають",
)
REVIEW_SOURCE_STEMS: tuple[str, ...] = ("автор", "оглядач", "колумніст", "журналіст", "кореспондент", "коментатор", "видання", "газет")
SOURCE_AUTHORS: tuple[str, ...] = ("автор статті", "автор", "оглядач", "колумніст", "журналіст", "кореспондент", "видання", "газета")
# The link a republisher prints to the article it translated (docs/FORMS.md).
ORIGINAL_LINKS: tuple[str, ...] = ("Оригінал публікації", "Оригінал статті", "Читати оригінал")

# A lead between a headline and a byline that calls its source an outlet ('the Polish portal Interia'),
# and the words a byline line opens with ('By', 'Par').
SOURCE_OUTLET_NOUNS: tuple[str, ...] = ("газета", "газети", "газеті", "газетою", "видання", "виданню", "тижневик", "тижневика", "щоденник", "щоденника", "журнал", "журналу", "агенція", "агенції", "агентство", "портал", "порталу", "сайт", "сайту", "телеканал", "телеканалу")
BYLINE_OPENERS: tuple[str, ...] = ("Автор:", "Розмовляв", "Розмовляла")
BYLINE_CONJUNCTIONS: tuple[str, ...] = ("і", "та")

# A bracket that names the language of the word it gives ('(лит. Nemuno aušra)', '(russ. Пункт …)'): in a
# translation, the translator's original-language spelling.
LANGUAGE_LABELS: tuple[str, ...] = ("рос.", "англ.", "нім.", "франц.", "польськ.", "лит.", "угор.", "рум.", "кит.", "білор.")

# A republisher's bracket that speaks of the source in the third person: an aside in a translation
# ('(газета об этом умалчивает)', '(the author does not say why)').
ASIDE_SOURCE_WORDS: tuple[tuple[str, str], ...] = (
    ("газета, видання, редакція", r"re:(?:газет|видання|редакці)\w*"),
    ("автор (не «автор цих рядків»)", r"re:автор\w*(?!\s+цих\s+рядків)(?!\s+(?:законопроєкт|доповід|дослідженн|книг|лист|проєкт)\w*)"),
    ("стаття (не «стаття 56»)", r"re:статт(?:я|і|ю)(?!\s*\d)"),
)
