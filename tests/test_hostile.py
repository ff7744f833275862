"""Hostile input: line endings, deep nesting, huge lines, marker soup, and regex complexity.

These tests assert no time budget (the machine may be busy); they finish in
a few seconds each here.  The regex tests compare growth instead: a pattern
run on 20,000 characters may take at most ~30 times as long as on 2,000.
"""

import importlib
import re
import time
from collections import deque

import pytest

from annotator import Annotator
from annotator import lang as L
from annotator import rules
from annotator.api import DEFAULT_MODEL_DIR, default_annotator
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
# growth of whole predictions on hostile repetitions


def _best(function, *args, runs=3):
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - start)
    return best


HOSTILE_UNITS = {
    "signed notes trailed by spaces": "(— Ред." + " " * 110 + "x) ",
    "tabs before a marker": "(" + "\t" * 150 + "прим. пер.) ",
    "legal stems": "(" + "запрещ" * 36 + ") ",
    "footnote stems": "* " + "признан" * 30 + "\n",
    "dots and dashes": "(" + ". —" * 60 + ")",
    "sentences": "Да. " * 40 + "\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_UNITS))
def test_prediction_time_grows_linearly(name):
    unit = HOSTILE_UNITS[name]
    small = unit * (20_000 // len(unit))
    large = unit * (200_000 // len(unit))
    small_time = _best(RULES.predict, small)
    large_time = _best(RULES.predict, large)
    assert large_time < 30 * small_time + 0.05, (name, small_time, large_time)


# ---------------------------------------------------------------------------
# regex complexity

# Patterns applied only to bounded windows (a label of at most MAX_LABEL_CHARS,
# a disclaimer paragraph of at most MAX_DISCLAIMER_CHARS): their ``\w*`` after
# a stem makes them quadratic on a run of repeated stems, which stays harmless
# inside those windows.  Checked at window scale (200 -> 2,000) and only for
# "no worse than quadratic".
WINDOWED = {id(p) for _lang, _entry, p in (*rules.LEGAL, *rules.DISCLAIMER)}
WINDOWED |= {id(getattr(rules, name)) for name in ("_ANY_LEGAL", "_ANY_DISCLAIMER") if hasattr(rules, name)}

# Modules on the predict path.  (annotator.datasets and annotator.augment build
# training data offline and are not scanned.)
MODULES = ("annotator.rules", "annotator.candidates", "annotator.text", "annotator.spans",
           "annotator.assemble", "annotator.api", "annotator.features", "annotator.model")


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
    found = {}
    for module_name in MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
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

_BASE_UNITS = [" ", "\t", " \t", "\n", " \n", ".", ". ", "..", "-", "—", "— ", "a", "я", "a ", "я ", "aя", "A.", "А.",
               "А. ", "*", "(", ")", "»", ",", "!", ". .", "\r\n", "x*", "1"]
_RUNS = [" ", "\t", " \t", ".", " .", "a", "я", "-"]


def _words(pattern):
    source = re.sub(r"\\[a-zA-Z]", " ", pattern.pattern)
    return list(dict.fromkeys(re.findall(r"[^\W\d_]{2,}", source)))[:16]


def worst_case_inputs(pattern, size):
    """Long runs of what the pattern repeats, and near misses of its words."""
    words = _words(pattern)
    units = list(_BASE_UNITS)
    for word in words:
        units += [word, word + " ", word[:-1], word[:-1] + " ", "— " + word[:-1] + " "]
    if words:
        units += [" ".join(words)[:-1] + " ", "— " + " ".join(words[:3])[:-1] + ". "]
    out = [(unit * (size // len(unit) + 1))[:size] for unit in units]
    for word in words:
        for run in _RUNS:
            body = (run * size)[: size - len(word) - 3]
            out += [word + body + "!", "— " + word + body + "x", "— " + word + "." + body[1:] + "x"]
    return out


def _scan(pattern, text):
    deque(pattern.finditer(text), maxlen=0)  # every match, like the callers' finditer and search


def _growth_failures(pattern, small, large, factor, constant, slow=0.02):
    """Inputs on which ``pattern`` grows faster than ``factor`` times from ``small`` to ``large``.

    Every input is screened once at the small size and the three slowest are
    measured properly (best of 3).  One that takes ``slow`` seconds already at
    the small size (10 us a character) fails at once: a polynomial blow-up would
    make the large run take minutes.
    """
    timed = []
    failures = []
    for index, text in enumerate(small):
        elapsed = _best(_scan, pattern, text, runs=1)
        if elapsed > slow:  # or the machine was busy: look again
            elapsed = _best(_scan, pattern, text)
        if elapsed > slow:
            failures.append((repr(text[:40]), f"{elapsed * 1000:.2f} ms on {len(text):,} chars"))
            if len(failures) == 3:
                return failures
        timed.append((elapsed, index))
    if failures:
        return failures
    for _, index in sorted(timed, reverse=True)[:3]:
        small_time = _best(_scan, pattern, small[index])
        large_time = _best(_scan, pattern, large[index])
        if large_time > factor * small_time + constant:
            failures.append((repr(small[index][:40]), f"{small_time * 1000:.2f} ms -> {large_time * 1000:.2f} ms"))
    return failures


def test_all_patterns_were_collected():
    names = set(PATTERNS)
    assert {"annotator.candidates._SENTENCE_END", "annotator.spans._SPACE_BEFORE_PUNCT", "annotator.text._WORD"} <= names
    assert sum(name.startswith("annotator.rules.ATTRIBUTIONS") for name in names) == 2 * len(rules.ATTRIBUTIONS)
    assert sum(name.startswith("annotator.rules.RENAMES") for name in names) == 2 * len(rules.RENAMES)
    assert sum(name.startswith("marker ") for name in names) >= len(rules.NOTE) + len(rules.TRANSLATOR)
    assert sum(id(p) in WINDOWED for p in PATTERNS.values()) >= len(rules.LEGAL) + len(rules.DISCLAIMER)


def test_every_regex_grows_near_linearly():
    failures = {}
    for name, pattern in PATTERNS.items():
        if id(pattern) in WINDOWED:
            continue
        bad = _growth_failures(pattern, worst_case_inputs(pattern, 2_000), worst_case_inputs(pattern, 20_000),
                               factor=30, constant=0.005)
        if bad:
            failures[f"{name}: {pattern.pattern[:80]}"] = bad
    assert not failures, failures


def test_windowed_regexes_are_at_worst_quadratic_within_their_window():
    failures = {}
    for name, pattern in PATTERNS.items():
        if id(pattern) not in WINDOWED:
            continue
        bad = _growth_failures(pattern, worst_case_inputs(pattern, 200), worst_case_inputs(pattern, 2_000),
                               factor=150, constant=0.005)
        if bad:
            failures[f"{name}: {pattern.pattern[:80]}"] = bad
    assert not failures, failures


def test_windowed_regexes_only_ever_see_their_window():
    """The callers cut the text first, so a huge label or paragraph costs no more than its window."""
    for stem in ("запрещ", "признан", "gib"):
        small = stem * (20_000 // len(stem))
        large = stem * (2_000_000 // len(stem))
        for function, args_small, args_large in (
            (rules.legal_label, (small,), (large,)),
            (rules.legal_label, (small[: rules.MAX_LABEL_CHARS],), (large[: rules.MAX_LABEL_CHARS],)),
            (rules.paragraph_rule, (small, 0, len(small)), (large, 0, len(large))),
            (rules.paragraph_rule, ("* " + small, 0, len(small) + 2), ("* " + large, 0, len(large) + 2)),
        ):
            small_time, large_time = _best(function, *args_small), _best(function, *args_large)
            assert large_time < 150 * small_time + 0.02, (function.__name__, stem, small_time, large_time)
