"""The report directory: scores.md, scores.json, errors.md and the plots of one evaluation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping

from .errors import format_errors
from .metrics import EvaluationResult
from .plots import _plot_calibration, _plot_confusion, _plot_pr, _pyplot
from .tables import format_markdown

def write_report(result: EvaluationResult, out: str | Path, title: str = "Scores",
                 meta: Mapping[str, Any] | None = None) -> list[Path]:
    """Write scores.md, scores.json, errors.md and the plots to ``out``; return the paths.

    The text files are written first, so a missing matplotlib still leaves them.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "scores.md", out / "scores.json", out / "errors.md"]
    written[0].write_text(format_markdown(result, title), encoding="utf-8")
    payload = {**dict(meta or {}), **result.to_dict()}
    written[1].write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written[2].write_text(format_errors(result), encoding="utf-8")
    plt = _pyplot()
    for name, draw in (("pr_curve.png", _plot_pr), ("calibration.png", _plot_calibration),
                       ("confusion.png", _plot_confusion)):
        figure = draw(plt, result)
        figure.savefig(out / name, dpi=110, bbox_inches="tight")
        plt.close(figure)
        written.append(out / name)
    return written
