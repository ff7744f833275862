"""Training: guide-format records -> candidate rows and labels -> a fitted Annotator.

``annotator train`` and :func:`train` share one recipe.  Every candidate of
every record is a training row: what the gold spans do not mark is original.
Real RT articles thus also teach that an outlet's own summary under the
headline is not a lead; the synthetic ones teach what a lead adds to it (the
republisher's attribution: "…, пишет Bloomberg").
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, NamedTuple

from .api import Annotator, Prepared
from .features import model_candidates
from .linear import NONE
from .markup import read_markups
from .records import iter_records

if TYPE_CHECKING:  # scikit-learn loads when a model is fitted, not when this module is imported
    from .model import CandidateClassifier

HAND_WRITTEN_WEIGHT = 3.0  # the hand-annotated articles are few and the closest to real InoSMI
DEFAULT_SPLITS = ("train", "dev")


def read_jsonl(paths: Iterable[Path], splits: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """Guide records from JSONL files, optionally only those whose ``split`` is in ``splits``;
    a bad line raises an error naming file and line."""
    return iter_records(paths, splits)


def read_training(paths: Iterable[Path], splits: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Guide records from JSONL files and inline-markup ``.txt`` files (the writers' corpus),
    optionally only those whose ``split`` is in ``splits``."""
    paths, splits = [Path(path) for path in paths], None if splits is None else list(splits)
    records: list[dict[str, Any]] = []
    for path in paths:
        if path.suffix == ".txt":
            records.extend(read_markups([path], splits))
        else:
            records.extend(iter_records([path], splits))
    return records


def hand_written(record: dict[str, Any]) -> bool:
    """Written by a person for this library: a ``writer`` (every markup record has one) or the old source tag."""
    return bool(record.get("writer")) or str(record.get("source", "")).startswith("hand-written")


_SHARD = re.compile(r"^((?:synth-)?[a-z]+-[a-z0-9]+)-")


def record_group(record: dict[str, Any]) -> str:
    """The cross-validation group of a record: its writer, else its corpus and shard.

    ``rt-3-0012`` and its stripped copy ``rt-3-0012-stripped`` are both ``rt-3``;
    ``nerel-train-003`` is ``nerel-train``.  Grouped folds never score a writer's
    style or an outlet's shard with a model that trained on it.
    """
    if record.get("writer"):
        return f"writer:{record['writer']}"
    match = _SHARD.match(str(record.get("id", "")))
    return match.group(1) if match else str(record.get("source", "unknown"))


def record_key(record: dict[str, Any]) -> str:
    """The record a row comes from, for keyed folds: its id, a stripped copy keyed as its original
    (``rt-3-0012-stripped`` is ``rt-3-0012``: the two must never be on both sides of a fold)."""
    return str(record.get("id", "")).removesuffix("-stripped")


def record_weight(record: dict[str, Any]) -> float:
    return HAND_WRITTEN_WEIGHT if hand_written(record) else 1.0


class TrainingRows(NamedTuple):
    """Every open candidate of the training records, as the classifier's ``fit`` takes them."""

    rows: list[tuple]  # feature rows
    labels: list[str]  # a kind or "none"
    weights: list[float]  # sample weights
    hand_written: list[bool]  # rows from hand-annotated articles, which choose the thresholds


def candidate_rows(records: Iterable[dict[str, Any]], groups: list[str] | None = None,
                   keys: list[str] | None = None) -> TrainingRows:
    """Feature rows, labels, sample weights and hand-written flags for every open candidate.

    When ``groups`` is a list, each row's :func:`record_group` is appended to it,
    and when ``keys`` is, its :func:`record_key` (both kept out of the returned
    rows, whose digest the shipped model records).
    A hard negative (``negatives`` of a markup record) that is a candidate is a
    row labelled ``none``, as every unmarked candidate is.
    """
    out = TrainingRows([], [], [], [])
    for record in records:
        weight, flag = record_weight(record), hand_written(record)
        group, key = record_group(record), record_key(record)
        gold = {(span["start"], span["end"]): span["kind"] for span in record.get("spans", [])}
        # the rows prediction would score: the same rules decide, the record's language selects the tables
        item = Prepared.of(record["text"], record.get("lang"), use_rules=True)
        for candidate, row in model_candidates(item.text, item.layout, item.brackets, item.lang, item.proposals,
                                                langs=item.langs):
            out.rows.append(row)
            out.labels.append(gold.get((candidate.start, candidate.end), NONE))
            out.weights.append(weight)
            out.hand_written.append(flag)
            if groups is not None:
                groups.append(group)
            if keys is not None:
                keys.append(key)
    return out


def rows_digest(rows: TrainingRows) -> str:
    """SHA-256 of every training row, label, weight and flag, in order.

    The thresholds of the shipped model swing when a handful of its 110,000
    training rows change (see the model card), so its metadata records this
    digest: a change to the rules or features that moves a training row shows
    as a different digest before anyone retrains.
    """
    digest = hashlib.sha256()
    for row, label, weight, flag in zip(*rows):
        digest.update(repr((row, label, weight, flag)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def train(records: Iterable[dict[str, Any]], classifier: CandidateClassifier | None = None,
          threshold: float | None = None, metadata: dict[str, Any] | None = None,
          grouped: bool = False, tune_on: str = "hand-written") -> Annotator:
    """Fit a classifier on the candidates of ``records`` and return the rules-plus-model annotator.

    ``grouped``: the held-out predictions that set the thresholds come from folds
    grouped by :func:`record_group` (writer, or corpus and shard).  ``tune_on``:
    ``"hand-written"`` chooses the thresholds on hand-written rows (the shipped
    model), ``"all"`` on every row, so that the outlets' own text (RT, NG, NEREL)
    weighs on the precision of every threshold.
    """
    from .model import CandidateClassifier

    if tune_on not in ("hand-written", "all"):
        raise ValueError(f"tune_on must be 'hand-written' or 'all', not {tune_on!r}")
    groups: list[str] | None = [] if grouped else None
    keys: list[str] = []
    prepared = candidate_rows(records, groups, keys)
    rows, labels, weights, tuning = prepared
    if not rows:
        raise ValueError("no training candidates: the records hold no text the model could learn from")
    if len(set(labels)) < 2:
        raise ValueError("training needs at least one editorial span and one original candidate")
    # Thresholds are chosen where the articles look like real republications, when there are any.
    threshold_rows = tuning if tune_on == "hand-written" and any(tuning) else None
    model = (classifier or CandidateClassifier()).fit(rows, labels, sample_weight=weights,
                                                     threshold_rows=threshold_rows, groups=groups, keys=keys)
    counts = {label: labels.count(label) for label in sorted(set(labels))}
    info = {"training_candidates": counts, "training_rows_sha256": rows_digest(prepared), **(metadata or {})}
    return Annotator(classifier=model, threshold=threshold, metadata=info)
