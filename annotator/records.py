"""Guide-format records: the one reader and validator of the annotation guide's JSONL.

One JSON object per line: ``text`` (a string) and, for a labelled record,
``spans`` (a list of ``{start, end, kind}`` objects with integer offsets,
sorted, not overlapping, inside the text, of a kind of
:data:`annotator.kinds.KINDS`).  Other fields (``id``, ``lang``, ``split``,
``source`` …) are kept as they are.  Files may be gzip-compressed
(``.gz``).  A bad line raises :class:`DatasetError` naming the file and line.

Dumps (what ``annotator score`` reads and writes, what ``annotator report``
reads) are read with :func:`jsonl_lines` instead: every physical line is a
record, numbered from 0, and a line that holds no JSON object is a record
with a problem rather than an error.
"""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, NamedTuple

from . import kinds as _kinds

__all__ = ["DatasetError", "JsonLine", "check_record", "iter_records", "jsonl_lines", "read_records"]


class DatasetError(ValueError):
    """A gold file that cannot be read; the message names the file and line."""


def check_record(record: Any) -> None:
    """Raise ``ValueError`` saying why ``record`` breaks the guide's record format."""
    if not isinstance(record, dict):
        raise ValueError(f"a record must be a JSON object, not {type(record).__name__}")
    if not isinstance(record.get("text"), str):
        raise ValueError("record has no string field 'text'")
    if "spans" not in record:
        return
    spans = record["spans"]
    if not isinstance(spans, list):
        raise ValueError("'spans' must be a list")
    kinds = _kinds.KINDS
    previous_end = 0
    for n, span in enumerate(spans):
        if not isinstance(span, dict) or not all(isinstance(span.get(k), int) for k in ("start", "end")):
            raise ValueError(f"span {n} needs integer 'start' and 'end'")
        if span.get("kind") not in kinds:
            raise ValueError(f"span {n} has unknown kind {span.get('kind')!r}; expected one of {kinds}")
        if not 0 <= span["start"] < span["end"] <= len(record["text"]):
            raise ValueError(f"span {n} [{span['start']}, {span['end']}) does not fit a text of "
                             f"{len(record['text'])} characters")
        if span["start"] < previous_end:
            raise ValueError(f"span {n} overlaps the previous one or is out of order (spans must be sorted)")
        previous_end = span["end"]


def read_records(paths: Iterable[str | Path], splits: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Read guide-format JSONL files; a bad line raises :class:`DatasetError` naming file and line."""
    return list(iter_records(paths, splits))


def iter_records(paths: Iterable[str | Path], splits: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """Stream guide-format records, optionally only those whose ``split`` is in ``splits``."""
    wanted = set(splits) if splits is not None else None
    for path in paths:
        try:
            handle = open_text(path)
        except OSError as exc:
            raise DatasetError(f"{path}: cannot read: {exc.strerror or exc}") from None
        with handle:
            try:
                for number, line in enumerate(handle, 1):
                    if line.strip():
                        record = _parse_line(line, path, number)
                        if wanted is None or record.get("split") in wanted:
                            yield record
            except UnicodeDecodeError as exc:
                raise DatasetError(f"{path}: not UTF-8 ({exc.reason})") from None
            except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
                raise DatasetError(f"{path}: not a readable gzip file ({exc})") from None


def open_text(path: str | Path) -> IO[str]:
    """A text handle on ``path``, decompressed when its name ends in ``.gz``."""
    if str(path).lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def _parse_line(line: str, path: str | Path, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{path}:{number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    try:
        check_record(record)
    except ValueError as exc:
        raise DatasetError(f"{path}:{number}: {exc}") from None
    return record


class JsonLine(NamedTuple):
    """One physical line of a JSONL dump: its JSON object, or why it holds none."""

    number: int  # 0-based: the line's place in the file, blank and unreadable lines counted
    record: dict[str, Any] | None
    problem: str | None = None  # "blank line", "invalid JSON: …", "record is a JSON list, not an object"


def jsonl_lines(path: str | Path, skip: int = 0) -> Iterator[JsonLine]:
    """Every line of a JSONL dump (gzip when the name ends in ``.gz``) from line ``skip`` on, one record each.

    The one numbering of dumps: line ``n`` is record ``n``, so ``annotator
    score``'s output record ``n`` answers input line ``n`` and ``annotator
    report`` counts the same records.  A blank line, a line that is not JSON
    or not UTF-8 and a JSON value that is not an object are records with a
    ``problem``.  A truncated or corrupt ``.gz`` raises ``OSError``.
    """
    opener: Any = gzip.open if str(path).lower().endswith(".gz") else open
    read = 0
    try:
        with opener(path, "rb") as handle:
            for number, line in enumerate(handle):
                read = number + 1
                if number >= skip:
                    yield _json_line(number, line)
    except (EOFError, zlib.error) as exc:  # an I/O error of the file, not a bad record
        raise OSError(f"cannot read {path} after {read} lines: {exc}") from exc


def _json_line(number: int, line: bytes) -> JsonLine:
    if not line.strip():
        return JsonLine(number, None, "blank line")
    try:
        record = json.loads(line)
    except ValueError as exc:  # JSONDecodeError, and UnicodeDecodeError for bytes that are not UTF-8
        return JsonLine(number, None, f"invalid JSON: {exc}")
    if not isinstance(record, dict):
        return JsonLine(number, None, f"record is a JSON {type(record).__name__}, not an object")
    return JsonLine(number, record)
