"""Rendering an annotation: the article with its editorial spans highlighted, in a terminal or as HTML.

What ``annotator show`` and ``annotator predict`` print or write.  In a
terminal each span is coloured by kind (ANSI); without colour (stdout not a
tty, ``NO_COLOR`` set, or ``--color never``) it is written ``⟦kind: …⟧``.
The HTML page is standalone: inline CSS, no scripts, no network resources.
Colours and the legend's order come from the kind registry (:mod:`annotator.kinds`).
"""

from __future__ import annotations

import html
import os
import sys
from collections import Counter

from . import kinds as _kinds
from .spans import Annotation, Span

RESET = "\x1b[0m"


# ------------------------------------------------------------------ shared
def kind_counts(annotation: Annotation) -> dict[str, int]:
    """Spans per kind, in the registry's order, kinds present only."""
    counts = Counter(span.kind for span in annotation.spans)
    return {kind: counts[kind] for kind in _kinds.names() if counts[kind]}


def describe(span: Span) -> str:
    """Who decided the span: ``rule: Approx. InoSMI`` or ``model p=0.83``."""
    if span.source == "rule":
        return f"rule: {span.marker}" if span.marker else "rule"
    return f"{span.source} p={span.score:.2f}"


def why(span: Span, top: int = 4) -> str:
    """One line for a model span's explanation: its score and largest terms; ``""`` without one.

    ``why: note logit +4.83 = -3.90 numbers: log_length, +3.10 context: content_ends_sentence, … (45 terms)``
    """
    explanation = span.explanation
    if explanation is None:
        return ""
    terms = ", ".join(f"{c.value:+.2f} {c.feature}" for c in explanation.contributions[:top])
    more = ", …" if explanation.n_features > top else ""
    return (f"why: {explanation.kind} logit {explanation.score:+.2f} = {terms}{more} "
            f"({explanation.n_features} terms, intercept {explanation.intercept:+.2f})")


def why_lines(span: Span) -> list[str]:
    """A model span's explanation in full, one term a line, summing to its score."""
    explanation = span.explanation
    if explanation is None:
        return []
    lines = [f"{explanation.kind} logit {explanation.score:+.3f} =", f"{explanation.intercept:+.3f} intercept"]
    lines += [f"{c.value:+.3f} {c.feature}" for c in explanation.contributions]
    hidden = explanation.n_features - len(explanation.contributions)
    if hidden:
        lines.append(f"{explanation.rest:+.3f} the other {hidden} term{'' if hidden == 1 else 's'}")
    return lines


def summary(annotation: Annotation) -> str:
    """``4 editorial spans, 429 of 7,750 characters (5.5%): lead 1, note 1 …``."""
    count = len(annotation.spans)
    chars = sum(s.end - s.start for s in annotation.spans)
    head = (f"{count} editorial span{'' if count == 1 else 's'}, {chars:,} of {len(annotation.text):,} "
            f"characters ({annotation.editorial_share:.1%})")
    kinds = ", ".join(f"{kind} {n}" for kind, n in kind_counts(annotation).items())
    return f"{head}: {kinds}" if kinds else head


# ------------------------------------------------------------------ terminal
def format_spans(result: Annotation, title: str = "", width: int = 70) -> str:
    """A plain-text table: offsets, kind, who decided, and the span's text."""
    lines = [f"{title}: {len(result.spans)} editorial span(s), lang={result.lang}"] if title else []
    for span in result.spans:
        snippet = result.text[span.start : span.end].replace("\n", "\u23ce")
        if len(snippet) > width:
            snippet = snippet[: width - 12] + " \u2026 " + snippet[-9:]
        decided = span.marker if span.source == "rule" else f"model p={span.score:.2f}"
        lines.append(f"  [{span.start:>6}, {span.end:>6})  {span.kind:<15} {snippet}")
        lines.append(f"  {'':>17}  {'':<15} \u21b3 {decided}")
        if span.explanation is not None:
            lines.append(f"  {'':>17}  {'':<15}   {why(span)}")
    return "\n".join(lines)


def render_terminal(annotation: Annotation, color: bool, explain: bool = False) -> str:
    """The text with spans coloured by kind (``color``) or written ``⟦kind: …⟧``, then a legend.

    The first line of the result is the article's first line: stripping the
    markup from everything before the blank line and legend gives the text back.
    With ``explain``, a line ``   ↳ why: …`` follows each line that ends a model
    span with an explanation (then the text comes back without those lines).
    """
    spans = {span.start: span for span in annotation.spans}
    pieces = []
    waiting: list[str] = []  # explanation lines to write after the current line
    for segment in annotation.segments():
        piece = annotation.text[segment.start : segment.end]
        if segment.label == "editorial" and segment.kind is not None:
            piece = _paint(piece, segment.kind) if color else f"⟦{segment.kind}: {piece}⟧"
            if explain and spans[segment.start].explanation is not None:
                waiting.append(f"   \u21b3 {why(spans[segment.start])}")
        elif waiting and "\n" in piece:
            head, tail = piece.split("\n", 1)
            piece = head + "\n" + "".join(line + "\n" for line in waiting) + tail
            waiting = []
        pieces.append(piece)
    if waiting:
        pieces.append("".join("\n" + line for line in waiting))
    return "".join(pieces) + "\n\n" + legend_terminal(annotation, color)


def _paint(piece: str, kind: str) -> str:
    """Colour each line of ``piece`` on its own, so a span across lines never bleeds."""
    code = _kinds.get(kind).ansi
    return "\n".join(f"\x1b[{code}m{line}{RESET}" if line else line for line in piece.split("\n"))


def legend_terminal(annotation: Annotation, color: bool) -> str:
    """``── 4 editorial spans …`` and one entry per kind present."""
    counts = kind_counts(annotation)
    if not counts:
        return "── no editorial spans"
    entries = [(_paint(f" {kind} ", kind) if color else f"⟦{kind}⟧") + f" ×{n}" for kind, n in counts.items()]
    return f"── {summary(annotation)}\n── legend: " + "  ".join(entries)


# ------------------------------------------------------------------ HTML
_CSS = """
body { margin: 0; background: #fafaf7; color: #1d1d1d; font: 17px/1.6 Georgia, "DejaVu Serif", serif; }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 1.5rem; border-bottom: 1px solid #ddd; }
h1 { font: 600 1.3rem/1.3 system-ui, "DejaVu Sans", sans-serif; margin: 0 0 .4rem; overflow-wrap: anywhere; }
.counts { font: .85rem/1.4 system-ui, "DejaVu Sans", sans-serif; color: #555; margin: 0 0 .6rem; }
.legend { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .4rem .9rem;
  font: .8rem/1.4 system-ui, "DejaVu Sans", sans-serif; }
.legend .swatch { display: inline-block; padding: 0 .45em; border-radius: 3px; }
main p { margin: 0 0 .9em; overflow-wrap: anywhere; }
mark { color: inherit; padding: .05em .15em; border-radius: 3px; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; }
mark::before { content: attr(data-kind); font: 600 .62rem/1 system-ui, "DejaVu Sans", sans-serif;
  vertical-align: .55em; margin-right: .3em; padding: .1em .3em; border-radius: 2px;
  background: rgba(0, 0, 0, .62); color: #fff; letter-spacing: .02em; }
mark[data-source="model"] { outline: 1px dashed rgba(0, 0, 0, .35); }
footer { font: .75rem/1.4 system-ui, "DejaVu Sans", sans-serif; color: #777; padding-bottom: 2rem; }
"""


def _css() -> str:
    kinds = "\n".join(f".kind-{kind.name} {{ background: {kind.css}; }}" for kind in _kinds.REGISTRY)
    return _CSS + kinds + "\n"


def _mark(annotation: Annotation, span: Span) -> str:
    """One span as ``<mark>``; newlines inside it (bracketed insertions) become ``<br>``."""
    inner = "<br>".join(html.escape(line, quote=False) for line in annotation.span_text(span).split("\n"))
    title = "\n".join([f"{span.kind} · {describe(span)}", *why_lines(span)])
    return (f'<mark class="kind-{span.kind}" data-kind="{span.kind}" data-score="{span.score:.3f}" '
            f'data-source="{html.escape(span.source)}" data-start="{span.start}" data-end="{span.end}" '
            f'title="{html.escape(title)}">{inner}</mark>')


def _paragraphs(annotation: Annotation) -> list[str]:
    """HTML of each paragraph: the text split at newlines that lie outside every span."""
    spans = {span.start: span for span in annotation.spans}
    paragraphs: list[str] = []
    current: list[str] = []
    for segment in annotation.segments():
        if segment.label == "editorial":
            current.append(_mark(annotation, spans[segment.start]))
            continue
        lines = annotation.text[segment.start : segment.end].split("\n")
        for n, line in enumerate(lines):
            if n:
                paragraphs.append("".join(current))
                current = []
            current.append(html.escape(line, quote=False))
    paragraphs.append("".join(current))
    return [p for p in paragraphs if p.strip()]


def render_html(annotation: Annotation, title: str) -> str:
    """A standalone UTF-8 page: the article with each span a labelled ``<mark>``, a legend and counts."""
    counts = kind_counts(annotation)
    legend = "".join(f'<li><span class="swatch kind-{kind}">{kind}</span> ×{n}</li>' for kind, n in counts.items())
    body = "\n".join(f"<p>{p}</p>" for p in _paragraphs(annotation))
    from . import __version__

    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(annotation.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{_css()}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="counts">{html.escape(summary(annotation))}</p>',
        f'<ul class="legend">{legend}</ul>' if legend else '<p class="counts">No editorial spans found.</p>',
        "</header>",
        f"<main>\n{body}\n</main>",
        f"<footer>annotator {__version__} · hover a highlight to see who marked it and why</footer>",
        "</body>",
        "</html>",
        "",
    ])


# ------------------------------------------------------------------ colour
def use_color(choice: str = "auto", stream: object = None) -> bool:
    """Colour for ``always``; for ``auto`` only on a tty and when ``NO_COLOR`` is unset or empty."""
    if choice != "auto":
        return choice == "always"
    stream = sys.stdout if stream is None else stream
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("NO_COLOR")
