"""Writers: one output record per input record, to JSONL, CSV or Parquet, and the ``.partial`` file.

A run writes to ``OUT.partial`` and moves it onto ``OUT`` when it completes;
:func:`recover_partial` cuts a torn last line off an interrupted JSONL run.
JSONL and CSV are gzip-compressed when ``OUT`` ends in ``.gz`` (``compress=True``).
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

OUTPUT_COLUMNS = ("id", "spans", "n_chars", "editorial_share", "error")


# --------------------------------------------------------------------------- writers

def _json_line(record: dict[str, Any]) -> bytes:
    """One JSONL line; records holding lone surrogates are written ASCII-escaped."""
    try:
        return (json.dumps(record, ensure_ascii=False, default=str) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record, ensure_ascii=True, default=str) + "\n").encode("ascii")


def _clean(value: Any) -> Any:
    """A string that UTF-8 can encode: lone surrogates become backslash escapes."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


class JsonlWriter:
    """Appends JSONL lines; flushed after every chunk so an interrupted run can resume."""

    def __init__(self, path: Path, append: bool = False, compress: bool = False) -> None:
        # a resumed .gz run appends a gzip member: readers see one stream of lines
        self._handle: Any = (gzip.open if compress else open)(path, "ab" if append else "wb")

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        self._handle.write(b"".join(_json_line(record) for record in records))
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


class CsvWriter:
    """CSV with ``spans`` as a JSON string per row."""

    def __init__(self, path: Path, append: bool = False, compress: bool = False) -> None:
        opener: Any = gzip.open if compress else open
        self._handle = opener(path, "wt", encoding="utf-8", newline="")
        self._header = True

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        rows = [{**r, "id": _clean(r["id"]), "spans": _clean(json.dumps(r["spans"], ensure_ascii=False)),
                 "error": _clean(r["error"])} for r in records]
        frame = pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS))
        frame["n_chars"] = frame["n_chars"].astype("Int64")
        frame.to_csv(self._handle, header=self._header, index=False)
        self._header = False

    def close(self) -> None:
        if self._header:
            self.write([])
        self._handle.close()


class ParquetWriter:
    """Parquet with a fixed schema; rows are buffered into row groups of ``row_group`` rows."""

    def __init__(self, path: Path, append: bool = False, compress: bool = False, row_group: int = 8192) -> None:
        if compress:
            raise ValueError("Parquet output is compressed inside the file: name it .parquet, not .parquet.gz")
        import pyarrow as pa
        import pyarrow.parquet as pq

        span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("kind", pa.string()),
                          ("score", pa.float64()), ("source", pa.string()), ("marker", pa.string())])
        self._schema = pa.schema([("id", pa.string()), ("spans", pa.list_(span)), ("n_chars", pa.int64()),
                                  ("editorial_share", pa.float64()), ("error", pa.string())])
        self._writer = pq.ParquetWriter(path, self._schema)
        self._rows: list[dict[str, Any]] = []
        self._row_group = row_group

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        self._rows.extend(self._parquet_row(record) for record in records)
        if len(self._rows) >= self._row_group:
            self._flush()

    @staticmethod
    def _parquet_row(record: dict[str, Any]) -> dict[str, Any]:
        spans = [{**span, "marker": _clean(span["marker"])} for span in record["spans"]]
        record_id = record["id"] if isinstance(record["id"], str) else json.dumps(record["id"], default=str)
        return {**record, "id": _clean(record_id), "spans": spans, "error": _clean(record["error"])}

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


WRITERS = {"jsonl": JsonlWriter, "csv": CsvWriter, "parquet": ParquetWriter}


# --------------------------------------------------------------------------- resume

def partial_path(out: Path) -> Path:
    """Where a run writes before the final ``os.replace``."""
    return out.with_name(out.name + ".partial")


def recover_partial(path: Path, compressed: bool = False) -> tuple[int, int]:
    """``(records, failed)`` in a JSONL ``.partial``; a torn last line is cut off the file.

    A gzip ``.partial`` cut off mid-stream cannot be truncated in place: its
    complete lines are rewritten into a fresh gzip file.
    """
    if compressed:
        return _recover_gzip(path)
    records = failed = 0
    complete = 0  # bytes up to the end of the last complete line
    with open(path, "rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            complete += len(line)
            records += 1
            failed += _line_failed(line)
    if complete != path.stat().st_size:
        os.truncate(path, complete)
    return records, failed


def _recover_gzip(path: Path) -> tuple[int, int]:
    lines: list[bytes] = []
    try:
        with gzip.open(path, "rb") as handle:
            for line in handle:
                if not line.endswith(b"\n"):
                    break
                lines.append(line)
    except (EOFError, zlib.error, gzip.BadGzipFile):
        pass  # the stream stops where the run was killed: keep the lines read so far
    fresh = path.with_name(path.name + ".tmp")
    with gzip.open(fresh, "wb") as out:
        out.writelines(lines)
    os.replace(fresh, path)
    return len(lines), sum(map(_line_failed, lines))


def _line_failed(line: bytes) -> bool:
    try:
        return json.loads(line).get("error") is not None
    except (ValueError, AttributeError):
        return True
