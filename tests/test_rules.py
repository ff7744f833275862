"""The marker tables and the bracket scanner, on the guide's own examples."""

import pytest

from annotator import Annotator
from annotator.candidates import bracket_groups
from annotator.rules import attribution, is_marked

rules = Annotator()


def spans_of(text):
    result = rules.predict(text)
    return [(text[s.start:s.end], s.kind) for s in result.spans]


@pytest.mark.parametrize("text, kind", [
    ("Putin sent troops (the authors forget it. – Approx. InoSMI).", "note"),
    ("Путин (тут автор лукавит. — Прим. ИноСМИ) сказал.", "note"),
    ("Он сказал (это не так — прим. ред.) вчера.", "note"),
    ("Он сказал (речь о Тиллерсоне. — \nRT\n) вчера.", "note"),
    ("Он сказал (речь о Тиллерсоне. - прим. RT) вчера.", "note"),
    ("Министр (уже бывший. – «НГ») заявил.", "note"),
    ("Министр (уже бывший. – В.К.) заявил.", "note"),
    ("He said [Editor's note: this is wrong] yesterday.", "note"),
    ("He said (the figure is disputed – Ed.) yesterday.", "note"),
    ("Er sagte (gemeint ist Scholz, Anm. d. Red.) gestern.", "note"),
    ("Il a dit (NDLR : le ministre) hier.", "note"),
    ("Ha detto (N.d.R.) ieri.", "note"),
    ("Dijo (N. de la R.: el ministro) ayer.", "note"),
    ("Powiedział (chodzi o premiera – przyp. red.) wczoraj.", "note"),
    ("Він сказав (йдеться про прем'єра — прим. ред.) вчора.", "note"),
    ("Он сказал (игра слов — прим. пер.) вчера.", "translator_note"),
    ("Он сказал (игра слов — прим. перев.) вчера.", "translator_note"),
    ("He said (a pun – approx. transl.) yesterday.", "translator_note"),
    ("He said (Translator's note: a pun) yesterday.", "translator_note"),
    ("Il a dit (jeu de mots, N.d.T.) hier.", "translator_note"),
    ("Dijo (juego de palabras, N. del T.) ayer.", "translator_note"),
    ("Powiedział (gra słów – przyp. tłum.) wczoraj.", "translator_note"),
    ("Фонд (признан иноагентом) заявил.", "legal_label"),
    ("«Мемориал» (организация запрещена в РФ) заявил.", "legal_label"),
    ("Meta (recognized as extremist and banned in Russia) said.", "legal_label"),
    ("The town of Pokrovsk (Krasnoarmeysk) fell.", "gloss"),
    ("Бои у Бахмута (Артемовска) продолжались.", "gloss"),
    ("The port of Chornomorsk (Illichivsk) kept working.", "gloss"),
    ("Порт Черноморска (Ильичевска) продолжал работать.", "gloss"),
    ("Завод в Каменском (бывший Днепродзержинск) встал.", "gloss"),
    ("He wrote 'we won' (sic!) in the letter.", "aside"),
    ("Brussels objected (as if the Commission had not demanded the same) at once.", "aside"),
    ("Власти возразили (как будто от смены названия что-то меняется) сразу.", "aside"),
    ("Prices rose (which, of course, nobody in Berlin admits) again.", "aside"),
    ("Цены выросли (что, впрочем, никого в Берлине не смущает) снова.", "aside"),
    ("Бюджет вырос (в действительности его урезали вдвое) на треть.", "aside"),
    ("Aid was promised (ironically, by the same ministers who cut it) again.", "aside"),
    ("And Russia <...> manages to recruit.", "elision"),
    ("And Russia <…> manages to recruit.", "elision"),
])
def test_marker_finds_the_whole_insertion(text, kind):
    found = spans_of(text)
    assert len(found) == 1, found
    span_text, found_kind = found[0]
    assert found_kind == kind
    assert span_text[0] in "([<" and span_text[-1] in ")]>"


@pytest.mark.parametrize("text", [
    "The key point for Zelensky (and an obstacle for NATO) is his demand.",
    "The surge in aid (including the transfer of artillery shells, missiles) is explained.",
    "Он сказал (RT) вчера.",                       # a bare outlet name is no signature
    "В Сирии действует «Джебхат ан-Нусра» (ранее «Нусра»).",
    "The bill (HR 815) passed the Senate (R-Texas voted no).",
    "Мы говорили о реестре иноагентов (он был создан в 2012 году и с тех пор не раз расширялся).",
])
def test_original_parentheses_stay_original(text):
    assert spans_of(text) == []


@pytest.mark.parametrize("text, sentence", [
    ("Title\nThe plan failed. The author does not mention that it failed twice. Prices rose.\nEnd.",
     "The author does not mention that it failed twice."),
    ("Заголовок\nПлан провалился. Автор почему-то умалчивает, что он провалился дважды.\nКонец.",
     "Автор почему-то умалчивает, что он провалился дважды."),
    ("Title\nThe author, for some reason, says nothing about the reactors in China.\nEnd.",
     "The author, for some reason, says nothing about the reactors in China."),
    ("Título\nEl plan fracasó. El autor olvida que fracasó dos veces.\nFin.",
     "El autor olvida que fracasó dos veces."),
])
def test_a_sentence_that_opens_like_a_polemic_is_an_aside(text, sentence):
    assert spans_of(text) == [(sentence, "aside")]


def test_every_sentence_opener_holds_a_search_hint():
    # the hints are a prefilter: an opener without one would never be searched for
    from annotator import lang
    from annotator.rules import forms_for

    for langs in (None, *((code,) for code in lang.LANGUAGES)):
        hints = forms_for(langs).sentence_hints
        assert len(hints) <= 6
        for opener in lang.selected_entries("ASIDE_SENTENCE_OPENERS", langs):
            assert any(hint in opener for hint in hints), opener


@pytest.mark.parametrize("text", [
    "Title\n«Автор умалчивает об этом. Так бывает», — сказал он.\nEnd.",  # a quoted speaker
    "Title\nHe said the author does not mention it.\nEnd.",  # not at a sentence start
    "Title\nThe authorities do not mention it.\nEnd.",
    "Title\nThe result (of course, with the usual caveats) was clear.\nEnd.",  # the source's own "(of course, …)"
    "Title\nВлияние (как и прежде) сохранилось; это (конечно, если верить опросам) важно.\nEnd.",
])
def test_polemic_openers_only_where_a_republisher_writes_them(text):
    assert spans_of(text) == []


def test_disclaimer_and_paragraph_elision_cover_the_paragraph():
    text = "Title\nBody text here.\n[…]\nMore body.\nInoSMI materials contain assessments exclusively of foreign media and do not reflect the position of the InoSMI editorial board."
    found = spans_of(text)
    assert found == [("[…]", "elision"), (text.splitlines()[-1], "disclaimer")]


def test_asterisk_label_is_two_spans():
    footnote = "* «Исламское государство» (ИГ) — запрещённая в России террористическая организация."
    text = f"Боевики «Исламского государства»* отступили.\n{footnote}"
    found = spans_of(text)
    assert found == [("*", "legal_label"), (footnote, "legal_label")]


def test_asterisk_without_footnote_is_not_a_label():
    assert spans_of("Компания Meta* сообщила о росте.") == []


def test_gloss_inside_original_parenthesis_is_marked_alone():
    text = "The report (fighting near Bakhmut (Artemovsk) went on) was late."
    assert spans_of(text) == [("(Artemovsk)", "gloss")]


def test_note_wins_over_what_it_contains():
    text = "Battles (near Pokrovsk (Krasnoarmeysk), as the authors forget. – Approx. InoSMI) went on."
    assert spans_of(text) == [(text[8:text.index(") went")+1], "note")]


def test_marker_is_recorded():
    result = rules.predict("Он сказал (это не так — прим. ред.) вчера.")
    assert result.spans[0].marker == "прим. ред."
    assert result.spans[0].source == "rule"


def test_unbalanced_brackets_lose_nothing_else():
    text = "Start (unclosed and ] stray. Later (the authors lie – Approx. InoSMI) end."
    found = spans_of(text)
    assert found == [("(the authors lie – Approx. InoSMI)", "note")]


def test_bracket_groups_nesting_and_mixture():
    text = "a (b [c] (d) e) ] f (g"
    groups = {(text[s:e], depth) for s, e, _, depth in bracket_groups(text)}
    assert groups == {("[c]", 1), ("(d)", 1), ("(b [c] (d) e)", 0)}


def test_closer_pops_through_unclosed_openers():
    text = "x (a [b c) y"
    assert [(text[s:e], o) for s, e, o, _ in bracket_groups(text)] == [("(a [b c)", "(")]


def test_attribution_variants_of_dash_case_and_dots():
    for tail in ("– Approx. InoSMI", "- approx. inosmi", "— Approx InoSMI.", "—Approx. InoSMI"):
        assert attribution(f"the authors forget {tail}") == ("note", "Approx. InoSMI"), tail


def test_is_marked_follows_the_guide():
    assert is_marked("(the authors forget. – Approx. InoSMI)", "note")
    assert is_marked("InoSMI materials contain assessments exclusively of foreign media.", "disclaimer")
    assert not is_marked("(Krasnoarmeysk)", "gloss")
    assert not is_marked("(признан иноагентом)", "legal_label")


def test_marker_may_open_the_bracket_after_a_dash():
    text = "Це інструмент (— Прим. ред. Йдеться про інструмент SAFE, схвалений навесні) ЄС."
    assert spans_of(text) == [("(— Прим. ред. Йдеться про інструмент SAFE, схвалений навесні)", "note")]


@pytest.mark.parametrize("text", [
    "The Times (UK): The navy is short of sailors\nThe navy keeps ships in port for want of crews, The Times writes.\n"
    "Jane Doe\nBody text.",
    "The Times (Великобритания): Флоту не хватает моряков\nФлот держит корабли у причалов, пишет The Times.\n"
    "Джейн Доу\nТекст.",
    "Зеркало недели (Украина): Шахтеры уходят\nДобыча угля остановилась, пишет «Зеркало недели».\nТекст.\nЕще текст.",
    "Le Monde (France): Farmers return\nFarmers drive tractors into Paris, according to Le Monde.\nBody.\nMore.",
])
def test_the_paragraph_that_names_the_headlines_outlet_is_a_lead(text):
    lead = text.split("\n")[1]
    assert spans_of(text) == [(lead, "lead")]


@pytest.mark.parametrize("text", [
    # another outlet, a speaker rather than an outlet, no outlet in the headline, not the paragraph under it
    "The New York Times (USA): Exiled media run out of money\nNewsrooms are closing, the Times writes.\nBody.\nMore.",
    "The Times (UK): The navy is short of sailors\nThe navy keeps ships in port, Reuters reports.\nBody.\nMore.",
    "Zelensky: we will hold the line\nThe front will hold, Zelensky says.\nBody.\nMore.",
    "The navy is short of sailors\nThe navy keeps ships in port, The Times writes.\nBody.\nMore.",
    "The Times (UK): The navy is short of sailors\nJane Doe\nThe navy keeps ships in port, The Times writes.\nMore.",
])
def test_no_lead_without_the_headlines_outlet_right_under_it(text):
    assert spans_of(text) == []


@pytest.mark.parametrize("text", [
    # a describing phrase between the verb and the outlet, or a noun after it
    "Le Temps (Швейцария): Эмигранты уезжают\nТысячи россиян покидают Грузию, пишет швейцарская газета Le Temps. "
    "Жизнь подорожала.\nОрели Бонне\nТекст.",
    "Le Temps (Switzerland): Emigrants leave\nThousands of Russians leave Georgia, writes the Swiss newspaper "
    "Le Temps.\nAurélie Bonnet\nBody.",
    "Time (USA): Bihar votes\nThe poorest voters will decide the election, Time magazine writes.\nPriya Rao\nBody.",
    # other reporting phrases, and a describing noun in the genitive
    "The Guardian (UK): Tenants fight back\nRents keep rising, as The Guardian points out, and tenants organise.\n"
    "Ann Lee\nBody.",
    "The Guardian (Великобритания): Арендаторы объединяются\nПо данным британской газеты The Guardian, аренда "
    "дорожает.\nЭнн Ли\nТекст.",
    # the outlet by its initials
    "The New York Times (USA): Exiled media run out of money\nExiled newsrooms are closing projects, the NYT writes."
    "\nGregory Tallis\nBody.",
    # the outlet's name stops at its full stop
    "Le Monde (France): Farmers return\nFarmers are back in Paris, according to Le Monde. They protest.\nBody.\nMore.",
    # no outlet in the headline, but the paragraph names one and a byline follows
    "Британские тюрьмы переполнены\nПравительство освобождает заключенных досрочно, сообщает The Independent. "
    "Надзиратели жалуются.\nЭлис Хартфорд\nВ тюрьмах Англии содержатся 88 тысяч человек.\nЕще текст.",
    "Prisons are full\nThe government frees prisoners early, The Independent reports.\nAlice Hartford, Tom Reed\n"
    "Body.\nMore.",
])
def test_lead_forms_beyond_the_plain_outlet_name(text):
    lead = text.split("\n")[1]
    assert spans_of(text) == [(lead, "lead")]


@pytest.mark.parametrize("text", [
    # a news agency's first paragraph: body text under it, not a byline
    "Обама выдвинул Коми\nПрезидент выдвинул Джеймса Коми, сообщает канал NBC News.\n"
    "Если сенат утвердит кандидатуру, Коми сменит Мюллера.\nЕще текст.",
    # a byline, but the paragraph names no outlet
    "Prisons are full\nThe government frees prisoners early, officials say.\nAlice Hartford\nBody.\nMore.",
    # an outlet and a byline, but the first line reads like body text, not a headline
    "The prisons are full, and nobody cares.\nThe government frees prisoners early, The Independent reports.\n"
    "Alice Hartford\nBody.\nMore.",
])
def test_no_bylined_lead_without_all_of_its_parts(text):
    assert spans_of(text) == []


@pytest.mark.parametrize("text", [
    # the outlet named by what it is, whatever verb reports on it
    "Заправки без бензина\nВодители в Латгалии жалуются на очереди. Портал Delfi съездил в Резекне и "
    "поговорил с ними.\nЯнис Озолс\nОчередь начинается в шесть утра.\nЕще текст.",
    "Ein Hafen ohne Schiffe\nDie Werft in Mykolajiw steht still, klagt die Tageszeitung „Nikolajewskije "
    "Westi“.\nOlena Bondar\nSeit dem Frühjahr ruht die Arbeit.\nMehr Text.",
    "Le port sans navires\nLe quotidien ukrainien Den célèbre la reprise des exportations de céréales.\n"
    "Par Olena Bondar\nLe port revit.\nSuite.",
    # the byline names the outlet the paragraph reports on, with the city in brackets
    "Le port sans navires\nLes exportations de céréales reprennent, se réjouit Kyiv Post.\n"
    "Par Olena Bondar, Kyiv Post (Kiev)\nLe port revit.\nSuite.",
    # a byline with the city after a comma, or the outlet after a dash, or an opener
    "Ein Hafen ohne Schiffe\nDie Werft steht still, schreibt die Zeitung Den.\nOlena Bondar, Mykolajiw\n"
    "Seit dem Frühjahr ruht die Arbeit.\nMehr Text.",
    "Un puerto sin barcos\nEl astillero está parado, según el diario Den.\nPor Olena Bondar — Den\n"
    "Desde la primavera no hay trabajo.\nMás texto.",
    "A port without ships\nThe shipyard is idle, the Ukrainian daily Den finds.\nInterview conducted by Olena "
    "Bondar\nQ: Why?\nA: No orders.",
    # a German compound naming what the outlet is
    "Ein Hafen ohne Schiffe\nDie Werft steht still. Das Hafenportal „Morski Visti“ hat die Arbeiter besucht.\n"
    "Olena Bondar\nSeit dem Frühjahr ruht die Arbeit.\nMehr Text.",
    # a known foreign outlet, whatever the verb
    "Le port sans navires\nLe chantier naval est à l'arrêt, déplore Le Figaro.\nAntoine Morel\nLe port revit.\nSuite.",
    "Порт без кораблей\nВерфь в Николаеве стоит. Подробности приводит Nikkei Asia.\nКэнта Мори\nРабота стоит с весны."
    "\nЕще текст.",
    # an outlet whose name opens with a digit, and one named through its author
    "Коалиция трещит\nЗападные партнеры раздражены. Портал 15min пишет о падении рейтинга.\nЮрате Пятрайтене\n"
    "Текст статьи.\nЕще текст.",
    "Атом и переговоры\nБудущее станции неясно. Обозреватель ZN.ua Ольга Данилевич разбирает предложения.\n"
    "Ольга Данилевич\nТекст статьи.\nЕще текст.",
    "Зима без света\nЭнергосистема потеряла генерацию. Такой прогноз дает обозреватель «Зеркала недели».\n"
    "Сергей Ковтун\nТекст статьи.\nЕще текст.",
    # the byline names a known outlet after a comma
    "Le port sans navires\nLe New York Times se penche sur le chantier naval.\nPar Ann Lee, The New York Times\n"
    "Le port revit.\nSuite.",
])
def test_a_lead_names_its_outlet_in_any_words_over_a_byline(text):
    lead = text.split("\n")[1]
    assert spans_of(text) == [(lead, "lead")]


def test_a_known_outlets_headline_is_a_republishers_and_its_lead_names_it_in_any_words():
    text = ("Die Welt: Європа озброюється повільно\nУряди вчаться купувати зброю, вважає оглядач Die Welt.\n"
            "Три роки тому Берлін оголосив про зміну епохи.\nТекст далі.")
    assert spans_of(text) == [("Уряди вчаться купувати зброю, вважає оглядач Die Welt.", "lead")]
    assert rules.predict(text).republished
    # a speaker's name before the colon is no outlet
    quoted = "Петренко: Європа озброюється\nПетренко вважає, що уряди вчаться.\nТекст.\nЩе текст."
    assert spans_of(quoted) == [] and not rules.predict(quoted).republished


@pytest.mark.parametrize("text", [
    # names cut from their sentence by page extraction are no byline
    "Переговоры в Белом доме\nВ Белом доме прошли переговоры, сообщает корреспондент RT Анна Белова.\n"
    "Президент США\nДжон Смит\nотложил решение.\nЕще текст.",
    # a bare Latin name after an author noun may be the outlet's own ("Корреспондент RT" in RT's article)
    "Туманные перспективы\nПарламент не будет препятствовать переговорам. Корреспондент RT изучил настроения.\n"
    "Урон Шотландии\n«Если правительство не будет слушать народ», — сказал депутат.\nЕще текст.",
    # a paragraph over a byline that names no outlet, only a place
    "Ein Hafen ohne Schiffe\nDie Werft in Mykolajiw steht still, klagen die Arbeiter.\nOlena Bondar, "
    "Mykolajiw\nSeit dem Frühjahr ruht die Arbeit.\nMehr Text.",
])
def test_no_lead_over_a_name_that_is_not_a_byline_or_without_an_outlet(text):
    assert [kind for _, kind in spans_of(text)] == []


@pytest.mark.parametrize("text, gloss", [
    ("Офицеры, воевавшие под Артемовском (Бахмутом), вспоминают.", "(Бахмутом)"),  # the current name glosses the old
    ("Fighting near Artemovsk (now Bakhmut) went on.", "(now Bakhmut)"),
    ("The oases around Turkmenabat (Chardzhou) are drying up.", "(Chardzhou)"),
    ("The archipelago of Svalbard (Spitsbergen) is Norwegian.", "(Spitsbergen)"),
    ("Он родился в Ленинграде (ныне Санкт-Петербург).", "(ныне Санкт-Петербург)"),
])
def test_a_renamed_place_is_glossed_either_way_round(text, gloss):
    assert spans_of(text) == [(gloss, "gloss")]


@pytest.mark.parametrize("text", [
    "Митрополитом избран Неофит (Димитров).",  # a surname, not Myrnohrad's old name
    "Проект разработает КБ «Южное» (Днепропетровск).",  # a place, but not after its other name
    "The writer Alexei Peshkov (Gorky) lived there.",
])
def test_a_former_name_alone_is_no_gloss(text):
    assert spans_of(text) == []


def test_party_tags_are_never_sent_to_the_model():
    from annotator.api import Prepared
    from annotator.features import model_candidates

    text = "Title\nSenator Gary Peters (D-Mich.) and Roger Wicker (R-Miss.) agreed (after a long fight).\nEnd."
    item = Prepared.of(text, "en", True)
    scored = {text[c.start:c.end] for c, _ in model_candidates(text, item.layout, item.brackets, "en", item.proposals)
              if c.unit == "bracket"}
    assert scored == {"(after a long fight)"}


def test_the_rename_rule_wants_the_other_name_before_the_bracket():
    # the rename rule wants the other name right before the bracket, in training as in prediction
    from annotator.candidates import bracket_candidates, layout
    from annotator.rules import renamed_place

    text = "Проект разработает КБ «Южное» (Днепропетровск)."
    (bracket,) = bracket_candidates(text, layout(text))
    assert renamed_place(text, bracket) is None
    text = "Завод в Днепре (Днепропетровске) остановлен."
    (bracket,) = bracket_candidates(text, layout(text))
    assert renamed_place(text, bracket) == "renamed: Днепр (Днепропетровск)"

def test_matches_at_least_counts_in_the_range_and_stops_at_the_count():
    import re

    from annotator.rules import matches_at_least

    word = re.compile(r"\w+")
    assert matches_at_least(word, 3, "one two three") and not matches_at_least(word, 4, "one two three")
    assert not matches_at_least(word, 2, "one two three", 4, 7)  # "two" alone
    assert matches_at_least(word, 2, "one two three", 4)  # "two three", to the end


@pytest.mark.parametrize("notice", [
    "Перевод с польского. Оригинал опубликован в Rzeczpospolita.",
    "Перевод материала Укринформ выполнен редакцией.",
    "Переклад з російської мови.",
    "Translated from the French by the editors.",
    "Aus dem Ukrainischen übersetzt und redaktionell geprüft.",
    "Der Text erschien im Original auf Russisch.",
    "Traduit de l'anglais par la rédaction.",
    "Article d'origine : El Comercio.",
    "Traducción del portugués: redacción.",
    "Questo articolo è stato pubblicato originariamente dal Guardian.",
    "Artykuł ukazał się pierwotnie w dzienniku „Kommiersant”.",
    "Przełożono z rosyjskiego.",
])
def test_a_translation_notice_closing_the_text_is_a_disclaimer(notice):
    text = f"Headline\nFirst paragraph of the article.\nSecond paragraph.\n{notice}"
    assert spans_of(text) == [(notice, "disclaimer")]


@pytest.mark.parametrize("sentence", [
    "Aus dem Kreml hieß es dazu nichts.",  # "aus dem" alone opens no notice
    "Translated into practice, the plan means higher prices.",
    "Traduction politique : la réforme attendra.",
])
def test_a_sentence_that_merely_opens_like_a_notice_stays_original(sentence):
    assert spans_of(f"Headline\nFirst paragraph of the article.\nSecond paragraph.\n{sentence}") == []
