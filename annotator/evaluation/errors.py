"""Error lists: the missed gold spans and the false predicted spans, worst first, with context."""

from __future__ import annotations

from collections import Counter

from ..spans import Span
from .metrics import DocumentPair, EvaluationResult

CONTEXT_CHARS = 60
MAX_ERRORS = 50


def _context(text: str, span: Span, width: int = CONTEXT_CHARS) -> str:
    left = text[max(0, span.start - width) : span.start]
    right = text[span.end : span.end + width]
    shown = f"{left}⟦{text[span.start:span.end]}⟧{right}".replace("\n", "⏎").replace("`", "'")
    return ("…" if span.start > width else "") + shown + ("…" if span.end + width < len(text) else "")


def error_lists(result: EvaluationResult) -> tuple[list[tuple[DocumentPair, Span, str]], list[tuple[DocumentPair, Span, str]]]:
    """Missed gold spans and false predicted spans (not exactly matched), worst first.

    False predictions are worst when most confident; missed spans when nothing
    overlaps them at all, then when longest.  Each comes with a short note.
    """
    missed, false = [], []
    for pair in result.pairs:
        gold_keys = Counter((s.start, s.end, s.kind) for s in pair.gold)
        pred_keys = Counter((s.start, s.end, s.kind) for s in pair.predicted)
        for g in pair.gold:
            if pred_keys[(g.start, g.end, g.kind)] == 0:
                near = [p for p in pair.predicted if p.start < g.end and g.start < p.end]
                note = "; ".join(f"overlaps predicted {p.kind} [{p.start}, {p.end})" for p in near) or "nothing predicted here"
                missed.append((pair, g, note))
        for p in pair.predicted:
            if gold_keys[(p.start, p.end, p.kind)] == 0:
                near = [g for g in pair.gold if g.start < p.end and p.start < g.end]
                note = "; ".join(f"overlaps gold {g.kind} [{g.start}, {g.end})" for g in near) or "no gold span here"
                false.append((pair, p, note))
    missed.sort(key=lambda e: (e[2] != "nothing predicted here", -(e[1].end - e[1].start), e[0].id, e[1].start))
    false.sort(key=lambda e: (-e[1].score, e[2] != "no gold span here", e[0].id, e[1].start))
    return missed, false


def format_errors(result: EvaluationResult, limit: int = MAX_ERRORS) -> str:
    """Markdown list of the worst missed and false spans with context."""
    missed, false = error_lists(result)
    lines = ["# Errors", "", f"{len(missed)} missed gold span(s), {len(false)} false predicted span(s) "
             f"(not exactly matched); the worst {limit} of each, span in ⟦…⟧.", ""]
    for heading, items, who in (("Missed gold spans", missed, "gold"), ("False predicted spans", false, "predicted")):
        lines += [f"## {heading}", ""]
        if not items:
            lines += ["None.", ""]
        for pair, span, note in items[:limit]:
            source = "" if who == "gold" else f", {span.source}, score {span.score:.3f}"
            lines += [f"- `{pair.id}` [{span.start}, {span.end}) **{span.kind}**{source}: {note}", "",
                      "  ```text", f"  {_context(pair.text, span)}", "  ```", ""]
    return "\n".join(lines)
