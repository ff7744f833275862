"""Feature rows: which candidates the model sees and the language-independent tokens they carry."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.api import Prepared
from annotator.features import _CUE, _CUE_WORDS, CONTEXT, Document, _cue_spans, model_candidates
from annotator.rules import headline_outlet
from annotator.candidates import layout


def rows_of(text, lang=None):
    item = Prepared.of(text, lang, use_rules=True)
    return {text[c.start:c.end]: (c, row) for c, row in model_candidates(item.text, item.layout, item.brackets,
                                                                           item.lang, item.proposals)}


def tokens(row):
    return set(row[CONTEXT].split())


@pytest.mark.parametrize("headline, outlet", [
    ("The Economist (UK): Why Republicans cannot agree", "The Economist"),
    ("Bloomberg: Europe is thinking about a ceasefire", "Bloomberg"),
    ("«Иомиури» (Япония): Японские деревни пустеют", "Иомиури"),
    ("Армения ищет новых союзников", None),
    ("„Europa hat zu lange auf Amerika gewartet“", None),
])
def test_the_headline_names_its_outlet(headline, outlet):
    text = f"{headline}\nSecond line.\nBody."
    assert headline_outlet(text, layout(text)) == outlet


def test_the_lead_that_names_the_headlines_outlet_says_so():
    # "says" is no lead rule verb and the outlet is no known one (KNOWN_OUTLETS): the model decides this
    # paragraph, knowing that it names the outlet
    text = ("Harbour Chronicle: Europe\nMinisters met in Brussels and will meet again, Harbour Chronicle says.\n"
            "Jane Doe\nBody text.")
    lead = rows_of(text)["Ministers met in Brussels and will meet again, Harbour Chronicle says."][1]
    assert {"headline_names_outlet", "names_headline_outlet"} <= tokens(lead)
    other = "Harbour Chronicle: Europe\nMinisters met in Brussels and talked about it.\nBody text goes on here."
    second = rows_of(other)["Ministers met in Brussels and talked about it."][1]
    assert "headline_names_outlet" in tokens(second) and "names_headline_outlet" not in tokens(second)


def test_cue_words_share_one_token_across_languages():
    english = rows_of("Title\nLead.\nThe plan failed. The author, of course, does not ask why it failed.\nEnd.", "en")
    russian = rows_of("Заголовок\nЛид.\nПлан провалился. Автор, конечно, не спрашивает почему.\nКонец.", "ru")
    en = tokens(english["The author, of course, does not ask why it failed."][1])
    ru = tokens(russian["Автор, конечно, не спрашивает почему."][1])
    shared = {"sentence&cue", "sentence&cue=author", "sentence&cue=of_course", "sentence&starts_with_cue=author"}
    assert shared <= en and shared <= ru
    assert "sentence&cue=keeps_silent" in en and "sentence&cue=keeps_silent" not in ru


def test_cues_in_finds_only_whole_cues_inside_the_range():
    text = "As if. The author forgets."
    doc = Document.of(text.lower(), layout(text), "en")
    assert [concept for _, concept in doc.cues_in(0, len(text))] == ["as_if", "author", "keeps_silent"]
    assert doc.cues_in(0, 4) == [] and [c for _, c in doc.cues_in(0, 5)] == ["as_if"]


def test_every_cue_starts_with_a_word_character():
    # the cue regex starts with \b, which equals "no word character before" only for such cues
    assert all(re.match(r"\w", cue) for cue in _CUE_WORDS)
    doc = Document.of("sans l'auteur; xthe author; «the author»", layout("x"), "en")
    assert doc.cue_starts == [5, 20, 29]  # "l'auteur"; "author" but not "the author" after "x"; after "«"


def test_an_acronym_after_its_name_is_marked_as_the_authors_own():
    rows = rows_of("Title\nLead.\nThe Congressional Budget Office (CBO) said so, and the CDU (Christian "
                   "Democratic Union) agreed (in part).\nEnd.", "en")
    assert {"content=acronym", "abbreviates_previous"} <= tokens(rows["(CBO)"][1])
    assert "content=acronym" not in tokens(rows["(Christian Democratic Union)"][1])
    assert "expands_acronym" in tokens(rows["(Christian Democratic Union)"][1])
    assert "content=acronym" not in tokens(rows["(in part)"][1])


def test_paragraph_candidates_sit_where_editorial_paragraphs_do():
    body = "\n".join(f"Body paragraph {i} says something plain." for i in range(8))
    text = f"Headline\nThe lead, Bloomberg reports.\n{body}\nThe author, of course, is wrong.\n" + \
        "Body paragraph 9 says something plain.\nShort footer.\nLast line."
    paragraphs = {piece for piece, (c, _) in rows_of(text, "en").items() if c.unit == "paragraph"}
    assert paragraphs == {"The lead, Bloomberg reports.", "The author, of course, is wrong.", "Short footer.",
                          "Last line."}
    long_lead = "Headline\n" + "A long second paragraph. " * 40 + "\nBody.\nEnd."
    assert not any(c.unit == "paragraph" and c.paragraph == 1 for c, _ in rows_of(long_lead, "en").values())


def test_case_folding_oddities_do_not_break_cue_concepts():
    # "İ" lower-cases to two characters, so cues are searched case-insensitively,
    # where the long s "ſ" matches "s": "ſilent" is a cue with no concept of its own.
    text = "İstanbul title\nLead.\nThe plan failed. The minister stayed ſilent about it.\nEnd."
    rows = rows_of(text, "en")
    assert "sentence&cue=other" in tokens(rows["The minister stayed ſilent about it."][1])


def test_lone_surrogates_reach_no_feature_column():
    text = "Title\nLead \ud800 here, Bloomberg reports.\nBody (a gloss \udfff) goes on.\nEnd."
    for piece, (candidate, row) in rows_of(text, "en").items():
        for column in row[:3]:
            column.encode("utf-8")  # the hashing needs UTF-8; lone surrogates are replaced
    assert Document.of(text, layout(text), "en").surrogates
    assert not Document.of("plain текст", layout("plain текст"), "ru").surrogates


cue_text = st.lists(st.one_of(st.sampled_from(_CUE_WORDS), st.sampled_from([" ", "x", "_", "1", "é", "-", ".", "\n"]),
                              st.text(max_size=3)), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(cue_text)
def test_cue_search_equals_the_regex(text):
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    expected = [(m.start(), m.end()) for m in re.compile(_CUE.pattern).finditer(lowered)]  # case-sensitive
    starts, ends, concepts = _cue_spans(text, lowered)
    assert list(zip(starts, ends)) == expected
    assert all(concept != "other" for concept in concepts)
