"""Result types: validation, segments, original text, byte offsets, records."""

import json

import pytest

from annotator import Annotation, Span


def test_span_validates_its_fields():
    with pytest.raises(ValueError, match="start < end"):
        Span(5, 5, "note")
    with pytest.raises(ValueError, match="unknown span kind"):
        Span(0, 1, "comment")
    with pytest.raises(ValueError, match="score"):
        Span(0, 1, "note", score=1.5)


def test_annotation_refuses_overlap_and_outside_spans():
    with pytest.raises(ValueError, match="overlap"):
        Annotation("abcdef", (Span(0, 3, "gloss"), Span(2, 4, "gloss")))
    with pytest.raises(ValueError, match="outside"):
        Annotation("abc", (Span(1, 9, "gloss"),))


def test_segments_partition_the_text():
    text = "Pokrovsk (Krasnoarmeysk) fell."
    result = Annotation(text, (Span(9, 24, "gloss"),))
    segments = result.segments()
    assert [(s.start, s.end, s.label, s.kind) for s in segments] == [
        (0, 9, "original", None), (9, 24, "editorial", "gloss"), (24, 30, "original", None)]


def test_original_text_repairs_spacing():
    text = "Pokrovsk (Krasnoarmeysk) fell, and Russia <...> recruits (sic!)."
    spans = tuple(Span(text.index(p), text.index(p) + len(p), k)
                  for p, k in (("(Krasnoarmeysk)", "gloss"), ("<...>", "elision"), ("(sic!)", "aside")))
    assert Annotation(text, spans).original_text() == "Pokrovsk fell, and Russia recruits."


def test_original_text_drops_wholly_editorial_paragraphs():
    text = "Headline\nA lead, Bloomberg reports.\nByline\nBody."
    lead = text.splitlines()[1]
    start = text.index(lead)
    result = Annotation(text, (Span(start, start + len(lead), "lead"),))
    assert result.original_text() == "Headline\nByline\nBody."


def test_byte_spans_count_utf8_bytes():
    text = "Бахмут (Артемовск) пал"
    result = Annotation(text, (Span(7, 18, "gloss"),))
    (start, end, kind), = result.byte_spans()
    assert text.encode()[start:end].decode() == "(Артемовск)"
    assert kind == "gloss"


def test_to_dict_is_the_guide_record():
    text = "a (b – Ed.) c"
    record = Annotation(text, (Span(2, 11, "note", 1.0, "rule", "— Ed."),), "en").to_dict()
    assert json.loads(json.dumps(record)) == {
        "lang": "en", "text": text,
        "spans": [{"start": 2, "end": 11, "kind": "note", "score": 1.0, "source": "rule", "marker": "— Ed."}]}
    assert record["spans"][0] == {**record["spans"][0], "start": 2}
    assert text[2:11] == "(b – Ed.)"


def test_editorial_share():
    assert Annotation("abcd", (Span(0, 1, "elision"),)).editorial_share == 0.25
    assert Annotation("").editorial_share == 0.0


def test_predict_command_reports_bad_files_and_goes_on(tmp_path, capsys):
    from annotator.cli import main

    good = tmp_path / "good.txt"
    good.write_text("He said (a pun – approx. transl.) yesterday.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"abc\xff (x \xe2\x80\x93 Ed.)")
    assert main(["predict", "--rules-only", str(tmp_path / "missing.txt"), str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err and "not valid UTF-8" in captured.err
    assert "translator_note" in captured.out
    assert main(["predict", "--rules-only", "--errors", "replace", "--json", str(bad)]) == 0
    assert '"kind": "note"' in capsys.readouterr().out
