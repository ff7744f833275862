"""The command line as a shell user meets it."""

import json
import subprocess
import sys

from conftest import SEED_TEXT


def test_closed_pipe_stops_quietly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text((SEED_TEXT.read_text(encoding="utf-8") + "\n") * 40, encoding="utf-8")
    command = [sys.executable, "-m", "annotator", "show", "--rules-only", "--color", "never", str(big)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first_line = process.stdout.readline()
    process.stdout.close()  # the reader goes away, as `| head -1` does
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert first_line.startswith(b"Bloomberg:")
    assert "Traceback" not in stderr and "Broken pipe" not in stderr


def test_version_and_unknown_command():
    ok = subprocess.run([sys.executable, "-m", "annotator", "--version"], capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.startswith("annotator ")
    bad = subprocess.run([sys.executable, "-m", "annotator", "frobnicate"], capture_output=True, text=True)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_every_command_says_what_to_do_when_the_model_cannot_load(tmp_path, capsys):
    from annotator.cli import main

    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x (y – Ed.)", "spans": []}\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("x (y – Ed.)", encoding="utf-8")
    not_a_model = tmp_path / "empty"
    not_a_model.mkdir()
    for argv in (["predict", str(article)], ["show", str(article)], ["evaluate", str(gold)]):
        assert main([*argv, "--model", str(not_a_model)]) == 2, argv
        err = capsys.readouterr().err
        assert f"annotator {argv[0]}: error: cannot load the model" in err
        assert "pass --model DIR or --rules-only" in err


def test_evaluate_reads_the_inline_markup_that_train_reads(tmp_path, capsys):
    from annotator.cli import main

    markup = tmp_path / "w.txt"
    markup.write_text("=== w-ru-001\nlang: ru\nsplit: train\nwriter: w\nsource: test\n\n"
                      "Партия «Заря Немана» [[gloss|(лит. Nemuno aušra)]] вошла в коалицию.\n"
                      "[[disclaimer|Перевод с литовского.]]\n", encoding="utf-8")
    assert main(["evaluate", str(markup), "--rules-only", "--json", "--republished", "yes"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["documents"] == 1 and scores["rows"]["overall"]["exact"]["recall"] == 1.0
    broken = tmp_path / "broken.txt"
    broken.write_text("=== x\nlang: ru\n\nТекст [[gloss|без конца\n", encoding="utf-8")
    assert main(["evaluate", str(broken)]) == 2
    assert "broken.txt" in capsys.readouterr().err
