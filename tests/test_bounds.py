"""The bounds on work per text: the model's rows and the spelling rule's name comparisons.

Both caps grow with the text's length and were set from what the fixed
prediction sets ask for (``tools/predictions.py work``), so a text as dense as
the densest of them gets all its work done, and only denser text is cut, in
text order.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import prior_rules, translit
from annotator.api import Prepared
from annotator.candidates import bracket_candidates, layout
from annotator.features import MODEL_ROWS_BASE, max_model_rows, model_candidates

# The densest text of the fixed sets asks for one model row per 328 characters above the base
# (135 bracket rows in 23,299 characters), and for at most 56 name comparisons.
DENSEST_CHARS_PER_ROW = 328
MOST_COMPARISONS = 56


def _bracket_rows(text: str, limit: int | None) -> list[tuple[int, int]]:
    item = Prepared.of(text, "en", use_rules=True)
    return [(c.start, c.end) for c, _ in model_candidates(item.text, item.layout, item.brackets, item.lang,
                                                          item.proposals, langs=item.langs, limit=limit)
            if c.unit == "bracket"]


def _dense_text(groups: int, n_chars: int) -> str:
    """A headline and one paragraph of ``groups`` asides spread over at least ``n_chars`` characters."""
    gap = max(-(-n_chars // max(groups, 1)), 40)  # at least n_chars / groups
    aside = "x (a remark). "
    unit = ("Ministers met again " * (gap // 20 + 1))[: gap - len(aside)] + aside
    return "Ministers meet\n" + unit * groups + "The end."


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=260))
def test_a_text_as_dense_as_the_densest_of_the_fixed_sets_gets_all_its_rows(groups):
    n_chars = max(groups - MODEL_ROWS_BASE, 0) * DENSEST_CHARS_PER_ROW
    text = _dense_text(groups, n_chars)
    assert len(text) >= n_chars
    every = _bracket_rows(text, None)
    assert len(every) == groups  # the model is asked about every aside
    assert _bracket_rows(text, max_model_rows(len(text))) == every


def test_a_denser_text_stops_at_the_cap_in_text_order():
    text = _dense_text(600, 0)  # one group per 40 characters
    every = _bracket_rows(text, None)
    cap = max_model_rows(len(text))
    assert len(every) == 600 > cap
    assert _bracket_rows(text, cap) == every[:cap]


# ------------------------------------------------------------------ the spelling rule's budget

BEFORE = st.sampled_from(["Биньямин Нетаньяху", "Нетаньяху", "Шольц", "сказал он", "Benjamin Netanyahu", "Харків",
                          "стратегическая неопределенность", "Джон Говард", "слово", "«Иомиури»"])
INSIDE = st.sampled_from(["Benjamin Netanyahu", "Netanyahu", "Olaf Scholz", "Kharkiv", "strategic ambiguity",
                          "John Howard", "Benjamin Netanyahu Jr", "NATO", "Reuters", "word qd c", "Alpha Beta Gamma"])


def _spelled(text: str, republished: bool, budget: translit.Budget | None) -> list[str | None]:
    return [prior_rules.spelling_gloss(text, c, republished, budget) for c in bracket_candidates(text, layout(text))]


def _asked(text: str, republished: bool) -> list[int]:
    """The comparisons each bracket asks for, with no bound."""
    budget, asked = translit.Budget(1 << 40), []
    for candidate in bracket_candidates(text, layout(text)):
        left = budget.left
        prior_rules.spelling_gloss(text, candidate, republished, budget)
        asked.append(left - budget.left)
    return asked


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(BEFORE, INSIDE), min_size=1, max_size=10), st.booleans(), st.integers(0, 200))
def test_a_budget_never_changes_the_brackets_it_covers(pairs, republished, left):
    text = " ".join(f"{before} ({inside}) и" for before, inside in pairs)
    unbounded = _spelled(text, republished, None)
    asked = _asked(text, republished)
    budget = translit.Budget(left)
    bounded = _spelled(text, republished, budget)
    covered = 0
    while covered < len(asked) and sum(asked[: covered + 1]) <= left:
        covered += 1
    assert bounded[:covered] == unbounded[:covered]  # every bracket compared while the budget lasts decides alike
    if sum(asked) <= left:
        assert bounded == unbounded and budget.left == left - sum(asked)
    # past the budget a bracket is only not compared: what it decides without a comparison stays
    for got, alone in zip(bounded[covered:], _spelled(text, republished, translit.Budget(0))[covered:]):
        assert got == alone


def test_the_budget_covers_any_text_of_the_fixed_sets():
    assert prior_rules.spelling_budget(0) >= MOST_COMPARISONS


def test_thousands_of_latin_brackets_stop_comparing_at_the_budget(monkeypatch):
    text = "ИноСМИ\n" + "Лидер Нетаньяху (Benjamin Netanyahu) сказал. " * 1500
    compared = []
    similar = translit.similar
    monkeypatch.setattr(translit, "similar", lambda *args: compared.append(args) or similar(*args))
    item = Prepared.of(text, "ru", use_rules=True)
    assert item.republished
    glosses = [s for s in item.proposals if s.marker and s.marker.startswith("original spelling")]
    budget = prior_rules.spelling_budget(len(text))
    assert 0 < len(compared) <= budget
    asked, fits = _asked(text, True), 0
    while sum(asked[: fits + 1]) <= budget:
        fits += 1
    assert len(glosses) == fits < 1500  # each bracket the budget covers is found, none after
