"""The score job: :func:`score_file` runs ``reader -> chunks -> engine -> writer`` and counts what it did."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..api import DEFAULT_ENCODER_DIR, DEFAULT_MODEL_DIR, MODEL_ENV
from ..text import DEFAULT_MAX_CHARS, InputError, check_lang
from .engines import Options, _annotator_for, dask_results, effective_jobs, local_results
from .readers import DEFAULT_CHUNK_SIZE, FORMATS, BatchError, chunked, count_records, format_of, read_records
from .writers import WRITERS, partial_path, recover_partial


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


# --------------------------------------------------------------------------- the run

def resolve_model(model: str | os.PathLike[str] | None, rules_only: bool = False) -> str | None:
    """The model directory a run uses (``None`` for rules only); checked to exist."""
    if rules_only:
        return None
    path = Path(model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL_DIR).resolve()
    if not path.exists():
        raise BatchError(f"no model at {path}: train one, pass --model DIR, or use --rules-only")
    return str(path)


def resolve_encoder(encoder: bool | str | os.PathLike[str] | None) -> str | None:
    """The encoder stage directory a run uses (``None``: no stage); ``True`` is the shipped one."""
    if not encoder:
        return None
    path = Path(DEFAULT_ENCODER_DIR if encoder is True else encoder).resolve()
    if not path.exists():
        raise BatchError(f"no encoder stage at {path}")
    return str(path)


def score_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], *, text_field: str = "text",
               id_field: str = "id", out_format: str | None = None, jobs: int = 1, engine: str = "local",
               scheduler: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
               chunk_size: int = DEFAULT_CHUNK_SIZE, resume: bool = False, progress: bool = False,
               model: str | None = None, lang: str | None = None, republished: bool | None = None,
               encoder: str | None = None) -> Stats:
    """Score every record of ``src`` into ``dst`` (see :mod:`annotator.batch`); ``model=None`` is rules only.

    ``republished`` decides the republication prior for every record (``None``: detected per record);
    ``encoder`` is an encoder stage directory (:func:`resolve_encoder`) to add to the model.
    """
    src, dst = Path(src), Path(dst)
    out_format = out_format or format_of(dst)
    jobs = effective_jobs(jobs)
    _check_run(src, dst, out_format, engine, jobs, chunk_size, max_chars, resume)
    try:
        check_lang(lang)
    except InputError as exc:
        raise BatchError(str(exc)) from None
    partial = partial_path(dst)
    stats = Stats()
    if resume and partial.exists():
        stats.resumed, stats.failed = recover_partial(partial, compressed=_gzipped(dst))
        stats.records = stats.resumed
        print(f"resuming after {stats.resumed} records in {partial}", file=sys.stderr)
    elif resume:
        print(f"no {partial} to resume: starting from the first record", file=sys.stderr)
    options = Options(model=model, max_chars=max_chars, lang=lang, republished=republished, encoder=encoder)
    if jobs <= 1 and engine == "local":
        _annotator_for(model, max_chars, encoder)  # fail early, before any output, if the model cannot load
    items = read_records(src, text_field, id_field, max_chars, stats.resumed, chunk_size)
    chunks = chunked(items, chunk_size)
    results = (dask_results(chunks, options, jobs, scheduler) if engine == "dask"
               else local_results(chunks, options, jobs))
    dst.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    writer = WRITERS[out_format](partial, append=stats.resumed > 0, compress=_gzipped(dst))
    try:
        _drain(results, writer, stats, _progress_bar(progress, count_records(src), stats.resumed))
    finally:
        writer.close()
        stats.seconds = time.perf_counter() - started
    os.replace(partial, dst)
    return stats


def _gzipped(path: Path) -> bool:
    """Output named ``.gz`` is gzip-compressed (JSONL and CSV)."""
    return path.name.lower().endswith(".gz")


def _check_run(src: Path, dst: Path, out_format: str, engine: str, jobs: int, chunk_size: int, max_chars: int,
               resume: bool) -> None:
    format_of(src)
    if out_format not in FORMATS:
        raise BatchError(f"unknown output format {out_format!r}; expected one of {', '.join(FORMATS)}")
    if engine not in ("local", "dask"):
        raise BatchError(f"unknown engine {engine!r}; expected local or dask")
    if chunk_size < 1 or max_chars < 1:
        raise BatchError("--chunk-size and --max-chars must be positive")
    if out_format == "parquet" and _gzipped(dst):
        raise BatchError(f"{dst}: Parquet output is compressed inside the file; name it .parquet, not .gz")
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
