"""Rendering (``annotator show``): terminal and HTML, and the page in headless Chromium."""

from __future__ import annotations

import argparse
import html
import re
from pathlib import Path

import pytest

from annotator import render
from annotator.api import Annotator
from annotator.cli import show as show_command
from annotator.render import render_html, render_terminal
from annotator.spans import Annotation, Span
from tools.browser import CHROMIUM, run_chromium

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_537cde15b9f0378c.txt"

TEXT = ('Headline <b>bold</b> & "quotes"\n'
        "Pokrovsk (Krasnoarmeysk) fell <script>alert(1)</script> (sic!) today.\n"
        "<...>\n"
        "A note (across\nlines – Approx. InoSMI) ends it.")


def _spans(text: str) -> tuple[Span, ...]:
    def at(piece: str, kind: str, **kw: object) -> Span:
        start = text.index(piece)
        return Span(start, start + len(piece), kind, **kw)  # type: ignore[arg-type]

    return (
        at("(Krasnoarmeysk)", "gloss", score=0.83, source="model"),
        at("<script>alert(1)</script>", "aside", score=0.4, source="model"),
        at("(sic!)", "aside", marker="aside: sic!"),
        at("<...>", "elision", marker="elision: <...>"),
        at("(across\nlines – Approx. InoSMI)", "note", marker="Approx. InoSMI"),
    )


ANNOTATION = Annotation(TEXT, _spans(TEXT), "en")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
PLAIN_MARK = re.compile(r"⟦[a-z_]+: (.*?)⟧", re.DOTALL)


def _body(rendered: str) -> str:
    """The article part of a terminal rendering: everything before the legend."""
    return rendered.rsplit("\n\n── ", 1)[0]


# ------------------------------------------------------------------ terminal
def test_terminal_without_colour_marks_spans_and_keeps_the_text() -> None:
    out = render_terminal(ANNOTATION, color=False)
    assert "\x1b[" not in out
    assert "⟦gloss: (Krasnoarmeysk)⟧" in out
    assert "⟦note: (across\nlines – Approx. InoSMI)⟧" in out
    assert PLAIN_MARK.sub(r"\1", _body(out)) == TEXT


def test_terminal_with_colour_keeps_the_text() -> None:
    out = render_terminal(ANNOTATION, color=True)
    assert "\x1b[" in out and "⟦" not in _body(out)
    assert ANSI.sub("", _body(out)) == TEXT


def test_terminal_legend_lists_kinds_present() -> None:
    legend = render_terminal(ANNOTATION, color=False).rsplit("\n\n", 1)[1]
    assert "5 editorial spans" in legend
    assert "⟦aside⟧ ×2" in legend and "⟦gloss⟧ ×1" in legend
    assert "lead" not in legend and "disclaimer" not in legend


def test_terminal_without_spans() -> None:
    out = render_terminal(Annotation("Plain text.", (), "en"), color=True)
    assert out == "Plain text.\n\n── no editorial spans"


def test_use_color_respects_no_color_and_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert render.use_color("auto", Tty())
    assert not render.use_color("auto", object())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not render.use_color("auto", Tty())
    assert render.use_color("always", object())
    assert not render.use_color("never", Tty())


# ------------------------------------------------------------------ HTML
def test_html_escapes_the_text() -> None:
    page = render_html(ANNOTATION, 'Title <i>x</i> & "y"')
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; \"quotes\"" in page
    assert "<title>Title &lt;i&gt;x&lt;/i&gt; &amp; &quot;y&quot;</title>" in page
    assert "&lt;...&gt;" in page


def test_html_has_every_span_once_with_its_kind() -> None:
    page = render_html(ANNOTATION, "t")
    marks = re.findall(r'<mark class="kind-([a-z_]+)" data-kind="([a-z_]+)"[^>]*>(.*?)</mark>', page, re.DOTALL)
    assert len(marks) == page.count("<mark") == len(ANNOTATION.spans)
    for span, (css_kind, data_kind, inner) in zip(ANNOTATION.spans, marks):
        assert css_kind == data_kind == span.kind
        assert html.unescape(inner.replace("<br>", "\n")) == ANNOTATION.span_text(span)
    assert 'data-score="0.830" data-source="model"' in page
    assert 'title="gloss · model p=0.83"' in page
    assert 'title="note · rule: Approx. InoSMI"' in page


def test_html_is_standalone() -> None:
    page = render_html(ANNOTATION, "t").lower()
    assert "http" not in page
    for reference in ("src=", "href=", "url(", "@import", "<link", "<script"):
        assert reference not in page
    assert page.startswith("<!doctype html>")
    assert '<html lang="en">' in page and '<meta charset="utf-8">' in page


def test_html_keeps_paragraphs_and_shows_legend_and_counts() -> None:
    page = render_html(ANNOTATION, "t")
    main = page.split("<main>", 1)[1].split("</main>", 1)[0]
    assert main.count("<p>") == 4  # four lines; the newline inside the note is a <br>
    assert "(across<br>lines" in main
    assert '<span class="swatch kind-aside">aside</span> ×2' in page
    assert "5 editorial spans" in page


def test_html_without_spans() -> None:
    page = render_html(Annotation("Nothing added.", (), "de"), "t")
    assert "No editorial spans found." in page and '<html lang="de">' in page and "<mark" not in page


def test_cli_writes_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    show_command.configure(parser)
    out = tmp_path / "seed.html"
    assert show_command.run(parser.parse_args([str(SEED), "--rules-only", "--html", str(out)])) == 0
    assert "wrote" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").count("<mark") == 4  # note, label, elision and the lead
    assert show_command.run(parser.parse_args([str(SEED), "--rules-only"])) == 0
    printed = capsys.readouterr().out
    assert "⟦gloss: (Krasnoarmeysk)⟧" in printed  # captured stdout is not a tty: no colour


# ------------------------------------------------------------------ Chromium
@pytest.fixture(scope="module")
def chromium() -> str:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium to run this test "
                    "(apt-get install chromium)")
    return CHROMIUM


def test_seed_page_in_headless_chromium(chromium: str, tmp_path: Path) -> None:
    annotation = Annotator().predict(SEED.read_bytes(), lang="en")
    assert annotation.spans
    page = tmp_path / "seed.html"
    page.write_text(render_html(annotation, SEED.name), encoding="utf-8")
    profile = tmp_path / "profile"

    dom = run_chromium(page, "--dump-dom", user_data_dir=profile, binary=chromium)
    assert dom.returncode == 0, dom.stderr[-2000:]
    marks = re.findall(r'<mark [^>]*data-start="(\d+)" data-end="(\d+)"[^>]*>', dom.stdout)
    assert [(int(a), int(b)) for a, b in marks] == [(s.start, s.end) for s in annotation.spans]
    for span in annotation.spans:
        assert f'data-kind="{span.kind}"' in dom.stdout

    shot = tmp_path / "shot.png"
    result = run_chromium(page, f"--screenshot={shot}", "--window-size=1200,1600",
                               user_data_dir=profile, binary=chromium)
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.stat().st_size > 1000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
