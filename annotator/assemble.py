"""Spans: turn overlapping proposals from rules and model into one clean list.

Proposals are taken greedily in order of trust: signed rule spans first (an
attribution marker decides), then other rule spans, then model spans by
score; outer before inner at equal trust.  A proposal that overlaps one
already taken is dropped, so the result is sorted and never overlaps.
"""

from __future__ import annotations

from bisect import bisect_left, insort

from .kinds import SIGNED_KINDS
from .spans import Span


def _trust(span: Span) -> tuple[int, float, int, int]:
    if span.source == "rule":
        tier = 0 if span.kind in SIGNED_KINDS else 1
    else:
        tier = 2
    return (tier, -span.score, -(span.end - span.start), span.start)


def resolve(proposals: list[Span]) -> tuple[Span, ...]:
    """The non-overlapping spans to keep, sorted by start."""
    taken: list[tuple[int, int]] = []
    kept: list[Span] = []
    for span in sorted(proposals, key=_trust):
        index = bisect_left(taken, (span.start, span.end))
        if index > 0 and taken[index - 1][1] > span.start:
            continue
        if index < len(taken) and taken[index][0] < span.end:
            continue
        insort(taken, (span.start, span.end))
        kept.append(span)
    kept.sort(key=lambda span: span.start)
    return tuple(kept)
