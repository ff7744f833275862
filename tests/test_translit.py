"""Original-language spellings: names compared by transliteration, and the gloss rule built on it."""

import pytest

import annotator
from annotator import translit


@pytest.mark.parametrize("cyrillic, latin", [
    # Slavic names in English, German and French spellings, Russian and Ukrainian systems
    ("Зеленский", "Zelensky"), ("Зеленский", "Zelenskyy"), ("Навальный", "Nawalny"),
    ("Ходорковский", "Chodorkowski"), ("Чайковский", "Tchaikovsky"), ("Харків", "Kharkiv"),
    ("Київ", "Kyiv"), ("Житомир", "Zhytomyr"), ("Роберт Фицо", "Robert Fico"), ("Туск", "Donald Tusk"),
    # Arabic, Persian and Hebrew names
    ("Нетаньяху", "Benjamin Netanyahu"), ("Алиреза Резахах", "Alireza Rezakhah"), ("Хаменеи", "Khamenei"),
    ("Махмуд Аббас", "Mahmoud Abbas"), ("Мохаммед бен Салман", "Mohammed bin Salman"),
    ("Ицхак Герцог", "Isaac Herzog"),
    # German, French and Nordic names
    ("Шольц", "Olaf Scholz"), ("Мерц", "Merz"), ("Юрген Хабермас", "Jürgen Habermas"), ("Мюллер", "Müller"),
    ("Франсуа Олланд", "François Hollande"), ("Шарль де Голль", "Charles de Gaulle"), ("Ширак", "Chirac"),
    ("Йенс Столтенберг", "Jens Stoltenberg"), ("Йонас Гар Стёре", "Jonas Gahr Støre"),
    ("Саули Ниинистё", "Sauli Niinistö"), ("Хьюго", "Hugo"), ("Максим", "Maxim"),
    # English names and places
    ("Крессида Дик", "Cressida Dick"), ("Джон Говард", "John Howard"), ("Медисон-сквер-гарден", "Madison Square Garden"),
])
def test_names_and_their_transliterations_score_high(cyrillic, latin):
    assert translit.best_match(cyrillic, latin) >= translit.NAME_MATCH
    assert translit.best_match("сказал " + cyrillic, latin) >= translit.NAME_MATCH  # the words before vary


@pytest.mark.parametrize("cyrillic, latin", [
    ("курдское ополчение", "YPG"), ("Евросоюз", "EU"), ("альянса", "NATO"), ("Себастьяна Феттеля", "Ferrari"),
    ("Льюис Хэмилтон", "Mercedes"), ("сказал он", "Bloomberg"), ("движения", "Hezbollah"), ("партия", "AfD"),
    ("канцлер", "Olaf Scholz"), ("стратегическая неопределенность", "strategic ambiguity"),
])
def test_unrelated_words_and_acronyms_score_low(cyrillic, latin):
    assert translit.best_match(cyrillic, latin) < translit.NAME_MATCH


def test_skeletons_fold_what_spelling_systems_disagree_on():
    assert translit.skeleton("Zelensky") == translit.skeleton("Zelenskyy")
    assert translit.skeleton("Scholz") == translit.skeleton("Sholts")
    assert "kharkiv" in translit.to_latin("Харків")  # the Ukrainian table
    assert translit.script("Нетаньяху") == "cyrillic" and translit.script("Müller") == "latin"
    assert translit.script("2024") == "" and translit.script("Bалаклава") == ""  # none, or mixed


def glosses(text, republished=None):
    result = annotator.predict_rules(text, republished=republished)
    return [(text[s.start:s.end], s.marker.split(":")[0]) for s in result.spans if s.kind == "gloss"]


@pytest.mark.parametrize("text, spans", [
    ("Премьер Нетаньяху (Benjamin Netanyahu) заявил, что переговоры продолжатся.",
     [("(Benjamin Netanyahu)", "original spelling")]),
    ("Министр Алиреза Резахах (Alireza Rezakhah) приехал в Вену.", [("(Alireza Rezakhah)", "original spelling")]),
    ("Политика «Доктрины» (Doktrin) и стратегическая неопределенность (strategic ambiguity) сохраняются.",
     [("(Doktrin)", "original spelling"), ("(strategic ambiguity)", "original term")]),
    # a Roman numeral before the bracket does not make the words before it Latin
    ("Модель «Вин Лун II» (Wing Loong II) показали на выставке.", [("(Wing Loong II)", "original spelling")]),
    # a translated name given in the original, capitalised ("(Charity Commission)"): the translator's too
    ("Комиссия по делам благотворительных организаций (Charity Commission) начала проверку.",
     [("(Charity Commission)", "original name")]),
    # the original in a script neither the text nor a transliteration uses
    ("Forscher der Akademie der Wissenschaften (中国科学院) legen Ergebnisse vor.", [("(中国科学院)", "original spelling")]),
    ("Le ministre des Finances Mohammed al-Jadaan (محمد الجدعان) a démenti.", [("(محمد الجدعان)", "original spelling")]),
    # the acronym kept in the translation, spelled out (as in the guide's "the APU (Armed Forces of Ukraine)")
    ("The CDU (Christian Democratic Union) held the line.", [("(Christian Democratic Union)", "acronym spelled out")]),
    ("Dane ZUS (Zakład Ubezpieczeń Społecznych) to potwierdzają.",
     [("(Zakład Ubezpieczeń Społecznych)", "acronym spelled out")]),
    # the bracket names the language of the word it gives
    ("В коалицию вошла партия «Заря Немана» (лит. Nemuno aušra).", [("(лит. Nemuno aušra)", "original spelling")]),
    ("Die Basis heißt offiziell Versorgungspunkt (russ. Пункт снабжения).", [("(russ. Пункт снабжения)", "original spelling")]),
    # the other direction: a Cyrillic spelling after a Latin name in a translation into English
    ("Opposition leader Navalny (Навальный) was detained again.", [("(Навальный)", "original spelling")]),
])
def test_a_republished_texts_original_spellings_are_glosses(text, spans):
    assert glosses(text, republished=True) == spans


@pytest.mark.parametrize("text", [
    "Премьер Нетаньяху (Benjamin Netanyahu) заявил, что переговоры продолжатся.",
    "Стратегическая неопределенность (strategic ambiguity) сохраняется.",
    "Opposition leader Navalny (Навальный) was detained again.",
    "Модель «Вин Лун II» (Wing Loong II) показали на выставке.",  # a Latin name after Cyrillic is not doubled
    "Комиссия по делам благотворительных организаций (Charity Commission) начала проверку.",
    "Forscher der Akademie der Wissenschaften (中国科学院) legen Ergebnisse vor.",
    "В коалицию вошла партия «Заря Немана» (лит. Nemuno aušra).",  # an author explains it in his own text
    "The CDU (Christian Democratic Union) held the line.",
])
def test_an_outlets_own_article_keeps_them(text):
    assert glosses(text, republished=False) == []
    assert glosses(text) == []  # no republication signal: the prior says not republished


@pytest.mark.parametrize("text", [
    "Альянс (NATO) усилил группировку, а боевики (ИГИЛ) отступили.",  # acronyms
    "Министр заявил агентству (Reuters), что переговоры продолжатся.",  # an agency tag
    "Об этом пишет сайт (www.example.org) и канал (@newsroom).",  # an address and a handle
    "Сенатор Смит (D-Mich.) выступил против.",  # a party tag
    "Автор цитирует (sic) дословно.",  # Latin, but no term
    "Компания Google (Alphabet) отчиталась.",  # a Latin name that spells nothing before it
    "Программа (Horizon 2020) продлена.",  # digits
    "Партия «Право и справедливость» (PiS) и ведомство (BMVg) промолчали.",  # acronyms however they are cased
    "The APU (who else?) held the line, and the SBU (Security Service) did not.",  # no spelling, other letters
])
def test_negatives_stay_original_even_when_republished(text):
    assert [g for g in glosses(text, republished=True) if g[1] != "renamed"] == []


@pytest.mark.parametrize("text, span", [
    ("Prime Minister Benjamin Netanyahu (Benjamin Netanyahu) said the talks would go on.",
     "(Benjamin Netanyahu)"),
    ("President Volodymyr Zelensky (Volodymyr Zelenskyy) spoke on Monday.", "(Volodymyr Zelenskyy)"),
])
def test_a_doubled_latin_name_needs_no_prior(text, span):
    assert glosses(text, republished=False) == [(span, "doubled name")]


@pytest.mark.parametrize("text", [
    "He studied at Smith (Smith College) for two years.",  # the bracket says more than the name
    "The agency (Reuters) reported it.",
    "The alliance (NATO) agreed.",
])
def test_a_latin_bracket_that_is_not_the_name_repeated_stays_original(text):
    assert glosses(text, republished=False) == []
