"""The first acceptance test: the seed article and its gold annotation."""

import pytest

from annotator import Annotator
from annotator.api import DEFAULT_MODEL_DIR

ORIGINAL_PARENTHESES = ("(and an obstacle for NATO)",
                        "(including the transfer of artillery shells, missiles, land mines and air defense systems)")


def gold_set(record):
    return {(s["start"], s["end"], s["kind"]) for s in record["spans"]}


def found_set(result):
    return {(s.start, s.end, s.kind) for s in result.spans}


def test_rules_find_note_and_elision_exactly(seed_record):
    result = Annotator().predict(seed_record["text"])
    found = found_set(result)
    gold = {g for g in gold_set(seed_record) if g[2] in ("note", "elision")}
    assert gold <= found
    assert {s.marker for s in result.spans if s.kind == "note"} == {"Approx. InoSMI"}


def test_rules_leave_original_parentheses_alone(seed_record):
    text = seed_record["text"]
    result = Annotator().predict(text)
    for parenthesis in ORIGINAL_PARENTHESES:
        start = text.index(parenthesis)
        assert all(s.end <= start or s.start >= start + len(parenthesis) for s in result.spans)


@pytest.mark.skipif(not DEFAULT_MODEL_DIR.exists(), reason="the shipped model is not built")
def test_default_model_finds_all_four_gold_spans_and_nothing_else(seed_record):
    import annotator

    result = annotator.predict(seed_record["text"])
    assert found_set(result) == gold_set(seed_record)
    assert result.lang == "en"
