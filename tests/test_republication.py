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
