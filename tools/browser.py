"""Headless Chromium for the repository: screenshots and the page test (not part of the wheel).

    from tools.browser import CHROMIUM, run_chromium   # with the repository root on sys.path

Debian's ``chromium`` (``apt-get install chromium``), run with networking and
background services off, on a local page written by :func:`annotator.render.render_html`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS: tuple[str, ...] = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


def run_chromium(page: Path, *extra: str, user_data_dir: Path, binary: str = CHROMIUM,
                 timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on a local page with networking and background services off."""
    command = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={user_data_dir}", *extra, page.resolve().as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def screenshot(page: Path, shot: Path, width: int, height: int) -> int:
    """Write a PNG of a local page (a fresh profile each time); print what happened, return an exit status."""
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as profile:
        result = run_chromium(page, f"--screenshot={shot}", f"--window-size={width},{height}",
                              "--hide-scrollbars", user_data_dir=Path(profile))
    if result.returncode != 0 or not shot.exists():
        print(f"error: chromium failed ({result.returncode}):\n{result.stderr[-2000:]}", file=sys.stderr)
        return 1
    print(f"wrote {shot}")
    return 0
