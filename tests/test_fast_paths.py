"""The fast paths of the rules decide exactly what the slow ones did.

Text dense with brackets made the bracket rules cheap per bracket: one content
decided once (cached), one marker search for both tables, alternations factored
by first letters, spelling comparisons that stop early, a layout found by one
pattern.  Each is compared here with the straightforward code it replaced
(kept below as the reference) on generated inputs built from the tables' own
words, so a prefilter that skipped a bracket a rule would decide fails here.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import lang as L
from annotator import prior_rules, renamed, rules, translit
from annotator.alternation import factored_alternation
from annotator.candidates import Candidate, bracket_candidates, bracket_groups, layout
from annotator.spans import Span


def _plain(name):
    return [entry for entry in L.entries(name) if isinstance(entry, str)]


# ---------------------------------------------------------------------------- the reference (the code replaced)

def _old_alternation(markers, dashed):
    return "|".join(f"(?:{rules._linear(m.pattern)})" for m in markers if m.needs_dash == dashed)


def _old_suffix(markers):
    loose, dashed = _old_alternation(markers, False), _old_alternation(markers, True)
    parts = []
    if loose:
        parts.append(rf"(?:(?:^|{L.DASH}|(?<=[.,;:!?…(]))\s*|(?<=\s))(?:{loose})")
    if dashed:
        parts.append(rf"{L.DASH}\s*(?:{dashed})")
    return re.compile(rf"(?:{'|'.join(parts)})(?!\w)\s*(?:[.,;:]\s*)?$", re.IGNORECASE)


def _old_prefix(markers):
    loose = _old_alternation(markers, False)
    return re.compile(rf"^\s*(?:{L.DASH}\s*)?(?:{loose})(?!\w)\s*(?::|{L.DASH})?", re.IGNORECASE)


OLD_ATTRIBUTIONS = tuple((kind, table, _old_suffix(table), _old_prefix(table))
                         for kind, table, _suffix, _prefix in rules.ATTRIBUTIONS)
OLD_ANY_RENAME = re.compile(
    rf"^\s*(?:(?:{renamed._FORMER_PREFIX}|{renamed._CURRENT_PREFIX})\s+)?(?P<name>"
    + "|".join(renamed._name_stem(name, endings) for current, former, endings in renamed._PLACES
               for name in (current, former))
    + r")\s*$", re.IGNORECASE)


def old_attribution(content):
    tail, head = content[-rules._TAIL:], content[:rules._HEAD]
    for kind, table, suffix, prefix in OLD_ATTRIBUTIONS:
        if suffix.search(tail) or prefix.search(head):
            return kind, rules._which_marker(table, tail, head)
    return None


def old_renamed_place(text, candidate):
    content = text[candidate.start + 1 : candidate.end - 1]
    found = OLD_ANY_RENAME.match(content) if len(content) <= renamed.MAX_RENAME_CHARS else None
    if found is None:
        return None
    entries = renamed._RENAME_INDEX.get(found.group("name")[:3].casefold(), ())
    window = text[max(0, candidate.start - renamed._RENAME_WINDOW) : candidate.start]
    for _, marker, holds, follows in entries:
        if holds.match(content) and follows.search(window):
            return marker
    return None


def old_bracket_rule(text, candidate, langs=None):
    content = text[candidate.start + 1 : candidate.end - 1]
    if not content.strip():
        return None
    span = lambda kind, marker: Span(candidate.start, candidate.end, kind, 1.0, "rule", marker)  # noqa: E731
    found = old_attribution(content)
    if found:
        return span(*found)
    if content.strip().casefold() in rules._ASIDES:
        return span("aside", f"aside: {content.strip()}")
    if candidate.bracket != "(":
        return None
    label = rules.legal_label(content)
    if label:
        return span("legal_label", label)
    opener = rules.forms_for(langs).bracket_aside.match(content.lstrip())
    if opener:
        return span("aside", f"aside opener: {' '.join(opener.group().split())}")
    renaming = old_renamed_place(text, candidate)
    if renaming:
        return span("gloss", renaming)
    naming = rules.naming_gloss(content)
    return span("gloss", f"gloss opener: {naming}") if naming else None


def old_layout(text):
    paragraphs, block_starts = [], [0]
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        line = match.group()
        left, right = len(line) - len(line.lstrip()), len(line) - len(line.rstrip())
        if left == len(line):
            continue
        if paragraphs and text.count("\n", paragraphs[-1][1], start) > 1:
            block_starts.append(len(paragraphs))
        paragraphs.append((start + left, end - right))
    stops = [*block_starts[1:], len(paragraphs)]
    return tuple(paragraphs), tuple(zip(block_starts, stops)) if paragraphs else ()


def old_elision_tail(text, start, end):
    for mark in rules._TAIL_ELISIONS:
        cut = end - len(mark)
        if cut - 2 >= start and text.startswith(mark, cut) and text[cut - 1] == " " and text[cut - 2].isalpha():
            return Span(cut, end, "elision", 1.0, "rule", f"elision: {mark} ending a paragraph")
    return None


def old_bracket_groups(text):
    stack, open_counts, groups = [], {"(": 0, "[": 0, "{": 0}, []
    for match in re.finditer(r"[()\[\]{}]", text):
        char, position = match.group(), match.start()
        if char in "([{":
            stack.append((char, position))
            open_counts[char] += 1
            continue
        opener = {")": "(", "]": "[", "}": "{"}[char]
        if open_counts[opener] == 0:
            continue
        while True:
            top, start = stack.pop()
            open_counts[top] -= 1
            if top == opener:
                break
        groups.append((start, position + 1, opener, len(stack)))
    return groups


def old_bracket_candidates(text, lay):
    starts = [start for start, _ in lay.paragraphs]
    out = []
    for start, end, opener, depth in sorted(old_bracket_groups(text)):
        if end - start > 1500 or ("\n" in text and text.count("\n", start, end) > 3):
            continue
        paragraph = max(sum(1 for s in starts if s <= start) - 1, 0)
        out.append((start, end, "bracket", paragraph, depth, opener))
    return out


# ---------------------------------------------------------------------------- generated bracket contents

WORDS = sorted({
    *_plain("NOTE_MARKERS"), *_plain("TRANSLATOR_MARKERS"), *_plain("AUTHOR_MARKERS"), *L.entries("ASIDE_PHRASES"),
    *L.entries("GLOSS_PREFIXES"), *L.entries("GLOSS_CURRENT_PREFIXES"),
    *(name for pair in L.entries("RENAMED_PLACES") for name in pair),
    *(p for name in ("ASIDE_BRACKET_OPENERS", "GLOSS_OPENERS") for p in L.entries(name) if isinstance(p, str)),
    "В.К.", "А. Б.", "n. r.", "ç. n.", ", red.", "(red.)", "признан иноагентом", "запрещена в России",
    "banned in Russia", "foreign agent", "sic!", "NATO", "Reuters", "Benjamin Netanyahu", "Нетаньяху",
    "Kharkiv", "Харькове", "Alpha", "word", "слово",
})
PIECES = st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", "  ", ". ", ", ", ": ", " — ", " - ", "–", "\n", "."]),
                   st.text(alphabet="aAеЕkKsSſﬀİıß.'’ «»\"-—xя", max_size=4))
CONTENTS = st.lists(PIECES, max_size=6).map("".join)
BEFORE = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", ". ", "«", "» "])), max_size=5).map("".join)
LANGS = st.sampled_from([None, ("ru",), ("en",), ("de", "fr"), ("uk",)])


def _candidate(before, content, opener):
    closer = {"(": ")", "[": "]", "{": "}"}[opener]
    text = f"{before}{opener}{content}{closer} after."
    start = len(before)
    return text, Candidate(start, start + len(content) + 2, "bracket", 0, 0, opener)


@settings(max_examples=1500, deadline=None)
@given(BEFORE, CONTENTS, st.sampled_from(["(", "(", "[", "{"]), LANGS)
def test_bracket_rule_decides_as_the_slow_path(before, content, opener, langs):
    text, candidate = _candidate(before, content, opener)
    expected = old_bracket_rule(text, candidate, langs)
    assert rules.bracket_rule(text, candidate, langs) == expected
    assert rules.bracket_rule(text, candidate, langs) == expected  # again, from the cache
    assert rules._content_rule(content, opener, langs) == rules._cached_content_rule(content, opener, langs)
    assert rules.renamed_place(text, candidate) == old_renamed_place(text, candidate)
    assert rules.attribution(content) == old_attribution(content)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([pair for pair in L.entries("RENAMED_PLACES")]), st.booleans(),
       st.sampled_from(["", "formerly ", "now ", "ныне ", "бывший ", "  "]), st.sampled_from(["", "е", "ом", "s", " "]))
def test_renamed_places_are_found_as_before(pair, forward, prefix, ending):
    """Both names of every renamed place, with prefixes and case endings: the factored pattern finds the same."""
    outside, inside = pair if forward else pair[::-1]
    text, candidate = _candidate(f"Бои под {outside} ", f"{prefix}{inside}{ending}", "(")
    assert rules.renamed_place(text, candidate) == old_renamed_place(text, candidate)
    assert rules.bracket_rule(text, candidate) == old_bracket_rule(text, candidate)


def test_the_cache_keeps_the_renamed_place_rule_reading_its_own_context():
    """The same content decides the same, but a renaming depends on the words before each bracket."""
    content = "Красноармейск"
    glossed, candidate = _candidate("под Покровском ", content, "(")
    plain, other = _candidate("под Киевом ", content, "(")
    assert rules.bracket_rule(glossed, candidate).kind == "gloss"
    assert rules.bracket_rule(plain, other) is None
    assert rules.bracket_rule(glossed, candidate).kind == "gloss"


# ---------------------------------------------------------------------------- spelling glosses

NAMES = st.sampled_from(["Нетаньяху", "Биньямин Нетаньяху", "Зеленский", "Шольц", "Olaf Scholz", "Benjamin Netanyahu",
                         "Zelensky", "strategic ambiguity", "стратегическая неопределенность", "Reuters", "NATO",
                         "Kharkiv", "Харків", "Alpha Beta", "альфа", "John Howard", "Джон Говард", "x", "сказал он"])


@settings(max_examples=400, deadline=None)
@given(st.lists(NAMES, min_size=1, max_size=3).map(" ".join), NAMES,
       st.sampled_from([translit.NAME_MATCH, translit.DOUBLED_MATCH, 0.3, 1.0]))
def test_early_stopping_comparisons_agree_with_the_full_ones(before, content, threshold):
    assert translit.spells(before, content, threshold) == (translit.best_match(before, content) >= threshold)
    assert translit.similar(before, content, threshold) == (translit.similarity(before, content) >= threshold)


def old_spelling_gloss(text, candidate, republished):
    if candidate.bracket != "(" or candidate.end - candidate.start > prior_rules.MAX_SPELLING_CHARS + 2:
        return None
    before = text[max(0, candidate.start - 120) : candidate.start]
    tail = before.rstrip(" \t")
    last = tail[-2:-1] if tail[-1:] in prior_rules._CLOSING_QUOTES else tail[-1:]
    if not last.isalpha():
        return None
    content = text[candidate.start + 1 : candidate.end - 1].strip()
    if not republished and not prior_rules._initials_repeat(before, content):
        return None
    # the forms added since the budget, which spend nothing of it, in the rule's order
    if republished and (prior_rules._LANGUAGE_LABEL.match(content) or prior_rules._OTHER_SCRIPT.match(content)):
        return f"original spelling: {content}"
    if republished and prior_rules._expands_acronym(before, content):
        return f"acronym spelled out: {content}"
    spelled = prior_rules._spelled_words(content)
    if spelled is None:
        return None
    inner, words = spelled
    before_words = translit.WORD.findall(before)
    outer = translit.script(next((w for w in reversed(before_words) if not w.isupper()), before_words[-1]))
    if outer == inner:
        if inner == "latin" and prior_rules._doubled(before, content):
            return f"doubled name: {content}"
        return None
    if not republished or not outer:
        return None
    if translit.spells(before, content):
        return f"original spelling: {content}"
    if inner == "latin" and all(w.islower() for w in words):
        return f"original term: {content}"
    if inner == "latin" and outer == "cyrillic" and not prior_rules._mixed_case_acronym(words):
        return f"original name: {content}"
    return None


SEPARATORS = st.sampled_from([" ", "  ", "\t", "", "» ", "”", "«", "(", "1 ", ". ", " \t", "\n", "((", ") "])
GLOSSED = st.tuples(NAMES, SEPARATORS, NAMES, st.sampled_from([")", "))", ") и ", "", ")("])).map(
    lambda parts: f"{parts[0]}{parts[1]}({parts[2]}{parts[3]}")


@settings(max_examples=800, deadline=None)
@given(st.lists(GLOSSED, min_size=1, max_size=4).map(" ".join), st.booleans())
def test_the_spelling_rule_decides_as_before(text, republished):
    """With no budget, or one that is never spent, the spelling rule decides as the code before the budget."""
    for candidate in bracket_candidates(text, layout(text)):
        expected = old_spelling_gloss(text, candidate, republished)
        assert prior_rules.spelling_gloss(text, candidate, republished) == expected
        assert prior_rules.spelling_gloss(text, candidate, republished, translit.Budget(1 << 30)) == expected


def _old_initials_repeat(before, content):
    inside = content.split()
    outside = before.split()[-len(inside):] if inside else []
    return len(outside) == len(inside) > 0 and all(
        a[:1].casefold() == b.lstrip("«“\"'")[:1].casefold() for a, b in zip(inside, outside))


@given(st.text(alphabet="ab «\"' \t\u2003\n", max_size=12), st.text(alphabet="ab A \t\u2003", max_size=8))
def test_initials_split_off_only_the_last_words(before, content):
    assert prior_rules._initials_repeat(before, content) == _old_initials_repeat(before, content)


# ---------------------------------------------------------------------------- bracket groups

BRACKETS = st.lists(st.sampled_from(["(", ")", "[", "]", "{", "}", "a", " ", "\n", "\n\n", "«", "\ud800"]), max_size=40)
NESTED = st.recursive(st.sampled_from(["", "a", " ", "\n"]),
                      lambda inner: st.one_of(st.lists(inner, max_size=4).map("".join),
                                              st.tuples(st.sampled_from(["()", "[]", "{}"]), inner)
                                              .map(lambda pair: pair[0][0] + pair[1] + pair[0][1])),
                      max_leaves=30)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(BRACKETS.map("".join), NESTED))
def test_bracket_groups_are_found_as_by_the_stack_pass(text):
    """Properly nested brackets take the array path, any other mixture the stack pass: both give its groups."""
    assert bracket_groups(text) == old_bracket_groups(text)
    candidates = bracket_candidates(text, layout(text))
    assert [tuple(candidate) for candidate in candidates] == old_bracket_candidates(text, layout(text))
    assert all(isinstance(candidate, Candidate) and candidate.unit == "bracket" for candidate in candidates)


def test_long_and_many_lined_groups_are_no_candidates_on_either_path():
    """1,500 characters with the brackets, three line breaks: the last group kept; the stray ``)`` or ``(``
    sends the same text down the stack pass."""
    for text in ("(" + "x" * 1498 + ") (" + "x" * 1499 + ")", "(a\nb\nc\nd) (a\nb\nc\nd\ne)",
                 ")(" + "x" * 1498 + ") (" + "x" * 1499 + ")", "((a\nb\nc\nd) (a\nb\nc\nd\ne)"):
        found = bracket_candidates(text, layout(text))
        assert [tuple(c) for c in found] == old_bracket_candidates(text, layout(text))
        assert len(found) == 1 and text[found[0].end - 2] in "xd"


# ---------------------------------------------------------------------------- layout and paragraph ends

SPACES = " \t\r\x0b\x0c\x1c\x85\xa0\u2028\u3000"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab.\n" + SPACES, max_size=40))
def test_layout_is_the_stripped_lines_as_before(text):
    lay = layout(text)
    assert (lay.paragraphs, lay.blocks) == old_layout(text)


@given(st.text(alphabet="ab […]. <>", max_size=14))
def test_a_tail_elision_is_found_as_before(text):
    for start in range(len(text)):
        assert rules.elision_tail(text, start, len(text)) == old_elision_tail(text, start, len(text))


# ---------------------------------------------------------------------------- factored alternations

SOURCES = st.lists(st.one_of(st.text(alphabet="abAé", min_size=1, max_size=4).map(re.escape),
                             st.sampled_from(["a*b", "a?", "ab{1,2}", r"a\w{0,2}", r"\.?a", "(?:a|b)c", "[ab]a", ""])),
                   min_size=1, max_size=8)


@settings(max_examples=500, deadline=None)
@given(SOURCES, st.text(alphabet="abAé.", max_size=6), st.booleans())
def test_factored_alternation_matches_what_the_plain_one_does(sources, probe, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile("(?:" + "|".join(f"(?:{s})" for s in sources) + r")\Z", flags)
    factored = re.compile(f"(?:{factored_alternation(sources)})\\Z", flags)
    for start in range(len(probe) + 1):
        assert bool(plain.match(probe, start)) == bool(factored.match(probe, start))
