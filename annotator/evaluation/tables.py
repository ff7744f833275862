"""Score tables: the fixed plain-text table ``annotator evaluate`` prints, and its Markdown twin."""

from __future__ import annotations

from .metrics import EvaluationResult, RowScores

COLUMNS = ("gold", "pred", "ex_P", "ex_R", "ex_F1", "ov_P", "ov_R", "ov_F1", "ch_P", "ch_R", "ch_F1", "doc_acc")
TABLE_HEADER = f"{'row':<16}" + "".join(f"{c:>8}" for c in COLUMNS)


def _cells(row: RowScores) -> list[str]:
    numbers = [row.exact.precision, row.exact.recall, row.exact.f1, row.overlap.precision, row.overlap.recall,
               row.overlap.f1, row.char.precision, row.char.recall, row.char.f1, row.doc_accuracy]
    scores = [f"{x:.3f}" for x in numbers]
    if row.empty:  # nothing in gold and nothing predicted: no precision, recall or F1 to speak of
        scores = ["–"] * (len(numbers) - 1) + scores[-1:]
    return [str(row.gold), str(row.predicted), *scores]


def format_table(result: EvaluationResult) -> str:
    """The fixed plain-text table: same rows, order and widths every run."""
    lines = [f"documents: {result.documents}", TABLE_HEADER, "-" * len(TABLE_HEADER)]
    for row in result.rows:
        lines.append(f"{row.name:<16}" + "".join(f"{c:>8}" for c in _cells(row)))
    return "\n".join(lines)


def format_markdown(result: EvaluationResult, title: str = "Scores") -> str:
    """The table as Markdown, with the column legend."""
    lines = [f"# {title}", "", f"Documents: {result.documents}", "",
             "| row | " + " | ".join(COLUMNS) + " |", "|---|" + "---:|" * len(COLUMNS)]
    lines += [f"| {row.name} | " + " | ".join(_cells(row)) + " |" for row in result.rows]
    lines += ["", "ex = exact span match, ov = SemEval-2020 Task 11 overlap (kinds must match), "
              "ch = editorial characters (kind ignored), doc_acc = has-any-span accuracy.",
              "Zero division: P = 1 with nothing predicted, R = 1 with nothing in gold, F1 = 0 when P + R = 0; "
              "– where there is neither gold nor prediction."]
    return "\n".join(lines) + "\n"
