"""The kind registry: one entry per kind, every field filled, and read by everything that draws kinds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator import kinds, spans
from annotator.kinds import KINDS, REGISTRY, SIGNED_KINDS, Kind
from annotator.render import render_html, render_terminal
from annotator.spans import Annotation, Span

GUIDE = Path(__file__).resolve().parent.parent.parent / "shared" / "ANNOTATION_GUIDE.md"


def test_every_kind_has_every_field() -> None:
    assert len({kind.name for kind in REGISTRY}) == len(REGISTRY) == 8
    for kind in REGISTRY:
        assert re.fullmatch(r"[a-z][a-z_]*", kind.name), kind
        assert isinstance(kind.marked, bool), kind
        assert re.fullmatch(r"#[0-9a-f]{6}", kind.css), kind
        assert re.fullmatch(r"\d{1,3};\d{1,3}", kind.ansi), kind
        assert kind.description.strip() and "\n" not in kind.description, kind


def test_derived_names_follow_the_registry() -> None:
    assert KINDS == tuple(kind.name for kind in REGISTRY) == kinds.names()
    assert SIGNED_KINDS == {"note", "translator_note", "disclaimer"}  # the guide's signed kinds
    assert spans.KINDS is KINDS and spans.SIGNED_KINDS is SIGNED_KINDS  # the old names still work
    assert kinds.get("gloss").css == "#b6e8a8"
    with pytest.raises(KeyError, match="unknown span kind 'nope'"):
        kinds.get("nope")


def test_registry_lists_the_guides_kinds_in_its_order() -> None:
    if not GUIDE.exists():
        pytest.skip("the annotation guide is not beside the repository (../shared)")
    table = GUIDE.read_text(encoding="utf-8").split("## Kinds of editorial span", 1)[1].split("\n## ", 1)[0]
    assert tuple(re.findall(r"^\| `([a-z_]+)` \|", table, re.MULTILINE)) == KINDS


def test_a_kind_added_to_the_registry_is_drawn_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    new = Kind("caveat", False, "#123abc", "30;41", "a test kind that no guide lists")
    monkeypatch.setattr(kinds, "REGISTRY", (*REGISTRY, new))
    monkeypatch.setattr(kinds, "KINDS", (*KINDS, new.name))
    text = "Plain text (careful here) and a gloss (Krasnoarmeysk)."
    caveat = Span(text.index("(careful"), text.index("here)") + 5, "caveat")
    gloss = Span(text.index("(Krasno"), len(text) - 1, "gloss")
    annotation = Annotation(text, (caveat, gloss), "en")

    plain = render_terminal(annotation, color=False)
    assert "⟦caveat: (careful here)⟧" in plain and "⟦caveat⟧ ×1" in plain
    assert "\x1b[30;41m(careful here)\x1b[0m" in render_terminal(annotation, color=True)
    page = render_html(annotation, "t")
    assert ".kind-caveat { background: #123abc; }" in page
    assert '<mark class="kind-caveat" data-kind="caveat"' in page
    assert '<span class="swatch kind-caveat">caveat</span> ×1' in page
    # the review page and the report read the registry when they draw, not a copy made at import
    from annotator.report_write import _html_cell
    from annotator.review import ReviewItem, review_page

    review = review_page([ReviewItem("a", text, "en", (caveat, gloss))])
    assert ".kind-caveat { --c: #123abc; }" in review and '"caveat"' in review
    assert "#123abc" in _html_cell("caveat", 0, ("kind", "spans"))
