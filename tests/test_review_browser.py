"""The review page in a real browser (Debian's chromium and chromedriver, driven by selenium).

The round trip of the README: ``annotator review`` writes the page; the analyst
accepts, rejects and relabels spans, adds a missed one by selecting its text,
accepts a suggestion, reloads (progress kept), exports; then ``annotator
train`` and ``annotator evaluate`` read the exported file.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from annotator import cli
from annotator.api import Annotator, load
from annotator.evaluation import evaluate

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1300,900")
LEAD = "Kiev's allies abandoned the winning scenarios, Harbour Chronicle says. Brussels is now cautious."
NATO, KRAS, ASIDE = "(and an obstacle for NATO)", "(Krasnoarmeysk)", "(which, of course, is not true)"


def article(index: int, with_lead: bool) -> str:
    second = LEAD if with_lead else f"Ministers met in Brussels on day {index} and talked about supplies."
    return (f"Harbour Chronicle: Europe is thinking about a ceasefire {index}\n{second}\nIan Marlow\n"
            f"Ukraine's allies have shifted their attention {NATO} to talks {index}.\n"
            f"The town of Pokrovsk {KRAS} is a hub \U0001F600. Officials said so on day {index} {ASIDE}.\n"
            "The talks went on.")


def at(text: str, piece: str, kind: str) -> dict[str, Any]:
    start = text.index(piece)
    return {"start": start, "end": start + len(piece), "kind": kind}


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def input_records() -> list[dict[str, Any]]:
    """Six gold records with leads (the first with two wrong spans and a missed aside), three raw articles.

    Training on few examples needs six of a kind: three folds for the held-out predictions, each with
    three calibration folds."""
    first = article(0, True)
    records: list[dict[str, Any]] = [{"id": "a0", "lang": "en", "text": first, "source": "test",
                                      "spans": [at(first, LEAD, "lead"), at(first, NATO, "aside"),
                                                at(first, KRAS, "aside")]}]
    for index in range(1, 6):
        text = article(index, True)
        records.append({"id": f"a{index}", "lang": "en", "text": text, "source": "test",
                        "spans": [at(text, LEAD, "lead"), at(text, KRAS, "gloss"), at(text, ASIDE, "aside")]})
    records += [{"id": f"a{index}", "text": article(index, index == 7)} for index in (6, 7, 8)]
    return records


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path]]:
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if missing:
        pytest.skip(f"{', '.join(missing)} not found: install Debian's chromium and chromium-driver "
                    "(make chromium) to run the review page test")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('profile')}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False,
                                              "profile.default_content_setting_values.automatic_downloads": 1})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        yield driver, downloads
    finally:
        driver.quit()


def press(driver: Any, keys: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(keys).perform()


def click_span(driver: Any, article_index: int, start: int) -> Any:
    mark = driver.find_element("css selector", f'mark[data-article="{article_index}"][data-start="{start}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    return mark


SELECT = """
const [index, start, end] = arguments;
const body = document.querySelector('.text[data-article="' + index + '"]');
const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
const range = document.createRange();
let pos = 0, started = false, node;
while ((node = walker.nextNode())) {
  const length = node.data.length;
  if (!started && start <= pos + length) { range.setStart(node, start - pos); started = true; }
  if (started && end <= pos + length) { range.setEnd(node, end - pos); break; }
  pos += length;
}
const selection = window.getSelection();
selection.removeAllRanges();
selection.addRange(range);
return selection.toString();
"""


def select(driver: Any, article_index: int, text: str, start: int, end: int) -> str:
    """Select ``text[start:end]`` (code points) in the page with a DOM Range."""
    return driver.execute_script(SELECT, article_index, utf16(text, start), utf16(text, end))


def message(driver: Any) -> str:
    return driver.find_element("id", "message").text


def labels(driver: Any, article_index: int) -> list[tuple[str, str, str]]:
    return [(m.get_attribute("data-start"), m.get_attribute("data-end"), m.get_attribute("data-label"))
            for m in driver.find_elements("css selector", f'mark[data-article="{article_index}"]')]


def wait_for(path: Path, seconds: float = 30, previous: bytes | None = None) -> Path:
    """Wait until ``path`` is downloaded (with other bytes than ``previous``, when given)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size and not list(path.parent.glob("*.crdownload")) \
                and (previous is None or path.read_bytes() != previous):
            return path
        time.sleep(0.1)
    raise AssertionError(f"no download {path.name} after {seconds} s: {list(path.parent.iterdir())}")


def page_data(page: Path) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="review-data"[^>]*>(.*?)</script>',
                      page.read_text(encoding="utf-8"), re.DOTALL)
    assert match
    return json.loads(match.group(1))


def test_review_round_trip(browser: tuple[Any, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    driver, downloads = browser
    records = input_records()
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    page = tmp_path / "review.html"
    assert cli.main(["review", str(source), "-o", str(page), "--uncertain", "5"]) == 0  # the shipped model
    assert "9 articles" in capsys.readouterr().out
    data = page_data(page)
    text = records[0]["text"]
    aside = text.index(ASIDE)
    # the most uncertain suggestion that the aside added below leaves open (a0's sentence around it is one)
    suggestion = min(((i, s) for i, a in enumerate(data["articles"]) for s in a["suggestions"]
                      if i or not s["start"] < aside + len(ASIDE) and aside < s["end"]),
                     key=lambda pair: pair[1]["rank"])
    driver.get(page.as_uri())
    assert driver.find_elements("css selector", "mark[data-item]")

    press(driver, "e")  # nothing reviewed yet
    assert "nothing to export" in message(driver)

    lead, nato, kras = (span["start"] for span in records[0]["spans"])
    click_span(driver, 0, lead)
    press(driver, "a")
    click_span(driver, 0, nato)
    press(driver, "x")
    click_span(driver, 0, kras)
    press(driver, "4")  # gloss
    marks = {start: label for start, _, label in labels(driver, 0)}
    assert marks[str(lead)] == "\u2713 lead"
    assert marks[str(nato)] == "\u2717 aside"
    assert marks[str(kras)] == "\u2713 gloss (was aside)"

    # An addition that overlaps a span is refused; one with edge spaces is trimmed.
    town = text.index("Pokrovsk")
    assert select(driver, 0, text, town, town + len("Pokrovsk (Kras")) == "Pokrovsk (Kras"
    press(driver, "5")
    assert "refused: overlaps the gloss span" in message(driver)
    byline = text.index("Ian Marlow")
    select(driver, 0, text, byline, byline + len("Ian Marlow\nUkraine's"))
    press(driver, "5")
    assert "line break only when it is one bracketed insertion" in message(driver)
    select(driver, 0, text, byline, byline + len("Ian Marlow"))
    press(driver, "8")  # a wrong addition, undone
    assert (str(byline), str(byline + len("Ian Marlow")), "+ disclaimer") in labels(driver, 0)
    press(driver, "u")
    assert not any(start == str(byline) for start, _, _ in labels(driver, 0))
    assert utf16(text, aside) == aside + 1  # the emoji before it is two UTF-16 units
    assert select(driver, 0, text, aside - 1, aside + len(ASIDE)) == " " + ASIDE
    press(driver, "5")  # aside
    assert (str(aside), str(aside + len(ASIDE)), "+ aside") in labels(driver, 0)
    press(driver, "d")  # article a0 reviewed

    press(driver, "n")  # the most uncertain suggestion of the page
    focused = driver.find_element("css selector", "mark.focused")
    owner, wanted = suggestion
    assert (focused.get_attribute("data-article"), focused.get_attribute("data-start")) == \
        (str(owner), str(wanted["start"]))
    press(driver, "a")
    if owner != 0:
        press(driver, "d")
    progress = driver.find_element("id", "progress").text
    assert progress.startswith(f"{1 if owner == 0 else 2} of 9 articles reviewed")

    driver.refresh()  # progress is kept in the browser
    assert driver.find_element("id", "progress").text == progress
    assert (str(aside), str(aside + len(ASIDE)), "+ aside") in labels(driver, 0)

    driver.find_element("id", "reviewer").send_keys("tester")
    driver.find_element("css selector", '#scope option[value="all"]').click()
    driver.find_element("id", "export").click()
    exported = [json.loads(line) for line in wait_for(downloads / "review.jsonl").read_text("utf-8").splitlines()]

    assert [r["id"] for r in exported] == [r["id"] for r in records]
    assert [r["text"] for r in exported] == [r["text"] for r in records]
    assert [r["reviewed"] for r in exported] == [i in (0, owner) for i in range(9)]
    assert {(r["writer"], r["split"], r["source"]) for r in exported} == {("tester", "train", "annotator review")}
    expected = []
    for index, article_data in enumerate(data["articles"]):
        spans = [{key: s[key] for key in ("start", "end", "kind")} for s in article_data["spans"]]
        if index == owner:
            spans.append({key: wanted[key] for key in ("start", "end", "kind")})
        expected.append(sorted(spans, key=lambda s: s["start"]))
    expected[0] = [at(text, LEAD, "lead"), at(text, KRAS, "gloss"), at(text, ASIDE, "aside")] + \
        ([{key: wanted[key] for key in ("start", "end", "kind")}] if owner == 0 else [])
    expected[0].sort(key=lambda s: s["start"])
    assert [r["spans"] for r in exported] == expected
    assert exported[0]["text"][aside:aside + len(ASIDE)] == ASIDE

    reviewed = tmp_path / "review.jsonl"  # the export of every article, trained and evaluated on below
    reviewed.write_bytes((downloads / "review.jsonl").read_bytes())
    driver.find_element("css selector", '#scope option[value="reviewed"]').click()
    driver.find_element("id", "export").click()  # only the articles marked reviewed, in place of the first
    again = wait_for(downloads / "review.jsonl", previous=reviewed.read_bytes()).read_text("utf-8").splitlines()
    assert [json.loads(line) for line in again] == [r for r in exported if r["reviewed"]]

    # train and evaluate read the exported file unchanged
    model_dir = tmp_path / "model"
    assert cli.main(["train", str(reviewed), "--out", str(model_dir), "--jobs", "1"]) == 0
    model = load(model_dir)
    assert model.metadata["training_records"] == 9
    assert model.metadata["training_candidates"]["lead"] == sum(
        s["kind"] == "lead" for r in exported for s in r["spans"])
    capsys.readouterr()
    for args, predictor in ((["--rules-only"], Annotator()), (["--model", str(model_dir)], model)):
        assert cli.main(["evaluate", str(reviewed), "--json", *args]) == 0
        scores = json.loads(capsys.readouterr().out)
        assert scores["documents"] == 9
        assert scores["rows"]["overall"]["gold"] == sum(len(r["spans"]) for r in exported)
        assert scores["rows"] == evaluate(exported, predictor).to_dict()["rows"]
