"""Properties that hold for every input: valid spans, partitions, offsets, determinism, input errors."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import annotator
from annotator import KINDS, Annotator, InputError, detect_lang
from annotator import lang as L
from annotator.api import DEFAULT_MODEL_DIR, default_annotator
from annotator.candidates import OPENERS
from annotator.text import coerce_text

HAS_DEFAULT_MODEL = (DEFAULT_MODEL_DIR / "model.skops").exists() or (DEFAULT_MODEL_DIR / "meta.json").exists()
needs_model = pytest.mark.skipif(not HAS_DEFAULT_MODEL, reason=f"no default model at {DEFAULT_MODEL_DIR}")

LANGS = {"und", *L.LANGUAGES}  # every language with a module (seven of them told by their letters alone)
RULES = Annotator()


def _plain(name):
    return [entry for entry in L.entries(name) if isinstance(entry, str)]  # (name, "re:…") pairs are patterns


DASHES = list("-‐‑‒–—―")
MARKERS = sorted({
    *_plain("NOTE_MARKERS"), *_plain("TRANSLATOR_MARKERS"),
    *(cue for by_lang in L.cues().values() for cues in by_lang.values() for cue in cues),
    *_plain("REPORTING_VERBS"), *L.INLINE_ELISIONS, *L.PARAGRAPH_ELISIONS, *L.entries("ASIDE_PHRASES"),
    *L.entries("GLOSS_PREFIXES"), *(name for pair in L.entries("RENAMED_PLACES") for name in pair),
    # examples of the pattern entries (legal labels, disclaimers, author initials)
    "признан иноагентом", "организация запрещена в России", "внесен в реестр иноагентов",
    "banned in Russia", "recognized as a foreign agent", "foreign agent", "заборонена в Україні",
    "Материалы ИноСМИ содержат оценки исключительно зарубежных СМИ",
    "InoSMI materials contain assessments exclusively of foreign media", "не отражают позицию редакции",
    "— В.К.", "– А. Б.", "Pokrovsk (Krasnoarmeysk)", "Бахмут (Артемовск)", "Мемориал*", "* признан иноагентом",
    # the form rules: polemic openers, outlet verbs and headlines that name an outlet
    *(p for name in ("ASIDE_BRACKET_OPENERS", "ASIDE_SENTENCE_OPENERS", "OUTLET_VERBS") for p in L.entries(name)),
    "Bloomberg (USA): ", "The Times: ", "«Иомиури» (Япония): ", ". The author does not mention ", ". Автор почему-то ",
})
ODD = [
    "\n", "\r\n", "\r", "\x00", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u0301", "\u0308", "\u20dd",
    "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", " ", "  ", "\t", "\u00a0", "\u3000", "*", "***", ".", "…",
    "!", "?", ":", ";", ",", '"', "'", "’", "«", "»", "“", "”", "\U0001F600", "e\u0301", "\ud800", "\udfff",
]
TOKENS = list("()[]{}«»<>") + DASHES + ODD + MARKERS
WORDS = ["the", "Putin", "said", "Путин", "заявил", "и", "Kiev's", "allies", "NATO", "ВСУ", "Zelensky", "x"]

any_char = st.one_of(st.characters(codec=None), st.characters(categories=["Cs"]))  # lone surrogates too
piece = st.one_of(
    st.sampled_from(TOKENS),
    st.sampled_from(WORDS),
    st.text(any_char, max_size=6),
    # a bracket that ends (or opens) with a marker, so rules fire often
    st.tuples(st.sampled_from("([{"), st.text(max_size=12), st.sampled_from([*DASHES, " ", ""]),
              st.sampled_from(MARKERS), st.sampled_from(")]}")).map("".join),
    st.tuples(st.sampled_from(["(", "Editor's note: ", "NDLR : ", "* "]), st.sampled_from(MARKERS),
              st.sampled_from([")", "\n", " "])).map("".join),
)
mixture = st.lists(piece, max_size=60).map("".join)
unicode_text = st.text(any_char, max_size=200)


def check_annotation(result, text):
    """Every invariant of one result."""
    assert result.text == text
    assert isinstance(result.lang, str) and result.lang in LANGS
    previous_end = 0
    for span in result.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end  # sorted, never overlapping
        previous_end = span.end
        assert span.kind in KINDS and 0.0 <= span.score <= 1.0 and span.source in ("rule", "model")
        piece = text[span.start : span.end]
        if "\n" in piece:  # only a bracket group may cross a line break
            assert piece[0] in OPENERS and piece[-1] == OPENERS[piece[0]], (span, piece)

    segments = result.segments()
    cursor = 0
    editorial = []
    for index, segment in enumerate(segments):
        assert segment.start == cursor and segment.end > segment.start
        cursor = segment.end
        if segment.label == "editorial":
            editorial.append((segment.start, segment.end, segment.kind))
        else:
            assert segment.label == "original" and segment.kind is None
            if index:
                assert segments[index - 1].label == "editorial"  # no two original runs side by side
    assert cursor == len(text)
    assert editorial == [(s.start, s.end, s.kind) for s in result.spans]

    original = result.original_text()
    assert isinstance(original, str) and len(original) <= len(text)
    # nothing the source wrote is lost: only spacing changes and cut paragraphs go
    kept = "".join(text[s.start : s.end] for s in segments if s.label == "original")
    squeeze = str.maketrans("", "", " \t\r\n")
    assert original.translate(squeeze) == kept.translate(squeeze)

    raw = text.encode("utf-8", "surrogatepass")
    byte_spans = result.byte_spans()
    assert len(byte_spans) == len(result.spans)
    for (start, end, kind), span in zip(byte_spans, result.spans):
        assert kind == span.kind
        assert raw[start:end].decode("utf-8", "surrogatepass") == text[span.start : span.end]

    record = result.to_dict()
    assert json.loads(json.dumps(record)) == record
    assert [(s["start"], s["end"], s["kind"]) for s in record["spans"]] == [(s.start, s.end, s.kind) for s in result]
    assert "text" not in result.to_dict(include_text=False)


# ---------------------------------------------------------------------------
# form rules: where their spans may sit


headline = st.sampled_from(["Bloomberg (USA): Europe waits", "The Times: Ships stay in port", "Plain headline",
                            "«Иомиури» (Япония): Деревни пустеют"])
OUTLETS = ["Bloomberg", "The Times", "«Иомиури»", "the Times", " reports", " writes", "пишет ", ", according to "]
body_line = st.lists(st.one_of(st.sampled_from(TOKENS), st.sampled_from(WORDS), st.sampled_from(OUTLETS),
                               st.sampled_from([". ", ", ", " "])), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(headline, st.lists(body_line, min_size=1, max_size=6))
def test_form_rule_spans_sit_where_the_guide_puts_them(title, lines):
    from annotator.candidates import layout
    from annotator.rules import _units, aside_sentences, lead_paragraph

    text = "\n".join([title, *lines])
    lay = layout(text)
    lead = lead_paragraph(text, lay)
    if lead is not None:  # the first line of the paragraph under the headline's (a block where blank lines
        # group lines), never anything else
        assert (lead.start, lead.end) == lay.paragraphs[_units(lay)[1][0]] and lead.kind == "lead"
    for span in aside_sentences(text, lay):
        piece = text[span.start:span.end]
        assert span.kind == "aside" and "\n" not in piece and piece == piece.strip()
        assert any(s <= span.start and span.end <= e for s, e in lay.paragraphs)
        assert span.marker.removeprefix("aside opener: ").split()[0] == piece.split()[0]


# ---------------------------------------------------------------------------
# rules only


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_rules_any_text(text):
    check_annotation(RULES.predict(text), text)


@settings(max_examples=300, deadline=None)
@given(unicode_text)
def test_rules_any_unicode_including_lone_surrogates(text):
    check_annotation(RULES.predict(text), text)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixture)
def test_rules_fuzz_brackets_markers_and_odd_characters(text):
    result = RULES.predict(text)
    check_annotation(result, text)
    assert RULES.predict(text) == result  # deterministic


@settings(max_examples=150, deadline=None)
@given(st.lists(mixture, max_size=6))
def test_rules_predict_many_equals_predict(texts):
    assert RULES.predict_many(texts) == [RULES.predict(t) for t in texts]
    assert annotator.predict_rules(texts[0]) == RULES.predict(texts[0]) if texts else True


@settings(max_examples=100, deadline=None)
@given(mixture, st.sampled_from(sorted(LANGS - {"und"})))
def test_rules_with_any_given_lang(text, lang):
    result = RULES.predict(text, lang=lang)
    assert result.lang == lang
    result = RULES.predict(text)
    check_annotation(result, text)


# ---------------------------------------------------------------------------
# the shipped default model


@pytest.fixture(scope="module")
def model():
    if not HAS_DEFAULT_MODEL:
        pytest.skip(f"no default model at {DEFAULT_MODEL_DIR}")
    return default_annotator()


@needs_model
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=mixture)
def test_model_fuzz(model, text):
    result = model.predict(text)
    check_annotation(result, text)
    assert model.predict(text) == result  # deterministic


@needs_model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=unicode_text)
def test_model_any_unicode(model, text):
    check_annotation(model.predict(text), text)


@needs_model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(mixture, max_size=6))
def test_model_predict_many_equals_predict(model, texts):
    assert model.predict_many(texts) == [model.predict(t) for t in texts]


@needs_model
def test_model_on_the_seed(model, seed_record):
    text = seed_record["text"]
    check_annotation(model.predict(text), text)
    check_annotation(model.predict(text.replace("\n", "\r\n")), text.replace("\n", "\r\n"))


# ---------------------------------------------------------------------------
# input types and decoding


@pytest.mark.parametrize("value, name", [(None, "NoneType"), (17, "int"), (1.5, "float"), (["text"], "list"),
                                         ({"text": "x"}, "dict"), (object(), "object")])
def test_wrong_types_are_refused_by_name(value, name):
    message = f"text must be str or bytes, not {name}"
    with pytest.raises(TypeError, match=message):
        RULES.predict(value)
    with pytest.raises(TypeError, match=message):
        RULES.predict_many(["fine", value])
    with pytest.raises(TypeError, match=message):
        annotator.predict_rules(value)
    with pytest.raises(TypeError, match=message):
        coerce_text(value)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_utf8_bytes_are_decoded(text):
    raw = text.encode("utf-8")
    expected = RULES.predict(text)
    assert RULES.predict(raw) == expected
    assert RULES.predict(bytearray(raw)) == expected
    assert RULES.predict(memoryview(raw)) == expected


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode_or_fail_clearly(raw):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        with pytest.raises(InputError, match=rf"not valid UTF-8 \(byte {exc.start}: .*errors='replace'"):
            RULES.predict(raw)
        result = RULES.predict(raw, errors="replace")
        check_annotation(result, raw.decode("utf-8", "replace"))
        assert "\ufffd" in result.text
        check_annotation(RULES.predict(raw, errors="ignore"), raw.decode("utf-8", "ignore"))
    else:
        check_annotation(RULES.predict(raw), text)


def test_invalid_utf8_message():
    with pytest.raises(InputError) as info:
        RULES.predict("Путин (прим. ред.)".encode("utf-8")[:3])
    assert str(info.value) == "text is not valid UTF-8 (byte 2: unexpected end of data); " \
                              "decode it yourself or pass errors='replace'"
    assert isinstance(info.value, ValueError)


def test_surrogates_in_str_are_fine_but_not_in_bytes():
    text = "a (\ud800 — прим. ред.) b"
    check_annotation(RULES.predict(text), text)
    with pytest.raises(InputError, match="not valid UTF-8"):
        RULES.predict(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=200, deadline=None)
@given(st.text(st.one_of(st.characters(categories=["Zs", "Zl", "Zp"]), st.sampled_from("\t\n\r\x0b\x0c\x1c\x85"))))
def test_empty_and_whitespace_only_texts_have_no_spans(text):
    assert text.strip() == ""
    result = RULES.predict(text)
    assert result.spans == () and result.original_text() == text and result.lang == "und"


def test_size_limit():
    small = Annotator(max_chars=10)
    assert small.predict("0123456789").spans == ()
    with pytest.raises(InputError, match="11 characters, over the limit of 10"):
        small.predict("0123456789x")
    with pytest.raises(InputError, match="over the limit"):
        coerce_text(b"abc", max_chars=2)


@settings(max_examples=300, deadline=None)
@given(st.one_of(unicode_text, mixture))
def test_coerce_text_and_detect_lang_never_surprise(text):
    assert coerce_text(text) is text
    lang = detect_lang(text)
    assert isinstance(lang, str) and lang in LANGS
    assert detect_lang(text) == lang
