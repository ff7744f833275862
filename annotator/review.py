"""The review page: a standalone HTML file where an analyst corrects spans and exports training data.

:func:`review_items` turns records into :class:`ReviewItem` (gold spans where a
record has ``spans``, the annotator's prediction where it has not, plus the
model's most uncertain candidates as suggestions); :func:`review_page` writes
them into one self-contained page: inline CSS and JavaScript, the data as
JSON in a ``<script type="application/json">``, no network resources.

In the page the analyst accepts, rejects or relabels each span, accepts or
dismisses suggestions, adds a missed span by selecting its text, marks
articles reviewed and exports guide-format JSONL (offsets in code points,
as Python counts them) that ``annotator train`` and ``annotator evaluate``
read unchanged.  Progress is kept in the browser's ``localStorage`` under a
hash of the embedded data.  Keys and the export are described in the README.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Literal, Mapping, Sequence

from . import kinds
from .api import Annotator
from .review_js import JS as _JS
from .spans import Annotation, Span
from .suggest import Suggestion, suggestions
from .text import detect_lang

DEFAULT_UNCERTAIN = 20  # suggestions per page: an hour of review, most uncertain first
EXPORT_SOURCE = "annotator review"
Origin = Literal["gold", "model", "rules"]


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One article on the page: its text, its starting spans and who made them, its suggestions."""

    id: str
    text: str
    lang: str
    spans: tuple[Span, ...] = ()
    origin: Origin = "model"
    suggestions: tuple[Suggestion, ...] = ()
    source: str | None = None  # the record's own ``source``, kept in the export as ``review_of``

    def __post_init__(self) -> None:
        Annotation(self.text, self.spans, self.lang)  # inside the text, sorted, no overlaps


def review_items(records: Iterable[Mapping[str, Any]], annotator: Annotator, uncertain: int = DEFAULT_UNCERTAIN,
                 text_field: str = "text", id_field: str = "id") -> list[ReviewItem]:
    """Review items for ``records``; the ``uncertain`` most uncertain suggestions of them all are kept.

    A record with ``spans`` starts from them (origin ``gold``); one without is
    predicted by ``annotator``.  A record without a string ``text_field``
    raises ``ValueError`` saying to pass the articles (a scored dump holds
    none).
    """
    items: list[ReviewItem] = []
    for number, record in enumerate(records):
        items.append(_item(number, record, annotator, text_field, id_field))
    if annotator.classifier is None or uncertain <= 0:
        return items
    found = [(suggestion, index) for index, item in enumerate(items)
             for suggestion in suggestions(annotator, item.text, item.lang, limit=uncertain, spans=item.spans)]
    found.sort(key=lambda pair: (pair[0].uncertainty, pair[1], pair[0].start))
    per_item: dict[int, list[Suggestion]] = {}
    for suggestion, index in found[:uncertain]:
        per_item.setdefault(index, []).append(suggestion)
    return [ReviewItem(item.id, item.text, item.lang, item.spans, item.origin,
                       tuple(sorted(per_item.get(index, ()), key=lambda s: s.start)), item.source)
            for index, item in enumerate(items)]


def _item(number: int, record: Mapping[str, Any], annotator: Annotator, text_field: str,
          id_field: str) -> ReviewItem:
    if not isinstance(record, Mapping):
        raise ValueError(f"record {number} is a JSON {type(record).__name__}, not an object")
    record_id = str(number) if record.get(id_field) is None else str(record[id_field])
    text = record.get(text_field)
    if not isinstance(text, str):
        raise ValueError(f"record {number} (id {record_id}) has no text in {text_field!r}: a scored dump holds "
                         "no text, so pass the articles it was scored from (records with id and text), "
                         "or name the text's field with --text-field")
    source = record.get("source") if isinstance(record.get("source"), str) else None
    lang = record.get("lang") if isinstance(record.get("lang"), str) else None
    if "spans" not in record:
        annotation = annotator.predict(text, lang=lang)
        origin: Origin = "rules" if annotator.classifier is None else "model"
        return ReviewItem(record_id, text, annotation.lang, annotation.spans, origin, (), source)
    try:
        spans = tuple(sorted((_gold_span(span) for span in record["spans"]), key=lambda s: (s.start, s.end)))
        return ReviewItem(record_id, text, lang or detect_lang(text), spans, "gold", (), source)
    except (TypeError, ValueError, KeyError) as exc:
        raise ValueError(f"record {number} (id {record_id}): bad spans: {exc}") from None


def _gold_span(span: Mapping[str, Any]) -> Span:
    return Span(int(span["start"]), int(span["end"]), str(span["kind"]))


# ------------------------------------------------------------------ page
def page_data(items: Sequence[ReviewItem], title: str, export_name: str) -> dict[str, Any]:
    """What the page embeds: kinds and colours, and per article its text, spans and suggestions."""
    ranked = sorted(((s.uncertainty, index, s.start) for index, item in enumerate(items) for s in item.suggestions))
    rank = {(index, start): position for position, (_, index, start) in enumerate(ranked)}
    articles = []
    for index, item in enumerate(items):
        articles.append({
            "id": item.id, "lang": item.lang, "text": item.text, "origin": item.origin, "source": item.source,
            "spans": [{"start": s.start, "end": s.end, "kind": s.kind, "source": item.origin if item.origin == "gold"
                       else s.source, "score": round(s.score, 4), "marker": s.marker} for s in item.spans],
            "suggestions": [{**s.to_dict(), "rank": rank[(index, s.start)]} for s in item.suggestions],
        })
    return {"title": title, "export_name": export_name, "export_source": EXPORT_SOURCE, "kinds": list(kinds.names()),
            "colours": kinds.css_colours(), "articles": articles}


_SURROGATE = re.compile("[\ud800-\udfff]")


def script_json(value: Any) -> str:
    """JSON that is safe inside ``<script>``: ``<``, ``>`` and ``&`` escaped (no ``</script>``, no
    ``<!--``), lone surrogates escaped (the page is UTF-8)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def review_page(items: Sequence[ReviewItem], title: str = "annotator review",
                export_name: str = "reviewed.jsonl") -> str:
    """The standalone review page for ``items`` (UTF-8 HTML; see the module docstring)."""
    payload = script_json(page_data(items, title, export_name))
    key = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
    colours = "\n".join(f".kind-{kind} {{ --c: {colour}; }}" for kind, colour in kinds.css_colours().items())
    from . import __version__

    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{_CSS}{colours}\n</style>",
        "</head>",
        "<body>",
        _HEADER.replace("{title}", html.escape(title)),
        '<div id="layout"><main id="articles"></main>',
        _PANEL,
        "</div>",
        f'<footer>annotator {__version__} review page · {len(items)} articles · progress is kept in this '
        "browser until you reset it</footer>",
        f'<script type="application/json" id="review-data" data-key="{key}">{payload}</script>',
        f"<script>{_JS}</script>",
        "</body>",
        "</html>",
        "",
    ])


_HEADER = """<header>
<h1>{title}</h1>
<p id="progress" class="muted"></p>
<div class="controls">
<label>Reviewer <input id="reviewer" type="text" placeholder="your name" size="14"></label>
<label>Split <select id="split"><option>train</option><option>dev</option><option>test</option></select></label>
<label>Export <select id="scope"><option value="reviewed">reviewed articles</option>
<option value="all">all articles</option></select></label>
<button id="export" type="button" title="download guide-format JSONL (e)">Export JSONL</button>
<button id="help-toggle" type="button" title="keys (?)">Keys</button>
<button id="reset" type="button" title="forget the progress kept in this browser">Reset</button>
</div>
<div id="help" hidden>
<p><b>j</b>/<b>k</b> next/previous span or suggestion · <b>n</b> next suggestion, most uncertain first ·
<b>a</b> accept · <b>x</b> reject (a suggestion: dismiss) · <b>1</b>–<b>8</b> change the kind (with text
selected: add a span of that kind) · <b>u</b> undo · <b>d</b> mark the article reviewed · <b>e</b> export ·
<b>Esc</b> clear · <b>?</b> these keys.</p>
<p>Select text and press a kind's number (or click its button) to add a missed span; edge spaces are trimmed,
overlaps are refused. A reviewed article's undecided spans are exported as they are; its undecided
suggestions stay original.</p>
</div>
</header>"""

_PANEL = """<aside id="panel">
<div id="focus-info"><p class="muted">Click a highlight or press <b>j</b> or <b>n</b>.</p></div>
<div class="actions">
<button id="accept" type="button" title="a">Accept <kbd>a</kbd></button>
<button id="reject" type="button" title="x">Reject <kbd>x</kbd></button>
<button id="undo" type="button" title="u">Undo <kbd>u</kbd></button>
<button id="next" type="button" title="n">Next suggestion <kbd>n</kbd></button>
</div>
<p class="muted">Kind of the span, or of the selected text:</p>
<div id="kinds"></div>
<p id="message" role="status"></p>
</aside>"""

_CSS = """
body { margin: 0; background: #fafaf7; color: #1d1d1d; font: 16px/1.6 Georgia, "DejaVu Serif", serif; }
header, footer { padding: .8rem 1.5rem; font: .85rem/1.5 system-ui, "DejaVu Sans", sans-serif; }
header { border-bottom: 1px solid #ddd; background: #fff; position: sticky; top: 0; z-index: 2; }
h1 { font: 600 1.2rem/1.3 system-ui, "DejaVu Sans", sans-serif; margin: 0 0 .2rem; }
.muted { color: #666; margin: .2rem 0; }
.controls { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; }
#layout { display: flex; gap: 1.5rem; padding: 0 1.5rem; align-items: flex-start; }
main { flex: 1; max-width: 48rem; }
article { border-bottom: 1px solid #ddd; padding: .6rem 0 1rem; }
article.reviewed h2 .state { background: #2e7d32; color: #fff; }
article.current h2 { color: #0b57d0; }
h2 { font: 600 .95rem/1.4 system-ui, "DejaVu Sans", sans-serif; margin: .4rem 0; display: flex; gap: .6rem;
  align-items: center; flex-wrap: wrap; }
h2 .state, h2 .origin { font-weight: 400; font-size: .75rem; padding: 0 .4em; border-radius: 3px; background: #eee; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { color: inherit; background: var(--c); padding: .05em 0; border-radius: 3px; cursor: pointer;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark::before { content: attr(data-label); font: 600 .62rem/1 system-ui, "DejaVu Sans", sans-serif;
  vertical-align: .55em; margin-right: .3em; padding: .1em .3em; border-radius: 2px;
  background: rgba(0, 0, 0, .62); color: #fff; }
mark.suggestion.pending { background: none; box-shadow: inset 0 -3px 0 var(--c); outline: 1px dashed #999; }
mark.suggestion.pending::before { background: #777; }
mark.rejected { background: none; text-decoration: line-through; opacity: .6; outline: 1px dashed #c00; }
mark.accepted::before { background: #2e7d32; }
mark.focused, mark.suggestion.pending.focused { outline: 3px solid #0b57d0; outline-offset: 1px; }
aside { position: sticky; top: 7.5rem; width: 19rem; flex: none; margin-top: 1rem; padding: .8rem;
  background: #fff; border: 1px solid #ddd; border-radius: 6px;
  font: .85rem/1.45 system-ui, "DejaVu Sans", sans-serif; }
.actions, #kinds { display: flex; flex-wrap: wrap; gap: .3rem; margin: .4rem 0; }
#kinds button { background: var(--c); border: 1px solid rgba(0, 0, 0, .25); border-radius: 3px; }
#message { min-height: 1.4em; color: #b00020; font-weight: 600; }
#message.ok { color: #2e7d32; }
.snippet { background: #f4f4f0; padding: .3rem; border-radius: 3px; max-height: 8rem; overflow: auto;
  white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "DejaVu Serif", serif; }
kbd { font-size: .75em; border: 1px solid #bbb; border-radius: 2px; padding: 0 .25em; }
footer { color: #777; }
"""
