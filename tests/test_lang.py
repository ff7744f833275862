"""The language registry: every table of every language is well formed, and every pattern made of them is linear."""

import importlib
import io
import re
import string
import tokenize
from pathlib import Path
from re import _constants as C
from re import _parser as sre_parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import lang
from annotator import markers as M
from annotator.candidates import layout, sentence_candidates

STRING_TABLES = ("CAPITALS", "DETECTION_LETTERS", "NAME_ENDING_LETTERS", "SCRIPT")
PAIR_TABLES = ("RENAMED_PLACES", "SYNTH_OUTLETS", "SYNTH_ACRONYM_GLOSSES", "SYNTH_TERM_GLOSSES")
CONCEPT_TABLES = ("ASIDE_CUES",)
LETTER_TABLES = ("TRANSLITERATION",)  # letter -> its Latin spelling


def _tables():
    """``(language, table name, value)`` of every table of every language module."""
    for code in lang.LANGUAGES:
        for name in lang.TABLES:
            value = getattr(lang.module(code), name, None)
            if value is not None:
                yield code, name, value


def _word_lists():
    """``(where, entries)`` for every list of words: one per table, one per cue concept; pairs split."""
    for code, name, value in _tables():
        if name in STRING_TABLES:
            continue
        if name in CONCEPT_TABLES:
            for concept, words in value.items():
                yield f"{code}.{name}[{concept}]", words
        elif name in PAIR_TABLES:
            yield f"{code}.{name}", tuple(f"{current} ({former})" for current, former in value)
        else:
            yield f"{code}.{name}", value
    for name in ("INLINE_ELISIONS", "PARAGRAPH_ELISIONS", "ASIDE_PHRASES", "OUTLET_NAME_PARTICLES",
                 "PERSON_NAME_PARTICLES"):
        yield f"common.{name}", getattr(lang.common, name)


# ---------------------------------------------------------------------------
# the modules and the registry


def test_every_language_module_holds_only_known_tables():
    for code in lang.LANGUAGES:
        names = {name for name in vars(lang.module(code)) if name.isupper()}
        assert names <= set(lang.TABLES), (code, names - set(lang.TABLES))
        assert {"SCRIPT", "CAPITALS", "NOTE_MARKERS", "TRANSLATOR_MARKERS"} <= names, code
        # a language the detector knows has its function words; the others hold form tables only
        assert ("DETECTION_WORDS" in names) == (code in DETECTED), code


DETECTED = ("en", "ru", "uk", "de", "fr", "es", "it", "pl")


def test_a_text_in_a_form_only_language_keeps_every_tables_language():
    from annotator.text import guess_lang

    for text in ("Os pescadores voltaram ao mar, escreve o jornal.", "Rybáři se vrátili na moře, píše deník."):
        assert guess_lang(text).lang in DETECTED
    assert lang.selection("pt", sure=True) == ("pt",)  # a caller who names it gets its tables


@pytest.mark.parametrize("code, name, value", list(_tables()), ids=lambda v: v if isinstance(v, str) else "")
def test_table_shapes(code, name, value):
    if name in STRING_TABLES:
        assert isinstance(value, str)
    elif name in CONCEPT_TABLES:
        assert isinstance(value, dict) and value
        assert all(isinstance(words, tuple) and all(isinstance(w, str) for w in words) for words in value.values())
    elif name in LETTER_TABLES:
        assert isinstance(value, dict) and value
        assert all(len(letter) == 1 and isinstance(latin, str) and latin.isascii() for letter, latin in value.items())
    elif name in PAIR_TABLES:
        assert isinstance(value, tuple) and value
        for pair in value:
            assert isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(name, str) for name in pair)
    else:
        assert isinstance(value, tuple) and value, "a table is a non-empty tuple (leave it out when empty)"
        for entry in value:  # a word, or a regex with its readable name: (name, "re:pattern")
            assert isinstance(entry, str) or (isinstance(entry, tuple) and len(entry) == 2
                                              and all(isinstance(part, str) for part in entry)), entry
            M.entry_parts(entry)


def test_scripts_capitals_and_detection_letters():
    assert set(lang.script_languages()) == {"latin", "cyrillic"}
    for code in lang.LANGUAGES:
        module = lang.module(code)
        assert module.SCRIPT in ("latin", "cyrillic")
        assert module.CAPITALS and all(ch.isupper() and ch.isalpha() for ch in module.CAPITALS), code
        assert len(set(module.CAPITALS)) == len(module.CAPITALS), code
        assert all(ch.isalpha() or ch in "¿¡" for ch in getattr(module, "DETECTION_LETTERS", "")), code
        # text.py lower-cases the sample before counting words
        assert all(word == word.lower() and word.isalpha() for word in getattr(module, "DETECTION_WORDS", ())), code


def test_registry_merges_in_language_order_and_refuses_unknown_names():
    notes = lang.table("NOTE_MARKERS")
    assert tuple(notes) == lang.LANGUAGES
    assert lang.table("LEGAL_LABELS", ["uk", "ru", "de"]) == {"ru": lang.ru.LEGAL_LABELS, "uk": lang.uk.LEGAL_LABELS}
    merged = lang.entries("TRANSLATOR_MARKERS")
    assert len(merged) == len(set(merged)) and "N.d.T." in merged  # fr and it both have it: kept once
    assert lang.entries("ASIDE_PHRASES")[0] == "sic!"  # the common entries come first
    assert lang.entries("GLOSS_PREFIXES", "ru") == lang.ru.GLOSS_PREFIXES
    assert set(lang.cues("de")) == set(lang.de.ASIDE_CUES)
    with pytest.raises(KeyError):
        lang.table("NOTE_MARKER")
    with pytest.raises(ValueError):
        lang.table("NOTE_MARKERS", "xx")
    with pytest.raises(TypeError):
        lang.entries("ASIDE_CUES")


def test_capital_class_matches_exactly_the_capitals():
    for langs in (None, "en", ("en", "ru"), "uk", "pl", "fr"):
        letters = lang.capitals(langs)
        pattern = re.compile(lang.capital_class(langs))
        probe = set(letters) | set(string.ascii_letters) | set("абвгґдеєёжзиіїйАБВГҐДЕЄЁЖЗИІЇЙ-[]^\\ąĄłŁéÉüÜßẞ")
        assert {ch for ch in probe if pattern.fullmatch(ch)} == set(letters), langs


# ---------------------------------------------------------------------------
# entries: not empty, not padded, not duplicated, not fused


@pytest.mark.parametrize("where, entries", list(_word_lists()), ids=lambda v: v if isinstance(v, str) else "")
def test_entries_are_not_empty_padded_or_duplicated(where, entries):
    assert entries, where
    for entry in entries:
        for part in (entry if isinstance(entry, tuple) else (entry,)):  # (name, "re:pattern") pairs: both parts
            assert part and part == part.strip() and "  " not in part, (where, entry)
    assert len(set(entries)) == len(entries), (where, [e for e in entries if entries.count(e) > 1])


def test_a_cue_word_means_one_concept():
    # the model's cue token is the concept: a word under two concepts would be ambiguous
    concept_of: dict[str, str] = {}
    for concept, by_lang in lang.cues().items():
        for words in by_lang.values():
            for word in words:
                assert concept_of.setdefault(word.lower(), concept) == concept, word


def _implicit_concatenations(source: str) -> list[tuple[int, str]]:
    """Places where two string literals stand side by side (``"a" "b"``): Python glues them into one."""
    found, previous = [], None
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in (tokenize.NL, tokenize.COMMENT):
            continue
        if token.type == tokenize.STRING and previous is not None and previous.type == tokenize.STRING:
            found.append((token.start[0], token.string))
        previous = token
    return found


def test_no_entry_is_two_glued_by_a_missing_comma():
    """A missing comma between two entries glues them into one, silently.

    The sound check is on the source: in a table module two string literals
    never stand side by side (the tokenizer still sees both), so every such
    slip fails here, whatever the words.  A check on the entries backs it up
    for tables built any other way: no plain entry has a capitalised word
    glued to the end of a lower-case one or of a full stop ("…mentionThe
    author", "Red.Anmerkung"); real entries never do ("InoSMI", "N.d.R.",
    "NdR" glue capitals to capitals or to a single letter).  Looking for an
    entry that holds another entry of its table as a prefix or suffix is no
    sound check: real words do ("телеканал" and "канал", "Wochenzeitung" and
    "Zeitung", "della" is "del" + "la"), and the two halves of a glued entry
    are no longer entries of their own.
    """
    assert _implicit_concatenations('X = ("a", "b"\n     "c")') == [(2, '"c"')]  # the check itself works
    for code in lang.LANGUAGES:
        path = Path(lang.module(code).__file__)
        assert _implicit_concatenations(path.read_text(encoding="utf-8")) == [], path.name
    assert _implicit_concatenations(Path(lang.common.__file__).read_text(encoding="utf-8")) == []
    for where, entries in _word_lists():
        for entry in entries:
            if isinstance(entry, tuple):  # a named re: pattern
                continue
            for cut in range(1, len(entry) - 1):
                left, right, after = entry[cut - 1], entry[cut], entry[cut + 1]
                assert not ((left.islower() or left == ".") and right.isupper() and after.islower()), (where, entry)


# ---------------------------------------------------------------------------
# patterns: every re: entry compiles, every compiled pattern is linear


def _re_entries():
    for code, name, value in _tables():
        if name in STRING_TABLES or name in CONCEPT_TABLES or name in PAIR_TABLES:
            continue
        for entry in value:
            words = M.entry_parts(entry)[1].lstrip("-–— ")
            if words.startswith("re:"):
                yield f"{code}.{name}", words[3:]


def test_every_re_entry_compiles():
    sources = list(_re_entries())
    assert len(sources) >= 10
    for where, source in sources:
        re.compile(source, re.IGNORECASE)


_UNBOUNDED = C.MAXREPEAT
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_PROBE = (string.printable + "\u00a0\u2009\u3000\u2028\x85" + "аЯёЁіЇґєäÄßöñçéèœłŁążźś" + "«»“”„’‘—–‐‑‒―…·"
          + "_09٣")


def _single_char(items) -> frozenset | None:
    """The probe characters a one-character item matches, or None when the item is longer."""
    if len(items) != 1:
        return None
    op, av = items[0]
    if op == C.LITERAL:
        return frozenset(ch for ch in _PROBE if ch.lower() == chr(av).lower())
    if op == C.NOT_LITERAL:
        return frozenset(ch for ch in _PROBE if ch.lower() != chr(av).lower())
    if op == C.ANY:
        return frozenset(ch for ch in _PROBE if ch != "\n")
    if op == C.IN:
        negate = any(o == C.NEGATE for o, _ in av)
        return frozenset(ch for ch in _PROBE if _in_class(av, ch) != negate)
    return None


_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}


def _in_class(members, ch: str) -> bool:
    for op, av in members:
        if op == C.LITERAL and ch.lower() == chr(av).lower():
            return True
        cases = {case for case in (ch, ch.lower(), ch.upper()) if len(case) == 1}
        if op == C.RANGE and any(av[0] <= ord(case) <= av[1] for case in cases):
            return True
        if op == C.CATEGORY and re.fullmatch(_CATEGORIES[av], ch):
            return True
    return False


class _Shape:
    """What a piece of pattern can begin and end with: the classes of unbounded one-character repeats."""

    def __init__(self, nullable: bool, heads: frozenset = frozenset(), tails: frozenset = frozenset()):
        self.nullable, self.heads, self.tails = nullable, heads, tails


def _sequence(items, problems: list[str], inside_unbounded: bool) -> _Shape:
    """Walk a sequence: nested unbounded repeats, and unbounded repeats that can follow each other."""
    heads: set = set()
    open_tails: set = set()
    nullable = True
    for op, av in items:
        shape = _item(op, av, problems, inside_unbounded)
        for tail in open_tails:
            for head in shape.heads:
                if tail & head:
                    problems.append("two unbounded repeats over the same characters follow each other")
        if nullable:
            heads |= shape.heads
        open_tails = (open_tails | shape.tails) if shape.nullable else set(shape.tails)
        nullable = nullable and shape.nullable
    return _Shape(nullable, frozenset(heads), frozenset(open_tails))


def _item(op, av, problems: list[str], inside_unbounded: bool) -> _Shape:
    if op in _REPEATS:
        low, high, body = av
        unbounded = high == _UNBOUNDED
        if unbounded and inside_unbounded:
            problems.append("an unbounded repeat inside an unbounded repeat")
        single = _single_char(body)
        if single is not None:
            if unbounded:
                return _Shape(low == 0, frozenset([single]), frozenset([single]))
            return _Shape(low == 0)
        inner = _sequence(body, problems, inside_unbounded or unbounded)
        if high > 1:
            for tail in inner.tails:
                for head in inner.heads:
                    if tail & head:
                        problems.append("a repeated group ends and starts with the same unbounded repeat")
        return _Shape(low == 0 or inner.nullable, inner.heads, inner.tails)
    if op == C.SUBPATTERN:
        return _sequence(av[3], problems, inside_unbounded)
    if op == C.ATOMIC_GROUP:
        return _sequence(av, problems, inside_unbounded)
    if op == C.BRANCH:
        shapes = [_sequence(branch, problems, inside_unbounded) for branch in av[1]]
        return _Shape(any(s.nullable for s in shapes), frozenset().union(*(s.heads for s in shapes)),
                      frozenset().union(*(s.tails for s in shapes)))
    if op in (C.ASSERT, C.ASSERT_NOT):
        _sequence(av[1], problems, inside_unbounded)
        return _Shape(True)
    if op == C.AT:
        return _Shape(True)
    if op == C.GROUPREF_EXISTS:
        for branch in av[1:]:
            if branch is not None:
                _sequence(branch, problems, inside_unbounded)
        return _Shape(True)
    return _Shape(False)


def backtracking_problems(pattern: str | re.Pattern[str]) -> list[str]:
    """Why a pattern may backtrack more than linearly at one start position (empty: it cannot).

    A structural check on the parsed pattern (``re._parser``), not a timing:
    it finds the two shapes behind super-linear backtracking, an unbounded
    repeat inside another (``(a+)+``, ``(?:\\s*x?)*``: exponential) and two
    unbounded repeats over overlapping characters with nothing required
    between them (``\\s*\\s*``, ``(?:x\\s*)?\\s*``: polynomial in a run of
    spaces).  Bounded repeats (``{0,30}``) cost a constant and pass.  What
    it does not bound is the number of start positions a search tries:
    the rules run patterns on bounded windows (a bracket's ends, one
    paragraph) for that.
    """
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, 0)
    problems: list[str] = []
    _sequence(sre_parser.parse(source, flags), problems, False)
    return problems


@pytest.mark.parametrize("bad", [r"(a+)+b", r"(?:\s*x?)*y", r"\s*\s*x", r"x\.?\s*\s*y", r"(?:x\s*)?\s*y",
                                 r"(?:a|b\s*)\s*y", r"(?:\w+\s?)*$", r"[^»]*\s+»", r"(?:\s+\w{0,30}){0,5}"])
def test_the_linearity_check_finds_backtracking_shapes(bad):
    assert backtracking_problems(bad)


@pytest.mark.parametrize("good", [r"\s*x\s*", r"(?:\s+[A-Z]\w{0,30}){0,5}", r"[A-Z]\w*\s+(?:says|notes)\b",
                                  r"\w+\s+\w+", r"(?<=[.!?])[\"»]*[ \t]+(?=[A-Z])", r"^\s*(?:a\s+)?agent\s*$"])
def test_the_linearity_check_passes_linear_shapes(good):
    assert backtracking_problems(good) == []


def _compiled_patterns():
    """Every compiled pattern of the modules that read the registry, and every marker's own patterns."""
    from annotator import rules

    seen: dict[str, re.Pattern[str]] = {}

    def collect(where, value, depth=0):
        if isinstance(value, re.Pattern):
            seen.setdefault(value.pattern, value)
        elif isinstance(value, (tuple, list, frozenset, set)) and depth < 4:
            for item in value:
                collect(where, item, depth + 1)
        elif isinstance(value, dict) and depth < 4:
            for item in value.values():
                collect(where, item, depth + 1)

    for name in ("annotator.rules", "annotator.features", "annotator.candidates", "annotator.text"):
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            collect(f"{name}.{attr}", value)
    for table in (rules.NOTE, rules.TRANSLATOR, rules.AUTHOR):
        for marker in table:
            collect(marker.text, rules._marker_regexes(marker))
    from annotator.features import vocabulary

    for code in lang.LANGUAGES:  # what each language selects alone
        collect(code, rules.forms_for((code,)))
        collect(code, vocabulary((code,)))
    for where, source in _re_entries():
        collect(where, re.compile(source, re.IGNORECASE))
    return list(seen.values())


def test_every_pattern_grows_linearly():
    patterns = _compiled_patterns()
    assert len(patterns) > 300  # the renamings alone give two per name
    failing = {p.pattern[:120]: problems for p in patterns if (problems := backtracking_problems(p))}
    assert failing == {}


def test_the_marker_syntax_is_why_the_rules_collapse_spaces():
    # "прим. ред." compiles to "прим\.?\s*\s*ред": the rules collapse the spaces before composing
    from annotator.rules import _linear

    raw = M.compile_markers({"ru": ("прим. ред.",)})[0].pattern
    assert backtracking_problems(raw)
    assert backtracking_problems(_linear(raw)) == []


# ---------------------------------------------------------------------------
# capitals: every language's sentences are found


FIRST = {"en": "The plan failed", "ru": "План провалился", "uk": "План провалився", "de": "Der Plan scheiterte",
         "fr": "Le plan a échoué", "es": "El plan fracasó", "it": "Il piano è fallito", "pl": "Plan się nie powiódł",
         "pt": "O plano falhou", "cs": "Plán selhal", "sk": "Plán zlyhal", "sr": "План није успео",
         "hr": "Plan nije uspio", "bg": "Планът се провали", "ro": "Planul a eșuat", "hu": "A terv kudarcot vallott",
         "tr": "Plan başarısız oldu", "nl": "Het plan mislukte", "ca": "El pla ha fracassat"}


@pytest.mark.parametrize("code", lang.LANGUAGES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_sentence_that_starts_with_any_capital_of_its_language_is_found(code, data):
    capital = data.draw(st.sampled_from(lang.capitals(code)), label="capital")
    opening = data.draw(st.sampled_from(["", *lang.entries("OPENING_MARKS", code)]), label="opening mark")
    end = data.draw(st.sampled_from([".", "!", "?", "…", '."', ".»", ".”", ".)", "?!"]), label="end")
    space = data.draw(st.sampled_from([" ", "  ", "\t"]), label="space")
    first, second = FIRST[code] + end, f"{opening}{capital}{FIRST[code].lower()[1:]} again."
    text = f"Title\n{first}{space}{second}\nEnd."
    found = [text[c.start:c.end] for c in sentence_candidates(text, layout(text))]
    assert found == [first, second]
    # and a lower-case letter goes on the same sentence ("т. е. вчера", "z. B. gestern")
    lower = capital.lower()
    if lower != capital and not lower.isupper():
        text = f"Title\n{first}{space}{lower}{FIRST[code].lower()[1:]} again.\nEnd."
        assert sentence_candidates(text, layout(text)) == []


@pytest.mark.parametrize("text, sentence", [
    ("Tytuł\nPlan się nie powiódł. Autor pomija, że zawiódł dwa razy. Łódź milczy.\nKoniec.",
     "Autor pomija, że zawiódł dwa razy."),
    ("Заголовок\nПлан провалився. Автор замовчує, що він провалився двічі. Інші теж мовчать.\nКінець.",
     "Автор замовчує, що він провалився двічі."),
    ("Titel\nDer Plan scheiterte. Der Autor verschweigt, dass er zweimal scheiterte. Über Gründe schweigt er.\nEnde.",
     "Der Autor verschweigt, dass er zweimal scheiterte."),
    ("Título\nEl plan fracasó. El autor olvida que fracasó dos veces. ¿Quién lo recuerda?\nFin.",
     "El autor olvida que fracasó dos veces."),
])
def test_an_aside_sentence_ends_before_a_sentence_with_a_national_capital(text, sentence):
    from annotator import Annotator

    found = [(text[s.start:s.end], s.kind) for s in Annotator().predict(text).spans]
    assert found == [(sentence, "aside")]


# ---------------------------------------------------------------------------
# the language selects its form tables; markers and labels apply whatever the guess

GERMAN = ("Die Regierung hat am Dienstag einen neuen Haushalt vorgelegt, der nicht nur die Ausgaben für die "
          "Verteidigung erhöht, sondern auch die Mittel für die Bildung kürzt. Die Opposition kritisierte den Plan "
          "und sprach von einem Bruch mit den Versprechen des Wahlkampfs. ")
RUSSIAN = ("Власти страны заявили, что это не так. По их словам, в этом году бюджет вырос, и это подтверждают "
           "данные министерства. Эксперты считают, что рост продолжится и в следующем году, как и в прошлом. ")


def _spans(text, lang=None):
    from annotator import Annotator

    return [(text[s.start:s.end], s.kind) for s in Annotator().predict(text, lang=lang).spans]


def test_a_guess_is_sure_only_on_clear_evidence():
    from annotator.text import detect_lang, guess_lang

    german = guess_lang(GERMAN)
    assert (german.lang, german.sure) == ("de", True) and 0.5 < german.confidence <= 1
    assert not guess_lang("Er sagte gestern.").sure  # too few words to go by
    assert guess_lang("").lang == "und" and not guess_lang("").sure
    # a Russian article quoting a Ukrainian minister: Ukrainian letters, Russian function words
    quoting = RUSSIAN + "«Ми завершуємо зустріч у позитиві, це приємна новина», — сказал министр."
    assert detect_lang(quoting) == guess_lang(quoting).lang
    assert not (guess_lang(quoting).lang == "uk" and guess_lang(quoting).sure)


def test_selection_policy():
    assert lang.selection("de") == ("de",)
    assert lang.selection("de", sure=False) is None
    assert lang.selection("und") is None and lang.selection("zh") is None and lang.selection(None) is None
    assert lang.SELECTED_TABLES <= set(lang.TABLES)
    # the signed kinds and labels never depend on the guess
    assert not lang.SELECTED_TABLES & {"NOTE_MARKERS", "TRANSLATOR_MARKERS", "AUTHOR_MARKERS", "LEGAL_LABELS",
                                       "DISCLAIMERS", "ASIDE_PHRASES", "RENAMED_PLACES"}
    assert lang.selected_entries("NOTE_MARKERS", ("de",)) == lang.entries("NOTE_MARKERS")
    assert lang.selected_entries("OUTLET_VERBS", ("de",)) == lang.de.OUTLET_VERBS


def test_a_signed_note_is_found_whatever_the_language():
    from annotator.text import guess_lang

    text = GERMAN + "Der Minister (речь о министре финансов — Прим. ред.) schwieg."
    assert guess_lang(text).lang == "de" and guess_lang(text).sure
    note = "(речь о министре финансов — Прим. ред.)"
    assert _spans(text) == [(note, "note")]
    assert _spans(text, lang="de") == [(note, "note")]
    text = GERMAN + "Der Minister (Übersetzung unklar, прим. пер.) schwieg."
    assert _spans(text, lang="de") == [("(Übersetzung unklar, прим. пер.)", "translator_note")]


def test_a_legal_label_is_found_whatever_the_language():
    text = "Meta (banned in Russia) said it would appeal. The company gave no further details."
    assert _spans(text, lang="de") == [("(banned in Russia)", "legal_label")]
    assert _spans(text, lang="ru") == [("(banned in Russia)", "legal_label")]


def test_the_language_selects_its_aside_openers():
    from annotator.text import guess_lang

    text = RUSSIAN + "Брюссель возразил (as if the Commission had not demanded the same) сразу."
    bracket = "(as if the Commission had not demanded the same)"
    assert guess_lang(text).lang == "ru" and guess_lang(text).sure
    assert _spans(text) == []  # an English opener in a Russian text is no Russian republisher's form
    assert _spans(text, lang="en") == [(bracket, "aside")]
    short = "Брюссель возразил (as if the Commission had not demanded the same) сразу."
    assert not guess_lang(short).sure
    assert _spans(short) == [(bracket, "aside")]  # unsure: every language's openers apply
    text = RUSSIAN + "Брюссель возразил (как будто Комиссия не требовала того же) сразу."
    assert _spans(text) == [("(как будто Комиссия не требовала того же)", "aside")]


def test_the_language_selects_its_outlet_verbs_and_cue_words():
    from annotator.candidates import layout as lay_out
    from annotator.features import Document
    from annotator.rules import lead_paragraph

    # (an outlet not in KNOWN_OUTLETS and no byline under it: a known outlet's headline, or its name over a
    # byline, makes a lead in any language)
    text = "Harbour Chronicle: Европа ждёт\nЕвропа ждёт решения, пишет Harbour Chronicle.\nТекст статьи.\nЕще текст."
    lay = lay_out(text)
    assert lead_paragraph(text, lay, ("ru",)) is not None
    assert lead_paragraph(text, lay, None) is not None
    assert lead_paragraph(text, lay, ("en",)) is None
    text = "Title\nThe author does not mention it, of course. Автор умалчивает.\nEnd."
    every = Document.of(text, lay_out(text), "en")
    english = Document.of(text, lay_out(text), "en", ("en",))
    russian = Document.of(text, lay_out(text), "ru", ("ru",))
    assert every.cue_concepts == ["author", "keeps_silent", "of_course", "author", "keeps_silent"]
    assert english.cue_concepts == ["author", "keeps_silent", "of_course"]  # "The author … mention … of course"
    assert russian.cue_concepts == ["author", "keeps_silent"]  # "Автор умалчивает"


# ---------------------------------------------------------------------------
# detection of short texts: the hand-written guess, then py3langid when it is unsure

SHORT = {
    "de": ["Die Stadt hat gestern zwei neue Schulen eröffnet.",
           "Am Abend gab es im Zentrum einen langen Stromausfall.",
           "Viele Leute warten immer noch auf ihre Rente."],
    "it": ["La città ha aperto ieri due nuove scuole.",
           "In serata c'è stato un lungo blackout in centro.",
           "Molte persone aspettano ancora la loro pensione."],
}


@pytest.mark.parametrize("lang_code", sorted(SHORT))
def test_short_german_and_italian_are_told_apart(lang_code):
    from annotator.text import guess_lang, hand_guess

    for sentence in SHORT[lang_code]:
        guess = guess_lang(sentence)
        assert guess.lang == lang_code, sentence
        assert not hand_guess(sentence).sure  # the library decided: the function words alone were too few
        assert guess.library is not None and 0 <= guess.confidence <= 1


def test_the_library_is_sure_only_when_the_hand_written_guess_agrees():
    from annotator.text import LIBRARY_SURE, LangGuess, guess_lang, hand_guess

    assert LangGuess("de", 1, 0, True, 0.99, agrees=True).sure
    assert not LangGuess("de", 1, 0, True, 0.99, agrees=False).sure
    assert not LangGuess("de", 1, 0, True, LIBRARY_SURE - 0.01, agrees=True).sure
    assert LangGuess("de", 1, 0, True, 0.99, agrees=False).confidence == 0
    text = "Die Stadt hat gestern zwei neue Schulen eröffnet, sagte der Bürgermeister am Abend."
    guess = guess_lang(text)
    assert guess.sure == (guess.library is None or (guess.agrees and guess.library >= LIBRARY_SURE))
    assert guess.agrees == (hand_guess(text).lang == guess.lang)
    # a long text the hand-written guess is sure of never asks the library
    assert guess_lang(GERMAN * 3).library is None and guess_lang(GERMAN * 3).sure
    assert guess_lang("12345 …").lang == "und" and guess_lang("12345 …").library is None


MIXED = [
    # (main language, text): a sentence or two quoting another language
    ("ru", "Министр заявил журналистам в понедельник, что позиция страны не изменилась и что, по его словам, "
           "«the sanctions have failed», — сказал он."),
    ("en", "The minister told reporters on Monday that nothing had changed: “Мы не будем вести переговоры”, he said."),
    ("de", "Der Minister sagte am Montag vor Journalisten, dass sich nichts geändert habe: „Nous ne signerons pas "
           "cet accord“, sagte er."),
    ("uk", "Міністр заявив журналістам у понеділок, що позиція країни не змінилася: «Мы не получили никаких "
           "предложений», — сказав він."),
]


@pytest.mark.parametrize("main, text", MIXED)
def test_a_short_mixed_text_is_never_sure_of_the_quoted_language(main, text):
    from annotator.text import guess_lang

    guess = guess_lang(text)
    assert guess.lang == main or not guess.sure, (guess, text)


def test_a_long_mixed_text_is_sure_of_its_main_language():
    from annotator.text import guess_lang

    quote = "«The sanctions have failed to change the Kremlin's course», — сказал он.\n"
    guess = guess_lang(RUSSIAN * 3 + quote + RUSSIAN)
    assert (guess.lang, guess.sure) == ("ru", True)
    quote = "„Nous ne signerons pas cet accord dans sa forme actuelle“, sagte er.\n"
    guess = guess_lang(GERMAN * 2 + quote + GERMAN)
    assert (guess.lang, guess.sure) == ("de", True)


@pytest.mark.parametrize("body", [SHORT["it"][0], SHORT["de"][1], "Brussels said so.", "Так сказали.", ""])
@pytest.mark.parametrize("lang_code", [None, "en", "ru", "de", "it", "pl"])
def test_a_signed_note_and_a_legal_label_are_found_whatever_the_lang_or_guess(body, lang_code):
    note = "(речь о министре финансов — Прим. ред.)"
    label = "(banned in Russia)"
    text = f"{body} Meta {label} said the minister {note} agreed.".strip()
    assert _spans(text, lang=lang_code) == [(label, "legal_label"), (note, "note")]


def test_letters_of_a_language_the_detector_has_no_words_for_keep_the_guess_unsure():
    from annotator.text import guess_lang

    # Serbian Cyrillic (ј, љ, њ) is not Russian, Czech (ř, ě, ů) is not Polish: every table must apply
    serbian = ("Како пишу британске новине, српске малине ове године први пут стижу у Шкотску. "
               "Њихов извозник је рекао да је превоз јефтинији за трећину, а љубитељи воћа су задовољни. ") * 3
    czech = ("První nákladní loď poháněná čpavkem vypluje z Bergenu v létě. Ministerstvo dopravy "
             "předalo všechny bezpečnostní plány, řekl ředitel loděnice. Ceny lodí se nesdělují. ") * 3
    for text in (serbian, czech):
        assert not guess_lang(text).sure, text[:30]
    # a name with such letters in an English article does not unsettle its guess
    english = ("The president of Turkey, Recep Tayyip Erdoğan, said on Monday that the talks with the "
               "European Union would go on, and that he was ready to meet the leaders of the bloc. ") * 3
    guess = guess_lang(english)
    assert guess.lang == "en" and guess.sure
