"""Render the seed article with the default annotator to docs/seed.html and docs/seed.png.

    python docs/make_screenshot.py [--height 3600]

Uses ``annotator.api.default_annotator()``; when the shipped model cannot be
loaded it says so and falls back to the rules alone.  The PNG is taken with
Debian's headless Chromium (``apt-get install chromium``), networking off.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))  # the repository's tools/, which the wheel leaves out

from annotator.api import Annotator, default_annotator  # noqa: E402
from annotator.render import render_html  # noqa: E402
from tools.browser import CHROMIUM, screenshot  # noqa: E402
SEED = DOCS.parent / "seeds" / "000_537cde15b9f0378c.txt"


def annotator_or_rules() -> tuple[Annotator, str]:
    """The default annotator, or the rules alone with a printed notice when loading fails."""
    try:
        return default_annotator(), "default model"
    except Exception as exc:  # no shipped model yet, or an unreadable one
        print(f"notice: default model not loaded ({type(exc).__name__}: {exc}); using rules only", file=sys.stderr)
        return Annotator(), "rules only"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=3600, help="window height: the PNG is one window")
    args = parser.parse_args()

    annotator, which = annotator_or_rules()
    annotation = annotator.predict(SEED.read_bytes(), lang="en")
    page, shot = DOCS / "seed.html", DOCS / "seed.png"
    page.write_text(render_html(annotation, f"{SEED.name} ({which})"), encoding="utf-8")
    print(f"wrote {page}: {len(annotation.spans)} spans ({which})")

    if not Path(CHROMIUM).exists():
        print(f"error: {CHROMIUM} not found; install Debian's chromium to take the screenshot", file=sys.stderr)
        return 1
    return screenshot(page, shot, args.width, args.height)


if __name__ == "__main__":
    sys.exit(main())
