"""``annotator score``: score a dump of articles (JSONL, CSV, Parquet) in bounded memory.

The pipeline is ``reader -> chunks -> engine -> writer``:

* readers stream records (JSONL and ``.jsonl.gz`` line by line, CSV with
  pandas ``chunksize``, Parquet by pyarrow record batches) and check each
  record's text; a record that cannot be scored carries its error message on;
* an engine scores chunks in input order: in this process, in joblib (loky)
  worker processes (``--jobs N``), or on a dask ``distributed`` cluster
  (``--engine dask``: windows of chunks as ``dask.bag`` partitions scored by
  ``map_partitions``, on a ``LocalCluster`` unless ``--scheduler`` is given);
  each worker loads the model once and keeps it;
* a writer appends one output record per input record to ``OUT.partial``,
  which is moved onto ``OUT`` (``os.replace``) when the run completes.

Output records hold ``id``, ``spans``, ``n_chars``, ``editorial_share`` and
``error`` (``None`` or a message); the text itself is not copied out.  A
record's ``id`` is its ``--id-field`` value, or its 0-based record number
when the field is absent or null (and for lines that are not JSON).  Blank
JSONL lines are not records.  A CSV cell is always a string, so an empty
cell is an empty text, not a missing one.

``--resume`` continues ``OUT.partial`` after its last complete line (a torn
last line is cut off) and needs JSONL output: a torn CSV row is ambiguous
and a Parquet file without its footer cannot be read, so those outputs are
written from the start.

Lone surrogates (``"\\ud800"``, legal in JSON input, illegal in UTF-8): a JSONL
record that contains one is written with ``ensure_ascii=True``, so the line
stays valid UTF-8 and JSON readers get the same string back.  CSV output
writes them as backslash escapes (``\\ud800``) and Parquet output does the
same to the affected strings.  Parquet output stores ``id`` as a string
column, so ids that mix numbers and strings fit one schema.

Python API: :func:`score_file`, :func:`annotate_frame`, :func:`score_frame`.
"""

from __future__ import annotations

import copy
import functools
import gzip
import itertools
import json
import math
import os
import sys
import time
import zlib
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Sequence, TypeVar

import pandas as pd

from .api import DEFAULT_MODEL_DIR, MODEL_ENV, Annotator, default_annotator, load
from .spans import Annotation
from .text import DEFAULT_MAX_CHARS, InputError, coerce_text

FORMATS = ("jsonl", "csv", "parquet")
OUTPUT_COLUMNS = ("id", "spans", "n_chars", "editorial_share", "error")
DEFAULT_CHUNK_SIZE = 256
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
             ".parquet": "parquet", ".pq": "parquet"}
_PREDICT_BATCH = 64
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


@dataclass(frozen=True)
class Options:
    """What a worker needs to score a chunk (small and picklable)."""

    model: str | None = None  # a model directory; None for rules only
    max_chars: int = DEFAULT_MAX_CHARS
    lang: str | None = None


@dataclass
class Stats:
    """Counts for the summary line."""

    records: int = 0
    failed: int = 0
    resumed: int = 0
    scored: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> int:
        return self.records - self.failed

    def summary(self) -> str:
        rate = self.scored / self.seconds if self.seconds > 0 else 0.0
        return f"scored {self.records} records: {self.ok} ok, {self.failed} failed ({rate:,.1f}/s)"


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
    """Stream the records of ``path`` as :class:`Item`, skipping the first ``skip``."""
    fmt = format_of(path)
    if fmt == "jsonl":
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


def _read_jsonl(path: Path, text_field: str, id_field: str, max_chars: int, skip: int) -> Iterator[Item]:
    """One record per non-blank line; blank lines are not records."""
    opener: Callable[..., Any] = gzip.open if path.name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            for line in handle:
                if not line.strip():
                    continue
                if number >= skip:
                    yield _jsonl_item(number, line, text_field, id_field, max_chars)
                number += 1
    except (EOFError, zlib.error) as exc:  # a truncated or corrupt .gz: an I/O error, not a bad record
        raise OSError(f"cannot read {path} after record {number}: {exc}") from exc


def _jsonl_item(number: int, line: bytes, text_field: str, id_field: str, max_chars: int) -> Item:
    try:
        record = json.loads(line)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        return Item(number, number, None, None, f"invalid JSON: {exc}")
    if not isinstance(record, dict):
        return Item(number, number, None, None, f"record is a JSON {type(record).__name__}, not an object")
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
    """CSV cells are strings: an empty cell is an empty text, not a null one."""
    options = dict(dtype=str, keep_default_na=False, encoding="utf-8", encoding_errors="replace")
    header = list(pd.read_csv(path, nrows=0, **options).columns)
    _require_column(path, header, text_field)
    has_id = id_field in header
    usecols = [text_field, id_field] if has_id and id_field != text_field else [text_field]
    number = 0
    for frame in pd.read_csv(path, usecols=usecols, chunksize=chunk_size, **options):
        ids = frame[id_field].tolist() if has_id else [None] * len(frame)
        for record_id, value in zip(ids, frame[text_field].tolist()):
            yield _item(number, record_id, value, text_field, max_chars)
            number += 1


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


# --------------------------------------------------------------------------- scoring (runs in workers)

@functools.lru_cache(maxsize=4)
def _annotator_for(model: str | None, max_chars: int) -> Annotator:
    """The annotator for ``model``, loaded once per process (the cache lives in each worker)."""
    if model is None:
        return Annotator(max_chars=max_chars)
    try:
        loaded = load(model)
    except Exception as exc:  # a missing package, a bad file: the run cannot go on
        raise BatchError(f"cannot load the model from {model}: {type(exc).__name__}: {exc}") from None
    annotator = copy.copy(loaded)  # the cached original keeps its own limit
    annotator.max_chars = max(max_chars, 1)
    return annotator


def _annotate(annotator: Annotator, texts: Sequence[str], lang: str | None) -> list[Annotation | str]:
    """Annotations in order; a text whose prediction raised gets its error message instead."""
    if not texts:
        return []
    try:
        return list(annotator.predict_many(texts, lang=lang))
    except Exception:  # find the culprit: one text at a time
        return [_annotate_one(annotator, text, lang) for text in texts]


def _annotate_one(annotator: Annotator, text: str, lang: str | None) -> Annotation | str:
    try:
        return annotator.predict(text, lang=lang)
    except Exception as exc:
        return f"prediction failed: {type(exc).__name__}: {exc}"


def _output_record(item: Item, result: Annotation | str | None) -> dict[str, Any]:
    error = result if isinstance(result, str) else item.error
    spans = [span.to_dict() for span in result.spans] if isinstance(result, Annotation) else []
    share = round(result.editorial_share, 6) if isinstance(result, Annotation) else None
    return {"id": item.id, "spans": spans, "n_chars": item.n_chars, "editorial_share": share, "error": error}


def score_chunk(items: Sequence[Item], options: Options) -> list[dict[str, Any]]:
    """Output records for one chunk, in order (what every engine runs in its workers)."""
    annotator = _annotator_for(options.model, options.max_chars)
    good = [item for item in items if item.error is None]
    results = iter(_annotate(annotator, [item.text for item in good], options.lang))  # type: ignore[misc]
    return [_output_record(item, next(results) if item.error is None else None) for item in items]


# --------------------------------------------------------------------------- engines

def local_results(chunks: Iterable[list[Item]], options: Options, jobs: int = 1) -> Iterator[list[dict[str, Any]]]:
    """Scored chunks in input order: in this process, or in ``jobs`` loky worker processes.

    joblib dispatches at most ``2 * jobs`` chunks ahead of the ones finished,
    so memory is bounded by a few chunks, not by the file.
    """
    if jobs <= 1:
        yield from (score_chunk(chunk, options) for chunk in chunks)
        return
    from joblib import Parallel, delayed

    parallel = Parallel(n_jobs=jobs, backend="loky", return_as="generator", pre_dispatch="2*n_jobs", batch_size=1)
    yield from parallel(delayed(score_chunk)(chunk, options) for chunk in chunks)


def _score_partition(chunks: Sequence[list[Item]], options: Options) -> list[list[dict[str, Any]]]:
    """A ``dask.bag`` partition of chunks, scored chunk by chunk (runs in the dask workers)."""
    return [score_chunk(chunk, options) for chunk in chunks]


def dask_results(chunks: Iterable[list[Item]], options: Options, jobs: int = 1,
                 scheduler: str | None = None) -> Iterator[list[dict[str, Any]]]:
    """Scored chunks in input order on a dask ``distributed`` cluster, through ``dask.bag``.

    This process reads the input in windows of one chunk per worker thread;
    each window becomes a bag with one chunk per partition, scored by
    ``map_partitions`` and computed on the cluster.  At most two windows are in
    flight (the next one is submitted before the current one is written), so
    the workers need no access to the input file and memory stays bounded by
    the window, not the file.  With ``scheduler`` the cluster's workers must
    have ``annotator`` installed (and the model directory at the same path).
    """
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        raise BatchError("the dask engine needs dask and distributed: pip install annotator[dask]") from None
    import logging

    cluster = None if scheduler else LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True,
                                                 dashboard_address=None, silence_logs=logging.ERROR)
    try:
        with Client(scheduler or cluster) as client:
            size = max(1, sum(client.nthreads().values()))
            pending: deque[Any] = deque()
            for window in chunked(chunks, size):
                bag = db.from_sequence(window, npartitions=len(window)).map_partitions(_score_partition, options)
                pending.append(client.compute(bag))
                if len(pending) >= 2:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
    finally:
        if cluster is not None:
            cluster.close()


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

    def __init__(self, path: Path, append: bool = False) -> None:
        self._handle = open(path, "ab" if append else "wb")

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        self._handle.write(b"".join(_json_line(record) for record in records))
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


class CsvWriter:
    """CSV with ``spans`` as a JSON string per row."""

    def __init__(self, path: Path, append: bool = False) -> None:
        self._handle = open(path, "w", encoding="utf-8", newline="")
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

    def __init__(self, path: Path, append: bool = False, row_group: int = 8192) -> None:
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


_WRITERS = {"jsonl": JsonlWriter, "csv": CsvWriter, "parquet": ParquetWriter}


# --------------------------------------------------------------------------- resume

def partial_path(out: Path) -> Path:
    """Where a run writes before the final ``os.replace``."""
    return out.with_name(out.name + ".partial")


def recover_partial(path: Path) -> tuple[int, int]:
    """``(records, failed)`` in a JSONL ``.partial``; a torn last line is cut off the file."""
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


def _line_failed(line: bytes) -> bool:
    try:
        return json.loads(line).get("error") is not None
    except (ValueError, AttributeError):
        return True


# --------------------------------------------------------------------------- the run

def resolve_model(model: str | os.PathLike[str] | None, rules_only: bool = False) -> str | None:
    """The model directory a run uses (``None`` for rules only); checked to exist."""
    if rules_only:
        return None
    path = Path(model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL_DIR).resolve()
    if not path.exists():
        raise BatchError(f"no model at {path}: train one, pass --model DIR, or use --rules-only")
    return str(path)


def score_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], *, text_field: str = "text",
               id_field: str = "id", out_format: str | None = None, jobs: int = 1, engine: str = "local",
               scheduler: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
               chunk_size: int = DEFAULT_CHUNK_SIZE, resume: bool = False, progress: bool = False,
               model: str | None = None, lang: str | None = None) -> Stats:
    """Score every record of ``src`` into ``dst`` (see the module doc); ``model=None`` is rules only."""
    src, dst = Path(src), Path(dst)
    out_format = out_format or format_of(dst)
    _check_run(src, dst, out_format, engine, jobs, chunk_size, max_chars, resume)
    partial = partial_path(dst)
    stats = Stats()
    if resume and partial.exists():
        stats.resumed, stats.failed = recover_partial(partial)
        stats.records = stats.resumed
        print(f"resuming after {stats.resumed} records in {partial}", file=sys.stderr)
    elif resume:
        print(f"no {partial} to resume: starting from the first record", file=sys.stderr)
    options = Options(model=model, max_chars=max_chars, lang=lang)
    if jobs <= 1 and engine == "local":
        _annotator_for(model, max_chars)  # fail early, before any output, if the model cannot load
    items = read_records(src, text_field, id_field, max_chars, stats.resumed, chunk_size)
    chunks = chunked(items, chunk_size)
    results = (dask_results(chunks, options, jobs, scheduler) if engine == "dask"
               else local_results(chunks, options, jobs))
    dst.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    writer = _WRITERS[out_format](partial, append=stats.resumed > 0)
    try:
        _drain(results, writer, stats, _progress_bar(progress, count_records(src), stats.resumed))
    finally:
        writer.close()
        stats.seconds = time.perf_counter() - started
    os.replace(partial, dst)
    return stats


def _check_run(src: Path, dst: Path, out_format: str, engine: str, jobs: int, chunk_size: int, max_chars: int,
               resume: bool) -> None:
    format_of(src)
    if out_format not in FORMATS:
        raise BatchError(f"unknown output format {out_format!r}; expected one of {', '.join(FORMATS)}")
    if engine not in ("local", "dask"):
        raise BatchError(f"unknown engine {engine!r}; expected local or dask")
    if jobs < 1 or chunk_size < 1 or max_chars < 1:
        raise BatchError("--jobs, --chunk-size and --max-chars must be positive")
    if resume and out_format != "jsonl":
        raise BatchError("--resume needs JSONL output (--format jsonl); CSV and Parquet outputs are rewritten")
    if not src.is_file():
        raise FileNotFoundError(f"no such input file: {src}")
    if dst.resolve() == src.resolve():
        raise BatchError(f"the output {dst} would replace the input")


def _progress_bar(enabled: bool, total: int | None, initial: int) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, initial=initial, unit="rec", disable=not enabled, file=sys.stderr,
                dynamic_ncols=True, smoothing=0.1)


def _drain(results: Iterable[list[dict[str, Any]]], writer: Any, stats: Stats, bar: Any) -> None:
    with bar:
        for records in results:
            writer.write(records)
            stats.records += len(records)
            stats.scored += len(records)
            stats.failed += sum(record["error"] is not None for record in records)
            bar.update(len(records))


# --------------------------------------------------------------------------- DataFrame API

def _frame_annotator(model: Annotator | str | os.PathLike[str] | None) -> Annotator:
    if model is None:
        return default_annotator()
    if isinstance(model, Annotator):
        return model
    return load(model)


def _frame_results(df: pd.DataFrame, text_column: str, annotator: Annotator,
                   lang: str | None = None) -> list[Annotation | str]:
    """One annotation or error message per row, in row order; never raises for a bad row."""
    if text_column not in df.columns:
        raise KeyError(f"no column {text_column!r} in the DataFrame")
    results: list[Annotation | str] = []
    for start in range(0, len(df), _PREDICT_BATCH):
        values = df[text_column].iloc[start : start + _PREDICT_BATCH].tolist()
        checked = [_check_text(value, text_column, annotator.max_chars) for value in values]
        annotations = iter(_annotate(annotator, [text for text, _, error in checked if error is None], lang))
        results.extend(next(annotations) if error is None else error for _, _, error in checked)
    return results


def annotate_frame(df: pd.DataFrame, text_column: str = "text",
                   model: Annotator | str | os.PathLike[str] | None = None, lang: str | None = None) -> pd.DataFrame:
    """A copy of ``df`` plus ``editorial_spans``, ``editorial_share``, ``original_text`` and ``error``.

    ``model`` is an :class:`Annotator`, a model directory, or ``None`` for the
    shipped default.  A row whose text is missing, not a string or too long
    gets ``error`` set (and empty spans, NaN share, ``None`` original text).
    """
    results = _frame_results(df, text_column, _frame_annotator(model), lang)
    ok = [isinstance(result, Annotation) for result in results]
    out = df.copy()
    out["editorial_spans"] = [[s.to_dict() for s in r.spans] if good else [] for r, good in zip(results, ok)]
    out["editorial_share"] = [r.editorial_share if good else math.nan for r, good in zip(results, ok)]
    # object columns keep None for "no value" (pandas 3 would infer str with NaN)
    out["original_text"] = pd.Series([r.original_text() if good else None for r, good in zip(results, ok)],
                                     index=df.index, dtype=object)
    out["error"] = pd.Series([None if good else r for r, good in zip(results, ok)], index=df.index, dtype=object)
    return out


def score_frame(df: pd.DataFrame, text_column: str = "text",
                model: Annotator | str | os.PathLike[str] | None = None, lang: str | None = None) -> pd.DataFrame:
    """One row per editorial span: the input row's index, start, end, kind, score, source, marker, text.

    The index column is named after ``df.index.name`` (``"index"`` when unnamed).
    Rows that cannot be scored add no span rows; their messages are in
    ``result.attrs["errors"]`` (``{index: message}``).
    """
    index_name = df.index.name or "index"
    results = _frame_results(df, text_column, _frame_annotator(model), lang)
    rows: list[dict[str, Any]] = []
    errors: dict[Any, str] = {}
    for index, result in zip(df.index, results):
        if isinstance(result, str):
            errors[index] = result
            continue
        rows.extend({index_name: index, **span.to_dict(), "text": result.span_text(span)} for span in result.spans)
    columns = [index_name, "start", "end", "kind", "score", "source", "marker", "text"]
    out = pd.DataFrame(rows, columns=columns)
    if not rows:
        out = out.astype({"start": "int64", "end": "int64", "score": "float64"})
    out.attrs["errors"] = errors
    return out
