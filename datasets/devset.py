#!/usr/bin/env python3
"""Hand-annotated dev/test set for `annotator`.

Every article below is hand-written prose (no real article is copied) in the
layout of a republished translation (InoSMI style for en/ru) or of an ordinary
newspaper article (de, fr, es, it, pl, uk). An article is a list of
paragraphs; a paragraph is a list of pieces; a piece is either a plain string
(text written by the original outlet) or a tagged piece ``E(kind, text)``
(text added by the republisher). The builder concatenates the pieces, joins
paragraphs with "\\n" and records the spans, so no offset is counted by hand.

    python datasets/devset.py           # writes datasets/dev.jsonl
    python datasets/devset.py --stats   # prints counts (writes nothing)
    python datasets/devset.py --check   # exit 1 if dev.jsonl is stale

The articles defined with ``article()`` form the "dev" and "test" splits. The
ones defined with ``blind_article()`` (section BLIND) form the
"blind" split: en/ru articles written after the shipped model was trained,
never trained or tuned on. The ones defined with ``training_article()``
(section TRAINING) are extra en/ru training articles with ids
"extra-<lang>-NNN" and split "dev"; their records come after the dev/test and
blind records, so the ids, texts and splits of those records do not change.
The ones defined with ``blind2_article()`` (section BLIND2, after TRAINING)
form the "blind2" split: a second set of en/ru articles written after the
model trained on the extra articles was frozen, never trained or tuned on.
The ones defined with ``blind3_article()`` (section BLIND3, after BLIND2) form
the "blind3" split: a third set of en/ru articles written later, never trained
or tuned on. The ones defined with ``blind4_article()`` (section BLIND4, after
BLIND3) form the "blind4" split: a fourth set of en/ru articles, written by a
writer who never ran the model nor read its rules, never trained or tuned on.
The ones defined with ``blind5_article()`` (section BLIND5, after BLIND4) form
the "blind5" split: a fifth set of en/ru articles, written by a writer who
never ran the model, never saw its output and never read its rules or code,
never trained or tuned on. The records follow in the order dev/test, blind,
extra, blind2, blind3, blind4 and blind5 (last of all), so every earlier
record stays unchanged.

Standard library only; nothing is imported from the ``annotator`` package.
See ANNOTATION_GUIDE.md (shared/) for the span kinds and boundary rules.
"""
import argparse
import collections
import json
import os
import re
import sys

KINDS = ("note", "translator_note", "legal_label", "gloss", "aside",
         "elision", "lead", "disclaimer")
SOURCE = "hand-written for the annotator dev set"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev.jsonl")

# An attribution marker (guide: a span is "marked" when it contains one or is
# a disclaimer). Used for the stats and for the self-check: every note and
# translator_note must carry one, no gloss/aside/elision/lead may, and no
# original text may contain one.
MARKER_RE = re.compile(
    r"approx\.?\s*(?:inosmi|transl)"
    r"|прим\.?\s*(?:иносми|ред|пер)"
    r"|editor's note|translator's note|\bed\.\)|[-–—]\s*ed\."
    r"|[-–—]\s*ред\b|[-–—]\s*«нг»|[-–—]\s*rt\b"
    r"|anm\.\s*d\.\s*(?:red|übers)|\bndlr\b|\bn\.\s*d\.\s*[lrt]"
    r"|\bn\.\s*de\s*la\s*r\.|\bn\.\s*del\s*t\.|\bndr\b|\bndt\b"
    r"|przyp\.\s*(?:red|tłum)|прим\.\s*(?:перекл|ред)",
    re.IGNORECASE)


class E:
    """A tagged (editorial) piece: the republisher wrote `text`."""
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        if kind not in KINDS:
            raise ValueError("unknown kind %r" % kind)
        self.kind = kind
        self.text = text


def N(text):
    return E("note", text)


def T(text):
    return E("translator_note", text)


def L(text):
    return E("legal_label", text)


def G(text):
    return E("gloss", text)


def A(text):
    return E("aside", text)


def X(text="<...>"):
    return E("elision", text)


def LEAD(text):
    return E("lead", text)


def D(text):
    return E("disclaimer", text)


DISC_EN = ("InoSMI materials contain assessments exclusively of foreign media "
           "and do not reflect the position of the InoSMI editorial board.")
DISC_RU = ("Материалы ИноСМИ содержат оценки исключительно зарубежных СМИ "
           "и не отражают позицию редакции ИноСМИ.")

ARTICLES = []  # (lang, paragraphs) in definition order: splits "dev" and "test"
BLIND = []     # (lang, paragraphs) in definition order: split "blind"
TRAINING = []  # (lang, paragraphs) in definition order: extra articles, split "extra"
BLIND2 = []    # (lang, paragraphs) in definition order: split "blind2"
BLIND3 = []    # (lang, paragraphs) in definition order: split "blind3"
BLIND4 = []    # (lang, paragraphs) in definition order: split "blind4"
BLIND5 = []    # (lang, paragraphs) in definition order: split "blind5"


def article(lang, *paragraphs):
    ARTICLES.append((lang, paragraphs))


def blind_article(lang, *paragraphs):
    """An article of the blind split: never trained or tuned on."""
    BLIND.append((lang, paragraphs))


def training_article(lang, *paragraphs):
    """An extra hand-written article (split "extra", id "extra-<lang>-NNN"): not in the default training."""
    TRAINING.append((lang, paragraphs))


def blind2_article(lang, *paragraphs):
    """An article of the second blind split ("blind2"): never trained or tuned on."""
    BLIND2.append((lang, paragraphs))


def blind3_article(lang, *paragraphs):
    """An article of the third blind split ("blind3"): never trained or tuned on."""
    BLIND3.append((lang, paragraphs))


def blind4_article(lang, *paragraphs):
    """An article of the fourth blind split ("blind4"): never trained or tuned on."""
    BLIND4.append((lang, paragraphs))


def blind5_article(lang, *paragraphs):
    """An article of the fifth blind split ("blind5"): never trained or tuned on."""
    BLIND5.append((lang, paragraphs))


def is_marked(kind, text):
    return kind == "disclaimer" or bool(MARKER_RE.search(text))


def _bracketed(s):
    return s[:1] in "([" and s[-1:] in ")]"


def build(paragraphs, where="?"):
    """Concatenate pieces; return (text, spans) after the self-check."""
    def fail(msg):
        raise AssertionError("%s: %s" % (where, msg))

    if not 4 <= len(paragraphs) <= 12:
        fail("has %d paragraphs, want 4-12" % len(paragraphs))
    parts, spans, tagged, pos = [], [], [], 0
    for i, para in enumerate(paragraphs):
        pieces = para if isinstance(para, list) else [para]
        if not pieces or not "".join(
                p.text if isinstance(p, E) else p for p in pieces).strip():
            fail("paragraph %d is empty" % i)
        if i:
            parts.append("\n")
            pos += 1
        for piece in pieces:
            if isinstance(piece, E):
                s = piece.text
                if not s or s != s.strip():
                    fail("span %r is empty or has outer whitespace" % s)
                if "\n" in s and not _bracketed(s):
                    fail("unbracketed span %r contains a newline" % s)
                if piece.kind in ("lead", "disclaimer") and len(pieces) != 1:
                    fail("%s %r is not a whole paragraph" % (piece.kind, s))
                if piece.kind in ("note", "translator_note") and not MARKER_RE.search(s):
                    fail("%s %r has no attribution marker" % (piece.kind, s))
                if piece.kind in ("gloss", "aside", "elision", "lead") and MARKER_RE.search(s):
                    fail("%s %r contains a marker" % (piece.kind, s))
                spans.append({"start": pos, "end": pos + len(s), "kind": piece.kind})
                tagged.append(s)
            elif isinstance(piece, str):
                if "\n" in piece:
                    fail("original piece %r contains a newline" % piece)
                m = MARKER_RE.search(piece)
                if m:
                    fail("original piece contains marker %r: %r" % (m.group(), piece))
                s = piece
            else:
                fail("bad piece %r" % (piece,))
            parts.append(s)
            pos += len(s)
    text = "".join(parts)
    last_end = 0
    for sp, s in zip(spans, tagged):
        if text[sp["start"]:sp["end"]] != s:
            fail("span text mismatch %r" % s)
        if sp["start"] < last_end:
            fail("spans overlap or are unsorted at %r" % s)
        last_end = sp["end"]
    return text, spans


def records():
    by_lang = collections.Counter()
    out = []
    for lang, paragraphs in ARTICLES:
        by_lang[lang] += 1
        n = by_lang[lang]
        rid = "dev-%s-%03d" % (lang, n)
        text, spans = build(paragraphs, rid)
        # stratified by language, deterministic: every third article is held out
        split = "test" if n % 3 == 0 else "dev"
        out.append({"id": rid, "lang": lang, "text": text, "spans": spans,
                    "source": SOURCE, "split": split})
    # then, numbered per language and in this order so no earlier record moves:
    # the blind split, the extra articles, the second, third, fourth and fifth blind splits
    for split, articles in (("blind", BLIND), ("extra", TRAINING), ("blind2", BLIND2),
                            ("blind3", BLIND3), ("blind4", BLIND4), ("blind5", BLIND5)):
        numbers = collections.Counter()
        for lang, paragraphs in articles:
            numbers[lang] += 1
            rid = "%s-%s-%03d" % (split, lang, numbers[lang])
            text, spans = build(paragraphs, rid)
            out.append({"id": rid, "lang": lang, "text": text, "spans": spans,
                        "source": SOURCE, "split": split})
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return out


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


SPLITS = ("dev", "test", "extra", "blind", "blind2", "blind3", "blind4", "blind5")


def stats(recs):
    """Counts per split, language and kind (splits in the order of SPLITS)."""
    c = collections.Counter
    n = len(SPLITS)
    lines = ["articles: %d (%s), with no span: %d" % (
        len(recs), ", ".join("%s %d" % (s, sum(r["split"] == s for r in recs)) for s in SPLITS),
        sum(not r["spans"] for r in recs))]
    langs = c(r["lang"] for r in recs)
    lines.append("per language (articles / spans / no-span articles / %s):" % " / ".join(SPLITS))
    for lang in sorted(langs, key=lambda l: (-langs[l], l)):
        rs = [r for r in recs if r["lang"] == lang]
        lines.append("  %-3s %3d %4d %3d" % (lang, len(rs), sum(len(r["spans"]) for r in rs),
                                             sum(not r["spans"] for r in rs))
                     + "".join(" %3d" % sum(r["split"] == s for r in rs) for s in SPLITS))
    lines.append("per kind (all / %s / marked / unmarked):" % " / ".join(SPLITS))
    rows = collections.defaultdict(lambda: [0] * (n + 3))
    for r in recs:
        for sp in r["spans"]:
            row = rows[sp["kind"]]
            row[0] += 1
            row[1 + SPLITS.index(r["split"])] += 1
            row[n + 1 if is_marked(sp["kind"], r["text"][sp["start"]:sp["end"]]) else n + 2] += 1
    total = [0] * (n + 3)
    for k in KINDS:
        total = [a + b for a, b in zip(total, rows[k])]
        lines.append("  %-16s" % k + "".join(" %4d" % v for v in rows[k]))
    lines.append("  %-16s" % "TOTAL" + "".join(" %4d" % v for v in total))
    lines.append("marked vs unmarked spans: %d marked, %d unmarked" % (total[n + 1], total[n + 2]))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true", help="print counts, write nothing")
    ap.add_argument("--check", action="store_true", help="exit 1 if dev.jsonl differs")
    ap.add_argument("-o", "--output", default=OUT)
    args = ap.parse_args(argv)
    recs = records()
    data = dump(recs)
    if args.stats:
        print(stats(recs))
        return 0
    if args.check:
        try:
            with open(args.output, "rb") as f:
                same = f.read() == data
        except OSError:
            same = False
        print("%s is %s" % (args.output, "up to date" if same else "STALE"))
        return 0 if same else 1
    with open(args.output, "wb") as f:
        f.write(data)
    print("wrote %d records to %s" % (len(recs), args.output))
    return 0


# ---------------------------------------------------------------------------
# The articles. Order matters: ids are assigned per language in this order.
# ---------------------------------------------------------------------------

# =============================== ENGLISH ===================================

# en-001: energy, lead + note + disclaimer; hard negatives (GIE), (LNG), (including ...)
article(
    "en",
    "Bloomberg: Europe's gas reserves are melting faster than expected",
    LEAD("Europe's underground gas storage facilities are being emptied at the fastest pace in seven years, Bloomberg reports. Cold weather and calm winds forced utilities to burn more fuel, and traders are already betting on a tense summer."),
    "Karl Ostrander, Paula Mendes Vieira",
    "European gas storage sites were about 72% full at the start of February, compared with more than 85% a year earlier, according to data from Gas Infrastructure Europe (GIE). The benchmark Dutch TTF futures have risen by almost a third since December.",
    ["The situation was aggravated by the end of Russian gas transit through Ukraine on January 1 ",
     N("(the authors prefer not to recall that it was Kiev that refused to extend the contract. – Approx. InoSMI)"),
     ". Slovakia and Austria had to look for supplies from other sources, which turned out to be more expensive."],
    "“The market has lost its cushion,” said Tom Marsden, head of gas analytics at a London consultancy. “Every cold snap now turns into a price spike.”",
    "Traders fear that in order to meet the EU target of filling storage to 90% by November 1, countries will have to compete for liquefied natural gas (LNG) with buyers in Asia. Some governments (including Germany and Italy) have already asked Brussels to make the target more flexible.",
    "The European Commission said it was ready to discuss “technical adjustments,” but stressed that the storage regulation remains in force until 2027.",
    D(DISC_EN),
)

# en-002: US politics, no lead; gloss for the Russian reader, unbracketed aside;
# hard negatives (R-Texas), (D-New York), (in 1995 and in 2011)
article(
    "en",
    "The Economist (UK): Why Republicans cannot agree on the budget",
    "The House of Representatives was once again on the brink of a government shutdown this week. Speaker Mike Johnson needed almost every Republican vote, and he did not have them.",
    "The rebels are led by a small group of fiscal hawks. Chip Roy (R-Texas) demanded spending cuts of $1.5 trillion over ten years; Thomas Massie (R-Kentucky) refused to vote for any bill that adds to the deficit.",
    "Democrats watched with some glee. “They own this chaos,” said Hakeem Jeffries (D-New York), the leader of the minority.",
    ["The dispute is about more than numbers. The populist wing of the party wants to protect Social Security and Medicare ",
     G("(the federal health insurance program for Americans over 65)"),
     ", while the hawks say that entitlements are the only place where real savings can be found."],
    "Mr. Johnson promised the hawks a vote on a balanced budget amendment. Such promises were made before (in 1995 and in 2011) and came to nothing.",
    ["Markets have so far ignored the noise. Yields on ten-year Treasury bonds barely moved. ",
     A("Apparently, American investors have long been used to the fact that their Congress lives on credit."),
     " Rating agencies are less patient: Moody's deprived America of its last AAA rating in May."],
)

# en-003: France, lead "according to Le Monde"; translator's note; lowercase note variant
article(
    "en",
    "Le Monde (France): French farmers return to Paris on tractors",
    LEAD("French farmers are again driving tractors into the streets of Paris, according to Le Monde. They protest against the trade agreement between the EU and the Mercosur countries, which, in their opinion, will ruin local producers."),
    "Hélène Marchal",
    "Several hundred tractors blocked the ring road on Tuesday morning. The main agricultural union (FNSEA) and its young farmers' wing called for “a week of mobilization” until the government obtains guarantees from Brussels.",
    ["The more radical Coordination rurale ",
     T("(literally “Rural Coordination.” – Translator's note)"),
     " went further: its activists dumped manure in front of the prefecture in Agen and promised to “besiege” the capital."],
    "The agreement with Mercosur (Brazil, Argentina, Paraguay and Uruguay) has been negotiated for more than twenty years. According to its opponents, it will open the European market to beef and poultry produced under standards that are banned in France.",
    ["Emmanuel Macron repeated that France “will not sign the text in its current form” ",
     N("(however, the decision is made by the European Commission, and Paris alone cannot block it. - approx. InoSMI)"),
     "."],
    "“We are asked to compete with farms of 20,000 hectares that use pesticides we have not had the right to use for ten years,” said Jean-Marc Lefort, a cereal grower from the Beauce and a member of the FNSEA.",
    D(DISC_EN),
)

# en-004: trade, NO SPANS; hard negatives (D-Ore.), (USTR), dollar amount, contributor line
article(
    "en",
    "Politico (USA): Brussels prepares a response to new American tariffs",
    "Luca Ferrante, Aline Dewaele",
    "The European Union is finalizing a list of American goods that could be hit with counter-duties if Washington goes ahead with tariffs on European steel and cars, three diplomats familiar with the preparations said.",
    "The list, worth about €26 billion (around $28 billion), includes bourbon, motorcycles and soybeans, products chosen to hurt Republican-leaning states.",
    "In Washington, the Office of the United States Trade Representative (USTR) has not yet published the final decree. Senator Ron Wyden (D-Ore.) called the tariffs “a tax on American families disguised as toughness.”",
    "“We do not want a trade war, but we will not be naive either,” Trade Commissioner Maroš Šefčovič told reporters after a meeting of EU ministers in Luxembourg.",
    "Some capitals (above all Berlin) are pushing for a compromise, fearing a blow to German car exports, which already fell by 8% last year.",
    "The article was written with the participation of Pieter Claes and Marco Bellini",
)

# en-005: shadow fleet; lead "writes The Wall Street Journal"; [Editor's note: ...]; (sic!); <…>
article(
    "en",
    "The Wall Street Journal (USA): Russia's shadow fleet is getting older and more dangerous",
    LEAD("Western sanctions have not stopped Russian oil exports, but have forced Moscow to use aging tankers, writes The Wall Street Journal. The newspaper claims that European ports are preparing for an environmental disaster."),
    "Tom Hadley, Rémi Castel",
    "At least 600 tankers are now carrying Russian crude and fuel outside the Western insurance system, according to the consulting firm Vortexa. Many of them are more than twenty years old.",
    ["Last December, the Eagle S tanker damaged an undersea power cable between Finland and Estonia with its anchor, Finnish investigators said ",
     N("[Editor's note: the Finnish court later dismissed the case, finding that it had no jurisdiction.]"),
     "."],
    ["“These ships are floating time bombs, and the Kremlin knows it and doesn't care ",
     A("(sic!)"),
     ",” said a senior official of the Ukrainian Navy who asked not to be named."],
    ["Insurers in London estimate that a serious oil spill in the Baltic could cost more than $1 billion to clean up. ",
     X("<…>"),
     " Denmark has begun checking the insurance documents of tankers passing through its straits."],
    "The price cap of $60 per barrel (introduced by the G7 countries in December 2022) is now below the market price of Urals, which makes compliance almost voluntary, traders say.",
)

# en-006: analysis; nested gloss inside an original parenthesis; Toretsk gloss;
# "[…]" paragraph; unbracketed aside; hard negatives (2014), (2023)
article(
    "en",
    "Foreign Affairs (USA): The war of attrition has changed the rules",
    "Robert Hale, Dana Whitmore",
    "Three years after the beginning of the conflict, both armies have learned to fight in a way that no military manual described. Drones have made the front line transparent, and any concentration of equipment becomes a target within minutes.",
    ["The battles of 2023 showed the limits of frontal assaults. Russian troops paid a huge price for small gains (fighting near Bakhmut ",
     G("(Artemovsk)"),
     " went on for almost ten months), and the Ukrainian counteroffensive in the south stalled in the minefields."],
    ["In 2024 the pace changed. After the fall of Avdiivka, Russian units advanced toward Pokrovsk and Toretsk ",
     G("(Dzerzhinsk)"),
     ", using small infantry groups instead of armored columns."],
    X("[…]"),
    "Ukraine's problem is not only a shortage of shells. The mobilization law adopted in spring (after months of delays in the Rada) brought fewer recruits than the General Staff expected.",
    ["Western governments still talk about “as long as it takes,” but their warehouses say otherwise. ",
     A("As if Washington had ever intended to fight to the last American, and not to the last Ukrainian."),
     " European production of 155 mm shells will reach two million a year only in 2026."],
    "The lesson of this war (and of the Donbass fighting since 2014) is that mass still matters. Technology can multiply it, but cannot replace it.",
)

# en-007: science/climate, NO SPANS; hard negatives (NOAA), (1.5C), (2014-2017)
article(
    "en",
    "The Guardian (UK): The world's coral reefs are going through the worst bleaching on record",
    "Fiona Latham",
    "More than 80% of the world's coral reefs have been hit by heat stress since January 2023, the US National Oceanic and Atmospheric Administration (NOAA) said, in the largest bleaching event ever recorded.",
    "The previous global event (2014-2017) affected about two-thirds of reefs. Scientists warn that the current one is not over yet.",
    "“We are watching an ecosystem being cooked in real time,” said Dr. Laura Mendez, a marine biologist who has studied Caribbean reefs for thirty years.",
    "Corals can recover from bleaching if temperatures drop quickly enough. But with global warming approaching the threshold set in Paris (1.5C above pre-industrial levels), the breaks between heat waves are becoming too short.",
    "Some researchers are experimenting with heat-resistant coral strains grown in nurseries. Others say that such projects (however promising) can save only a tiny part of the reefs.",
)

# en-008: China EVs; lead "the Financial Times writes"; "approx. transl." slip;
# hard negatives ticker (1211.HK), (BYD), percentage
article(
    "en",
    "Financial Times (UK): Chinese car makers are drowning in their own price war",
    LEAD("The Chinese electric car industry has fallen victim to its own success, the Financial Times writes. Dozens of manufacturers are cutting prices to survive, and Beijing is trying to stop the race to the bottom."),
    "Andrew Kell, Grace Zhou",
    "BYD (1211.HK) cut the prices of more than twenty models by up to 34% in May, triggering a new round of discounts by its rivals. Shares of the company fell by 8% in two days.",
    ["Chinese officials call the phenomenon “involution” ",
     T("(neijuan – literally “rolling inward”, that is, senseless competition that exhausts everyone. – approx. transl.)"),
     ". The Ministry of Industry has warned manufacturers against selling cars below cost."],
    "“Everyone is losing money, but no one wants to be the first to leave the table,” said Leo Tan, managing director of a Shanghai consulting firm.",
    "More than 130 brands of electric and hybrid cars (including several dozen start-ups founded after 2018) are registered in China. Analysts expect that no more than twenty of them will survive the decade.",
    "The price war is also pushing Chinese companies to export. In Europe, where Brussels imposed additional duties of up to 35.3% last year, BYD is building factories in Hungary and Turkey.",
    D(DISC_EN),
)

# en-009: Germany; lead "Der Spiegel writes"; Bundestag gloss; "– Ed." note;
# hard negatives (CDU), (SPD), (Greens)
article(
    "en",
    "Der Spiegel (Germany): The Bundeswehr is looking for soldiers and cannot find them",
    LEAD("The German army has set itself the goal of growing to 203,000 soldiers, but it is shrinking instead, Der Spiegel writes. The new conscription model is supposed to fix this, but even in the ruling coalition few believe in it."),
    "Stefan Kronberg, Lena Hoffmeister",
    "At the end of last year, 181,150 men and women served in the Bundeswehr, about 1,500 fewer than a year earlier. Every fourth recruit leaves the service within the first six months.",
    ["Defense Minister Boris Pistorius (SPD) wants all 18-year-olds to fill out a questionnaire about their fitness and willingness to serve. The bill has already been submitted to the Bundestag ",
     G("(the lower house of the German parliament)"),
     "."],
    "The Union parties (CDU and CSU) consider the plan too timid and demand a return to compulsory service, which was suspended in 2011. The Greens, on the contrary, warn against “conscription through the back door.”",
    ["“We need people who want to be there, not people who are forced,” said a senior officer in the Army Command. The officer also complained about the barracks, many of which have not been renovated since the 1970s ",
     N("(according to the Bundestag's military ombudsman, repairs would cost at least €67 billion. – Ed.)"),
     "."],
    "The Ministry of Defense expects the first volunteers under the new model to begin training in the second half of next year.",
)

# en-010: Meta with asterisk label and English footnote; lead "The New York Times reports";
# hard negative ticker (NASDAQ: META)
article(
    "en",
    "The New York Times (USA): States sue Meta over harm to teenagers",
    LEAD("More than forty American states have filed lawsuits against Meta, accusing the company of deliberately making its platforms addictive for children, The New York Times reports."),
    "Rachel Dunmore",
    ["The attorneys general claim that Meta",
     L("*"),
     " knew from its own research that Instagram worsened anxiety and depression in teenage girls, but hid the data from parents and regulators."],
    "The company, whose shares (NASDAQ: META) rose by almost 60% last year, rejects the accusations. “We have introduced more than thirty tools to support teenagers and their families,” a spokesperson said.",
    "The lawsuits rely in part on documents leaked in 2021 by former employee Frances Haugen. One internal slide said: “We make body image issues worse for one in three teen girls.”",
    "Legal experts say that the case may take years. Similar lawsuits against tobacco companies in the 1990s ended with a settlement of more than $200 billion.",
    L("*The activities of Meta (social networks Facebook and Instagram) are recognized as extremist and banned in the Russian Federation."),
)

# en-011: Reuters dateline; Dnipro and Zaporizhzhia glosses; note broken across lines
article(
    "en",
    "Reuters (UK): Ukraine is struggling to keep the lights on",
    "KYIV (Reuters) - Ukraine introduced rolling blackouts in most regions on Thursday after a new wave of strikes on energy facilities, the national grid operator Ukrenergo said.",
    ["Power was cut for up to 12 hours a day in Kiev, Kharkov and Dnipro ",
     G("(Dnepropetrovsk)"),
     ". In Zaporizhzhia ",
     G("(Zaporozhye)"),
     ", several districts were left without water because pumping stations stopped."],
    ["Ukraine has lost about half of its generating capacity since 2022 ",
     N("(the strikes began after the attack on the Crimean bridge in October 2022, which the article does not mention. – \nApprox. InoSMI)"),
     ", according to government estimates."],
    "“We are repairing what we can, but we are running out of spare parts,” a Ukrenergo engineer told Reuters. The company is buying used transformers from Lithuania and Poland.",
    "European partners have promised emergency deliveries of equipment worth €300 million (including gas turbines from decommissioned German plants), but most of them will arrive only in spring.",
    "(Reporting by Iryna Petrenko; editing by Paul Mercer)",
)

# en-012: India-China; lead + bracketed aside; hard negatives (LAC), year, (2020)
article(
    "en",
    "Asia Times (Hong Kong): India and China are cautiously thawing",
    LEAD("New Delhi and Beijing have agreed to resume direct flights and border trade for the first time since the bloody clash in the Galwan Valley, Asia Times writes. But mutual distrust has not gone away."),
    "Anders Holmqvist",
    "The agreement on patrolling along the Line of Actual Control (LAC) was reached last October after more than twenty rounds of talks between military commanders. Both sides have withdrawn troops from two disputed points in eastern Ladakh.",
    "The Galwan clash (June 2020) killed twenty Indian soldiers and at least four Chinese ones. It was the first deadly incident on the border in 45 years.",
    ["Washington watches the rapprochement with concern. American officials have long counted on India as a counterweight to China in Asia ",
     A("(apparently, without asking the Indians themselves)"),
     "."],
    "“India will not choose sides. It will choose India,” said a former Indian diplomat who served in Beijing. Trade between the two countries exceeded $118 billion last year, with a huge deficit on the Indian side.",
    "Chinese investment in India remains restricted. Since 2020, any investment from countries bordering India requires government approval, a rule that has slowed dozens of projects in electronics and electric vehicles.",
)

# en-013: no lead; English inline legal labels; hard negatives (Azov) quotes, (2022)
article(
    "en",
    "Responsible Statecraft (USA): Who is really fighting in the Ukrainian army",
    "Peter Lowell",
    ["Western media have spent two years trying to make Ukrainian volunteer units look respectable. The most famous of them, Azov ",
     L("(recognized as a terrorist organization and banned in Russia)"),
     ", has been rebranded as the Third Assault Brigade and now receives American weapons."],
    "Washington lifted its ban on training and arming the unit in June 2024. The State Department said that it had found no evidence of gross human rights violations (a conclusion disputed by several human rights groups).",
    ["Much of the information about the brigade reaches Western audiences through its own channels on Telegram and Instagram, owned by Meta ",
     L("(recognized as extremist and banned in Russia)"),
     ". Its videos collect millions of views."],
    "None of this means that the Ukrainian army as a whole is ideologically driven. Most of its soldiers are ordinary conscripts, many of them over forty.",
    "But the far-right has an influence out of proportion to its numbers, and Western governments that pretend otherwise will one day face unpleasant questions.",
)

# en-014: sport, NO SPANS; hard negatives scores, (£100m), (Opta)
article(
    "en",
    "The Telegraph (UK): Arsenal's title hopes fade after another late collapse",
    "Nick Barrow",
    "Arsenal threw away a two-goal lead for the second time in a month, drawing 2-2 with Brentford and falling seven points behind Liverpool with nine games left.",
    "Bukayo Saka scored early and Kai Havertz added a second before the break, but two goals in the last ten minutes (both from set pieces) silenced the Emirates.",
    "“We have to look at ourselves. We were not brave enough with the ball,” Mikel Arteta said afterwards.",
    "The club spent heavily last summer (more than £100m on Declan Rice alone the year before), yet the squad still lacks a prolific striker. According to Opta, Arsenal have scored only 14% of their goals from open play in the last fifteen minutes of matches.",
    "Next up is a Champions League quarter-final against Real Madrid, where Arteta will hope that the injury list shortens.",
)

# en-015: science, NO SPANS; hard negatives (ITER), temperature in parentheses
article(
    "en",
    "Scientific American (USA): A private fusion reactor breaks a record",
    "Caroline Weiss",
    "A start-up in Massachusetts says that its compact tokamak has held a plasma at more than 100 million degrees for 48 seconds, the longest run ever achieved by a private company.",
    "The device uses magnets made of high-temperature superconductors, which allow a much smaller machine than the international reactor under construction in France (ITER).",
    "Independent physicists welcomed the result but warned that the company has not yet produced more energy than the plasma consumes (the so-called scientific break-even).",
    "“It is an important engineering step, not a revolution,” said Richard Allen, a plasma physicist at a British university.",
    "The company hopes to connect its first power plant to the grid in the early 2030s. Investors (including Bill Gates's Breakthrough Energy) have put more than $2 billion into the project.",
)

# en-016: UK politics; lead "writes The Times"; bracketed aside "(which, of course, is not true)";
# hyphen note with trailing dot; disclaimer
article(
    "en",
    "The Times (UK): Starmer's government is losing patience with its own MPs",
    LEAD("Keir Starmer's cabinet is increasingly irritated by Labour MPs who oppose cuts in social benefits, writes The Times. The prime minister's allies even talk about disciplinary measures."),
    "Henry Ashcroft, Martin Pryce",
    "More than forty Labour backbenchers have signed a letter against the plan to tighten eligibility for disability payments, which is expected to save £5 billion a year by 2030.",
    ["Work and Pensions Secretary Liz Kendall insists that the reform is about “getting people back to work” and that, in her words, it is supported by most Britons ",
     A("(which, of course, is not true)"),
     ". Critics claim that it will push 250,000 people into poverty, a figure taken from the government's own impact assessment."],
    ["The rebellion is the largest since Labour came to power last July. Several MPs recall that Starmer himself voted against the party line eleven times in opposition ",
     N("(and was rewarded with a post in the shadow cabinet - approx. InoSMI.)"),
     "."],
    "“People did not vote Labour to see the most vulnerable pay for the mistakes of the Treasury,” said one of the Labour MPs who signed the letter.",
    "A vote is expected before the summer recess. Government whips are confident that most of the rebels will back down in exchange for minor concessions.",
    D(DISC_EN),
)

# en-017: front line; lead "Newsweek writes"; APU expansion, Myrnohrad rename,
# Kramatorsk explanation; "(Translator's note: ...)"
article(
    "en",
    "Newsweek (USA): Ukraine's defense in Donbass is cracking",
    LEAD("The Ukrainian army is rapidly losing positions in Donbass, and Western military experts are no longer hiding their pessimism, Newsweek writes. According to the magazine, the next target of the Russian troops will be the last large cities of the region."),
    "Megan Foster",
    ["Russian forces have almost surrounded Myrnohrad ",
     G("(Dimitrov)"),
     " and are pressing on the supply routes of the APU ",
     G("(Armed Forces of Ukraine)"),
     " north of Pokrovsk ",
     G("(Krasnoarmeysk)"),
     ", according to the Institute for the Study of War (ISW), a Washington think tank."],
    ["If these towns fall, the agglomeration of Slavyansk and Kramatorsk ",
     G("(Donetsk People's Republic)"),
     " will become the front line. Ukraine has been fortifying it since the summer of 2022."],
    ["Ukrainian soldiers interviewed by the magazine complain about a shortage of infantry. “We have drones, but no one to hold the trenches,” said a sergeant with the call sign Khimik ",
     T("(Translator's note: from the Ukrainian word for “chemist”)"),
     "."],
    "“The Russians are trading men for ground at a rate that is terrible but sustainable for them,” said a retired US Army colonel who now advises a Washington think tank.",
    "The Pentagon declined to comment on the situation at the front. A spokesperson said only that the United States “continues to provide Ukraine with what it needs” (without specifying what exactly).",
)

# en-018: think-tank piece without lead; unbracketed aside in the middle of a paragraph,
# <...> elision, en-dash note; hard negatives (and then some), (CBO)
article(
    "en",
    "The National Interest (USA): America cannot afford a war on two fronts",
    "Gregory T. Nash",
    "For three decades, the Pentagon planned to fight two major wars at once. That standard was quietly abandoned in 2018, but Washington's commitments have not shrunk accordingly (if anything, they have grown).",
    ["The Congressional Budget Office (CBO) estimates that the Navy will have fewer ships in 2030 than it has today. Shipyards are already years behind schedule. ",
     X("<...>"),
     " Munitions stocks used up in Ukraine and the Middle East will take until the end of the decade to replenish."],
    ["Meanwhile, Beijing launches more tonnage every year than the entire US fleet. ",
     A("The author, like most American experts, does not ask why China should want a war at all."),
     " Instead, he urges Congress to increase the defense budget once again."],
    ["In a conflict over Taiwan, American planners would have to deploy almost all long-range missiles within the first week, according to a war game held by the Center for Strategic and International Studies ",
     N("(the same CSIS that in 2022 predicted a quick collapse of the Russian economy. – Approx. InoSMI)"),
     "."],
    "Realism demands choices. Europe is rich enough to defend itself; America should say so clearly and focus its limited resources on Asia.",
)

# en-019: Turkey economy, NO SPANS; hard negatives (TCMB), (%), (Reuters) attribution
article(
    "en",
    "Bloomberg (USA): Turkey's central bank surprises markets with a rate cut",
    "Elif Demirci, Murat Aksoy",
    "Turkey's central bank (TCMB) cut its benchmark rate by 250 basis points to 42.5% on Thursday, a larger move than most economists had expected.",
    "Annual inflation slowed to 35% in June from a peak of 75% a year earlier, but remains far above the bank's year-end target (24%).",
    "The lira weakened by 0.6% against the dollar after the decision. Investors fear that the bank is giving in to political pressure ahead of the next election cycle, as it did in 2021.",
    "“This is a calculated risk. If inflation expectations slip, they will have to reverse quickly,” said a former economist of the bank who asked not to be named.",
    "The finance minister said last week that the government remains committed to “orthodox policies” (a phrase he has repeated since taking office in 2023).",
    "The article was written with the participation of Zeynep Arslan",
)

# en-020: German industry; lead "Handelsblatt writes"; Mittelstand gloss; note with em dash
# and "Ed." variant; hard negatives (BASF), (Ifo)
article(
    "en",
    "Handelsblatt (Germany): German industry is moving abroad",
    LEAD("German companies are increasingly investing abroad instead of at home, Handelsblatt writes. High energy prices and bureaucracy are driving out even the family businesses that have been the backbone of the economy for decades."),
    "Jonas Brandt, Miriam Falk",
    ["According to a survey by the Ifo Institute, almost a third of industrial companies plan to shift part of their production abroad. Among firms of the Mittelstand ",
     G("(medium-sized, usually family-owned enterprises)"),
     " the share has doubled in two years."],
    "The chemical giant BASF is cutting 2,600 jobs in Ludwigshafen while building a €10 billion plant in southern China. Other companies (for example, the glass maker Schott) are expanding in the United States, attracted by subsidies under the Inflation Reduction Act.",
    ["“Electricity costs three times more here than in Texas,” said the owner of a foundry in Saxony. The industrial price of electricity in Germany has indeed been among the highest in the EU since 2022 ",
     N("(after the explosions at Nord Stream, the investigation of which Berlin is in no hurry to complete — Ed.)"),
     "."],
    "The government has promised to reduce grid fees and electricity taxes. Economists doubt that this will be enough to reverse the trend.",
    D(DISC_EN),
)

# en-021: Spain; lead "according to El País"; [Editor's note] variant; hard negatives (PSOE), (PP), (Junts)
article(
    "en",
    "El País (Spain): Sánchez survives another vote thanks to the Catalans",
    LEAD("The Spanish government of Pedro Sánchez has once again avoided defeat in parliament only thanks to the votes of Catalan separatists, according to El País. The price of their support is growing with every vote."),
    "Javier Montoya",
    "The Congress of Deputies approved the decree on energy aid by 176 votes to 172. The Socialists (PSOE) and their coalition partner Sumar were joined at the last minute by the seven deputies of Junts.",
    ["In exchange, Carles Puigdemont's party obtained the transfer of immigration powers to the Generalitat ",
     N("[Editor's note: the regional government of Catalonia]"),
     ". The conservative People's Party (PP) called the deal “a sale of the state in installments.”"],
    "Puigdemont, who has lived in Belgium since the failed independence referendum of 2017, still cannot return to Spain without risking arrest, despite the amnesty law adopted last year.",
    "“Every vote is a negotiation, and every negotiation costs something,” admitted a senior Socialist source. The government has not yet managed to pass a budget for this year.",
    D(DISC_EN),
)

# en-022: Sahel; lead "Al Jazeera reports"; unbracketed aside at paragraph start;
# hard negatives (Orano), (ECOWAS)
article(
    "en",
    "Al Jazeera (Qatar): Niger takes control of French uranium mine",
    LEAD("The military authorities of Niger have taken over the management of a uranium mine operated by the French company Orano, Al Jazeera reports. Paris calls the decision illegal and threatens to go to international arbitration."),
    "Karim Benali",
    "The Somaïr mine near Arlit has produced uranium for French nuclear power plants since 1971. Orano held 63.4% of the shares; the rest belonged to the Nigerien state company.",
    "The government in Niamey accuses the company of selling uranium below its value for decades. Orano says it has invested more than €1 billion in the country and pays taxes in accordance with the agreements.",
    [A("Paris, of course, did not ask the Nigeriens for permission when it set the prices."),
     " Relations between the two countries have deteriorated since the coup of July 2023, after which French troops were forced to leave."],
    "Niger, Mali and Burkina Faso left the Economic Community of West African States (ECOWAS) in January and formed their own confederation. All three are strengthening military cooperation with Russia.",
    "Analysts do not rule out that the uranium will be offered to new partners. “There are buyers in Moscow, Beijing and Tehran,” said a mining expert in Niamey who asked not to be named.",
)

# en-023: Arctic; no lead; note broken across two lines; translator note missing; disclaimer
article(
    "en",
    "Foreign Policy (USA): Greenland does not want to be anyone's colony",
    "Ingrid Solberg",
    "When Donald Trump first offered to buy Greenland in 2019, Copenhagen called the idea absurd. Six years later, nobody in Nuuk is laughing.",
    "The island (population 56,000) has huge deposits of rare earths, and the melting ice is opening new shipping routes between Asia and Europe.",
    ["Greenlanders themselves are divided. Most want independence from Denmark, but few want to become Americans. “We are not for sale, and we are not a parking lot for someone else's missiles,” said Prime Minister Jens-Frederik Nielsen ",
     N("(the American Pituffik base, formerly Thule, has been located on the island since the 1950s. – Approx. \nInoSMI)"),
     "."],
    "Denmark has announced an Arctic defense package of 14.6 billion kroner (about $2 billion), including new patrol ships and long-range drones.",
    "China, which called itself a “near-Arctic state” in 2018, has so far kept a low profile. Russia, on the contrary, is expanding its Northern Fleet bases.",
    D(DISC_EN),
)

# en-024: crypto; lead "Forbes writes"; lowercase "approx. transl." translator note; <…> elision
article(
    "en",
    "Forbes (USA): Bitcoin has become a toy for big money",
    LEAD("Bitcoin has broken a new record, but the market is now driven not by enthusiasts, but by Wall Street funds, Forbes writes. Because of this, the cryptocurrency is less and less like “digital gold.”"),
    "Ryan Castell",
    "The price of the first cryptocurrency exceeded $110,000 on Thursday. Exchange-traded funds (ETFs) launched in January 2024 now hold more than a million coins, about 5% of all bitcoins in circulation.",
    ["Old-school investors call the new buyers “paper hands” ",
     T("(those who sell at the first drop in price – approx. transl.)"),
     ", while they themselves boast of “diamond hands.”"],
    ["“Bitcoin was created as an alternative to the banking system, and now BlackRock is the largest holder,” said one of the early developers. ",
     X("<…>"),
     " The correlation of bitcoin with the Nasdaq index has reached its highest level in two years."],
    "Regulators are also changing their tone. The Securities and Exchange Commission (SEC) has dropped several lawsuits against crypto exchanges, and Congress is discussing a law on stablecoins.",
)

# =============================== RUSSIAN ===================================

# ru-001: front; lead "пишет Bloomberg"; ВСУ expansion; Покровск (Красноармейск); Прим. ИноСМИ; disclaimer
article(
    "ru",
    "Bloomberg (США): Европа готовится к переговорам без Украины",
    LEAD("Европейские союзники Киева все чаще обсуждают, как будет выглядеть Украина после прекращения огня, пишет Bloomberg. По данным агентства, ни одна из столиц не готова отправить туда войска без гарантий со стороны США."),
    "Даниэль Форс, Натали Эберт",
    ["Положение ВСУ ",
     G("(Вооружённые силы Украины)"),
     " на востоке остается тяжелым. Российские подразделения продвигаются в районе Покровска ",
     G("(Красноармейска)"),
     " и, по оценкам западных военных, могут перерезать последнюю крупную трассу снабжения уже к весне."],
    "Во время закрытой встречи в Брюсселе министры обороны стран ЕС обсуждали несколько сценариев: от миссии наблюдателей до «сил поддержки» численностью до 30 тысяч человек (без участия в боевых действиях).",
    ["«Никто не хочет быть первым, кто скажет, что солдат не будет», — рассказал один из участников встречи, попросивший не называть его имени. Великобритания и Франция заявили о готовности возглавить такую миссию ",
     N("(Москва неоднократно предупреждала, что появление войск стран НАТО на Украине будет для нее неприемлемо. — Прим. ИноСМИ)"),
     "."],
    "Германия и Польша занимают более осторожную позицию. В Варшаве напоминают, что польская армия должна прежде всего защищать собственную границу с Белоруссией.",
    "Окончательного решения не будет, пока не станет ясна позиция Вашингтона, признают европейские дипломаты.",
    D(DISC_RU),
)

# ru-002: Germany; lead "сообщает Die Welt"; aside "(как будто это что-то меняет)"; "— прим. ред.";
# hard negatives (ХДС), (СвДП), (2,1%)
article(
    "ru",
    "Die Welt (Германия): Немецкая экономика третий год подряд топчется на месте",
    LEAD("Экономика Германии по итогам года снова не показала роста, сообщает Die Welt. Эксперты говорят о структурном кризисе, а правительство — о временных трудностях."),
    "Доротея Клаус",
    "По предварительным данным Федерального статистического ведомства, валовой внутренний продукт сократился на 0,2%. Хуже всего дела обстоят в промышленности: производство в химической отрасли упало до уровня 1995 года.",
    ["Министр экономики заявил, что правительство «внимательно следит за ситуацией» ",
     A("(как будто это что-то меняет)"),
     ", и пообещал снизить налоги для предприятий со следующего года."],
    "Оппозиционный блок (ХДС/ХСС) требует отменить закон об отоплении и вернуть в эксплуатацию закрытые атомные электростанции. Бывшие партнеры по коалиции (СвДП) настаивают на сокращении социальных расходов.",
    ["Главная проблема — дорогая энергия. До 2022 года немецкая промышленность получала значительную часть газа по трубопроводам из России ",
     N("(поставки по «Северному потоку» прекратились после подрывов газопровода в сентябре 2022 года — прим. ред.)"),
     ", теперь ей приходится закупать более дорогой сжиженный газ."],
    "Экономисты ожидают, что в следующем году рост составит не более 0,3%. Инфляция при этом остается выше целевого уровня ЕЦБ (2,1% в декабре).",
)

# ru-003: RT-style translation; note broken across lines "(ДНР и ЛНР. — \nRT\n)"; hard negative quote
article(
    "ru",
    "The American Conservative: Запад проигрывает войну нарративов",
    "Дуглас Рейнер",
    "Администрация Байдена три года уверяла американцев, что Россия находится на грани поражения. Реальность на поле боя оказалась иной, и теперь Вашингтону приходится объяснять избирателям, куда ушли 175 млрд долларов.",
    ["Украинское руководство по-прежнему требует вернуть все утраченные территории, включая Крым и новые регионы ",
     N("(ДНР и ЛНР. — \nRT\n)"),
     ". Но даже в Киеве все меньше людей верят, что это возможно военным путем."],
    "«Мы должны быть честны с собой: линия фронта не сдвинется сколько-нибудь заметно в ближайшие годы», — сказал бывший советник Пентагона, выступая в Фонде Карнеги.",
    "Между тем европейские правительства продолжают говорить о «победе Украины», не объясняя, что именно под ней понимают. Опросы показывают, что большинство европейцев уже поддерживают переговоры.",
    "Чем дольше длится конфликт, тем хуже будут условия мира для Киева. Это неприятная истина, но игнорировать ее — значит обрекать на гибель новые тысячи людей.",
)

# ru-004: Nezavisimaya Gazeta digest; "– «НГ»" note; gloss explaining a term; hard negatives (2016), (ОДКБ)
article(
    "ru",
    "Армения ищет новых союзников",
    "Наталия Горелова",
    "Армения все активнее выстраивает отношения с Западом, одновременно сохраняя членство в Евразийском экономическом союзе. Об этом пишут сразу несколько европейских изданий.",
    ["Французская газета Le Figaro отмечает, что Ереван заморозил участие в ОДКБ ",
     N("(Организация Договора о коллективной безопасности, в которую помимо Армении входят Россия, Белоруссия, Казахстан, Киргизия и Таджикистан – «НГ»)"),
     " и начал закупать вооружения у Франции и Индии."],
    "По данным издания, в прошлом году Армения подписала с Парижем контракт на поставку радаров и систем ПВО малой дальности (сумма сделки не раскрывается).",
    "Британская Financial Times обращает внимание на экономическую сторону вопроса. Товарооборот Армении с Россией за последние три года вырос почти втрое, в том числе за счет реэкспорта (о чем в Брюсселе предпочитают не говорить вслух).",
    ["Немецкая Frankfurter Allgemeine Zeitung пишет, что премьер-министр Никол Пашинян рассчитывает на мирный договор с Азербайджаном до конца года. Главным препятствием остается требование Баку изменить конституцию Армении ",
     N("(в преамбуле которой содержится ссылка на декларацию о независимости 1990 года, упоминающую Нагорный Карабах. – «НГ»)"),
     "."],
)

# ru-005: housing in the UK, NO SPANS; hard negatives (ONS), (£), quotes
article(
    "ru",
    "The Guardian (Великобритания): Молодые британцы теряют надежду купить жилье",
    "Ричард Пэйли",
    "Средняя стоимость дома в Англии достигла 290 тысяч фунтов стерлингов, что почти в восемь раз превышает средний годовой доход, сообщило Управление национальной статистики (ONS).",
    "Четверть века назад это соотношение было вдвое ниже. В Лондоне ситуация еще хуже: жилье там стоит в среднем в двенадцать годовых зарплат.",
    "«Мои родители купили дом в тридцать лет. Мне тридцать пять, и я отдаю половину зарплаты за аренду комнаты», — рассказала медсестра из Бристоля.",
    "Правительство пообещало построить полтора миллиона новых домов за пять лет (примерно 300 тысяч в год), однако строительные компании сомневаются, что это реально без реформы системы планирования.",
    "Аналитики Resolution Foundation подсчитали, что доля собственников жилья среди людей в возрасте от 25 до 34 лет упала с 59% в 2000 году до 41% сегодня.",
)

# ru-006: asterisk label + footnote paragraph; inline "(признан иноагентом)"; lead "сообщает The Times"
article(
    "ru",
    "The Times (Великобритания): На Украине растет число дезертиров",
    LEAD("Число самовольно оставивших части украинских военнослужащих за год выросло в несколько раз, сообщает The Times. Командиры жалуются, что пополнение не успевает заменить потери."),
    "Маркус Тэйт",
    "По данным Генеральной прокуратуры Украины, с начала года зарегистрировано более 60 тысяч уголовных дел о самовольном оставлении части и дезертирстве. Это больше, чем за два предыдущих года вместе.",
    ["Ветераны полка «Азов»",
     L("*"),
     ", с которыми поговорил корреспондент, утверждают, что проблема касается прежде всего недавно мобилизованных, которых отправляют на фронт после месяца подготовки."],
    ["Похожие цифры приводил и российский журналист Андрей Ветров ",
     L("(признан иноагентом)"),
     ", ранее побывавший в прифронтовых районах."],
    "«Люди не трусы. Они просто не видят конца», — сказал офицер одной из механизированных бригад. По его словам, многие возвращаются в часть после нескольких недель отсутствия.",
    "Верховная рада в прошлом году смягчила наказание для тех, кто добровольно вернулся на службу впервые. Депутаты рассматривают возможность продлить эту норму.",
    L("* «Азов» — запрещённая в России террористическая организация."),
    D(DISC_RU),
)

# ru-007: France; lead "сообщает Le Figaro"; "(— Прим. ред.)"; "(прим. пер.)"; hard negatives (НО), (РН)
article(
    "ru",
    "Le Figaro (Франция): Французские правые снова спорят о лидере",
    LEAD("Во французской партии «Национальное объединение» разгорается спор о том, кто поведет ее на президентские выборы 2027 года, сообщает Le Figaro. Все зависит от решения апелляционного суда по делу Марин Ле Пен."),
    "Виржини Лафон",
    "Суд первой инстанции в марте приговорил Ле Пен к четырем годам заключения (из них два — условно) и лишил ее права баллотироваться на пять лет по делу о фиктивных помощниках в Европарламенте.",
    ["Если приговор оставят в силе, кандидатом станет председатель партии Жордан Барделла, которого сторонники называют «дофином» ",
     T("(наследник престола во Франции при Старом порядке. — прим. пер.)"),
     "."],
    ["Сам Барделла публично заявляет, что «Марин — наш единственный кандидат». Но в его окружении уже готовят программу ",
     N("(— Прим. ред. Барделле 29 лет, и в случае победы он стал бы самым молодым президентом в истории Пятой республики)"),
     "."],
    "Опросы показывают, что и Ле Пен, и Барделла вышли бы во второй тур с результатом около 35%. Главным соперником правых остается центрист Эдуар Филипп.",
    "Решение апелляционного суда ожидается летом следующего года.",
)

# ru-008: oil price cap; "(прим. перев.)"; "(включен в реестр иноагентов)"; hard negatives ($60), (Urals)
article(
    "ru",
    "Financial Times (Великобритания): Потолок цен на российскую нефть перестал работать",
    "Дэвид Прайс, Крис Олдман",
    "Введенный странами «Большой семерки» потолок цен в 60 долларов за баррель должен был сократить доходы Кремля, не обрушив мировой рынок. Через три года можно констатировать, что вторая цель достигнута, а первая — нет.",
    ["По данным Киевской школы экономики, более 70% российского морского экспорта нефти перевозится так называемым «теневым флотом» — танкерами без западной страховки, которые на рынке называют dark fleet ",
     T("(«темный флот». — прим. перев.)"),
     "."],
    "Европейские страны приняли уже шестнадцать пакетов санкций, часть из которых направлена против отдельных судов. Однако на место каждого танкера, попавшего в список, приходят два новых.",
    ["«Санкции бьют по марже, но не по объемам», — считает экономист Игорь Самойлов ",
     L("(включен в реестр иноагентов)"),
     ". По его оценке, скидка на российскую нефть сократилась с 30 до 12 долларов за баррель."],
    "ЕС и Великобритания предложили снизить потолок до 45 долларов. США пока не поддержали эту идею.",
    D(DISC_RU),
)

# ru-009: German car industry, NO SPANS; hard negatives (VW), (IG Metall), percentages
article(
    "ru",
    "Handelsblatt (Германия): Volkswagen закрывает заводы впервые в истории",
    "Йенс Бауэр",
    "Концерн Volkswagen договорился с профсоюзом IG Metall о сокращении 35 тысяч рабочих мест в Германии к 2030 году. Впервые за 87 лет истории компании речь идет о прекращении производства на отечественных заводах.",
    "Сборка автомобилей на заводе в Дрездене (так называемой «Стеклянной мануфактуре») прекратится уже в конце следующего года. Предприятие в Оснабрюке будет искать нового владельца.",
    "«Это болезненный, но необходимый шаг», — заявил глава бренда VW. По его словам, производственные мощности в Германии загружены лишь на 70%.",
    "Профсоюз добился отказа от принудительных увольнений: сокращения пройдут за счет досрочных пенсий и добровольных выплат (в некоторых случаях до 400 тысяч евро).",
    "Продажи Volkswagen в Китае, долгое время приносившие концерну основную прибыль, упали на 10% за год. Китайские покупатели все чаще выбирают местные электромобили.",
    "В подготовке статьи принимал участие Ларс Мюллер",
)

# ru-010: analysis; nested gloss "(бои за Бахмут (Артемовск) ...)"; Торецк (Дзержинск);
# "<…>" and a "[…]" paragraph
article(
    "ru",
    "Foreign Affairs (США): Как дроны изменили войну",
    "Майкл Стэнтон",
    "Ни один из конфликтов последних десятилетий не сравнится с нынешним по числу применяемых беспилотников. По оценкам украинского Минобороны, в месяц на фронте используется до 200 тысяч дронов разных типов.",
    ["Первый год войны еще напоминал конфликты XX века: артиллерийские дуэли, наступления танковых колонн, тяжелые позиционные бои (бои за Бахмут ",
     G("(Артемовск)"),
     " шли почти десять месяцев). Сегодня картина совсем другая."],
    ["Под Торецком ",
     G("(Дзержинском)"),
     " и Часовым Яром любая техника, появившаяся ближе пяти километров от линии соприкосновения, становится целью для FPV-дронов. ",
     X("<…>"),
     " Обе стороны вынуждены передвигаться небольшими группами, чаще всего ночью."],
    X("[…]"),
    "Для западных армий это тревожный сигнал. Танк стоимостью десять миллионов долларов может быть выведен из строя дроном за пятьсот, а противоядия от этого пока не найдено.",
    "Пентагон запустил программу Replicator, чтобы к 2026 году получить тысячи дешевых автономных систем. Однако эксперты сомневаются, что американская оборонная промышленность способна производить их в нужных количествах.",
)

# ru-011: Britain; unbracketed aside sentence; "— Ред." note; disclaimer
article(
    "ru",
    "The Spectator (Великобритания): Британия разучилась строить",
    LEAD("Великобритания тратит на инфраструктурные проекты больше, чем любая другая европейская страна, но получает за эти деньги меньше всех, пишет The Spectator. Автор видит причину в бюрократии и страхе перед судебными исками."),
    "Мэтью Кэрролл",
    "Высокоскоростная железная дорога HS2 должна была соединить Лондон с Бирмингемом, Манчестером и Лидсом. Сейчас ее строят только до Бирмингема, а смета выросла с 37 до более чем 100 млрд фунтов.",
    ["Для сравнения: Франция построила первую линию TGV за пять лет, а Испания проложила более 3 тысяч километров скоростных дорог за два десятилетия. ",
     A("Автор, впрочем, умалчивает, что в те же годы британское правительство успешно нашло деньги на военные операции в Ираке и Афганистане."),
     " По данным аналитиков, документация для одного только проекта HS2 превысила 360 тысяч страниц."],
    ["Экологические проверки стали отдельной статьей расходов. Строителям пришлось соорудить тоннель для летучих мышей стоимостью 100 млн фунтов ",
     N("(речь идет о защитном сооружении в графстве Бакингемшир. — Ред.)"),
     "."],
    "Правительство обещает упростить процедуры согласования. Но каждый предыдущий кабинет обещал то же самое.",
    D(DISC_RU),
)

# ru-012: French pensions, NO SPANS; hard negatives (LFI), (62 года), (2023)
article(
    "ru",
    "Le Monde (Франция): Пенсионная реформа снова в центре политической борьбы",
    "Клер Дюбуа",
    "Спустя два года после принятия закона о повышении пенсионного возраста с 62 до 64 лет вопрос снова стал главной темой французской политики.",
    "Левая партия «Непокоренная Франция» (LFI) внесла в Национальное собрание законопроект об отмене реформы. Социалисты готовы его поддержать, если правительство не предложит компромисс.",
    "«Французы не приняли эту реформу и никогда не примут», — заявил один из депутатов-социалистов во время дебатов.",
    "Премьер-министр предложил созвать «конклав» профсоюзов и работодателей, чтобы найти альтернативные источники финансирования (в том числе за счет повышения взносов для высоких зарплат).",
    "По оценке Счетной палаты, дефицит пенсионной системы к 2030 году может превысить 15 млрд евро даже с учетом реформы 2023 года.",
)

# ru-013: sport; lead only; hard negatives scores (2:1), (в 2016 году)
article(
    "ru",
    "The Athletic (США): «Интер» снова строит команду без звезд",
    LEAD("Миланский «Интер» в очередной раз доказал, что можно побеждать без громких трансферов, пишет The Athletic. Издание разбирает, как клубу удается конкурировать с богатыми соперниками."),
    "Джеймс Уорд",
    "После победы над «Ювентусом» (2:1) команда Симоне Индзаги оторвалась от ближайшего преследователя на шесть очков. При этом средний возраст основного состава — почти 30 лет.",
    "Клуб, который в 2016 году купила китайская группа Suning, а затем перешел под контроль американского фонда Oaktree, вынужден экономить. Ключевые игроки пришли бесплатно после окончания контрактов.",
    "«Мы не можем позволить себе ошибки на рынке, поэтому покупаем опыт, а не обещания», — объяснил спортивный директор клуба.",
    "Аналитики отмечают, что модель работает, пока в составе есть лидеры вроде Лаутаро Мартинеса. Вопрос в том, что будет, когда этим лидерам понадобится замена.",
)

# ru-014: science; lead "пишет New Scientist"; translator note "(игра слов ... — прим. пер.)"
article(
    "ru",
    "New Scientist (Великобритания): Квантовые компьютеры приближаются к практической пользе",
    LEAD("Квантовые компьютеры впервые решили задачу, имеющую практическое значение, быстрее обычных суперкомпьютеров, пишет New Scientist. Однако до массового применения технологии еще далеко."),
    "Карен Уитфилд",
    "Исследователи использовали процессор из 105 кубитов, чтобы смоделировать поведение молекулы, важной для разработки новых аккумуляторов. Классическому суперкомпьютеру на эту задачу потребовались бы годы.",
    ["Руководитель проекта назвал результат первым настоящим quantum advantage ",
     T("(«квантовое преимущество» — превосходство квантового компьютера над классическим в конкретной задаче. — прим. пер.)"),
     ". Скептики, впрочем, отмечают, что задача была подобрана специально под возможности машины."],
    "Главной проблемой остаются ошибки: кубиты крайне чувствительны к шуму и температуре (рабочая температура процессора близка к абсолютному нулю).",
    "Крупнейшие технологические компании обещают создать устойчивый к ошибкам квантовый компьютер к началу 2030-х годов. Инвестиции в отрасль в прошлом году превысили 2 млрд долларов.",
)

# ru-015: culture; "(sic!)" inside a quote; hard negatives (1937), (МоМА)
article(
    "ru",
    "The New Yorker (США): Музеи не знают, что делать с наследием колониализма",
    "Эмили Стоун",
    "Британский музей снова отказался вернуть Греции мраморные скульптуры Парфенона, которые в начале XIX века вывез лорд Элгин. Переговоры с Афинами продолжаются уже несколько лет.",
    ["Директор одного из крупнейших европейских музеев заявил в интервью, что «возвращение экспонатов лишит мир универсального музея, где все культуры равны ",
     A("(sic!)"),
     "»."],
    "Французские музеи за последние пять лет передали Бенину и Сенегалу 27 предметов, вывезенных колониальными войсками. Германия вернула Нигерии часть бронзовых скульптур Бенина (королевства, находившегося на территории современной Нигерии).",
    "В Нью-Йорке Музей современного искусства (МоМА) пересматривает подписи к работам, приобретенным до 1937 года у коллекционеров, чье происхождение вызывает вопросы.",
    "«Речь идет не о том, чтобы опустошить музеи, а о том, чтобы рассказать честную историю о том, как вещи в них попали», — считает искусствовед из Колумбийского университета.",
)

# ru-016: US politics; lead "сообщает Politico"; "(организация признана нежелательной в РФ)";
# lowercase "— прим. ИноСМИ"; hard negatives (республиканец от Техаса), (D)
article(
    "ru",
    "Politico (США): Конгресс снова не может договориться о помощи Украине",
    LEAD("Законопроект о новой военной помощи Украине застрял в Палате представителей, сообщает Politico. Республиканцы требуют увязать его с мерами по защите южной границы США."),
    "Коннор Ригби, Урсула Кейн",
    "Один из сенаторов (республиканец от Техаса) заявил, что его партия «не даст ни цента, пока не будет закрыта граница». Демократы обвиняют оппонентов в том, что те играют на руку Москве.",
    ["Сторонники помощи ссылаются на доклады исследовательских центров, в том числе Атлантического совета ",
     L("(организация признана нежелательной в РФ)"),
     ", согласно которым поражение Украины обойдется США дороже, чем продолжение поддержки."],
    ["Белый дом предупреждает, что средства, выделенные ранее, практически исчерпаны. Пентагон уже сократил поставки снарядов ",
     N("(с начала конфликта Вашингтон выделил Киеву более 175 млрд долларов — прим. ИноСМИ)"),
     "."],
    "По данным опроса Gallup, 41% американцев считают, что их страна делает для Украины «слишком много». Год назад таких было 29%.",
    D(DISC_RU),
)

# ru-017: Japan demography, NO SPANS; hard negatives (2008), (1,2), quotes
article(
    "ru",
    "Иомиури (Япония): Японские деревни пустеют быстрее прогнозов",
    "Редакция",
    "Население Японии сократилось в прошлом году на 890 тысяч человек, что стало рекордом с начала ведения статистики. Число жителей страны уменьшается уже пятнадцатый год подряд (пик пришелся на 2008 год).",
    "Суммарный коэффициент рождаемости опустился до 1,2 ребенка на женщину. В Токио он еще ниже — меньше единицы.",
    "В сельских префектурах закрываются школы и больницы. «В нашей деревне в прошлом году родился один ребенок, а умерли сорок человек», — рассказал глава поселка в префектуре Акита.",
    "Правительство обещает удвоить расходы на поддержку семей с детьми. Экономисты, однако, считают, что без притока иностранной рабочей силы сократить дефицит кадров не удастся.",
    "Число иностранных работников в стране впервые превысило два миллиона (большая часть из них — граждане Вьетнама, Китая и Филиппин).",
)

# ru-018: Italy; "(прим. пер.)"; Днепр (Днепропетровск); "— Прим. ред" without a dot
article(
    "ru",
    "Corriere della Sera (Италия): Италия хочет участвовать в восстановлении Украины",
    LEAD("Итальянские компании рассчитывают получить значительную долю контрактов на восстановление Украины, сообщает Corriere della Sera. Рим уже провел международную конференцию и ведет переговоры о конкретных проектах."),
    "Марко Бьянки",
    ["Представители итальянского бизнеса посетили Одессу, Киев и Днепр ",
     G("(Днепропетровск)"),
     ", где обсуждали восстановление портов, электросетей и водоснабжения."],
    ["Министр иностранных дел Италии назвал участие в проекте «делом не только выгоды, но и чести» и пообещал создать специальный фонд при государственной компании SACE ",
     T("(страховое агентство, поддерживающее экспорт. — прим. пер.)"),
     "."],
    ["По оценке Всемирного банка, восстановление Украины обойдется более чем в 500 млрд долларов. Значительную часть этих средств Запад рассчитывает получить за счет замороженных российских активов ",
     N("(Москва называет подобные планы воровством и обещает ответные меры. — Прим. ред)"),
     "."],
    "Итальянские строительные компании (в том числе Webuild) уже участвовали в восстановлении инфраструктуры на Балканах и в Ираке. Теперь они надеются повторить этот опыт.",
    D(DISC_RU),
)

# ru-019: mobilization; ТЦК gloss; legal-label content WITH a marker is a note (marker decides); "— прим.ред." glued variant; lead
article(
    "ru",
    "The Washington Post (США): Украинцы прячутся от мобилизации",
    LEAD("Тысячи украинских мужчин призывного возраста избегают выхода на улицу, опасаясь сотрудников военкоматов, пишет The Washington Post. Мобилизация становится одной из самых болезненных тем для украинского общества."),
    "Шивон Мёрфи, Кира Ткаченко",
    ["Видео, на которых сотрудники ТЦК ",
     G("(территориальные центры комплектования, аналог военкоматов)"),
     " силой усаживают мужчин в микроавтобусы, регулярно появляются в соцсетях и вызывают возмущение."],
    "Власти утверждают, что подобные случаи единичны, и обещают наказывать виновных. Омбудсмен Верховной рады получил за год более 3 тысяч жалоб на действия представителей военкоматов.",
    ["Ситуацию комментировал и украинский политолог, ранее работавший в Москве, Сергей Рыбаков ",
     N("(признан в РФ иноагентом. — Прим. ред.)"),
     ". По его словам, общество устало, но не готово принять поражение."],
    ["Некоторые мужчины пытаются пересечь границу с Румынией и Молдавией через горы или реку Тиса ",
     N("(по данным украинской погранслужбы, при таких попытках погибли несколько десятков человек — прим.ред.)"),
     "."],
    "Минимальный возраст мобилизации снизили до 25 лет в прошлом году. Западные союзники настаивают на дальнейшем снижении, но в Киеве опасаются последствий для демографии.",
    D(DISC_RU),
)

# ru-020: Poland; hard negatives «Право и справедливость» (ПиС), (ГК); "— прим. ред" variant; translator note
article(
    "ru",
    "Rzeczpospolita (Польша): Польская коалиция трещит по швам",
    LEAD("Правящая коалиция Польши все труднее договаривается даже по второстепенным вопросам, пишет Rzeczpospolita. Поражение кандидата власти на президентских выборах только усилило разногласия."),
    "Михал Вуйцик",
    "После того как президентом стал кандидат, поддержанный партией «Право и справедливость» (ПиС), правительство Дональда Туска лишилось возможности преодолевать вето главы государства.",
    ["Внутри коалиции, в которую входят «Гражданская коалиция» (ГК), «Третий путь» и «Левые», звучат взаимные обвинения. Лидер одной из партий назвал нынешнее положение «koabitacja» ",
     T("(от фр. cohabitation — сосуществование президента и правительства из враждующих лагерей. — прим. перев.)"),
     "."],
    "«Мы либо научимся договариваться, либо через два года отдадим страну обратно ПиС», — сказал один из министров.",
    ["Премьер-министр провел перестановки в правительстве и сократил число министерств. Оппозиция назвала это «косметикой» ",
     N("(в новом составе кабинета сохранили посты почти все прежние министры — прим. ред)"),
     "."],
    "Следующие парламентские выборы в Польше должны пройти осенью 2027 года.",
)

# ru-021: semiconductors, NO SPANS; the author's own "— прим. авт." stays original; hard negatives (TSMC), amounts
article(
    "ru",
    "Nikkei Asia (Япония): Япония делает ставку на собственные чипы",
    "Такаси Ямада",
    "Японская компания Rapidus начала пробное производство полупроводников по технологии 2 нанометра на заводе на острове Хоккайдо. Массовый выпуск запланирован на 2027 год (речь идет о чипах для центров обработки данных и беспилотных автомобилей. — прим. авт.).",
    "Правительство уже выделило проекту субсидии на сумму около 1,7 трлн иен (примерно 11 млрд долларов). Критики называют это рискованной ставкой: у компании пока нет ни одного крупного заказчика.",
    "Тайваньская TSMC, контролирующая более 60% мирового рынка контрактного производства чипов, тем временем открыла свой первый японский завод в префектуре Кумамото.",
    "«Япония когда-то лидировала в этой отрасли и потеряла все за двадцать лет. Второго шанса может не быть», — сказал представитель министерства экономики.",
    "Эксперты отмечают, что главным узким местом станут не деньги, а инженеры: по оценке отраслевой ассоциации, к 2030 году стране будет не хватать 40 тысяч специалистов.",
)

# ru-022: Turkey/Middle East; aside in brackets; "<...>"; Прим. ИноСМИ with hyphen
article(
    "ru",
    "Al-Monitor (США): Анкара хочет стать газовым хабом",
    LEAD("Турция рассчитывает превратиться в главный узел поставок газа в Европу, сообщает Al-Monitor. Для этого Анкаре нужны договоренности одновременно с Москвой, Баку и Брюсселем."),
    "Диего Ферри",
    ["Министр энергетики Турции заявил, что страна готова принимать дополнительные объемы российского газа по «Турецкому потоку» ",
     N("(единственный действующий маршрут поставок российского трубопроводного газа в Европу - прим. ИноСМИ)"),
     " и перепродавать их европейским покупателям."],
    ["В Брюсселе к этой идее относятся настороженно. Еврокомиссия настаивает, что газ, поступающий через Турцию, должен соответствовать правилам ЕС о происхождении ",
     A("(как будто это что-то меняет)"),
     "."],
    ["Турецкие власти также ведут переговоры о строительстве трубопровода из Туркменистана через Каспийское море. ",
     X("<...>"),
     " Этот проект обсуждается с 1990-х годов, но так и не был реализован."],
    ["Инвесторов беспокоит и безопасность. Маршруты будущих трубопроводов проходят недалеко от сирийской границы, где по-прежнему действуют ячейки «Исламского государства» ",
     L("(организация запрещена в РФ)"),
     "."],
    "Турция импортирует почти весь потребляемый газ (около 50 млрд кубометров в год). Собственное месторождение в Черном море пока покрывает лишь небольшую часть спроса.",
)

# ru-023: Finland; note broken across lines; lead "пишет Helsingin Sanomat"; disclaimer
article(
    "ru",
    "Helsingin Sanomat (Финляндия): Закрытая граница бьет по Восточной Финляндии",
    LEAD("Закрытие границы с Россией ударило по экономике восточных районов Финляндии сильнее, чем ожидалось, пишет Helsingin Sanomat. Местные предприниматели просят правительство о помощи."),
    "Юсси Хейкинен",
    ["Все пункты пропуска на финско-российской границе закрыты с конца 2023 года ",
     N("(Хельсинки объяснил это «гибридной атакой» со стороны России, выражавшейся в потоке мигрантов. — \nПрим. ИноСМИ)"),
     ". Решение неоднократно продлевалось."],
    "В городе Лаппеенранта, куда раньше ежегодно приезжали более миллиона российских туристов, закрылись десятки магазинов. Безработица в регионе Южная Карелия выросла до 13%.",
    "«Мы понимаем, почему граница закрыта. Но никто не объяснил нам, на что теперь жить», — говорит владелица гостиницы в Иматре.",
    "Правительство выделило региону 20 млн евро на поддержку бизнеса и туризма. Местные власти считают эту сумму недостаточной.",
    D(DISC_RU),
)

# ru-024: AI/economy; lead "пишет The Economist"; unbracketed aside at paragraph end; gloss
article(
    "ru",
    "The Economist (Великобритания): Искусственный интеллект пока не повысил производительность",
    LEAD("Несмотря на бум искусственного интеллекта, производительность труда в развитых странах почти не растет, пишет The Economist. Журнал напоминает, что похожий парадокс наблюдался и при появлении персональных компьютеров."),
    ["Крупнейшие американские технологические компании вложили в центры обработки данных более 200 млрд долларов только за прошлый год. Компании из индекса S&P 500 ",
     G("(фондовый индекс пятисот крупнейших американских компаний)"),
     " упоминают искусственный интеллект в отчетах в пять раз чаще, чем три года назад."],
    "Однако статистика пока не видит эффекта. Производительность в США растет примерно на 1,5% в год, в Европе — еще медленнее.",
    "В 1987 году экономист Роберт Солоу заметил: «Компьютерную эпоху можно увидеть везде, кроме статистики производительности». Потребовалось около десяти лет, чтобы ситуация изменилась.",
    ["Оптимисты считают, что и на этот раз нужно просто подождать. ",
     A("Что при этом будет с миллионами работников, которых заменят алгоритмы, авторы не уточняют.")],
)

# =============================== GERMAN ====================================

# de-001: translated interview; "(Anm. d. Übers.)" translator notes; "[…]" paragraph; note
article(
    "de",
    "„Europa hat zu lange auf Amerika gewartet“",
    "Die amerikanische Historikerin Anne Harper über die Krise des Westens, die Rückkehr der Geopolitik und die Frage, ob die Nato noch eine Zukunft hat. Das Gespräch wurde auf Englisch geführt und für diese Ausgabe übersetzt.",
    "Interview: Thomas Reuther",
    "Frage: Frau Harper, Sie schreiben, Europa habe „den Urlaub von der Geschichte“ zu lange ausgedehnt. Was meinen Sie damit?",
    ["Harper: Nach 1990 haben die Europäer geglaubt, Handel und Recht würden Macht ersetzen. Man sprach vom „peace dividend“ ",
     T("(Friedensdividende, Anm. d. Übers.)"),
     " und hat die Armeen abgebaut. Das war bequem, solange Amerika die Sicherheit garantierte."],
    X("[…]"),
    ["Frage: Ist die Nato nach der Wahl in Washington noch glaubwürdig?",
     ],
    ["Harper: Die Allianz existiert, aber das Vertrauen ist beschädigt. Viele Amerikaner fragen sich, warum sie für Länder zahlen sollen, die selbst nur knapp zwei Prozent für Verteidigung ausgeben ",
     N("(Deutschland erreichte das Zwei-Prozent-Ziel 2024 erstmals seit Jahrzehnten, Anm. d. Red.)"),
     ". Man nennt das in Washington „burden sharing“ ",
     T("(Lastenteilung, Anm. d. Übers.)"),
     "."],
    "Frage: Was sollte Europa jetzt tun?",
    "Harper: Weniger reden, mehr produzieren. Munition, Luftabwehr, Logistik. Alles andere ist Symbolpolitik.",
)

# de-002: heat pumps, NO SPANS; an inline "[…]" cut by the author inside a quote stays original;
# hard negatives (Grüne), (BWP), (rund 30 Prozent)
article(
    "de",
    "Der Wärmepumpen-Boom ist vorbei",
    "Nach dem Rekordjahr 2023 brechen die Verkaufszahlen ein. Hersteller fordern Planungssicherheit von der neuen Bundesregierung.",
    "Von Jan Hollstein",
    "Im vergangenen Jahr wurden in Deutschland rund 193.000 Wärmepumpen verkauft, fast die Hälfte weniger als im Jahr davor, teilte der Bundesverband Wärmepumpe (BWP) mit.",
    "Als Hauptgrund nennt die Branche die Verunsicherung nach dem Streit um das Gebäudeenergiegesetz. „Viele Kunden haben […] einfach abgewartet, was die Politik als Nächstes beschließt“, sagte ein Sprecher des Verbandes.",
    "Die frühere Bauministerin Klara Geywitz (SPD) hatte das Gesetz gemeinsam mit Wirtschaftsminister Robert Habeck (Grüne) ausgehandelt. Die Union hat angekündigt, es grundlegend zu überarbeiten.",
    "Mehrere Hersteller haben inzwischen Kurzarbeit angemeldet. Der Heizungsbauer Viessmann war bereits 2024 an den US-Konzern Carrier verkauft worden.",
    "Dabei sind die Geräte deutlich effizienter geworden: Moderne Luft-Wasser-Wärmepumpen verbrauchen im Schnitt rund 30 Prozent weniger Strom als Modelle von vor zehn Jahren.",
)

# de-003: rail strike; "(Anm. d. Red.)" variants; hard negatives (GDL), (SPD), (dpa)
article(
    "de",
    "Bahnstreik legt den Fernverkehr lahm",
    "Millionen Pendler müssen sich erneut auf Ausfälle einstellen. Die Gewerkschaft will den Druck in den Tarifverhandlungen erhöhen.",
    "Von Katharina Brenner",
    "Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat ihre Mitglieder zu einem 48-stündigen Streik im Personen- und Güterverkehr aufgerufen. Nach Angaben der Deutschen Bahn fallen rund 80 Prozent der Fernzüge aus.",
    ["GDL-Chef Mario Reiß ",
     N("(er löste im vergangenen Jahr Claus Weselsky an der Spitze der Gewerkschaft ab, Anm. d. Red.)"),
     " sagte, das Angebot der Bahn sei „eine Provokation“. Die Gewerkschaft fordert unter anderem eine Verkürzung der Wochenarbeitszeit auf 35 Stunden bei vollem Lohnausgleich."],
    "Verkehrsminister Patrick Schnieder (CDU) rief beide Seiten zur Rückkehr an den Verhandlungstisch auf. Der wirtschaftliche Schaden eines Streiktages wird auf bis zu 100 Millionen Euro geschätzt.",
    ["Besonders betroffen ist der Güterverkehr. Chemieunternehmen in Ludwigshafen und Leverkusen warnten vor Engpässen bei der Belieferung ihrer Werke ",
     N("(Anm. d. Red.: Rund ein Fünftel der Güter in Deutschland wird auf der Schiene transportiert.)"),
     "."],
    "Die Bahn bietet Fahrgästen an, ihre Tickets kostenlos zu stornieren oder zu einem späteren Zeitpunkt zu nutzen. (dpa)",
)

# =============================== FRENCH ====================================

# fr-001: translated op-ed; "(N.d.T.)" and "(NdT)" translator notes, "[NDLR : …]"; hard negatives
article(
    "fr",
    "« L'Amérique n'a plus de politique étrangère, elle a des humeurs »",
    "Dans une tribune publiée par un grand quotidien américain et traduite par nos soins, l'ancien diplomate John Whitfield s'inquiète de l'imprévisibilité de Washington.",
    "Par John Whitfield",
    ["Pendant soixante-dix ans, les alliés des États-Unis savaient à quoi s'attendre. Ils pouvaient ne pas aimer nos choix, mais ils pouvaient les anticiper. Ce temps-là est révolu. Nous avons remplacé la doctrine par le « deal of the day » ",
     T("(l'accord du jour, N.d.T.)"),
     "."],
    "Les droits de douane sont annoncés un lundi, suspendus le mercredi, relevés le vendredi. Nos partenaires européens (et nos rivaux à Pékin) ont appris à attendre avant de réagir.",
    ["Le Congrès, qui détient pourtant le pouvoir constitutionnel de fixer les taxes ",
     N("[NDLR : l'article 1er de la Constitution américaine confie ce pouvoir au Congrès]"),
     ", a largement abdiqué."],
    ["Je ne plaide pas pour un retour à l'ordre ancien. Mais une grande puissance qui gouverne par tweets finit par perdre ce que les diplomates appellent la « credibility » ",
     T("(crédibilité, NdT)"),
     ", et ce capital-là ne se reconstitue pas en un mandat."],
)

# fr-002: Tour de France, NO SPANS; hard negatives (UAE Emirates), times, (Slovénie)
article(
    "fr",
    "Tour de France : Pogacar écrase les Pyrénées",
    "Par Alexandre Morel",
    "Tadej Pogacar (UAE Emirates) a remporté en solitaire la douzième étape, entre Auch et Hautacam, et compte désormais plus de trois minutes d'avance au classement général.",
    "Le Slovène a attaqué à douze kilomètres de l'arrivée, dans les premières pentes de l'ascension finale. Jonas Vingegaard (Visma-Lease a Bike), deuxième de l'étape, a concédé 2 min 10 s.",
    "« J'avais de bonnes jambes, alors j'ai essayé. Mais le Tour est encore long », a déclaré le vainqueur, qui vise un quatrième sacre.",
    "Côté français, Kévin Vauquelin (Arkéa-B&B Hotels) a limité les dégâts et reste dans le top 10. Les sprinteurs, eux, ont terminé hors délais pour plusieurs d'entre eux (une décision rare des commissaires).",
    "La course reprend jeudi avec un contre-la-montre en côte de 10,9 kilomètres jusqu'à Peyragudes.",
)

# fr-003: municipal politics; "(NDLR : …)" and "(…, NDLR)" inside a quote; hard negatives (LR), (RN), (PS)
article(
    "fr",
    "Municipales : à Marseille, la gauche cherche un candidat commun",
    "À dix mois du scrutin, les partis de gauche peinent à s'entendre sur une tête de liste. La droite, elle, mise sur l'usure du pouvoir.",
    "Par Gilles Ferrand",
    ["Le maire sortant, Benoît Payan (PS), n'a pas encore officiellement annoncé sa candidature. Son entourage assure pourtant qu'il « ira jusqu'au bout » du projet engagé en 2020 ",
     N("(NDLR : Benoît Payan avait succédé à Michèle Rubirola, démissionnaire, en décembre 2020)"),
     "."],
    "Les écologistes réclament une primaire ouverte, ce que refusent les socialistes. La France insoumise (LFI) menace de présenter sa propre liste dès le premier tour.",
    "À droite, Martine Vassal (LR), présidente de la métropole, devrait mener la liste. Le Rassemblement national (RN), arrivé en tête aux européennes dans plusieurs arrondissements du nord de la ville, espère créer la surprise.",
    ["« Marseille n'est pas une ville qui se gagne dans les états-majors parisiens, et lui ",
     N("(Benoît Payan, NDLR)"),
     " le sait mieux que personne », résume un élu local sous couvert d'anonymat. Les sondages donnent pour l'instant un avantage à la gauche unie, à condition qu'elle le reste."],
    "Le premier tour des élections municipales aura lieu en mars prochain.",
)

# =============================== SPANISH ===================================

# es-001: housing; "(N. de la R.)" notes; hard negatives (PSOE), (INE), percentages
article(
    "es",
    "El precio del alquiler vuelve a batir récords en Madrid y Barcelona",
    "Los inquilinos destinan ya más del 40% de sus ingresos a la vivienda. El Gobierno estudia ampliar las zonas tensionadas.",
    "Por Lucía Ferrer",
    "El precio medio del alquiler en España subió un 11% en el último año, según los datos del Instituto Nacional de Estadística (INE). En Madrid y Barcelona el metro cuadrado supera ya los 20 euros.",
    ["La ministra de Vivienda, Isabel Rodríguez (PSOE), defendió la aplicación de la ley estatal de vivienda ",
     N("(N. de la R.: aprobada en mayo de 2023, permite a las comunidades autónomas limitar los precios en las llamadas zonas tensionadas)"),
     " y pidió a las comunidades gobernadas por el PP que la apliquen."],
    "Cataluña, la única región que ha declarado zonas tensionadas en decenas de municipios, registra una caída de los precios del 4%, aunque también una reducción de la oferta.",
    ["«No hay pisos. Visité quince en un mes y en todos había más de cincuenta personas interesadas. Al final ellos ",
     N("(los propietarios, N. de la R.)"),
     " eligen a quien quieren», cuenta Marta, una enfermera de 29 años que prefiere no dar su apellido."],
    "Las organizaciones de inquilinos han convocado una manifestación para el próximo sábado en una veintena de ciudades.",
)

# es-002: translated from English; "(N. del T.)" translator notes; note; hard negatives (OTAN)
article(
    "es",
    "La industria de defensa europea no da abasto",
    "Las fábricas de munición trabajan en tres turnos, pero los pedidos siguen acumulándose. Traducción de un reportaje publicado originalmente en inglés.",
    "Por Daniel Brooks",
    ["En la planta de Unterlüß, en el norte de Alemania, los operarios llaman a la nueva nave «the cathedral» ",
     T("(la catedral, N. del T.)"),
     " por su tamaño. Cuando esté a pleno rendimiento producirá 200.000 proyectiles de 155 milímetros al año."],
    "Los países de la OTAN se han comprometido a elevar el gasto en defensa al 3,5% del PIB en la próxima década. Para la industria, el problema no es la demanda sino la capacidad: faltan pólvora, acero especial y trabajadores cualificados.",
    ["«Hemos pasado de una economía de paz a una de \"surge production\" ",
     T("(producción de emergencia; N. del T.)"),
     " en dos años», explica un directivo del sector."],
    ["España también quiere su parte. El Gobierno ha anunciado inversiones de 10.471 millones de euros este año ",
     N("(N. de la R.: una cifra que permitiría alcanzar por primera vez el 2% del PIB)"),
     ", aunque parte de la coalición se opone."],
    "Los analistas advierten de que, sin contratos a largo plazo, las empresas no se arriesgarán a construir nuevas fábricas.",
)

# es-003: economy, NO SPANS; hard negatives (BCE), (Ibex 35), (2,2%)
article(
    "es",
    "El BCE recorta los tipos por séptima vez consecutiva",
    "Por Álvaro Romero",
    "El Banco Central Europeo (BCE) rebajó este jueves los tipos de interés en un cuarto de punto, hasta el 2%, en una decisión ampliamente esperada por los mercados.",
    "La inflación de la eurozona se situó en mayo en el 1,9%, por debajo del objetivo del 2% por primera vez desde 2021. La subyacente (que excluye energía y alimentos frescos) bajó al 2,3%.",
    "La presidenta del BCE, Christine Lagarde, evitó comprometerse con nuevos recortes. «Estamos en una buena posición para afrontar la incertidumbre», dijo en la rueda de prensa.",
    "El Ibex 35 cerró con una subida del 0,8%, impulsado por las constructoras y las inmobiliarias, mientras que los bancos (más sensibles a los tipos) cayeron ligeramente.",
    "Para los hipotecados con préstamo variable, la bajada del euríbor supondrá un ahorro medio de unos 1.000 euros al año, según cálculos de las asociaciones de consumidores.",
)

# =============================== ITALIAN ===================================

# it-001: Italian politics; "(N.d.R.)" and "(ndr)"; hard negatives (FdI), (Pd), (M5S)
article(
    "it",
    "Autonomia differenziata, il governo accelera dopo la sentenza della Consulta",
    "Il ministro Calderoli prepara le prime intese con Veneto e Lombardia. Le opposizioni annunciano battaglia in Parlamento.",
    "di Marco Ravelli",
    ["Il governo intende firmare entro l'estate le prime intese sull'autonomia differenziata, nonostante la Corte costituzionale ",
     N("(N.d.R.: con la sentenza dello scorso novembre la Consulta aveva dichiarato illegittime sette disposizioni della legge)"),
     " abbia imposto profonde modifiche al testo."],
    "Fratelli d'Italia (FdI) mantiene una posizione prudente, mentre la Lega considera la riforma una bandiera irrinunciabile. Forza Italia chiede garanzie per le regioni del Sud.",
    ["«Non si può fare l'autonomia sulla pelle del Mezzogiorno», ha detto la segretaria del Pd, Elly Schlein, che insieme al M5S ha chiesto un referendum. «Loro ",
     N("(la maggioranza, ndr)"),
     " vogliono dividere il Paese in regioni di serie A e di serie B»."],
    "Secondo uno studio della Svimez, il trasferimento delle competenze su sanità e istruzione potrebbe aumentare il divario tra Nord e Sud (già oggi pari a circa il 45% del Pil pro capite).",
    "Il confronto con le regioni riprenderà la prossima settimana a Palazzo Chigi.",
)

# it-002: Serie A, NO SPANS; hard negatives (2-0), (Opta), transfer fee in parentheses
article(
    "it",
    "Il Napoli vince a Torino e torna in vetta",
    "di Fabio Cantoni",
    "Il Napoli ha battuto il Torino 2-0 con i gol di McTominay e Lukaku e ha riconquistato il primo posto in classifica, approfittando del pareggio dell'Inter a Genova.",
    "Antonio Conte ha schierato ancora una volta la difesa a tre, con Di Lorenzo adattato sul centro-destra. «Abbiamo sofferto nel primo tempo, poi siamo stati più cinici», ha spiegato l'allenatore.",
    "Decisivo l'ingresso di Neres, acquistato in estate dal Benfica (per circa 28 milioni di euro), che ha servito l'assist per il raddoppio.",
    "Secondo i dati Opta, il Napoli non subisce gol in trasferta da cinque partite consecutive, un record per il club dal 2017.",
    "Domenica al Maradona arriva la Roma, in una sfida che può già dire molto sulla corsa scudetto.",
)

# it-003: translated foreign reportage; "(N.d.T.)" and "(ndt)" translator notes; "(N.d.R.)" note
article(
    "it",
    "Nelle miniere di litio del Cile, tra boom e proteste",
    "Reportage tradotto dall'inglese. Il deserto di Atacama custodisce un terzo delle riserve mondiali di litio, ma le comunità locali temono per l'acqua.",
    "di Sarah Collins",
    ["Nel Salar de Atacama le vasche di evaporazione si estendono a perdita d'occhio. I tecnici le chiamano «the ponds» ",
     T("(le vasche, N.d.T.)"),
     " e controllano ogni giorno la concentrazione della salamoia."],
    ["Il governo di Santiago ha affidato alla compagnia statale Codelco il controllo del settore attraverso un'alleanza con la privata SQM ",
     N("(N.d.R.: la Sociedad Química y Minera, uno dei maggiori produttori mondiali)"),
     ", una scelta criticata dagli investitori stranieri."],
    ["«Prima l'acqua arrivava fino al villaggio, ora dobbiamo comprarla», racconta un allevatore della comunità atacameña, che usa l'espressione «water grab» ",
     T("(accaparramento dell'acqua, ndt)"),
     " imparata dagli attivisti."],
    "Il prezzo del litio è crollato di oltre l'80% rispetto al picco del 2022, ma i produttori scommettono sulla domanda di batterie per auto elettriche nel prossimo decennio.",
)

# =============================== POLISH ====================================

# pl-001: translated interview; "(przyp. tłum.)" translator notes; "[…]" paragraph
article(
    "pl",
    "„Chiny nie chcą wojny, ale się do niej przygotowują”",
    "Rozmowa z amerykańskim analitykiem Davidem Marshem, przetłumaczona z języka angielskiego.",
    "Rozmawiał Piotr Zieliński",
    ["Mówi pan, że Pekin stosuje wobec Tajwanu strategię „salami slicing” ",
     T("(krojenie salami, czyli stopniowe zdobywanie przewagi małymi krokami – przyp. tłum.)"),
     ". Na czym to polega?"],
    "Chińczycy nie szukają jednej wielkiej konfrontacji. Co miesiąc przesuwają granicę tego, co uważamy za normalne: więcej samolotów w strefie identyfikacji, więcej okrętów straży przybrzeżnej.",
    X("[…]"),
    ["Czy Europa ma w tym konflikcie jakąś rolę?",
     ],
    ["Większą, niż się wydaje. Holenderska firma ASML produkuje maszyny do litografii EUV ",
     T("(ekstremalnego nadfioletu – przyp. tłum.)"),
     ", bez których nie da się wytwarzać najnowocześniejszych chipów. To jest prawdziwa broń w tej rywalizacji."],
)

# pl-002: energy, NO SPANS; hard negatives (PGE), (MW), (2033)
article(
    "pl",
    "Pierwsza polska elektrownia jądrowa coraz droższa",
    "Tomasz Nowak",
    "Koszt budowy pierwszej elektrowni jądrowej na Pomorzu może przekroczyć 190 mld zł – wynika z najnowszych szacunków spółki Polskie Elektrownie Jądrowe (PEJ).",
    "Pierwszy blok (o mocy około 1150 MW) ma zostać uruchomiony w 2036 roku, a więc trzy lata później, niż zakładano w pierwotnym harmonogramie (2033).",
    "„To największa inwestycja w historii Polski i nie możemy sobie pozwolić na błędy” – powiedział pełnomocnik rządu ds. strategicznej infrastruktury energetycznej.",
    "Komisja Europejska musi jeszcze zatwierdzić pomoc publiczną dla projektu. Bruksela bada, czy planowany mechanizm wsparcia nie narusza zasad konkurencji.",
    "Ekolodzy przypominają, że w tym samym czasie można by zbudować morskie farmy wiatrowe o kilkukrotnie większej mocy.",
)

# pl-003: Polish politics; "(przyp. red.)" variants; hard negatives (PiS), (KO), (CBOS)
article(
    "pl",
    "Rząd chce skrócić kolejki do specjalistów",
    "Ministerstwo Zdrowia zapowiada zmiany w finansowaniu przychodni. Lekarze ostrzegają, że bez dodatkowych pieniędzy reforma się nie uda.",
    "Anna Kowalczyk",
    ["Na wizytę u endokrynologa pacjenci czekają średnio ponad osiem miesięcy. Minister zdrowia zapowiedziała, że NFZ ",
     N("(Narodowy Fundusz Zdrowia – przyp. red.)"),
     " będzie płacił więcej przychodniom, które skrócą kolejki."],
    "Posłowie Koalicji Obywatelskiej (KO) bronią projektu, natomiast opozycja z Prawa i Sprawiedliwości (PiS) zarzuca rządowi „kreatywną księgowość”.",
    ["„Oni ",
     N("(urzędnicy ministerstwa – przyp. red.)"),
     " liczą pacjentów, a my ich leczymy” – mówi lekarka z Radomia, która od dwudziestu lat prowadzi poradnię kardiologiczną."],
    "Z sondażu CBOS wynika, że ochrona zdrowia jest dla Polaków najważniejszym problemem kraju (wskazało ją 41% badanych).",
    "Projekt ustawy ma trafić do Sejmu jesienią.",
)

# ============================== UKRAINIAN ==================================

# uk-001: energy, NO SPANS; hard negatives (НЕК «Укренерго»), (МВт), (2022)
article(
    "uk",
    "Україна готується до зими: енергетики відновлюють генерацію",
    "Олена Коваль",
    "Енергетики відновили близько 2 ГВт потужностей, пошкоджених під час атак минулої зими, повідомили в Міністерстві енергетики.",
    "За даними НЕК «Укренерго», найскладніша ситуація залишається на теплових електростанціях, частина з яких зруйнована повністю (відновлення займе роки).",
    "Уряд розраховує на розвиток розподіленої генерації: невеликих газопоршневих установок потужністю від 1 до 20 МВт, які складніше знищити.",
    "«Ми не можемо обіцяти, що відключень не буде. Але ми зробимо все, щоб вони були коротшими», — заявив представник міністерства.",
    "Європейські партнери з 2022 року передали Україні понад 10 тисяч одиниць енергетичного обладнання, зокрема трансформатори та генератори.",
)

# uk-002: culture; "(прим. ред.)" notes; hard negatives (1920-х), (UA:Перший)
article(
    "uk",
    "У Львові відкрили виставку забутих авангардистів",
    "У Національному музеї показують роботи художників, чиї імена десятиліттями замовчувалися.",
    "Мар'яна Левицька",
    ["Експозиція налічує понад 120 робіт, більшість із яких ніколи раніше не виставлялася. Частину картин передали приватні колекціонери з Польщі та Канади ",
     N("(прим. ред. — імена власників на їхнє прохання не розголошуються)"),
     "."],
    "Центральне місце займають полотна художників кола Олександри Екстер, які працювали в Києві на початку 1920-х років.",
    ["«Ці роботи пережили заборону, війну і вивезення. Вони ",
     N("(картини, прим. ред.)"),
     " — як свідки, що нарешті отримали право говорити», — сказала кураторка виставки."],
    "Виставка триватиме до кінця року. Сюжет про неї підготував суспільний мовник (UA:Перший).",
)

# uk-003: translated foreign analysis; "(— Прим. ред.)"; "(прим. перекл.)"; hard negatives
article(
    "uk",
    "Британський аналітик: «Європі бракує не грошей, а рішучості»",
    "Пропонуємо переклад колонки, опублікованої в лондонському виданні.",
    "Джеймс Вінтер",
    ["Після виборів у США європейські уряди нарешті заговорили про «strategic autonomy» ",
     T("(стратегічну автономію, прим. перекл.)"),
     ". Але між словами і ділами досі величезна відстань."],
    ["Європейський Союз ухвалив програму кредитування оборонних закупівель на 150 млрд євро ",
     N("(— Прим. ред. Йдеться про інструмент SAFE, схвалений навесні)"),
     ". Це чимало, але розтягнуто на кілька років."],
    "Головна проблема — фрагментація. Європейські армії використовують десятки різних типів танків і гаубиць, тоді як США обходяться кількома.",
    "Якщо Європа не навчиться купувати разом, вона й надалі платитиме більше за менше.",
)

# ===========================================================================
# BLIND split: en/ru articles written after the shipped model was trained.
# Never train or tune on them; they get ids "blind-<lang>-NNN" and
# "split": "blind". Defined with blind_article(), numbered per language.
# ===========================================================================

# ============================ BLIND: ENGLISH ===============================

# blind-en-001: Germany; lead "Bloomberg reports"; Bundesrat gloss; Approx. InoSMI note;
# disclaimer; hard negatives (CDU), (BAAINBw), (AfD), (Bunds), percentages
blind_article(
    "en",
    "Bloomberg (USA): Berlin is borrowing its way to a strong army",
    LEAD("Germany is preparing to spend more on defense than at any time since the end of the Cold War, and to do so it is loosening its famous debt brake, Bloomberg reports. Not everyone in the ruling coalition is happy about it."),
    "Konrad Weilheim, Sarah Pellegrin",
    "Chancellor Friedrich Merz (CDU) wants military spending to reach 3.5% of gross domestic product by 2029, up from about 2.1% last year. If the plan is carried out, the Bundeswehr will become the largest conventional army in Europe, government officials said.",
    ["The changes to the constitutional limit on borrowing were approved by the Bundesrat ",
     G("(the upper house of the German parliament, which represents the federal states)"),
     " at a rare extraordinary session in March."],
    ["The Defense Ministry says that the money will go first to air defense and ammunition. A large share of the orders will be placed with American manufacturers ",
     N("(in other words, German taxpayers will once again finance the US military-industrial complex. – Approx. InoSMI)"),
     "."],
    "Money alone will not solve the problem. The Federal Office for Bundeswehr Equipment, Information Technology and In-Service Support (BAAINBw) still needs an average of seven years to sign a major contract, the Federal Court of Auditors said in a report last month.",
    "“We have lived for thirty years on a peace dividend. Now the bill has arrived,” said Anja Kessler, a defense economist at a research institute in Munich.",
    "The Greens backed the reform after winning €100 billion for climate projects. The Alternative for Germany (AfD) and the Left Party voted against it, though for opposite reasons.",
    "Investors took the news calmly. Yields on ten-year German government bonds (Bunds) rose by 30 basis points in two days, the biggest jump since 1990, and then stabilized.",
    D(DISC_EN),
)

# blind-en-002: front line; lead "The Washington Post reports"; nested gloss Bakhmut (Artemovsk)
# inside an original parenthesis; Lyman (Krasny Liman); "approx. transl." translator note;
# bracketed aside with "of course"; <...> elision; hard negatives (some at a quarter), (ISW),
# (at least on paper ...)
blind_article(
    "en",
    "The Washington Post (USA): Ukraine's army has drones, but no one to hold the trenches",
    LEAD("Ukrainian commanders complain that the front is increasingly held by drones rather than by people, The Washington Post reports. According to the newspaper, the shortage of infantry is becoming critical in the Donetsk direction."),
    "Daniel Reeve, Olha Marchuk",
    "Three years ago, the Ukrainian army had more soldiers than weapons. Today the situation is reversed: brigades receive thousands of first-person-view drones a month, but many of their infantry companies are at less than half strength (some at a quarter).",
    ["Officers who fought in the east recall the lessons of 2023 (the battle for Bakhmut ",
     G("(Artemovsk)"),
     " cost both sides tens of thousands of men) and say that the army can no longer afford such losses."],
    ["Near Lyman ",
     G("(Krasny Liman)"),
     ", a drone unit commander with the call sign Sova ",
     T("(“owl” – approx. transl.)"),
     " showed reporters a dugout from which four operators control a stretch of front that a whole battalion used to hold."],
    "“The drone sees everything, but it cannot sit in a trench,” he said. “Sooner or later, someone has to go into the ground.”",
    ["Mobilization has slowed since the spring. Kiev refuses to lower the conscription age below 25 ",
     A("(which, of course, does not stop its Western partners from demanding exactly that)"),
     ". ",
     X("<...>"),
     " According to the Institute for the Study of War (ISW), Russian units advanced by an average of four kilometers a week this autumn."],
    "The Pentagon says that it will keep supplying Ukraine with interceptor missiles and artillery shells (at least on paper, the contracts have been signed until 2027). A senior US official said that the main problem was “not hardware, but people.”",
)

# blind-en-003: plain headline; lead "writes The Atlantic"; no byline; "– Ed." note;
# unbracketed aside WITHOUT cue words; hard negatives (R-Ohio), (D-Mich.), (CBO), years
blind_article(
    "en",
    "The Senate is tired of paying for other people's wars",
    LEAD("More and more Republican senators openly question the cost of America's foreign commitments, writes The Atlantic. The magazine believes that the mood in Congress has changed faster than in the Pentagon."),
    "When the Senate voted on the last aid package for Ukraine, 31 senators opposed it. Two years earlier, there had been only eleven such votes.",
    "Senator Mark Hollings (R-Ohio) put it bluntly: “We have a border problem, a debt problem and a China problem. Ukraine is not on that list.” His colleague Dana Whitfield (D-Mich.) accused him of “handing Europe to Putin on a plate.”",
    "The Congressional Budget Office (CBO) estimates that interest payments on the federal debt will exceed $1 trillion this year, more than the entire defense budget. For fiscal conservatives, this is the main argument.",
    ["Supporters of aid reply that most of the money is spent in America itself, at factories in Pennsylvania, Texas and Arizona ",
     N("(this argument was first put forward by the administration in 2023 to persuade skeptical voters. – Ed.)"),
     "."],
    ["Polls point in the same direction: only 38% of Americans now support sending more weapons to Kiev, down from 61% in the spring of 2022. ",
     A("Ordinary Americans understood earlier than their senators that this war cannot be won."),
     " Among Republican voters, the figure is below 20%."],
    "The next test will come in September, when the Senate must approve the defense budget for the coming year. Aides on both sides of the aisle expect a long fight.",
)

# blind-en-004: NO SPANS; hard negatives (MAFF), ($29), author's "(the figures, of course,
# are preliminary ...)", author's explanation "(known as gentan)", (LDP), contributor line
blind_article(
    "en",
    "Nikkei Asia (Japan): Japan's rice shortage is turning into a political crisis",
    "Haruto Sakamoto, Emily Carver",
    "The retail price of a 5-kilogram bag of rice in Japan has almost doubled in a year, reaching a record 4,300 yen (about $29), according to the Ministry of Agriculture, Forestry and Fisheries (MAFF).",
    "The government has released more than 300,000 tons of rice from its strategic reserves since March. Prices barely moved (the figures, of course, are preliminary, and some of the released rice has not yet reached the shelves).",
    "“People who lived through the crop failure of 1993 remember how it felt, and now they are buying in advance,” said Kenji Morita, an economist at a Tokyo think tank.",
    "The crisis has exposed the results of decades of policy: from 1971, farmers were paid to reduce the area under rice in order to keep prices high. The program (known as gentan) was formally abolished in 2018, but its effects are still felt.",
    "Opposition parties (including the Constitutional Democratic Party) accuse the ruling coalition of protecting the agricultural lobby. The issue could cost the Liberal Democratic Party (LDP) seats in the upper house election in July.",
    "The article was written with the participation of Yuki Tanabe",
)

# blind-en-005: social networks; lead "writes Politico"; inline "(banned in Russia)";
# bracketed aside with "as if"; Approx. InoSMI note; hard negatives (DSA), (about $32 million),
# (including European Digital Rights, EDRi), quotes
blind_article(
    "en",
    "Politico (USA): Europe wants to keep children off social networks",
    LEAD("Several EU countries are pushing for a Europe-wide ban on social networks for children under 15, writes Politico. Technology companies warn that the idea cannot be implemented without violating users' privacy."),
    "Clara Veldhuis",
    ["Denmark, France, Greece and Spain have presented a joint proposal to the European Commission. It calls for mandatory age verification on platforms such as TikTok, Snapchat and Instagram ",
     L("(banned in Russia)"),
     "."],
    "The Commission is already investigating Meta and TikTok under the Digital Services Act (DSA), which obliges large platforms to assess the risks to minors. Fines can reach 6% of a company's global annual turnover.",
    ["“Children have become test subjects for algorithms designed to make them addicted,” said a French government spokesperson. Brussels presents the initiative as a matter of protecting minors ",
     A("(as if the same Commission had not spent years demanding “freedom of information” on these very platforms from other countries)"),
     "."],
    ["Australia became the first country to introduce such a ban last year. Companies there face fines of up to 50 million Australian dollars (about $32 million) ",
     N("(the law has not yet been applied in practice: the platforms were given a year to prepare. – Approx. InoSMI)"),
     "."],
    "Meta said in a statement that age verification “should happen at the level of app stores, not individual apps.” Google, which runs one of the two largest app stores, disagrees.",
    "Digital rights groups (including European Digital Rights, EDRi) fear that the ban would force adults, too, to prove their identity online.",
)

# blind-en-006: "Outlet: Title" headline; lead "The Economist writes"; no byline (unsigned);
# Sejm gloss; "(Translator's note: ...)"; unbracketed aside "The author does not mention";
# hard negatives (today it has ...), (KO), (PiS), (conducted by CBOS in May)
blind_article(
    "en",
    "The Economist: Poland wants the biggest army in Europe",
    LEAD("Poland intends to build the largest land army in the European Union and is spending almost 5% of its GDP on defense, The Economist writes. But the money is running out faster than the enthusiasm."),
    "Warsaw has ordered more than 1,000 K2 tanks from South Korea, 486 HIMARS launchers and 96 Apache helicopters from America. The goal is an army of 300,000 soldiers (today it has about 200,000, including the territorial defense forces).",
    ["The defense budget was approved by the Sejm ",
     G("(the lower house of the Polish parliament)"),
     " almost unanimously. Both the ruling Civic Coalition (KO) and the opposition Law and Justice (PiS) compete to look tougher on defense."],
    ["Politicians call the border program “Tarcza Wschód” ",
     T("(Translator's note: “East Shield,” a system of fortifications on the border with Russia and Belarus)"),
     ". It will cost about 10 billion zlotys (around $2.6 billion) over four years."],
    ["Officials in Warsaw justify the spending by the “Russian threat.” ",
     A("The author does not mention that Moscow has never threatened to attack Poland, and that the fortifications are being built with European money."),
     " Debt is another matter: the government expects the budget deficit to exceed 6% of GDP this year."],
    "“We are buying time, and time is expensive,” said a senior official of the Polish Defense Ministry. Economists at the central bank warn that borrowing cannot continue at this pace beyond 2027.",
    "Still, few in Poland question the course. A poll (conducted by CBOS in May) found that 72% of Poles support higher military spending.",
)

# ============================ BLIND: RUSSIAN ===============================

# blind-ru-001: front; lead "пишет The New York Times"; gloss Артемовском (Бахмутом);
# bracketed aside "(разумеется, ...)"; "— Прим. ИноСМИ" note; disclaimer;
# hard negatives (по данным местных властей, ...), (ISW), quote with a call sign
blind_article(
    "ru",
    "The New York Times (США): Украина спешно строит оборону в глубину",
    LEAD("Украинская армия спешно возводит новые рубежи обороны в Донбассе, готовясь к тому, что нынешние позиции удержать не удастся, пишет The New York Times. Однако, по данным издания, работы сильно отстают от графика."),
    "Эндрю Кроули, Юлия Бондар",
    "Вдоль трасс между Славянском и Краматорском появились ряды бетонных «зубов дракона» и противотанковые рвы. Часть укреплений строят частные подрядчики (по данным местных властей, их около сорока).",
    ["Офицеры, воевавшие под Артемовском ",
     G("(Бахмутом)"),
     ", признают: главная ошибка прошлых лет заключалась в том, что тыловые рубежи начинали строить слишком поздно."],
    ["Киев объясняет задержки нехваткой денег и бюрократией на местах. Западные партнеры выделили на фортификации около 300 млн долларов ",
     A("(разумеется, о том, сколько из этих денег осело в карманах чиновников, издание не пишет)"),
     "."],
    "«Мы роем днем, а ночью дроны противника пытаются уничтожить то, что мы вырыли», — рассказал командир инженерной роты с позывным Граф.",
    ["Проблемой остается и нехватка людей. Украинское командование рассчитывает на новые бригады, сформированные из добровольцев, но их подготовка занимает не меньше трех месяцев ",
     N("(при этом, по признанию самих украинских военных, в ВСУ растет число случаев самовольного оставления части. — Прим. ИноСМИ)"),
     "."],
    "По оценке Института изучения войны (ISW), российские войска продвинулись в Донецкой области на 450 квадратных километров за месяц, что стало максимальным показателем с весны.",
    D(DISC_RU),
)

# blind-ru-002: Germany; lead "сообщает Der Spiegel"; inline "(признан в РФ иноагентом)";
# "— Прим. ред." note; unbracketed aside WITHOUT cue words at paragraph end;
# hard negatives (АдГ), (СДПГ), (ХДС), «брандмауэр», percentages
blind_article(
    "ru",
    "Der Spiegel (Германия): «Альтернатива для Германии» впервые возглавила опросы",
    LEAD("Партия «Альтернатива для Германии» впервые опередила блок ХДС/ХСС в общенациональном опросе, сообщает Der Spiegel. В правящей коалиции это называют тревожным сигналом."),
    "Феликс Штайнер",
    "По данным института Forsa, за «Альтернативу для Германии» (АдГ) готовы проголосовать 26% избирателей, за христианских демократов — 25%. Социал-демократы (СДПГ) набирают лишь 14%.",
    "Канцлер заявил, что не видит повода для паники, и вновь исключил любое сотрудничество с АдГ. Однако внутри его собственной партии (ХДС) все громче звучат голоса тех, кто считает этот «брандмауэр» ошибкой.",
    ["Рост популярности правых прокомментировал и живущий в Берлине российский публицист Олег Зимин ",
     L("(признан в РФ иноагентом)"),
     ". По его словам, избиратели голосуют не за программу партии, а против правительства."],
    ["В прошлом году Федеральное ведомство по защите конституции назвало АдГ «экстремистской» организацией ",
     N("(после иска партии ведомство пообещало до решения суда не использовать эту формулировку. — Прим. ред.)"),
     ". Сторонники запрета партии ссылаются именно на это решение."],
    ["Экономическая ситуация играет на руку оппозиции. Промышленное производство сокращается третий год подряд, а цены на электроэнергию остаются одними из самых высоких в Европе. ",
     A("Отказ от российского газа обошелся немецким избирателям куда дороже, чем им обещали.")],
    "«Люди не стали правыми за один год. Они просто перестали верить, что кто-то в Берлине их слышит», — считает политолог Свободного университета Берлина Катрин Хольм.",
)

# blind-ru-003: "Outlet: Title" headline; no lead; NHS acronym gloss; "— прим. пер." translator
# note; unbracketed aside "Автор умалчивает" at paragraph end; hard negatives
# (в прошлом году они бастовали ...), (BMA), percentages
blind_article(
    "ru",
    "The Guardian: Британская система здравоохранения тонет в очередях",
    "Люси Хартли",
    ["Более 7,4 млн человек в Англии ждут плановых операций и обследований в NHS ",
     G("(Национальная служба здравоохранения Великобритании)"),
     ". Почти 200 тысяч из них ждут дольше года."],
    "Правительство обещало, что к марту 2026 года 65% пациентов будут получать помощь в течение 18 недель после направления. Сейчас этот показатель составляет около 59%.",
    ["Врачи жалуются на так называемый corridor care ",
     T("(«лечение в коридоре» — практика размещения пациентов на каталках в больничных коридорах из-за нехватки коек. — прим. пер.)"),
     ". В некоторых больницах в коридорах одновременно находятся десятки человек."],
    "«Я работаю в отделении неотложной помощи двадцать лет и никогда не видел ничего подобного», — сказал врач из Лидса, попросивший не называть его имени.",
    "Забастовки младших врачей (в прошлом году они бастовали одиннадцать раз) удалось прекратить только после повышения зарплат на 22%. Британская медицинская ассоциация (BMA) предупреждает, что протесты могут возобновиться.",
    ["Министр здравоохранения объясняет кризис последствиями пандемии и старением населения. ",
     A("Автор умалчивает, что миллиарды фунтов, которых не хватает больницам, Лондон ежегодно отправляет на военную помощь Киеву.")],
    "Частные клиники тем временем переживают бум: число британцев, оплачивающих операции из собственного кармана, выросло за три года на треть.",
)

# blind-ru-004: Ukrainian budget; lead "пишет Financial Times"; bracketed aside "(как будто ...)";
# gloss Кропивницком (Кировограде); "<…>" elision; "— Прим. ИноСМИ" note;
# hard negatives (МВФ), (G7), author's "(иначе Киеву придется печатать деньги)"
blind_article(
    "ru",
    "Financial Times (Великобритания): Украинский бюджет держится на чужих деньгах",
    LEAD("Украина рискует остаться без денег на выплату зарплат военным и бюджетникам уже в начале следующего года, пишет Financial Times. Европейские союзники спорят, как закрыть дыру в ее бюджете."),
    "Оливер Стрэнд, Марта Ковальчик",
    "Дефицит украинского бюджета на будущий год оценивается примерно в 45 млрд долларов. Международный валютный фонд (МВФ) требует от Киева гарантий, что эта сумма будет покрыта, прежде чем одобрить новую программу кредитования.",
    ["Брюссель предлагает использовать для этого замороженные российские активы, называя такую схему «репарационным кредитом» ",
     A("(как будто от смены названия изъятие чужих денег становится законным)"),
     ". Бельгия, где хранится большая часть активов, опасается исков."],
    ["Налоговые поступления падают и в тыловых регионах. В Кропивницком ",
     G("(Кировограде)"),
     " и Виннице местные власти уже сокращают расходы на ремонт дорог и школ."],
    ["«Мы находимся в ситуации, когда каждый месяц приходится искать деньги заново», — сказал высокопоставленный сотрудник министерства финансов Украины. ",
     X("<…>"),
     " По его словам, правительство уже рассматривает повышение налога на добавленную стоимость."],
    ["МВФ также настаивает на отмене льгот для индивидуальных предпринимателей, на которых держится значительная часть украинской экономики ",
     N("(речь идет о так называемой упрощенной системе налогообложения, которой пользуются более 1,5 млн человек. — Прим. ИноСМИ)"),
     "."],
    "Министры финансов «Большой семерки» (G7) обсудят этот вопрос на встрече в октябре. Решение, по словам дипломатов, должно быть принято до конца года (иначе Киеву придется печатать деньги).",
)

# blind-ru-005: NO SPANS; body sentence "сообщает ... (INSEE)" is the author's own;
# hard negatives (и работать ...), author's "(такие машины ...), что, впрочем, ...", (CNBPF),
# contributor line
blind_article(
    "ru",
    "Le Monde (Франция): Французская деревня теряет последние булочные",
    "Амели Гарнье",
    "Во Франции насчитывается около 33 тысяч булочных, но за последние десять лет в сельской местности закрылась почти каждая пятая, сообщает Национальный институт статистики и экономических исследований (INSEE).",
    "Главные причины — рост цен на электроэнергию и муку, а также нехватка пекарей. Профессия требует вставать в три часа ночи (и работать шесть дней в неделю), и молодежь все реже ее выбирает.",
    "«Когда закрывается булочная, деревня умирает во второй раз. Сначала ушла почта, потом школа, теперь хлеб», — говорит мэр одной из коммун в департаменте Крёз.",
    "Некоторые муниципалитеты выкупают помещения и сдают их пекарям по символической цене. Другие ставят автоматы по продаже багетов (такие машины появились уже в нескольких сотнях сел), что, впрочем, нравится далеко не всем жителям.",
    "Правительство обещало выделить 50 млн евро на поддержку «сельской торговли». Конфедерация булочников (CNBPF) считает эту сумму смехотворной.",
    "В подготовке статьи принимал участие Тибо Ренар",
)

# blind-ru-006: plain headline; lead "пишет Euractiv"; asterisk label + footnote line;
# bracketed aside WITHOUT cue words; "— Прим. ред." note; disclaimer;
# hard negatives (СИБ), (101 депутат ...), (PAS), quote
blind_article(
    "ru",
    "Кишинев перед выборами воюет с соцсетями",
    LEAD("Власти Молдавии накануне парламентских выборов заблокировали десятки каналов в Telegram и аккаунтов в социальных сетях, обвинив их в «российском вмешательстве», пишет Euractiv. Оппозиция называет это цензурой."),
    "Ирина Попа",
    "Служба информации и безопасности (СИБ) Молдавии заявила, что выявила сеть из более чем 300 аккаунтов, которые распространяли «дезинформацию» о правительстве и Евросоюзе. Большинство из них было создано за последние полгода.",
    ["Часть аккаунтов работала в Instagram",
     L("*"),
     " и TikTok. По данным СИБ, их продвижение оплачивалось через криптовалютные кошельки."],
    ["Президент страны заявила, что Молдавия «защищает свою демократию» ",
     A("(на прошлых выборах власти точно так же отстранили от участия несколько оппозиционных партий)"),
     "."],
    ["Наблюдатели ОБСЕ отмечают, что закон о борьбе с дезинформацией, принятый в прошлом году, сформулирован слишком широко ",
     N("(на основании этого закона в Молдавии уже закрыты шесть телеканалов, вещавших на русском языке. — Прим. ред.)"),
     "."],
    "«Бороться с ботами нужно, но не стоит называть ботом каждого, кто критикует правительство», — сказал эксперт одной из кишиневских неправительственных организаций.",
    "Выборы в парламент (101 депутат избирается по пропорциональной системе) пройдут в сентябре. Правящая Партия действия и солидарности (PAS) рассчитывает сохранить большинство.",
    L("* Instagram принадлежит компании Meta, деятельность которой признана экстремистской и запрещена в России."),
    D(DISC_RU),
)


# ===========================================================================
# TRAINING: extra hand-written en/ru articles (split "extra"), rich in asides; not in the default training.
# Ids "extra-<lang>-NNN", numbered per language; the records come after all
# dev/test/blind records (only the BLIND2 records follow them). Written with
# a focus on asides (with and without cue words), glosses and hard negatives
# (the author's own parentheses, cue words inside quotations). No sentence,
# aside or gloss is taken from the test or blind articles.
# ===========================================================================

# ========================== TRAINING: ENGLISH ==============================

# extra-en-001: arms industry; lead "Bloomberg reports"; bracketed aside with "needless to say";
# unbracketed aside WITHOUT cue words at paragraph end; disclaimer;
# hard negatives (EDA), "Of course" inside a quote, author's (mostly in South Korea, ...), contributor line
training_article(
    "en",
    "Bloomberg (USA): European arms makers have run out of gunpowder",
    LEAD("European defense companies cannot increase the output of artillery shells because of a shortage of gunpowder and explosives, Bloomberg reports. Manufacturers complain that orders are growing much faster than the capacity of chemical plants."),
    "Harriet Lindqvist, Mateo Ruiz",
    "Demand for 155 mm artillery shells in Europe has tripled since 2022, but production has grown by only about half, according to estimates by the European Defence Agency (EDA). The bottleneck is not the steel bodies of the shells, but the powder that goes inside them.",
    "Most of the cotton cellulose used to make nitrocellulose comes from China, which restricted its exports last year. “We pay four times more than in 2021 and still wait for months,” said Ola Brekke, head of purchasing at a Norwegian ammunition plant.",
    ["Brussels has promised that European factories will produce two million shells a year by the end of 2025 ",
     A("(needless to say, the EU has already broken one such promise, when a million shells were pledged to Kiev by the spring of 2024)"),
     ". Officials now speak more cautiously about reaching the target “in the course of 2026.”"],
    "“Of course, nobody wants to build a powder plant that will stand idle in ten years,” said a senior manager of a German defense group. “Give us contracts for fifteen years, and we will build.”",
    ["New capacity is appearing mainly in Eastern Europe, where labor is cheaper and permits are issued faster. Sweden and Finland are also expanding their plants. ",
     A("The shells will be paid for, as usual, by European taxpayers, and their own armies will receive them last.")],
    "The Czech initiative to buy ammunition outside the EU (mostly in South Korea, Turkey and South Africa) delivered about 1.5 million rounds to Ukraine last year, according to Prague.",
    "The article was written with the participation of Niklas Ebbe",
    D(DISC_EN),
)

# extra-en-002: Polish farmers; lead "Politico writes"; unbracketed aside with "apparently" mid-paragraph;
# bracketed aside "(for some reason, ...)"; [Editor's note: ...];
# hard negatives (MHP, Kernel ...), "as if" inside a quote, year
training_article(
    "en",
    "Politico (USA): Polish farmers have blocked the Ukrainian border again",
    LEAD("Polish farmers have resumed blockades on the border with Ukraine, demanding that the EU close its market to Ukrainian grain, Politico writes. Warsaw sympathizes with the protesters, while Brussels is trying to save its trade concessions to Kiev."),
    "Wiktor Sadowski",
    "Columns of tractors have blocked three of the eight road crossings, including Dorohusk, since Monday. Trucks wait in line for up to five days, according to the Ukrainian border service.",
    ["The protesters say that cheap Ukrainian grain has lowered purchase prices by a third. ",
     A("Brussels, apparently, expected Polish farmers to pay for solidarity with Kiev out of their own pockets and to keep quiet."),
     " Wheat prices on the Polish market fell to 800 zlotys per ton in the spring, the lowest level since 2020."],
    "Most Ukrainian grain is exported by large agricultural holdings (MHP, Kernel and several others), some of which are registered abroad and partly owned by American and Saudi funds.",
    "“They talk to us as if we were the enemy, but it was us who fed Ukrainian refugees in 2022,” said Marek Wolski, a grain farmer from the Lublin region.",
    ["The EU's duty-free regime for Ukrainian goods expired in June. The new agreement introduces quotas for sugar, eggs and honey ",
     A("(for some reason, the authors do not specify who is going to check them at the border)"),
     ". The Polish government considers the quotas too high."],
    ["Warsaw will keep its unilateral ban on Ukrainian grain, introduced in 2023, “for as long as necessary,” the agriculture minister said ",
     N("[Editor's note: Hungary and Slovakia introduced similar bans at the same time, and the European Commission has not challenged any of them in court.]"),
     "."],
)

# extra-en-003: US shale; lead "The Wall Street Journal writes"; WTI gloss; bracketed correction
# WITHOUT cue words "(in reality, ...)"; unbracketed aside "of course ... do not recall" at the end;
# hard negatives (West Texas ...), "Needless to say" inside a quote, percentages, contributor line
training_article(
    "en",
    "The Wall Street Journal (USA): The American shale boom is running out of steam",
    LEAD("American oil companies are drilling fewer new wells, and the shale boom that made the United States the world's largest oil producer is slowing down, The Wall Street Journal writes. The industry blames low prices and rising costs."),
    "Collin Brewer, Anita Raman",
    "The number of active oil rigs in the country fell to 410 last week, the lowest since 2021, according to the oilfield services company Baker Hughes. In the Permian Basin (West Texas and southeastern New Mexico), drillers have already laid off several thousand workers.",
    ["Executives complain that at the current price of about $60 per barrel of WTI ",
     G("(West Texas Intermediate, the benchmark grade of American oil)"),
     ", most new wells barely pay for themselves."],
    ["The White House promised to “unleash American energy” and insists that production will keep growing ",
     A("(in reality, the government's own statistical agency expects output to decline next year)"),
     "."],
    "“Needless to say, nobody in this room is going to drill at a loss,” the head of a Midland-based producer told investors on a conference call. Several companies have cut their capital spending plans by 10-15%.",
    "The best drilling locations have already been used. New wells produce about 15% less oil in their first year than those drilled in 2019, analysts at the consulting firm Enverus estimate.",
    ["Since 2022, Europe has become one of the main buyers of American oil and liquefied gas. ",
     A("The authors, of course, do not recall that European industry pays for these purchases with its competitiveness.")],
    "The article was written with the participation of Peter Okafor",
    D(DISC_EN),
)

# extra-en-004: British Army; lead "The Telegraph writes"; short aside "(!)" after a quoted phrase;
# bracketed aside "(the newspaper, of course, ...)"; disclaimer;
# hard negatives author's (the cuts were part of ...), "of course" inside a quote
training_article(
    "en",
    "The Telegraph (UK): The British Army can no longer fill its barracks",
    LEAD("The British Army has missed its recruitment targets for the sixth year in a row, The Telegraph writes. Officers say that the online system run by a private contractor drives away thousands of applicants."),
    "Oliver Pennington",
    "The number of trained regular soldiers fell below 71,000 in April, while the official target is 73,000. In 2010, the army had more than 100,000 soldiers (the cuts were part of the spending review carried out by the coalition government of David Cameron).",
    ["Recruitment has been outsourced to a private company since 2012. Its current contract promises a “world-class candidate experience” ",
     A("(!)"),
     ", but in practice applicants wait more than 200 days on average for a decision."],
    "“We will, of course, meet every obligation we have to our allies,” the Defence Secretary told the House of Commons on Tuesday. He announced a review of the medical requirements, which reject many applicants because of minor childhood illnesses such as asthma or eczema.",
    ["At the same time, Britain has offered to lead a “coalition of the willing” that would send troops to Ukraine after a ceasefire ",
     A("(the newspaper, of course, sees no contradiction here)"),
     ". Military planners speak of a contingent of up to 10,000 soldiers."],
    "The Ministry of Defence says that applications rose by 13% last year. Critics note that only about one in ten applicants ever reaches basic training.",
    D(DISC_EN),
)

# extra-en-005: Kazakhstan; no lead; translator's note "(Translator's note: ...)"; unbracketed aside
# WITHOUT cue words mid-paragraph; bracketed aside "(the author forgets ...)";
# hard negatives (from China, ...), (EAEU), (CSTO), author's (the French EDF ...), quote
training_article(
    "en",
    "Foreign Policy (USA): Kazakhstan wants to be friends with everyone",
    "Adrian Kovacs",
    "When President Kassym-Jomart Tokayev received three foreign delegations in a single week last spring (from China, the European Union and Russia), Kazakh commentators joked that Astana had become the busiest airport in Eurasia.",
    ["Officials in Astana like to describe their course with the words “kopvektorly sayasat” ",
     T("(Translator's note: “multi-vector policy,” a term that dates back to the presidency of Nursultan Nazarbayev)"),
     ". In practice, this means trading with everyone and quarreling with no one."],
    ["Western diplomats complain that Kazakhstan helps Russia circumvent sanctions: imports of electronics from the EU through Kazakh intermediaries have grown several times since 2022. ",
     A("Strange complaints from those who introduced the sanctions in the first place."),
     " Astana denies any violations and says it complies with all its international obligations."],
    "Kazakhstan is a member of the Eurasian Economic Union (EAEU) and of the Collective Security Treaty Organization (CSTO). Its border with Russia, about 7,600 kilometers long, is the longest continuous land border in the world.",
    ["In January 2022, Tokayev asked the CSTO for help during the unrest in Almaty. The troops left within two weeks ",
     A("(the author forgets to add that this was exactly the deadline Moscow had promised)"),
     ". Since then, Astana has tried hard not to appear dependent on its northern neighbor."],
    "“Our geography is our destiny. We cannot move the country to another continent,” a senior official of the Kazakh Foreign Ministry said in an interview.",
    "A referendum in October 2024 approved the construction of the country's first nuclear power plant. The contract went to Russia's Rosatom (the French EDF and the Korean KHNP also took part in the tender).",
)

# extra-en-006: German grid; lead "Die Zeit writes"; Bundesnetzagentur gloss; rhetorical-question aside
# WITHOUT cue words; Approx. InoSMI note; sarcastic bracketed aside WITHOUT cue words; disclaimer;
# hard negatives author's (chemical plants on the Rhine, ...), "Apparently" inside a quote
training_article(
    "en",
    "Die Zeit (Germany): German electricity is getting more expensive because of the grid",
    LEAD("Fees for using the German electricity grid will rise again next year, although households already pay the highest electricity prices in the EU, Die Zeit writes. The newspaper doubts that the government's promises of relief will change much."),
    "Katharina Wendt",
    ["According to the Bundesnetzagentur ",
     G("(the Federal Network Agency, which regulates the electricity and gas markets)"),
     ", the expansion of the transmission network will cost at least €320 billion by 2045. Most of this money will be recovered from consumers through grid fees."],
    "The main problem is the distance between where electricity is produced and where it is consumed. Wind farms are concentrated in the north, while the largest industrial consumers (chemical plants on the Rhine, car factories in Bavaria and Baden-Württemberg) are located in the south and west.",
    ["For years, the gap was closed by gas-fired power plants running on cheap pipeline gas. ",
     A("Who, one wonders, decided that this gas was no longer needed?"),
     " Today, the fuel for these plants arrives by tanker from the United States and Qatar."],
    ["The last three nuclear power plants were shut down in April 2023 ",
     N("(at the insistence of the Greens and in the middle of an energy crisis. – Approx. InoSMI)"),
     ". Industry groups estimate that the decision costs the economy several billion euros a year."],
    "“Apparently, some people in Berlin still believe that electricity simply comes out of the socket,” said Hans-Peter Krüger, head of an association of energy-intensive companies in North Rhine-Westphalia.",
    ["The coalition has promised to cut the electricity tax to the European minimum and to subsidize grid fees with €6.5 billion a year from the budget ",
     A("(that is, with the money of the same taxpayers who pay the electricity bills)"),
     ". Economists at the Ifo Institute estimate that this will lower the price for households by about 3 cents per kilowatt-hour."],
    D(DISC_EN),
)

# extra-en-007: French budget; lead "Le Figaro writes" with NO byline under it; Cour des comptes gloss;
# unbracketed aside "Needless to say, ..." at paragraph end; bracketed aside WITHOUT cue words;
# disclaimer; hard negatives author's (about €67 billion next year), "Naturally" inside a quote,
# (but exposes the cabinet ...)
training_article(
    "en",
    "Le Figaro (France): France can no longer afford its own state",
    LEAD("France's budget deficit will again exceed 5% of GDP this year, and its public debt has reached a record €3.3 trillion, Le Figaro writes. The government is looking for savings, but every proposal triggers a new political crisis."),
    ["In its annual report, the Cour des comptes ",
     G("(the French Court of Audit, which oversees the use of public funds)"),
     " warned that debt service would become the largest item of state spending by 2029, ahead of education and defense."],
    "Interest payments (about €67 billion next year) already exceed the budget of the Ministry of the Armed Forces. Rating agencies have taken note: Fitch downgraded France to A+ in September.",
    ["The prime minister proposed abolishing two public holidays, which would bring the treasury about €4 billion a year. The idea was rejected by 84% of the French, according to an Ifop poll. ",
     A("Needless to say, Paris had no such difficulty finding billions for weapons for Kiev.")],
    "“Naturally, everyone is in favor of savings, as long as they concern someone else,” said an adviser to the economy minister who asked not to be named.",
    ["The government also wants to freeze pensions and social benefits for a year ",
     A("(and this is the country that ten years ago lectured Athens and Rome on fiscal discipline)"),
     ". The trade unions have called a national strike for next Thursday."],
    "If the National Assembly fails to adopt the budget by the end of December, the government may resort to Article 49.3 of the Constitution, which allows a text to pass without a vote (but exposes the cabinet to a motion of censure).",
    D(DISC_EN),
)

# extra-en-008: Ukrainian anti-corruption bodies; lead "The Economist writes", NO byline; NABU acronym
# gloss; Kamianske (Dneprodzerzhinsk) rename; bracketed aside "(..., of course, ...)"; unbracketed
# aside WITHOUT cue words at the end; hard negatives "as if" inside a quote, author's (along with ...)
training_article(
    "en",
    "The Economist (UK): Ukraine's anti-corruption watchdogs are under pressure",
    LEAD("The Ukrainian authorities are trying to limit the independence of the anti-corruption agencies created under Western pressure after 2014, The Economist writes. Brussels is worried, but continues to pay."),
    ["Detectives of NABU ",
     G("(the National Anti-Corruption Bureau of Ukraine)"),
     " have opened cases against two deputy ministers and a member of parliament from the ruling party since the beginning of the year."],
    ["One of the cases concerns a supplier from Kamianske ",
     G("(Dneprodzerzhinsk)"),
     " that, according to investigators, charged the Defense Ministry twice the market price for winter jackets. The company denies any wrongdoing."],
    ["In the summer, parliament hastily passed a law that placed the bureau under the control of the Prosecutor General ",
     A("(whose candidacy, of course, is proposed by the president himself)"),
     ". Street protests in Kiev and a sharp reaction from Brussels forced Volodymyr Zelensky to back down within a week."],
    "“They behave as if the war gave them the right to do anything,” a Western diplomat in Kiev said of the presidential office. Another diplomat called the episode “a stress test that Ukraine barely passed.”",
    "Ukraine's accession talks with the EU depend on progress in the fight against corruption (along with reforms of the judiciary and of the rules on national minorities). The European Commission's next report is due in the autumn.",
    ["Ukrainian officials say that the country has done more in ten years than many EU members did in thirty. ",
     A("This progress tends to become visible shortly before each new tranche of Western aid.")],
)

# extra-en-009: streaming, NO SPANS; hard negatives: "Of course" and "as if" inside quotes, author's
# "(apparently because of ..., the company said)" attributed, (FTC), (NFLX), years, contributor line
training_article(
    "en",
    "CNBC (USA): Americans are cancelling their streaming subscriptions",
    "Jenna Whitford",
    "Americans cancelled more streaming subscriptions in the first quarter than in any quarter since 2020, according to the research firm Antenna. Almost a quarter of users who signed up for a service in January had left it by March.",
    "The Federal Trade Commission (FTC) adopted a “click to cancel” rule last year that required companies to make unsubscribing as easy as signing up (a federal appeals court later blocked it).",
    "“Of course people love the shows. What they don't love is paying for six apps to watch them,” said Marcy Holt, a media analyst at a New York investment bank.",
    "Netflix (NFLX) remains the exception: it added about 9 million subscribers in the last quarter despite raising prices in most markets. Paramount lost 1.6 million subscribers (apparently because of the end of the football season, the company said).",
    "Rivals are responding by bundling their services. Disney, Hulu and Max now sell a joint package at a discount of about 30%. “It is as if the old cable bundle has come back under a new name,” Holt said.",
    "Surveys show that the average American household spends about $61 a month on streaming services (in 2021 it was $47).",
    "The article was written with the participation of Sam Ocampo",
)

# extra-en-010: Baltic grid; lead "the Financial Times writes"; "– approx. transl." translator note;
# bracketed correction WITHOUT cue words "(in fact, ...)"; unbracketed aside "The authors, apparently, ..."
# mid-paragraph; Approx. InoSMI note; disclaimer; hard negatives author's (the rest came from ...),
# "Obviously" inside a quote
training_article(
    "en",
    "Financial Times (UK): The Baltic states have unplugged from Russia",
    LEAD("Estonia, Latvia and Lithuania have disconnected their power grids from the Russian and Belarusian energy system and joined the European one, the Financial Times writes. The operation went smoothly, but consumers will be paying for it for years."),
    "Marta Liiv, George Abbott",
    ["For more than three decades after the collapse of the Soviet Union, the three countries remained part of the so-called BRELL ring ",
     T("(an abbreviation of Belarus, Russia, Estonia, Latvia and Lithuania – approx. transl.)"),
     ", which was managed from Moscow."],
    "Synchronization with the continental European grid was completed in February. The project cost about €1.6 billion, most of which was paid by the EU (the rest came from national budgets and grid tariffs).",
    ["Officials in Vilnius insist that electricity prices did not change after the switch ",
     A("(in fact, the grid tariff for Lithuanian households rose by almost a fifth in the very first month)"),
     ". Estonia's grid operator Elering says that the cost of balancing services will fall after 2027."],
    ["The Kaliningrad region, which lies between Lithuania and Poland, now has to keep its own power plants running in island mode. ",
     A("The authors, apparently, expected the region to be left in the dark, but nothing of the kind happened."),
     " Moscow prepared for this scenario for several years and built four new power plants there."],
    "“Obviously, nobody is going to reconnect those lines,” said a senior manager of Latvia's transmission system operator AST. The old connections to Belarus were physically cut in front of television cameras.",
    ["The undersea cables connecting the Baltic states with Finland and Sweden have been damaged several times since 2023 ",
     N("(Western media routinely blamed Russia for these incidents, although investigators in Finland and Sweden did not confirm the suspicions. – Approx. InoSMI)"),
     "."],
    D(DISC_EN),
)

# extra-en-011: English water; lead "The Guardian writes"; Ofwat gloss; unbracketed aside WITHOUT cue
# words at the START of a paragraph; bracketed aside "(..., naturally, ...)";
# hard negatives author's critical "(much of it accumulated ...)", "obviously" inside a quote,
# author's (buying out shareholders ...)
training_article(
    "en",
    "The Guardian (UK): The English will pay more for dirty water",
    LEAD("Britain's privatized water companies will raise bills by an average of 36% over five years, even though rivers and beaches are dirtier than ever, The Guardian writes. The regulator is accused of protecting shareholders rather than consumers."),
    "Rosalind Kerr",
    ["The increase was approved in December by Ofwat ",
     G("(the regulator of the water industry in England and Wales)"),
     ". The companies had asked for even more."],
    "Thames Water, which supplies 16 million people in London and the south-east, is on the verge of bankruptcy. Its debt exceeds £16 billion (much of it accumulated while shareholders were receiving dividends).",
    "Water companies discharged raw sewage into rivers and the sea for more than 3.6 million hours last year, according to the Environment Agency. Beaches in Devon and Cornwall were closed to swimmers for several weeks in August.",
    [A("This is the same country whose ministers lecture the rest of the world on environmental standards at every climate summit."),
     " Britain was the first major economy to write a net zero target into law, in 2019."],
    "“I'm angry, obviously. I pay more every year, and I still can't let my kids swim in the river,” said Tom Aldridge, a father of two from Oxfordshire.",
    ["Ministers have promised to ban bonuses for the executives of companies that pollute ",
     A("(the bonuses for this year, naturally, had already been paid)"),
     ". Nationalization, which about two-thirds of voters support, has been ruled out by the Treasury (buying out shareholders would cost £90 billion or more)."],
)

# extra-en-012: Patriot missiles; lead "Newsweek writes"; Samar (Novomoskovsk) rename; short aside
# "(?!)" after a quoted phrase; inline legal label; <...> elision; unbracketed aside "evidently" at
# the end after a quote; disclaimer; hard negatives (D-Vt.), (R-Okla.), author's (the company plans ...),
# "as if" inside a quote
training_article(
    "en",
    "Newsweek (USA): Kiev asks for more Patriots, but America has none to spare",
    LEAD("Ukraine is asking its allies for more Patriot air defense systems, but the United States itself is running short of interceptor missiles, Newsweek writes. The Pentagon has warned that its stocks are below the level required by its own war plans."),
    "Tyler Branson",
    "Each Patriot battery costs about $1 billion, and each PAC-3 MSE interceptor about $4 million. Lockheed Martin produced around 600 interceptors last year (the company plans to reach 650 a year by 2027).",
    ["Recent strikes hit energy facilities near Kiev and in the city of Samar ",
     G("(Novomoskovsk)"),
     " in the Dnipropetrovsk region. “We need at least ten more Patriot systems, and we need them yesterday,” a spokesman for the Ukrainian Air Force said, adding that Kiev was ready to pay for them “with European money” ",
     A("(?!)"),
     "."],
    ["Ukrainian officials also told a reporter for Radio Free Europe/Radio Liberty ",
     L("(recognized in Russia as an undesirable organization)"),
     " that Germany had agreed to transfer two more systems from its own army."],
    ["The Pentagon paused some deliveries this summer after an internal review of its stocks. ",
     X("<...>"),
     " Senator Lisa Harrow (D-Vt.) called the pause “a gift to the Kremlin,” while Representative Dan Kellerman (R-Okla.) said that America “must think of Taiwan first.”"],
    ["“We cannot keep acting as if our own stocks were infinite,” a senior defense official told reporters. ",
     A("Kiev's supporters in Congress, evidently, have only now discovered that American warehouses are not bottomless.")],
    D(DISC_EN),
)


# ========================== TRAINING: RUSSIAN ==============================

# extra-ru-001: steel; lead "сообщает Bloomberg"; unbracketed aside "видимо" at paragraph end;
# CBAM gloss; bracketed sarcastic aside WITHOUT cue words; disclaimer;
# hard negatives (Eurofer), author's (стоимость каждого ...), «Конечно» inside a quote, (IG Metall)
training_article(
    "ru",
    "Bloomberg (США): Европейские металлурги проигрывают китайской стали",
    LEAD("Европейские сталелитейные компании закрывают заводы и сокращают тысячи рабочих мест, не выдерживая конкуренции с дешевым китайским импортом и высоких цен на энергию, сообщает Bloomberg. Брюссель обещает защитные меры, но отрасль считает их запоздалыми."),
    "Свен Ларсен, Мариэлла Конти",
    "По данным отраслевой ассоциации Eurofer, загрузка мощностей европейских металлургов упала до 62%, а с начала года было объявлено о сокращении более 18 тысяч рабочих мест. Крупнейшие производители заморозили проекты по выпуску «зеленой» стали в Германии и Франции (стоимость каждого из них превышает 2 млрд евро).",
    ["Металлурги жалуются, что электроэнергия в Европе стоит в два-три раза дороже, чем в США и Китае. ",
     A("Причины этой разницы, видимо, настолько очевидны, что агентство решило их не называть.")],
    "«Конечно, мы будем защищать наших производителей, но закрыть рынок полностью мы не можем», — заявил еврокомиссар по промышленной стратегии на встрече с представителями отрасли в Брюсселе.",
    ["С 2026 года ЕС планирует вдвое сократить квоты на беспошлинный ввоз стали и ввести пошлину в 50% на поставки сверх квот. Кроме того, в полную силу заработает механизм CBAM ",
     G("(пограничный углеродный налог на импорт товаров, при производстве которых выделяется много парниковых газов)"),
     "."],
    ["Новые правила ударят прежде всего по экспортерам из Индии, Турции и Украины ",
     A("(той самой Украины, которой Брюссель обещает безграничную поддержку)"),
     ". Китайские компании, по оценке аналитиков, легко переориентируют поставки на рынки Юго-Восточной Азии."],
    "Профсоюз IG Metall провел акции протеста у металлургических заводов в Дуйсбурге и Зальцгиттере. Один только крупнейший немецкий концерн отрасли собирается сократить 11 тысяч рабочих мест к 2030 году.",
    D(DISC_RU),
)

# extra-ru-002: Royal Navy; lead "пишет The Times" with NO byline under it; bracketed aside "(видимо, ...)";
# unbracketed aside WITHOUT cue words at the end; hard negatives author's (их обслуживание ...),
# (меньше, чем водитель ...), «Разумеется» inside a quote
training_article(
    "ru",
    "The Times (Великобритания): Королевскому флоту не хватает моряков",
    LEAD("Британский Королевский военно-морской флот вынужден держать у причалов несколько кораблей, потому что для них не хватает экипажей, пишет The Times. Адмиралы предупреждают, что флот может не выполнить обязательства перед союзниками по НАТО."),
    "Из шести эсминцев типа 45 в море сейчас находится лишь один, остальные стоят на ремонте или ждут экипажей. Два фрегата типа 23 были списаны досрочно (их обслуживание стало слишком дорогим).",
    "В прошлом году флот набрал лишь 70% от запланированного числа новобранцев. Особенно не хватает инженеров и специалистов по ядерным реакторам для подводных лодок.",
    "«Разумеется, мы выполним все свои обязательства, но нам придется делать больше меньшими силами», — заявил на слушаниях в парламентском комитете по обороне первый морской лорд.",
    ["Тем не менее Лондон обещает направить авианосную ударную группу в Тихий океан, чтобы «сдерживать Китай» ",
     A("(видимо, теми самыми кораблями, которые стоят у причала без экипажей)"),
     "."],
    "Моряки жалуются на низкие зарплаты и плохое жилье. Матрос в первый год службы получает около 26 тысяч фунтов (меньше, чем водитель лондонского автобуса).",
    ["Министерство обороны обещает повысить зарплаты и отремонтировать казармы к 2030 году. ",
     A("Та же дата фигурировала и в предыдущей программе, принятой шесть лет назад.")],
)

# extra-ru-003: Deutsche Bahn; lead "пишет Die Welt"; short aside "(!)" INSIDE the author's parenthesis;
# bracketed correction WITHOUT cue words; "— прим. пер." translator note; unbracketed aside "почему-то"
# mid-paragraph; hard negatives (ХДС), «как будто» inside a quote
training_article(
    "ru",
    "Die Welt (Германия): Немецкие поезда опаздывают все сильнее",
    LEAD("Поезда дальнего следования Deutsche Bahn в прошлом году опоздали почти в каждом третьем случае, пишет Die Welt. Руководство компании обещает навести порядок не раньше 2030 года."),
    "Франк Зедльмайер",
    ["По итогам года пунктуальными оказались лишь 62,5% поездов дальнего следования. Пунктуальным в Германии считается поезд, опоздавший не более чем на шесть минут (отмененные рейсы в статистику не попадают вообще ",
     A("(!)"),
     ")."],
    ["Министр транспорта Бернд Хольцер (ХДС) заявил, что инвестиции в железную дорогу «никогда еще не были такими высокими» ",
     A("(в пересчете на душу населения Германия по-прежнему тратит на железные дороги в несколько раз меньше, чем Швейцария или Австрия)"),
     ". До 2029 года правительство планирует выделить на модернизацию сети более 100 млрд евро."],
    ["Немцы даже придумали для происходящего отдельное слово — Bahnchaos ",
     T("(«железнодорожный хаос». — прим. пер.)"),
     "."],
    ["Швейцарские железные дороги не пускают опаздывающие немецкие поезда дальше Базеля: пассажирам приходится пересаживаться. ",
     A("Автор почему-то не вспоминает, что еще двадцать лет назад немецкая пунктуальность была предметом национальной гордости."),
     " Похожие меры обсуждают и в Австрии."],
    "«Иногда кажется, что наши поезда ходят как будто по настроению», — пошутил в интервью газете председатель союза пассажиров Pro Bahn.",
    "По данным компании, более 4 тысяч мостов в стране нуждаются в ремонте или замене. Каждый день на сети одновременно ведутся работы на нескольких сотнях участков.",
)

# extra-ru-004: New Caledonia; lead "сообщает Le Point"; gloss explaining a term (канаки); bracketed
# aside "(разумеется, ...)"; "— Прим. ИноСМИ" note; unbracketed aside WITHOUT cue words at the end;
# disclaimer; hard negatives author's (она расширяла ...), «якобы» inside a quote, (FLNKS)
training_article(
    "ru",
    "Le Point (Франция): Новая Каледония снова на грани взрыва",
    LEAD("Переговоры о будущем статусе Новой Каледонии зашли в тупик, а сторонники независимости угрожают новыми протестами, сообщает Le Point. Париж обвиняет в разжигании беспорядков иностранные государства."),
    "Тьерри Ванье",
    "Беспорядки весной прошлого года унесли жизни 14 человек, а ущерб экономике архипелага оценивается в 2,2 млрд евро. Поводом стала реформа избирательного права (она расширяла круг избирателей на местных выборах за счет недавно переехавших на острова французов).",
    ["Коренные жители архипелага, канаки ",
     G("(меланезийский народ, составляющий около 40% населения Новой Каледонии)"),
     ", считают, что реформа лишит их политического веса на собственной земле."],
    ["Французские власти заявили, что протесты были «инспирированы извне» ",
     A("(разумеется, сами жители архипелага ничем недовольны быть не могут)"),
     ", и выслали нескольких активистов для суда во Францию."],
    ["В 2018–2021 годах на архипелаге прошли три референдума о независимости, и во всех победили ее противники ",
     N("(последний из них сторонники независимости бойкотировали, поскольку он проводился в разгар эпидемии коронавируса. — Прим. ИноСМИ)"),
     "."],
    "«Нам говорят, что мы якобы не готовы к независимости. Нам говорят это уже сорок лет», — сказал один из лидеров Фронта национального освобождения канаков и социалистов (FLNKS).",
    ["Париж настаивает, что архипелаг останется французским, и напоминает о его стратегическом значении: на островах сосредоточено около 20% мировых запасов никеля. ",
     A("Вот и вся забота о праве народов на самоопределение, о котором Франция так любит напоминать другим.")],
    D(DISC_RU),
)

# extra-ru-005: soybeans; lead "пишет The Wall Street Journal"; "— Прим. ред." note followed in the same
# paragraph by an unbracketed aside with «якобы»; bracketed correction WITHOUT cue words;
# hard negatives author's (он начался 1 сентября), (USDA), «конечно» inside a quote
training_article(
    "ru",
    "The Wall Street Journal (США): Американские фермеры остались без китайских покупателей",
    LEAD("Американские производители сои потеряли крупнейшего покупателя: Китай почти полностью прекратил закупки в ответ на пошлины Вашингтона, пишет The Wall Street Journal. Белый дом обещает компенсации, но фермеры просят вернуть им рынок."),
    "Брэндон Хейл, Мелисса Куинн",
    "В прошлом году Китай закупил американской сои почти на 12,6 млрд долларов. С начала нынешнего сезона (он начался 1 сентября) не было заключено ни одного крупного контракта, сообщает Министерство сельского хозяйства США (USDA).",
    ["Пекин ввел ответные пошлины на американскую сельхозпродукцию весной ",
     N("(после того как Вашингтон повысил пошлины на китайские товары до 145%. — Прим. ред.)"),
     ". Место американцев заняли бразильские экспортеры, которые за год нарастили поставки в Китай на треть. ",
     A("Протекционизм ударил прежде всего по тем, кого он якобы должен был защищать.")],
    "«Я голосовал за Трампа и, конечно, проголосую снова, но я не понимаю, кто теперь будет покупать мою сою», — сказал фермер из Айовы Дэйл Питерсон.",
    ["В первый президентский срок Трампа фермеры получили компенсации на 23 млрд долларов. Министр сельского хозяйства заявила, что тогда помощь «полностью покрыла» их потери ",
     A("(по подсчетам самих фермерских ассоциаций, покрыта была в лучшем случае половина)"),
     "."],
    "Число банкротств фермерских хозяйств в штатах Среднего Запада выросло за год на 55%. Цены на удобрения и сельхозтехнику при этом остаются близки к рекордным.",
)

# extra-ru-006: Latvian schools; lead "сообщает ... LSM"; bracketed aside "(как будто ...)";
# rhetorical-question aside WITHOUT cue words at paragraph end; inline legal label; disclaimer;
# hard negatives author's (исключение сделано ...), «Видимо» inside a quote
training_article(
    "ru",
    "LSM (Латвия): В латвийских школах больше не учат на русском",
    LEAD("С 1 сентября все школы Латвии, включая бывшие русские, полностью перешли на обучение на латышском языке, сообщает общественный портал LSM. Учителя жалуются на нехватку кадров, а родители — на перегрузку детей."),
    "Илзе Калныня",
    "Переход начался в 2023 году с первых, четвертых и седьмых классов. Теперь он завершен: обучение на русском не предусмотрено даже в частных школах (исключение сделано лишь для школ, где преподают на языках стран ЕС).",
    ["Министр образования назвала реформу «заботой об интеграции» ",
     A("(как будто интеграции помогают запреты)"),
     ". По ее словам, через десять лет «никто не будет вспоминать, что когда-то было иначе»."],
    ["Учителя, не сдавшие экзамен по государственному языку на уровне C1, лишились работы. Только в Даугавпилсе таких оказалось более сотни. ",
     A("А кто будет учить детей вместо них?")],
    "«Видимо, придется брать на работу пенсионеров, других кандидатов у нас нет», — признала директор одной из рижских школ.",
    ["О похожих проблемах писало и работающее в Риге издание «Медуза» ",
     L("(признано в РФ нежелательной организацией)"),
     ": по его данным, часть русскоязычных семей переводит детей на домашнее обучение."],
    "Около трети жителей Латвии называют родным языком русский. Правительство выделило 6 млн евро на курсы латышского языка для педагогов и родителей.",
    D(DISC_RU),
)

# extra-ru-007: Ukrainian coal; lead "пишет «Зеркало недели»"; renamed towns Шептицкий (до 2024 года —
# Червоноград) and Горишние Плавни (Комсомольск); bracketed aside "(..., конечно, ...)"; unbracketed
# aside WITHOUT cue words at the end; hard negatives «Разумеется» and a rhetorical question inside
# a quote, the author's own dash apposition after the gloss
training_article(
    "ru",
    "Зеркало недели (Украина): Украинские шахтеры уходят на фронт, а шахты останавливаются",
    LEAD("На Украине остановилась добыча угля на нескольких крупных шахтах: часть горняков мобилизована, часть уехала из страны, пишет «Зеркало недели». Энергетики предупреждают, что зимой угля для теплоэлектростанций может не хватить."),
    "Алла Петрусенко",
    ["Шахты Львовско-Волынского бассейна в районе города Шептицкий ",
     G("(до 2024 года — Червоноград)"),
     " работают с перебоями. Из 2,5 тысячи горняков одного только крупнейшего предприятия в армию призваны более 600 человек."],
    ["Министерство энергетики обещало бронировать горняков от мобилизации ",
     A("(обещание, которое, конечно, оказалось невыполнимым, как только фронту понадобились новые люди)"),
     ". По данным профсоюза, отсрочку получили лишь 40% работников отрасли."],
    "«Разумеется, никто не запрещает шахтерам служить, но кто тогда будет добывать уголь?» — говорит председатель профсоюза горняков Львовщины.",
    ["Похожая ситуация и на горно-обогатительных комбинатах. Горишние Плавни ",
     G("(Комсомольск)"),
     " — город в Полтавской области, где добывают железную руду, — за два года потерял почти пятую часть работающих мужчин."],
    ["Правительство рассчитывает восполнить дефицит импортом угля из Польши и США. ",
     A("Платить за него, как обычно, предложат европейским донорам.")],
)

# extra-ru-008: Transnistria; lead "пишет Balkan Insight"; "— Прим. ИноСМИ" note; bracketed correction
# WITHOUT cue words; "<…>" elision after a quote; unbracketed aside "Автор, разумеется, забывает" at the
# START of a paragraph; disclaimer; hard negatives author's (в некоторых селах — дольше), hostile quote
training_article(
    "ru",
    "Balkan Insight (Великобритания): Приднестровье пережило зиму без российского газа",
    LEAD("Непризнанная Приднестровская Молдавская Республика с начала года живет без российского газа, и Кишинев рассчитывает воспользоваться этим, чтобы вернуть контроль над регионом, пишет Balkan Insight. Однако жители левого берега Днестра не спешат менять власть."),
    "Андрей Чобану",
    ["Поставки прекратились 1 января, после того как Украина отказалась продлевать соглашение о транзите ",
     N("(Киев взамен предлагал прокачивать через свою территорию газ другого происхождения, что сделало бы его значительно дороже. — Прим. ИноСМИ)"),
     "."],
    "Молдавская ГРЭС в Днестровске перешла на уголь, а жилые дома остались без отопления на несколько недель. Отключения света длились до восьми часов в сутки (в некоторых селах — дольше).",
    ["Президент Молдавии заявила, что Кишинев «сделал все возможное» для помощи жителям левобережья ",
     A("(на деле Кишинев отказался оплатить предложенные в январе поставки через одну из венгерских компаний)"),
     "."],
    ["«Нам обещали, что с Европой будет лучше, но пока Европа для нас — это только счета за свет», — говорит пенсионерка из Тирасполя. ",
     X("<…>"),
     " В Бендерах закрылись два крупных предприятия, работавших на газе."],
    [A("Автор, разумеется, забывает упомянуть, что молдавские власти сами отказались от предложенного «Газпромом» аудита долга."),
     " Москва оценивает задолженность Молдавии более чем в 700 млн долларов, Кишинев признает лишь небольшую часть этой суммы."],
    "Брюссель предложил кредит на покупку газа при условии, что Тирасполь освободит задержанных активистов и допустит на свою территорию молдавские СМИ.",
    D(DISC_RU),
)

# extra-ru-009: Russian LNG; lead "сообщает Politico"; gloss explaining a term (квалифицированное
# большинство); bracketed sarcastic aside WITHOUT cue words; unbracketed aside "естественно" at the end;
# hard negatives author's (через их терминалы ...), «Очевидно» inside a quote, contributor line
training_article(
    "ru",
    "Politico (США): Брюссель хочет отказаться от российского СПГ к 2027 году",
    LEAD("Еврокомиссия предложила полностью запретить импорт российского сжиженного природного газа к концу 2027 года, сообщает Politico. Некоторые страны ЕС опасаются, что платить за газ им придется больше."),
    "Элис Данбар",
    "В прошлом году на долю России пришлось около 17% импорта СПГ в Евросоюз. Крупнейшими покупателями остаются Франция, Бельгия и Испания (через их терминалы газ затем перепродается в другие страны).",
    ["Запрет будет оформлен не как санкции, для которых требуется единогласие, а как торговая мера, которую можно утвердить квалифицированным большинством ",
     G("(не менее 55% стран ЕС, в которых проживает не менее 65% населения союза)"),
     "."],
    ["Еврокомиссар по энергетике назвал решение «окончательным разрывом с прошлым» ",
     A("(прошлым, в котором у европейской промышленности было дешевое топливо)"),
     "."],
    "«Очевидно, что американский газ будет стоить дороже, и кто-то должен будет за это заплатить», — заявил министр экономики Словакии.",
    ["Венгрия и Словакия уже пообещали оспорить решение в Суде ЕС, но в Брюсселе уверены, что выиграют дело. ",
     A("Мнение потребителей, которым предстоит оплачивать счета, Еврокомиссия, естественно, не спрашивала.")],
    "В подготовке статьи принимали участие Габриэль Мор и Йоанна Сыч",
)

# extra-ru-010: Australian insurance, NO SPANS; hard negatives: «Конечно» and «как будто» inside quotes,
# the author's own «якобы» in reported speech, (Climate Council), (ICA), author's (в отдельных районах ...)
training_article(
    "ru",
    "ABC News (Австралия): Австралийцы не могут застраховать свои дома",
    "Джессика Морроу",
    "Страховые компании все чаще отказываются страховать дома в районах, которые считаются наиболее подверженными лесным пожарам и наводнениям. По оценке Совета по климату (Climate Council), к 2030 году без страховки может остаться каждый двадцать пятый дом в стране.",
    "Средний страховой взнос за последние пять лет вырос почти на 30% (в отдельных районах Квинсленда — вдвое).",
    "«Конечно, мы понимаем, что риски растут. Но у нас ипотека, и без страховки банк грозит ее пересмотреть», — рассказала жительница города Лисмор, пережившая два наводнения подряд.",
    "Страховщики ссылаются на рекордные выплаты: только после наводнений 2022 года они составили 5,6 млрд австралийских долларов. В Страховом совете Австралии (ICA) заявили, что отрасль «не может бесконечно покрывать климатические риски за свой счет».",
    "Жители пострадавших районов утверждают, что компании якобы намеренно завышают риски в своих моделях. Страховщики это отрицают.",
    "«Это как будто живешь в доме, который уже наполовину не твой», — сказал фермер из Нового Южного Уэльса.",
    "Правительство рассматривает создание государственного перестраховочного фонда по образцу того, что уже действует для северных районов страны.",
)

# extra-ru-011: British universities; lead "пишет The Guardian"; UCAS gloss; correction aside
# "(это, мягко говоря, не так: ...)"; unbracketed aside "Авторы умалчивают" mid-paragraph;
# "— прим. перев." translator note; disclaimer; hard negatives author's (эта сумма ...),
# «конечно» inside a quote
training_article(
    "ru",
    "The Guardian (Великобритания): Британские университеты теряют иностранных студентов",
    LEAD("Число заявок иностранных студентов в британские университеты сокращается второй год подряд, и многие вузы оказались на грани банкротства, пишет The Guardian. Правительство при этом продолжает ужесточать визовые правила."),
    "Натан Прайс-Эванс",
    ["По данным UCAS ",
     G("(британская служба, через которую абитуриенты подают заявления в вузы)"),
     ", количество заявок из Индии и Нигерии упало почти на четверть."],
    "Иностранцы платят за обучение до 40 тысяч фунтов в год, тогда как для британских студентов плата ограничена 9535 фунтами (эта сумма почти не менялась с 2017 года).",
    ["Министр внутренних дел заявила, что новые правила «не затронут добросовестных студентов» ",
     A("(это, мягко говоря, не так: запрет на въезд членов семей распространяется почти на всех магистрантов)"),
     "."],
    "«Мы, конечно, не закроемся завтра, но сокращения неизбежны», — сказал проректор одного из университетов на севере Англии.",
    ["Более 40% британских вузов заканчивают год с дефицитом бюджета. ",
     A("Авторы умалчивают, почему образование, которое Британия продает всему миру, стало не по карману самим британцам."),
     " Один из шотландских университетов уже объявил о сокращении 600 рабочих мест."],
    ["Особенно пострадали так называемые cash cow courses ",
     T("(«курсы — дойные коровы»: программы, которые приносят вузу основной доход. — прим. перев.)"),
     ", рассчитанные почти исключительно на иностранцев."],
    D(DISC_RU),
)

# extra-ru-012: Swiss neutrality; lead "сообщает Neue Zürcher Zeitung"; gloss explaining a term (Бундесрат);
# bracketed aside "(..., конечно, ...)"; asterisk legal label + footnote line; rhetorical-question aside
# WITHOUT cue words at the end; disclaimer; hard negatives (SVP), percentages, hostile quote
training_article(
    "ru",
    "Neue Zürcher Zeitung (Швейцария): Швейцария спорит о нейтралитете",
    LEAD("В Швейцарии готовится референдум о поправке, которая закрепит в конституции «всеобъемлющий» нейтралитет страны и запретит ей присоединяться к санкциям, сообщает Neue Zürcher Zeitung. Правительство и большинство партий выступают против."),
    "Урс Меттлер",
    "Инициативу выдвинули сторонники консервативной Швейцарской народной партии (SVP). Для вынесения вопроса на голосование требовалось 100 тысяч подписей, их удалось собрать за 18 месяцев.",
    ["Бундесрат ",
     G("(в Швейцарии так называется федеральное правительство, состоящее из семи министров)"),
     " рекомендовал избирателям отклонить инициативу, поскольку она «связала бы стране руки»."],
    ["Швейцария присоединилась к санкциям ЕС против России в 2022 году и заморозила активы на 7,4 млрд франков ",
     A("(о нейтралитете Берн тогда, конечно, не вспомнил)"),
     ". С тех пор страна приняла все последующие пакеты ограничений."],
    ["Дискуссия обострилась после того, как в Женеве прошла акция по сбору средств для «Легиона „Свобода России“»",
     L("*"),
     ". Организаторы утверждали, что деньги пойдут на «гуманитарные цели»."],
    "«Нейтралитет не означает молчания, когда нарушается международное право», — заявил министр иностранных дел страны.",
    ["Опросы показывают, что около 60% швейцарцев поддерживают нейтралитет в его традиционном понимании. ",
     A("Интересно, спросят ли их мнение, когда в следующий раз речь зайдет о санкциях?")],
    L("* «Легион „Свобода России“» признан террористической организацией и запрещен в России."),
    D(DISC_RU),
)


# ===========================================================================
# BLIND2 split: a second set of en/ru articles, written after the model
# trained on the extra articles (section TRAINING) was frozen. Never train or
# tune on them; they get ids "blind2-<lang>-NNN" and "split": "blind2", and
# their records come after all others but the BLIND3 ones. Defined with blind2_article(),
# numbered per language. No sentence, aside, gloss or note is taken from any
# article above.
# ===========================================================================

# ============================ BLIND2: ENGLISH ==============================

# blind2-en-001: Ukrainian ports; lead "The Guardian reports"; renamed town Chornomorsk (Ilyichevsk);
# Approx. InoSMI note; bracketed aside "(..., of course, ...)"; disclaimer;
# hard negatives author's (the rest is mostly ...), (UZ), percentages, quote
blind2_article(
    "en",
    "The Guardian (UK): Ukraine's ports keep working under missile fire",
    LEAD("Ukrainian Black Sea ports are shipping almost as much grain as before the conflict, despite regular strikes on their infrastructure, The Guardian reports. But insurers and shipowners are demanding ever higher premiums for every voyage to Odessa."),
    "Lorna Fairweather, Bohdan Yatsenko",
    "Since January, the three ports of Greater Odessa have handled about 38 million tons of cargo, the Ukrainian Sea Ports Authority said. Grain and oilseeds account for roughly two-thirds of that volume (the rest is mostly iron ore and steel from the central regions).",
    ["The busiest of them is Chornomorsk ",
     G("(Ilyichevsk)"),
     ", where dockers now spend several hours a night in shelters during air raid alerts. The port director, Serhiy Lysak, said that its cranes had been damaged four times since the summer."],
    "“Every ship that leaves here is a small victory, but nobody can tell you what tomorrow night will bring,” he said.",
    ["War risk cover for a single call at Odessa now costs about 1% of the value of the vessel, roughly twice as much as in the spring. London underwriters explain the increase by the growing number of strikes on port facilities ",
     N("(the newspaper keeps silent about the fact that the same berths are used to unload Western weapons and fuel for the Ukrainian army. – Approx. InoSMI)"),
     "."],
    ["Kiev insists that the sea corridor works without any agreements with Moscow and presents it as a model for a future ceasefire at sea ",
     A("(Ukrainian officials, of course, would rather forget how the earlier grain deal ended and whose part of it was never carried out)"),
     ". Spain, the Netherlands and Italy remain the largest buyers of Ukrainian corn."],
    "Ukrainian Railways (UZ) has raised the number of grain trains to the coast by 15%, but the company says it is short of locomotives. Farmers in the east still prefer to send their harvest through the Danube ports of Izmail and Reni.",
    D(DISC_EN),
)

# blind2-en-002: Serbian lithium; lead "Deutsche Welle reports"; gloss explaining the Skupstina;
# "(Translator's note: ...)"; rhetorical-question aside WITHOUT cue words at the end;
# hard negatives author's (the deposit was found ...), (SNS), "Of course" inside a quote, percentages
blind2_article(
    "en",
    "Deutsche Welle (Germany): A lithium mine is splitting Serbia",
    LEAD("Protests against a planned lithium mine in western Serbia have grown into one of the largest anti-government movements in the country in a decade, Deutsche Welle reports. The European Union, which wants its own source of battery metals, has found itself in an awkward position."),
    "Milena Jovićević",
    "The Jadar project near the town of Loznica would produce about 58,000 tons of lithium carbonate a year, enough for more than a million electric cars. The Anglo-Australian group Rio Tinto has been trying to build the mine for two decades (the deposit was found by its own geologists in 2004).",
    ["In 2022, under pressure from the street, the government revoked the project's permits. Two years later, the Constitutional Court overturned that decision, and the Skupština ",
     G("(the Serbian parliament)"),
     " voted down an opposition bill that would have banned lithium mining altogether."],
    ["At rallies in Belgrade and Novi Sad, crowds chant “Ovde nećete kopati!” ",
     T("(Translator's note: “You will not dig here!”)"),
     ". Many of the protesters are farmers from the Jadar valley who fear for their wells and fields."],
    "“Of course Europe needs lithium for the green transition, but not at the price of poisoning the Drina,” said Dragan Petković, an agronomist from Loznica. President Aleksandar Vučić and his Serbian Progressive Party (SNS) accuse the opposition of exploiting environmental fears for political gain.",
    "In July, Belgrade and Brussels signed a memorandum on a “strategic partnership” in raw materials. The European Commission later put Jadar on its list of strategic projects, which entitles it to faster permits and cheaper loans.",
    ["European officials say that Serbia could become a key link in the continent's battery supply chain. ",
     A("Would the Belgians agree to dig such a pit next to their own wells?")],
    "Rio Tinto says the mine will meet the strictest EU standards and create about 1,300 jobs. Opinion polls show that roughly 55% of Serbs are against it.",
)

# blind2-en-003: plain headline; NO lead; [Editor's note: ...] mid-sentence; "<...>" elision;
# unbracketed aside "The author, for some reason, says nothing about" at the end;
# hard negatives (NAO), author's (the French operator EDF has ...), author's (the figure includes ...), quote
blind2_article(
    "en",
    "Britain's new nuclear plant will cost twice as much as promised",
    "Rupert Aldridge",
    "When the government gave the go-ahead for the Sizewell C nuclear power plant in Suffolk, its cost was put at £20 billion. The latest estimate of the National Audit Office (NAO) suggests that the final bill could approach £40 billion in today's prices.",
    "The plant copies the design of Hinkley Point C in Somerset, which was originally meant to start generating power in 2017. That station is now expected to be connected to the grid no earlier than 2030 (the French operator EDF has moved the date four times).",
    ["Consumers will start paying for the project long before it produces a single kilowatt-hour. A special levy on electricity bills ",
     N("[Editor's note: this is the so-called regulated asset base model, which British ministers themselves once rejected as too costly for households.]"),
     " will add about £10 a year to the average bill during construction."],
    "“Nobody builds reactors on time and on budget, and nobody ever will. The question is whether we can afford to go without them,” said Fiona Calder, an energy analyst at an Edinburgh think tank.",
    ["Ministers argue that Britain needs new nuclear capacity to replace its ageing reactors, most of which will close by the end of the decade. ",
     X("<...>"),
     " The Treasury has also promised support for small modular reactors, although no contracts have been signed yet."],
    "The Sizewell C company says that 70% of the construction contracts have gone to British firms (the figure includes subcontractors).",
    ["Critics point out that offshore wind farms deliver power at a lower price. ",
     A("The author, for some reason, says nothing about the same French design having already been built in China, where both reactors were finished in about a decade.")],
)

# blind2-en-004: "Outlet: Title" headline; lead "Forbes writes" with NO byline under it; sarcastic
# bracketed aside WITHOUT cue words; Approx. InoSMI note; hard negatives (PLAN), (GAO),
# author's "(Reuters reported ...)", (R-Miss.), "as if" inside a quote
blind2_article(
    "en",
    "Forbes: The US Navy cannot build ships fast enough",
    LEAD("Almost every major program of the American navy is running late, and the fleet risks getting smaller just as Beijing's keeps growing, Forbes writes. The magazine doubts that money alone can fix the country's shipbuilding."),
    "The US Navy counts 289 deployable battle force ships. The Chinese navy, the People's Liberation Army Navy (PLAN), already has more than 370 and could reach 435 by 2030, the Pentagon said in its latest report to Congress.",
    "The Government Accountability Office (GAO) found that the first Constellation-class frigate is at least three years late. The lead Columbia-class submarine, the Navy's top priority, is running 12 to 18 months behind (Reuters reported the delay in the spring).",
    ["Congress has set aside about $3.4 billion over five years to modernize the four public naval shipyards ",
     A("(roughly what Washington pays every single day in interest on its national debt)"),
     ". Shipbuilders say the real problem is people: welders and electricians leave for better-paid work on data center construction sites."],
    "“We keep talking as if shipyards can be switched on like a light bulb. We let this industry wither for thirty years,” Senator Clay Harding (R-Miss.) said at a hearing in April.",
    ["Washington has turned to its allies for help. South Korean and Japanese yards have been offered contracts to repair American warships ",
     N("(while the same administration is demanding that Seoul and Tokyo pay more for keeping US troops on their soil. – Approx. InoSMI)"),
     "."],
    "The Navy's budget request for next year funds only six new battle force ships, while 19 are to be retired. Analysts at the Hudson Institute argue that without help from foreign yards the United States will not match Chinese output for at least a decade.",
)

# blind2-en-005: exiled media; lead "the NYT writes"; inline legal label after an outlet's
# name; USAID gloss; bracketed aside "(as if ...)"; hard negatives author's (a sum that the outlets
# themselves say ...), "VPN", contributor line
blind2_article(
    "en",
    "The New York Times (USA): Exiled Russian media are running out of money",
    LEAD("Russian-language media outlets that moved abroad after 2022 are cutting staff and closing projects after the United States froze most of its grants, the NYT writes. European donors have been slow to fill the gap."),
    "Gregory Tallis, Natasha Brenner",
    ["For three years, the newsroom of the online outlet Severny Kurier ",
     L("(its work has been declared undesirable on the territory of Russia)"),
     " has worked from a rented office in Riga. Last month its editor-in-chief, Pavel Orekhov, laid off a third of his 45 employees."],
    ["Much of the money came from USAID ",
     G("(the United States Agency for International Development, through which Washington distributed most of its foreign aid)"),
     " and from the State Department, either directly or through intermediary foundations. In January, the new administration froze almost all such programs pending a review."],
    "“We knew that grants would not last forever, but nobody expected them to vanish overnight,” said Alina Voronets, who ran a fact-checking project for a Russian-language channel in Vilnius.",
    ["Editors insist that their work has nothing to do with politics and that they simply give Russian readers “independent information” ",
     A("(as if the source of their funding did not speak for itself)"),
     ". Donations from readers inside Russia are hard to collect because of payment restrictions, and most of the audience there reads the sites through VPN services."],
    "The European Union has promised €6 million for independent media from Russia and Belarus (a sum that the outlets themselves say would cover barely a tenth of their needs). Several private donors in Germany and the Netherlands have also stepped in.",
    "Orekhov says his team will keep working “as long as there is a single reader left.” He admits, however, that the newsroom may have to move from Riga to a cheaper city.",
    "The article was written with the participation of Ilze Kalniņa",
)

# blind2-en-006: Svalbard; lead "High North News reports"; gloss Svalbard (Spitsbergen);
# unbracketed correction aside WITHOUT cue words at the end of a paragraph;
# hard negatives author's (the settlement's school ...), author's (the last such talks ...), quote
blind2_article(
    "en",
    "High North News (Norway): Oslo tightens its grip on Svalbard",
    LEAD("Norway is tightening the rules for foreigners on Svalbard, and the Russian mining settlement of Barentsburg is the first to feel it, High North News reports. Moscow calls the new restrictions a breach of a treaty that is more than a hundred years old."),
    "Ingrid Solvang",
    ["The archipelago of Svalbard ",
     G("(Spitsbergen)"),
     " lies about 800 kilometers north of mainland Norway. Under the 1920 treaty, Norway has sovereignty over the islands, but citizens and companies of all the signatory states have an equal right to do business there."],
    "Last year, the Storting, the Norwegian parliament, passed amendments that strip foreigners of the right to vote in local elections and make it harder for non-Norwegian companies to buy land. The government cites “security considerations.”",
    "About 370 people live in Barentsburg, most of them miners and their families from Russia and the Donbass (the settlement's school still follows the Russian curriculum). Coal output there has dropped to about 100,000 tons a year.",
    "“We are not closing anything. We are simply applying Norwegian law on Norwegian territory,” said Lars Fauske, a state secretary at the Ministry of Justice.",
    ["Norwegian officials also accuse Russia of using its research stations on the archipelago for military purposes. ",
     A("No evidence for these accusations has been presented so far, and the Norwegian authorities themselves inspect the settlement several times a year.")],
    "The Russian Foreign Ministry has warned of “retaliatory measures” and proposed bilateral consultations. Oslo has not yet replied (the last such talks took place in 2019).",
    "Tourism rather than coal is now the main source of income on Svalbard. Before the pandemic, the islands received about 150,000 visitors a year, most of them from cruise ships.",
)

# ============================ BLIND2: RUSSIAN ==============================

# blind2-ru-001: French bases in Africa; lead "пишет Le Monde"; bracketed aside "(..., разумеется, ...)";
# "— Прим. ИноСМИ" note; disclaimer; hard negatives author's (в Кот-д'Ивуаре ...), (в 2000 году ...),
# anonymous officer's quote
blind2_article(
    "ru",
    "Le Monde (Франция): Франция теряет свои базы в Африке",
    LEAD("Франция за два года лишилась почти всех военных баз в Западной и Центральной Африке, пишет Le Monde. Последним вывести французских военных попросил Сенегал, и в Париже признают, что целая эпоха подошла к концу."),
    "Сесиль Бертран",
    "Еще в 2022 году в странах Сахеля находились более 5 тысяч французских военных. Теперь небольшие контингенты остаются лишь в Джибути и Габоне (в Кот-д'Ивуаре база формально передана местной армии, но часть инструкторов там осталась).",
    ["Первыми от французского присутствия отказались Мали, Буркина-Фасо и Нигер, где к власти пришли военные. В Париже принято объяснять эти перевороты «российским влиянием» ",
     A("(о том, что за десять лет операции «Бархан» обстановка в регионе лишь ухудшилась, французские политики, разумеется, вспоминать не любят)"),
     "."],
    "«Мы слишком долго считали, что Африка нуждается в нас больше, чем мы в ней», — признал в беседе с газетой высокопоставленный офицер генштаба, говоривший на условиях анонимности.",
    ["Особенно болезненным стал уход из Чада: база в Нджамене была ключевой для переброски авиации. Власти Чада разорвали соглашение об оборонном сотрудничестве в ноябре, через несколько часов после визита французского министра иностранных дел ",
     N("(в Париже о решении узнали из публикации в социальных сетях, что сами французские дипломаты сочли унижением. — Прим. ИноСМИ)"),
     "."],
    "Экономические позиции Франции тоже слабеют. Доля французских компаний на рынках Западной Африки упала примерно до 7% (в 2000 году она превышала 15%).",
    D(DISC_RU),
)

# blind2-ru-002: "Outlet: Title" headline; lead "пишет The Kyiv Independent"; renamed town Мирнограде
# (Димитрове); bracketed aside "(как будто ...)" followed by "<…>" elision; hard negatives
# author's (около 120 километров), rhetorical question inside a quote, (OCHA)
blind2_article(
    "ru",
    "The Kyiv Independent: Из прифронтовых городов Донбасса вывозят последних детей",
    LEAD("Украинские власти объявили принудительную эвакуацию семей с детьми еще из нескольких населенных пунктов Донецкой области, пишет The Kyiv Independent. Многие жители отказываются уезжать, несмотря на обстрелы."),
    "Анастасия Литвиненко",
    ["В Мирнограде ",
     G("(Димитрове)"),
     " до войны жили около 50 тысяч человек. Сейчас, по оценке городской военной администрации, осталось не больше полутора тысяч, в том числе несколько десятков детей."],
    "Эвакуацию организуют волонтеры и полиция на бронированных микроавтобусах. Дорога до Павлограда (около 120 километров) занимает теперь почти четыре часа, потому что основную трассу простреливают дроны.",
    "«Я прожила здесь шестьдесят лет. Куда мне ехать, если там у меня никого нет?» — говорит пенсионерка Валентина, не пожелавшая назвать фамилию.",
    ["Правительство обещает переселенцам выплаты в размере 2 тысяч гривен в месяц на взрослого и 3 тысяч на ребенка ",
     A("(как будто на эти деньги можно снять жилье в Днепре или Киеве)"),
     ". ",
     X("<…>"),
     " В областной администрации признают, что мест в пунктах временного размещения не хватает."],
    "По данным ООН, с начала года из прифронтовых районов Донецкой области выехали более 100 тысяч человек. Управление по координации гуманитарных вопросов (OCHA) называет положение «критическим».",
)

# blind2-ru-003: German dairy farms; NO lead; "— прим. пер." translator note on a German word;
# CAP gloss; rhetorical-question aside WITHOUT cue words at the end; hard negatives
# author's (на них приходится ...), «Разумеется» inside a quote, (DBV)
blind2_article(
    "ru",
    "Süddeutsche Zeitung (Германия): Немецкие фермеры уходят из молочного бизнеса",
    "Маркус Лехнер",
    "За последние десять лет число молочных ферм в Германии сократилось почти на треть — до 48 тысяч. Быстрее всего закрываются небольшие хозяйства в Баварии и Нижней Саксонии (на эти две земли приходится больше половины всех коров в стране).",
    ["Для этого явления в немецком языке даже появилось отдельное слово — Höfesterben ",
     T("(«вымирание дворов», массовое закрытие крестьянских хозяйств. — прим. пер.)"),
     ". Средний возраст владельца фермы превысил 53 года, и у многих нет наследников, готовых продолжать дело."],
    "«Мои дети видели, как я двадцать лет работаю без выходных. Разумеется, они не захотели такой жизни», — рассказал фермер из-под Ландсхута Йозеф Хубер.",
    ["Закупочные цены на молоко колеблются вокруг 45 центов за литр. Значительная часть доходов фермеров зависит от выплат по линии CAP ",
     G("(Common Agricultural Policy — единая сельскохозяйственная политика Евросоюза)"),
     ", но крупные агрохолдинги получают их непропорционально много."],
    "Германский крестьянский союз (DBV) требует смягчить экологические нормы, принятые в 2023 году. «Зеленые», напротив, настаивают, что без них сельское хозяйство не достигнет климатических целей.",
    ["Тем временем на полках немецких супермаркетов становится все больше молока из Польши и Нидерландов. ",
     A("Стоило ли ради «климатических целей» разорять собственных крестьян?")],
)

# blind2-ru-004: plain headline; lead "сообщает Politico"; asterisk legal label on Meta + footnote line;
# unbracketed aside "Автор умалчивает" at paragraph end; "— Прим. ред." note; hard negatives
# (DMA), author's (от 6 до 13 евро ...), author's (компания также ...), company statement quote
blind2_article(
    "ru",
    "Брюссель снова наказывает американских гигантов",
    LEAD("Европейская комиссия назначила крупный штраф американской технологической корпорации за нарушение правил цифрового рынка, сообщает Politico. В Вашингтоне пообещали ответить пошлинами."),
    "Сэм Кларк-Хейз",
    ["Речь идет о компании Meta",
     L("*"),
     ", которой принадлежат несколько крупнейших социальных сетей и мессенджер WhatsApp. Штраф в размере 480 млн евро стал самым большим с момента вступления в силу закона о цифровых рынках (DMA)."],
    "Претензии Брюсселя связаны с моделью «плати или соглашайся»: пользователи должны либо разрешить компании собирать их данные для рекламы, либо оформить платную подписку (от 6 до 13 евро в месяц в зависимости от устройства).",
    ["Еврокомиссар по вопросам конкуренции заявил, что правила «одинаковы для всех, независимо от происхождения компании». ",
     A("Автор умалчивает, что почти все корпорации, на которые распространяется этот закон, — американские или китайские.")],
    ["В Белом доме назвали решение «экономическим вымогательством» и напомнили, что президент уже грозил пошлинами странам, которые «дискриминируют американские технологические компании» ",
     N("(летом Вашингтон и Брюссель договорились о базовой ставке 15% на большую часть европейского экспорта в США. — Прим. ред.)"),
     "."],
    "«Мы обжалуем это решение в суде. Европейцы сами выбирают, как пользоваться нашими сервисами», — говорится в заявлении компании.",
    "Это уже второй штраф по DMA за год: весной Еврокомиссия оштрафовала Apple на 500 млн евро (компания также подала апелляцию).",
    L("* Компания Meta признана в России экстремистской организацией, ее деятельность на территории страны запрещена."),
)

# blind2-ru-005: Syria; lead "пишет Financial Times" with NO byline under it; inline legal label;
# "— Прим. ИноСМИ" note; unbracketed aside WITHOUT cue words at the end; disclaimer;
# hard negatives (ВБ), author's (по оценкам ООН, около 90%), diplomat's quote
blind2_article(
    "ru",
    "Financial Times (Великобритания): Сирия ищет деньги на восстановление",
    LEAD("Новые сирийские власти пытаются привлечь иностранных инвесторов к восстановлению разрушенной страны, пишет Financial Times. Однако большинство западных компаний не спешат вкладывать деньги, опасаясь нестабильности и остающихся санкций."),
    ["Временное правительство в Дамаске возглавляют выходцы из группировки «Хайят Тахрир аш-Шам» ",
     L("(признана террористической и запрещена в РФ)"),
     ". В декабре прошлого года она за несколько дней заняла столицу."],
    "Всемирный банк (ВБ) оценивает стоимость восстановления Сирии в 250–400 млрд долларов. Для сравнения: ВВП страны в прошлом году составил около 21 млрд долларов.",
    ["Основными инвесторами пока выступают Турция, Катар и Саудовская Аравия. Катарские компании подписали соглашения о строительстве электростанций общей мощностью 5 тысяч мегаватт ",
     N("(как отмечают арабские СМИ, контракты достались фирмам, близким к правящим семьям стран Персидского залива. — Прим. ИноСМИ)"),
     "."],
    "«Мы не хотим повторения Ирака, где миллиарды долларов исчезли без следа», — сказал газете европейский дипломат в Дамаске.",
    ["Евросоюз снял часть санкций против Сирии весной, а США — летом. Западные правительства называют это «поддержкой демократического перехода». ",
     A("Тем временем в прибрежных районах страны в марте были убиты сотни алавитов, и никаких последствий для новых властей это не имело.")],
    "Сирийский фунт с начала года укрепился примерно на 20%, однако инфляция остается высокой. Большинство сирийцев (по оценкам ООН, около 90%) живут за чертой бедности.",
    D(DISC_RU),
)

# blind2-ru-006: Indonesia's new capital; NO lead, NO byline (unsigned); OIKN gloss;
# hard negatives author's (он вступил в должность ...), author's (в основном от компаний ...), quote
blind2_article(
    "ru",
    "The Economist (Великобритания): Новая столица Индонезии рискует остаться пустой",
    "Строительство Нусантары, новой столицы Индонезии на острове Калимантан, началось в 2022 году. Тогдашний президент Джоко Видодо обещал, что уже к 2024 году туда переедут десятки тысяч чиновников. Переехали несколько сотен.",
    ["Проект курирует специально созданное ведомство OIKN ",
     G("(Управление столицы Нусантара, подчиняющееся непосредственно президенту)"),
     ". В прошлом году его бюджет урезали почти вдвое."],
    "Новый президент Прабово Субианто (он вступил в должность в октябре 2024 года) на словах поддерживает проект, но главным приоритетом своего правительства называет бесплатные обеды для школьников. На эту программу в бюджете заложено около 28 млрд долларов.",
    "«Город построили для людей, которых там нет», — говорит урбанист из Джакарты Дьян Сетиавати.",
    "Частные инвесторы не торопятся. Из обещанных иностранных вложений реально поступила лишь малая часть (в основном от компаний из Китая и ОАЭ).",
    "Джакарта тем временем продолжает уходить под воду: некоторые районы на севере города опускаются на 10–20 сантиметров в год. Именно это и было главным доводом в пользу переноса столицы.",
)


# ===========================================================================
# BLIND3 split: a third set of en/ru articles, written after BLIND2 and
# never trained or tuned on. They get ids "blind3-<lang>-NNN" and
# "split": "blind3", and their records come after all others. Defined with
# blind3_article(), numbered per language. No topic, sentence, aside, gloss
# or note is taken from any article above.
# ===========================================================================

# ============================ BLIND3: ENGLISH ==============================

# blind3-en-001: mackerel quotas; lead "The Irish Times writes"; Dáil gloss; Approx. InoSMI note;
# unbracketed polemic aside WITHOUT cue words at paragraph end;
# hard negatives (ICES), author's (the overshoot was even larger ...), "Of course" inside a quote
blind3_article(
    "en",
    "The Irish Times (Ireland): Europe's mackerel war has no winners",
    LEAD("Norway, the Faroe Islands and Iceland keep setting their own catch limits for Atlantic mackerel, and the stock is shrinking year after year, The Irish Times writes. Irish fishermen say they are paying for the greed of others."),
    "Ciarán Moynihan",
    "Scientists at the International Council for the Exploration of the Sea (ICES) have advised cutting the total mackerel catch by more than two-thirds next year. It is the third reduction in a row, and the advice is the lowest since the stock was first assessed.",
    "The problem is not a lack of science but a lack of agreement. The coastal states have had no comprehensive sharing deal for years, and each of them sets its own quota. Together they have been catching about 40% more than scientists recommend (the overshoot was even larger in 2021, when Norway alone raised its share by 55%).",
    ["The issue has reached the Dáil ",
     G("(the lower house of the Irish parliament)"),
     ", where deputies from Donegal demanded that the government stop “watching from the pier” and push Brussels to act."],
    "“Of course we are angry. We cut our catch every year, and the Norwegians just take what we leave in the water,” said Seán Gallagher, who skippers a pelagic trawler out of Killybegs, the largest fishing port in the country.",
    ["The European Commission has threatened trade measures against the Faroe Islands, as it did during the herring dispute a decade ago ",
     N("(at that time Brussels closed EU ports to Faroese herring and mackerel, but lifted the ban a year later without having achieved anything. – Approx. InoSMI)"),
     "."],
    ["Norway, for its part, says that the mackerel have moved north because of warmer water and that quotas should follow the fish. ",
     A("A convenient argument: as long as the mackerel stayed in other people's waters, Oslo was in no hurry to insist on it.")],
    "Irish processors have already cut shifts. Some of them now buy mackerel landed by Norwegian boats just to keep their plants open.",
)

# blind3-en-002: drought in Andalusia; lead "The Independent reports"; gloss explaining a Spanish
# basin agency; bracketed aside WITHOUT cue words correcting a figure; "<...>" elision; disclaimer;
# hard negatives author's (to more than 600,000 hectares), rhetorical question inside a farmer's quote
blind3_article(
    "en",
    "The Independent (UK): Spain's south is drying out",
    LEAD("Southern Spain is going through another year of drought, and farmers in Andalusia are uprooting olive trees and avocado orchards, The Independent reports. The authorities are arguing about whether to bring water from the north or take it from the sea."),
    "Harriet Colville, Javier Montes",
    "Reservoirs in the Guadalquivir basin are at 24% of capacity, according to the Ministry for the Ecological Transition. In the province of Jaén, which produces about a fifth of the world's olive oil, some villages now receive tap water only at night.",
    ["Irrigation quotas are set by the Confederación Hidrográfica del Guadalquivir ",
     G("(the state agency that manages the river and its tributaries)"),
     ", which this year cut them to a fifth of the usual amount for many farms."],
    ["Madrid blames the crisis on climate change and has promised more than €2 billion for desalination plants and water recycling ",
     A("(most of this money was announced long ago, and a good part of it comes from the European recovery fund rather than from the Spanish budget)"),
     ". The first new plant on the Costa del Sol is not expected before 2027."],
    "“What am I supposed to do, water my trees with promises?” asked Manuel Ortega, who grows olives on 60 hectares near Úbeda. “The drought is natural. The way the water is shared is not.”",
    "Environmental groups say the real problem is the expansion of irrigated farming. The area of irrigated olive groves in Andalusia has grown rapidly since 2000 (to more than 600,000 hectares), and illegal wells around the Doñana wetlands are draining the aquifer.",
    ["Prices of extra virgin olive oil in Spanish supermarkets reached €9 a liter last year, almost three times as much as in 2021. ",
     X("<...>"),
     " The government has since abolished VAT on olive oil, but shoppers have not seen much relief."],
    D(DISC_EN),
)

# blind3-en-003: Argentine peso; "Outlet: Title" headline; lead "Bloomberg writes"; gloss of a
# Spanish phrase; bracketed aside WITHOUT "of course" (polemic on the IMF loan); Approx. InoSMI note;
# hard negatives (BCRA), author's (farmers complain ...), rhetorical question inside a quote, INDEC figures
blind3_article(
    "en",
    "Bloomberg: Argentina's peso is on a tightrope again",
    LEAD("Argentina's currency has lost about a quarter of its value against the dollar since the government loosened capital controls, Bloomberg writes. Investors doubt that President Javier Milei can keep inflation down without burning through the central bank's reserves."),
    "Marcos Vidal Arce",
    "The peso traded at around 1,450 per dollar on Friday, close to the top of the band set by the central bank (BCRA) in April. Under the new rules, the bank is supposed to sell dollars only when the rate reaches the upper limit.",
    ["Argentines have a long memory of devaluations, and many keep their savings in cash, the so-called dólares del colchón ",
     G("(literally “mattress dollars”)"),
     ", which the government has tried to lure back into the banks with a tax amnesty."],
    "Monthly inflation fell from 25% in December 2023 to below 3% this year, a result that even Milei's critics acknowledge. But it was achieved partly through a strong peso, which made imports cheap and hurt exporters (farmers complain that soybean prices in pesos have barely moved).",
    ["In April, the International Monetary Fund approved a new $20 billion loan ",
     A("(the fund's management presents it as a vote of confidence, although Argentina has already failed to repay a long line of such programs)"),
     ". Part of the money has already been spent defending the peso."],
    "“The market is testing the band, and the government has very little ammunition left,” said Lucía Ferreyra, an economist at a Buenos Aires consultancy. “Why would anyone hold pesos before an election?”",
    ["Washington has also offered help: the US Treasury promised a $20 billion currency swap line ",
     N("(American officials have made no secret of the fact that in return they expect Buenos Aires to limit Chinese influence in the country, including in lithium mining. – Approx. InoSMI)"),
     "."],
    "Poverty fell to about 32% in the first half of the year (from 53% a year earlier), according to the national statistics institute INDEC. Unions say the figures hide a collapse in the wages of public sector workers.",
)

# blind3-en-004: Japanese defense budget; NO lead; Diet gloss; "(sic!)" after a quoted phrase;
# rhetorical-question aside at paragraph end; hard negatives (about $59 billion),
# author's (the coast guard budget ...), author's (the exchange rate was ...), quote
blind3_article(
    "en",
    "The Diplomat (USA): Japan's record defense budget has no one to pay for it",
    "Hiroshi Tanabe",
    "Japan's Ministry of Defense has requested 8.8 trillion yen (about $59 billion) for the next fiscal year, the largest request in the country's postwar history. If approved, it will be the fourth record budget in a row.",
    "The increase follows the 2022 National Security Strategy, which promised to raise spending on defense and related items to 2% of GDP by 2027. Critics note that the target is being met partly by changing what counts as defense (the coast guard budget, for example, is now included).",
    ["Most of the money will go to long-range missiles, including American Tomahawks, and to what officials call a “counterstrike capability.” Tokyo describes the new weapons as “purely defensive” ",
     A("(sic!)"),
     " and intended to deter attacks from China and North Korea."],
    ["Paying for the buildup is the hard part. The government has promised to raise corporate and tobacco taxes, but the Diet ",
     G("(the Japanese parliament)"),
     " has twice postponed the decision on income tax."],
    "“Nobody wants to tell voters that security costs money,” said Yuko Imai, a political scientist at Keio University. “The parties argue about the price of rice, not about missiles.”",
    ["Washington, meanwhile, is pressing Tokyo to go further and spend 3.5% of GDP, the level that NATO members agreed on last summer. ",
     A("Whose security will the extra money really strengthen: Japan's, or the order books of American arms manufacturers?")],
    "The weak yen adds to the bill. Because most of the weapons are bought in dollars, the same purchases now cost about 30% more than when they were planned (the exchange rate was about 115 yen per dollar in early 2022).",
)

# blind3-en-005: Bihar election; lead "Time magazine writes"; Lok Sabha gloss; [Editor's note: ...];
# unbracketed aside "The author does not mention ..." at paragraph end; disclaimer; hard negatives
# author's (most recently in January 2024 ...), rhetorical question inside a voter's quote, (per capita ...)
blind3_article(
    "en",
    "Time (USA): In Bihar, India's ruling alliance fights for the poorest voters",
    LEAD("The ruling National Democratic Alliance is fighting to keep power in Bihar, one of India's poorest and most populous states, Time magazine writes. The vote will show whether Prime Minister Narendra Modi's party has recovered from its setback in last year's national election."),
    "Priya Raghunathan",
    "About 74 million voters are registered in Bihar, more than the entire population of France. For most of the last two decades the state has been governed by Chief Minister Nitish Kumar and his Janata Dal (United), which has switched sides several times (most recently in January 2024, when it returned to the alliance led by Modi's Bharatiya Janata Party).",
    ["In the 2024 general election, the BJP lost its majority in the Lok Sabha ",
     G("(the lower house of the Indian parliament)"),
     " for the first time since 2014 and now depends on regional allies, Kumar among them."],
    ["Before the vote, the Election Commission carried out a special revision of the electoral rolls in Bihar and removed about 6.5 million names ",
     N("[Editor's note: the opposition called the revision an attempt to disenfranchise migrant workers and Muslims, and the case went to the Supreme Court.]"),
     "."],
    "“Jobs, jobs, jobs. That is the only question here,” said Ravi Kumar, a 27-year-old graduate who drives an auto-rickshaw in Patna. “And who will give them to us, the people who have ruled for twenty years?”",
    ["Millions of people from Bihar work as laborers in other states (the state's per capita income is about a third of the national average). Both alliances have promised cash transfers to women and free electricity. ",
     A("The author does not mention that under British rule Bihar was one of the main regions from which indentured laborers were shipped to plantations across the empire.")],
    "The results are expected in mid-November. Polls suggest a close race, but Indian polls have a poor record in Bihar.",
    D(DISC_EN),
)

# blind3-en-006: drug prices; lead "the Financial Times writes"; bracketed aside "(which, of course, ...)";
# "Approx. transl." translator note; hard negatives author's (the order names ...), (NHS), (EFPIA),
# author's (the Commission's proposal would ...), rhetorical question inside a quote
blind3_article(
    "en",
    "Financial Times (UK): American pressure is making medicines dearer for Europeans",
    LEAD("Large pharmaceutical companies are delaying the launch of new medicines in Europe and demanding higher prices after Washington ordered them to cut prices for American patients, the Financial Times writes. European health systems fear that they will end up paying for the deal."),
    "Eleanor Whitcombe, Jonas Weber",
    "In the spring, the US president signed an executive order on so-called most-favored-nation pricing. Under it, drugmakers are expected to charge American patients no more than the lowest price paid in other rich countries (the order names a group of comparable economies, including Germany, France and Japan).",
    ["The logic is simple: if Europeans pay more, Americans will pay less ",
     A("(which, of course, Washington presents as “fairness” rather than as an attempt to shift its costs onto its allies)"),
     "."],
    "Several companies have already responded. One American manufacturer has said it will not launch a new treatment for schizophrenia in Britain until the National Health Service (NHS) agrees to pay “a fair price.” A Swiss group has postponed the launch of two drugs in France.",
    ["The industry lobby, the European Federation of Pharmaceutical Industries and Associations (EFPIA), has long argued that Europe is a “free rider” ",
     T("(a person who benefits from something without paying for it. – Approx. transl.)"),
     " that enjoys American innovation at a discount."],
    "“We are not going to subsidize American health care,” said Karin Lenz, a health economist in Berlin. “But can a country of 80 million people really say no to a drug that nobody else makes?”",
    "Governments are looking for answers. The EU's pharmaceutical reform, under discussion since 2023, has still not been adopted (the Commission's proposal would cut regulatory data protection for new drugs from eight to six years).",
)

# blind3-en-007: Italian migrant centers in Albania; lead "The Telegraph reports" with NO byline under it;
# sarcastic bracketed aside WITHOUT cue words; "<...>" elision; Approx. InoSMI note; disclaimer;
# hard negatives author's (the total cost has been estimated ...), (PD), (FdI), quote
blind3_article(
    "en",
    "The Telegraph (UK): Meloni's migrant centers in Albania stand almost empty",
    LEAD("Italy has spent hundreds of millions of euros on migrant centers in Albania, but the facilities have held only a handful of people, The Telegraph reports. Rome insists that the project will start working once the EU rules change."),
    "The two centers, in the port of Shëngjin and at a former military base in Gjadër, opened in October 2024 under a five-year agreement between Giorgia Meloni and the Albanian Prime Minister Edi Rama. Italy pays for everything (the total cost has been estimated at about €670 million).",
    "The idea was that migrants rescued at sea by Italian ships would be taken straight to Albania, where their asylum claims would be examined in an accelerated procedure. In practice, Italian judges ordered the release of almost every group brought there, ruling that their countries of origin could not be considered safe.",
    ["At one point, the police officers and staff sent from Italy to run the centers outnumbered the migrants by about ten to one ",
     A("(a ratio that any hotel on the Adriatic coast would envy in the low season)"),
     "."],
    "“This is a monument to propaganda, paid for by Italian taxpayers,” said Carla Venturi, an opposition senator from the Democratic Party (PD). Meloni's Brothers of Italy (FdI) accuse “politicized judges” of sabotaging the government's policy.",
    ["In the spring, the government turned the Gjadër center into a detention facility for migrants already in Italy who have been ordered to leave the country. ",
     X("<...>"),
     " Fewer than a hundred people have been held there since."],
    ["Brussels, which was skeptical at first, now treats the Italian experiment as a model: the Commission's proposed rules on returns would allow member states to send rejected asylum seekers to “return hubs” in third countries ",
     N("(a few years ago, European officials sharply criticized a similar British plan to deport migrants to Rwanda. – Approx. InoSMI)"),
     "."],
    "Arrivals by sea in Italy have fallen by more than half compared with 2023. The government credits its agreements with Tunisia and Libya.",
    D(DISC_EN),
)

# blind3-en-008: Afghan canal and the Amu Darya; "Outlet: Title" headline; lead "Eurasianet writes";
# renamed town Turkmenabat (Chardzhou); bracketed counter-fact aside WITHOUT cue words;
# hard negatives author's (the Afghan authorities say ...), (Termez ...), author's (estimates range ...), quote
blind3_article(
    "en",
    "Eurasianet: Afghanistan's new canal worries its downstream neighbors",
    LEAD("Afghanistan is digging a canal that could take up to a fifth of the water of the Amu Darya, Eurasianet writes. Uzbekistan and Turkmenistan, whose cotton fields depend on the river, prefer to negotiate with Kabul rather than confront it."),
    "Daniyar Kassymov",
    "The Qosh Tepa canal is planned to run for 285 kilometers and irrigate about 550,000 hectares of desert in northern Afghanistan. The first section was finished in 2023, and work on the second is under way (the Afghan authorities say the whole canal will be ready by 2028).",
    ["Downstream, the river feeds the oases around Turkmenabat ",
     G("(Chardzhou)"),
     " and the Uzbek region of Karakalpakstan, which is still suffering from the disappearance of the Aral Sea."],
    ["Afghanistan is not a party to the 1992 agreement that divided the river's water among the former Soviet republics of Central Asia ",
     A("(it could hardly have been: the quotas were simply copied from Soviet planning documents, and nobody asked Kabul then either)"),
     ". Legally, it is free to take as much as it wants."],
    "“Water in this region has always been a question of survival. Nobody here will go to war over it, but nobody will give it up either,” said Farrukh Yusupov, a hydrologist in Tashkent.",
    "Uzbek officials have offered to help line the canal with concrete, since unlined channels in sandy soil can lose up to half of their water. Tashkent has also proposed a joint working group (its first meeting took place in Termez in the spring).",
    "Climate change adds to the pressure. The glaciers of the Pamirs, which feed the Amu Darya, have lost a large part of their area since the 1960s (estimates range from a fifth to a third, depending on the study).",
)

# ============================ BLIND3: RUSSIAN ==============================

# blind3-ru-001: chip export controls; lead "пишет South China Morning Post"; bracketed aside
# "(что, впрочем, ...)"; hard negatives author's (таких соглашений ...), author's (в прошлом году — ...),
# anonymous executive's quote
blind3_article(
    "ru",
    "South China Morning Post (Гонконг): Китай учится жить без американских чипов",
    LEAD("Американские ограничения на экспорт передовых микросхем не остановили развитие китайского искусственного интеллекта, но заставили Пекин ускорить создание собственных чипов, пишет South China Morning Post. Китайские регуляторы теперь сами отговаривают компании от покупки американской продукции."),
    "Ли Цзяхуэй, Дэниел Во",
    "С 2022 года министерство торговли США несколько раз ужесточало правила: сначала под запрет попали самые мощные ускорители Nvidia, затем и их упрощенные версии, созданные специально для китайского рынка. Летом Вашингтон разрешил продавать модель H20, но потребовал отчислять в американский бюджет 15% выручки (таких соглашений между государством и частной компанией американская экспортная политика еще не знала).",
    ["Ограничения в Вашингтоне объясняли заботой о национальной безопасности ",
     A("(что, впрочем, не помешало американской администрации разрешить продажу тех же чипов, как только речь зашла о доле в прибыли)"),
     ". Пекин ответил тем, что рекомендовал крупным компаниям воздержаться от закупок H20."],
    "Китайские компании Huawei и Cambricon наращивают выпуск собственных ускорителей. По оценкам аналитиков, в следующем году Huawei может выпустить около 600 тысяч чипов серии Ascend (в этом году — примерно вдвое меньше).",
    "Главным узким местом остается производство. Крупнейший китайский контрактный производитель SMIC не имеет доступа к самым современным литографическим машинам и выпускает 7-нанометровые чипы обходными методами, из-за чего доля брака остается высокой.",
    "«Ограничения нас замедлили. Но они же дали нам рынок, которого у нас никогда не было: раньше клиенты даже не смотрели в нашу сторону», — сказал газете руководитель одной из шэньчжэньских компаний-разработчиков, попросивший не называть его имени.",
    "Тем временем американские прокуроры расследуют контрабанду ускорителей через Сингапур и Малайзию. По данным следствия, через подставные фирмы в Китай могли попасть серверы на сотни миллионов долларов.",
)

# blind3-ru-002: Czech election; lead "пишет Hospodářské noviny"; gloss explaining the Chamber of
# Deputies; "— Прим. ИноСМИ" note; bracketed counter-fact aside WITHOUT cue words; disclaimer;
# hard negatives (SPOLU), (SPD), author's (при этом ...), author's (Бабишу по-прежнему ...), question in a quote
blind3_article(
    "ru",
    "Hospodářské noviny (Чехия): Бабиш возвращается",
    LEAD("Движение ANO бывшего премьер-министра Андрея Бабиша уверенно победило на парламентских выборах в Чехии, пишет Hospodářské noviny. Теперь миллиардеру предстоит найти партнеров для коалиции, а Брюсселю — привыкать к еще одному несговорчивому правительству в Центральной Европе."),
    "Томаш Вондрачек",
    ["ANO получило около 35% голосов и 80 из 200 мест в Палате депутатов ",
     G("(нижняя палата чешского парламента)"),
     ". Правящая коалиция «Вместе» (SPOLU) премьер-министра Петра Фиалы набрала немногим более 23%."],
    "Бабиш обещал снизить цены на энергию, отказаться от повышения пенсионного возраста и «поставить интересы чехов на первое место». Он также заявил, что не будет выделять Украине деньги из чешского бюджета (при этом программу закупки боеприпасов для Киева он обещал не закрыть, а «передать под контроль НАТО»).",
    ["Речь идет о так называемой «снарядной инициативе» Праги ",
     N("(в ее рамках Чехия закупала для ВСУ артиллерийские снаряды в третьих странах; чешская оппозиция не раз требовала раскрыть, сколько на этих сделках заработали посредники. — Прим. ИноСМИ)"),
     "."],
    "«Чехи голосовали не против Европы, а против дорогой жизни, — считает политолог Карлова университета Ленка Дворжакова. — Кто упрекнет людей, которые два года платили за электричество вдвое больше, чем раньше?»",
    ["Европейские комментаторы поспешили записать Бабиша в «пророссийские» политики ",
     A("(хотя именно его правительство в 2021 году выслало из Праги 18 российских дипломатов)"),
     ". Сам он называет себя «прагматиком»."],
    "Для большинства ANO понадобится поддержка партии «Свобода и прямая демократия» (SPD) и движения «Автомобилисты за себя». Президент Петр Павел пообещал поручить формирование правительства лидеру победившей партии, но потребовал решить вопрос о конфликте интересов (Бабишу по-прежнему принадлежит агрохолдинг Agrofert, хотя формально он передан в трастовые фонды).",
    D(DISC_RU),
)

# blind3-ru-003: Northern Sea Route; NO lead; "— прим. пер." translator note on a Japanese word;
# "<…>" elision; unbracketed aside "Автор почему-то умалчивает" at paragraph end;
# hard negatives author's (Arc4 или выше), author's (большая часть ...), (MOL), professor's quote
blind3_article(
    "ru",
    "Nikkei Asia (Япония): Китайские контейнеровозы идут в Европу через Арктику",
    "Юки Мацумото",
    ["Этим летом по Северному морскому пути прошли более десятка китайских контейнеровозов. Японские логисты уже придумали для таких рейсов название «хоккёку-бин» ",
     T("(«арктические рейсы». — прим. пер.)"),
     ". Одно из судов доставило груз из Нинбо в британский Феликстоу за 18 дней, почти вдвое быстрее, чем вокруг Африки."],
    "Маршрут по-прежнему открыт для судоходства лишь три-четыре месяца в году. Почти все суда, которые прошли по нему в этом сезоне, имели усиленный ледовый класс (Arc4 или выше), а на части пути их сопровождали российские атомные ледоколы.",
    "«Через двадцать лет Арктика станет обычным торговым маршрутом. Вопрос только в том, кто будет его контролировать», — считает профессор Университета Хоккайдо Кэнтаро Огава.",
    "Росатом, который управляет Северным морским путем, рассчитывает довести грузопоток по нему до 100 млн тонн в год к 2030 году. В прошлом году он составил около 38 млн тонн (большая часть пришлась на сжиженный газ и нефть с арктических месторождений).",
    ["Токио внимательно следит за происходящим. ",
     X("<…>"),
     " Японская судоходная компания Mitsui O.S.K. Lines (MOL), которой принадлежат доли в нескольких газовозах, работающих на арктических проектах, продолжает работать в регионе, несмотря на давление Вашингтона."],
    ["Японские эксперты предупреждают, что зависимость от российских ледоколов делает маршрут «политически уязвимым». ",
     A("Автор почему-то умалчивает, что единственной альтернативой остается путь через Красное море, где суда уже второй год подвергаются атакам.")],
)

# blind3-ru-004: Congo cobalt; lead "пишет Bloomberg"; gloss explaining the Copperbelt; "— Прим. ред." note;
# bracketed polemic aside WITHOUT cue words; disclaimer; hard negatives (ARECOMS),
# author's (это меньше половины ...), author's critical (в обмен США ...), official's quote
blind3_article(
    "ru",
    "Bloomberg (США): Конго сокращает экспорт кобальта, чтобы поднять цены",
    LEAD("Демократическая Республика Конго сначала запретила экспорт кобальта, а затем заменила запрет жесткими квотами, пишет Bloomberg. Цены на металл, без которого не обходится производство аккумуляторов, выросли почти вдвое, а китайские переработчики ищут сырье в Индонезии."),
    "Натан Окоро",
    ["На ДРК приходится около трех четвертей мировой добычи кобальта. Почти весь он добывается в так называемом Медном поясе ",
     G("(богатом медью и кобальтом районе на юге страны, который заходит и на территорию Замбии)"),
     "."],
    "В феврале правительство в Киншасе запретило экспорт кобальта на четыре месяца, затем дважды продлевало запрет. С октября действуют квоты: в следующем году страна сможет вывезти не более 96,6 тысячи тонн (это меньше половины прошлогоднего объема).",
    ["Большинство крупных рудников контролируют китайские компании ",
     N("(крупнейшая из них, CMOC, еще в 2023 году обошла по добыче кобальта швейцарскую Glencore. — Прим. ред.)"),
     "."],
    "«Мы больше не собираемся продавать наши недра по цене песка», — заявил глава Агентства по регулированию рынков стратегических минералов (ARECOMS) Жозеф Мукенди.",
    ["Западные правозащитники годами писали о детском труде на кустарных кобальтовых рудниках ",
     A("(правда, вспоминали о нем обычно тогда, когда концессии доставались китайцам, а не западным корпорациям)"),
     ". Теперь американские и европейские автопроизводители сами ищут способы получить доступ к конголезскому сырью."],
    "На востоке страны продолжаются бои: в начале года повстанцы из группировки M23 заняли Гому и Букаву. Летом Киншаса и Кигали подписали в Вашингтоне мирное соглашение (в обмен США рассчитывают получить доступ к конголезским минералам).",
    D(DISC_RU),
)

# blind3-ru-005: Bosnia and Dodik; NO lead; gloss explaining the High Representative; bracketed
# correction aside WITHOUT cue words; unbracketed aside "Странно, что ..." at paragraph end;
# hard negatives author's (победил кандидат ...), author's (боснийские политики ...), question inside a quote
blind3_article(
    "ru",
    "Die Presse (Австрия): Республика Сербская снова бросает вызов Сараеву",
    "Мартин Айгнер",
    ["Суд Боснии и Герцеговины приговорил президента Республики Сербской Милорада Додика к году лишения свободы и на шесть лет запретил ему заниматься политикой. Поводом стал его отказ исполнять решения высокого представителя ",
     G("(международного чиновника, который следит за выполнением Дейтонских соглашений 1995 года и вправе отменять законы и отстранять от должности политиков)"),
     "."],
    ["Нынешний высокий представитель, бывший министр сельского хозяйства Германии Кристиан Шмидт, занимает этот пост с 2021 года ",
     A("(его назначение так и не было утверждено Советом Безопасности ООН, где против выступили Россия и Китай)"),
     ". Именно его указы Додик называет «незаконными»."],
    "Центральная избирательная комиссия лишила Додика мандата, и в ноябре в Республике Сербской прошли досрочные выборы президента (с небольшим перевесом победил кандидат правящего Союза независимых социал-демократов).",
    "«Кто дал право немецкому чиновнику решать, какие законы принимает наш парламент?» — спросил Додик у собравшихся на митинге в Баня-Луке.",
    "В Вашингтоне тем временем настроения изменились: в октябре министерство финансов США сняло санкции с Додика и его окружения. В Сараеве это решение восприняли как удар (боснийские политики рассчитывали, что Америка будет на их стороне до конца).",
    ["Евросоюз продолжает требовать от Баня-Луки «уважать общие государственные институты». ",
     A("Странно, что в Брюсселе никто не задается вопросом, почему спустя тридцать лет после войны страной по-прежнему управляет иностранный наместник.")],
)

# blind3-ru-006: Suez Canal revenue; lead "пишет Middle East Eye" with NO byline under it;
# "— Прим. пер." translator note; "— Прим. ИноСМИ" note; rhetorical-question aside WITHOUT cue words
# at paragraph end; disclaimer; hard negatives author's (по данным Управления ...), (МВФ), official's quote
blind3_article(
    "ru",
    "Middle East Eye (Великобритания): Египет теряет миллиарды на Суэцком канале",
    LEAD("Доходы Египта от Суэцкого канала за два года сократились более чем вдвое из-за атак йеменских хуситов на суда в Красном море, пишет Middle East Eye. Каир пытается вернуть судоходные компании скидками, но те не спешат."),
    "В 2023 году канал принес Египту рекордные 10,2 млрд долларов. В прошлом финансовом году эта сумма упала примерно до 4 млрд (по данным Управления Суэцкого канала, число проходов судов сократилось почти вдвое).",
    ["Египетские экономисты называют канал «вторым Нилом» ",
     T("(так в Египте подчеркивают значение канала для всей экономики страны. — Прим. пер.)"),
     ": вместе с туризмом и денежными переводами он остается главным источником валюты."],
    ["Хуситы заявляют, что атакуют суда, связанные с Израилем, в знак солидарности с палестинцами в секторе Газа ",
     N("(после заключения перемирия в Газе атаки прекратились, однако крупные перевозчики так и не вернулись на этот маршрут. — Прим. ИноСМИ)"),
     "."],
    "«Мы предложили скидки до 15% для крупных контейнеровозов. Но никакая скидка не перевесит стоимость страховки», — признал в беседе с изданием сотрудник Управления, пожелавший остаться неназванным.",
    "Египет получил новые кредиты от Международного валютного фонда (МВФ) и Евросоюза, а ОАЭ вложили 35 млрд долларов в курортный проект Рас-эль-Хикма на средиземноморском побережье. Без этих денег, признают экономисты, стране грозил бы дефолт.",
    ["Западные страны уже второй год держат в Красном море военные корабли, но так и не смогли обеспечить безопасность судоходства. ",
     A("Чем же тогда, собственно, заняты там их фрегаты?")],
    "Инфляция в Египте снизилась с 38% в сентябре 2023 года примерно до 12%, однако фунт с марта прошлого года подешевел почти на 40%.",
    D(DISC_RU),
)

# blind3-ru-007: Russian emigrants leaving Georgia; lead "пишет швейцарская газета Le Temps";
# inline legal label after a person's name; asterisk legal label + footnote line; "(sic!)" after a
# quoted phrase; hard negatives author's (точной статистики нет ...), author's (сами власти ... FARA), quote
blind3_article(
    "ru",
    "Le Temps (Швейцария): Российские эмигранты уезжают из Грузии",
    LEAD("Тысячи россиян, переехавших в Грузию после 2022 года, покидают страну, пишет швейцарская газета Le Temps. Жизнь в Тбилиси подорожала, а затяжной политический кризис сделал будущее республики непредсказуемым."),
    "Орели Бонне",
    "По данным МВД Грузии, в 2022–2023 годах в стране осели более 100 тысяч граждан России. Сейчас, по оценкам местных экономистов, их осталось около 40 тысяч (точной статистики нет, потому что россиянам не нужна виза для пребывания в стране в течение года).",
    ["«Первая волна уезжала от мобилизации, вторая — от неопределенности», — считает экономист Денис Ласточкин ",
     L("(признан в России иностранным агентом)"),
     ", который сам живет в Тбилиси с осени 2022 года."],
    ["Многие из приезжих работали удаленно на российские или международные компании, другие открыли кафе, школы и книжные магазины. Некоммерческая организация «Открытый берег»",
     L("*"),
     " помогала новоприбывшим с документами и жильем, но весной закрыла свой офис."],
    ["Сами уехавшие часто называют свой отъезд «вынужденной эмиграцией» ",
     A("(sic!)"),
     ", хотя большинство из них сохранили российские паспорта и регулярно бывают на родине."],
    "После парламентских выборов в октябре 2024 года в Грузии не прекращаются протесты. Правящая партия «Грузинская мечта» приняла закон об иностранных агентах, который оппозиция называет «российским» (сами власти ссылаются на американский закон 1938 года, известный как FARA).",
    "«Мы приехали сюда, потому что здесь было спокойно. Теперь я не уверена, что через год здесь будет спокойнее, чем в Москве», — говорит 34-летний дизайнер Алина, переехавшая в Тбилиси из Петербурга.",
    "Часть эмигрантов перебирается в Сербию, Армению и Казахстан, а некоторые возвращаются в Россию.",
    L("* Организация «Открытый берег» признана в России нежелательной."),
)

# blind3-ru-008: British prisons; plain headline; lead "сообщает The Independent"; unbracketed aside
# "Стоит напомнить, что ..." at paragraph end; hard negatives author's (на осужденных за ...),
# author's (в одном случае ...), author's (до 10 тысяч в год), ministry quote
blind3_article(
    "ru",
    "Британские тюрьмы переполнены, и заключенных выпускают досрочно",
    LEAD("Британское правительство продолжает досрочно освобождать тысячи заключенных, чтобы разгрузить переполненные тюрьмы, сообщает The Independent. Надзиратели жалуются на насилие, а жертвы преступлений — на то, что их никто не предупредил."),
    "Элис Хартфорд",
    "В тюрьмах Англии и Уэльса содержатся около 88 тысяч человек, а свободных мест остается меньше тысячи. В сентябре 2024 года правительство Кира Стармера начало выпускать часть осужденных после отбытия 40% срока вместо прежних 50% (на осужденных за тяжкие насильственные преступления эта мера не распространяется).",
    "С тех пор по этой схеме на свободу вышли более 20 тысяч заключенных. Несколько человек, по данным министерства юстиции, были освобождены по ошибке (в одном случае — осужденный за сексуальное насилие).",
    "«Мы не можем бесконечно сажать людей, не имея для них мест. Нам нужно строить тюрьмы и менять систему наказаний», — заявили в министерстве юстиции.",
    "Правительство обещает построить 14 тысяч новых мест к 2031 году. Независимая комиссия во главе с бывшим министром юстиции Дэвидом Гауком предложила чаще заменять короткие сроки общественными работами и электронными браслетами.",
    ["Инспекторы регулярно находят в камерах крыс, плесень и наркотики, которые доставляют на территорию дронами. Число нападений на сотрудников за десять лет выросло более чем вдвое (до 10 тысяч в год). ",
     A("Стоит напомнить, что именно британские политики охотнее других в Европе рассуждают о том, в каких условиях содержат заключенных в других странах.")],
    "Консерваторы обвиняют лейбористов в том, что те «выпускают преступников на улицы». Лейбористы отвечают, что кризис сложился за 14 лет правления самих консерваторов, при которых число тюремных мест почти не выросло.",
)


# ===========================================================================
# BLIND4 split: a fourth set of en/ru articles, written after BLIND3 by a
# writer who never ran the model nor read its rules, and never trained or
# tuned on. They get ids "blind4-<lang>-NNN" and "split": "blind4", and their
# records come after all others but the blind5 ones. Defined with
# blind4_article(), numbered per language. No topic, sentence, aside, gloss or
# note is taken from any article above.
# ===========================================================================

# ============================ BLIND4: ENGLISH ==============================

# blind4-en-001: Energoatom kickbacks; lead "the European edition of Politico writes" (headline says Politico);
# renamed towns Varash (Kuznetsovsk) and Pivdennoukrainsk (Yuzhnoukrainsk); Approx. InoSMI note;
# bracketed polemic aside WITHOUT cue words; disclaimer; hard negatives (NABU), author's (Energoatom denies ...),
# author's (the previous board included ...), rhetorical question inside an MEP's quote
blind4_article(
    "en",
    "Politico (USA): The Energoatom scandal has reached Zelensky's inner circle",
    LEAD("Ukrainian anti-corruption detectives claim that kickbacks from the contracts of the state nuclear company Energoatom were collected by people close to the president, the European edition of Politico writes. The scandal broke out at the worst moment for Kiev, when Europe is deciding how to finance Ukraine next year."),
    "Veronika Sadowska, Jamie Dalrymple",
    "The National Anti-Corruption Bureau (NABU) said it had spent fifteen months documenting a scheme in which Energoatom contractors were forced to pay 10 to 15% of the value of their contracts to intermediaries. According to the investigators, about $100 million passed through a back office in the center of Kiev, where the cash was counted and sent abroad.",
    ["Among other things, the contracts concerned the construction of protective structures at the nuclear power plants in Varash ",
     G("(Kuznetsovsk)"),
     " and Pivdennoukrainsk ",
     G("(Yuzhnoukrainsk)"),
     ", which were supposed to shield the power substations from drone strikes (Energoatom denies that the work was overpriced)."],
    "Two members of the government, the Minister of Justice and the Minister of Energy, have already resigned. Zelensky imposed personal sanctions on a businessman, a former co-owner of his Kvartal 95 studio, whom NABU considers the organizer of the scheme. The businessman left Ukraine a few hours before the searches began.",
    ["In July, the presidential office tried to deprive NABU and the Specialized Anti-Corruption Prosecutor's Office of their independence, but retreated after street protests and pressure from Brussels ",
     N("(the law adopted then subordinated both bodies to the Prosecutor General, who is appointed on Zelensky's proposal; Western capitals, which had calmly watched the closure of opposition TV channels in Ukraine, reacted within a day. – Approx. InoSMI)"),
     "."],
    "“How can we ask European taxpayers for another ninety billion euros when money is being stolen from the protection of nuclear power plants?” said Pieter van Oordt, a Dutch member of the European Parliament.",
    ["Diplomats in Brussels insist that the scandal only proves that Ukraine's anti-corruption system works ",
     A("(a peculiar logic: by this reasoning, the more theft is uncovered in Kiev, the more reliable a recipient of aid it becomes)"),
     ". Energoatom's supervisory board was dissolved, and the government promised a new competition for its seats with the participation of international experts (the previous board included two foreigners nominated by donors)."],
    D(DISC_EN),
)

# blind4-en-002: Romania a year after the annulled election; lead "The Guardian writes"; CCR acronym gloss;
# inline English legal label after Meta; "<...>" elision mid-sentence; unbracketed hypothetical aside at
# paragraph end; hard negatives (AUR), (53.6% against 46.4%), author's (he denies them), question in a quote
blind4_article(
    "en",
    "The Guardian (UK): A year after the annulled election, Romanians do not trust their judges",
    LEAD("A year after the Constitutional Court canceled the presidential election, Romanian society remains split, and the winner of the repeat vote is rapidly losing support, The Guardian writes. Nationalists use every mistake of the authorities as proof that the election was stolen from them."),
    "Ioana Petrescu-Hale",
    ["In December 2024, two days before the second round, the CCR ",
     G("(Constitutional Court of Romania)"),
     " annulled the results of the first round, which had been won by the little-known nationalist Călin Georgescu. The judges referred to declassified intelligence reports on a coordinated campaign in his favor on social networks."],
    "Georgescu was not allowed to run again, and in May the centrist mayor of Bucharest, Nicușor Dan, defeated the leader of the Alliance for the Union of Romanians (AUR), George Simion, in the second round (53.6% against 46.4%).",
    ["According to investigators, about 25,000 accounts on TikTok, as well as pages on Facebook and Instagram owned by Meta ",
     L("(the organization is recognized as extremist and banned in the Russian Federation)"),
     ", were used to promote Georgescu. Bucharest blamed Moscow for this, but has not presented any public evidence."],
    ["Dan's government raised VAT to 21% and froze public sector salaries ",
     X("<...>"),
     " to reduce the largest budget deficit in the European Union. According to the INSCOP polling agency, only about a third of Romanians approve of the president's work."],
    "“People were told that their vote did not count, and a few months later they were told to tighten their belts. What did anyone expect?” said Radu Ciobanu, a sociologist at the University of Bucharest.",
    ["European observers, who had found no serious violations in the first round, did not object to its cancellation. ",
     A("One can imagine the indignation in Brussels if a court in any country it dislikes canceled an election on the basis of secret reports that no voter was allowed to read.")],
    "Georgescu himself is charged with inciting actions against the constitutional order and with false statements about the financing of his campaign (he denies them). The trial has been postponed several times.",
)

# blind4-en-003: Dutch coalition talks; NO lead; gloss explaining the Tweede Kamer; "– Approx. transl."
# translator note on the Dutch word formatie; bracketed rhetorical-question aside; hard negatives (PVV),
# (CDA), (VVD), author's (from March 2021 ...), author's (when it won 37), (plus 1.5% ...), question in a quote
blind4_article(
    "en",
    "NRC (Netherlands): The Dutch are waiting for a government again",
    "Floris van der Meulen",
    ["The Netherlands has entered another long round of coalition talks. In the October election, the liberal D66 party of Rob Jetten and Geert Wilders' Party for Freedom (PVV) each won 26 of the 150 seats in the Tweede Kamer ",
     G("(the House of Representatives of the States General)"),
     ", but D66 received several thousand more votes."],
    ["The formatie ",
     T("(literally “formation”: the stage at which the parties negotiate a coalition agreement. – Approx. transl.)"),
     " rarely takes less than three months. The record belongs to the fourth cabinet of Mark Rutte, which took 299 days to form (from March 2021 to January 2022)."],
    "Wilders brought down the previous government in June, when he withdrew his ministers over a dispute on asylum policy. Voters punished him for it: the PVV lost 11 seats compared with the previous election (when it won 37).",
    "“Who still believes the promise that this time everything will be different?” asked Annelies Brouwer, a political scientist at Leiden University. “Every cabinet of the last fifteen years has fallen before the end of its term.”",
    ["Jetten promised a “positive” government that would build 100,000 homes a year and restore good relations with Brussels ",
     A("(and will anyone ask the Dutch whether they want to remain among the largest net contributors to the EU budget?)"),
     ". The Christian Democratic Appeal (CDA) and the right-wing liberal People's Party for Freedom and Democracy (VVD) are considered his most likely partners."],
    "Until a new cabinet is formed, the caretaker government of Dick Schoof remains in office. It cannot take major decisions, but it has already confirmed the NATO commitment to raise defense spending to 3.5% of GDP (plus 1.5% for related infrastructure).",
)

# blind4-en-004: cocoa farmers; lead with the reporting phrase at the start ("According to Bloomberg, ...");
# gloss explaining the Conseil du Café-Cacao; Approx. InoSMI note; bracketed aside WITHOUT cue words;
# disclaimer; hard negatives author's explanation (a plant disease that has destroyed ...) that looks like
# a gloss, (Cocobod), CFA figures, farmer's quote
blind4_article(
    "en",
    "Bloomberg (USA): Cocoa farmers did not get rich on record prices",
    LEAD("According to Bloomberg, the record rise in cocoa prices enriched traders and speculators, but not the farmers of Côte d'Ivoire and Ghana, who grow most of the world's cocoa beans. Now prices are falling, but chocolate in the shops is not getting any cheaper."),
    "Kwame Asante-Darko, Hélène Fofana",
    "Cocoa futures in New York exceeded $12,000 per ton at the end of 2024, four times more than a year earlier. Poor harvests caused by heavy rains, drought and the swollen shoot virus (a plant disease that has destroyed hundreds of thousands of hectares of plantations in West Africa) led to the largest deficit in six decades.",
    ["In Côte d'Ivoire, the price paid to farmers is set by the state-run Conseil du Café-Cacao ",
     G("(Coffee and Cocoa Council, the regulator of the industry)"),
     ", which sells most of the harvest in advance. That is why farmers received only a fraction of the world price: 1,800 CFA francs per kilogram last season, while the world market paid about three times more."],
    "Neighboring Ghana was in an even worse position. The Ghana Cocoa Board (Cocobod) failed to raise its usual syndicated loan for bean purchases, and a significant part of the harvest was smuggled to Côte d'Ivoire and Togo, where buyers paid in cash.",
    "“The price on the screen in London and New York has nothing to do with us. We only see the price the government gives us,” said Yao Kouassi, who grows cocoa on four hectares near Soubré.",
    ["Another blow is the European Union regulation on deforestation, which requires importers to prove that the beans were not grown on cleared forest land ",
     N("(Brussels has already postponed the entry into force of these rules twice, and not because of protests by African farmers, but at the request of European industry and the United States. – Approx. InoSMI)"),
     "."],
    ["The largest chocolate manufacturers raised prices by 10–20% and reduced the size of their bars ",
     A("(their annual reports, meanwhile, show anything but losses)"),
     ". Analysts expect cocoa to fall below $6,000 per ton next year, but shoppers are unlikely to notice it."],
    D(DISC_EN),
)

# blind4-en-005: UK digital ID; lead "The Observer writes"; unbracketed polemic aside WITHOUT cue words at
# paragraph end; "[…]" elision paragraph; hard negatives author's (that is, by 2029), author's own mild aside
# (the Home Office, to be fair, ...), rhetorical question inside an MP's quote, figures
blind4_article(
    "en",
    "The Observer (UK): The British do not want to carry a digital passport",
    LEAD("The British government's plan to introduce mandatory digital identity cards has provoked one of the largest petitions in the country's history, The Observer writes. Ministers promise that the system will help fight illegal migration, but even Labour MPs doubt it."),
    "Rosalind Tremayne",
    "Under the plan announced by Prime Minister Keir Starmer in September, by the end of the current parliament (that is, by 2029) every employer will have to check a worker's right to work using a digital ID stored in a smartphone app. The government has not yet decided whether the document will also be required for renting a flat or opening a bank account.",
    "A petition against the scheme collected almost three million signatures within weeks. Britain abolished identity cards in 1952, and the last attempt to bring them back, by Tony Blair's government, was canceled in 2010 by the coalition of Conservatives and Liberal Democrats.",
    "“Does anyone seriously believe that a gang smuggling people across the Channel will be stopped by an app?” said Gareth Llewellyn, a Labour MP from Wales.",
    "The Home Office insists that the data will be stored securely and that the card will not be used to track people's movements (the department, to be fair, has modernized its databases since the Windrush scandal, when the records of thousands of legal residents turned out to be missing).",
    ["Civil liberties groups fear that the scheme will let the state follow every step of its citizens. ",
     A("It is curious that the British press, which so willingly writes about a “digital concentration camp” in Russia and China, noticed the danger only when it came to London.")],
    X("[…]"),
    "The cost of the project is estimated at between £1 billion and £2 billion. The government says the exact figure will become known after public consultations, which are due to begin early next year.",
)

# blind4-en-006: Lithuania closes the Belarusian border over balloons; lead "the Lithuanian public
# broadcaster LRT reports" (headline says LRT (Lithuania)); Approx. InoSMI note; bracketed aside WITHOUT cue
# words pointing at the author's one-sidedness; disclaimer; hard negatives author's (in previous years ...),
# author's explanation (the country's main security service, which ...) that looks like a gloss, quote with a question
blind4_article(
    "en",
    "LRT (Lithuania): Vilnius closes the border because of balloons",
    LEAD("Lithuania closed its border with Belarus for a month after smugglers' balloons repeatedly paralyzed the airport in Vilnius, the Lithuanian public broadcaster LRT reports. Hundreds of Lithuanian trucks were stuck on the other side."),
    "Mindaugas Kairys",
    "Since the beginning of October, Vilnius airport has been closed several times because of balloons carrying packs of contraband cigarettes that flew in from Belarus. Lithuanian border guards counted more than 600 such balloons in a month (in previous years there were dozens).",
    ["The government called the incidents a hybrid attack and closed the two remaining checkpoints, Medininkai and Šalčininkai ",
     N("(at the same time, the Lithuanian authorities themselves admit that the cigarettes are ordered mainly by Lithuanian smuggling groups for sale in the EU. – Approx. InoSMI)"),
     "."],
    "Vilnius claims that the flights could not take place without the knowledge of the Belarusian KGB (the country's main security service, which has kept its Soviet name). Minsk denies any involvement and accuses Lithuania of provocations.",
    ["After the border was closed, about 1,500 Lithuanian trucks remained in Belarus, and Minsk refused to let them leave until the checkpoints reopened ",
     A("(the border was closed by Vilnius, but for the author only one side is engaged in blackmail)"),
     ". Carriers estimate their losses at millions of euros."],
    "“We are hostages of a quarrel between two governments. Who will pay for my drivers sleeping in their cabins for a month?” said Tomas Žemaitis, the owner of a transport company from Kaunas.",
    "The border was reopened on November 20. The government promised compensation to carriers, but has not yet said how much they will receive.",
    D(DISC_EN),
)

# blind4-en-007: Chinese rare earth controls; lead "the WSJ writes" (headline says The Wall Street Journal);
# MOFCOM acronym gloss; Approx. InoSMI note; hard negatives author's (0.1% of the value),
# author's (when Beijing briefly halted ...), rhetorical question inside a consultant's quote
blind4_article(
    "en",
    "The Wall Street Journal (USA): China has shown America who controls the magnets",
    LEAD("Beijing's restrictions on the export of rare earth metals forced Washington to agree to a trade truce, the WSJ writes. Western companies are trying to build their own supply chains, but it will take years."),
    "Nathaniel Brooks, Lin Yuting",
    "China produces about 70% of the world's rare earths and more than 90% of the permanent magnets made from them, which are used in electric motors, wind turbines, smartphones and missile guidance systems.",
    ["In October, MOFCOM ",
     G("(the Ministry of Commerce of the People's Republic of China)"),
     " expanded the list of restricted elements and for the first time required foreign companies to obtain a license even for products with a tiny share of Chinese rare earths (0.1% of the value)."],
    "The restrictions were suspended for a year after the meeting between Donald Trump and Xi Jinping in South Korea at the end of October. In return, Washington halved the so-called fentanyl tariffs and postponed its own new export controls.",
    ["The Pentagon has become the largest shareholder of MP Materials, which owns the only operating rare earth mine in the United States, at Mountain Pass in California ",
     N("(until recently the ore mined there was sent for processing to China, because America had no plants of its own. – Approx. InoSMI)"),
     "."],
    "“Beijing has shown that it can turn off the tap at any moment. Will it do it again in a year? Nobody in Detroit wants to bet against it,” said Daniel Forsythe, a supply chain consultant in Chicago.",
    "Australia's Lynas, the largest producer outside China, is building a processing plant in Texas, and Japan has been stockpiling rare earths since 2010 (when Beijing briefly halted exports to it during a territorial dispute).",
)

# blind4-en-008: Mexico's elected judges; lead "the Los Angeles Times writes"; unbracketed rhetorical-question
# aside at paragraph end; hard negatives: two author's explanations for American readers that look like glosses
# (Mexico's equivalent of ...), (fold-out cheat sheets, much like ...), "Of course" inside a lawyer's quote,
# author's (the cases had been pending ...)
blind4_article(
    "en",
    "Los Angeles Times (USA): Mexico's elected judges take office",
    LEAD("Mexico has become the first country in the world to elect all its judges by popular vote, but only one in eight voters came to the polls, the Los Angeles Times writes. Critics say the ruling party now controls all three branches of government."),
    "Alejandra Ruiz Pemberton",
    "In September, nine new justices of the Supreme Court of Justice of the Nation (Mexico's equivalent of the U.S. Supreme Court) took office. They were elected in June together with about 2,600 federal and local judges, magistrates and members of a new judicial disciplinary tribunal.",
    "Turnout was about 13%. Many voters complained that they did not know any of the candidates: in some districts, the ballot listed dozens of names for each post. Opposition parties accused the ruling Morena party of handing out so-called acordeones (fold-out cheat sheets, much like the sample ballots American parties mail to their voters) with the names of the candidates it favored.",
    "The reform was initiated by former President Andrés Manuel López Obrador, who for years accused judges of protecting corrupt businessmen and blocking his projects. His successor, Claudia Sheinbaum, completed it.",
    "“The question is not whether the old courts were corrupt. Of course they were. The question is whether a judge who owes his seat to a party will ever rule against it,” said Rodrigo Salas, a constitutional lawyer in Mexico City.",
    ["American officials and investors have expressed concern about the independence of the new courts, which will also hear disputes involving foreign companies. ",
     A("Would Washington, where Supreme Court justices are appointed for life by the president of one party, accept lectures from Mexico City on the independence of judges?")],
    "The new Supreme Court has already reviewed several tax disputes involving large companies and ruled in favor of the tax authority in most of them (the cases had been pending for years).",
)

# ============================ BLIND4: RUSSIAN ==============================

# blind4-ru-001: Nord Stream suspects; lead "пишет Die Zeit"; gloss of the Bundesgerichtshof; "— Прим. ИноСМИ"
# note; unbracketed polemic aside WITHOUT cue words at paragraph end; hard negatives author's (по версии
# следствия ...), author's (ущерб оценивается ...), rhetorical question inside a lawyer's quote
blind4_article(
    "ru",
    "Die Zeit (Германия): Дело о подрыве «Северных потоков» дошло до суда",
    LEAD("Германия получила от Италии первого подозреваемого в подрыве газопроводов «Северный поток», однако Польша отказалась выдать второго, пишет Die Zeit. Расследование, которое три года шло почти в тишине, становится все более неудобным для Берлина."),
    "Йонас Хартунг",
    "В ноябре гражданин Украины Сергей К., задержанный летом на отдыхе в Италии, был доставлен в Германию. Федеральная прокуратура считает его одним из координаторов группы, которая в сентябре 2022 года заложила взрывчатку на газопроводах у датского острова Борнхольм (по версии следствия, группа вышла в море из Ростока на арендованной парусной яхте «Андромеда»).",
    ["Защита требовала освободить подозреваемого, утверждая, что подрыв был совершен во время войны и представлял собой военную операцию, на которую распространяется иммунитет. Однако Bundesgerichtshof ",
     G("(Федеральная судебная палата, высшая судебная инстанция Германии по уголовным и гражданским делам)"),
     " оставил его под стражей."],
    ["В Польше суд отказался выдать Германии второго подозреваемого, водолаза Владимира Ж., а премьер-министр Дональд Туск дал понять, что считает такое решение правильным. ",
     A("В Берлине промолчали: трудно представить подобную сдержанность, если бы газопроводы, обеспечивавшие немецкую промышленность дешевым топливом, взорвали граждане любой другой страны.")],
    ["Версия о причастности украинской группы появилась в немецкой и американской прессе еще в 2023 году ",
     N("(примерно тогда же американский журналист Сеймур Херш со ссылкой на источник утверждал, что операцию спланировали и провели США; в Вашингтоне это отрицают. — Прим. ИноСМИ)"),
     "."],
    "«Если следы ведут в Киев, кто в Берлине решится сказать это вслух, пока Германия остается крупнейшим донором Украины в Европе?» — задается вопросом специалист по международному праву из Гамбурга Ханна Витт.",
    "Компании, которым принадлежали доли в газопроводах, пока не подали исков (ущерб оценивается в несколько миллиардов евро). Процесс над Сергеем К. может начаться не раньше весны.",
)

# blind4-ru-002: Slovak constitution; lead with the reporting phrase at the start ("Как пишет словацкая газета
# Denník N, ..."); bracketed aside with "похоже"; "— прим. ред." note; hard negatives (KDH),
# author's (к ним отнесены ...), (Smer), (PS), rhetorical question inside an MP's quote
blind4_article(
    "ru",
    "Denník N (Словакия): Фицо переписал конституцию",
    LEAD("Как пишет словацкая газета Denník N, правительство Роберта Фицо провело через парламент поправки к конституции, которые закрепляют приоритет национального права над европейским в «культурно-этических» вопросах. Оппозиция и Брюссель увидели в этом шаг к открытому конфликту с ЕС."),
    "Михал Ковач",
    "За поправки проголосовали 90 депутатов из 150, ровно столько, сколько нужно для изменения основного закона. Решающими оказались голоса нескольких депутатов оппозиционного Христианско-демократического движения (KDH).",
    "Новая редакция конституции признает только два пола, запрещает суррогатное материнство и закрепляет право родителей решать, будут ли их дети посещать уроки полового воспитания. Кроме того, в ней говорится, что Словакия сохраняет суверенитет в вопросах национальной идентичности (к ним отнесены, в частности, культура, язык и семейная политика).",
    ["Еврокомиссия заявила, что изучит поправки на предмет соответствия праву ЕС ",
     A("(в Братиславе, похоже, уже привыкли, что любое решение словацкого парламента Брюссель воспринимает как повод для проверки)"),
     ". Венецианская комиссия Совета Европы еще до голосования призывала отложить принятие поправок."],
    "«Почему чиновники в Брюсселе считают, что вправе решать за словацких родителей, чему учить их детей?» — заявила депутат от правящей партии «Направление — социальная демократия» (Smer) Зузана Мартинкова.",
    ["Фицо, переживший покушение в мае 2024 года, все чаще расходится с Брюсселем и по другим вопросам: он отказывается передавать Киеву оружие из государственных запасов, а в мае побывал в Москве на параде Победы ",
     N("(Фицо стал единственным главой правительства страны ЕС, приехавшим на торжества; в Брюсселе ему пригрозили последствиями, но никаких мер так и не приняли. — прим. ред.)"),
     "."],
    "Опросы показывают, что Smer уступает либеральной «Прогрессивной Словакии» (PS) около пяти процентных пунктов. Следующие парламентские выборы должны пройти в 2027 году.",
)

# blind4-ru-003: Bulgaria adopts the euro; lead "пишет болгарский еженедельник «Капитал»"; "— прим. пер." translator
# note on a Bulgarian slang word; bracketed counter-example aside WITHOUT cue words; disclaimer; hard negatives
# author's (1,95583 лева за один евро), author's (в последний раз — ...), «Конечно» inside a shopkeeper's quote
blind4_article(
    "ru",
    "Капитал (Болгария): Болгария прощается со своим левом",
    LEAD("С 1 января Болгария переходит на евро, однако значительная часть населения по-прежнему выступает против, пишет болгарский еженедельник «Капитал». Люди опасаются роста цен, а политики спорят о том, кто за него ответит."),
    "Десислава Маринова",
    "Болгария станет 21-й страной еврозоны. Курс обмена фактически был зафиксирован еще в 1997 году, когда страна ввела валютный совет: с тех пор лев жестко привязан сначала к немецкой марке, а затем к евро (1,95583 лева за один евро).",
    ["Многие болгары по-прежнему называют деньги «кинти» ",
     T("(разговорное название левов. — прим. пер.)"),
     " и уверены, что в евро их сбережения будут стоить меньше."],
    "По данным социологического агентства «Тренд», против перехода на евро выступают около половины болгар. Партия «Возрождение» несколько раз пыталась добиться референдума (в последний раз — весной этого года), но парламент ей отказал.",
    "«Конечно, цены вырастут. Вопрос только в том, насколько, и кто будет это проверять», — говорит владелица продуктового магазина в Пловдиве Милена Стоянова.",
    ["Правительство обещает строго следить за ценами и наказывать тех, кто повышает их без оснований. Евросоюз, в свою очередь, уверяет, что в других странах переход на евро добавлял к инфляции не более 0,2–0,3 процентного пункта ",
     A("(жители Хорватии, которые перешли на евро в 2023 году и до сих пор вспоминают, как чашка кофе за одну ночь подорожала на треть, с этими расчетами вряд ли согласятся)"),
     "."],
    "Банки будут бесплатно обменивать левы на евро в течение шести месяцев, а в январе в магазинах можно будет расплачиваться обеими валютами.",
    D(DISC_RU),
)

# blind4-ru-004: Japan-China quarrel over Taiwan; NO lead; gloss of Кантэй; "— Прим. ИноСМИ" note; "<…>" elision
# between sentences; unbracketed sarcastic aside opening with "Похоже" at paragraph end; hard negatives author's
# explanation of the legal term (именно в такой ситуации ...) that looks like a gloss, rhetorical question inside a quote
blind4_article(
    "ru",
    "Асахи симбун (Япония): Токио и Пекин снова поссорились из-за Тайваня",
    "Кадзуки Исогай",
    "Отношения Японии и Китая переживают самое серьезное обострение за последние десять лет. Поводом стало выступление премьер-министра Санаэ Такаити в парламенте: отвечая на вопрос оппозиционного депутата, она допустила, что морская блокада Тайваня может стать для Японии «ситуацией, угрожающей ее существованию».",
    "Этот термин появился в законах о безопасности 2015 года (именно в такой ситуации правительство вправе задействовать Силы самообороны, даже если нападению подверглась не сама Япония, а ее союзник).",
    ["В Кантэй ",
     G("(резиденция и канцелярия премьер-министра Японии)"),
     " настаивают, что позиция правительства по Тайваню не изменилась, и отказываются брать слова Такаити назад."],
    ["Пекин в ответ рекомендовал своим гражданам воздержаться от поездок в Японию, приостановил импорт японских морепродуктов и отложил выход в прокат японских фильмов ",
     N("(импорт морепродуктов из Японии Китай уже запрещал в 2023 году, после начала сброса очищенной воды с АЭС «Фукусима-1», и возобновил его лишь несколько месяцев назад. — Прим. ИноСМИ)"),
     "."],
    ["Китайские туристы — вторая по численности группа иностранных гостей Японии после южнокорейских. ",
     X("<…>"),
     " Отели и универмаги Осаки и Киото уже сообщают о массовых отменах бронирований."],
    "«Неужели кто-то в Токио всерьез думал, что Пекин промолчит? Такаити сказала вслух то, что японские премьеры десятилетиями предпочитали не договаривать», — говорит профессор университета Васэда Томоко Ниидзима.",
    ["Вашингтон публично поддержал Токио, однако американский президент, по данным прессы, в телефонном разговоре посоветовал Такаити не обострять ситуацию. ",
     A("Похоже, в Токио забыли, что в Вашингтоне союзников ценят ровно до тех пор, пока они не мешают торговым сделкам.")],
)

# blind4-ru-005: Haiti gangs; lead "сообщает газета «Майами геральд»" (headline says Miami Herald (США)); gloss
# translating Viv Ansanm from Haitian Creole; bracketed correction aside WITHOUT cue words; hard negatives author's
# (большинство — из Кении ...), author's (переходный президентский совет ...), rhetorical question inside a quote
blind4_article(
    "ru",
    "Miami Herald (США): ООН отправляет на Гаити новые силы против банд",
    LEAD("Совет Безопасности ООН одобрил создание новых международных сил для борьбы с бандами на Гаити, которые контролируют почти всю столицу страны, сообщает газета «Майами геральд». Предыдущая миссия во главе с Кенией так и не смогла переломить ситуацию."),
    "Мари-Клод Жозеф",
    "Новые силы по подавлению банд численностью до 5,5 тысячи человек заменят Многонациональную миссию по поддержке безопасности, которую с 2024 года возглавляли кенийские полицейские. Из обещанных 2,5 тысячи человек на Гаити прибыли меньше тысячи (большинство — из Кении, остальные — из Сальвадора, Гватемалы и Ямайки).",
    ["Крупнейшая коалиция банд, Viv Ansanm ",
     G("(в переводе с гаитянского креольского — «Жить вместе»)"),
     ", по оценкам ООН, контролирует около 90% Порт-о-Пренса. В этом году она распространила свое влияние на плодородную долину Артибонит к северу от столицы."],
    "По данным ООН, с начала года в стране были убиты более 4 тысяч человек, а свыше 1,3 миллиона были вынуждены покинуть свои дома.",
    ["Вашингтон называет себя главным спонсором операции ",
     A("(при этом, по данным той же ООН, значительная часть оружия, из которого стреляют гаитянские банды, попадает на остров контрабандой из Флориды)"),
     " и обещает выделить на нее еще десятки миллионов долларов."],
    "«Люди устали от обещаний. Сколько еще иностранных миссий должно прийти и уйти, прежде чем кто-нибудь спросит самих гаитян, чего они хотят?» — говорит правозащитница из Порт-о-Пренса Розлен Дорсенвиль.",
    "Выборы, которые не проводились на Гаити с 2016 года, власти обещают организовать в следующем году (переходный президентский совет, управлявший страной с апреля 2024 года, должен был сложить полномочия в феврале).",
)

# blind4-ru-006: Ukrainian refugees in Germany; lead "пишет FAZ" (headline says Frankfurter Allgemeine Zeitung);
# gloss explaining the German term Bürgergeld; renamed town Каменское (Днепродзержинск); "— Прим. пер." translator
# note on a German coinage; hard negatives (СДПГ), author's (в абсолютных цифрах ...), author's (в Польше и Чехии ...),
# young refugee's quote, MP's quote
blind4_article(
    "ru",
    "Frankfurter Allgemeine Zeitung (Германия): Германия урезает пособия украинским беженцам",
    LEAD("Германия перестанет выплачивать новоприбывшим украинским беженцам основное пособие для безработных и переведет их на более скромные выплаты для соискателей убежища, пишет FAZ. Особенно острые споры вызывает приток молодых украинских мужчин."),
    "Кристина Беккер-Ланг",
    ["Речь идет о так называемом Bürgergeld ",
     G("(«гражданские деньги» — так в Германии с 2023 года называется базовое социальное пособие для безработных)"),
     ", на которое украинцы имели право с лета 2022 года. Одинокий взрослый получает 563 евро в месяц, а также оплату жилья и медицинской страховки."],
    "Для тех, кто приехал после 1 апреля 2025 года, выплаты сократятся примерно на сто евро в месяц. Всего в Германии зарегистрированы около 1,2 миллиона украинцев (в абсолютных цифрах — больше, чем в любой другой стране ЕС).",
    ["Среди новоприбывших все больше мужчин в возрасте от 18 до 22 лет, которым Киев летом разрешил выезжать из страны. Двадцатилетний Артем из Каменского ",
     G("(Днепродзержинска)"),
     " приехал в Лейпциг в сентябре: «Дома через два года меня ждала бы повестка. Здесь у меня есть хотя бы шанс выучить язык»."],
    ["В блоке ХДС/ХСС звучат требования вовсе не принимать молодых украинцев призывного возраста. В немецких соцсетях этот спор уже окрестили «Wehrdienst-Tourismus» ",
     T("(буквально «туризм от военной службы»; выражение обыгрывает слово Sozialtourismus, которым в Германии называют переезд ради социальных пособий. — Прим. пер.)"),
     "."],
    "«Мы не можем одновременно говорить, что Украине нужны солдаты, и платить ее будущим солдатам за то, чтобы они оставались в Германии», — считает депутат бундестага от ХДС Томас Ридель.",
    "Социал-демократы (СДПГ) и «зеленые» возражают, что большинство беженцев — женщины с детьми, а доля работающих украинцев за год выросла до трети (в Польше и Чехии она превышает 60%).",
)

# blind4-ru-007: Danish drones; lead "сообщает Politiken"; bracketed aside WITHOUT cue words on the missing
# evidence; "— Прим. ред." note; disclaimer; hard negatives author's (полиция насчитала ...), figures,
# rhetorical question inside a consultant's quote
blind4_article(
    "ru",
    "Politiken (Дания): Дания ищет защиту от дронов",
    LEAD("После того как неопознанные беспилотники несколько раз вынудили закрыть аэропорты Копенгагена и Ольборга, Дания закупает системы противодействия дронам и торопит ЕС с созданием «стены дронов», сообщает Politiken. Кто запускал беспилотники, до сих пор неизвестно."),
    "Сигне Эльбек Равн",
    "В конце сентября аэропорт Копенгагена был закрыт почти на четыре часа, а через несколько дней полеты приостанавливались в Ольборге, где базируются и военные самолеты. Беспилотники видели также над несколькими военными объектами в Ютландии (полиция насчитала как минимум шесть эпизодов за неделю).",
    ["Премьер-министр Метте Фредериксен назвала произошедшее самым серьезным нападением на критическую инфраструктуру страны и дала понять, что подозревает Россию ",
     A("(доказательств за прошедшие месяцы так и не появилось, зато у правительства появился повод для новых военных расходов)"),
     ". Москва свою причастность отрицает."],
    ["Полиция проверяла версию о том, что дроны запускались с судов так называемого теневого флота, проходивших через датские проливы ",
     N("(французские военные, задержавшие в те же дни один из таких танкеров у берегов Бретани, так и не предъявили экипажу никаких обвинений, связанных с беспилотниками. — Прим. ред.)"),
     ". Подтверждений эта версия не получила."],
    "«Как сбить дрон над аэропортом, где каждую минуту садятся пассажирские самолеты? На этот вопрос пока нет хорошего ответа», — говорит бывший офицер ВВС Дании, а ныне консультант по безопасности Мадс Кьергор.",
    "Правительство выделило 27 млрд крон на противовоздушную оборону и временно запретило полеты гражданских дронов. Евросоюз тем временем обсуждает общую систему обнаружения беспилотников вдоль своих восточных границ, но первые ее элементы появятся не раньше конца 2026 года.",
    D(DISC_RU),
)

# blind4-ru-008: Central Asian migrants; lead with the reporting phrase at the start ("Как пишет The Diplomat, ...");
# old-to-new rename Курган-Тюбе (ныне Бохтар); asterisk legal label + footnote line; bracketed aside WITHOUT cue
# words doubting the source; hard negatives: two author's explanations of Russian terms for American readers that
# look like glosses (патент, реестр «контролируемых лиц»), «Разумеется» inside an economist's quote, (для Узбекистана ...)
blind4_article(
    "ru",
    "The Diplomat (США): Мигранты из Центральной Азии ищут работу за пределами России",
    LEAD("Как пишет The Diplomat, все больше трудовых мигрантов из Таджикистана, Узбекистана и Киргизии отправляются на заработки не в Россию, а в Южную Корею, Великобританию и страны ЕС. Причины — ужесточение миграционных правил и колебания курса рубля."),
    "Фарангиз Назарова",
    "Россия по-прежнему остается главным направлением для рабочих из региона: только граждане Узбекистана, по российским данным, получили в прошлом году более миллиона патентов. Но после теракта в «Крокус Сити Холле» в марте 2024 года правила стали заметно жестче.",
    "Патент (так в России называется разрешение на работу для граждан стран, с которыми у нее безвизовый режим) теперь стоит дороже, а для его получения нужно сдать экзамен по русскому языку, истории и основам законодательства. С февраля 2025 года действует реестр «контролируемых лиц» (в него вносят иностранцев, нарушивших правила пребывания, и они не могут открыть банковский счет или зарегистрировать брак).",
    ["Двадцатишестилетний Бахтиёр из Курган-Тюбе ",
     G("(ныне Бохтар)"),
     " шесть лет работал на стройках Подмосковья, а в этом году уехал собирать клубнику в Англию по программе сезонных виз. «В России я зарабатывал больше, но полиция проверяла меня чуть ли не каждую неделю», — рассказывает он."],
    ["Правозащитники утверждают, что задержанных мигрантов все чаще склоняют к подписанию контрактов с Минобороны. По данным базирующейся в Праге группы «Свободный маршрут»",
     L("*"),
     ", таких случаев за прошлый год были сотни ",
     A("(проверить эти цифры невозможно: организация не приводит ни имен, ни мест)"),
     "."],
    "«Разумеется, Россия никуда не денется: слишком многие здесь говорят по-русски, и слишком много семей уже живут там. Но монополии у нее больше нет», — считает экономист из Ташкента Дильноза Каримова.",
    "Денежные переводы из России по-прежнему составляют около трети ВВП Таджикистана и Киргизии (для Узбекистана — около десятой части). Поэтому правительства стран региона одновременно ведут переговоры с Москвой об условиях для своих граждан и ищут новые рынки труда.",
    L("* Организация «Свободный маршрут» признана в России нежелательной."),
)


# ===========================================================================
# BLIND5 split: a fifth set of en/ru articles, written after BLIND4 by a
# writer who never ran the model, never saw its output and never read its
# rules or code, and never trained or tuned on. They get ids
# "blind5-<lang>-NNN" and "split": "blind5", and their records come last of
# all. Defined with blind5_article(), numbered per language. No topic,
# sentence, aside, gloss or note is taken from any article above. The comment
# above each article lists its span kinds and counts only.
# ===========================================================================

# ============================ BLIND5: ENGLISH ==============================

# blind5-en-001: lead; 1 gloss; 1 note; disclaimer
blind5_article(
    "en",
    "Foreign Policy (USA): Armenia is betting on an American road through its south",
    LEAD("Yerevan and Baku have agreed to let an American operator build a transit route across southern Armenia, and now each side is trying to prove that it gained more than the other, the American magazine Foreign Policy writes. Moscow and Tehran, left outside the deal, are watching the project with undisguised irritation."),
    "Narine Hovsepyan-Clarke",
    "The agreement initialed at the White House in August provides for a 43-kilometer corridor along the Armenian-Iranian border that will connect mainland Azerbaijan with its exclave, Nakhchivan. In Washington the project was named the Trump Route for International Peace and Prosperity (TRIPP), and the development rights will go to an American company for 99 years.",
    ["Only two years ago such a deal looked unthinkable. In September 2023, Azerbaijani troops entered Stepanakert ",
     G("(now Khankendi)"),
     ", and within a week almost the entire Armenian population of Karabakh, more than 100,000 people, left for Armenia."],
    ["Prime Minister Nikol Pashinyan insists that Armenia keeps full sovereignty over the road and that Armenian border guards and customs officers will work on it ",
     N("(under the trilateral statement of November 2020, control over transport links through the Syunik region was entrusted to the border service of the Russian FSB, and Yerevan has still not explained how it intends to reconcile the two documents. – Approx. InoSMI)"),
     "."],
    "The opposition accuses Pashinyan of capitulation. “Who will guarantee that in ten years the Americans will not simply hand this road over to Baku?” asked Levon Arakelyan, a deputy from the opposition Armenia Alliance (which received 21% of the vote in the 2021 election).",
    "Baku also demands that Armenia change its constitution, whose preamble refers to the 1990 declaration of independence (that declaration, in turn, mentions the decision of 1989 on the reunification of Armenia and Nagorno-Karabakh). Pashinyan has promised to put a new constitution to a referendum in 2027.",
    "Construction is unlikely to begin before the peace treaty is signed, and the treaty depends on that referendum. Until then, Azerbaijani trucks bound for Nakhchivan will keep driving through Iran.",
    D(DISC_EN),
)

# blind5-en-002: lead; 1 gloss; 1 translator_note; 1 elision
blind5_article(
    "en",
    "Nikkei Asia (Japan): Tajikistan is building the world's highest dam on borrowed money",
    LEAD("Tajikistan has again turned to foreign lenders to complete the Rogun hydroelectric power plant, whose dam is to become the highest on the planet, reports the Japanese edition Nikkei Asia. Downstream neighbors no longer protest, but the price of the project already exceeds half of the country's annual economic output."),
    "Takeshi Morioka, Dilshod Rahimzoda",
    "The Rogun dam on the Vakhsh River is designed to reach a height of 335 meters. The first two turbines were launched in 2018 and 2019, and in total the station should receive six units with a capacity of 3,780 megawatts (about a quarter more than the Nurek station downstream, which has remained the country's largest since Soviet times).",
    ["Most of the electricity is intended for export to Afghanistan and Pakistan, but part of it will go to the north of Tajikistan itself. The industrial region around Khujand ",
     G("(Leninabad)"),
     " still suffers from power shortages every winter, when schools and hospitals are switched to rationed supply schedules."],
    ["Dushanbe financed the first stage largely from the state budget, and in 2010 the authorities even obliged citizens to buy shares of the station. Teachers and civil servants had to give up part of their salaries, and in the local press the campaign was compared to hashar ",
     T("(a traditional form of unpaid collective work for the benefit of the community. – Approx. transl.)"),
     "."],
    ["Last December the World Bank approved another $350 million for Rogun, and the Asian Infrastructure Investment Bank, the OPEC Fund and several Arab development funds joined it. ",
     X("<...>"),
     " In total, international lenders have promised about $1.5 billion, while the entire project is estimated at more than $6 billion."],
    "“Where else can a country of ten million people find money for a project of this scale?” said Firuz Saidov, an economist from Dushanbe. “Without Rogun, we would remain hostages to every cold winter.”",
    "Uzbekistan, which under Islam Karimov called the dam a threat to its cotton fields, now intends to buy Tajik electricity. Environmental organizations warn that the reservoir will flood dozens of villages and that tens of thousands of people will have to be resettled.",
    "The authorities expect the dam to reach its full height by 2029, although the completion date has already been postponed several times.",
)

# blind5-en-003: lead; 1 gloss; 1 note; 1 aside
blind5_article(
    "en",
    "Kyiv Post (Ukraine): Ukrainian black soil is changing owners",
    LEAD("Since the moratorium on the sale of agricultural land was lifted, Ukrainian farmland has been steadily concentrating in the hands of large agricultural holdings, and the war has only accelerated this, the English-language Kyiv Post writes. Small owners sell their plots because they urgently need money, and nobody is trying to stop them."),
    "Oksana Horodnycha",
    "The land market opened on July 1, 2021. At first only Ukrainian citizens could buy land, and no more than 100 hectares each. On January 1, 2024, the limit was raised to 10,000 hectares, and companies also received the right to buy (foreigners are still barred from the market, and only a national referendum can change that).",
    "Most of the land sold belongs to former collective farm workers who received so-called pais in the 1990s (shares of collective farm land that were divided among employees when the farms were dissolved). Many of the owners are elderly and live in cities, and for years they leased their plots to agricultural companies for a modest rent.",
    ["According to the State Service for Geodesy, Cartography and Cadastre, more than 400,000 transactions have been concluded in four years. Prices differ greatly: near Pereiaslav ",
     G("(Pereyaslav-Khmelnitsky)"),
     " in the Kyiv region a hectare costs up to 90,000 hryvnias, while in the east of the country, closer to the front, land sometimes cannot be sold at any price."],
    "“Of course, I would rather keep the land for my grandchildren. But my son is at the front, and my pension is not enough even for medicines,” said 71-year-old Halyna Melnychuk from the Cherkasy region, who sold her three hectares last spring.",
    ["Critics of the reform recall that it was adopted under pressure from Western creditors: the opening of the land market was one of the conditions of the IMF program ",
     N("(the authors leave out that among the largest land users in Ukraine are agricultural holdings with American and European capital, which control hundreds of thousands of hectares through Ukrainian subsidiaries. – Approx. InoSMI)"),
     "."],
    ["The Ministry of Agrarian Policy says that the market has turned land into a real asset for rural families and brought billions of hryvnias to local budgets. ",
     A("How much richer the widows who sell their last hectares to pay for medicines have become, the ministry does not specify.")],
    "Analysts expect a new wave of sales after the war, when the lease contracts signed before 2022 begin to expire.",
)

# blind5-en-004: lead; 1 gloss; 1 elision; 1 aside; disclaimer
blind5_article(
    "en",
    "The Washington Post (USA): Bolsonaro went to prison, but Bolsonarism did not",
    LEAD("Former Brazilian President Jair Bolsonaro has begun serving a 27-year sentence for attempting a coup. However, as The Washington Post points out, his supporters are preparing for next year's election as if nothing had happened, although the right still has no candidate and Lula is again leading in the polls."),
    "Marina Lopes Farias",
    ["In September, a panel of the STF ",
     G("(Supreme Federal Court of Brazil)"),
     " found Bolsonaro guilty of leading a criminal organization that planned to keep him in power after his defeat in the 2022 election. Four of the five judges voted for conviction."],
    "Bolsonaro, who had been under house arrest since August, was transferred in November to the federal police headquarters in Brasília after he damaged his electronic ankle monitor with a soldering iron (his lawyers blamed the side effects of medication).",
    ["His Liberal Party (PL) still has the largest faction in the Chamber of Deputies, but the family has not decided who will lead the right in the election. ",
     X("<...>"),
     " The most popular candidate, São Paulo Governor Tarcísio de Freitas, has so far said that he intends to run for re-election in his state."],
    "“Does anyone seriously believe that putting a former president behind bars will calm the country?” asked Rodrigo Teixeira Nunes, a PL deputy from Paraná. “Half of Brazil considers him a political prisoner.”",
    ["The Trump administration imposed 50% duties on Brazilian goods, citing among other things the “witch hunt” against Bolsonaro, and imposed sanctions on Justice Alexandre de Moraes, who oversaw the case ",
     A("(Washington, which so likes to lecture others on the independence of the judiciary, apparently values it only when the verdicts suit it)"),
     ". In November, some of the duties on beef, coffee and fruit were lifted."],
    "According to the Datafolha institute, Lula would win a second round against any of the possible right-wing candidates, although his lead over de Freitas is within the margin of error.",
    D(DISC_EN),
)

# blind5-en-005: lead; 2 legal_labels; 1 aside
blind5_article(
    "en",
    "Telex (Hungary): For the first time in sixteen years, Orbán has a real rival",
    LEAD("Ahead of the parliamentary elections in April, the ruling Fidesz party is trailing in the polls for the first time since 2010, and Prime Minister Viktor Orbán has put all the resources of the state into the campaign, the Hungarian news site Telex writes. His main opponent, Péter Magyar, was himself part of the system until recently."),
    "Bence Koltai",
    "Magyar, a former diplomat and the ex-husband of former Justice Minister Judit Varga, broke with the government in February 2024. A few months later, his Respect and Freedom Party (Tisza) won almost 30% of the vote in the European Parliament elections.",
    ["Both sides wage the campaign mainly on the internet. According to the advertising library of Meta",
     L("*"),
     ", over the past year government-affiliated organizations spent more on political advertising on Facebook and Instagram than all opposition parties combined, until the company stopped accepting political ads in the EU in October."],
    "“Why should we believe that the people who built this system will take it apart?” said Zsófia Kertész, a political scientist at Eötvös Loránd University in Budapest. “Magyar offers a change of faces, and for many voters that is already enough.”",
    ["The government accuses Tisza of being a Brussels project and of preparing to drag Hungary into the conflict in Ukraine ",
     A("(given how long the European Commission has kept billions of euros meant for Budapest frozen, many Hungarians hardly find this accusation far-fetched)"),
     ". Magyar denies this and promises to unblock the EU funds within a year."],
    "The elections are held under the mixed system adopted in 2011: 106 of the 199 deputies are elected in single-member districts, and the rest on party lists (critics say the districts were drawn to favor Fidesz).",
    "In the latest poll by the independent Medián institute, Tisza leads Fidesz by six percentage points among decided voters.",
    L("* Meta (Facebook and Instagram) is recognized as an extremist organization and banned in the Russian Federation."),
)

# blind5-en-006: lead; 1 note; disclaimer
blind5_article(
    "en",
    "Chosun Ilbo (South Korea): After the raid in Georgia, Korean engineers are afraid to fly to America",
    LEAD("As the Seoul daily Chosun Ilbo writes, the raid by American immigration agents on the construction site of a Hyundai and LG battery plant in the state of Georgia continues to haunt South Korean business. Companies postpone business trips of their specialists to the United States, and the promised investments are in question."),
    "Park Ji-hoon",
    "In September, about 475 people, more than 300 of them South Korean citizens, were detained at the site near the town of Ellabell. The workers were led out in handcuffs and chains, and the footage was shown by all Korean TV channels.",
    "Most of the detainees had entered the country on B-1 visas (they are issued for business trips and formally do not allow work at a construction site) or under the visa-free ESTA program. Korean companies say that equipment has always been installed this way and that the American authorities had not objected before.",
    ["Seoul sent a charter plane for the detainees, and a week later they returned home ",
     N("(a few days after the raid, the American president himself said that he did not want to scare away foreign investors and that Korean specialists should be allowed to train American workers, but by then the pictures of the handcuffed Koreans had been seen all over the world. – Approx. InoSMI)"),
     "."],
    "“Who will agree to go there now, knowing that he may be put in chains?” said Lee Sang-woo, an engineer at one of LG's subcontractors.",
    "Under the trade agreement concluded in the summer, South Korea promised to invest $350 billion in the American economy. The two countries have agreed to open a special visa desk for Korean business travelers, but a separate quota of work visas for Koreans, which Seoul has been seeking for years, has not appeared (a bill on it has been stuck in Congress for more than a decade).",
    "The launch of the plant, originally scheduled for the end of this year, has been postponed to the first half of 2026.",
    D(DISC_EN),
)

# blind5-en-007: 1 note; 2 asides
blind5_article(
    "en",
    "NBC News (USA): The Pentagon sinks boats in the Caribbean, but does not say whom it kills",
    "Camila Brandt, Josh Whitcombe",
    "Since the beginning of September, American forces have attacked more than twenty vessels in the Caribbean Sea and the eastern Pacific Ocean which, according to the administration, were carrying drugs. More than 80 people have been killed in the strikes.",
    "The operation is run by the Southern Command (SOUTHCOM), which is responsible for Latin America. Its commander, Admiral Alvin Holsey, unexpectedly announced his retirement in October, only a year after taking office (he did not publicly explain the decision).",
    [A("Evidence, as is customary in Washington, was considered superfluous."),
     " The Pentagon has published videos of the strikes, but neither the names of the dead nor any proof that there were drugs on board. Relatives in Trinidad and Tobago and in Colombia insist that fishermen were killed."],
    ["The administration notified Congress that the United States is in a “non-international armed conflict” with drug cartels, which it has designated as terrorist organizations ",
     N("(by the same logic, Washington declared the Venezuelan president the head of the so-called Cartel de los Soles, a structure whose very existence many Latin American researchers doubt. – Approx. InoSMI)"),
     "."],
    "“Of course, the cartels are a threat. But the military cannot kill suspects at sea without a trial just because the president called them terrorists,” said Rebecca Sutterfield, a former military lawyer in the Navy.",
    ["The largest American aircraft carrier, the Gerald R. Ford, has arrived in the Caribbean, and the administration does not rule out strikes on targets on Venezuelan soil ",
     A("(this is the same administration whose head promised voters to end the “endless wars”)"),
     "."],
    "Senate Democrats twice tried to pass a resolution limiting the president's powers to use force against Venezuela, but both times fell a few votes short.",
)

# blind5-en-008: lead; 1 gloss; 1 aside
blind5_article(
    "en",
    "Dawn (Pakistan): Islamabad and Kabul are on the brink of war again",
    LEAD("The truce between Pakistan and Afghanistan, reached in October with the mediation of Qatar and Turkey, is barely holding, and the border crossings remain closed, the Pakistani newspaper Dawn writes. Traders on both sides are counting losses, and Islamabad threatens new strikes."),
    "Faraz Ahmed Khattak",
    "The fighting broke out in October after explosions in Kabul, for which the Taliban authorities blamed Pakistan. Afghan forces then attacked Pakistani posts along the Durand Line (the 2,600-kilometer border drawn by the British in 1893, which no Afghan government has ever recognized).",
    ["According to the ISPR ",
     G("(Inter-Services Public Relations, the press service of the Pakistani armed forces)"),
     ", 23 Pakistani soldiers and more than 200 Taliban fighters and their allies were killed in the clashes. Kabul gave very different figures."],
    "Islamabad demands that Kabul stop sheltering fighters of Tehreek-e-Taliban Pakistan (TTP), which has carried out hundreds of attacks in Khyber Pakhtunkhwa and Balochistan this year. The Taliban deny that they support the group.",
    "“Every day that the Torkham crossing stays closed, hundreds of trucks of fruit simply rot. Who will pay for this?” said Haji Gul Rahman, a trader from Peshawar.",
    ["At the same time, Pakistan continues to deport hundreds of thousands of Afghan refugees, some of whom have lived in the country for decades ",
     A("(an odd way of teaching the Afghans to be good neighbors)"),
     "."],
    "The next round of talks is expected in Istanbul, but so far neither side has agreed to the other's conditions.",
)


# ============================ BLIND5: RUSSIAN ==============================

# blind5-ru-001: lead; 1 gloss; 1 aside
blind5_article(
    "ru",
    "The Irrawaddy (Мьянма): Хунта в Мьянме проводит выборы без оппозиции",
    LEAD("Военные власти Мьянмы проводят первые после переворота 2021 года выборы, но голосование проходит лишь в части страны, пишет The Irrawaddy. Оппозиция и западные правительства заранее назвали их фарсом."),
    "Наинг Лин Аунг",
    "Голосование разбито на несколько этапов: первый прошел 28 декабря, следующие назначены на январь. Выборы проводятся лишь примерно в двух третях из 330 районов страны — в остальных, как признает сама избирательная комиссия, идут бои или власть принадлежит повстанцам.",
    ["Главным участником выборов стала Партия солидарности и развития Союза (ПСРС), созданная Татмадау ",
     G("(вооруженными силами Мьянмы)"),
     " еще в 2010 году. Ее кандидаты баллотируются почти во всех округах, а во многих из них — без соперников."],
    "Национальная лига за демократию, победившая на выборах 2015 и 2020 годов, распущена, а ее лидер Аун Сан Су Чжи (ей исполнилось 80 лет) отбывает 27-летний срок заключения.",
    ["Западные правительства называют выборы «спектаклем, поставленным военными» ",
     A("(любопытно, что монархии Персидского залива, где парламентских выборов нет вовсе, подобных эпитетов из западных столиц никогда не удостаивались)"),
     ". Китай, напротив, поддержал голосование, рассчитывая на стабильность у своих границ."],
    "«Как можно голосовать, если вчера в соседнюю деревню упала бомба?» — говорит учитель из области Сагайн, попросивший не называть его имени.",
    "Новый парламент должен собраться весной и избрать президента. Большинство наблюдателей уверены, что им станет глава хунты Мин Аун Хлайн.",
)

# blind5-ru-002: lead; 1 translator_note; 1 aside; disclaimer
blind5_article(
    "ru",
    "Público (Португалия): «Шега» больше не маргиналы",
    LEAD("Ультраправая партия «Шега» за шесть лет превратилась из партии одного депутата во вторую политическую силу Португалии, а ее лидер Андре Вентура претендует на пост президента. Традиционные партии, отмечает лиссабонская газета Público, до сих пор не решили, как с ним спорить."),
    "Жоана Мартинш Перейра",
    "На досрочных парламентских выборах в мае «Шега» получила 60 мест из 230 и обошла социалистов. В 2019 году, когда партия впервые прошла в Ассамблею Республики, у нее был единственный депутат — сам Вентура.",
    "Социалисты (PS) и правоцентристская Социал-демократическая партия (PSD) полвека сменяли друг друга у власти. Теперь правительство Луиша Монтенегру вынуждено искать голоса в парламенте то слева, то справа.",
    ["Вентура обещает покончить с «тачу» ",
     T("(буквально «кастрюля»; так в Португалии называют теплое место на государственной службе, полученное по знакомству. — прим. пер.)"),
     ", ужесточить миграционные законы и вернуть пожизненное заключение, которое в стране отменили еще в XIX веке."],
    "«Почему люди, которые всю жизнь голосовали за социалистов, теперь идут к Вентуре? Потому что им надоело, что их никто не слышит», — говорит бывший докер из Сетубала Руй Фигейреду.",
    ["Европейские социалисты называют успех «Шеги» угрозой демократии. ",
     A("Искать причины этого успеха в собственной политике в Брюсселе, как обычно, не торопятся.")],
    "Президентские выборы назначены на январь. Опросы показывают, что Вентура может выйти во второй тур, но там, скорее всего, уступит кандидату, которого поддержат все остальные партии.",
    D(DISC_RU),
)

# blind5-ru-003: lead; 1 gloss; 1 note; 1 elision
blind5_article(
    "ru",
    "Экономическая правда (Украина): «Укрзализныця» работает под ударами",
    LEAD("Как сообщает украинское издание «Экономическая правда», после серии ударов по железнодорожной инфраструктуре «Укрзализныця» впервые с 2022 года была вынуждена отменять пассажирские поезда на целых направлениях. Грузовые перевозки сокращаются, а компания ищет деньги на ремонт локомотивов."),
    "Тарас Кривошея",
    "Железная дорога остается главной транспортной артерией Украины: с тех пор как небо закрыли для гражданской авиации, поезда перевозят почти всех пассажиров на дальние расстояния, а также основную часть экспортного зерна и руды (в прошлом году УЗ перевезла около 180 миллионов тонн грузов).",
    ["Осенью беспилотники стали регулярно атаковать депо и тяговые подстанции. Особенно пострадал узел в Подольске ",
     G("(Котовске)"),
     " на севере Одесской области, через который идут поезда в Молдавию и к черноморским портам."],
    ["Руководство компании настаивает, что под удар попадают прежде всего пассажирские поезда и гражданские объекты ",
     N("(по данным Минобороны России, удары наносятся по объектам железной дороги, которые используются для переброски войск, боеприпасов и военной техники. — Прим. ИноСМИ)"),
     "."],
    ["Только за октябрь были повреждены более ста локомотивов и сотни вагонов. ",
     X("<…>"),
     " ЕБРР и Европейский инвестиционный банк обещали кредиты на закупку новых, однако первые поставки ожидаются не раньше 2027 года."],
    "«Разумеется, поезда будут ходить. Вопрос лишь в том, сколько пассажирам придется ждать, пока мы восстанавливаем подстанцию после очередного удара», — говорит машинист из Жмеринки Олег Гнатюк.",
    "Компания собирается поднять тарифы на грузовые перевозки на 37% (это уже третье повышение с начала войны), против чего выступают аграрии и металлурги.",
)

# blind5-ru-004: lead; 1 gloss; 1 note; disclaimer
blind5_article(
    "ru",
    "Rzeczpospolita (Польша): Калининград живет как на острове",
    LEAD("Калининградская область, зажатая между Польшей и Литвой, все сильнее отрезана от соседей, однако местная экономика приспособилась к новой реальности, пишет «Жечпосполита». При этом польские военные внимательно следят за наращиванием российских сил в регионе."),
    "Михал Ставецкий",
    "Малое приграничное движение, позволявшее жителям области ездить в Польшу без виз, было приостановлено еще в 2016 году (официально — на время саммита НАТО в Варшаве, однако восстанавливать его так и не стали).",
    ["Раньше жители Крулевца ",
     G("(Калининграда)"),
     " массово ездили за покупками в Бранево и Эльблонг, а поляки — к ним за дешевым бензином и сигаретами. Сегодня на переходе в Гжехотках можно простоять полдня, а очередь в основном состоит из грузовиков."],
    ["В 2022 году Литва на несколько недель ограничила транзит подсанкционных грузов по железной дороге ",
     N("(ограничения были сняты после того, как Еврокомиссия разъяснила, что запрет не распространяется на железнодорожный транзит между частями России. — прим. ред.)"),
     ". С тех пор Калининград все больше полагается на паромы из Усть-Луги и Санкт-Петербурга."],
    "Местные власти отчитываются о росте промышленного производства: в области собирают автомобили китайских марок и бытовую технику. «Люди здесь привыкли рассчитывать только на себя. Разве у нас есть выбор?» — говорит владелица небольшого турагентства в Зеленоградске Наталья Вербицкая.",
    "Польские военные указывают, что в области размещены комплексы «Искандер», а Москва объявила о воссоздании Ленинградского военного округа, отвечающего за северо-запад страны. Польша в ответ строит вдоль границы систему укреплений «Восточный щит» (на нее планируется потратить около 10 млрд злотых до 2028 года).",
    D(DISC_RU),
)

# blind5-ru-005: 1 gloss; 1 note; 1 aside
blind5_article(
    "ru",
    "The East African (Кения): Выборы в Танзании закончились кровью",
    "Амина Мвакатоби",
    "Президент Танзании Самия Сулуху Хасан была объявлена победительницей октябрьских выборов, получив, по официальным данным, почти 98% голосов. Главного соперника к голосованию не допустили.",
    "Лидер крупнейшей оппозиционной партии «Чадема» Тунду Лиссу с апреля находится под стражей по обвинению в государственной измене (ему грозит смертная казнь), а сама партия была отстранена от выборов после того, как отказалась подписать кодекс поведения.",
    ["Правящая партия «Чама Ча Мапиндузи» ",
     G("(в переводе с суахили — «Партия революции»)"),
     " находится у власти с момента своего основания в 1977 году, а ее предшественница правила страной с провозглашения независимости."],
    ["Вскоре после закрытия участков в Дар-эс-Саламе, Аруше и Мванзе начались протесты. Власти отключили интернет и ввели комендантский час. По данным оппозиции, при разгоне демонстраций погибли сотни человек, власти называют эти цифры преувеличенными ",
     N("(миссия наблюдателей Африканского союза в своем предварительном заявлении констатировала, что выборы не соответствовали принципам и стандартам организации. — Прим. ИноСМИ)"),
     "."],
    ["США и Евросоюз призвали власти Танзании к сдержанности и к расследованию гибели людей. ",
     A("Призывы эти, судя по всему, прозвучали достаточно негромко, чтобы в Додоме могли их не расслышать."),
     " Правительство тем временем обвинило в беспорядках иностранных подстрекателей, а нескольким кенийским активистам запретило въезд в страну."],
    "«Я не пошла на участок. Зачем голосовать, если результат известен заранее?» — говорит студентка из Аруши, попросившая не называть ее имени.",
    "Хасан, принявшая присягу в начале ноября, пообещала создать комиссию для расследования событий, однако оппозиция заранее отказалась признавать ее выводы.",
)

# blind5-ru-006: lead; 1 translator_note; 1 aside
blind5_article(
    "ru",
    "The Kathmandu Post (Непал): Непал идет на выборы после революции поколения Z",
    LEAD("Спустя несколько месяцев после того, как молодежные протесты смели правительство Непала, страна готовится к внеочередным выборам, назначенным на 5 марта, пишет The Kathmandu Post. При этом у организаторов протестов до сих пор нет ни своей партии, ни общего кандидата."),
    "Прамод Шрестха",
    "Протесты начались 8 сентября, когда власти заблокировали 26 социальных сетей, не прошедших регистрацию в министерстве. За два дня погибли более 70 человек, а демонстранты подожгли здание парламента, дома нескольких министров и штаб-квартиры крупнейших партий.",
    "Премьер-министр Кхадга Прасад Шарма Оли (он возглавлял правительство уже в четвертый раз) ушел в отставку, и временный кабинет возглавила бывшая председательница Верховного суда Сушила Карки — первая женщина на этом посту в истории страны.",
    ["Участники протестов называют себя поколением Z, а детей политиков, выставлявших роскошную жизнь напоказ в соцсетях, — «непо-кидс» ",
     T("(от английского nepo kids — «дети непотизма». — прим. пер.)"),
     "."],
    ["Кандидатуру Карки выбрали в ходе голосования на платформе Discord, в котором участвовали десятки тысяч человек ",
     A("(интересно, как отнеслись бы в Вашингтоне, если бы главу правительства какой-нибудь западной страны выбирали в чате на китайской платформе?)"),
     "."],
    "«Неужели мы вышли на улицы только для того, чтобы через полгода снова голосовать за тех же стариков?» — спрашивает 23-летняя студентка из Лалитпура Ришма Гурунг.",
    "Избирательная комиссия уже зарегистрировала несколько новых партий, однако крупнейшие из старых — Непальский конгресс и Коммунистическая партия Непала (объединенная марксистско-ленинская) — по-прежнему контролируют большинство местных советов.",
)

# blind5-ru-007: lead; 1 note; 1 aside
blind5_article(
    "ru",
    "The Globe and Mail (Канада): Альберта заговорила об отделении",
    LEAD("По данным канадской газеты The Globe and Mail, сторонники отделения Альберты от Канады собирают подписи за проведение референдума, и власти провинции больше не пытаются им помешать. Недовольство подогревают федеральная экологическая политика и торговая война с США."),
    "Грэм Маккиннон",
    "Премьер Альберты Даниэль Смит заявляет, что сама выступает за единую Канаду, но готова вынести вопрос на референдум, если петицию подпишет достаточное число избирателей. Весной провинция снизила этот порог (до 10% от числа проголосовавших на последних выборах).",
    ["Альберта — главный нефтедобывающий регион страны, и ее жители давно жалуются, что их доходы перераспределяются в пользу восточных провинций ",
     N("(Оттава годами тормозила строительство новых нефтепроводов к побережью, поэтому канадская нефть продается американским покупателям со значительной скидкой. — прим. ред.)"),
     "."],
    "Опрос, проведенный в ноябре, показал, что за независимость проголосовали бы около 30% жителей провинции (в Квебеке перед референдумом 1995 года сторонников отделения было больше 40%).",
    ["В Оттаве настаивают, что провинция не может отделиться без согласия всей страны, и ссылаются на принятый в 2000 году закон о ясности ",
     A("(примечательно, что право наций на самоопределение, которое Канада так охотно отстаивает за рубежом, для собственных провинций обставлено столь многочисленными условиями)"),
     "."],
    "«Разумеется, большинство альбертцев не хочет уходить. Но они хотят, чтобы Оттава наконец начала их слушать», — говорит политолог из Университета Калгари Шерил Донован.",
    "Премьер-министр Марк Карни пообещал ускорить одобрение крупных энергетических проектов, включая новый нефтепровод к северо-западному побережью, чтобы снизить напряжение.",
)

# blind5-ru-008: lead; 1 gloss; 1 aside; 1 legal_label
blind5_article(
    "ru",
    "Philippine Daily Inquirer (Филиппины): Дутерте ждет суда в Гааге",
    LEAD("Пока бывший президент Филиппин Родриго Дутерте ожидает в Гааге решения о том, может ли он участвовать в процессе, его сторонники на родине превращают дело в предвыборную кампанию, пишет Inquirer. Противостояние кланов Дутерте и Маркосов раскалывает страну."),
    "Карло Вильянуэва",
    ["Дутерте арестовали в Маниле в марте по ордеру МУС ",
     G("(Международного уголовного суда)"),
     " и в тот же день доставили в Нидерланды. Ему вменяют преступления против человечности, совершенные в ходе «войны с наркотиками», жертвами которой, по данным правозащитников, стали от 12 до 30 тысяч человек."],
    "Филиппины вышли из Римского статута в 2019 году, однако суд счел, что сохраняет юрисдикцию в отношении преступлений, совершенных до этого (речь идет о периоде с ноября 2011 года, когда Дутерте еще был мэром Давао, по март 2019 года).",
    ["Вице-президент Сара Дутерте, дочь бывшего президента, называет арест отца похищением и обвиняет президента Фердинанда Маркоса-младшего в том, что тот выдал гражданина Филиппин иностранному суду в угоду Западу ",
     A("(Соединенные Штаты, заметим, Римский статут так и не ратифицировали, а судей МУС, посмевших заняться действиями американцев, наказывают санкциями)"),
     "."],
    ["Сторонники Дутерте ведут кампанию в его защиту прежде всего в Facebook ",
     L("(принадлежит компании Meta, признанной в России экстремистской)"),
     ", где у страниц его семьи миллионы подписчиков."],
    "«Разве справедливо, что судьбу филиппинца решают в Европе, а не в Маниле?» — спрашивает сторонник Дутерте, водитель джипни из Давао Ренато Касилья.",
    "«Мой сын не был наркоторговцем. Я ждала этого дня девять лет», — говорит жительница Кесон-Сити Мерседита Алонсо, чьего 19-летнего сына застрелили в 2016 году.",
    "Рассмотрение дела приостановлено: адвокаты Дутерте утверждают, что 80-летний политик не способен участвовать в процессе из-за проблем с памятью. Решение по этому вопросу суд обещал принять в начале следующего года.",
)


if __name__ == "__main__":
    sys.exit(main())
