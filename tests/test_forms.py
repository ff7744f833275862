"""Every form docs/FORMS.md says the library detects, on the passages of datasets/forms/forms.txt.

Each claim names the gold spans of one form (passage id, how the span's text
starts); predicting that passage with the rules alone must give each of them
exactly.  Every rule span on every passage must be a gold span, and no rule
may touch a marked hard negative.  The coverage column of docs/FORMS.md says
"yes" for exactly the forms claimed here and the hard-negative rows.
"""

import re
from pathlib import Path

import pytest

from annotator import predict_rules
from annotator.markup import read_markup

ROOT = Path(__file__).resolve().parents[1]
PASSAGES = {record["id"]: record for record in read_markup(ROOT / "datasets" / "forms" / "forms.txt")}

# form id -> (passage id, the start of each gold span text of that form); every gold span starting so counts
CLAIMS: dict[str, tuple[tuple[str, str], ...]] = {
    "F001": (("forms-en-001", "(the author does not say"),),
    "F002": (("forms-ru-017", "(Артемовска – ред.)"),),
    "F003": (("forms-uk-001", "(оспорюється"),),
    "F004": (("forms-pl-001", "(z fundacjami"),),
    "F005": (("forms-it-001", "(una delle vette"),),
    "F006": (("forms-it-001", "[per la gestione"),),
    "F007": (("forms-nl-001", "(de Noorse regering, red.)"), ("forms-nl-001", "(Red.) Het citaat")),
    "F008": (("forms-cs-001", "Pozn. překl."),),
    "F009": (("forms-it-001", "(in tedesco"),),
    "F010": (("forms-pl-001", "(w oryginale"),),
    "F011": (("forms-ru-007", "(признана в РФ иностранным агентом"),),
    "F012": (("forms-ru-007", "(признан в РФ СМИ-иноагентом)"), ("forms-ru-007", "(ФЛБ, признан в РФ НКО-иноагентом)")),
    "F013": (("forms-ru-007", "(внесен Минюстом РФ"),),
    "F014": (("forms-ru-007", "(включен Росфинмониторингом"),),
    "F015": (("forms-ru-007", "(объявлен иноагентом)"),),
    "F016": (("forms-ru-007", "(включен Минюстом в реестр организаций"),),
    "F017": (("forms-ru-007", "(террористическая организация, запрещенная"),),
    "F018": (("forms-ru-007", "(организация запрещена в России)"),),
    "F019": (("forms-ru-010", "(«Исламское государство"),),
    "F020": (("forms-ru-008", "**"),),
    "F021": (("forms-ru-008", "*"),),
    "F022": (("forms-ru-009", "✱"),),
    "F023": (("forms-ru-009", "1"),),
    "F024": (("forms-ru-008", "* — признано"),),
    "F025": (("forms-ru-009", "*Организация"),),
    "F026": (("forms-ru-008", "** Деятельность"),),
    "F027": (("forms-ru-009", "*Деятельность Meta"),),
    "F028": (("forms-ru-008", "* Решением суда"),),
    "F029": (("forms-ru-008", "* Минюст включил"),),
    "F031": (("forms-ru-010", "(запрещено в РК)"),),
    "F032": (("forms-ru-011", "НАСТОЯЩИЙ МАТЕРИАЛ"),),
    "F033": (("forms-ru-012", "ДАННОЕ СООБЩЕНИЕ"),),
    "F034": (("forms-en-004", "This message (material)"),),
    "F035": (("forms-ca-001", "Aquesta informació"),),
    "F036": (("forms-en-004", "(recognized in Russia"),),
    "F037": (("forms-ru-010", "(признана ООН"),),
    "F038": (("forms-ru-001", "Материалы ИноСМИ"), ("forms-ru-014", "Материалы ИноСМИ")),
    "F039": (("forms-ru-014", "Источник"), ("forms-ru-014", "НовостиСевер.рф")),
    "F040": (("forms-ru-013", "Источник:"),),
    "F041": (("forms-uk-001", "Джерело:"),),
    "F042": (("forms-uk-002", "(За матеріалами"),),
    "F044": (("forms-en-003", "Source: The Lakeside"),),
    "F045": (("forms-en-002", 'Source: "The night'),),
    "F046": (("forms-en-002", "Translated by"),),
    "F047": (("forms-ru-016", "Перевод Марии"), ("forms-bg-001", "Превод:"), ("forms-bg-001", "Редактор:")),
    "F048": (("forms-de-001", "Aus dem Russischen"), ("forms-de-001", "Übersetzung:")),
    "F049": (("forms-de-002", "Übersetzt erschien"),),
    "F050": (("forms-fr-001", "Par Oksana"),),
    "F051": (("forms-fr-002", "Article paru"),),
    "F052": (("forms-it-001", "Articolo tratto"),),
    "F053": (("forms-es-001", "Por su interés"), ("forms-es-002", "Artículo de")),
    "F054": (("forms-es-001", "Esta noticia"),),
    "F055": (("forms-ru-016", "«Северный обозреватель»"),),
    "F056": (("forms-en-005", "The English translation"), ("forms-fr-002", "Cet article")),
    "F057": (("forms-en-004", "Disclaimer:"),),
    "F058": (("forms-de-002", "KI-Hinweis"),),
    "F059": (("forms-pt-001", "<!-- CO_OP_TRANSLATOR_METADATA"),),
    "F060": (("forms-sr-001", "Свако копирање"),),
    "F061": (("forms-it-002", "Tutti i diritti"), ("forms-cs-001", "Všechna práva")),
    "F062": (("forms-en-003", "UPLOADED BY"),),
    "F063": (("forms-en-003", "By Anna Zorina"),),
    "F065": (("forms-ru-016", "дата публикации"),),
    "F066": (("forms-ru-001", "(Einar Halvorsen)"), ("forms-ru-018", "(Gunnar Solberg)")),
    "F067": (("forms-sr-001", "(James Holt)"),),
    "F068": (("forms-ru-001", "(Margaret Tolley)"), ("forms-ru-001", "(Owen Berkley)")),
    "F069": (("forms-ru-017", "(Бахмут)"),),
    "F070": (("forms-ru-017", "(украинское название"),),
    "F072": (("forms-pl-001", "(znanej wcześniej jako"),),
    "F073": (("forms-en-002", "(Dnipro)"),),
    "F074": (("forms-de-001", "(Kaliningrad)"),),
    "F075": (("forms-tr-001", "(Bulgarcası"),),
    "F076": (("forms-ru-017", "(можно перевести как"),),
    "F081": (("forms-de-001", "[sic!]"),),
    "F082": (("forms-ru-001", "(sic!)"),),
    "F083": (("forms-en-001", "<...>"),),
    "F084": (("forms-uk-002", "[…]"), ("forms-sk-001", "[…]"), ("forms-es-002", "[…]")),
    "F085": (("forms-en-002", "[…]"),),
    "F086": (("forms-ru-004", "Британское издание"), ("forms-ru-014", "Федеральные земли")),
    "F087": (("forms-ru-001", "Арктические маршруты"),),
    "F090": (("forms-ru-004", "Британское издание"),),
    "F092": (("forms-ru-006", "«Тяжелая бутылка"),),
    "F093": (("forms-uk-001", "Норвезька газета"),),
    "F098": (("forms-fr-001", "Selon Pivden Today"),),
    "F100": (("forms-es-001", "La Xunta"),),
    "F101": (("forms-pt-001", "O jornal britânico"),),
    "F104": (("forms-sr-001", "Како пишу"),),
    "F110": (("forms-ru-001", "Арктические маршруты"), ("forms-ru-014", "Федеральные земли")),
    "F141": (("forms-ru-018", "(Einar Halvorsen)"), ("forms-ru-018", "(Gunnar Solberg)")),
    "F142": (("forms-ru-019", "Шведская газета"), ("forms-ru-019", "По мнению издания"),
             ("forms-ru-019", "Американское издание"), ("forms-ru-019", "Автор статьи"), ("forms-ru-019", "Немецкая")),
    "F143": (("forms-ru-018", "Оригинал публикации"),),
    "F144": (("forms-ru-021", "Статья впервые"), ("forms-en-006", "Originally published"), ("forms-uk-003", "Вперше")),
    "F146": (("forms-ru-020", "Норвежская газета"), ("forms-ru-020", "11 февраля)"), ("forms-ru-020", "Шведская")),
    "F147": (("forms-fr-003", "Les planteurs"), ("forms-de-004", "In der Region Ashanti")),
    "F145": (("forms-ru-021", "© Northern"), ("forms-en-006", "© 2016")),
}


def _spans(record, ann=None):
    return {(span["start"], span["end"], span["kind"]) for span in record["spans"]} if ann is None \
        else {(span.start, span.end, span.kind) for span in ann.spans}


_PREDICTED = {}


def _rules(pid):
    if pid not in _PREDICTED:
        _PREDICTED[pid] = _spans(None, predict_rules(PASSAGES[pid]["text"]))
    return _PREDICTED[pid]


@pytest.mark.parametrize("form", sorted(CLAIMS))
def test_a_claimed_form_is_found_exactly(form):
    for pid, start in CLAIMS[form]:
        record = PASSAGES[pid]
        assert form in record["forms"].replace(" ", "").split(","), (form, pid)
        text = record["text"]
        gold = [span for span in sorted(_spans(record)) if text[span[0]:span[1]].startswith(start)]
        assert gold, (form, pid, start)
        missing = [text[s:e] for s, e, kind in gold if (s, e, kind) not in _rules(pid)]
        assert missing == [], (form, pid)


@pytest.mark.parametrize("pid", sorted(PASSAGES))
def test_the_rules_find_no_false_span_and_leave_hard_negatives_alone(pid):
    record = PASSAGES[pid]
    text = record["text"]
    false = [(text[s:e], kind) for s, e, kind in _rules(pid) - _spans(record)]
    assert false == []
    for negative in record.get("negatives", []):
        assert not any(s < negative["end"] and negative["start"] < e for s, e, _ in _rules(pid)), \
            text[negative["start"]:negative["end"]]


@pytest.mark.parametrize("pid", ["forms-ru-001", "forms-ru-008", "forms-ru-009", "forms-ru-014", "forms-en-002",
                                 "forms-de-001", "forms-es-001"])
def test_crlf_line_ends_find_the_same_spans(pid):
    text = PASSAGES[pid]["text"]
    found = {(text[s:e], kind) for s, e, kind in _rules(pid)}
    crlf = text.replace("\n", "\r\n")
    assert {(crlf[span.start:span.end], span.kind) for span in predict_rules(crlf).spans} == found


def test_page_debris_around_the_article_does_not_move_the_edge_rules():
    text = PASSAGES["forms-ru-013"]["text"]
    debris = "Поделиться\nVK Telegram WhatsApp\nЧитайте также: Как живут острова Балтики зимой\n"
    padded = debris + text + "\nПодписывайтесь на наш канал\nРеклама\nКомментарии"
    found = {(text[s:e], kind) for s, e, kind in _rules("forms-ru-013")}
    assert ("Источник: Saare Teataja", "disclaimer") in found
    assert {(padded[span.start:span.end], span.kind) for span in predict_rules(padded).spans} == found


def _coverage():
    rows = {}
    for line in (ROOT / "docs" / "FORMS.md").read_text(encoding="utf-8").splitlines():
        if re.match(r"\| F\d{3} \|", line):
            cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
            rows[cells[0]] = (cells[3], cells[-1])
    return rows


def test_the_coverage_column_says_yes_for_exactly_what_is_proved():
    rows = _coverage()
    assert len(rows) == 147
    yes = {form for form, (kind, covered) in rows.items() if covered.startswith("yes")}
    originals = {form for form, (kind, _) in rows.items() if kind == "original"}
    assert yes - originals == set(CLAIMS)
