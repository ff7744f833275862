"""The trainable part: the estimator's conventions, thresholds and the short predict path."""

from pathlib import Path

import numpy as np
import pytest

from annotator import Annotator
from annotator.model import NONE, CandidateClassifier, best_thresholds
from annotator.training import candidate_rows, train

LEAD = "Kiev's allies abandoned the winning scenarios, Harbour Chronicle says. Brussels is now cautious."  # no rule verb, no known outlet


def article(index, with_lead):
    second = LEAD if with_lead else f"Ministers met in Brussels on day {index} and talked about supplies."
    # the last line names a republisher (the republication prior): the model may propose the lead
    text = (f"Harbour Chronicle: Europe is thinking about a ceasefire {index}\n{second}\nIan Marlow\n"
            f"Ukraine's allies have shifted their attention (and an obstacle for NATO) to talks {index}.\n"
            f"The town of Pokrovsk (Krasnoarmeysk) is a hub. Officials said so on day {index}.\n"
            "Read InoSMI on Telegram.")
    start = text.index(second)
    spans = [{"start": start, "end": start + len(second), "kind": "lead"}] if with_lead else []
    return {"id": f"a{index}", "lang": "en", "text": text, "spans": spans, "source": "test"}


@pytest.fixture(scope="module")
def records():
    return [article(i, with_lead=i % 2 == 0) for i in range(24)]


@pytest.fixture(scope="module")
def fitted(records):
    return train(records, CandidateClassifier(cv=2))


def test_best_thresholds_pick_the_f1_optimum():
    classes = np.array(["lead", NONE], dtype=object)
    y = np.array(["lead", "lead", NONE, NONE, "lead"], dtype=object)
    proba = np.array([[0.9, 0.1], [0.3, 0.7], [0.35, 0.65], [0.1, 0.9], [0.2, 0.8]])
    # lead scores sorted: 0.9(+) 0.35(-) 0.3(+) 0.2(+) 0.1(-); F1 at each cut with 3 gold:
    # 0.9: 2*1/(1+3)=0.5; 0.35: 2*1/5=0.4; 0.3: 2*2/6=0.667; 0.2: 2*3/7=0.857; 0.1: 2*3/8=0.75
    thresholds = best_thresholds(proba, y, classes, floor=0.05)
    assert thresholds[0] == pytest.approx(0.2)
    assert best_thresholds(proba, y, classes, floor=0.25)[0] == pytest.approx(0.25)


def test_precise_kinds_trade_recall_for_precision():
    classes = np.array(["aside", NONE], dtype=object)
    y = np.array(["aside", NONE, "aside", "aside", NONE, NONE], dtype=object)
    proba = np.array([[0.9, 0.1], [0.8, 0.2], [0.7, 0.3], [0.6, 0.4], [0.5, 0.5], [0.4, 0.6]])
    # cuts: 0.9 P=1 R=1/3; 0.8 P=.5; 0.7 P=.67 R=.67; 0.6 P=.75 R=1 (F1 .857, F0.5 .79); 0.5 P=.6 ...
    assert best_thresholds(proba, y, classes, floor=0.05)[0] == pytest.approx(0.6)
    # F0.5: 0.9 -> 1.25/(1+.75)=.714, 0.6 -> 1.25*3/(4+.75)=.789: still 0.6; a stricter beta picks 0.9
    assert best_thresholds(proba, y, classes, floor=0.05, beta=0.2, precise_kinds=("aside",))[0] == pytest.approx(0.9)
    assert best_thresholds(proba, y, classes, floor=0.05, beta=0.2)[0] == pytest.approx(0.6)  # not a precise kind
    # the lowest threshold whose precision reaches 0.7: 0.6 (0.75); reaching 0.8: only 0.9
    assert best_thresholds(proba, y, classes, 0.05, min_precision=0.7, precise_kinds=("aside",))[0] == pytest.approx(0.6)
    assert best_thresholds(proba, y, classes, 0.05, min_precision=0.8, precise_kinds=("aside",))[0] == pytest.approx(0.9)


def test_grouped_folds_keep_every_group_on_one_side(records):
    rows, labels, weights, _ = candidate_rows(records)
    row_groups: list[str] = []
    candidate_rows([{**r, "writer": str(i % 4)} for i, r in enumerate(records)], row_groups)
    assert len(row_groups) == len(rows) and set(row_groups) == {f"writer:{i}" for i in range(4)}
    model = CandidateClassifier(cv=2).fit(rows, labels, sample_weight=weights, groups=row_groups)
    assert set(model.held_out_scores_) == set(model.classes_) - {NONE}
    assert all(0 <= p <= 1 and 0 <= r <= 1 and n > 0 for p, r, n in model.held_out_scores_.values())
    with pytest.raises(ValueError, match="groups"):
        CandidateClassifier(cv=2).fit(rows, labels, groups=row_groups[:-1])
    with pytest.raises(ValueError, match="at least cv=5 groups"):
        CandidateClassifier(cv=5).fit(rows, labels, groups=["one"] * len(rows))


def test_record_groups_are_writers_or_corpus_shards():
    from annotator.training import record_group

    assert record_group({"id": "w01-ru-001", "writer": "w01"}) == "writer:w01"
    assert record_group({"id": "rt-3-0012"}) == record_group({"id": "rt-3-0012-stripped"}) == "rt-3"
    assert record_group({"id": "synth-rt-6-0000"}) == "synth-rt-6"
    assert record_group({"id": "nerel-train-003"}) == "nerel-train"
    assert record_group({"id": "ng-0-0001"}) != record_group({"id": "ng-1-0001"})


def test_training_reads_markup_files_with_their_hard_negatives(tmp_path):
    from annotator.training import hand_written, read_training

    markup = ("=== m1\nlang: en\nsplit: train\nwriter: w99\nsource: written for annotator\n\n"
              "Kyiv [[gloss|(Kiev)]] and the author's own [[original|(CBO)]] office.\n")
    (tmp_path / "w99.txt").write_text(markup, encoding="utf-8")
    (record,) = read_training([tmp_path / "w99.txt"], ["train"])
    assert record["text"] == "Kyiv (Kiev) and the author's own (CBO) office." and hand_written(record)
    assert read_training([tmp_path / "w99.txt"], ["dev"]) == []
    rows = candidate_rows([record])
    negative = record["negatives"][0]
    brackets = [label for row, label in zip(rows.rows, rows.labels) if "(CBO)" in str(row)]
    assert negative["end"] - negative["start"] == len("(CBO)") and brackets and set(brackets) == {NONE}


def test_fit_follows_scikit_learn_conventions(fitted):
    model = fitted.classifier
    assert set(model.classes_) == {"lead", NONE}
    assert model.thresholds_.shape == (2,)
    assert model.get_params()["cv"] == 2
    assert not hasattr(CandidateClassifier(), "classes_")


def test_short_predict_path_equals_the_pipeline(fitted, records):
    rows = candidate_rows(records).rows
    model = fitted.classifier
    from annotator.model import _as_array

    X = _as_array(rows)
    np.testing.assert_allclose(model.predict_proba(X), model.pipeline_.predict_proba(X), rtol=0, atol=1e-12)


def test_training_is_deterministic(records, fitted):
    again = train(records, CandidateClassifier(cv=2))
    rows = candidate_rows(records).rows
    np.testing.assert_array_equal(again.classifier.predict_proba(rows), fitted.classifier.predict_proba(rows))


def test_trained_model_finds_the_lead_and_keeps_rule_spans(fitted):
    record = article(100, with_lead=True)
    result = fitted.predict(record["text"])
    kinds = {(record["text"][s.start:s.end], s.kind, s.source) for s in result.spans}
    assert (LEAD, "lead", "model") in kinds
    assert ("(Krasnoarmeysk)", "gloss", "rule") in kinds
    assert all(s.kind != "lead" for s in fitted.predict(article(101, with_lead=False)["text"]).spans)


def test_rare_classes_are_dropped_not_fatal(records):
    rows, labels, weights, _ = candidate_rows(records)
    labels = list(labels)
    labels[0] = "aside"  # a single example cannot be calibrated over folds
    with pytest.warns(UserWarning, match="aside has 1 example; each kind needs at least 4"):
        model = CandidateClassifier(cv=2).fit(rows, labels, sample_weight=weights)
    assert model.dropped_classes_ == ["aside"]
    assert "aside" not in set(model.classes_)


def test_train_refuses_data_without_spans():
    with pytest.raises(ValueError, match="at least one editorial span"):
        train([{"id": "x", "lang": "en", "text": "Plain text (nothing added).", "spans": []}])


def test_save_and_load_round_trip(fitted, tmp_path):
    import annotator

    path = fitted.save(tmp_path / "model")
    loaded = annotator.load(path)
    text = article(7, with_lead=True)["text"]
    assert loaded.predict(text) == fitted.predict(text)
    assert isinstance(loaded, Annotator)


def test_train_command_writes_a_loadable_model(records, tmp_path):
    import json

    import annotator
    from annotator.cli import main

    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps({**r, "split": "train"}) + "\n" for r in records), encoding="utf-8")
    assert main(["train", str(data), "--out", str(tmp_path / "model"), "--jobs", "1"]) == 0
    model = annotator.load(tmp_path / "model")
    text = article(3, with_lead=True)["text"]
    assert any(s.kind == "lead" for s in model.predict(text).spans)


def test_train_command_names_a_bad_line(tmp_path, capsys):
    from annotator.cli import main

    data = tmp_path / "bad.jsonl"
    data.write_text('{"id": "a", "text": "x", "spans": []}\n{not json\n', encoding="utf-8")
    assert main(["train", str(data), "--out", str(tmp_path / "model")]) == 2
    assert f"{data}:2: not valid JSON" in capsys.readouterr().err


def test_thresholds_can_be_chosen_on_some_rows_only(records, fitted):
    rows, labels, weights, _ = candidate_rows(records)
    everywhere = fitted.classifier.thresholds_
    # every row, or a kind with too few examples among the chosen rows: the all-rows thresholds
    same = CandidateClassifier(cv=2).fit(rows, labels, sample_weight=weights, threshold_rows=[True] * len(rows))
    np.testing.assert_array_equal(same.thresholds_, everywhere)
    half = [i % 2 == 0 for i in range(len(rows))]
    strict = CandidateClassifier(cv=2, min_threshold_examples=10**6).fit(rows, labels, sample_weight=weights,
                                                                          threshold_rows=half)
    np.testing.assert_array_equal(strict.thresholds_, everywhere)
    # only rows the model scores low on "lead": the lead threshold follows them down
    lead = list(fitted.classifier.classes_).index("lead")
    proba = fitted.classifier.predict_proba(rows)[:, lead]
    low = [label != "lead" or p < np.median(proba[np.array(labels) == "lead"]) for label, p in zip(labels, proba)]
    tuned = CandidateClassifier(cv=2, min_threshold_examples=1).fit(rows, labels, sample_weight=weights,
                                                                     threshold_rows=low)
    assert tuned.thresholds_[lead] <= everywhere[lead]
    with pytest.raises(ValueError, match="one entry per row"):
        CandidateClassifier(cv=2).fit(rows, labels, threshold_rows=[True])


def test_training_rows_are_the_candidates_prediction_leaves_open():
    text = ("Bloomberg (USA): Europe waits\nEurope is waiting for Washington, Bloomberg reports.\nIan Marlow\n"
            "Prices rose (as if anyone had expected otherwise) again.\nMore text here.")
    lead = text.split("\n")[1]
    aside = text.index("(as if")
    record = {"id": "f", "lang": "en", "text": text, "spans": [
        {"start": text.index(lead), "end": text.index(lead) + len(lead), "kind": "lead"},
        {"start": aside, "end": text.index(")", aside) + 1, "kind": "aside"}]}
    labels = candidate_rows([record]).labels
    found = {(s.kind, s.source) for s in Annotator().predict(text).spans}  # the rules take both at prediction
    assert found == {("lead", "rule"), ("aside", "rule")}
    assert "lead" not in labels and "aside" not in labels  # so the model never learns them as its own
    record["text"] = text.replace("(as if anyone", "(nobody").replace("Bloomberg reports", "says a source")
    record["spans"] = []
    assert len(candidate_rows([record]).labels) > len(labels)  # rows the rules no longer take


def test_training_records_the_digest_of_its_rows(records):
    from annotator.training import rows_digest

    annotator = train(records, CandidateClassifier(cv=2))
    assert annotator.metadata["training_rows_sha256"] == rows_digest(candidate_rows(records))
    moved = [dict(r) for r in records]
    moved[0]["text"] = moved[0]["text"].replace("day 0", "day 00")
    assert rows_digest(candidate_rows(moved)) != annotator.metadata["training_rows_sha256"]


def _shipped_metadata():
    import json

    from annotator.api import DEFAULT_MODEL_DIR

    return json.loads((DEFAULT_MODEL_DIR / "meta.json").read_text(encoding="utf-8"))["metadata"]


def _shipped_training_files():
    # the files `make model` passes to `annotator train`, where `make data` builds them
    data = Path(__file__).resolve().parent.parent / "data"
    return [data / name for name in _shipped_metadata()["training_files"]]


@pytest.mark.skipif(not all(path.exists() for path in _shipped_training_files()),
                    reason="training data not built (make data)")
def test_the_shipped_model_was_trained_on_exactly_the_rows_the_code_builds_today():
    # its thresholds swing when a few training rows move: a rule or feature change that moves
    # one must come with a retrained, re-evaluated model (see the model card)
    from annotator.training import read_jsonl, rows_digest

    shipped = _shipped_metadata()
    records = read_jsonl(_shipped_training_files(), shipped["splits"])
    assert rows_digest(candidate_rows(records)) == shipped["training_rows_sha256"]


def test_too_few_examples_name_the_kind_and_the_minimum(records):
    rows, labels, weights, _ = candidate_rows(records)
    labels = [NONE] * len(labels)
    labels[0] = labels[1] = labels[2] = "gloss"  # 3 >= 3 folds, but calibration inside the folds needs 5
    labels[3:20] = ["lead"] * 17
    with pytest.warns(UserWarning, match=r"gloss has 3 examples; each kind needs at least 5 \(for 3-fold"):
        model = CandidateClassifier(cv=3).fit(rows, labels, sample_weight=weights)
    assert model.dropped_classes_ == ["gloss"] and set(model.classes_) == {NONE, "lead"}
    labels[3:20] = [NONE] * 17
    with pytest.raises(ValueError, match=r"too few examples to train: gloss has 3 examples, none has \d+ examples; "
                                         r"each kind needs at least 5"):
        CandidateClassifier(cv=3).fit(rows, labels)


def _write(path, records, **extra):
    import json

    path.write_text("".join(json.dumps({**r, **extra}) + "\n" for r in records), encoding="utf-8")
    return path


def test_train_command_uses_records_without_a_split(records, tmp_path, capsys):
    from annotator.cli import main

    data = _write(tmp_path / "nosplit.jsonl", records)
    assert main(["train", str(data), "--out", str(tmp_path / "model"), "--jobs", "1"]) == 0
    assert f"trained on {len(records)} records" in capsys.readouterr().err
    assert main(["train", str(data), "--split", "train", "--out", str(tmp_path / "m2")]) == 2
    assert "no records with split train in" in capsys.readouterr().err


def test_train_command_without_files_says_what_to_pass(tmp_path, capsys):
    from annotator.cli import main

    assert main(["train", "--out", str(tmp_path / "model")]) == 2
    err = capsys.readouterr().err
    assert "pass guide-format JSONL files" in err and "annotator train mine.jsonl --out models/mine" in err
    assert "site-packages" not in err and "python -m" not in err and str(tmp_path) not in err


def test_repeated_held_out_draws_pool_into_one_threshold_choice(records, monkeypatch):
    import annotator.model as model_module

    rows, labels, weights, _ = candidate_rows(records)
    seen = []
    real = model_module.best_thresholds
    monkeypatch.setattr(model_module, "best_thresholds", lambda proba, y, *a, **k: seen.append(len(y)) or real(proba, y, *a, **k))
    one = CandidateClassifier(cv=2).fit(rows, labels, sample_weight=weights)
    three = CandidateClassifier(cv=2, n_repeats=3).fit(rows, labels, sample_weight=weights)
    assert seen == [len(rows), 3 * len(rows)]  # every row once per draw of the folds
    # the same fitted pipeline (the folds only choose thresholds); examples are counted once
    np.testing.assert_array_equal(one.predict_proba(rows), three.predict_proba(rows))
    assert {k: n for k, (_, _, n) in three.held_out_scores_.items()} == {k: n for k, (_, _, n) in one.held_out_scores_.items()}
    assert three.get_params()["n_repeats"] == 3
    with pytest.raises(ValueError, match="n_repeats must be at least 1"):
        CandidateClassifier(cv=2, n_repeats=0).fit(rows, labels)


def test_train_command_refuses_fewer_than_one_repeat_before_any_work(tmp_path, capsys):
    from annotator.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["train", str(tmp_path / "missing.jsonl"), "--repeats", "0", "--out", str(tmp_path / "m")])
    assert stop.value.code == 2 and "--repeats: must be at least 1, got 0" in capsys.readouterr().err


def test_keyed_folds_are_a_fixed_hash_of_the_record():
    from annotator.model import keyed_folds

    keys = np.array(["a1", "a2", "a1", "a3", "a2"], dtype=object)
    folds = keyed_folds(keys, 3)
    assert folds[0] == folds[2] and folds[1] == folds[4]  # a record's rows share a fold
    assert set(folds) <= {0, 1, 2}
    # a record dropped, or another added, moves no other record's fold
    assert list(keyed_folds(np.array(["a2", "a3"], dtype=object), 3)) == [folds[1], folds[3]]
    assert list(keyed_folds(np.array(["new", "a1", "a3"], dtype=object), 3))[1:] == [folds[0], folds[3]]
    many = keyed_folds(np.array([f"r{i}" for i in range(300)], dtype=object), 3)
    assert min(np.bincount(many)) > 70  # and the hash spreads records evenly
    # each repeat is another fixed draw: over many records some change fold, and a repeat is reproducible
    again = keyed_folds(np.array([f"r{i}" for i in range(300)], dtype=object), 3, repeat=1)
    assert (again != many).any() and (again == keyed_folds(np.array([f"r{i}" for i in range(300)], dtype=object), 3, 1)).all()


def test_keyed_folds_do_not_depend_on_the_seed_or_on_another_record(records):
    rows, labels, weights, _ = candidate_rows(records)
    keys: list[str] = []
    candidate_rows(records, keys=keys)
    assert len(keys) == len(rows) and set(keys) == {r["id"] for r in records}
    fits = [CandidateClassifier(cv=2, folds="keyed", random_state=seed).fit(rows, labels, sample_weight=weights, keys=keys)
            for seed in (0, 7)]
    np.testing.assert_array_equal(fits[0].thresholds_, fits[1].thresholds_)
    shuffled = [CandidateClassifier(cv=2, random_state=seed).fit(rows, labels, sample_weight=weights) for seed in (0, 7)]
    assert shuffled[0].get_params()["folds"] == "shuffled"
    with pytest.raises(ValueError, match="keyed folds need keys"):
        CandidateClassifier(cv=2, folds="keyed").fit(rows, labels)
    with pytest.raises(ValueError, match="folds must be 'shuffled' or 'keyed'"):
        CandidateClassifier(cv=2, folds="random").fit(rows, labels, keys=keys)
    with pytest.raises(ValueError, match="keys need one entry per row"):
        CandidateClassifier(cv=2, folds="keyed").fit(rows, labels, keys=keys[:-1])


def test_a_stripped_copy_is_keyed_as_its_original():
    from annotator.training import record_key

    assert record_key({"id": "rt-3-0012-stripped"}) == record_key({"id": "rt-3-0012"}) == "rt-3-0012"


def test_train_command_takes_keyed_folds(records, tmp_path):
    from annotator.cli import main
    from annotator.api import load

    data = tmp_path / "train.jsonl"
    _write(data, records)
    assert main(["train", str(data), "--folds", "keyed", "--out", str(tmp_path / "m")]) == 0
    assert load(tmp_path / "m").predict(records[0]["text"]).spans
