"""The dataset builders (tools/build_silver.py, tools/augment.py) hold no words of their own.

Every signature, legal-label stem and inserted phrase is a ``SILVER_`` or
``SYNTH_`` table of the language registry: change a table and what the
builder matches or writes changes with it.  The texts here are written for
these tests.
"""

import ast
import re
from pathlib import Path

import pytest

from annotator import lang
from annotator.records import check_record
from tools import augment
from tools import build_silver as ds

ROOT = Path(__file__).resolve().parent.parent
BUILDERS = (ROOT / "tools" / "build_silver.py", ROOT / "tools" / "augment.py")
BUILDER_TABLES = tuple(name for name in lang.TABLES if name.startswith(("SILVER_", "SYNTH_")))
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _code_strings(path: Path) -> list[str]:
    """Every string constant of a module's code (f-string parts included), its prose left out:
    docstrings and the command line's ``help=`` texts."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    prose = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                prose.add(id(first.value))
        elif isinstance(node, ast.keyword) and node.arg == "help":
            prose.add(id(node.value))
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose]


def _table_words() -> set[str]:
    words = set()
    for name in BUILDER_TABLES:
        for entry in lang.entries(name, "ru"):
            words.update(entry if isinstance(entry, tuple) else (entry,))
    return words


# ----------------------------------------------------------------- the source
@pytest.mark.parametrize("path", BUILDERS, ids=lambda p: p.name)
def test_a_builder_writes_no_russian_word_in_its_code(path):
    strings = _code_strings(path)
    assert len(strings) > 20  # the check sees the code's strings
    assert [s for s in strings if CYRILLIC.search(s)] == []


@pytest.mark.parametrize("path", BUILDERS, ids=lambda p: p.name)
def test_a_builder_repeats_no_word_of_the_registry_tables(path):
    latin = {w for w in _table_words() if not CYRILLIC.search(w) and sum(c.isalpha() for c in w) >= 2}
    assert {"RT", "Bloomberg", "Peter Wagner", "(sic!)"} <= latin
    found = {(word, s) for s in _code_strings(path) for word in latin
             if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", s)}
    assert found == set()


def test_the_builder_tables_live_in_the_russian_module():
    assert BUILDER_TABLES
    for name in BUILDER_TABLES:
        assert set(lang.table(name)) == {"ru"}, name
        assert name not in lang.SELECTED_TABLES


# ------------------------------------------------- silver: signatures of notes
MARKERS = {"generic": ds.generic_marker, "rt": ds.rt_marker, "ng": ds.ng_marker}
SIGNATURE_TABLES = {  # table -> (the kind a note signed with it gets, the markers that read it)
    "SILVER_EDITOR_SIGNATURES": ("note", ("generic", "rt", "ng")),
    "SILVER_TRANSLATOR_SIGNATURES": ("translator_note", ("generic", "rt", "ng")),
    "SILVER_AUTHOR_SIGNATURES": (None, ("generic", "rt", "ng")),
    "SILVER_RT_SIGNATURES": ("note", ("rt",)),
    "SILVER_NG_SIGNATURES": ("note", ("ng",)),
}


def _signed(signature: str) -> str:
    """A sentence with a bracket signed ``signature`` after a dash ("…" is a name)."""
    return f"Министр (он же глава комиссии — {signature.replace('…', 'Религии')}) выступил вчера."


def _kind_of(marker: re.Pattern, text: str) -> tuple[bool, str | None]:
    match = marker.search(text)
    return match is not None, match and ds.marker_kind(match)


@pytest.mark.parametrize("table", sorted(SIGNATURE_TABLES))
def test_every_signature_a_marker_matches_comes_from_its_table(monkeypatch, table):
    kind, readers = SIGNATURE_TABLES[table]
    old = lang.entries(table, "ru")
    for reader in readers:  # as the registry is: every entry signs, with the table's kind
        for signature in old:
            assert _kind_of(MARKERS[reader](), _signed(signature)) == (True, kind), (reader, signature)
    monkeypatch.setattr(lang.ru, table, ("прим. сост.",))
    for reader in readers:
        marker = MARKERS[reader]()
        assert _kind_of(marker, _signed("Прим. сост.")) == (True, kind), reader
        for signature in old:  # gone from the table, gone from the marker
            assert _kind_of(marker, _signed(signature)) == (False, None), (reader, signature)


def test_rts_dashless_signature_comes_from_its_table(monkeypatch):
    lost_dash = "Они (речь о двух странах.\n{}\n) договорились."
    assert ds.rt_marker().search(lost_dash.format("RT"))
    monkeypatch.setattr(lang.ru, "SILVER_RT_DASHLESS_SIGNATURES", ("ТАСС",))
    marker = ds.rt_marker()
    assert marker.search(lost_dash.format("ТАСС")) and not marker.search(lost_dash.format("RT"))
    assert marker.search(_signed("RT"))  # after a dash RT signs from its own table


def test_initials_are_the_languages_capitals(monkeypatch):
    text = "Он (имеется в виду прошлый год. – Ж.Щ.) ошибся."
    assert ds.find_notes(text, ds.ng_marker()) != []
    monkeypatch.setattr(lang.ru, "CAPITALS", lang.ru.CAPITALS.replace("Щ", ""))
    assert ds.find_notes(text, ds.ng_marker()) == []


# ---------------------------------------------------- silver: legal labels
LEGAL_TABLES = {  # table -> (pattern builder, a text it finds, a stand-in entry, a text only the stand-in finds)
    "SILVER_LEGAL_STEMS": ("legal_keywords", "экстремистская ячейка", "вымышленн", "вымышленная ячейка"),
    "SILVER_AGENT_STEMS": ("legal_bracket", "(признан иностранным агентом)", "тайн шпион", "(признан тайным шпионом)"),
    "SILVER_BAN_STEMS": ("legal_bracket", "(запрещена в России)", "осужд", "(осуждена в России)"),
    "SILVER_RECOGNITION_STEMS": ("legal_bracket", "(признан иноагентом)", "объявл", "(объявлен иноагентом)"),
    "SILVER_IN_RUSSIA": ("legal_bracket", "(запрещена на территории РФ)", "в Атлантиде", "(запрещена в Атлантиде)"),
    "SILVER_FOOTNOTE_DEFINITIONS": ("footnote_definition", "«Клуб» — организация, запрещённая в РФ",
                                    "вымышленн", "«Клуб» — вымышленная группа"),
    "SILVER_FOOTNOTE_ENDINGS": ("complete_end", "сеть, запрещённая в РФ", "Атлантиде",
                                "сеть, запрещённая в Атлантиде"),
}


def test_every_silver_table_is_read_by_the_silver_builder():
    silver = {name for name in BUILDER_TABLES if name.startswith("SILVER_")}
    assert silver == set(SIGNATURE_TABLES) | set(LEGAL_TABLES) | {"SILVER_RT_DASHLESS_SIGNATURES"}


@pytest.mark.parametrize("table", sorted(LEGAL_TABLES))
def test_every_legal_stem_comes_from_its_table(monkeypatch, table):
    builder, found, stand_in, found_instead = LEGAL_TABLES[table]

    def finds(text):
        pattern = getattr(ds, builder)()
        return bool(pattern.match(text) if builder == "footnote_definition" else pattern.search(text))

    assert finds(found) and not finds(found_instead)
    monkeypatch.setattr(lang.ru, table, (stand_in,))
    assert finds(found_instead) and not finds(found)


# ------------------------------------------------ silver: hand-written lines
ARTICLE = (
    "Совет директоров ушёл в отставку\n"
    "Председатель (он возглавлял совет с 2019 года. — Прим. ред.) объявил об уходе утром.\n"
    "Фонд «Зелёная ветвь»* (признан иноагентом) поддержал его (в оригинале «сильный ход». — прим. пер.).\n"
    "Сам он назвал отставку вынужденной (так он говорил и раньше — прим. авт.).\n"
    "* «Зелёная ветвь» — организация, запрещённая на территории России."
)


def test_a_hand_written_article_gets_its_silver_spans():
    spans = ds.silver_spans(ARTICLE, ds.RT_MARKER)
    found = [(ARTICLE[s["start"]:s["end"]], s["kind"]) for s in spans]
    assert found == [
        ("(он возглавлял совет с 2019 года. — Прим. ред.)", "note"),
        ("*", "legal_label"),
        ("(признан иноагентом)", "legal_label"),
        ("(в оригинале «сильный ход». — прим. пер.)", "translator_note"),
        ("* «Зелёная ветвь» — организация, запрещённая на территории России.", "legal_label"),
    ]
    assert ds.check_record({"text": ARTICLE, "spans": spans}) is None
    stripped = ds.strip_markers({"id": "x", "text": ARTICLE, "spans": spans, "source": "rt"})
    assert "(он возглавлял совет с 2019 года.)" in stripped["text"]
    assert "(в оригинале «сильный ход».)" in stripped["text"]


def test_a_signature_added_to_the_registry_reaches_the_silver_spans(monkeypatch):
    text = "Посол (его назначили весной — прим. сост.) вручил грамоты."
    assert ds.silver_spans(text, ds.generic_marker()) == []
    monkeypatch.setattr(lang.ru, "SILVER_EDITOR_SIGNATURES", (*lang.ru.SILVER_EDITOR_SIGNATURES, "прим. сост."))
    (span,) = ds.silver_spans(text, ds.generic_marker())
    assert (text[span["start"]:span["end"]], span["kind"]) == ("(его назначили весной — прим. сост.)", "note")


# ---------------------------------------------------------------- augment
BODY = ("Депутаты бундестага спорили до вечера. Решение отложили на неделю.\n"
        "Представитель МВФ назвал план смелым. Рынки отреагировали спокойно.\n"
        "Голосование назначено на четверг.")


def _record(index: int) -> dict:
    text = f"Новый бюджет под вопросом {index}\nПарламент снова не принял бюджет. Споры продолжатся.\n{BODY}"
    return {"id": f"rt-{index}", "lang": "ru", "text": text, "source": "rt", "split": "dev", "spans": []}


def _inserted(synthetic: dict, kind: str) -> list[str]:
    return [synthetic["text"][s["start"]:s["end"]] for s in synthetic["spans"] if s["kind"] == kind]


def _bylines(synthetic: dict) -> list[str]:
    """The head's lines after the headline that are no lead: the byline, if the layout wrote one."""
    lines = synthetic["text"].split("\n")
    head = lines[:len(lines) - BODY.count("\n") - 1 - len(_inserted(synthetic, "disclaimer"))]
    return [line for line in head[1:] if line not in _inserted(synthetic, "lead")]


def test_augment_writes_only_the_registrys_words():
    words = augment.Words.from_registry()
    assert words.outlets == dict(lang.ru.SYNTH_OUTLETS) and words.bylines == lang.ru.SYNTH_BYLINES
    glosses = {gloss for _, gloss in (*words.acronym_glosses, *words.term_glosses)}
    kinds, bylines = set(), 0
    for synthetic in augment.build(_record(i) for i in range(60)):
        check_record(synthetic)
        kinds.update(s["kind"] for s in synthetic["spans"])
        assert set(_inserted(synthetic, "gloss")) <= glosses
        assert set(_inserted(synthetic, "aside")) <= {*words.aside_sentences, *words.aside_brackets}
        assert set(_inserted(synthetic, "disclaimer")) <= set(words.disclaimers)
        assert set(_bylines(synthetic)) <= set(words.bylines)
        bylines += len(_bylines(synthetic))
    assert {"lead", "gloss", "aside", "disclaimer"} <= kinds and bylines > 20


def test_a_changed_synth_table_changes_what_augment_writes(monkeypatch):
    for name, value in {
        "SYNTH_OUTLETS": (("Вестник Атлантиды", "Атлантида"),),
        "SYNTH_LEAD_TEMPLATES": ("{s}, уверяет {o}.",),
        "SYNTH_BYLINES": ("Ирина Пробная",),
        "SYNTH_DISCLAIMERS": ("Оговорка первая.", "Оговорка вторая."),
        "SYNTH_ACRONYM_GLOSSES": (("МВФ", "(фонд из теста)"),),
        "SYNTH_TERM_GLOSSES": (("бундестага", "(палата из теста)"),),
        "SYNTH_ASIDE_SENTENCES": ("Автор теста молчит.",),
        "SYNTH_ASIDE_BRACKETS": ("(реплика из теста)",),
    }.items():
        monkeypatch.setattr(lang.ru, name, value)
    out = list(augment.build(_record(i) for i in range(60)))
    inserted = {kind: {piece for s in out for piece in _inserted(s, kind)}
                for kind in ("lead", "gloss", "aside", "disclaimer")}
    assert sum(s["text"].startswith("Вестник Атлантиды (Атлантида): ") for s in out) > 10
    assert inserted == {
        "lead": {"Парламент снова не принял бюджет, уверяет Вестник Атлантиды."},
        "gloss": {"(фонд из теста)", "(палата из теста)"},
        "aside": {"Автор теста молчит.", "(реплика из теста)"},
        "disclaimer": {"Оговорка первая.", "Оговорка вторая."},  # several disclaimers: each is drawn
    }
    assert {line for s in out for line in _bylines(s)} == {"Ирина Пробная"}
    for synthetic in out:
        check_record(synthetic)
