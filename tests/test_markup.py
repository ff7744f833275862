"""The inline markup of hand-written articles: reading, writing back, errors that name file and line,
and the check against the annotation guide."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.markup import (
    MarkupError,
    check_article,
    check_markup,
    format_article,
    format_markup,
    parse_markup,
    read_markup,
    read_markups,
)
from annotator.spans import KINDS

HEADER = "=== a-1\nlang: en\nsplit: dev\nwriter: team\nsource: written for a test"
ARTICLE = f"""{HEADER}
topic: energy

Bloomberg: gas reserves are melting
[[lead|Storage is emptied fast, Bloomberg reports.]]
Traders fear a summer [[original|(and an obstacle for NATO)]] of high prices [[note|(they forget the transit. – Approx. InoSMI)]].
Fighting near Pokrovsk [[gloss|(Krasnoarmeysk)]] went on.
[[elision|[…]]]
"""


def test_an_article_reads_as_a_guide_record():
    (record,) = parse_markup(ARTICLE)
    text = record["text"]
    assert record["id"] == "a-1" and record["lang"] == "en" and record["split"] == "dev"
    assert record["writer"] == "team" and record["source"] == "written for a test" and record["topic"] == "energy"
    assert text.startswith("Bloomberg: gas") and text.endswith("[…]") and "[[" not in text
    pieces = [(s["kind"], text[s["start"]:s["end"]]) for s in record["spans"]]
    assert pieces == [("lead", "Storage is emptied fast, Bloomberg reports."),
                      ("note", "(they forget the transit. – Approx. InoSMI)"),
                      ("gloss", "(Krasnoarmeysk)"), ("elision", "[…]")]
    assert [text[n["start"]:n["end"]] for n in record["negatives"]] == ["(and an obstacle for NATO)"]
    assert check_article(record) == []
    assert format_article(record) == ARTICLE


def test_articles_of_a_file_and_the_blank_lines_after_them():
    second = HEADER.replace("a-1", "a-2") + "\n\nHeadline\n\nsecond paragraph  \n\n\n"
    records = parse_markup("\n" + ARTICLE + "\n\n" + second)
    assert [r["id"] for r in records] == ["a-1", "a-2"]
    assert records[0]["text"].endswith("[…]")
    assert records[1]["text"] == "Headline\n\nsecond paragraph  "  # blank lines inside stay, those at the end go
    assert parse_markup(HEADER + "\n")[0]["text"] == "" and parse_markup(HEADER)[0]["spans"] == []


def test_square_brackets_inside_a_span_are_matched():
    (record,) = parse_markup(f"{HEADER}\n\nA [[note|[Editor's note: see [1] below]]] and [[aside|[sic]]]].\n")
    text = record["text"]
    assert [text[s["start"]:s["end"]] for s in record["spans"]] == ["[Editor's note: see [1] below]", "[sic]"]
    assert text.endswith("[sic]].")  # the "]" after the markup is the source's


@pytest.mark.parametrize("body, line, message", [
    ("ok\nPokrovsk [[glos|(x)]]", 8, "unknown kind 'glos'"),
    ("ok\nok\nPokrovsk [[gloss|(x)", 9, "never closed"),
    ("Pokrovsk [[gloss| (x)]]", 7, "starts or ends with whitespace"),
    ("Pokrovsk [[gloss|(x) ]]", 7, "starts or ends with whitespace"),
    ("ok\n[[note|(a [[gloss|(b)]] c – Ed.)]]", 8, "markup inside markup"),
    ("Pokrovsk [[gloss|]]", 7, "empty"),
    ("Pokrovsk [[(x)]]", 7, "must be followed by 'kind|'"),
    ("ok\nPokrovsk (x)]] and more", 8, "']]' outside any markup"),
])
def test_markup_errors_name_file_and_line(tmp_path, body, line, message):
    path = tmp_path / "bad.txt"
    path.write_text(f"{HEADER}\n\n{body}\n", encoding="utf-8")
    with pytest.raises(MarkupError, match=message) as info:
        read_markup(path)
    assert str(info.value).startswith(f"{path}:{line}: ")


@pytest.mark.parametrize("header, line, message", [
    ("=== a-1\nlang: en\nsplit: dev\nsource: x", 1, "missing the header key 'writer'"),
    ("=== a-1\nlang: en\nsplit: dev\nwriter:\nsource: x", 1, "missing the header key 'writer'"),
    ("=== a-1\nlang en\nsplit: dev\nwriter: w\nsource: x", 2, "expected a header line 'key: value'"),
    ("=== a-1\nlang: en\nlang: de\nsplit: dev\nwriter: w\nsource: x", 3, "appears twice"),
    ("=== a-1\nlang: en\nsplit: dev\nwriter: w\nsource: x\ntext: y", 6, "cannot be a header key"),
    ("===\nlang: en\nsplit: dev\nwriter: w\nsource: x", 1, "no id"),
])
def test_header_errors_name_file_and_line(tmp_path, header, line, message):
    path = tmp_path / "bad.txt"
    path.write_text(f"{header}\n\ntext\n", encoding="utf-8")
    with pytest.raises(MarkupError, match=message) as info:
        read_markup(path)
    assert str(info.value).startswith(f"{path}:{line}: ")


def test_duplicate_ids_are_refused_in_a_file_and_across_files(tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(f"{HEADER}\n\nfirst\n\n{HEADER.replace('a-1', 'a-2')}\n\nsecond\n", encoding="utf-8")
    two.write_text(f"{HEADER}\n\nagain\n", encoding="utf-8")
    assert [r["id"] for r in read_markup(one) + read_markup(two)] == ["a-1", "a-2", "a-1"]
    with pytest.raises(MarkupError, match=re.escape(f"{two}:1: duplicate id 'a-1' (first at {one}:1)")):
        read_markups([one, two])
    with pytest.raises(MarkupError, match=r"<markup>:8: duplicate id 'a-1' \(first at .*:1\)"):
        parse_markup(f"{HEADER}\n\nx\n{HEADER}\n\ny\n")
    assert [r["id"] for r in read_markups([one], splits=["dev"])] == ["a-1", "a-2"]
    assert read_markups([one], splits=["test"]) == []


def test_text_before_the_first_article_is_refused(tmp_path):
    with pytest.raises(MarkupError, match=r"<markup>:2: text before the first"):
        parse_markup(f"\nstray\n{HEADER}\n\ntext\n")


def _record(text, spans=(), negatives=(), **header):
    fields = {"lang": "en", "split": "dev", "writer": "team", "source": "test", **header}
    return {"id": "r-1", **fields, "text": text, "spans": [dict(zip(("start", "end", "kind"), s)) for s in spans],
            "negatives": [dict(zip(("start", "end"), n)) for n in negatives]}


@pytest.mark.parametrize("record, message", [
    (_record("Title\n=== not a header"), "starts with '=== '"),
    (_record("Title\n\n"), "ends with a blank line"),
    (_record("Title [[x]]"), "must be followed by 'kind|'"),
    (_record("Title]] x"), "outside any markup"),
    (_record("Title\r\nBody"), "carriage return"),
    (_record("Title (x)", [(5, 9, "gloss")], source="two\nlines"), "one-line string"),
    (_record("Title (x)", [(5, 9, "gloss")], source=" padded"), "edge whitespace"),
    (_record("Title (x) ", [(5, 10, "gloss")]), "whitespace"),
    (_record("Title (x)", [(5, 9, "gloss")], [(6, 8)]), "overlap"),
])
def test_records_the_markup_cannot_hold_are_refused(record, message):
    with pytest.raises(ValueError, match=message):
        format_article(record)


# --------------------------------------------------------------- round trips
_CHARS = st.characters(blacklist_characters="[]\r=")
_FRAGMENTS = st.sampled_from(["(R-Texas)", "[…]", "[sic]", "[1]", "(a (b) c)", "|", "\n", " ", "«x»"])
_PLAIN = st.lists(st.text(_CHARS, max_size=12) | _FRAGMENTS, max_size=4).map("".join)
_SPAN = _PLAIN.filter(lambda s: s != "" and s == s.strip())
_PIECES = st.lists(st.tuples(st.none(), _PLAIN) | st.tuples(st.sampled_from([*KINDS, "original"]), _SPAN),
                   max_size=8)
_LINE = st.text(st.characters(blacklist_characters="\n\r"), max_size=20).filter(lambda s: s == s.strip())
_VALUE = _LINE.filter(bool)
_EXTRA = st.dictionaries(st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True)
                         .filter(lambda k: k not in {"id", "text", "spans", "negatives", "lang", "split",
                                                     "writer", "source"}), _LINE, max_size=3)
_HEADER = st.fixed_dictionaries({"id": _VALUE, "lang": _VALUE, "split": _VALUE, "writer": _VALUE,
                                 "source": _VALUE}).flatmap(lambda h: _EXTRA.map(lambda extra: {**h, **extra}))


def _readable(text):
    lines = text.split("\n")
    return text == "" or bool(lines[-1].strip())


def _build(header, pieces):
    text, spans, negatives = "", [], []
    for kind, piece in pieces:
        if kind == "original":
            negatives.append({"start": len(text), "end": len(text) + len(piece)})
        elif kind is not None:
            spans.append({"start": len(text), "end": len(text) + len(piece), "kind": kind})
        text += piece
    return {**header, "text": text, "spans": spans, "negatives": negatives}


def _markup(header, pieces):
    lines = [f"=== {header['id']}"] + [f"{k}: {v}" if v else f"{k}:" for k, v in header.items() if k != "id"]
    body = "".join(piece if kind is None else f"[[{kind}|{piece}]]" for kind, piece in pieces)
    return "\n".join(lines) + "\n\n" + body + "\n"


@settings(max_examples=300, deadline=None)
@given(_HEADER, _PIECES)
def test_a_formatted_record_reads_back_the_same(header, pieces):
    record = _build(header, pieces)
    if not _readable(record["text"]):
        return
    assert parse_markup(format_article(record)) == [record]


@settings(max_examples=300, deadline=None)
@given(_HEADER, _PIECES)
def test_a_read_article_formats_back_to_the_same_markup(header, pieces):
    markup = _markup(header, pieces)
    if not _readable(_build(header, pieces)["text"]):
        return
    (record,) = parse_markup(markup)
    assert format_article(record) == markup


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(_HEADER, _PIECES), max_size=4, unique_by=lambda t: t[0]["id"]))
def test_a_file_of_articles_reads_back(articles):
    records = [_build(header, pieces) for header, pieces in articles]
    records = [r for r in records if _readable(r["text"])]
    assert parse_markup(format_markup(records)) == records


# --------------------------------------------------------------- the guide
@pytest.mark.parametrize("text, spans, negatives, problem", [
    ("Title (they forgot.)", [(6, 20, "note")], [], "carries no attribution marker"),
    ("Title (they forgot. – Approx. InoSMI)", [(6, 37, "translator_note")], [], "is signed as a note"),
    ("Title (Artemovsk – Approx. InoSMI)", [(6, 34, "gloss")], [], "carries an attribution marker, so it is a note"),
    ("Title (banned in Russia — Ed.)", [(6, 30, "legal_label")], [], "so it is a note"),
    ("Title (they forgot. – Approx. InoSMI)", [], [], "original '(they forgot. – Approx. InoSMI)' carries"),
    ("Title\nThe lead, Bloomberg reports. More", [(6, 34, "lead")], [], "does not cover whole lines"),
    ("Title\nA lead.\nTail", [(4, 13, "aside")], [], "holds a newline but is not a bracket group"),
    ("Title (x) y", [(5, 9, "gloss")], [], "starts or ends with whitespace"),
    ("Title (x) y", [(6, 9, "gloss")], [(7, 11)], "overlaps a span"),
    ("Title (x) y", [(6, 9, "gloss")], [(7, 40)], "outside the text"),
    ("Title (x) y", [(6, 9, "gloss"), (6, 8, "aside")], [], "overlaps the previous one"),
    ("Title (x) y", [(6, 9, "remark")], [], "unknown kind"),
])
def test_the_guide_check_finds(text, spans, negatives, problem):
    problems = [message for _offset, message in check_article(_record(text, spans, negatives))]
    assert any(problem in message for message in problems), problems


def _at(text, piece, kind=None):
    start = text.index(piece)
    return (start, start + len(piece), kind) if kind else (start, start + len(piece))


def test_the_guide_check_passes_what_the_guide_allows():
    text = ("Title\nThe lead, Bloomberg reports.\nNear Bakhmut (Artemovsk) and (fighting\ngoes on – Ed.) "
            "(and an obstacle for NATO) (Путин — прим. авт.).\nInoSMI materials contain assessments.")
    spans = [_at(text, "The lead, Bloomberg reports.", "lead"), _at(text, "(Artemovsk)", "gloss"),
             _at(text, "(fighting\ngoes on – Ed.)", "note"), _at(text, "InoSMI materials contain assessments.",
                                                                "disclaimer")]
    record = _record(text, spans, [_at(text, "(and an obstacle for NATO)")])
    assert check_article(record) == []


def test_check_markup_names_file_and_line_of_each_problem(tmp_path):
    path = tmp_path / "articles.txt"
    bad_header = HEADER.replace("a-1", "a-2").replace("writer: team\n", "")
    path.write_text(f"{HEADER}\n\nTitle\nline two (forgot.)\nx [[note|(they forgot.)]]\n\n"
                    f"{bad_header}\n\ntext\n\n{HEADER.replace('a-1', 'a-3')}\n\n[[glos|x]]\n", encoding="utf-8")
    assert check_markup(path) == [
        f"{path}:9: a-1: note '(they forgot.)' carries no attribution marker",
        f"{path}:11: article 'a-2' is missing the header key 'writer'",
        f"{path}:24: unknown kind 'glos'; expected one of {', '.join(KINDS)} or original",
    ]
