"""Model files: save the parts of a model (classifier, threshold, use_rules, metadata) and load them back safely.

A model is a directory::

    models/default/
        model.skops   # skops.io dump of {"classifier": ..., "threshold": ..., "use_rules": ...}
        scorer.npz    # the same classifier as plain arrays (annotator.linear.LinearScorer)
        meta.json     # versions, creation time, training data, threshold, file checksums

Predicting reads ``scorer.npz``: numpy arrays loaded with ``allow_pickle=False``,
so no code can run and scikit-learn is never imported (importing it takes longer
than a second).  ``model.skops`` holds the scikit-learn estimator itself, for
refitting and inspection (``annotator.load(path, estimator=True)``) and for
classifiers that have no array form.  Model files are never unpickled: skops
files are read with :mod:`skops.io`, trusting what skops trusts by default
(Python containers, numpy arrays and dtypes, scikit-learn's public estimators)
plus the few types in :data:`ALLOWED_TYPES`; every other type must be named by
the caller in ``trusted=``.  The check compares names only: no module named in
a file is imported to judge it.

This module knows nothing of :class:`~annotator.api.Annotator`: it returns
:class:`ModelParts`, and :func:`annotator.load` builds the annotator from them.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import platform
import secrets
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from .linear import LinearScorer, ScorerFileError
from .paths import DEFAULT_MODEL_DIR
from .version import __version__

MODEL_FILE = "model.skops"
SCORER_FILE = "scorer.npz"
META_FILE = "meta.json"
FORMAT = "annotator-model"
FORMAT_VERSION = 1

MAX_MODEL_BYTES = 1 << 30  # 1 GiB, on disk and unpacked: a bigger "model" is a zip bomb
MAX_META_BYTES = 10 << 20

# The types a model file may hold besides what skops trusts by default: exactly what
# skops.io.get_untrusted_types() lists for the shipped model and for the models
# `annotator train` writes (sigmoid or isotonic calibration).  Anything else is refused
# unless the caller names it in ``trusted=``.
ALLOWED_TYPES: tuple[str, ...] = (
    "annotator.model.CandidateClassifier",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
)


class ModelFileError(ValueError):
    """A model path that is missing, corrupt, from an incompatible version or not trusted."""


class ModelVersionWarning(UserWarning):
    """A model saved with other library versions than the ones running; predictions may differ."""


@dataclass(frozen=True)
class ModelParts:
    """What a model directory holds: the classifier and the settings to predict with.

    ``classifier`` is a scikit-learn estimator (from ``model.skops``), its array form
    :class:`~annotator.linear.LinearScorer` (from ``scorer.npz``), or ``None`` for rules only.
    """

    classifier: Any
    threshold: float | None
    use_rules: bool
    metadata: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------------------
# saving


def save_annotator(annotator: Any, path: str | os.PathLike[str]) -> Path:
    """Write the parts of ``annotator`` (its ``classifier``, ``threshold``, ``use_rules`` and
    ``metadata``) as a model directory; see :func:`save_model`."""
    return save_model(path, annotator.classifier, annotator.threshold, annotator.use_rules,
                      getattr(annotator, "metadata", None))


def save_model(path: str | os.PathLike[str], classifier: Any, threshold: float | None = None,
               use_rules: bool = True, metadata: dict[str, Any] | None = None) -> Path:
    """Write a model directory (``scorer.npz`` and/or ``model.skops``, and ``meta.json``); return it.

    The directory is created if needed; existing model files in it are replaced
    (each file is written to a temporary name first, so a crash leaves no half file).
    """
    import skops
    import skops.io as sio
    import sklearn

    directory = Path(path)
    if directory.suffix == ".skops" or directory.is_file():
        raise ModelFileError(f"{directory}: a model is saved as a directory, not a file; pass a directory path")
    directory.mkdir(parents=True, exist_ok=True)

    files: dict[str, bytes] = {}
    scorer = _scorer_of(classifier)
    if scorer is not None:
        files[SCORER_FILE] = scorer.to_bytes()
    if classifier is None or not isinstance(classifier, LinearScorer):
        payload = {"classifier": classifier, "threshold": threshold, "use_rules": bool(use_rules)}
        files[MODEL_FILE] = sio.dumps(payload)
        refused = _refused_types(sio.get_untrusted_types(data=files[MODEL_FILE]), ())
        if refused:
            warnings.warn(
                f"the model holds types annotator.load() does not trust by default: {', '.join(refused)}; "
                f"loading it will need trusted={refused!r}",
                UserWarning,
                stacklevel=2,
            )
    meta = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "annotator_version": __version__,
        "sklearn_version": sklearn.__version__,
        "skops_version": skops.__version__,
        "python_version": platform.python_version(),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "classifier": None if classifier is None else _qualname(type(classifier)),
        "threshold": threshold,
        "use_rules": bool(use_rules),
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
        "metadata": dict(metadata or {}),
    }
    meta_text = json.dumps(meta, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    for name in (MODEL_FILE, SCORER_FILE):
        if name in files:
            _write_atomic(directory / name, files[name])
        else:
            (directory / name).unlink(missing_ok=True)  # a stale file from an earlier model
    _write_atomic(directory / META_FILE, meta_text.encode("utf-8"))
    return directory


def _scorer_of(classifier: Any) -> LinearScorer | None:
    """The array form of ``classifier``: itself, or what its ``to_scorer()`` exports (None when it has none)."""
    if isinstance(classifier, LinearScorer):
        return classifier
    export = getattr(classifier, "to_scorer", None)
    if export is None:
        return None
    try:
        return export()
    except ValueError as exc:
        warnings.warn(f"the classifier has no array form ({exc}); the model loads through scikit-learn only",
                      UserWarning, stacklevel=3)
        return None


def _write_atomic(target: Path, data: bytes) -> None:
    temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, unlike mkstemp's 0600
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _json_default(value: Any) -> Any:
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return value.item()
    if hasattr(value, "tolist") and callable(value.tolist):  # numpy arrays
        return value.tolist()
    if isinstance(value, (Path, datetime)):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"annotator.metadata holds a {type(value).__name__}, which meta.json cannot store")


def _qualname(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


# ---------------------------------------------------------------------------
# loading


def load_model(path: str | os.PathLike[str], trusted: Sequence[str | type] | None = None,
               estimator: bool = False) -> ModelParts:
    """Load a model directory (or its ``model.skops``/``scorer.npz`` file) as :class:`ModelParts`.

    A directory with ``scorer.npz`` loads its arrays (fast, no scikit-learn,
    nothing to trust); ``estimator=True`` loads the scikit-learn estimator from
    ``model.skops`` instead.  ``trusted`` names extra types (as listed in the
    error message, or the type objects) that you trust a skops file to hold.
    Raises :class:`ModelFileError` for a missing, corrupt, incompatible or
    untrusted model; warns with :class:`ModelVersionWarning` when a skops file
    comes from another scikit-learn version.
    """
    path = Path(path)
    model_file, scorer_file, meta_file = _locate(path)
    meta = _read_meta(meta_file, model_file if model_file.exists() or not scorer_file.exists() else scorer_file)
    _check_annotator_version(meta, meta_file if meta_file.exists() else model_file)

    if scorer_file.exists() and not (estimator and model_file.exists()):
        scorer = _load_scorer(scorer_file, meta)
        threshold, use_rules = _settings(meta.get("threshold"), meta.get("use_rules", True), meta_file)
        return ModelParts(scorer, threshold, use_rules, meta.get("metadata") or {})

    if not model_file.exists():
        if meta.get("classifier") is None and meta_file.exists():
            # a rules-only model: the directory holds meta.json alone
            return ModelParts(None, meta.get("threshold"), bool(meta.get("use_rules", True)),
                              meta.get("metadata") or {})
        raise ModelFileError(f"{path}: the model directory has no {MODEL_FILE}; re-save the model with "
                             "annotator.persistence.save_annotator() or `annotator train`")

    _check_sklearn_version(meta, meta_file if meta_file.exists() else model_file)
    payload = _load_skops(model_file, [trusted] if isinstance(trusted, str) else trusted or (), meta)
    if not isinstance(payload, dict) or "classifier" not in payload:
        raise ModelFileError(f"{model_file}: not an annotator model (expected a dict with a 'classifier' entry, "
                             f"found {type(payload).__name__})")
    threshold, use_rules = _settings(payload.get("threshold"), payload.get("use_rules", True), model_file)
    return ModelParts(payload["classifier"], threshold, use_rules, meta.get("metadata") or {})


def _settings(threshold: Any, use_rules: Any, where: Path) -> tuple[float | None, bool]:
    if threshold is not None and not (isinstance(threshold, (int, float)) and not isinstance(threshold, bool)
                                      and 0.0 <= float(threshold) <= 1.0):
        raise ModelFileError(f"{where}: threshold must be a number in [0, 1] or None, got {threshold!r}")
    if not isinstance(use_rules, bool):
        raise ModelFileError(f"{where}: use_rules must be true or false, got {use_rules!r}")
    return threshold, use_rules


def _load_scorer(scorer_file: Path, meta: dict[str, Any]) -> LinearScorer:
    size = scorer_file.stat().st_size
    if size > MAX_MODEL_BYTES:
        raise ModelFileError(f"{scorer_file}: {size:,} bytes is over the model size limit of {MAX_MODEL_BYTES:,}")
    data = scorer_file.read_bytes()
    expected = (meta.get("files") or {}).get(SCORER_FILE)
    if expected is not None and hashlib.sha256(data).hexdigest() != expected:
        raise ModelFileError(f"{scorer_file}: the file is not the one {META_FILE} was written with (its checksum "
                             "differs): it is corrupt or was replaced; re-save the model or retrain it")
    _check_zip(data, scorer_file, "scorer")
    try:
        return LinearScorer.from_bytes(data, str(scorer_file))
    except ScorerFileError as exc:
        raise ModelFileError(str(exc)) from None


def _locate(path: Path) -> tuple[Path, Path, Path]:
    """``(skops file, scorer file, meta file)`` for a model directory or one of its files."""
    if not path.exists():
        raise ModelFileError(
            f"no model at {path}: the path does not exist. Pass a model directory "
            f"(the shipped one is models/default, {DEFAULT_MODEL_DIR}) or a file saved by save_annotator(); "
            "train your own with `annotator train`, or use annotator.Annotator() for rules only"
        )
    if path.is_dir():
        files = path / MODEL_FILE, path / SCORER_FILE, path / META_FILE
        if not any(file.exists() for file in files):
            raise ModelFileError(f"{path}: not a model directory (it has none of {MODEL_FILE}, {SCORER_FILE}, "
                                 f"{META_FILE})")
        return files
    absent = path.parent / f".{path.name}.absent"  # a file name that does not exist
    if path.suffix == ".npz":
        return absent, path, path.parent / META_FILE
    return path, absent, path.parent / META_FILE


def _read_meta(meta_file: Path, model_file: Path) -> dict[str, Any]:
    if not meta_file.exists():
        warnings.warn(
            f"{model_file}: no {META_FILE} next to the model, so the versions it was saved with are unknown; "
            "if predictions look wrong, retrain with `annotator train`",
            ModelVersionWarning,
            stacklevel=3,
        )
        return {}
    try:
        if meta_file.stat().st_size > MAX_META_BYTES:
            raise ModelFileError(f"{meta_file}: {meta_file.stat().st_size:,} bytes is too big for model metadata")
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelFileError(f"{meta_file}: corrupt model metadata ({exc})") from None
    if not isinstance(meta, dict):
        raise ModelFileError(f"{meta_file}: corrupt model metadata (expected a JSON object)")
    if meta.get("format", FORMAT) != FORMAT:
        raise ModelFileError(f"{meta_file}: not an annotator model (format {meta.get('format')!r})")
    return meta


def _major(version: str) -> str:
    return str(version).split(".", 1)[0]


def _check_annotator_version(meta: dict[str, Any], where: Path) -> None:
    saved = meta.get("annotator_version")
    if saved is not None and _major(saved) != _major(__version__):
        raise ModelFileError(
            f"{where}: the model was saved by annotator {saved} and this is annotator {__version__}; "
            f"major versions differ, so the model cannot be used. Retrain it with `annotator train`, "
            f"or install annotator=={saved}"
        )


def _check_sklearn_version(meta: dict[str, Any], where: Path) -> None:
    import sklearn

    saved = meta.get("sklearn_version")
    if saved is None:
        return
    if _major(saved) != _major(sklearn.__version__):
        raise ModelFileError(
            f"{where}: the model was saved with scikit-learn {saved} and scikit-learn {sklearn.__version__} "
            f"is installed; major versions differ, so the model cannot be loaded. Retrain it with "
            f"`annotator train`, or install scikit-learn=={saved}"
        )
    if saved != sklearn.__version__:
        warnings.warn(
            f"{where}: the model was saved with scikit-learn {saved} but scikit-learn {sklearn.__version__} "
            f"is installed; predictions may differ. Retrain the model with `annotator train`, or "
            f"install scikit-learn=={saved}",
            ModelVersionWarning,
            stacklevel=4,
        )


def _load_skops(model_file: Path, trusted: Sequence[str | type], meta: dict[str, Any]) -> Any:
    import skops.io as sio

    size = model_file.stat().st_size
    if size > MAX_MODEL_BYTES:
        raise ModelFileError(f"{model_file}: {size:,} bytes is over the model size limit of {MAX_MODEL_BYTES:,}")
    data = model_file.read_bytes()  # read once: what is checked is what is loaded
    _check_zip(data, model_file, "skops model", member="schema.json")

    try:
        untrusted = sio.get_untrusted_types(data=data)
    except Exception as exc:  # skops raises whatever its parsers raise on a corrupt schema
        raise ModelFileError(f"{model_file}: corrupt skops model file ({type(exc).__name__}: {exc})") from None
    refused = _refused_types(untrusted, {_type_name(t) for t in trusted})
    if refused:
        raise ModelFileError(
            f"{model_file}: refusing to load a model that holds untrusted types: {', '.join(refused)}. "
            f"Only what skops trusts by default and the types annotator's own models hold are trusted "
            f"(annotator.persistence.ALLOWED_TYPES). If you trust this file and where it came from, "
            f"name them yourself: annotator.load(path, trusted={refused!r})"
        )
    try:
        return sio.loads(data, trusted=list(untrusted))
    except Exception as exc:
        versions = ""
        if meta.get("sklearn_version"):
            versions = f"; it was saved with scikit-learn {meta['sklearn_version']}, retrain it with `annotator train`"
        raise ModelFileError(
            f"{model_file}: cannot load the skops model file ({type(exc).__name__}: {exc}){versions}"
        ) from None


def _check_zip(data: bytes, path: Path, what: str, member: str | None = None) -> None:
    """Refuse ``data`` unless it is a whole zip (holding ``member``) that unpacks within the size limit."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        hint = " (it looks like a pickle file, which is never loaded)" if data[:1] == b"\x80" else ""
        raise ModelFileError(f"{path}: not a {what} file: the file is truncated or corrupt{hint}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if member is not None and member not in archive.namelist():
                raise ModelFileError(f"{path}: not a {what} file (a zip without {member})")
    except zipfile.BadZipFile as exc:
        raise ModelFileError(f"{path}: not a {what} file: the file is truncated or corrupt ({exc})") from None
    if unpacked > MAX_MODEL_BYTES:  # a bigger "model" is a zip bomb
        raise ModelFileError(f"{path}: unpacks to {unpacked:,} bytes, over the model size limit of "
                             f"{MAX_MODEL_BYTES:,}")


def _type_name(value: str | type) -> str:
    return _qualname(value) if isinstance(value, type) else str(value)


def _refused_types(untrusted: Sequence[str], user_trusted: set[str] | Sequence[str]) -> list[str]:
    """The names in ``untrusted`` (skops' list) that are neither in :data:`ALLOWED_TYPES` nor named by the caller.

    Names are compared as strings: nothing is imported to judge them.
    """
    return sorted(name for name in untrusted if name not in ALLOWED_TYPES and name not in user_trusted)
