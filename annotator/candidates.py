"""Candidates: the pieces of a text that could be editorial.

Three units, found in one linear pass each: bracketed groups at any depth,
paragraphs (lines) and sentences.  Rules and the model only ever look at
candidates, so everything downstream is bounded by their number and size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import repeat
from typing import Literal, NamedTuple

import numpy as np

from . import lang as registry

Unit = Literal["bracket", "paragraph", "sentence"]

OPENERS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
# A line without the spaces around it (``\s`` is what ``str.strip`` strips); blank lines never match.
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
# A sentence ends at a full stop (closing quotes kept) before spaces and a capital or a digit of any
# language, maybe after an opening mark: "… end. Next", "… fin. ¿Qué?", "… кінець. Інший".
_OPENING_MARK = "[" + re.escape("".join(registry.entries("OPENING_MARKS"))) + "]"
_SENTENCE_END = re.compile(
    rf"(?<=[.!?…])[\"»”’)]*[ \t]+(?={_OPENING_MARK}?(?:{registry.capital_class()}|[0-9]))")

MAX_BRACKET_CHARS = 1500  # a longer "group" is an unbalanced bracket, not an insertion
MAX_BRACKET_NEWLINES = 3  # extraction breaks lines inside notes, but not paragraphs apart


class Candidate(NamedTuple):
    """A piece of text that rules or the model may mark as editorial.

    A named tuple rather than a frozen dataclass: text dense with brackets has
    tens of thousands of groups, and a tuple is built in a third of the time.
    """

    start: int
    end: int
    unit: Unit
    paragraph: int  # index of the paragraph (non-empty line) that holds the start
    depth: int = 0  # bracket nesting depth, 0 for the outermost group
    bracket: str = ""  # the opening bracket character, for bracket units


@dataclass(frozen=True, slots=True)
class Layout:
    """Paragraph boundaries of a text: ``paragraphs[i] == (start, end)`` without surrounding blanks.

    A paragraph is a non-blank line.  ``blocks`` groups them as blank lines do:
    ``blocks[j] == (first, stop)`` spans ``paragraphs[first:stop]``.  A text
    with no blank line is one block; one with a blank line after every line has
    one block per line.  Hard-wrapped text and one sentence per line show as
    blocks of several lines.
    """

    paragraphs: tuple[tuple[int, int], ...]
    blocks: tuple[tuple[int, int], ...] = ()

    @property
    def has_blocks(self) -> bool:
        """Blank lines group some lines into paragraphs of several lines: the blocks carry the layout."""
        return len(self.blocks) > 1 and any(stop - first > 1 for first, stop in self.blocks)

    def block_at(self, paragraph: int) -> int:
        """Index of the block that holds paragraph ``paragraph``."""
        for index, (first, stop) in enumerate(self.blocks):
            if first <= paragraph < stop:
                return index
        raise IndexError(paragraph)

    def index_at(self, position: int) -> int:
        """Index of the paragraph that holds ``position`` (or the last one before it)."""
        low, high = 0, len(self.paragraphs) - 1
        found = 0
        while low <= high:
            mid = (low + high) // 2
            if self.paragraphs[mid][0] <= position:
                found = mid
                low = mid + 1
            else:
                high = mid - 1
        return found


def layout(text: str) -> Layout:
    """Split ``text`` into paragraphs (non-blank lines, trimmed of spaces and ``\\r``) and blocks."""
    paragraphs: list[tuple[int, int]] = []
    block_starts = [0]
    for match in _LINE.finditer(text):
        start, end = match.span()
        if paragraphs and text.count("\n", paragraphs[-1][1], start) > 1:  # a blank line between them
            block_starts.append(len(paragraphs))
        paragraphs.append((start, end))
    stops = [*block_starts[1:], len(paragraphs)]
    blocks = tuple(zip(block_starts, stops)) if paragraphs else ()
    return Layout(tuple(paragraphs), blocks)


def _code_points(text: str) -> np.ndarray:
    """``text`` as an array of code points, one per ``str`` index (lone surrogates kept)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")


def _stacked_groups(positions: list[int], chars: str) -> list[tuple[int, int, str, int]]:
    """The stack pass of :func:`bracket_groups` over its bracket characters (their positions and characters)."""
    stack: list[tuple[str, int]] = []
    open_counts = {"(": 0, "[": 0, "{": 0}
    groups = []
    for position, char in zip(positions, chars):
        if char in OPENERS:
            stack.append((char, position))
            open_counts[char] += 1
            continue
        opener = CLOSERS[char]
        if open_counts[opener] == 0:
            continue
        while True:
            top, start = stack.pop()
            open_counts[top] -= 1
            if top == opener:
                break
        groups.append((start, position + 1, opener, len(stack)))
    return groups


def _nested_groups(positions: np.ndarray, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """Starts, ends, opener code points and depths of the groups when each closer closes its own kind, else ``None``.

    Then the stack pass of :func:`bracket_groups` needs no stack: a closer with
    nothing open is ignored, an opener's depth is the number of groups open
    before it and a closer's the number open after it, and at each depth
    openers and closers alternate (an opener never closed comes last), so a
    stable sort by depth pairs each opener with its closer.  A closer that
    meets another kind on top (``( [ )``: the stack pops through) sends the
    text to the stack pass.
    """
    opens = (codes == ord("(")) | (codes == ord("[")) | (codes == ord("{"))
    after = np.cumsum(np.where(opens, 1, -1))
    floor = np.minimum.accumulate(np.minimum(after, 0))  # how far the closers with nothing open took it below 0
    kept = after >= np.concatenate(([0], floor[:-1]))  # not such a closer
    level = (after - floor - opens)[kept]
    positions, codes = positions[kept], codes[kept]
    order = np.argsort(level, kind="stable")
    ranked = level[order]
    rank = np.arange(ranked.size) - np.searchsorted(ranked, ranked)  # place among the brackets of its depth
    paired = np.flatnonzero((rank[:-1] % 2 == 0) & (ranked[1:] == ranked[:-1]))  # an opener, its closer next
    first, last = order[paired], order[paired + 1]
    opener, closer = codes[first].astype(np.int64), codes[last].astype(np.int64)
    if not np.array_equal(closer - opener, np.where(opener == ord("("), 1, 2)):  # () are 40 41, [] 91 93, {} 123 125
        return None
    return positions[first], positions[last] + 1, opener, level[first]


def _group_arrays(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Starts, ends, opener code points and depths of the matched groups of a text's ``codes``, in any order."""
    positions = np.flatnonzero((codes == ord("(")) | (codes == ord(")")) | (codes == ord("[")) | (codes == ord("]"))
                               | (codes == ord("{")) | (codes == ord("}")))  # np.isin is slower on short texts
    found = _nested_groups(positions, codes[positions])
    if found is not None:
        return found
    groups = _stacked_groups(positions.tolist(), "".join(map(chr, codes[positions].tolist())))
    starts, ends, openers, depths = zip(*groups) if groups else ((), (), (), ())
    return (np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64),
            np.array([ord(opener) for opener in openers], dtype=np.int64), np.array(depths, dtype=np.int64))


def bracket_groups(text: str) -> list[tuple[int, int, str, int]]:
    """Matched bracket groups ``(start, end, opener, depth)``, in order of their closing.

    A stack pass over bracket characters only: a closer pops through unclosed
    openers down to its match, a closer with no open match is ignored, and
    openers never closed are dropped, so one stray bracket loses nothing else.
    Linear in the text: every opener is pushed and popped at most once.  When
    the brackets nest properly the same groups are found without the stack, in
    array operations (:func:`_nested_groups`).
    """
    starts, ends, openers, depths = _group_arrays(_code_points(text))
    order = np.argsort(ends, kind="stable")
    starts, ends, openers, depths = starts[order], ends[order], openers[order], depths[order]
    return list(zip(starts.tolist(), ends.tolist(), map(chr, openers.tolist()), depths.tolist()))


def bracket_candidates(text: str, lay: Layout) -> list[Candidate]:
    """Bracket groups short enough to be insertions, sorted by start."""
    codes = _code_points(text)
    starts, ends, openers, depths = _group_arrays(codes)
    order = np.argsort(starts, kind="stable")  # every opener starts one group at most
    starts, ends, openers, depths = starts[order], ends[order], openers[order], depths[order]
    keep = ends - starts <= MAX_BRACKET_CHARS
    if "\n" in text:
        newlines = np.flatnonzero(codes == ord("\n"))
        keep &= np.searchsorted(newlines, ends) - np.searchsorted(newlines, starts) <= MAX_BRACKET_NEWLINES
    starts, ends, openers, depths = starts[keep], ends[keep], openers[keep], depths[keep]
    paragraph_starts = np.array([start for start, _ in lay.paragraphs], dtype=np.int64)
    paragraphs = np.maximum(np.searchsorted(paragraph_starts, starts, side="right") - 1, 0)
    fields = zip(starts.tolist(), ends.tolist(), repeat("bracket"), paragraphs.tolist(), depths.tolist(),
                 map(chr, openers.tolist()))
    return list(map(tuple.__new__, repeat(Candidate), fields))  # Candidate._make, without a Python call each


def sentence_end(text: str, start: int, limit: int) -> int:
    """Where the sentence that starts at ``start`` ends (its closing quotes kept), at most ``limit``."""
    match = _SENTENCE_END.search(text, start, limit)
    end = match.end() if match else limit
    while end > start and text[end - 1] in " \t":
        end -= 1
    return end


def inside_quote(text: str, position: int, para_start: int) -> bool:
    """An odd number of quote marks between the paragraph start and ``position``."""
    window = text[max(para_start, position - 400):position]
    opens = window.count("«") + window.count("“")
    closes = window.count("»") + window.count("”")
    return opens > closes or window.count('"') % 2 == 1


def sentence_candidates(text: str, lay: Layout, paragraphs: list[int] | None = None) -> list[Candidate]:
    """Sentences of multi-sentence paragraphs (a one-sentence paragraph is its paragraph).

    ``paragraphs`` limits the split to those paragraph indices.
    """
    out = []
    indices = range(len(lay.paragraphs)) if paragraphs is None else paragraphs
    for index in indices:
        start, end = lay.paragraphs[index]
        cuts = [m.end() for m in _SENTENCE_END.finditer(text, start, end)]
        if not cuts:
            continue
        bounds = [start, *cuts, end]
        for left, right in zip(bounds, bounds[1:]):
            piece_end = right
            while piece_end > left and text[piece_end - 1] in " \t":
                piece_end -= 1
            if piece_end > left:
                out.append(Candidate(left, piece_end, "sentence", index))
    return out
