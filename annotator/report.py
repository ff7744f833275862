"""A corpus report of a scored dump, built in one streaming pass in bounded memory.

:class:`ReportBuilder` takes the records ``annotator score`` writes (``id``,
``spans``, ``n_chars``, ``editorial_share``, ``error``) one at a time and keeps
only bounded state, whatever the size of the dump:

* a 100-bin histogram of the editorial share per article;
* spans per kind (decided by a rule or by the model) and articles per kind;
* per group (a field such as the outlet) and per month (a date field):
  articles, characters, editorial characters and spans per kind;
* the markers that fired and the glossed names (the text of gloss spans);
* the ``top`` articles with the most editorial characters (a heap);
* the number of error records and the first ``max_errors`` of them.

Groups, markers and names go into a :class:`CappedTable`: at most ``capacity``
keys.  When a new key finds the table full, the smaller half of its keys is
folded into one ``other`` row and remembered in a fixed-size filter, so a
folded key never comes back.  Every row shown is the exact count of its key,
and the rows plus ``other`` add up to the totals.

Span texts (for the glossed names) come from a span's ``text`` field, from
the scored record's ``text`` field, or from the article dump that was scored,
read in lockstep with it (:func:`build_report` with ``articles=``).  A group
or date field is read from the scored record when it has one, else from the
article record.  The writers are in :mod:`annotator.report_write`.
"""

from __future__ import annotations

import email.utils
import functools
import heapq
import json
import re
import zlib
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Mapping, NamedTuple, Sequence

from .records import jsonl_lines
from .spans import KINDS

SHARE_BINS = 100
MAX_KEYS = 1000
MAX_MONTHS = 12 * 201 + 1  # 1900-01 to 2100-12 and "unknown": months are never folded
TOP_ARTICLES = 20
MAX_ERRORS = 20
MAX_NAME_CHARS = 100
OTHER = "other"
MISSING = "(missing)"
UNKNOWN_MONTH = "unknown"
_KIND_INDEX = {kind: i for i, kind in enumerate(KINDS)}
GROUP_COLUMNS = ("articles", "chars", "editorial_chars", *KINDS)  # the integer columns of a group row


class ReportError(ValueError):
    """An input the report cannot read: an unknown format, or two dumps that do not line up."""


# --------------------------------------------------------------------------- bounded state

class CappedTable:
    """Exact integer rows for at most ``capacity`` keys; the keys folded out are summed in ``other``.

    Rows are ranked by their first column.  When a new key arrives at a full
    table, the ``capacity // 2`` smallest rows (the oldest first among equal
    ones) are folded into ``other`` and their keys set in a Bloom-style bit
    filter of ``filter_bits`` bits.  A key the filter has seen goes straight to
    ``other``: a key is either in ``rows`` with all its counts or wholly in
    ``other`` (a filter collision may send a new key there too).
    """

    def __init__(self, width: int, capacity: int = MAX_KEYS, filter_bits: int = 1 << 20) -> None:
        if capacity < 2 or width < 1:
            raise ValueError("a capped table needs capacity >= 2 and width >= 1")
        self.width = width
        self.capacity = capacity
        self.rows: dict[str, list[int]] = {}
        self.other = [0] * width
        self.folded = 0  # distinct keys folded into other
        self._bits = filter_bits
        self._filter = bytearray((filter_bits + 7) // 8)

    def add(self, key: str, values: Sequence[int]) -> None:
        """Add ``values`` (``width`` integers) to the row of ``key``."""
        row = self.rows.get(key)
        if row is None:
            if self.folded and self._seen(key):
                row = self.other
            else:
                if len(self.rows) >= self.capacity:
                    self._fold()
                row = self.rows[key] = [0] * self.width
        for i, value in enumerate(values):
            row[i] += value

    def top(self, n: int | None = None) -> list[tuple[str, tuple[int, ...]]]:
        """The kept rows, largest first column first (ties by key), at most ``n``."""
        ranked = sorted(self.rows.items(), key=lambda item: (-item[1][0], item[0]))
        return [(key, tuple(row)) for key, row in ranked[:n]]

    def _slot(self, key: str) -> tuple[int, int]:
        bit = zlib.crc32(key.encode("utf-8", "surrogatepass")) % self._bits
        return bit >> 3, 1 << (bit & 7)

    def _seen(self, key: str) -> bool:
        byte, mask = self._slot(key)
        return bool(self._filter[byte] & mask)

    def _fold(self) -> None:
        smallest = sorted(self.rows, key=lambda key: self.rows[key][0])[: self.capacity // 2]
        for key in smallest:
            row = self.rows.pop(key)
            for i, value in enumerate(row):
                self.other[i] += value
            byte, mask = self._slot(key)
            self._filter[byte] |= mask
        self.folded += len(smallest)


# --------------------------------------------------------------------------- results

@dataclass(frozen=True)
class GroupRow:
    """One group's or month's totals: articles, characters, editorial characters, spans per kind."""

    name: str
    articles: int
    chars: int
    editorial_chars: int
    kinds: tuple[int, ...]  # spans per kind, in KINDS order

    @property
    def spans(self) -> int:
        return sum(self.kinds)

    @property
    def share(self) -> float:
        """Editorial characters over all characters of the group's articles."""
        return self.editorial_chars / self.chars if self.chars else 0.0

    @classmethod
    def from_row(cls, name: str, row: Sequence[int]) -> GroupRow:
        return cls(name, row[0], row[1], row[2], tuple(row[3:]))


@dataclass(frozen=True)
class KindRow:
    """Spans of one kind: decided by a rule, by the model, and the articles holding any."""

    kind: str
    rule: int
    model: int
    articles: int

    @property
    def spans(self) -> int:
        return self.rule + self.model


@dataclass(frozen=True)
class TopArticle:
    """An article among those with the most editorial characters."""

    id: Any
    number: int  # 0-based record number in the scored dump
    n_chars: int
    editorial_chars: int
    share: float
    spans: int


@dataclass(frozen=True)
class ErrorRecord:
    """A record the scorer could not score (or a scored line that could not be read)."""

    number: int
    id: Any
    message: str


@dataclass(frozen=True)
class Counted:
    """The kept rows of a capped count (largest first) and what was folded into ``other``."""

    rows: tuple[tuple[str, int], ...]
    other: int = 0
    folded: int = 0


@dataclass(frozen=True)
class Report:
    """Everything the report shows; built by :class:`ReportBuilder`, written by ``write_report``."""

    source: str
    records: int
    scored: int
    errors: int
    chars: int
    editorial_chars: int
    without_spans: int
    mean_share: float
    share_histogram: tuple[int, ...]  # SHARE_BINS bins over [0, 1] of the scored articles
    kinds: tuple[KindRow, ...]
    markers: Counted
    names: Counted
    gloss_spans: int
    gloss_texts: int  # gloss spans whose text was known
    top_articles: tuple[TopArticle, ...]
    error_records: tuple[ErrorRecord, ...]
    bad_spans: int  # spans without a valid start, end or kind (not counted anywhere else)
    by: str | None = None
    groups: tuple[GroupRow, ...] = ()
    groups_other: GroupRow | None = None
    groups_folded: int = 0
    by_sources: Mapping[str, int] = field(default_factory=dict)
    date_field: str | None = None
    months: tuple[GroupRow, ...] = ()  # chronological, "unknown" last
    date_sources: Mapping[str, int] = field(default_factory=dict)

    @property
    def share(self) -> float:
        """Editorial characters over all characters of the scored articles."""
        return self.editorial_chars / self.chars if self.chars else 0.0

    @property
    def spans(self) -> int:
        return sum(row.spans for row in self.kinds)

    def share_quantile(self, q: float) -> tuple[float, float]:
        """The histogram bin ``(low, high)`` holding the ``q`` quantile of the share per article."""
        if not self.scored:
            return (0.0, 0.0)
        rank, seen = q * self.scored, 0
        for i, count in enumerate(self.share_histogram):
            seen += count
            if count and seen >= rank:
                return (i / SHARE_BINS, (i + 1) / SHARE_BINS)
        return (1 - 1 / SHARE_BINS, 1.0)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict of every field."""
        out = asdict(self)
        out["by_sources"], out["date_sources"] = dict(self.by_sources), dict(self.date_sources)
        out["share"] = self.share
        return out


# --------------------------------------------------------------------------- field values

_YEAR_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})(?!\d)")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_COMPACT = re.compile(r"(\d{4})(\d{2})\d{2}(?:\D|$)")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}" if 1900 <= year <= 2100 and 1 <= month <= 12 else UNKNOWN_MONTH


def _from_timestamp(seconds: float) -> str:
    if abs(seconds) >= 1e11:  # milliseconds (1e11 seconds is the year 5138)
        seconds /= 1000
    try:
        moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return UNKNOWN_MONTH
    return _month(moment.year, moment.month)


def month_of(value: Any) -> str:
    """``YYYY-MM`` of a date value, or ``unknown``.

    Lenient: ISO dates and anything starting ``YYYY-MM`` (also ``/`` or ``.``),
    ``DD.MM.YYYY``, ``YYYYMMDD``, RFC 2822 dates, and unix timestamps in
    seconds or milliseconds (numbers or digit strings), in UTC.  Years outside
    1900-2100 are unknown.
    """
    if isinstance(value, bool) or value is None:
        return UNKNOWN_MONTH
    if isinstance(value, (int, float)):
        return _from_timestamp(float(value)) if value == value else UNKNOWN_MONTH
    if not isinstance(value, str):
        return UNKNOWN_MONTH
    text = value.strip()
    if match := _COMPACT.match(text):
        if _month(int(match[1]), int(match[2])) != UNKNOWN_MONTH:
            return _month(int(match[1]), int(match[2]))
    if match := _YEAR_MONTH.match(text):
        return _month(int(match[1]), int(match[2]))
    if _NUMBER.fullmatch(text):
        return _from_timestamp(float(text))
    if match := _DAY_MONTH_YEAR.match(text):
        return _month(int(match[3]), int(match[2]))
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return UNKNOWN_MONTH
    return _month(moment.year, moment.month)


def _label(value: Any, limit: int = MAX_NAME_CHARS) -> str:
    """A group value as one short line of text; null or empty is ``(missing)``."""
    if value is None or value == "":
        return MISSING
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    return (text[: limit - 1] + "…" if len(text) > limit else text) or MISSING


_NAME_EDGES = " \t\r\n()[]{}«»\"'“”„‘’,;:.!?*–—-/"


@functools.lru_cache(maxsize=4096)
def _marker_label(marker: str) -> str:
    """A marker as one line of at most 160 characters (markers repeat: the cache is bounded)."""
    return _label(marker, 160)


def gloss_name(text: str) -> str:
    """A gloss span's text as a name: outer brackets, quotes and punctuation off, spaces collapsed."""
    name = " ".join(text.strip(_NAME_EDGES).split())
    return name[: MAX_NAME_CHARS - 1] + "…" if len(name) > MAX_NAME_CHARS else name


# --------------------------------------------------------------------------- the builder

class ReportBuilder:
    """Accumulates a :class:`Report` from scored records, one :meth:`add` at a time.

    ``by`` and ``date_field`` name the grouping and date fields (looked up in
    the scored record, then in the article record passed to :meth:`add`).
    ``top``, ``max_errors`` and ``max_keys`` bound what is kept.
    """

    def __init__(self, by: str | None = None, date_field: str | None = None, *, top: int = TOP_ARTICLES,
                 max_errors: int = MAX_ERRORS, max_keys: int = MAX_KEYS, source: str = "") -> None:
        self.by, self.date_field, self.source = by, date_field, source
        self.top, self.max_errors = top, max_errors
        self.records = self.scored = self.errors = self.chars = self.editorial_chars = 0
        self.without_spans = self.gloss_spans = self.gloss_texts = self.bad_spans = 0
        self.share_sum = 0.0
        self.histogram = [0] * SHARE_BINS
        self.kind_rule, self.kind_model, self.kind_articles = [0] * len(KINDS), [0] * len(KINDS), [0] * len(KINDS)
        self.markers = CappedTable(1, max_keys)
        self.names = CappedTable(1, max_keys)
        self.groups = CappedTable(len(GROUP_COLUMNS), max_keys)
        self.months = CappedTable(len(GROUP_COLUMNS), MAX_MONTHS)
        self.by_sources: Counter[str] = Counter()
        self.date_sources: Counter[str] = Counter()
        self._heap: list[tuple[int, int, TopArticle]] = []
        self.error_records: list[ErrorRecord] = []

    # ---- one record
    def add(self, record: Mapping[str, Any], article: Mapping[str, Any] | None = None) -> None:
        """Count one scored record (``article``: the record that was scored, when known)."""
        number = self.records
        self.records += 1
        group = _label(self._lookup(self.by, record, article, self.by_sources)) if self.by else None
        month = month_of(self._lookup(self.date_field, record, article, self.date_sources)) \
            if self.date_field else None
        error = record.get("error")
        if error is not None and error != "":
            self._error(number, record.get("id"), str(error))
            return
        self.scored += 1
        text = self._text(record, article)
        spans = record.get("spans") or []
        kinds = [0] * len(KINDS)
        editorial = 0
        for span in spans:
            editorial += self._add_span(span, kinds, text)
        n_chars = _int(record.get("n_chars"))
        if n_chars is None:
            n_chars = len(text) if text is not None else editorial
        share = record.get("editorial_share")
        share = float(share) if isinstance(share, (int, float)) and not isinstance(share, bool) else \
            (editorial / n_chars if n_chars else 0.0)
        self._add_article(number, record.get("id"), n_chars, editorial, share, kinds)
        row = (1, n_chars, editorial, *kinds)
        if group is not None:
            self.groups.add(group, row)
        if month is not None:
            self.months.add(month, row)

    def add_unreadable(self, message: str) -> None:
        """Count a dump line that holds no record (not JSON, not an object) as an error record."""
        self.records += 1
        self._error(self.records - 1, None, message)

    def _error(self, number: int, record_id: Any, message: str) -> None:
        self.errors += 1
        if len(self.error_records) < self.max_errors:
            self.error_records.append(ErrorRecord(number, record_id, message))

    @staticmethod
    def _lookup(name: str | None, record: Mapping[str, Any], article: Mapping[str, Any] | None,
                sources: Counter[str]) -> Any:
        if name in record:
            sources["scored"] += 1
            return record[name]
        if article is not None and name in article:
            sources["articles"] += 1
            return article[name]
        sources["missing"] += 1
        return None

    @staticmethod
    def _text(record: Mapping[str, Any], article: Mapping[str, Any] | None) -> str | None:
        for holder in (record, article):
            if holder is not None and isinstance(holder.get("text"), str):
                return holder["text"]
        return None

    def _add_span(self, span: Any, kinds: list[int], text: str | None) -> int:
        """Count one span; its length in characters (0 for a malformed span)."""
        if not isinstance(span, dict):  # JSON objects, as every reader gives them
            self.bad_spans += 1
            return 0
        start, end, kind = _int(span.get("start")), _int(span.get("end")), span.get("kind")
        if start is None or end is None or not 0 <= start < end or kind not in _KIND_INDEX:
            self.bad_spans += 1
            return 0
        index = _KIND_INDEX[kind]
        kinds[index] += 1
        (self.kind_model if span.get("source") == "model" else self.kind_rule)[index] += 1
        marker = span.get("marker")
        if isinstance(marker, str) and marker:
            self.markers.add(_marker_label(marker), (1,))
        if kind == "gloss":
            self.gloss_spans += 1
            span_text = span.get("text")
            if not isinstance(span_text, str) and text is not None and end <= len(text):
                span_text = text[start:end]
            if isinstance(span_text, str):
                self.gloss_texts += 1
                if name := gloss_name(span_text):
                    self.names.add(name, (1,))
        return end - start

    def _add_article(self, number: int, record_id: Any, n_chars: int, editorial: int, share: float,
                     kinds: list[int]) -> None:
        self.chars += n_chars
        self.editorial_chars += editorial
        self.share_sum += share
        self.histogram[min(max(int(share * SHARE_BINS), 0), SHARE_BINS - 1)] += 1
        spans = sum(kinds)
        if not spans:
            self.without_spans += 1
        for i, count in enumerate(kinds):
            self.kind_articles[i] += count > 0
        if editorial and self.top > 0:
            entry = (editorial, -number, TopArticle(record_id, number, n_chars, editorial, share, spans))
            if len(self._heap) < self.top:
                heapq.heappush(self._heap, entry)
            elif entry[:2] > self._heap[0][:2]:
                heapq.heapreplace(self._heap, entry)

    # ---- the result
    def result(self) -> Report:
        """The report of everything added so far (the builder can go on adding)."""
        groups = tuple(GroupRow.from_row(name, row) for name, row in self.groups.top())
        other = GroupRow.from_row(OTHER, self.groups.other) if self.groups.folded else None
        months = sorted(self.months.top(), key=lambda item: (item[0] == UNKNOWN_MONTH, item[0]))
        return Report(
            source=self.source, records=self.records, scored=self.scored, errors=self.errors, chars=self.chars,
            editorial_chars=self.editorial_chars, without_spans=self.without_spans,
            mean_share=self.share_sum / self.scored if self.scored else 0.0,
            share_histogram=tuple(self.histogram),
            kinds=tuple(KindRow(kind, self.kind_rule[i], self.kind_model[i], self.kind_articles[i])
                        for i, kind in enumerate(KINDS)),
            markers=_counted(self.markers), names=_counted(self.names),
            gloss_spans=self.gloss_spans, gloss_texts=self.gloss_texts,
            top_articles=tuple(entry[2] for entry in sorted(self._heap, reverse=True)),
            error_records=tuple(self.error_records), bad_spans=self.bad_spans,
            by=self.by, groups=groups, groups_other=other, groups_folded=self.groups.folded,
            by_sources=dict(self.by_sources), date_field=self.date_field,
            months=tuple(GroupRow.from_row(name, row) for name, row in months),
            date_sources=dict(self.date_sources),
        )


def _int(value: Any) -> int | None:
    """An integer from an int, an integral float or a digit string (CSV cells); else ``None``."""
    if type(value) is int:
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _counted(table: CappedTable) -> Counted:
    return Counted(tuple((key, row[0]) for key, row in table.top()), table.other[0], table.folded)


# --------------------------------------------------------------------------- reading dumps

class Line(NamedTuple):
    """One record of a dump: the record, or the reason it could not be read."""

    number: int
    record: dict[str, Any] | None
    problem: str | None = None


def dump_format(path: Path) -> str:
    """``jsonl``, ``csv`` or ``parquet`` from the file name (``.gz`` is looked through)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    last = suffixes[-1] if suffixes else ""
    formats = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
               ".parquet": "parquet", ".pq": "parquet"}
    if last not in formats:
        raise ReportError(f"cannot tell the format of {path} from its extension; expected .jsonl, "
                          ".jsonl.gz, .csv or .parquet")
    return formats[last]


def read_dump(path: str | Path) -> Iterator[Line]:
    """Stream the records of a JSONL (``.gz``), CSV or Parquet dump, numbered as ``annotator score`` does.

    Every physical JSONL line is a record (:func:`annotator.records.jsonl_lines`):
    a blank line or one that holds no JSON object is a record with a problem,
    so record ``n`` is line ``n`` of the file, as in the scored output.  CSV
    cells are strings (the scored columns are converted back by :func:`scored_record`).
    """
    path = Path(path)
    fmt = dump_format(path)
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    if fmt == "jsonl":
        return _read_jsonl(path)
    return _read_table(path, fmt)


def _read_jsonl(path: Path) -> Iterator[Line]:
    for number, record, problem in jsonl_lines(path):
        yield Line(number, record, problem)


def _read_table(path: Path, fmt: str, batch: int = 4096) -> Iterator[Line]:
    number = 0
    if fmt == "csv":
        import pandas as pd

        frames = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8",
                             encoding_errors="replace", chunksize=batch)
        batches: Iterator[list[dict[str, Any]]] = (frame.to_dict("records") for frame in frames)
    else:
        import pyarrow.parquet as pq

        batches = (b.to_pylist() for b in pq.ParquetFile(path).iter_batches(batch_size=batch))
    for records in batches:
        for record in records:
            yield Line(number, record)
            number += 1


def scored_record(record: dict[str, Any]) -> dict[str, Any]:
    """A scored record as JSONL has it: CSV's JSON-string ``spans`` and empty ``error`` cells converted."""
    spans = record.get("spans")
    if isinstance(spans, str):
        try:
            record = {**record, "spans": json.loads(spans) if spans else []}
        except ValueError:
            record = {**record, "spans": [], "error": f"spans are not JSON: {spans[:80]!r}"}
    if record.get("error") == "":
        record = {**record, "error": None}
    share = record.get("editorial_share")
    if isinstance(share, str):
        try:
            record = {**record, "editorial_share": float(share)}
        except ValueError:
            record = {**record, "editorial_share": None}
    return record


def _same_id(scored: Any, article: Any) -> bool:
    return scored == article or str(scored) == str(article)


def build_report(scored: str | Path, *, by: str | None = None, date_field: str | None = None,
                 articles: str | Path | None = None, id_field: str = "id", top: int = TOP_ARTICLES,
                 max_errors: int = MAX_ERRORS, max_keys: int = MAX_KEYS) -> Report:
    """The report of a scored dump, read in one pass.

    ``articles`` is the dump that was scored: read in lockstep (the same
    records in the same order, ids checked against ``id_field``) for span
    texts and for group and date fields the scored records lack.
    """
    scored = Path(scored)
    builder = ReportBuilder(by, date_field, top=top, max_errors=max_errors, max_keys=max_keys, source=scored.name)
    lines = read_dump(scored)
    dump = read_dump(articles) if articles is not None else None
    for line in lines:
        article = _next_article(dump, line, articles, id_field) if dump is not None else None
        if line.record is None:
            builder.add_unreadable(line.problem or "unreadable")
        else:
            builder.add(scored_record(line.record), article)
    if dump is not None and (extra := next(dump, None)) is not None:
        raise ReportError(f"{articles} has more records than {scored.name} (record {extra.number} and on): "
                          "pass the dump that was scored")
    return builder.result()


def _next_article(dump: Iterator[Line], line: Line, path: Any, id_field: str) -> dict[str, Any] | None:
    article = next(dump, None)
    if article is None:
        raise ReportError(f"{path} ends before record {line.number} of the scored dump: pass the dump that was scored")
    if line.record is None or article.record is None:
        return article.record
    article_id = article.record.get(id_field)
    article_id = article.number if article_id is None else article_id
    if not _same_id(line.record.get("id"), article_id):
        raise ReportError(f"record {line.number}: the scored id is {line.record.get('id')!r} but the article's "
                          f"{id_field} is {article_id!r}: the two dumps are not in the same order")
    return article.record
