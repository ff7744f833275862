"""Readers: the records of a JSONL (``.jsonl.gz`` too), CSV or Parquet dump, as :class:`Item` s.

JSONL and ``.jsonl.gz`` are read line by line, CSV and Parquet by pyarrow
record batches.  Each record's text is checked here; a
record that cannot be scored carries its error message on.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import zlib
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Sequence, TypeVar

import pandas as pd

from ..records import JsonLine, jsonl_lines
from ..text import DEFAULT_MAX_CHARS, InputError, coerce_text

FORMATS = ("jsonl", "csv", "parquet")
DEFAULT_CHUNK_SIZE = 256
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
             ".parquet": "parquet", ".pq": "parquet"}
T = TypeVar("T")


class BatchError(ValueError):
    """A usage or setup problem: bad options, unknown format, missing column or model."""


class Item(NamedTuple):
    """One input record on its way to a worker: text is ``None`` when ``error`` is set."""

    number: int
    id: Any
    text: str | None
    n_chars: int | None
    error: str | None


# --------------------------------------------------------------------------- text checks

def _is_null(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _check_text(value: Any, field: str, max_chars: int) -> tuple[str | None, int | None, str | None]:
    """``(text, n_chars, error)`` for one record's text value."""
    if _is_null(value):
        return None, None, f"{field!r} is null"
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value).decode("utf-8", "replace")
    if not isinstance(value, str):
        return None, None, f"{field!r} is {type(value).__name__}, not a string"
    try:
        return coerce_text(value, max_chars=max_chars), len(value), None
    except InputError as exc:
        return None, len(value), str(exc)


def _item(number: int, record_id: Any, value: Any, field: str, max_chars: int) -> Item:
    record_id = number if _is_null(record_id) else record_id
    text, n_chars, error = _check_text(value, field, max_chars)
    return Item(number, record_id, text, n_chars, error)


# --------------------------------------------------------------------------- formats and readers

def format_of(path: Path) -> str:
    """``jsonl``, ``csv`` or ``parquet`` from the file name (``.gz`` is looked through)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    fmt = _SUFFIXES.get(suffixes[-1] if suffixes else "")
    if fmt is None:
        raise BatchError(f"cannot tell the format of {path} from its extension; "
                         f"expected one of {', '.join(sorted(_SUFFIXES))} (JSONL and CSV may end in .gz)")
    return fmt


def read_records(path: Path, text_field: str = "text", id_field: str = "id",
                 max_chars: int = DEFAULT_MAX_CHARS, skip: int = 0, chunk_size: int = DEFAULT_CHUNK_SIZE) -> Iterator[Item]:
    """Stream the records of ``path`` as :class:`Item`, skipping the first ``skip``.

    A text field that no record has is a usage error raised here, before any
    record is scored: from the CSV header, the Parquet schema, or the first
    :data:`FIELD_PROBE` JSONL records.
    """
    fmt = format_of(path)
    if fmt == "jsonl":
        _require_jsonl_field(path, text_field)
        return _read_jsonl(path, text_field, id_field, max_chars, skip)
    reader = _read_csv if fmt == "csv" else _read_parquet
    items = reader(path, text_field, id_field, max_chars, chunk_size)
    return itertools.islice(items, skip, None)


def count_records(path: Path) -> int | None:
    """The number of records when it is cheap to know (Parquet metadata), else ``None``."""
    if format_of(path) != "parquet":
        return None
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def _open_bytes(path: Path) -> Any:
    opener: Callable[..., Any] = gzip.open if path.name.lower().endswith(".gz") else open
    return opener(path, "rb")


FIELD_PROBE = 100  # JSONL records looked at for the text field before the run starts


def _require_jsonl_field(path: Path, text_field: str) -> None:
    """Stop with one message when none of the first :data:`FIELD_PROBE` JSON objects has ``text_field``."""
    seen: dict[str, None] = {}
    objects = 0
    try:
        with _open_bytes(path) as handle:
            for line in itertools.islice(handle, FIELD_PROBE):
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if isinstance(record, dict):
                    if text_field in record:
                        return
                    objects += 1
                    seen.update(dict.fromkeys(map(str, record)))
    except (EOFError, zlib.error):
        return  # reading the records reports it
    if objects:
        raise BatchError(f"{path}: none of the first {objects} records has a field {text_field!r} "
                         f"(fields: {', '.join(seen) or 'none'}); pass --text-field")


def _read_jsonl(path: Path, text_field: str, id_field: str, max_chars: int, skip: int) -> Iterator[Item]:
    """One record per physical line (:func:`annotator.records.jsonl_lines`): a blank or unreadable line
    is an error record, so output line ``n`` always answers input line ``n``."""
    for line in jsonl_lines(path, skip):
        yield _jsonl_item(line, text_field, id_field, max_chars)


def _jsonl_item(line: JsonLine, text_field: str, id_field: str, max_chars: int) -> Item:
    number, record = line.number, line.record
    if record is None:
        return Item(number, number, None, None, line.problem)
    if text_field not in record:
        return Item(number, _id_or_number(record.get(id_field), number), None, None,
                    f"no {text_field!r} field in the record")
    return _item(number, record.get(id_field), record[text_field], text_field, max_chars)


def _id_or_number(record_id: Any, number: int) -> Any:
    return number if _is_null(record_id) else record_id


def _require_column(path: Path, columns: Sequence[str], text_field: str) -> None:
    if text_field not in columns:
        raise BatchError(f"{path} has no column {text_field!r} (columns: {', '.join(map(str, columns))}); "
                         "pass --text-field")


def _read_csv(path: Path, text_field: str, id_field: str, max_chars: int, chunk_size: int) -> Iterator[Item]:
    """CSV through pyarrow's streaming reader, which tells a quoted empty cell (``""``: an empty
    text) from an absent one (``,,``: a null text, an error record, as null is in JSONL and Parquet).
    Cells are read as bytes and decoded with ``errors="replace"``."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    with pacsv.open_csv(path, read_options=pacsv.ReadOptions(column_names=None, block_size=1 << 16),
                        convert_options=pacsv.ConvertOptions(include_columns=[])) as probe:
        header = probe.schema.names
    _require_column(path, header, text_field)
    has_id = id_field in header
    columns = [text_field, id_field] if has_id and id_field != text_field else [text_field]
    convert = pacsv.ConvertOptions(include_columns=columns, column_types={c: pa.binary() for c in columns},
                                   strings_can_be_null=True, quoted_strings_can_be_null=False, null_values=[""])
    number = 0
    with pacsv.open_csv(path, read_options=pacsv.ReadOptions(block_size=1 << 20), convert_options=convert) as reader:
        for batch in reader:
            data = batch.to_pydict()
            ids = [_decoded(v) for v in data[id_field]] if has_id else [None] * batch.num_rows
            for record_id, value in zip(ids, data[text_field]):
                yield _item(number, record_id, value, text_field, max_chars)
                number += 1


def _decoded(value: bytes | None) -> str | None:
    return None if value is None else value.decode("utf-8", "replace")


def _read_parquet(path: Path, text_field: str, id_field: str, max_chars: int, chunk_size: int) -> Iterator[Item]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    names = parquet.schema_arrow.names
    _require_column(path, names, text_field)
    has_id = id_field in names
    columns = [text_field, id_field] if has_id and id_field != text_field else [text_field]
    number = 0
    for batch in parquet.iter_batches(batch_size=chunk_size, columns=columns):
        data = batch.to_pydict()
        ids = data[id_field] if has_id else [None] * batch.num_rows
        for record_id, value in zip(ids, data[text_field]):
            yield _item(number, record_id, value, text_field, max_chars)
            number += 1


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to ``size`` items, in order."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk
