"""Engines: score chunks of items in input order, here, in loky workers or on a dask cluster.

Each worker loads the model once and keeps it (:func:`_annotator_for`).
"""

from __future__ import annotations

import copy
import functools
import os
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from ..api import Annotator, load, load_encoder
from ..spans import Annotation
from ..text import DEFAULT_MAX_CHARS
from .readers import BatchError, Item, chunked


@dataclass(frozen=True)
class Options:
    """What a worker needs to score a chunk (small and picklable)."""

    model: str | None = None  # a model directory; None for rules only
    max_chars: int = DEFAULT_MAX_CHARS
    lang: str | None = None
    republished: bool | None = None  # the republication prior for every text (None: detect it per text)
    encoder: str | None = None  # an encoder stage directory (annotator.encoder); None: no stage


# --------------------------------------------------------------------------- scoring (runs in workers)

@functools.lru_cache(maxsize=4)
def _annotator_for(model: str | None, max_chars: int, encoder: str | None = None) -> Annotator:
    """The annotator for ``model`` and the ``encoder`` stage, loaded once per process (the cache lives in each
    worker)."""
    stage = None
    if encoder is not None:
        try:
            stage = load_encoder(encoder)
        except Exception as exc:  # the optional package missing, or no stage there
            raise BatchError(f"cannot load the encoder stage from {encoder}: {type(exc).__name__}: {exc}") from None
    if model is None:
        return Annotator(max_chars=max_chars, encoder=stage)
    try:
        loaded = load(model)
    except Exception as exc:  # a missing package, a bad file: the run cannot go on
        raise BatchError(f"cannot load the model from {model}: {type(exc).__name__}: {exc}") from None
    annotator = copy.copy(loaded)  # the cached original keeps its own limit
    annotator.max_chars = max(max_chars, 1)
    annotator.encoder = stage
    return annotator


def _annotate(annotator: Annotator, texts: Sequence[str], lang: str | None,
              republished: bool | None = None) -> list[Annotation | str]:
    """Annotations in order; a text whose prediction raised gets its error message instead."""
    if not texts:
        return []
    try:
        return list(annotator.predict_many(texts, lang=lang, republished=republished))
    except Exception:  # find the culprit: one text at a time
        return [_annotate_one(annotator, text, lang, republished) for text in texts]


def _annotate_one(annotator: Annotator, text: str, lang: str | None,
                  republished: bool | None = None) -> Annotation | str:
    try:
        return annotator.predict(text, lang=lang, republished=republished)
    except Exception as exc:
        return f"prediction failed: {type(exc).__name__}: {exc}"


def _output_record(item: Item, result: Annotation | str | None) -> dict[str, Any]:
    error = result if isinstance(result, str) else item.error
    spans = [span.to_dict() for span in result.spans] if isinstance(result, Annotation) else []
    share = round(result.editorial_share, 6) if isinstance(result, Annotation) else None
    return {"id": item.id, "spans": spans, "n_chars": item.n_chars, "editorial_share": share, "error": error}


def score_chunk(items: Sequence[Item], options: Options) -> list[dict[str, Any]]:
    """Output records for one chunk, in order (what every engine runs in its workers)."""
    annotator = _annotator_for(options.model, options.max_chars, options.encoder)
    good = [item for item in items if item.error is None]
    results = iter(_annotate(annotator, [item.text for item in good], options.lang,  # type: ignore[misc]
                             options.republished))
    return [_output_record(item, next(results) if item.error is None else None) for item in items]


# --------------------------------------------------------------------------- engines

def effective_jobs(jobs: int) -> int:
    """Worker processes for ``jobs`` as joblib and scikit-learn count them: ``-1`` is one per core,
    ``-2`` all but one, and so on (at least one); ``0`` is refused."""
    if jobs == 0:
        raise BatchError("--jobs must not be 0: pass a number of processes, or -1 for one per core")
    if jobs > 0:
        return jobs
    from joblib import cpu_count

    return max(1, cpu_count() + 1 + jobs)


def local_results(chunks: Iterable[list[Item]], options: Options, jobs: int = 1) -> Iterator[list[dict[str, Any]]]:
    """Scored chunks in input order: in this process, or in ``jobs`` loky worker processes.

    joblib dispatches at most ``2 * jobs`` chunks ahead of the ones finished,
    so memory is bounded by a few chunks, not by the file.  The workers end
    with this process, even when it is killed (:func:`_exit_with_parent`).
    """
    if jobs <= 1:
        yield from (score_chunk(chunk, options) for chunk in chunks)
        return
    from joblib import Parallel, delayed, parallel_config

    with parallel_config(backend="loky", initializer=_exit_with_parent, initargs=(os.getpid(),)):
        parallel = Parallel(n_jobs=jobs, return_as="generator", pre_dispatch="2*n_jobs", batch_size=1)
    yield from parallel(delayed(score_chunk)(chunk, options) for chunk in chunks)


_PARENT_POLL_SECONDS = 0.5


def _exit_with_parent(parent: int) -> None:
    """Make this worker process end with its parent (loky's worker initializer): a daemon thread
    polls ``os.getppid()`` and exits the process once it is not ``parent`` (the parent died, even
    by ``kill -9``, and the worker was re-parented; also when that happened before the worker
    started).  Without it loky workers idle on for minutes after their parent is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="annotator-parent-watchdog", daemon=True).start()


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
