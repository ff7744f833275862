"""Hostile input: line endings, deep nesting, huge lines, marker soup, and regex complexity.

No test here reads a clock: growth in time is measured by
benchmarks/bench_growth.py; these tests check the patterns' structure.
"""

import importlib
import re

import pytest

from annotator import Annotator
from annotator import lang as L
from annotator import renamed, rules
from annotator.api import DEFAULT_MODEL_DIR, default_annotator
from test_lang import backtracking_problems
from test_properties import HAS_DEFAULT_MODEL, check_annotation

RULES = Annotator(max_chars=None)


@pytest.fixture(scope="module", params=["rules", "model"])
def ann(request):
    if request.param == "rules":
        return RULES
    if not HAS_DEFAULT_MODEL:
        pytest.skip(f"no default model at {DEFAULT_MODEL_DIR}")
    return default_annotator()


def _texts(result):
    return [result.text[s.start : s.end] for s in result.spans]


# ---------------------------------------------------------------------------
# hostile documents


def test_crlf_article_gives_the_same_spans(ann, seed_record):
    text = seed_record["text"]
    lf = ann.predict(text)
    crlf = ann.predict(text.replace("\n", "\r\n"))
    check_annotation(crlf, crlf.text)
    assert [(s.kind, t.replace("\r", "")) for s, t in zip(crlf.spans, _texts(crlf))] == \
           [(s.kind, t) for s, t in zip(lf.spans, _texts(lf))]
    assert crlf.original_text().replace("\r", "") == lf.original_text()
    assert {"note", "gloss", "elision"} <= {s.kind for s in crlf.spans}


def test_old_mac_line_endings_do_not_break_anything(ann, seed_record):
    text = seed_record["text"].replace("\n", "\r")
    check_annotation(ann.predict(text), text)


@pytest.mark.parametrize("open_, close", [("(", ")"), ("([{", "}])")])
def test_ten_thousand_nested_brackets(ann, open_, close):
    for middle in ("x", "x — прим. ред.", "Krasnoarmeysk", "\n"):
        text = open_ * (10_000 // len(open_)) + middle + close * (10_000 // len(close))
        check_annotation(ann.predict(text), text)


def test_nested_note_inside_deep_brackets_is_found():
    text = "(" * 10_000 + "x (сказал он — прим. ред.) y" + ")" * 10_000
    result = RULES.predict(text)
    assert [(s.kind, t) for s, t in zip(result.spans, _texts(result))] == [("note", "(сказал он — прим. ред.)")]


def test_hundred_thousand_openers_then_closers(ann):
    text = "(" * 100_000 + ")" * 100_000
    check_annotation(ann.predict(text), text)
    text = "(" * 100_000 + "x" + "]" * 100_000  # nothing ever closes
    assert ann.predict(text).spans == ()


def test_unbalanced_brackets_everywhere(ann):
    text = ")]}" * 30_000 + "Pokrovsk (Krasnoarmeysk)" + "([{" * 30_000
    result = ann.predict(text)
    check_annotation(result, text)
    assert "(Krasnoarmeysk)" in _texts(result)


def test_asterisks(ann):
    text = "Мемориал" + "*" * 100_000 + "\n* признан иноагентом\n"
    result = ann.predict(text)
    check_annotation(result, text)
    assert "* признан иноагентом" in _texts(result)
    text = "Мемориал* сказал. " * 10_000 + "\n* признан иноагентом"
    result = ann.predict(text)
    assert sum(t == "*" for t in _texts(result)) == 10_000


def _all_markers():
    out = [e for name in ("NOTE_MARKERS", "TRANSLATOR_MARKERS") for e in (e for es in L.table(name).values() for e in es) if isinstance(e, str)]
    return out + [*L.INLINE_ELISIONS, *L.PARAGRAPH_ELISIONS, *L.entries("ASIDE_PHRASES"), *L.entries("GLOSS_PREFIXES")]


@pytest.mark.parametrize("joiner", [" ", "\n", "", "\r\n"])
def test_text_of_only_markers(ann, joiner):
    text = joiner.join(_all_markers() * 50)
    check_annotation(ann.predict(text), text)
    text = joiner.join(f"({m})" for m in _all_markers() * 50)
    check_annotation(ann.predict(text), text)


def test_five_megabyte_single_line(ann, seed_record):
    ru = "Путин (прим. ред.) заявил, что Бахмут (Артемовск) — Мемориал* (признан иноагентом) <...>. "
    line = seed_record["text"].replace("\n", " ") + " " + ru * 20
    raw = (line * (5_000_000 // len(line.encode()) + 2)).encode()[:5_000_000]
    text = raw.decode("utf-8", "ignore")
    assert "\n" not in text and len(text.encode()) > 4_999_990
    result = ann.predict(text)
    assert len(result.spans) > 20_000
    assert result.original_text().count("(прим. ред.)") == 0
    assert len(result.byte_spans()) == len(result.spans)


def test_huge_runs_of_spaces_in_original_text():
    """``original_text`` once took minutes on a line with 200,000 spaces (quadratic regex)."""
    for run in (" ", "\t", " \t"):
        text = "Pokrovsk (Krasnoarmeysk) fell" + run * 100_000 + "x" + run * 100_000 + ". End."
        result = RULES.predict(text)
        assert result.original_text().startswith("Pokrovsk fell")


@pytest.mark.parametrize("text", ["(\ud800)", "Pokrovsk (\udfff Krasnoarmeysk)", "a \ud800 b", "(x\ud83d) y"])
def test_lone_surrogates_inside_candidates(ann, text):
    """Legal in a str (JSON "\\ud800"), illegal in UTF-8: the model's hashing must not choke on them."""
    check_annotation(ann.predict(text), text)


def test_nul_and_zero_width_characters_survive_original_text():
    text = "a\x00b\u200b (прим. ред.)\n\x00\nc\ufeff"
    result = RULES.predict(text)
    assert _texts(result) == ["(прим. ред.)"]
    assert result.original_text() == "a\x00b\u200b \n\x00\nc\ufeff"  # the old sentinel ate NULs


# ---------------------------------------------------------------------------
# regex complexity, checked by the patterns' structure (no clock: timings live in
# benchmarks/bench_growth.py, which measures the same patterns and predictions)

# Patterns applied only to bounded windows (a label of at most MAX_LABEL_CHARS,
# a disclaimer paragraph of at most MAX_DISCLAIMER_CHARS).
WINDOWED = {id(p) for _lang, _entry, p in (*rules.LEGAL, *rules.DISCLAIMER)}
WINDOWED |= {id(getattr(rules, name)) for name in ("_ANY_LEGAL", "_ANY_DISCLAIMER") if hasattr(rules, name)}

# Modules on the predict path.  (tools/build_silver.py and tools/augment.py build
# training data offline and are not scanned.)
MODULES = ("annotator.rules", "annotator.renamed", "annotator.republication", "annotator.prior_rules",
           "annotator.candidates", "annotator.text", "annotator.spans", "annotator.assemble", "annotator.api",
           "annotator.features", "annotator.model")


def _walk(value, name, found, depth=0):
    if isinstance(value, re.Pattern):
        found.setdefault(name, value)
    elif depth < 3 and isinstance(value, (tuple, list, set, frozenset)):
        for index, item in enumerate(value):
            _walk(item, f"{name}[{index}]", found, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{name}[{key!r}]", found, depth + 1)


def collect_patterns():
    """Every compiled pattern of the modules on the predict path, and every marker's own patterns."""
    found = {}
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            _walk(value, f"{module_name}.{name}", found)
    for kind, table, _suffix, _prefix in rules.ATTRIBUTIONS:  # the per-marker patterns
        for marker in table:
            suffix, prefix = rules._marker_regexes(marker)
            found[f"marker {marker.text!r} suffix"] = suffix
            if prefix is not None:
                found[f"marker {marker.text!r} prefix"] = prefix
    return found


PATTERNS = collect_patterns()


def test_all_patterns_were_collected():
    names = set(PATTERNS)
    assert {"annotator.candidates._SENTENCE_END", "annotator.spans._SPACE_BEFORE_PUNCT", "annotator.text._WORD"} <= names
    assert sum(name.startswith("annotator.rules.ATTRIBUTIONS") for name in names) == 2 * len(rules.ATTRIBUTIONS)
    assert sum(name.startswith("annotator.renamed.RENAMES") for name in names) == 2 * len(renamed.RENAMES)
    assert sum(name.startswith("marker ") for name in names) >= len(rules.NOTE) + len(rules.TRANSLATOR)
    assert sum(id(p) in WINDOWED for p in PATTERNS.values()) >= len(rules.LEGAL) + len(rules.DISCLAIMER)


def test_no_pattern_on_the_predict_path_can_backtrack_polynomially():
    """The structural check of tests/test_lang.py over every pattern predict runs (not only the tables')."""
    failing = {f"{name}: {p.pattern[:80]}": problems for name, p in PATTERNS.items()
               if (problems := backtracking_problems(p))}
    assert failing == {}


class _Recorder:
    """Stands in for a compiled pattern and records the length of every text it is given."""

    def __init__(self, pattern, lengths):
        self.pattern, self.lengths = pattern, lengths

    def search(self, text, *args):
        self.lengths.append(len(text))
        return self.pattern.search(text, *args)

    def match(self, text, *args):
        self.lengths.append(len(text))
        return self.pattern.match(text, *args)


@pytest.mark.parametrize("stem", ["запрещ", "признан", "gib"])
def test_windowed_regexes_only_ever_see_their_window(monkeypatch, stem):
    """The callers cut the text first, so a huge label or paragraph costs no more than its window."""
    lengths = []
    for name in ("_ANY_LEGAL", "_ANY_DISCLAIMER"):
        monkeypatch.setattr(rules, name, _Recorder(getattr(rules, name), lengths))
    monkeypatch.setattr(rules, "LEGAL", tuple((l, e, _Recorder(p, lengths)) for l, e, p in rules.LEGAL))
    monkeypatch.setattr(rules, "DISCLAIMER", tuple((l, e, _Recorder(p, lengths)) for l, e, p in rules.DISCLAIMER))
    huge = stem * (2_000_000 // len(stem))
    for size in (len(huge), rules.MAX_FOOTNOTE_CHARS - 2, rules.MAX_DISCLAIMER_CHARS, rules.MAX_LABEL_CHARS):
        text = huge[:size]
        rules.legal_label(text)
        rules.paragraph_rule(text, 0, len(text))
        rules.paragraph_rule("* " + text, 0, len(text) + 2)
    window = max(rules.MAX_LABEL_CHARS, rules.MAX_DISCLAIMER_CHARS, rules.MAX_FOOTNOTE_CHARS)
    assert lengths  # the windows that fit were searched
    assert max(lengths) <= window  # and the huge text never was
