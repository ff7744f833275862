"""Model files: round trip, and every way a model path can be wrong or hostile."""

import io
import json
import os
import pickle
import re
import sys
import warnings
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio
import sklearn
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer

import annotator
from annotator import Annotator, load
from annotator.paths import DEFAULT_MODEL_DIR
from annotator.persistence import (
    ALLOWED_TYPES,
    META_FILE,
    MODEL_FILE,
    ModelFileError,
    ModelParts,
    ModelVersionWarning,
    load_model,
    save_annotator,
    save_model,
)

TEXTS = ["прим. ред. sample", "the authors forget", "Pokrovsk (Krasnoarmeysk)", "ordinary text here",
         "Approx. InoSMI note", "plain sentence", "признан иноагентом", "nothing special"]
LABELS = [1, 1, 1, 0, 1, 0, 1, 0]


@pytest.fixture(scope="module")
def pipeline():
    model = make_pipeline(HashingVectorizer(n_features=2**10, alternate_sign=False), LogisticRegression())
    return model.fit(TEXTS, LABELS)


@pytest.fixture
def saved(tmp_path, pipeline):
    ann = Annotator(pipeline, threshold=0.4, use_rules=False,
                    metadata={"training_files": ["a.jsonl"], "f1": np.float64(0.75), "n": np.int64(3)})
    return save_annotator(ann, tmp_path / "model")


class NotTrusted:
    """A class the loader has no reason to trust."""

    def __init__(self, value=1):
        self.value = value


class Passthrough(TransformerMixin, BaseEstimator):
    """A pipeline step of a class no annotator model holds."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return X


SIDE_EFFECTS = []


def record_side_effect(what):
    SIDE_EFFECTS.append(what)


class Exploit:
    """Unpickling it calls a function: a stand-in for ``os.system``."""

    def __reduce__(self):
        return (record_side_effect, ("unpickled!",))


def _rewrite_schema(data: bytes, old: str, new: str) -> bytes:
    """Rename a type inside a skops file, as a hostile author could (``old``/``new``: "module.name")."""
    old_module, _, old_name = old.rpartition(".")
    new_module, _, new_name = new.rpartition(".")
    pattern = re.compile(rf'"__class__": "{re.escape(old_name)}",(\s*)"__module__": "{re.escape(old_module)}"')
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            content = src.read(item)
            if item.filename == "schema.json":
                text, count = pattern.subn(rf'"__class__": "{new_name}",\1"__module__": "{new_module}"',
                                           content.decode())
                assert count == 1
                content = text.encode()
            dst.writestr(item, content)
    return out.getvalue()


def _meta(directory: Path) -> dict:
    return json.loads((directory / META_FILE).read_text(encoding="utf-8"))


def _set_meta(directory: Path, **changes) -> None:
    meta = _meta(directory)
    meta.update(changes)
    (directory / META_FILE).write_text(json.dumps(meta), encoding="utf-8")


# ---------------------------------------------------------------------------
# round trip


def test_round_trip_keeps_classifier_settings_and_metadata(saved, pipeline):
    assert sorted(p.name for p in saved.iterdir()) == [META_FILE, MODEL_FILE]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # same versions: no warning at all
        loaded = load(saved)
    assert isinstance(loaded, Annotator)
    assert loaded.threshold == 0.4 and loaded.use_rules is False
    assert loaded.metadata == {"training_files": ["a.jsonl"], "f1": 0.75, "n": 3}
    probe = TEXTS + ["unseen words", "— Ред.", ""]
    assert (loaded.classifier.predict(probe) == pipeline.predict(probe)).all()
    assert np.array_equal(loaded.classifier.predict_proba(probe), pipeline.predict_proba(probe))


def test_meta_records_versions_and_time(saved):
    meta = _meta(saved)
    assert meta["annotator_version"] == annotator.__version__
    assert meta["sklearn_version"] == sklearn.__version__
    assert meta["skops_version"] and meta["python_version"].startswith(f"{sys.version_info[0]}.")
    assert meta["created"][:2] == "20" and meta["classifier"].endswith("Pipeline")


def test_the_skops_file_alone_loads_too(saved, pipeline):
    loaded = load(saved / MODEL_FILE)
    assert loaded.threshold == 0.4
    assert (loaded.classifier.predict(TEXTS) == pipeline.predict(TEXTS)).all()


def test_skops_file_without_meta_warns_that_versions_are_unknown(saved, tmp_path):
    lone = tmp_path / "elsewhere" / "lone.skops"
    lone.parent.mkdir()
    lone.write_bytes((saved / MODEL_FILE).read_bytes())
    with pytest.warns(ModelVersionWarning, match="versions it was saved with are unknown"):
        assert load(lone).threshold == 0.4


def test_rules_only_model_round_trips(tmp_path):
    directory = save_annotator(Annotator(), tmp_path / "rules")
    loaded = load(directory)
    assert loaded.classifier is None and loaded.use_rules is True
    # a directory that holds meta.json alone is a rules-only model as well
    (directory / MODEL_FILE).unlink()
    assert load(directory).classifier is None
    text = "Pokrovsk (Krasnoarmeysk) fell."
    assert loaded.predict(text) == Annotator().predict(text)


def test_files_are_not_private_to_the_writer(saved):
    mask = os.umask(0)
    os.umask(mask)
    assert (saved / MODEL_FILE).stat().st_mode & 0o777 == 0o666 & ~mask


def test_saving_over_a_model_replaces_it(saved, pipeline):
    save_annotator(Annotator(pipeline, threshold=0.9), saved)
    assert load(saved).threshold == 0.9
    assert not [p for p in saved.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_load_goes_through_the_public_entry_point(saved):
    assert annotator.load(saved).threshold == 0.4
    assert annotator.load(str(saved)).threshold == 0.4


# ---------------------------------------------------------------------------
# missing and corrupt files


def test_missing_path_says_where_models_come_from(tmp_path):
    with pytest.raises(ModelFileError, match="does not exist") as info:
        load(tmp_path / "nope")
    message = str(info.value)
    assert str(tmp_path / "nope") in message and "models/default" in message and "annotator train" in message


def test_empty_directory_is_not_a_model(tmp_path):
    with pytest.raises(ModelFileError, match="not a model directory"):
        load(tmp_path)


def test_model_file_error_is_a_value_error():
    assert issubclass(ModelFileError, ValueError)


def test_truncated_file_is_refused_with_its_path(saved):
    model = saved / MODEL_FILE
    data = model.read_bytes()
    model.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelFileError, match="truncated or corrupt") as info:
        load(saved)
    assert str(model) in str(info.value)


@pytest.mark.parametrize("size", [0, 1, 100, 10_000])
def test_random_bytes_are_refused(tmp_path, size):
    path = tmp_path / "random.skops"
    path.write_bytes(np.random.default_rng(size).integers(0, 256, size, dtype=np.uint8).tobytes())
    with pytest.warns(ModelVersionWarning):
        with pytest.raises(ModelFileError, match="not a skops model file"):
            load(path)


def test_corrupted_member_is_refused(saved):
    """Bytes flipped inside the archive: the zip opens, reading it fails."""
    model = saved / MODEL_FILE
    data = bytearray(model.read_bytes())
    start = data.index(b"{")  # inside schema.json (stored uncompressed)
    data[start : start + 40] = b"\x00" * 40
    model.write_bytes(bytes(data))
    with pytest.raises(ModelFileError, match=str(model).replace("\\", "\\\\")):
        load(saved)


def test_zip_that_is_not_a_skops_file(tmp_path):
    path = tmp_path / "model" / MODEL_FILE
    path.parent.mkdir()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a model")
    with pytest.warns(ModelVersionWarning):
        with pytest.raises(ModelFileError, match="a zip without schema.json"):
            load(path.parent)


def test_zip_with_a_bad_schema(tmp_path):
    path = tmp_path / "bad.skops"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("schema.json", '{"__class__": "dict", "content": ')
    with pytest.warns(ModelVersionWarning):
        with pytest.raises(ModelFileError, match="corrupt skops model file"):
            load(path)


def test_skops_file_of_something_else_is_refused(tmp_path):
    path = tmp_path / "list.skops"
    sio.dump([1, 2, 3], path)
    with pytest.warns(ModelVersionWarning):
        with pytest.raises(ModelFileError, match="not an annotator model"):
            load(path)


def test_corrupt_meta_json(saved):
    (saved / META_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelFileError, match="corrupt model metadata"):
        load(saved)


def test_meta_of_another_format(saved):
    _set_meta(saved, format="something-else")
    with pytest.raises(ModelFileError, match="not an annotator model"):
        load(saved)


def test_bad_threshold_in_the_file_is_refused(tmp_path, pipeline):
    path = tmp_path / "t.skops"
    sio.dump({"classifier": pipeline, "threshold": 7, "use_rules": True}, path)
    with pytest.warns(ModelVersionWarning):
        with pytest.raises(ModelFileError, match="threshold"):
            load(path)


def test_zip_bomb_is_refused_before_unpacking(tmp_path, monkeypatch):
    import annotator.persistence as persistence

    path = tmp_path / "bomb.skops"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("schema.json", "{}")
        archive.writestr("big.npy", b"\x00" * 2_000_000)
    monkeypatch.setattr(persistence, "MAX_MODEL_BYTES", 1_000_000)
    assert path.stat().st_size < 1_000_000
    with pytest.warns(ModelVersionWarning):
        with pytest.raises(ModelFileError, match="over the model size limit"):
            load(path)


# ---------------------------------------------------------------------------
# trust


def test_pickle_renamed_skops_is_never_unpickled(tmp_path):
    SIDE_EFFECTS.clear()
    payload = pickle.dumps({"classifier": Exploit()})
    pickle.loads(payload)
    assert SIDE_EFFECTS == ["unpickled!"]  # the file really is an exploit
    SIDE_EFFECTS.clear()
    directory = tmp_path / "model"
    directory.mkdir()
    (directory / MODEL_FILE).write_bytes(payload)
    with pytest.warns(ModelVersionWarning):
        with pytest.raises(ModelFileError, match="pickle file, which is never loaded"):
            load(directory)
    assert SIDE_EFFECTS == []


def _with_function(path: Path, name: str) -> Path:
    """A model file whose schema names the function ``name`` ("module.function"), as a hostile author could write."""
    sio.dump({"classifier": FunctionTransformer(len), "threshold": None, "use_rules": True}, path)
    path.write_bytes(_rewrite_schema(path.read_bytes(), "builtins.len", name))
    assert sio.get_untrusted_types(file=path) == [name]
    return path


def test_the_allow_list_is_exactly_what_the_shipped_model_holds_beyond_skops_defaults():
    shipped = DEFAULT_MODEL_DIR / MODEL_FILE
    if not shipped.exists():
        pytest.skip("the shipped model is not built")
    assert sorted(sio.get_untrusted_types(file=shipped)) == sorted(ALLOWED_TYPES)


def test_the_shipped_estimator_loads_without_trusted():
    if not (DEFAULT_MODEL_DIR / MODEL_FILE).exists():
        pytest.skip("the shipped model is not built")
    from annotator.model import CandidateClassifier

    loaded = load(DEFAULT_MODEL_DIR, estimator=True)
    assert isinstance(loaded.classifier, CandidateClassifier) and loaded.use_rules is True


def test_untrusted_type_is_refused_and_named_then_accepted_when_trusted(tmp_path, pipeline):
    directory = save_annotator(Annotator(pipeline), tmp_path / "model")
    sio.dump({"classifier": pipeline, "threshold": None, "use_rules": True, "extra": NotTrusted(5)},
             directory / MODEL_FILE)
    name = f"{__name__}.NotTrusted"
    assert sio.get_untrusted_types(file=directory / MODEL_FILE) == [name]
    with pytest.raises(ModelFileError, match="untrusted types") as info:
        load(directory)
    message = str(info.value)
    assert name in message and f"annotator.load(path, trusted={[name]!r})" in message
    loaded = load(directory, trusted=[name])
    assert (loaded.classifier.predict(TEXTS) == pipeline.predict(TEXTS)).all()
    assert load(directory, trusted=[NotTrusted]).classifier is not None  # a type object works too
    assert load(directory, trusted=name).classifier is not None  # and so does one name alone


def test_an_extra_estimator_in_the_pipeline_is_refused_until_named(tmp_path):
    """A pipeline with one more step than annotator's models hold, of a class outside the list."""
    model = make_pipeline(HashingVectorizer(n_features=2**8), Passthrough(), LogisticRegression()).fit(TEXTS, LABELS)
    path = tmp_path / "extra.skops"
    sio.dump({"classifier": model, "threshold": None, "use_rules": True}, path)
    name = f"{__name__}.Passthrough"
    with pytest.warns(ModelVersionWarning):
        with pytest.raises(ModelFileError, match=rf"untrusted types: {re.escape(name)}\. ") as info:
            load(path)
    assert f"trusted={[name]!r}" in str(info.value)
    with pytest.warns(ModelVersionWarning):
        loaded = load(path, trusted=[name])
    assert (loaded.classifier.predict(TEXTS) == model.predict(TEXTS)).all()


def test_a_numpy_function_outside_the_list_is_refused_until_named(tmp_path):
    """Library functions are not trusted for being library functions: ``numpy.clip`` must be named."""
    model = make_pipeline(FunctionTransformer(np.sqrt), FunctionTransformer(np.clip, kw_args={"a_min": 0, "a_max": 1}),
                          LogisticRegression()).fit([[1.0], [4.0], [0.0], [9.0]], [1, 1, 0, 1])
    with pytest.warns(UserWarning, match="numpy.clip"):
        path = save_annotator(Annotator(model), tmp_path / "m")
    with pytest.raises(ModelFileError, match=r"untrusted types: numpy\.clip\."):
        load(path)
    assert load(path, trusted=["numpy.clip"]).classifier.predict([[4.0]]).tolist() == [1]


def test_stdlib_type_skops_does_not_trust_is_refused(tmp_path, pipeline):
    path = tmp_path / "counter.skops"
    sio.dump({"classifier": pipeline, "threshold": None, "use_rules": True, "counts": Counter("ab")}, path)
    with pytest.warns(ModelVersionWarning):
        with pytest.raises(ModelFileError, match="collections.Counter"):
            load(path)
    with pytest.warns(ModelVersionWarning):
        assert load(path, trusted=["collections.Counter"]).classifier is not None


@pytest.mark.parametrize("name", ["os.system", "builtins.eval", "subprocess.Popen", "builtins.exec",
                                  "sklearn.datasets._base.urlretrieve", "numpy.load", "annotator.api.load",
                                  "annotator.__main__.main"])
def test_code_running_names_are_refused_even_when_the_caller_trusts_other_types(tmp_path, monkeypatch, name):
    path = _with_function(tmp_path / "f.skops", name)
    built = []
    monkeypatch.setattr(sio, "loads", lambda *args, **kwargs: built.append(args))
    main_imported = "annotator.__main__" in sys.modules
    for trusted in (None, ["collections.Counter", *ALLOWED_TYPES]):
        with pytest.warns(ModelVersionWarning):
            with pytest.raises(ModelFileError, match=rf"untrusted types: {re.escape(name)}\."):
                load(path, trusted=trusted)
    assert built == []  # refused before skops builds anything
    assert ("annotator.__main__" in sys.modules) == main_imported


@pytest.mark.parametrize("module, function", [("colorsys", "rgb_to_hsv"),
                                              ("sklearn.utils._show_versions", "show_versions")])
def test_no_module_named_in_the_file_is_imported_to_judge_it(tmp_path, monkeypatch, module, function):
    path = _with_function(tmp_path / "f.skops", f"{module}.{function}")
    monkeypatch.delitem(sys.modules, module, raising=False)  # restored after the test
    with pytest.warns(ModelVersionWarning):
        with pytest.raises(ModelFileError, match=re.escape(f"{module}.{function}")):
            load(path)
    assert module not in sys.modules
    if module == "colorsys":  # named by the caller, it loads: and only then is it imported
        with pytest.warns(ModelVersionWarning):
            loaded = load(path, trusted=[f"{module}.{function}"])
        assert loaded.classifier.func is sys.modules[module].rgb_to_hsv


def test_load_model_gives_the_parts_and_knows_no_annotator(saved, pipeline):
    parts = load_model(saved)
    assert isinstance(parts, ModelParts) and not isinstance(parts, Annotator)
    assert (parts.threshold, parts.use_rules, parts.metadata["n"]) == (0.4, False, 3)
    with pytest.raises(AttributeError):
        parts.threshold = 0.5  # frozen
    again = save_model(saved.parent / "again", parts.classifier, parts.threshold, parts.use_rules, parts.metadata)
    assert load_model(again).metadata == parts.metadata
    assert (load_model(again).classifier.predict(TEXTS) == pipeline.predict(TEXTS)).all()


# ---------------------------------------------------------------------------
# versions


def test_other_scikit_learn_version_warns_with_what_to_do(saved):
    major = sklearn.__version__.split(".")[0]
    _set_meta(saved, sklearn_version=f"{major}.0.0")
    with pytest.warns(ModelVersionWarning, match=rf"scikit-learn {major}\.0\.0") as record:
        loaded = load(saved)
    message = str(record[0].message)
    assert sklearn.__version__ in message and "annotator train" in message and f"scikit-learn=={major}.0.0" in message
    assert loaded.threshold == 0.4


def test_other_scikit_learn_major_version_is_refused(saved):
    _set_meta(saved, sklearn_version="99.0.0")
    with pytest.raises(ModelFileError, match="major versions differ") as info:
        load(saved)
    assert "scikit-learn 99.0.0" in str(info.value) and "annotator train" in str(info.value)


def test_other_annotator_major_version_is_refused(saved):
    _set_meta(saved, annotator_version="99.1.0")
    with pytest.raises(ModelFileError, match="annotator 99.1.0"):
        load(saved)


def test_other_annotator_minor_version_loads(saved):
    major = annotator.__version__.split(".")[0]
    _set_meta(saved, annotator_version=f"{major}.99.0")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load(saved).threshold == 0.4


def test_save_refuses_a_file_path(tmp_path, pipeline):
    with pytest.raises(ModelFileError, match="directory"):
        save_annotator(Annotator(pipeline), tmp_path / "model.skops")


def test_save_warns_when_the_model_will_need_trusted(tmp_path):
    ann = Annotator(NotTrusted())
    with pytest.warns(UserWarning, match="NotTrusted"):
        save_annotator(ann, tmp_path / "m")


def test_annotator_save_and_the_exported_names(tmp_path, pipeline):
    directory = Annotator(pipeline, threshold=0.3).save(tmp_path / "m")
    assert load(directory).threshold == 0.3
    assert annotator.ModelFileError is ModelFileError and annotator.ModelVersionWarning is ModelVersionWarning


def test_the_default_model_is_found_beside_the_package_or_where_a_wheel_installs_it(tmp_path):
    from annotator.paths import default_model_dir as _default_model_dir

    package, data = tmp_path / "src" / "annotator", tmp_path / "prefix"
    package.mkdir(parents=True)
    beside = tmp_path / "src" / "models" / "default"
    installed = data / "share" / "annotator" / "models" / "default"
    assert _default_model_dir(package, data) == beside  # neither: the error message names the checkout path
    installed.mkdir(parents=True)
    assert _default_model_dir(package, data) == installed
    beside.mkdir(parents=True)
    assert _default_model_dir(package, data) == beside
