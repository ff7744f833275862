"""Language detection: the hand-written guess against py3langid and lingua, by text length.

    python benchmarks/bench_langid.py            # the table (needs py3langid and lingua-language-detector)
    python benchmarks/bench_langid.py --by-lang  # plus accuracy per language on the shortest texts

The evaluation set is built from the project's own text, never from held-out
data: the hand-written articles of the ``dev`` and ``extra`` splits
(datasets/handwritten, read by annotator.markup; the ``test`` and ``blind*``
splits are left out), the seed article, and one short passage per language
written for this benchmark (benchmarks/langid_passages.py).  Each article is
cut to four lengths: the first sentence of each paragraph, each paragraph,
its first 500 characters and the whole article.  Mixed texts put a quoted
paragraph of another language after an article's first paragraph (Russian
quoting English, English quoting Russian, German quoting French, Ukrainian
quoting Russian) and are labelled with the article's language; they are
scored whole and cut to 500 characters.

Each detector is restricted to the library's eight languages.  ``guess_lang``
is what the library runs: the hand-written guess (``hand_guess``), and
py3langid when that is unsure, sure only when both name the same language;
the other "else" rows show that combination without the agreement and with
lingua instead.  "sure" is the
share of texts the detector is sure of (the guess selects the language's
tables only then), "sure wrong" how many of those it got wrong: the number
that matters, since an unsure guess keeps every table.  "macro" is the mean of
the per-language accuracies (en and ru have many more articles than the rest).
Microseconds are per text, the best of ``--repeat`` runs, one core.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable, NamedTuple

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from langid_passages import PASSAGES  # noqa: E402

from annotator.lang import LANGUAGES  # noqa: E402
from annotator.markup import read_markups  # noqa: E402

SPLITS = ("dev", "extra")  # never test or blind*: those are held out
MIN_WORDS = 6  # shorter paragraphs are headlines' tails, bylines and datelines: no language to tell
_SENTENCE = re.compile(r"(?<=[.!?…])[\"»”’)]*\s+")
QUOTES = {"ru": ("«", "», — сказал он."), "en": ("“", "”, he said."), "de": ("„", "“, sagte er."),
          "uk": ("«", "», — сказав він.")}
MIXES = (("ru", "en"), ("en", "ru"), ("de", "fr"), ("uk", "ru"))  # (main language, quoted language)
LENGTHS = ("sentence", "paragraph", "500 chars", "article", "mixed 500", "mixed article")


class Sample(NamedTuple):
    lang: str
    length: str
    text: str


class Guess(NamedTuple):
    lang: str
    sure: bool


Detector = Callable[[str], Guess]


# ------------------------------------------------------------------ the evaluation set
def articles() -> list[tuple[str, str]]:
    """(language, text) of every article the set is cut from, in a fixed order."""
    paths = sorted((REPO / "datasets" / "handwritten").glob("*.txt"))
    out = [(r["lang"], r["text"]) for r in read_markups(paths, splits=SPLITS)]
    out += [("en", path.read_text(encoding="utf-8")) for path in sorted((REPO / "seeds").glob("*.txt"))]
    out += sorted(PASSAGES.items())
    return out


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` that have at least ``MIN_WORDS`` words."""
    return [line.strip() for line in text.splitlines() if len(line.split()) >= MIN_WORDS]


def first_sentence(paragraph: str) -> str:
    return _SENTENCE.split(paragraph, maxsplit=1)[0]


def mixed(main: str, quoted: str, lang: str) -> str:
    """``main`` with the first long paragraph of ``quoted`` quoted after its first paragraph."""
    parts = paragraphs(main)
    quote = next((p for p in paragraphs(quoted) if len(p.split()) >= 15), paragraphs(quoted)[0])
    opening, closing = QUOTES[lang]
    return "\n".join([parts[0], opening + quote.rstrip(".") + closing, *parts[1:]])


def samples() -> list[Sample]:
    """Every labelled text of the set: each article at four lengths, and the mixed texts."""
    source = articles()
    out: list[Sample] = []
    for lang, text in source:
        paras = paragraphs(text)
        out += [Sample(lang, "sentence", first_sentence(p)) for p in paras]
        out += [Sample(lang, "paragraph", p) for p in paras]
        out += [Sample(lang, "500 chars", text[:500]), Sample(lang, "article", text)]
    by_lang: dict[str, list[str]] = defaultdict(list)
    for lang, text in source:
        by_lang[lang].append(text)
    for main, quoted in MIXES:
        for n, text in enumerate(by_lang[main][:8]):
            other = by_lang[quoted][n % len(by_lang[quoted])]
            joined = mixed(text, other, main)
            out += [Sample(main, "mixed 500", joined[:500]), Sample(main, "mixed article", joined)]
    return out


# ------------------------------------------------------------------ the detectors
def handwritten() -> Detector:
    from annotator.text import hand_guess

    def detect(text: str) -> Guess:
        guess = hand_guess(text)
        return Guess(guess.lang, guess.sure)

    return detect


def library() -> Detector:
    from annotator.text import guess_lang

    def detect(text: str) -> Guess:
        guess = guess_lang(text)
        return Guess(guess.lang, guess.sure)

    return detect


def py3langid(sure_at: float) -> Detector:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))

    def detect(text: str) -> Guess:
        lang, probability = identifier.classify(text)
        return Guess(lang, probability >= sure_at)

    return detect


def lingua(sure_at: float, low_accuracy: bool) -> Detector:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*(getattr(IsoCode639_1, c.upper()) for c in LANGUAGES))
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    detector = builder.with_preloaded_language_models().build()

    def detect(text: str) -> Guess:
        values = detector.compute_language_confidence_values(text)
        best = values[0]
        if best.value == 0:
            return Guess("und", False)
        return Guess(best.language.iso_code_639_1.name.lower(), best.value >= sure_at)

    return detect


def fallback(first: Detector, second: Detector, agree: bool = False, sample: int = 1000) -> Detector:
    """``first``'s guess when it is sure, else ``second``'s on the text's first ``sample`` characters
    (``agree``: sure only when both guess the same language)."""

    def detect(text: str) -> Guess:
        guess = first(text)
        if guess.sure:
            return guess
        other = second(text[:sample])
        return Guess(other.lang, other.sure and (not agree or other.lang == guess.lang))

    return detect


def detectors(py3_sure: float, lingua_sure: float) -> dict[str, Callable[[], Detector]]:
    return {
        "hand-written alone (hand_guess; before)": handwritten,
        "guess_lang: hand-written, else py3langid if they agree": library,
        "hand-written, else py3langid": lambda: fallback(handwritten(), py3langid(py3_sure)),
        "hand-written, else lingua low": lambda: fallback(handwritten(), lingua(lingua_sure, True)),
        f"py3langid (sure >= {py3_sure})": lambda: py3langid(py3_sure),
        f"lingua high (sure >= {lingua_sure})": lambda: lingua(lingua_sure, False),
        f"lingua low (sure >= {lingua_sure})": lambda: lingua(lingua_sure, True),
    }


# ------------------------------------------------------------------ measuring
class Row(NamedTuple):
    detector: str
    length: str
    n: int
    accuracy: float
    macro: float
    sure: float
    sure_wrong: int
    micros: float


def measure(name: str, detect: Detector, texts: list[Sample], length: str, repeat: int) -> Row:
    guesses = [detect(s.text) for s in texts]
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for sample in texts:
            detect(sample.text)
        best = min(best, time.perf_counter() - started)
    right = [g.lang == s.lang for g, s in zip(guesses, texts)]
    per_lang: dict[str, list[bool]] = defaultdict(list)
    for ok, sample in zip(right, texts):
        per_lang[sample.lang].append(ok)
    macro = sum(sum(v) / len(v) for v in per_lang.values()) / len(per_lang)
    sure_wrong = sum(g.sure and not ok for g, ok in zip(guesses, right))
    return Row(name, length, len(texts), sum(right) / len(texts), macro,
               sum(g.sure for g in guesses) / len(texts), sure_wrong, 1e6 * best / len(texts))


def by_language(detect: Detector, texts: list[Sample]) -> dict[str, tuple[int, int, list[str]]]:
    """``{language: (right, total, wrong guesses)}``."""
    out: dict[str, tuple[int, int, list[str]]] = {}
    for lang in LANGUAGES:
        mine = [s for s in texts if s.lang == lang]
        guesses = [detect(s.text).lang for s in mine]
        out[lang] = (sum(g == lang for g in guesses), len(mine), sorted(g for g in guesses if g != lang))
    return out


def print_table(rows: list[Row]) -> None:
    print("| detector | length | texts | accuracy | macro | sure | sure wrong | µs/text |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r.detector} | {r.length} | {r.n} | {r.accuracy:.1%} | {r.macro:.1%} | {r.sure:.0%} "
              f"| {r.sure_wrong} | {r.micros:,.0f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing runs per row; the best counts")
    parser.add_argument("--py3-sure", type=float, default=0.9, help="py3langid probability that counts as sure")
    parser.add_argument("--lingua-sure", type=float, default=0.9, help="lingua confidence that counts as sure")
    parser.add_argument("--by-lang", action="store_true", help="accuracy per language on sentences too")
    parser.add_argument("--only", default="", help="run only detectors whose name contains this")
    args = parser.parse_args(argv)
    texts = samples()
    rows: list[Row] = []
    languages: dict[str, dict[str, tuple[int, int, list[str]]]] = {}
    for name, make in detectors(args.py3_sure, args.lingua_sure).items():
        if args.only not in name:
            continue
        started = time.perf_counter()
        detect = make()
        detect("warm up")
        print(f"{name}: loaded in {time.perf_counter() - started:.2f} s", file=sys.stderr)
        for length in LENGTHS:
            rows.append(measure(name, detect, [s for s in texts if s.length == length], length, args.repeat))
        if args.by_lang:
            languages[name] = by_language(detect, [s for s in texts if s.length == "sentence"])
    print_table(rows)
    for name, table in languages.items():
        print(f"\n{name}, sentences: " + ", ".join(
            f"{lang} {right}/{total}" + (f" (as {' '.join(wrong)})" if wrong else "")
            for lang, (right, total, wrong) in table.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
