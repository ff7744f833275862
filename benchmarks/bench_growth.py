"""Growth in time of predictions and patterns on hostile input (measured, never asserted in tests).

    python benchmarks/bench_growth.py            # prints a table; exit 1 when something grows too fast

Whole predictions on hostile repetitions (200,000 vs 20,000 characters: at
most 30x), every pattern on the predict path on its worst inputs (20,000 vs
2,000: at most 30x) and the patterns applied only to bounded windows (legal
labels, disclaimers: 2,000 vs 200, at most 150x).  The tests check the same
patterns by their structure (tests/test_hostile.py, tests/test_lang.py); this
script is what a person runs on a quiet machine to see the clock agree.
"""

from __future__ import annotations

import re
import sys
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from annotator import Annotator  # noqa: E402
from test_hostile import PATTERNS, WINDOWED  # noqa: E402

RULES = Annotator(max_chars=None)


def _best(function, *args, runs=3):
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - start)
    return best



HOSTILE_UNITS = {
    "signed notes trailed by spaces": "(— Ред." + " " * 110 + "x) ",
    "tabs before a marker": "(" + "\t" * 150 + "прим. пер.) ",
    "legal stems": "(" + "запрещ" * 36 + ") ",
    "footnote stems": "* " + "признан" * 30 + "\n",
    "dots and dashes": "(" + ". —" * 60 + ")",
    "sentences": "Да. " * 40 + "\n",
}



_BASE_UNITS = [" ", "\t", " \t", "\n", " \n", ".", ". ", "..", "-", "—", "— ", "a", "я", "a ", "я ", "aя", "A.", "А.",
               "А. ", "*", "(", ")", "»", ",", "!", ". .", "\r\n", "x*", "1"]
_RUNS = [" ", "\t", " \t", ".", " .", "a", "я", "-"]


def _words(pattern):
    source = re.sub(r"\\[a-zA-Z]", " ", pattern.pattern)
    return list(dict.fromkeys(re.findall(r"[^\W\d_]{2,}", source)))[:16]


def worst_case_inputs(pattern, size):
    """Long runs of what the pattern repeats, and near misses of its words."""
    words = _words(pattern)
    units = list(_BASE_UNITS)
    for word in words:
        units += [word, word + " ", word[:-1], word[:-1] + " ", "— " + word[:-1] + " "]
    if words:
        units += [" ".join(words)[:-1] + " ", "— " + " ".join(words[:3])[:-1] + ". "]
    out = [(unit * (size // len(unit) + 1))[:size] for unit in units]
    for word in words:
        for run in _RUNS:
            body = (run * size)[: size - len(word) - 3]
            out += [word + body + "!", "— " + word + body + "x", "— " + word + "." + body[1:] + "x"]
    return out


def _scan(pattern, text):
    deque(pattern.finditer(text), maxlen=0)  # every match, like the callers' finditer and search


def _growth_failures(pattern, small, large, factor, constant, slow=0.02):
    """Inputs on which ``pattern`` grows faster than ``factor`` times from ``small`` to ``large``.

    Every input is screened once at the small size and the three slowest are
    measured properly (best of 3).  One that takes ``slow`` seconds already at
    the small size (10 us a character) fails at once: a polynomial blow-up would
    make the large run take minutes.
    """
    timed = []
    failures = []
    for index, text in enumerate(small):
        elapsed = _best(_scan, pattern, text, runs=1)
        if elapsed > slow:  # or the machine was busy: look again
            elapsed = _best(_scan, pattern, text)
        if elapsed > slow:
            failures.append((repr(text[:40]), f"{elapsed * 1000:.2f} ms on {len(text):,} chars"))
            if len(failures) == 3:
                return failures
        timed.append((elapsed, index))
    if failures:
        return failures
    for _, index in sorted(timed, reverse=True)[:3]:
        small_time = _best(_scan, pattern, small[index])
        large_time = _best(_scan, pattern, large[index])
        if large_time > factor * small_time + constant:
            failures.append((repr(small[index][:40]), f"{small_time * 1000:.2f} ms -> {large_time * 1000:.2f} ms"))
    return failures



def main() -> int:
    failures = 0
    print(f"{'prediction on':<34}{'20k ms':>10}{'200k ms':>10}{'ratio':>8}")
    for name, unit in sorted(HOSTILE_UNITS.items()):
        small = unit * (20_000 // len(unit))
        large = unit * (200_000 // len(unit))
        small_time, large_time = _best(RULES.predict, small), _best(RULES.predict, large)
        bad = large_time > 30 * small_time + 0.05
        failures += bad
        print(f"{name:<34}{small_time * 1000:>10.1f}{large_time * 1000:>10.1f}{large_time / small_time:>8.1f}"
              + ("  TOO FAST A GROWTH" if bad else ""))
    slow = {}
    for name, pattern in PATTERNS.items():
        windowed = id(pattern) in WINDOWED
        sizes, factor = ((200, 2_000), 150) if windowed else ((2_000, 20_000), 30)
        bad = _growth_failures(pattern, worst_case_inputs(pattern, sizes[0]), worst_case_inputs(pattern, sizes[1]),
                               factor=factor, constant=0.005)
        if bad:
            slow[f"{name}: {pattern.pattern[:80]}"] = bad
    print(f"{len(PATTERNS)} patterns measured on their worst inputs; {len(slow)} grow too fast")
    for name, bad in slow.items():
        print("  ", name, bad)
    return 1 if failures or slow else 0


if __name__ == "__main__":
    sys.exit(main())
