"""Take docs/review.png: the review page of the seed article, a span accepted, a suggestion dismissed, the next in focus.

    python docs/make_review_screenshot.py [--width 1300] [--height 900]

Uses the default annotator (rules only, with a notice, when the shipped model
cannot be loaded), Debian's headless Chromium and chromedriver through
selenium (``apt-get install chromium chromium-driver``), networking off.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from make_screenshot import SEED, annotator_or_rules

from annotator.review import review_items, review_page

DOCS = Path(__file__).resolve().parent
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=1300)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if missing:
        print(f"error: {', '.join(missing)} not found; install Debian's chromium and chromium-driver", file=sys.stderr)
        return 1
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains

    annotator, which = annotator_or_rules()
    record = {"id": SEED.stem, "lang": "en", "text": SEED.read_text(encoding="utf-8"), "source": "seed"}
    items = review_items([record], annotator, uncertain=3)
    shot = DOCS / "review.png"
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "review.html"
        page.write_text(review_page(items, title=f"Review: {SEED.name} ({which})"), encoding="utf-8")
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in (*FLAGS, f"--window-size={args.width},{args.height}", f"--user-data-dir={Path(tmp) / 'profile'}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
        try:
            driver.get(page.as_uri())
            # accept the lead, dismiss the most uncertain suggestion, focus the next one
            ActionChains(driver).send_keys("janxn").perform()
            driver.save_screenshot(str(shot))
        finally:
            driver.quit()
    print(f"wrote {shot} ({which})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
