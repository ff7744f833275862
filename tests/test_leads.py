"""Leads in every layout: one line per paragraph, blocks between blank lines, hard-wrapped lines, CRLF."""

import pytest

import annotator
from annotator.candidates import layout


def leads(text, **kwargs):
    result = annotator.predict_rules(text, **kwargs)
    return [text[s.start:s.end] for s in result.spans if s.kind == "lead"]


HEADLINE = "Harbour Chronicle (Великобритания): город, который разучился ждать автобус"
LEAD_LINES = ["Муниципалитет Портмута год назад отменил расписание автобусов, пишет Harbour Chronicle.",
              "Пассажиры довольны, водители — не очень."]
BODY = ["Когда в Портмуте объявили, что автобусы будут приходить по вызову, скептиков было больше.",
        "Через двенадцать месяцев число поездок выросло на 18%."]


def test_blocks_group_lines_between_blank_lines():
    text = "A\r\n\r\nB\r\nC\r\n\r\n\r\nD"
    lay = layout(text)
    assert [text[s:e] for s, e in lay.paragraphs] == ["A", "B", "C", "D"]
    assert lay.blocks == ((0, 1), (1, 3), (3, 4)) and lay.has_blocks
    assert layout("A\nB\nC").blocks == ((0, 3),) and not layout("A\nB\nC").has_blocks
    assert not layout("A\n\nB\n\nC").has_blocks  # one line per block: the lines are the paragraphs


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_one_sentence_per_line_gives_one_span_per_line(newline):
    text = newline.join([HEADLINE, "", *LEAD_LINES, "", *BODY]) + newline
    assert leads(text) == LEAD_LINES
    for span in annotator.predict_rules(text).spans:
        piece = text[span.start:span.end]
        assert piece == piece.strip() and "\n" not in piece and "\r" not in piece


def test_a_hard_wrapped_lead_is_one_span_per_line_even_where_the_outlet_is_split():
    wrapped = ["Муниципалитет Портмута год назад отменил расписание автобусов и пустил их по",
               "требованию, пишет Harbour", "Chronicle. Пассажиры довольны, водители — не очень."]
    text = "\n".join([HEADLINE, "", *wrapped, "", *BODY])
    assert leads(text) == wrapped


def test_a_blank_line_after_every_line_keeps_the_line_layout():
    text = "\n\n".join([HEADLINE, LEAD_LINES[0], *BODY])
    assert leads(text) == [LEAD_LINES[0]]


def test_without_the_headlines_outlet_a_block_is_no_lead_in_an_outlets_own_article():
    text = "\n".join(["Город разучился ждать автобус", "", *LEAD_LINES, "", *BODY])
    assert leads(text) == []


@pytest.mark.parametrize("lead", [
    ["Как разбирался обозреватель Джон Харпер, муниципалитет отменил расписание.", "Пассажиры довольны."],
    ["Автор статьи в издании The Valley Post считает, что аренда ульев станет обычной статьей расходов."],
    ["Европа с опасением наблюдает за выборами в США, пишет The Washington Post.", "Однако есть нюансы."],
])
def test_a_republished_texts_first_block_that_reports_on_its_source_is_a_lead(lead):
    body = [*BODY, "Читать inosmi.ru в Telegram"]  # the republisher names itself in the last line
    text = "\n".join(["Город разучился ждать автобус", "", *lead, "", *body])
    assert leads(text) == lead
    assert leads(text, republished=False) == []
    assert leads("\n".join(["Город разучился ждать автобус", "", *lead, "", *BODY])) == []  # no prior


def test_an_english_lead_naming_the_sources_author_in_a_republished_english_text():
    body = ["Beekeepers in the valley say demand for pollination has never been higher.",
            "Farmers now book hives months ahead, and prices have doubled since spring.",
            "Read InoSMI on Telegram"]
    lead = ["The author of the article in The Valley Post believes hives will be rented like tractors."]
    text = "\n".join(["Hives for hire", "", *lead, "", *body])
    assert leads(text) == lead
    assert leads(text, republished=False) == []


def test_a_republished_texts_first_line_that_reports_on_its_source_is_a_lead():
    text = "\n".join(["Город разучился ждать автобус", LEAD_LINES[0], *BODY])
    assert leads(text, republished=True) == [LEAD_LINES[0]]
    assert leads(text) == []


@pytest.mark.parametrize("first", [
    "Муниципалитет Портмута год назад отменил расписание автобусов.",  # names no source
    "Мэр сказал, что автобусы будут ходить чаще.",  # a speaker, not a source outlet or its author
])
def test_a_republished_texts_first_block_that_names_no_source_is_no_lead(first):
    text = "\n".join(["Город разучился ждать автобус", "", first, "", *BODY])
    assert leads(text, republished=True) == []


def _lead_lines(text):
    return [text[s.start:s.end] for s in annotator.predict_rules(text).spans if s.kind == "lead"]


BODY_LINES = "Kathrin Dalton\nThe first body paragraph tells the story.\nA second one goes on.\n"


@pytest.mark.parametrize("headline", [
    "Why the northern ports queue again (Harbour Chronicle, Великобритания)",
    "Почему в северных портах снова очереди (Harbour Chronicle)",  # without a country: a title in another script
    "Harbour Chronicle (UK): Why the northern ports queue again",
])
def test_under_a_headline_that_surely_names_its_outlet_a_paragraph_naming_it_is_a_lead(headline):
    lead = "Shipping lines wait for a week at Kirkenes; Harbour Chronicle blames the customs rules."
    assert _lead_lines(f"{headline}\n{lead}\n{BODY_LINES}") == [lead]


def test_a_headline_that_may_be_a_speakers_or_a_wire_dateline_makes_no_lead_by_name_alone():
    # "Putin: …" may quote a speaker: naming him is no report on an outlet
    assert _lead_lines("Putin: we will not retreat\nPutin spoke to the ministers in the Kremlin today.\n"
                       + BODY_LINES) == []
    # the source's own wire dateline names the agency in brackets: the source's first paragraph
    assert _lead_lines("Reuters (UK): Ukraine keeps the lights on\nKYIV (Reuters) - Ukraine cut power in most "
                       "regions on Thursday.\n" + BODY_LINES) == []
