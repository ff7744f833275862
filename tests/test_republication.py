"""The republication prior: what gives a republished translation away, and the override."""

import json

import pytest

import annotator
from annotator.api import Annotator

BODY = "Порт готовится принять вдвое больше контейнеров.\nМестные власти обещают быстрый досмотр.\n"


def prior(text, **kwargs):
    return annotator.predict_rules(text, **kwargs).republication


@pytest.mark.parametrize("text, signal", [
    # a republisher's headline: the outlet and its country in brackets
    ("Global Affairs Review (США): почему северные порты в моде\n" + BODY, "headline: Global Affairs Review (США)"),
    # a republisher named in a first or last line
    (BODY + "Читать inosmi.ru в Telegram\n", "republisher: inosmi.ru"),
    # a signed note
    ("Путин прислал войска (авторы забывают об этом. – Approx. InoSMI).\n" + BODY, "republisher: InoSMI"),
    # a republisher's disclaimer
    (BODY + "Материалы ИноСМИ содержат оценки исключительно зарубежных СМИ.\n", "disclaimer span"),
    # a translator's note
    ("Он сказал «нет» (игра слов — прим. пер.).\n" + BODY, "translator_note span"),
    # a machine translation's trace
    ("He said no (a pun. - Approx. ed.)\nMore text here.\n", "machine translation/any"),
    # a republisher's source line under the headline: the outlet, a comma, its country
    ("Почему северные порты в моде\nNorthern Review, Норвегия\n" + BODY, "source line: Northern Review, Норвегия"),
    ("Почему северные порты в моде\n\n«Harbour Chronicle», Великобритания 12.03.2016\n\n" + BODY,
     "source line: «Harbour Chronicle», Великобритания"),
    # the same line run together by extraction with a logo's alt text, the link and the date
    ("Почему северные порты в моде\nлоготип northern reviewNorthern ReviewНорвегияОригинал публикации12.03.2016\n" + BODY,
     "source line: логотип northern reviewNorthern ReviewНорвегия"),
    # a headline that ends with the outlet in brackets, with its country or without
    ("Почему северные порты в моде (Northern Review, Норвегия)\n" + BODY, "headline: Northern Review, Норвегия"),
    ("Почему северные порты в моде (NR)\n" + BODY, "headline: NR"),
    # a link to the translated original in a last line
    (BODY + "Оригинал публикации: Why northern ports are back\n", "link to the original: Оригинал публикации"),
])
def test_each_signal_makes_a_text_republished(text, signal):
    result = prior(text)
    assert result.republished
    assert any(found.startswith(signal) for found in result.evidence), result.evidence


@pytest.mark.parametrize("text", [
    BODY,
    "Путин: мы не отступим\n" + BODY,  # a quoted speaker's headline, no country in brackets
    "Рынок жилья\nЦены росли весь год.\nИпотека подорожала.\nНа днях ИноСМИ опубликовало подборку статей.\n"
    "Спрос упал.\nЗастройщики ждут.\nБанки тоже.\n",  # ИноСМИ in the body of an outlet's own article
    "Совещание прошло (об этом сообщил пресс-секретарь — прим. ред.).\n" + BODY,  # any outlet's editors sign notes
    # a country after a comma that is no source line: Cyrillic before it, a sentence, or too far down
    "Порты в моде\nОсло, Норвегия\n" + BODY,
    "Порты в моде\nMaersk, Норвегия и Дания подписали соглашение о портах, и это только начало большого пути.\n" + BODY,
    "Порты в моде\n" + BODY * 3 + "Northern Review, Норвегия\n",
    "Северные порты в моде (видео)\n" + BODY,  # a bracket after the headline that names no outlet
    "word (aside)\n" * 5,  # a lower-case bracket names no outlet
    "Biden speaks at the port (VIDEO)\nThe president spoke.\nHe left.\n",  # an English title's own tag
    "Порты в моде\nДругая строка (word)\n" + BODY,  # only the first line is a headline
    # a sentence that ends in an outlet and a country (running text, not a line of metadata)
    "Порты в моде\nОб этом сообщило в понедельник издание Northern Review, Норвегия\n" + BODY,
])
def test_an_outlets_own_article_is_not_republished(text):
    result = prior(text)
    assert not result.republished and result.evidence == ()


def test_the_override_decides_and_keeps_the_evidence():
    text = "Global Affairs Review (США): почему порты в моде\n" + BODY
    forced = prior(text, republished=False)
    assert not forced.republished and forced.override
    assert forced.evidence == ("headline: Global Affairs Review (США)",)
    assert prior(BODY, republished=True).republished


def test_the_prior_is_exposed_on_the_annotation_and_in_its_dict():
    text = "Премьер Нетаньяху (Benjamin Netanyahu) заявил, что переговоры продолжатся.\n" + BODY
    model = annotator.load()
    for predict in (annotator.predict, model.predict, lambda t, **k: model.predict_many([t], **k)[0]):
        plain = predict(text)
        assert not plain.republished
        forced = predict(text, republished=True)
        assert forced.republished
        assert any(s.kind == "gloss" and s.marker == "original spelling: Benjamin Netanyahu" for s in forced.spans)
        record = json.loads(json.dumps(forced.to_dict()))
        assert record["republication"] == {"republished": True, "evidence": [], "override": True}


def test_an_annotation_made_by_hand_has_no_prior():
    made = annotator.Annotation("text")
    assert made.republication is None and not made.republished
    assert "republication" not in made.to_dict()


def test_rules_only_annotators_compute_it_too():
    result = Annotator().predict(BODY + "Читайте ИноСМИ в нашем канале в Telegram\n")
    assert result.republication.evidence == ("republisher: ИноСМИ",)


def test_every_machine_translation_trace_holds_a_search_hint():
    from annotator import lang, republication

    for name, source in lang.entries("MACHINE_TRANSLATION_TRACES"):
        assert any(hint in source for hint in republication.TRACE_HINTS), (name, source)


def test_predict_json_carries_the_evidence(tmp_path, capsys):
    from annotator.cli import main

    article = tmp_path / "article.txt"
    article.write_text("Премьер Нетаньяху (Benjamin Netanyahu) заявил.\n" + BODY + "Читать inosmi.ru\n", encoding="utf-8")
    assert main(["predict", "--json", "--rules-only", str(article)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["republication"] == {"republished": True, "evidence": ["republisher: inosmi.ru"], "override": False}
    assert [s["marker"] for s in record["spans"]] == ["original spelling: Benjamin Netanyahu"]


REVIEW = (
    "Что пишут о выборах соседи\n\n"
    "Nordic Daily, Швеция\n\n"
    "Шведская газета Nordic Daily пишет, что выборы прошли спокойно.\n"
    "По мнению издания, явка оказалась ниже ожидаемой.\n\n"
    "«Это был тихий день для всех нас».\n\n"
    "Итоги дня\n\n"
    "Американское издание The Harbor Post отмечает, что оппозиция готовит протесты.\n"
    "Автор статьи считает, что власти не пойдут на уступки.\n\n"
    "Немецкая Morgenblatt сообщает о реакции Берлина.\n"
)


def _leads(annotation):
    return [annotation.text[s.start:s.end] for s in annotation.spans if s.kind == "lead"]


def test_a_republished_press_review_is_a_lead_line_by_line():
    leads = _leads(annotator.predict_rules(REVIEW))
    assert leads == [
        "Шведская газета Nordic Daily пишет, что выборы прошли спокойно.",
        "По мнению издания, явка оказалась ниже ожидаемой.",
        "Американское издание The Harbor Post отмечает, что оппозиция готовит протесты.",
        "Автор статьи считает, что власти не пойдут на уступки.",
        "Немецкая Morgenblatt сообщает о реакции Берлина.",
    ]  # the quotation-only paragraph, the subhead, the headline and the source line stay original


def test_a_press_review_needs_the_prior_and_enough_reporting_paragraphs():
    own = REVIEW.replace("Nordic Daily, Швеция\n\n", "")
    assert not annotator.predict_rules(own).republished
    assert _leads(annotator.predict_rules(own)) == []  # an outlet's own review of the press is its own text
    assert len(_leads(annotator.predict_rules(own, republished=True))) == 5
    # two reporting paragraphs among many of the text's own: a translation that cites the press, no review
    body = "".join(f"Абзац номер {i} рассказывает о событиях недели подробно.\n\n" for i in range(6))
    cites = REVIEW.split("«Это")[0] + body + "Немецкая Morgenblatt сообщает о реакции Берлина.\n"
    assert _leads(annotator.predict_rules(cites, republished=True)) == []


FOURTH = "Французская газета Le Matin пишет, что Париж ищет компромисс.\nИздание напоминает, что саммит пройдет весной.\n\n"


def test_a_press_review_of_four_reports_gives_its_republisher_away_by_itself():
    review = REVIEW.replace("Nordic Daily, Швеция\n\n", "") + "\n" + FOURTH
    prior = annotator.predict_rules(review).republication
    assert prior.republished and prior.evidence == ("press review: 7 lines report on sources",)
    assert len(_leads(annotator.predict_rules(review))) == 7
    # a news story that cites the press in three of its six paragraphs is the outlet's own
    story = ("Талибы выбрали нового лидера\n\nДвижение назвало имя нового эмира в среду.\n\n"
             "Как пишет издание Long War Journal, выбор говорит о расколе движения.\n\n"
             "Новый лидер воевал на севере страны много лет.\n\n"
             "Раскол не преодолен, отмечает Long War Journal.\n\n"
             "Он учился в религиозной школе и преподавал там.\n\n"
             "Издание The Diplomat утверждает, что он судил самого эмира.\n")
    assert not annotator.predict_rules(story).republished


def test_a_review_paragraph_broken_into_lines_is_a_lead_on_every_line():
    # one sentence per line, and a sentence a splitter broke inside its bracket: each line is a span
    broken = REVIEW.replace("Шведская газета Nordic Daily пишет", "Шведская газета Nordic Daily (\n10 марта) пишет")
    leads = _leads(annotator.predict_rules(broken))
    assert leads[:2] == ["Шведская газета Nordic Daily (", "10 марта) пишет, что выборы прошли спокойно."]
    assert "Итоги дня" not in leads  # a paragraph of one line that does not end like a sentence is a subhead


RETELLING = (
    "Harbor Post (США): Почему Европа не торопится\n\n"
    "Колумнист Harbor Post Энн Миллер разбирается, почему Европа медлит с решением.\n\n"
    "По словам автора, столицы боятся реакции избирателей.\n\n"
    "Журналист напоминает, что выборы пройдут уже весной.\n\n"
    "«Никто не хочет быть первым», — цитирует колумнист своего собеседника.\n\n"
    "В заключение автор призывает Брюссель действовать быстрее.\n"
)


def test_a_retelling_refers_back_to_its_source_and_every_paragraph_is_a_lead():
    leads = _leads(annotator.predict_rules(RETELLING, republished=True))
    assert len(leads) == 5 and leads[-1] == "В заключение автор призывает Брюссель действовать быстрее."
    # one paragraph names the source (a review needs one), the others refer back to it
    english = ("Why Europe waits\n\nHarbor Post columnist Ann Miller writes that Europe is slow to decide.\n\n"
               "In the view of the author, capitals fear their voters.\n\n"
               "The journalist recalls that the elections come in spring.\n\n"
               "The author concludes that Brussels must act faster.\n")
    assert len(_leads(annotator.predict_rules(english, republished=True))) == 4


def test_a_copyright_line_is_the_sources_only_under_a_republished_text():
    body = "Почему мосты дорожают\n\nИван Петров\n\nМосты дорожают второй год подряд.\n\nСмета выросла вдвое.\n\n"
    for line, kind in [("© Northern Policy Institute, Inc.", "disclaimer"), ("© 2016 Harbor Post. All rights reserved.", "disclaimer"),
                       ("© Иван Сидоров / Фотобанк", None)]:  # a photo credit names no year, company or rights
        republished = annotator.predict_rules(body + line, republished=True)
        assert [s.kind for s in republished.spans if s.start == len(body)] == ([kind] if kind else [])
        assert [s for s in annotator.predict_rules(body + line, republished=False).spans if s.start == len(body)] == []


class _EveryRowIs:
    """A stand-in classifier that calls every candidate row one kind (to test what the pipeline keeps)."""

    def __init__(self, kind):
        self.kind = kind

    def predict_spans(self, rows, threshold=None):
        return [self.kind] * len(rows), [0.9] * len(rows)


OWN = "Мэр пообещал построить мост (по его словам, за два года).\nДепутаты спорят о смете.\nСтройка начнется весной.\n"


@pytest.mark.parametrize("kind", ["note", "translator_note", "aside"])
def test_the_model_never_proposes_a_kind_only_a_signature_makes_or_a_voice_tells(kind):
    # by the guide a note is attributed to the editors (a translator's note to the translator): the model
    # scores only what the rules left unsigned, so in no text, republished or not, does it propose one;
    # an aside is told by a sentence's voice, which the n-gram model does not carry to a new writer
    model = Annotator(_EveryRowIs(kind))
    for text, republished in [(OWN, None), (OWN, True), ("Почему мосты дорожают\nNorthern Review, Норвегия\n" + OWN, None)]:
        assert [s for s in model.predict(text, republished=republished).spans if s.source == "model"] == []


@pytest.mark.parametrize("kind", ["gloss", "lead", "disclaimer", "elision"])
def test_the_model_proposes_an_unsigned_insertion_only_in_a_republished_text(kind):
    model = Annotator(_EveryRowIs(kind))
    own = model.predict(OWN)
    assert not own.republished and not [s for s in own.spans if s.source == "model"]
    forced = model.predict(OWN, republished=True)
    assert [s for s in forced.spans if s.source == "model"] and all(s.kind == kind for s in forced.spans)
    republished = model.predict("Почему мосты дорожают\nNorthern Review, Норвегия\n" + OWN)
    assert republished.republished and [s for s in republished.spans if s.source == "model"]


def test_the_model_never_calls_a_line_of_fewer_than_three_words_a_lead():
    text = "Почему мосты дорожают\nNorthern Review, Норвегия\n12.03.2016\nМировая пресса\n" + OWN
    leads = [text[s.start:s.end] for s in Annotator(_EveryRowIs("lead")).predict(text).spans if s.source == "model"]
    assert "Депутаты спорят о смете." in leads
    assert "12.03.2016" not in leads and "Мировая пресса" not in leads  # a date, a rubric
    assert all(len(line.split()) >= 3 for line in leads)


@pytest.mark.parametrize("kind", ["legal_label"])
def test_a_kind_outlets_write_unsigned_is_proposed_in_their_own_text_too(kind):
    spans = Annotator(_EveryRowIs(kind)).predict(OWN).spans
    assert spans and all(s.kind == kind and s.source == "model" for s in spans)


def test_the_command_line_decides_the_prior_for_every_text(tmp_path, capsys):
    from annotator.batch import score_file
    from annotator.cli import main

    article = tmp_path / "own.txt"
    article.write_text(OWN, encoding="utf-8")
    for choice, expected in (("auto", False), ("yes", True), ("no", False)):
        assert main(["predict", str(article), "--json", "--rules-only", "--republished", choice]) == 0
        record = json.loads(capsys.readouterr().out)
        assert record["republication"]["republished"] is expected
        assert record["republication"]["override"] is (choice != "auto")
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "a", "text": OWN}, ensure_ascii=False) + "\n", encoding="utf-8")
    # the batch job carries the choice to its workers: a stand-in model's glosses appear only with it
    import annotator.batch.engines as engines

    engines._annotator_for.cache_clear()
    original = engines._annotator_for
    try:
        engines._annotator_for = lambda model, max_chars, encoder=None: Annotator(_EveryRowIs("gloss"))
        for republished, found in ((None, False), (True, True)):
            out = tmp_path / f"out-{republished}.jsonl"
            score_file(dump, out, republished=republished)
            spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
            assert any(span["kind"] == "gloss" for span in spans) is found
    finally:
        engines._annotator_for = original


def test_evaluation_can_be_told_the_texts_are_republished(tmp_path, capsys):
    from annotator.cli import main
    from annotator.evaluation import evaluate

    text = "Премьер Биньямин Нетаньяху (Benjamin Netanyahu) заявил, что переговоры продолжатся.\n" + BODY
    start = text.index("(Benjamin")
    record = {"id": "n", "lang": "ru", "text": text,
              "spans": [{"start": start, "end": text.index(")", start) + 1, "kind": "gloss"}]}
    rules = Annotator()
    assert evaluate([record], rules).overall.exact.recall == 0.0  # an outlet's own article: the author's spelling
    assert evaluate([record], rules, republished=True).overall.exact.recall == 1.0
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    scores = {}
    for choice in ("auto", "yes"):
        assert main(["evaluate", str(gold), "--rules-only", "--json", "--republished", choice]) == 0
        scores[choice] = json.loads(capsys.readouterr().out)
    assert scores["auto"] != scores["yes"]


def test_the_press_reviews_verb_precheck_never_skips_a_report():
    # review_spans searches paragraphs for a reporting verb before the outlet pattern: every report holds one
    from annotator.candidates import layout
    from annotator.markup import read_markup
    from annotator.rules import _source_patterns, _units, reports_on_source
    from pathlib import Path

    verb = _source_patterns(None)[1]
    texts = [REVIEW] + [r["text"] for r in read_markup(Path(__file__).resolve().parents[1] / "datasets" / "forms" / "forms.txt")]
    reports = 0
    for text in texts:
        lay = layout(text)
        for first, stop in _units(lay):
            start, end = lay.paragraphs[first][0], lay.paragraphs[stop - 1][1]
            if reports_on_source(text, start, end) is not None:
                reports += 1
                assert verb.search(text, start, end), text[start:end]
    assert reports >= 5


@pytest.mark.parametrize("code", __import__("annotator").lang.LANGUAGES)
def test_a_review_in_a_language_without_review_tables_is_read_without_error(code):
    # a language may have no REVIEW_VERBS or REVIEW_SOURCE_STEMS: its patterns then match nothing
    text = REVIEW + "\n" + FOURTH + "Der Autor schreibt, dass X.\n\nThe author writes that Y.\n"
    annotation = annotator.predict_rules(text, lang=code, republished=True)
    assert all(0 <= s.start < s.end <= len(text) for s in annotation.spans)


@pytest.mark.parametrize("lang, line", [
    ("ru", "Редакция ИноСМИ не несет ответственности за оценки, содержащиеся в публикациях зарубежных СМИ."),
    ("ru", "Мнения, высказанные в материалах зарубежных изданий, могут не совпадать с позицией редакции."),
    ("uk", "Огляд підготовлено за матеріалами іноземних видань; оцінки належать їхнім авторам."),
    ("uk", "Матеріали рубрики відображають позиції іноземних ЗМІ і не обов'язково збігаються з позицією редакції."),
    ("en", "This roundup summarises foreign media. The views expressed belong to the outlets quoted."),
    ("en", "This article was translated from Russian with machine translation."),
])
def test_a_reviews_notice_in_other_words_is_a_disclaimer_not_a_lead(lang, line):
    text = REVIEW + "\n" + FOURTH + line + "\n"
    spans = [s for s in annotator.predict_rules(text, lang=lang, republished=True).spans if text[s.start:s.end] == line]
    assert [s.kind for s in spans] == ["disclaimer"]


def test_a_latin_outlet_name_in_a_cyrillic_paragraph_names_its_source_but_a_spelling_in_brackets_does_not():
    review = ("Що пишуть про вибори в Німеччині\n\n"
              "Der Spiegel називає результат перемогою без тріумфу.\n\n"
              "Оглядачка Die Zeit зосереджується на успіху радикалів і нагадує про коаліцію.\n\n"
              "Таблоїд Bild, як завжди, прямолінійний і цитує канцлера.\n\n"
              "Dziennik Gazeta Prawna констатує, що економіка чекає на інвестиції.\n")
    assert len(_leads(annotator.predict_rules(review, lang="uk", republished=True))) == 4
    # the same paragraphs with the names only as spellings in brackets: a translation quoting people, no review
    spelled = ("Що кажуть політики\n\n"
               "Мерц (Friedrich Merz) називає результат перемогою без тріумфу.\n\n"
               "Шольц (Olaf Scholz) зосереджується на успіху радикалів і нагадує про коаліцію.\n\n"
               "Вайдель (Alice Weidel), як завжди, прямолінійна і цитує канцлера.\n\n"
               "Лінднер (Christian Lindner) констатує, що економіка чекає на інвестиції.\n")
    assert _leads(annotator.predict_rules(spelled, lang="uk", republished=True)) == []


def test_a_text_signed_by_a_person_under_its_headline_is_no_review():
    # a translation carries its author's byline; a review the republisher wrote does not, and an outlet's
    # own review signed by its journalist is the outlet's text
    lines = REVIEW.split("\n")
    signed = "\n".join([lines[0], "", "Наталия Горелова", *lines[1:]]) + "\n" + FOURTH
    assert _leads(annotator.predict_rules(signed, republished=True)) == []
    unsigned = "\n".join([lines[0], "", "12.03.2016", *lines[1:]]) + "\n" + FOURTH  # a date line is no name
    assert len(_leads(annotator.predict_rules(unsigned, republished=True))) == 7


def test_a_press_digest_with_known_outlets_as_subheads_is_a_republication():
    digest = ("German papers on the new service bill\n28 August 2025\n"
              "Germany's cabinet approved a bill on military service, and the papers argue about it.\n"
              "Frankfurter Allgemeine Zeitung\n"
              "The Frankfurter Allgemeine Zeitung calls the bill a compromise that postpones the decision.\n"
              "Süddeutsche Zeitung\n"
              "The Süddeutsche Zeitung warns that the questionnaire alone will not fill the barracks.\n")
    result = annotator.predict_rules(digest)
    assert result.republished and any(e.startswith("press digest:") for e in result.republication.evidence)
    # the same names cut out of their sentences by page extraction are no subheads
    debris = ("Offshore money\nThe leak was reported by (\nThe Guardian\n) and by (\nSüddeutsche Zeitung\n) "
              "on Sunday.\nMore text.\n")
    assert not any(e.startswith("press digest:") for e in annotator.predict_rules(debris).republication.evidence)


@pytest.mark.parametrize("headline, lead, byline, sentence, bracket", [
    ("Bloomberg (США): Европа ждет", "Европа ждет решений, пишет Bloomberg.", "Иэн Марлоу",
     "Союзники встретились {} и поговорили.", "(газета об этом почему-то умалчивает)"),
    ("Bloomberg (США): Европа ждет", "Европа ждет решений, пишет Bloomberg.", "Иэн Марлоу",
     "Союзники встретились {} и поговорили.", "(автор забывает, что договор подписан в 2022 году)"),
    ("Le Monde (France): Europe waits", "Europe waits for decisions, Le Monde writes.", "Anne Martin",
     "The allies met {} and talked.", "(the author does not say who paid for it)"),
    ("Le Monde (Frankreich): Europa wartet", "Europa wartet auf Entscheidungen, schreibt Le Monde.", "Anne Martin",
     "Die Verbündeten trafen sich {} und redeten.", "(die Zeitung verschweigt die Zahl)"),
])
def test_a_bracket_that_speaks_of_the_source_is_a_republishers_aside(headline, lead, byline, sentence, bracket):
    body = sentence.format(bracket)
    text = f"{headline}\n{lead}\n{byline}\n{body}\nText."
    assert [(text[s.start:s.end], s.kind) for s in annotator.predict_rules(text).spans if s.kind == "aside"] == \
        [(bracket, "aside")]
    own = f"{body}\nText.\nMore text."
    assert [s for s in annotator.predict_rules(own).spans if s.kind == "aside"] == []  # an outlet's own article


@pytest.mark.parametrize("bracket", [
    "(газета «Известия» писала об этом раньше)",  # names another outlet
    "(автор этих строк был там)",  # the author speaking of himself
    "(авторы законопроекта это не уточнили)",  # the authors of something else
    "(представители компании на запросы газеты не ответили)",  # the source speaking of itself
    "(статья 56 Конституции)",  # an article of a law
])
def test_a_bracket_that_names_the_source_otherwise_stays_original(bracket):
    text = f"Bloomberg (США): Европа ждет\nЕвропа ждет решений, пишет Bloomberg.\nИэн Марлоу\nСоюзники встретились {bracket} и поговорили.\nТекст."
    assert [s for s in annotator.predict_rules(text).spans if s.kind == "aside"] == []
