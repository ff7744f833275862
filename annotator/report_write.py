"""Writers of a :class:`~annotator.report.Report`: ``index.html``, ``report.md``, ``report.json`` and PNG plots.

The page and the Markdown are made from the same list of :class:`Section`,
so they always say the same thing.  The page is standalone: inline CSS, the
plots by relative path, no network URL.  Plots need matplotlib (the
``plots`` extra); without it the text files are still written and say so.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from .report import SHARE_BINS, UNKNOWN_MONTH, GroupRow, Report
from .kinds import css_colours
from .spans import KINDS

PLOTS_HINT = "Plots need matplotlib: pip install annotator[plots]"
TABLE_ROWS = 25  # rows of the marker, name and group tables
PLOT_GROUPS = 15
SHARE_BANDS = ((0.0, 0.01), (0.01, 0.05), (0.05, 0.10), (0.10, 0.25), (0.25, 0.50), (0.50, 1.0))


@dataclass(frozen=True)
class Section:
    """One section of the report: a title, paragraphs, an optional table and an optional plot."""

    title: str
    paragraphs: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    image: str | None = None  # a PNG file name beside the page


# --------------------------------------------------------------------------- numbers as text

def _n(value: int) -> str:
    return f"{value:,}"


def _pct(value: float) -> str:
    return f"{value:.1%}" if value < 0.995 or value == 1 else f"{value:.2%}"


def _id(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def _sources(field: str, sources: dict[str, int]) -> str:
    """Where a field's values came from: "Values of `outlet`, per record (...): 300 from the articles."."""
    names = {"scored": "from the scored records", "articles": "from the articles", "missing": "missing"}
    parts = [f"{_n(sources[key])} {name}" for key, name in names.items() if sources.get(key)]
    if not parts:
        return ""
    text = f"Values of `{field}`, per record (error records included): " + ", ".join(parts) + "."
    if sources.get("missing") and not sources.get("articles"):
        text += (" Scored records carry only id, spans, n_chars, editorial_share and error: pass the dump "
                 "that was scored (`--articles DUMP`) to read the field from it.")
    return text


# --------------------------------------------------------------------------- sections

def share_bands(report: Report) -> list[tuple[str, int]]:
    """Articles per editorial-share band, from the histogram; "no spans" first."""
    bands = [("no spans", report.without_spans)]
    for low, high in SHARE_BANDS:
        lo, hi = round(low * SHARE_BINS), round(high * SHARE_BINS)
        count = sum(report.share_histogram[lo:hi]) - (report.without_spans if lo == 0 else 0)
        bands.append((f"{low:.0%} to {high:.0%}" if hi < SHARE_BINS else f"{low:.0%} and more", count))
    return bands


def _summary(report: Report) -> Section:
    low, high = report.share_quantile(0.5)
    return Section("Summary", (
        f"{_n(report.records)} records: {_n(report.scored)} scored, {_n(report.errors)} errors.",
        f"{_n(report.spans)} editorial spans in {_n(report.scored - report.without_spans)} articles; "
        f"{_n(report.without_spans)} articles have none.",
        f"Editorial text: {_n(report.editorial_chars)} of {_n(report.chars)} characters "
        f"({_pct(report.share)}); per article, mean {_pct(report.mean_share)}, "
        f"median between {low:.0%} and {high:.0%}.",
        *((f"{_n(report.bad_spans)} spans without a valid start, end or kind were skipped.",)
          if report.bad_spans else ()),
    ))


def _share(report: Report, images: set[str]) -> Section:
    rows = tuple((band, _n(count), _pct(count / report.scored if report.scored else 0.0))
                 for band, count in share_bands(report))
    return Section("Editorial share per article", (
        "The share of each scored article's characters that lie in editorial spans.",),
        ("share", "articles", "of scored"), rows, _image("share.png", images))


def _kinds(report: Report, images: set[str]) -> Section:
    rows = tuple((row.kind, _n(row.spans), _n(row.rule), _n(row.model), _n(row.articles)) for row in report.kinds)
    total = ("all", _n(report.spans), _n(sum(r.rule for r in report.kinds)),
             _n(sum(r.model for r in report.kinds)), _n(report.scored - report.without_spans))
    return Section("Spans per kind", ("Who decided each span: a marker rule, or the model.",),
                   ("kind", "spans", "rule", "model", "articles"), (*rows, total), _image("kinds.png", images))


def _group_rows(rows: Sequence[GroupRow]) -> tuple[tuple[str, ...], ...]:
    return tuple((row.name, _n(row.articles), _pct(row.share), _n(row.spans), *(_n(k) for k in row.kinds))
                 for row in rows)


_GROUP_HEADER = ("articles", "editorial", "spans", *KINDS)


def _groups(report: Report, images: set[str]) -> Section:
    title = f"Kinds by {report.by}" if report.by else "Kinds by group"
    if not report.by:
        return Section(title, ("No grouping field was given (`--by FIELD`, for example the outlet).",))
    shown = report.groups[:TABLE_ROWS]
    notes = [f"{_n(len(report.groups))} groups, the {_n(len(shown))} with most articles shown; "
             "editorial = editorial characters over all characters."]
    rest = report.groups[TABLE_ROWS:]
    rows = _group_rows(shown)
    if rest:
        rest_row = GroupRow("(the other groups listed in report.json)", sum(r.articles for r in rest),
                            sum(r.chars for r in rest), sum(r.editorial_chars for r in rest),
                            tuple(map(sum, zip(*(r.kinds for r in rest)))))
        rows += _group_rows([rest_row])
    if report.groups_other is not None:
        rows += _group_rows([report.groups_other])
        notes.append(f"Only {_n(len(report.groups))} groups are counted one by one: {_n(report.groups_folded)} "
                     f"or more smaller groups were folded into `{report.groups_other.name}` when the table "
                     "filled. Every group shown has its exact counts.")
    if sources := _sources(report.by, dict(report.by_sources)):
        notes.append(sources)
    return Section(title, tuple(notes), (report.by, *_GROUP_HEADER), rows, _image("groups.png", images))


def _months(report: Report, images: set[str]) -> Section:
    if not report.date_field:
        return Section("Kinds by month", ("No date field was given (`--date-field FIELD`).",))
    notes = [f"Months of `{report.date_field}` (UTC); values that could not be read as a date are "
             f"`{UNKNOWN_MONTH}`."]
    if sources := _sources(report.date_field, dict(report.date_sources)):
        notes.append(sources)
    return Section("Kinds by month", tuple(notes), ("month", *_GROUP_HEADER), _group_rows(report.months),
                   _image("months.png", images))


def _markers(report: Report) -> Section:
    counted = report.markers
    notes = ["The marker table entries and form rules behind rule spans."]
    if counted.folded:
        notes.append(f"{_n(counted.folded)} or more rarer markers ({_n(counted.other)} spans) were folded "
                     "into other.")
    rows = tuple((marker, _n(count)) for marker, count in counted.rows[:TABLE_ROWS])
    return Section("Markers that fired most", tuple(notes), ("marker", "spans") if rows else (), rows)


def _names(report: Report) -> Section:
    title = "Most glossed names"
    if not report.gloss_spans:
        return Section(title, ("No gloss spans.",))
    counted = report.names
    notes = [f"The text of gloss spans, brackets off: {_n(report.gloss_spans)} gloss spans, "
             f"{_n(report.gloss_texts)} with their text."]
    if not report.gloss_texts:
        notes = [f"{_n(report.gloss_spans)} gloss spans, but the names need span texts: pass the dump that "
                 "was scored (`--articles DUMP`), or scored records whose spans carry `text`."]
    elif report.gloss_texts < report.gloss_spans:
        notes.append(f"{_n(report.gloss_spans - report.gloss_texts)} gloss spans had no text and are not counted.")
    if counted.folded:
        notes.append(f"{_n(counted.folded)} or more rarer names ({_n(counted.other)} spans) were folded into other.")
    rows = tuple((name, _n(count)) for name, count in counted.rows[:TABLE_ROWS])
    return Section(title, tuple(notes), ("name", "glosses") if rows else (), rows)


def _top(report: Report) -> Section:
    rows = tuple((_id(a.id), _n(a.number), _n(a.editorial_chars), _n(a.n_chars), _pct(a.share), _n(a.spans))
                 for a in report.top_articles)
    if not rows:
        return Section("Articles with the most editorial text", ("No article has an editorial span.",))
    return Section("Articles with the most editorial text", (
        f"The {_n(len(rows))} articles with the most editorial characters (record = 0-based record number).",),
        ("id", "record", "editorial chars", "chars", "share", "spans"), rows)


def _errors(report: Report) -> Section:
    if not report.errors:
        return Section("Error records", ("No error records.",))
    shown = len(report.error_records)
    notes = (f"{_n(report.errors)} records could not be scored or read"
             + (f"; the first {_n(shown)}:" if shown < report.errors else ":"),)
    rows = tuple((_n(e.number), "" if e.id is None else _id(e.id), e.message) for e in report.error_records)
    return Section("Error records", notes, ("record", "id", "message"), rows)


def _image(name: str, images: set[str]) -> str | None:
    return name if name in images else None


def sections(report: Report, images: Sequence[str] = ()) -> list[Section]:
    """The report's sections in page order; ``images`` are the PNGs that were written."""
    shown = set(images)
    return [_summary(report), _share(report, shown), _kinds(report, shown), _groups(report, shown),
            _months(report, shown), _markers(report), _names(report), _top(report), _errors(report)]


# --------------------------------------------------------------------------- Markdown and HTML

def _md_cell(text: str) -> str:
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def to_markdown(report: Report, parts: Sequence[Section], note: str = "") -> str:
    """The report as Markdown (GitHub tables)."""
    lines = [f"# Report: {report.source}" if report.source else "# Report", ""]
    if note:
        lines += [f"_{note}_", ""]
    for part in parts:
        lines += [f"## {part.title}", ""]
        for paragraph in part.paragraphs:
            lines += [paragraph, ""]
        if part.header:
            lines.append("| " + " | ".join(map(_md_cell, part.header)) + " |")
            lines.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(part.header))) + "|")
            lines += ["| " + " | ".join(map(_md_cell, row)) + " |" for row in part.rows]
            lines.append("")
        if part.image:
            lines += [f"![{part.title}]({part.image})", ""]
    return "\n".join(lines)


_CSS = """
body { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; color: #222; margin: 0 auto; max-width: 1100px;
  padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 1rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .5rem;
  border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
p { margin: .3rem 0; } p.note { background: #fff4d6; padding: .4rem .6rem; border-radius: 3px; }
table { border-collapse: collapse; margin: .6rem 0; font-size: .85rem; }
th, td { padding: .2rem .55rem; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td { max-width: 34rem; overflow-wrap: anywhere; }
img { max-width: 100%; display: block; margin: .5rem 0; border: 1px solid #eee; }
code { background: #f4f4f4; padding: 0 .2em; border-radius: 2px; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .35em; border: 1px solid #999;
  vertical-align: -.05em; }
footer { color: #777; font-size: .8rem; margin-top: 2rem; }
"""


def _inline(text: str) -> str:
    """Escaped text with `code` spans."""
    parts = html.escape(text, quote=False).split("`")
    return "".join(f"<code>{part}</code>" if i % 2 else part for i, part in enumerate(parts))


def _is_number(cell: str) -> bool:
    return bool(cell) and cell.replace(",", "").replace(".", "").replace("%", "").lstrip("-").isdigit()


def _html_cell(cell: str, column: int, header: Sequence[str]) -> str:
    numeric = column > 0 and _is_number(cell)
    text = html.escape(cell, quote=False)
    colours = css_colours()
    if column == 0 and header and header[0] == "kind" and cell in colours:
        text = f'<span class="swatch" style="background: {colours[cell]}"></span>{text}'
    return f'<td class="num">{text}</td>' if numeric else f"<td>{text}</td>"


def to_html(report: Report, parts: Sequence[Section], note: str = "") -> str:
    """The report as a standalone HTML page (inline CSS, plots by relative path)."""
    from .version import __version__

    title = f"Report: {report.source}" if report.source else "Report"
    body = [f"<h1>{html.escape(title)}</h1>"]
    if note:
        body.append(f'<p class="note">{_inline(note)}</p>')
    for part in parts:
        body.append(f"<section>\n<h2>{html.escape(part.title)}</h2>")
        body += [f"<p>{_inline(paragraph)}</p>" for paragraph in part.paragraphs]
        if part.header:
            head = "".join(f'<th{" class=num" if i else ""}>{html.escape(h)}</th>'
                           for i, h in enumerate(part.header))
            rows = "\n".join("<tr>" + "".join(_html_cell(cell, i, part.header) for i, cell in enumerate(row))
                             + "</tr>" for row in part.rows)
            body.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>")
        if part.image:
            body.append(f'<img src="{html.escape(part.image)}" alt="{html.escape(part.title)}">')
        body.append("</section>")
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
        *body, f"<footer>annotator {__version__} · annotator report</footer>", "</body>", "</html>", "",
    ])


# --------------------------------------------------------------------------- plots

def _pyplot() -> Any:
    """matplotlib's pyplot on the Agg backend, or ``None`` when matplotlib is not installed."""
    try:
        import matplotlib
    except ImportError:
        return None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _plot_share(plt: Any, report: Report) -> Any:
    counts = list(report.share_histogram)
    counts[0] -= report.without_spans
    figure, ax = plt.subplots(figsize=(8, 3.6))
    ax.bar([i + 0.5 for i in range(SHARE_BINS)], counts, width=1.0, color="#6b8fd6", edgecolor="#4a6cb3",
           linewidth=0.3)
    ax.set(xlim=(0, SHARE_BINS), xlabel="editorial share of the article (%)", ylabel="articles",
           title=f"Editorial share per article ({report.without_spans:,} articles without spans not shown)")
    if max(counts, default=0) > 0 and max(counts) > 50 * max(1, min(c for c in counts if c > 0)):
        ax.set_yscale("log")
    ax.grid(axis="y", alpha=0.3)
    return figure


def _plot_kinds(plt: Any, report: Report) -> Any:
    kinds = [row.kind for row in report.kinds][::-1]
    colours = css_colours()
    rule = [row.rule for row in report.kinds][::-1]
    model = [row.model for row in report.kinds][::-1]
    figure, ax = plt.subplots(figsize=(8, 3.6))
    ax.barh(kinds, rule, color=[colours[k] for k in kinds], edgecolor="#555", linewidth=0.5, label="rule")
    ax.barh(kinds, model, left=rule, color=[colours[k] for k in kinds], edgecolor="#555", linewidth=0.5,
            hatch="///", label="model")
    for y, (r, m) in enumerate(zip(rule, model)):
        if r + m:
            ax.annotate(f"{r + m:,}", (r + m, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set(xlabel="spans", title="Spans per kind (hatched: decided by the model)")
    ax.grid(axis="x", alpha=0.3)
    return figure


def _stacked(ax: Any, labels: list[str], rows: Sequence[GroupRow], horizontal: bool) -> None:
    colours = css_colours()
    base = [0] * len(rows)
    for i, kind in enumerate(KINDS):
        values = [row.kinds[i] for row in rows]
        if not any(values):
            continue
        style = dict(color=colours[kind], edgecolor="#555", linewidth=0.4, label=kind)
        if horizontal:
            ax.barh(labels, values, left=base, **style)
        else:
            ax.bar(labels, values, bottom=base, width=0.9, **style)
        base = [b + v for b, v in zip(base, values)]
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)


def _plot_groups(plt: Any, report: Report) -> Any:
    rows = list(report.groups[:PLOT_GROUPS])
    if report.groups_other is not None:
        rows.append(report.groups_other)
    rows = rows[::-1]
    labels = [row.name if len(row.name) <= 30 else row.name[:29] + "…" for row in rows]
    figure, ax = plt.subplots(figsize=(9, 1.2 + 0.33 * len(rows)))
    _stacked(ax, labels, rows, horizontal=True)
    ax.set(xlabel="spans", title=f"Spans per kind by {report.by} (the {min(PLOT_GROUPS, len(report.groups))} "
           "groups with most articles)")
    ax.grid(axis="x", alpha=0.3)
    return figure


def _plot_months(plt: Any, report: Report) -> Any:
    rows = [row for row in report.months if row.name != UNKNOWN_MONTH]
    figure, ax = plt.subplots(figsize=(9, 4))
    _stacked(ax, [row.name for row in rows], rows, horizontal=False)
    step = max(1, len(rows) // 24)
    ax.set_xticks(range(0, len(rows), step), [rows[i].name for i in range(0, len(rows), step)],
                  rotation=60, ha="right", fontsize=8)
    ax.set(ylabel="spans", title=f"Spans per kind by month of {report.date_field}")
    ax.grid(axis="y", alpha=0.3)
    return figure


def _plots(report: Report) -> list[tuple[str, Callable[[Any, Report], Any]]]:
    """The plots that have something to show."""
    plots = []
    if report.scored > report.without_spans:
        plots.append(("share.png", _plot_share))
    if report.spans:
        plots.append(("kinds.png", _plot_kinds))
    if report.by and report.groups and any(row.spans for row in report.groups):
        plots.append(("groups.png", _plot_groups))
    if report.date_field and any(row.name != UNKNOWN_MONTH and row.spans for row in report.months):
        plots.append(("months.png", _plot_months))
    return plots


# --------------------------------------------------------------------------- all files

def write_report(report: Report, out_dir: str | Path) -> list[Path]:
    """Write index.html, report.md, report.json and the plots into ``out_dir``; return the paths written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    plt = _pyplot()
    note = PLOTS_HINT if plt is None else ""
    if plt is not None:
        for name, draw in _plots(report):
            figure = draw(plt, report)
            figure.savefig(out / name, dpi=100, bbox_inches="tight")
            plt.close(figure)
            written.append(out / name)
    parts = sections(report, [path.name for path in written])
    for name, content in (("index.html", to_html(report, parts, note)), ("report.md", to_markdown(report, parts, note)),
                          ("report.json", json.dumps(report.to_dict(), ensure_ascii=False, indent=1,
                                                     default=str) + "\n")):
        (out / name).write_text(content, encoding="utf-8", errors="backslashreplace")
        written.append(out / name)
    return written


__all__ = ["PLOTS_HINT", "Section", "sections", "share_bands", "to_html", "to_markdown", "write_report"]
