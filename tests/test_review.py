"""Suggestions, review items and the review page, without a browser (see test_review_browser.py)."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest

from annotator import cli
from annotator.api import Annotator, default_annotator
from annotator.review import ReviewItem, review_items, review_page
from annotator.spans import KINDS, Span
from annotator.suggest import Suggestion, suggestions

REPO = Path(__file__).resolve().parent.parent
SEED = (REPO / "seeds" / "000_537cde15b9f0378c.txt").read_text(encoding="utf-8")
OTHER = ("Bloomberg: Europe is thinking about a ceasefire\n"
         "Ministers met in Brussels and talked about supplies.\nIan Marlow\n"
         "Ukraine's allies have shifted their attention (and an obstacle for NATO) to talks.\n"
         "The town of Pokrovsk (Krasnoarmeysk) is a hub. Officials said so (which, of course, is not true).\n"
         "The talks went on.")


@pytest.fixture(scope="module")
def model() -> Annotator:
    return default_annotator()


def overlap(a: Any, b: Any) -> bool:
    return a.start < b.end and b.start < a.end


def embedded(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="review-data" data-key="([0-9a-f]{16})">(.*?)</script>',
                      page, re.DOTALL)
    assert match, "no embedded data"
    return json.loads(match.group(2))


# ------------------------------------------------------------------ suggestions
@pytest.mark.parametrize("text", [SEED, OTHER])
def test_suggestions_are_most_uncertain_first_and_never_overlap(model: Annotator, text: str) -> None:
    spans = model.predict(text).spans
    found = suggestions(model, text, limit=None)
    assert found
    assert [s.uncertainty for s in found] == sorted(s.uncertainty for s in found)
    for index, suggestion in enumerate(found):
        assert suggestion.kind in KINDS
        assert 0 < suggestion.probability < suggestion.threshold  # left original: under its kind's threshold
        assert suggestion.margin < 0 and suggestion.uncertainty == -suggestion.margin
        assert not any(overlap(suggestion, span) for span in spans)
        assert not any(overlap(suggestion, other) for other in found[index + 1:])
    assert suggestions(model, text, limit=2) == found[:2]
    assert suggestions(model, text, limit=0) == []


def test_suggestions_keep_clear_of_the_spans_given(model: Annotator) -> None:
    first = suggestions(model, OTHER, limit=None)[0]
    gold = [Span(first.start, first.end, "aside")]
    again = suggestions(model, OTHER, limit=None, spans=gold)
    assert first not in again and not any(overlap(s, first) for s in again)
    assert again  # the other candidates are still suggested


def test_rules_only_has_no_suggestions() -> None:
    assert suggestions(Annotator(), SEED) == []


def test_suggestion_order_is_by_distance_to_the_threshold() -> None:
    near = Suggestion(0, 5, "gloss", 0.04, 0.05)
    far = Suggestion(6, 9, "lead", 0.1, 0.6)
    assert near.uncertainty < far.uncertainty
    assert Suggestion(0, 1, "gloss", 0.0, 0.05).uncertainty == float("inf")


# ------------------------------------------------------------------ items
def records() -> list[dict[str, Any]]:
    start = OTHER.index("(Krasnoarmeysk)")
    return [
        {"id": "gold", "lang": "en", "text": OTHER, "source": "hand",
         "spans": [{"start": start, "end": start + len("(Krasnoarmeysk)"), "kind": "gloss"}]},
        {"id": 7, "text": SEED},
        {"text": OTHER},
    ]


def test_review_items_start_from_gold_or_from_the_prediction(model: Annotator) -> None:
    items = review_items(records(), Annotator())
    assert [item.id for item in items] == ["gold", "7", "2"]
    assert [item.origin for item in items] == ["gold", "rules", "rules"]
    assert [(OTHER[s.start:s.end], s.kind) for s in items[0].spans] == [("(Krasnoarmeysk)", "gloss")]
    assert items[0].source == "hand" and items[1].source is None
    assert items[1].spans == Annotator().predict(SEED).spans
    assert all(not item.suggestions for item in items)  # rules only


def test_review_items_keep_the_most_uncertain_suggestions_of_the_page(model: Annotator) -> None:
    everything = [s for item in review_items(records(), model, uncertain=100) for s in item.suggestions]
    items = review_items(records(), model, uncertain=3)
    kept = [s for item in items for s in item.suggestions]
    assert len(kept) == 3
    assert sorted(s.uncertainty for s in kept) == sorted(s.uncertainty for s in everything)[:3]
    for item in items:
        assert not any(overlap(s, span) for s in item.suggestions for span in item.spans)
    assert items[1].origin == "model"


def test_review_items_refuse_records_without_text_or_with_bad_spans() -> None:
    with pytest.raises(ValueError, match="record 1 .*no text in 'text'.*pass the articles"):
        review_items([{"id": "a", "text": "x"}, {"id": "b", "spans": [], "n_chars": 9}], Annotator())
    with pytest.raises(ValueError, match=r"record 0 \(id x\): bad spans: .*unknown span kind"):
        review_items([{"id": "x", "text": "abc", "spans": [{"start": 0, "end": 1, "kind": "nope"}]}], Annotator())
    with pytest.raises(ValueError, match="record 0 .*bad spans"):
        review_items([{"id": "x", "text": "abc", "spans": [{"start": 0, "end": 9, "kind": "gloss"}]}], Annotator())
    body = review_items([{"body": "Text here."}], Annotator(), text_field="body")
    assert body[0].text == "Text here."


# ------------------------------------------------------------------ page
HOSTILE = "A </script><script>alert(1)</script> <!-- x --> & \U0001F600 \ud800 (gloss) end"


def test_page_embeds_every_article_exactly() -> None:
    gloss = HOSTILE.index("(gloss)")
    items = [ReviewItem("h", HOSTILE, "en", (Span(gloss, gloss + 7, "gloss"),), "gold",
                        (Suggestion(2, 11, "aside", 0.2, 0.4),), "src"),
             ReviewItem("s", SEED, "en", Annotator().predict(SEED).spans, "rules")]
    page = review_page(items, title="t", export_name="out.jsonl")
    data = embedded(page)
    assert [a["text"] for a in data["articles"]] == [HOSTILE, SEED]
    assert data["articles"][0]["spans"] == [{"start": gloss, "end": gloss + 7, "kind": "gloss", "source": "gold",
                                             "score": 1.0, "marker": None}]
    assert data["articles"][0]["suggestions"] == [{"start": 2, "end": 11, "kind": "aside", "probability": 0.2,
                                                   "threshold": 0.4, "rank": 0}]
    assert [(s["start"], s["end"], s["kind"], s["source"]) for s in data["articles"][1]["spans"]] == \
        [(s.start, s.end, s.kind, "rule") for s in items[1].spans]
    assert data["kinds"] == list(KINDS) and data["export_name"] == "out.jsonl"
    assert page.count("</script>") == 2  # the data's and the code's: the text's own is escaped
    assert "<!-- x" not in page and "<script>alert" not in page
    page.encode("utf-8")  # the lone surrogate is escaped, so the page is valid UTF-8


def test_page_is_standalone_and_keyed_by_its_data() -> None:
    items = [ReviewItem("s", SEED, "en", Annotator().predict(SEED).spans, "rules")]
    page = review_page(items)
    lower = page.lower()
    assert "http:" not in lower and "https:" not in lower and "//" not in re.sub(r"<script>.*?</script>", "", lower,
                                                                                   flags=re.DOTALL)
    for reference in ("src=", "href=", "@import", "<link", "<iframe", "fetch(", "xmlhttprequest", "import("):
        assert reference not in lower
    assert not re.search(r"(?<!createobject)url\(", lower)  # no CSS url(): the only URL is the export's blob
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    key = re.search(r'data-key="([0-9a-f]{16})"', page).group(1)
    assert re.search(r'data-key="([0-9a-f]{16})"', review_page(items)).group(1) == key
    changed = [ReviewItem("s", SEED + " ", "en", items[0].spans, "rules")]
    assert re.search(r'data-key="([0-9a-f]{16})"', review_page(changed)).group(1) != key


def test_review_item_refuses_spans_that_do_not_fit() -> None:
    with pytest.raises(ValueError):
        ReviewItem("x", "short", "en", (Span(0, 9, "gloss"),))
    with pytest.raises(ValueError):
        ReviewItem("x", "long enough text", "en", (Span(0, 5, "gloss"), Span(3, 7, "aside")))


# ------------------------------------------------------------------ command
def test_cli_writes_a_page_from_gzipped_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "articles.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as handle:
        handle.write("".join(json.dumps(r, ensure_ascii=False) + "\n\n" for r in records()))
    out = tmp_path / "page.html"
    assert cli.main(["review", str(source), "-o", str(out), "--rules-only", "--limit", "2"]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {out}: 2 articles")
    data = embedded(out.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["gold", "7"]
    assert [a["origin"] for a in data["articles"]] == ["gold", "rules"]
    assert data["export_name"] == "page.jsonl" and data["title"] == "Review: articles.jsonl.gz"


def test_cli_says_to_pass_the_articles_for_a_scored_dump(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scored = tmp_path / "scored.jsonl"
    scored.write_text(json.dumps({"id": 1, "spans": [], "n_chars": 10, "editorial_share": 0.0, "error": None}) + "\n",
                      encoding="utf-8")
    assert cli.main(["review", str(scored), "-o", str(tmp_path / "p.html"), "--rules-only"]) == 2
    error = capsys.readouterr().err
    assert "annotator review: error: record 0 (id 1) has no text" in error and "pass the articles" in error
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "a"}\n{oops\n', encoding="utf-8")
    assert cli.main(["review", str(broken), "-o", str(tmp_path / "p.html"), "--rules-only"]) == 2
    assert "broken.jsonl:2: not valid JSON" in capsys.readouterr().err
    assert not (tmp_path / "p.html").exists()
