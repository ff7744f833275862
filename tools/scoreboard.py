"""The model card's table: every held-out set, rules only next to the model.

    python tools/scoreboard.py [--model DIR] [--update FILE ...]

A repository tool (not part of the installed package): ``make evaluate`` runs it.
Prints one Markdown table (the same table every run on the same commit) and,
with ``--update``, rewrites the block between ``<!-- scores:start -->`` and
``<!-- scores:end -->`` in each named file, so the README and the model card
carry exactly what this command printed.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from annotator.api import Annotator, load, load_encoder
from annotator.candidates import bracket_groups
from annotator.evaluation import EvaluationResult, evaluate
from annotator.markup import read_markups
from annotator.training import read_jsonl

REPO = Path(__file__).resolve().parent.parent  # tools/ sits in the repository root
DATA = REPO / "data"
HANDWRITTEN = REPO / "datasets" / "handwritten"  # one markup file per split
SEED_TEXT = REPO / "seeds" / "000_537cde15b9f0378c.txt"
SEED_GOLD = REPO / "seeds" / "seed_gold.jsonl"
FORMS = REPO / "datasets" / "forms" / "forms.txt"  # test passages of docs/FORMS.md
START, END = "<!-- scores:start -->", "<!-- scores:end -->"


@dataclass(frozen=True)
class HeldOut:
    name: str
    about: str
    records: Callable[[], list[dict[str, Any]]]
    republished: bool | None = None  # the prior decided for every text (annotator evaluate --republished)


def _file(path: Path, split: str | None = None) -> Callable[[], list[dict[str, Any]]]:
    def records() -> list[dict[str, Any]]:
        return list(read_jsonl([path], [split] if split else None))
    return records


def _handwritten(split: str) -> Callable[[], list[dict[str, Any]]]:
    def records() -> list[dict[str, Any]]:
        return read_markups(sorted(HANDWRITTEN.glob("*.txt")), [split])
    return records


def _forms() -> list[dict[str, Any]]:
    return read_markups([FORMS])


def _rusentrel_gold() -> list[dict[str, Any]]:
    """The hand-made RuSentRel gold (stand-off, rebuilt from ../shared/corpora); missing without the corpora."""
    try:
        from tools import rusentrel
    except ImportError:  # run as a script: tools/ itself is on the path
        import rusentrel  # type: ignore[no-redef]

    if not rusentrel.CORPORA.is_dir():
        raise FileNotFoundError(rusentrel.CORPORA)
    return rusentrel.load_gold(rusentrel.CORPORA)


def _seed() -> list[dict[str, Any]]:
    record = json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])
    record["text"] = SEED_TEXT.read_text(encoding="utf-8")
    return [record]


HELD_OUT: tuple[HeldOut, ...] = (
    HeldOut("seed", "the seed article (English MT of InoSMI)", _seed),
    HeldOut("devset test", "hand-written test split, 8 languages, never trained on", _handwritten("test")),
    HeldOut("devset blind", "hand-written en/ru articles added after the model was trained, never trained "
            "or tuned on", _handwritten("blind")),
    HeldOut("devset blind2", "a second blind en/ru split, written after the model trained on the extra "
            "hand-written articles was frozen", _handwritten("blind2")),
    HeldOut("devset blind3", "a third blind en/ru split (16 articles, 18 asides), written after the shipped "
            "model was trained and before the form rules", _handwritten("blind3")),
    HeldOut("devset blind4", "a fourth blind en/ru split (16 articles), written by a writer who never ran the "
            "model nor read its rules, scored once at b613371", _handwritten("blind4")),
    HeldOut("devset blind5", "a fifth blind en/ru split (16 articles), written like blind4 while the last rules "
            "were added, scored once with them", _handwritten("blind5")),
    HeldOut("devset blind6", "a sixth blind en/ru split (16 articles) by a writer who never read the repository, "
            "scored once at f8f5aac", _handwritten("blind6")),
    HeldOut("devset blind7", "a seventh blind en/ru split (16 articles), written like blind6, scored once at "
            "f8f5aac", _handwritten("blind7")),
    HeldOut("devset blind8", "an eighth blind en/ru split (16 articles) by a writer who never read the repository, "
            "rich in asides and glosses in the writer's own words, scored once at 81782e9", _handwritten("blind8")),
    HeldOut("devset blind9", "a ninth blind ru/en split (16 articles), written like blind8 by another writer, "
            "scored once at 81782e9", _handwritten("blind9")),
    HeldOut("RT test", "RT shard 7, silver spans", _file(DATA / "rt_test.jsonl")),
    HeldOut("RT test, stripped", "RT shard 7, markers removed from notes", _file(DATA / "rt_test_stripped.jsonl")),
    HeldOut("NG", "Nezavisimaya Gazeta, never trained on", _file(DATA / "ng_test.jsonl")),
    HeldOut("NG, stripped", "NG notes with markers removed", _file(DATA / "ng_test_stripped.jsonl")),
    HeldOut("RuSentRel", "71 InoSMI translations (2016)", _file(DATA / "rusentrel_test.jsonl")),
    HeldOut("RuSentRel, stripped", "RuSentRel notes with markers removed", _file(DATA / "rusentrel_test_stripped.jsonl")),
    HeldOut("rusentrel", "RuSentRel annotated by hand (datasets/rusentrel, stand-off gold over the corpus)",
            _rusentrel_gold),
    HeldOut("rusentrel, told republished", "the same, with every text declared a republished translation "
            "(--republished yes: an analyst who knows the archive is InoSMI's)", _rusentrel_gold, republished=True),
    HeldOut("forms", "test passages of docs/FORMS.md (datasets/forms/forms.txt)", _forms),
)
NEREL = "nerel_test.jsonl"

COLUMNS = ("set", "system", "docs", "gold", "pred", "exact P", "exact R", "exact F1", "overlap F1",
           "char F1", "marked R", "unmarked R", "note R", "doc acc")


def _cells(name: str, system: str, result: EvaluationResult) -> list[str]:
    overall = result.overall
    return [name, system, str(result.documents), str(overall.gold), str(overall.predicted),
            f"{overall.exact.precision:.3f}", f"{overall.exact.recall:.3f}", f"{overall.exact.f1:.3f}",
            f"{overall.overlap.f1:.3f}", f"{overall.char.f1:.3f}",
            _recall(result, "marked"), _recall(result, "unmarked"), _recall(result, "note"),
            f"{overall.doc_accuracy:.3f}"]


def _recall(result: EvaluationResult, row: str) -> str:
    scores = result.row(row)
    return f"{scores.exact.recall:.3f}" if scores.gold else "–"


def false_positives_per_1000_parentheses(records: list[dict[str, Any]], model: Any) -> tuple[int, int, float]:
    """Predicted spans that are not gold, per 1,000 round-bracket groups in ordinary news."""
    parentheses = sum(sum(1 for g in bracket_groups(r["text"]) if g[2] == "(") for r in records)
    annotations = model.predict_many([r["text"] for r in records], lang="ru")
    false = 0
    for record, annotation in zip(records, annotations):
        gold = {(s["start"], s["end"], s["kind"]) for s in record.get("spans", [])}
        false += sum((s.start, s.end, s.kind) not in gold for s in annotation.spans)
    return false, parentheses, 1000 * false / max(parentheses, 1)


def scoreboard(model: Annotator, progress: bool = True, encoder: Any = None) -> str:
    """The Markdown table for every held-out set that is present.

    ``encoder`` (an encoder stage) adds a third system: the model with the stage.
    """
    systems: tuple[tuple[str, Annotator], ...] = (("rules only", Annotator()), ("model", model))
    if encoder is not None:
        staged = copy.copy(model)
        staged.encoder = encoder
        systems += (("model + encoder", staged),)
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * 2 + "---:|" * (len(COLUMNS) - 2)]
    missing = []
    for held in HELD_OUT:
        try:
            records = held.records()
        except FileNotFoundError:
            missing.append(held.name)
            continue
        if not records:
            missing.append(held.name)
            continue
        for system, annotator in systems:
            if progress:
                print(f"scoring {held.name} with {system} ...", file=sys.stderr)
            result = evaluate(records, annotator, republished=held.republished)
            lines.append("| " + " | ".join(_cells(held.name, system, result)) + " |")
    notes = ["", "NEREL (Russian Wikinews, ordinary news parentheses): false spans per 1,000 parentheses", "",
             "| system | false spans | parentheses | per 1,000 |", "|---|---:|---:|---:|"]
    if (DATA / NEREL).exists():
        records = list(read_jsonl([DATA / NEREL]))
        for system, annotator in systems:
            false, parentheses, rate = false_positives_per_1000_parentheses(records, annotator)
            notes.append(f"| {system} | {false} | {parentheses} | {rate:.1f} |")
    else:
        missing.append("NEREL")
    if missing:
        notes += ["", f"Not scored (build the data with `make data`): {', '.join(missing)}"]
    return "\n".join(lines + notes) + "\n"


def update_block(path: Path, table: str) -> None:
    """Replace the scores block of ``path`` with ``table``."""
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(text):
        raise ValueError(f"{path} has no {START} ... {END} block to update")
    path.write_text(pattern.sub(lambda _: f"{START}\n{table}{END}", text), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/scoreboard.py", description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    parser.add_argument("--update", nargs="*", type=Path, default=[], help="files whose scores block to rewrite")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    parser.add_argument("--encoder", nargs="?", const=True, default=False, metavar="DIR",
                        help="also score the model with the encoder stage (the shipped one, or DIR); slow")
    args = parser.parse_args(argv)
    stage = load_encoder(args.encoder) if args.encoder else None
    table = scoreboard(load(args.model), progress=not args.quiet, encoder=stage)
    print(table, end="")
    for path in args.update:
        update_block(path, table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
