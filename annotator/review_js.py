"""The review page's script (no library, no network), inlined by :func:`annotator.review.review_page`.

Offsets in the embedded data and in the export are code points (Python
``str`` indices); the DOM counts UTF-16 code units, so each article keeps a
table from code points to code units (a character outside the Basic
Multilingual Plane, such as an emoji, is two units and one code point).
The state (per article its items and whether it is reviewed) is saved to
``localStorage`` after every change, under a hash of the embedded data.
"""

JS = r"""
(function () {
"use strict";
const node = document.getElementById("review-data");
const DATA = JSON.parse(node.textContent);
const KINDS = DATA.kinds;
const STORE = "annotator-review:" + node.dataset.key;
const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------- offsets
function unitTable(text) {  // code point index -> code unit index, one entry past the end
  const out = [0];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xFC00) === 0xDC00;
    i += pair ? 2 : 1;
    out.push(i);
  }
  return out;
}
function pointOf(units, unit) {  // the code point at or before a code unit offset
  let lo = 0, hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (units[mid] <= unit) lo = mid; else hi = mid - 1;
  }
  return lo;
}
const articles = DATA.articles.map((a) => ({ data: a, units: unitTable(a.text), body: null, el: null }));

// ---------------------------------------------------------------- state
function fresh() {
  return {
    version: 1, reviewer: "", split: "train", scope: "reviewed",
    articles: DATA.articles.map((a) => ({
      reviewed: false,
      items: a.spans.map((s, ref) => ({ type: "span", ref, start: s.start, end: s.end, kind: s.kind, status: "pending" }))
        .concat(a.suggestions.map((s, ref) => ({ type: "suggestion", ref, start: s.start, end: s.end, kind: s.kind,
                                                 status: "pending" }))),
    })),
  };
}
function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE));
    if (saved && saved.version === 1 && saved.articles.length === DATA.articles.length) return saved;
  } catch (e) { /* no storage, or not ours: start afresh */ }
  return fresh();
}
let state = load();
const history = [];
let focus = null;  // {article, item}
let current = 0;  // the article d marks reviewed
function save() {
  try { localStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { say("progress not saved: " + e.message); }
}
function remember(i) {
  history.push({ i, snapshot: JSON.stringify(state.articles[i]) });
  if (history.length > 500) history.shift();
}
function present(it) { return it.type === "suggestion" ? it.status === "accepted" : it.status !== "rejected"; }
function overlaps(a, b) { return a.start < b.end && b.start < a.end; }
function blocker(i, target) {
  return state.articles[i].items.find((it) => it !== target && present(it) && overlaps(it, target));
}
function visible(i, it) {  // what is drawn: present items, rejected spans and open suggestions not under them
  if (present(it)) return true;
  if (it.type === "suggestion" && it.status !== "pending") return false;
  return !state.articles[i].items.some((o) => present(o) && overlaps(o, it))
    && !(it.type === "suggestion" && state.articles[i].items.some((o) => o.type === "span" && !present(o) && overlaps(o, it)));
}

// ---------------------------------------------------------------- messages
function say(text, ok) {
  const m = $("message");
  m.textContent = text || "";
  m.className = ok ? "ok" : "";
}
function excerpt(a, it, width) {
  const t = a.data.text.slice(a.units[it.start], a.units[it.end]);
  return t.length > width ? t.slice(0, width - 20) + " … " + t.slice(-15) : t;
}
function origin(a, it) {
  if (it.type === "added") return "added by you";
  if (it.type === "suggestion") {
    const s = a.data.suggestions[it.ref];
    return "suggestion #" + (s.rank + 1) + ": model p=" + s.probability.toPrecision(2) + ", threshold " + s.threshold.toPrecision(2);
  }
  const s = a.data.spans[it.ref];
  if (s.source === "gold") return "gold span";
  if (s.source === "rule") return "rule" + (s.marker ? ": " + s.marker : "");
  return "model p=" + s.score.toFixed(2);
}
function original(a, it) {
  if (it.type === "span") return a.data.spans[it.ref].kind;
  if (it.type === "suggestion") return a.data.suggestions[it.ref].kind;
  return it.kind;
}

// ---------------------------------------------------------------- drawing
function label(a, it) {
  if (it.type === "suggestion" && it.status === "pending") return it.kind + "?";
  const relabelled = it.kind !== original(a, it) ? " (was " + original(a, it) + ")" : "";
  const sign = it.type === "added" ? "+ " : it.status === "accepted" ? "\u2713 " : it.status === "rejected" ? "\u2717 " : "";
  return sign + it.kind + relabelled;
}
function draw(i) {
  const a = articles[i], st = state.articles[i], text = a.data.text, units = a.units;
  const shown = st.items.map((it, index) => ({ it, index })).filter((x) => visible(i, x.it));
  shown.sort((x, y) => x.it.start - y.it.start || y.it.end - x.it.end);
  a.body.textContent = "";
  let cursor = 0;
  for (const { it, index } of shown) {
    if (it.start < cursor) continue;  // never expected: drawn items do not overlap
    if (it.start > cursor) a.body.append(document.createTextNode(text.slice(units[cursor], units[it.start])));
    const mark = document.createElement("mark");
    mark.className = "kind-" + it.kind + " " + it.type + " " + it.status;
    mark.dataset.article = i;
    mark.dataset.item = index;
    mark.dataset.kind = it.kind;
    mark.dataset.start = it.start;
    mark.dataset.end = it.end;
    mark.dataset.label = label(a, it);
    mark.title = origin(a, it);
    mark.textContent = text.slice(units[it.start], units[it.end]);
    if (focus && focus.article === i && focus.item === index) mark.classList.add("focused");
    a.body.append(mark);
    cursor = it.end;
  }
  if (cursor < units.length - 1) a.body.append(document.createTextNode(text.slice(units[cursor])));
  a.el.classList.toggle("reviewed", st.reviewed);
  a.el.classList.toggle("current", i === current);
  a.el.querySelector(".state").textContent = st.reviewed ? "reviewed" : "not reviewed";
  a.el.querySelector(".review").textContent = st.reviewed ? "Undo reviewed (d)" : "Mark reviewed (d)";
}
function progress() {
  let reviewed = 0, decisions = 0, open = 0;
  state.articles.forEach((st, i) => {
    if (st.reviewed) reviewed += 1;
    for (const it of st.items) {
      if (it.status !== "pending" || it.type === "added") decisions += 1;
      else if (it.type === "suggestion" && visible(i, it)) open += 1;
    }
  });
  $("progress").textContent = reviewed + " of " + articles.length + " articles reviewed \u00b7 " + decisions
    + " decisions \u00b7 " + open + " suggestions open";
}
function panel() {
  const info = $("focus-info");
  info.textContent = "";
  if (!focus) {
    info.innerHTML = '<p class="muted">Click a highlight or press <b>j</b> or <b>n</b>.</p>';
    return;
  }
  const a = articles[focus.article], it = state.articles[focus.article].items[focus.item];
  const head = document.createElement("p");
  head.innerHTML = "<b></b> \u00b7 <span></span><br><span class=muted></span>";
  head.querySelector("b").textContent = it.kind;
  head.querySelectorAll("span")[0].textContent = it.status !== "pending" ? it.status : it.type === "suggestion" ? "open suggestion" : "undecided";
  head.querySelectorAll("span")[1].textContent = origin(a, it) + " \u00b7 article " + a.data.id
    + " \u00b7 [" + it.start + ", " + it.end + ")";
  const snippet = document.createElement("div");
  snippet.className = "snippet";
  snippet.textContent = excerpt(a, it, 400);
  info.append(head, snippet);
}
function refresh(i) {
  if (i !== undefined) draw(i);
  progress();
  panel();
}

// ---------------------------------------------------------------- focus
function marks() { return Array.from(document.querySelectorAll("mark[data-item]")); }
function setFocus(i, index, scroll) {
  const redraw = new Set([i, current]);
  if (focus) redraw.add(focus.article);
  focus = index === null ? null : { article: i, item: index };
  current = i;
  redraw.forEach((n) => draw(n));
  panel();
  if (scroll && focus) {
    const el = document.querySelector('mark[data-article="' + i + '"][data-item="' + index + '"]');
    if (el) el.scrollIntoView({ block: "center" });
  }
}
function move(step) {
  const all = marks();
  let at = all.findIndex((m) => m.classList.contains("focused"));
  at = at < 0 ? (step > 0 ? 0 : all.length - 1) : at + step;
  if (at < 0 || at >= all.length) return say(step > 0 ? "no more highlights below" : "no more highlights above");
  say("");
  setFocus(+all[at].dataset.article, +all[at].dataset.item, true);
}
function nextSuggestion() {
  let best = null;
  state.articles.forEach((st, i) => st.items.forEach((it, index) => {
    if (it.type !== "suggestion" || it.status !== "pending" || !visible(i, it)) return;
    const rank = articles[i].data.suggestions[it.ref].rank;
    if (!best || rank < best.rank) best = { i, index, rank };
  }));
  if (!best) return say("no open suggestions left", true);
  say("");
  setFocus(best.i, best.index, true);
}

// ---------------------------------------------------------------- decisions
function focused() { return focus ? state.articles[focus.article].items[focus.item] : null; }
function accept() {
  const it = focused();
  if (!it) return say("nothing focused: press j or n, or click a highlight");
  const other = blocker(focus.article, it);
  if (other) return say("overlaps the " + other.kind + " span at [" + other.start + ", " + other.end + "): reject it first");
  remember(focus.article);
  it.status = "accepted";
  done(focus.article, "accepted " + it.kind);
}
function reject() {
  const it = focused();
  if (!it) return say("nothing focused: press j or n, or click a highlight");
  const i = focus.article;
  remember(i);
  if (it.type === "added") {
    state.articles[i].items.splice(focus.item, 1);
    focus = null;
  } else {
    it.status = "rejected";
    if (it.type === "suggestion") focus = null;
  }
  done(i, it.type === "suggestion" ? "dismissed the suggestion" : "rejected " + it.kind);
}
function relabel(kind) {
  const it = focused();
  if (!it) return say("nothing focused and no text selected");
  const other = blocker(focus.article, it);
  if (other && !present(it)) return say("overlaps the " + other.kind + " span at [" + other.start + ", " + other.end + "): reject it first");
  remember(focus.article);
  it.kind = kind;
  it.status = "accepted";
  done(focus.article, "kind set to " + kind);
}
function done(i, text) {
  save();
  draw(i);
  progress();
  panel();
  say(text, true);
}
function undo() {
  const last = history.pop();
  if (!last) return say("nothing to undo");
  state.articles[last.i] = JSON.parse(last.snapshot);
  focus = null;
  done(last.i, "undone");
}
function toggleReviewed(i) {
  remember(i);
  state.articles[i].reviewed = !state.articles[i].reviewed;
  current = i;
  done(i, "article " + DATA.articles[i].id + (state.articles[i].reviewed ? " marked reviewed" : " marked not reviewed"));
}

// ---------------------------------------------------------------- adding by selection
function textOf(el) { return el ? el.closest(".text") : null; }
function offsetIn(body, container, offset) {
  const range = document.createRange();
  range.setStart(body, 0);
  range.setEnd(container, offset);
  return range.toString().length;
}
function selection() {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const element = (n) => (n.nodeType === 1 ? n : n.parentElement);
  const body = textOf(element(range.startContainer));
  if (!body || body !== textOf(element(range.endContainer))) return { error: "select text inside one article" };
  return { i: +body.dataset.article, start: offsetIn(body, range.startContainer, range.startOffset),
           end: offsetIn(body, range.endContainer, range.endOffset) };
}
const CLOSING = { "(": ")", "[": "]" };
function add(kind, sel) {
  if (sel.error) return say(sel.error);
  const a = articles[sel.i], text = a.data.text;
  let start = sel.start, end = sel.end;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  if (start === end) return say("the selection holds only spaces");
  if ((text.charCodeAt(start) & 0xFC00) === 0xDC00 && start > 0) start -= 1;  // never split a surrogate pair
  if (end < text.length && (text.charCodeAt(end) & 0xFC00) === 0xDC00) end += 1;
  const piece = text.slice(start, end);
  if (piece.includes("\n") && CLOSING[piece[0]] !== piece[piece.length - 1])
    return say("a span holds a line break only when it is one bracketed insertion: select one line");
  const item = { type: "added", start: pointOf(a.units, start), end: pointOf(a.units, end), kind, status: "accepted" };
  const other = blocker(sel.i, item);
  if (other) return say("refused: overlaps the " + other.kind + " span at [" + other.start + ", " + other.end + ")");
  remember(sel.i);
  const items = state.articles[sel.i].items;
  items.push(item);
  window.getSelection().removeAllRanges();
  focus = { article: sel.i, item: items.length - 1 };
  current = sel.i;
  done(sel.i, "added " + kind + " [" + item.start + ", " + item.end + ")");
}
function chooseKind(kind) {
  const sel = selection();
  if (sel) return add(kind, sel);
  relabel(kind);
}

// ---------------------------------------------------------------- export
function records() {
  const out = [];
  state.articles.forEach((st, i) => {
    if (state.scope === "reviewed" && !st.reviewed) return;
    const a = DATA.articles[i];
    const spans = st.items.filter(present).map((it) => ({ start: it.start, end: it.end, kind: it.kind }))
      .sort((x, y) => x.start - y.start || x.end - y.end);
    for (let k = 1; k < spans.length; k += 1)
      if (spans[k].start < spans[k - 1].end) throw new Error("article " + a.id + " has overlapping spans");
    const record = { id: a.id, lang: a.lang, text: a.text, spans, source: DATA.export_source,
                     split: state.split, writer: state.reviewer.trim() || "reviewer", reviewed: st.reviewed };
    if (a.source) record.review_of = a.source;
    out.push(record);
  });
  return out;
}
function exportFile() {
  let out;
  try { out = records(); } catch (e) { return say("not exported: " + e.message); }
  if (!out.length) return say("nothing to export: mark articles reviewed (d) or export all articles");
  const jsonl = out.map((r) => JSON.stringify(r)).join("\n") + "\n";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([jsonl], { type: "application/x-ndjson" }));
  link.download = DATA.export_name;
  document.body.append(link);
  link.click();
  link.remove();
  const spans = out.reduce((n, r) => n + r.spans.length, 0);
  say("exported " + out.length + " articles, " + spans + " spans to " + DATA.export_name, true);
}

// ---------------------------------------------------------------- page
function build() {
  const main = $("articles");
  articles.forEach((a, i) => {
    const el = document.createElement("article");
    el.id = "article-" + i;
    const h = document.createElement("h2");
    h.innerHTML = '<span class="id"></span><span class="origin"></span><span class="state"></span>'
      + '<button type="button" class="review"></button>';
    h.querySelector(".id").textContent = a.data.id;
    h.querySelector(".origin").textContent = a.data.lang + " \u00b7 " + (a.data.origin === "gold" ? "gold spans" : a.data.origin);
    h.querySelector(".review").addEventListener("click", () => toggleReviewed(i));
    const body = document.createElement("div");
    body.className = "text";
    body.dataset.article = i;
    body.addEventListener("click", (ev) => {
      const mark = ev.target.closest("mark[data-item]");
      if (mark && window.getSelection().isCollapsed) setFocus(i, +mark.dataset.item, false);
      else if (current !== i) { const old = current; current = i; draw(old); draw(i); }
    });
    el.append(h, body);
    main.append(el);
    a.el = el;
    a.body = body;
    draw(i);
  });
  KINDS.forEach((kind, n) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "kind-" + kind;
    b.dataset.kind = kind;
    b.textContent = (n + 1) + " " + kind;
    b.addEventListener("click", () => chooseKind(kind));
    $("kinds").append(b);
  });
  $("accept").addEventListener("click", accept);
  $("reject").addEventListener("click", reject);
  $("undo").addEventListener("click", undo);
  $("next").addEventListener("click", nextSuggestion);
  $("export").addEventListener("click", exportFile);
  $("help-toggle").addEventListener("click", () => { $("help").hidden = !$("help").hidden; });
  $("reset").addEventListener("click", () => {
    if (!window.confirm("Forget every decision made on this page?")) return;
    state = fresh(); history.length = 0; focus = null; save(); articles.forEach((_, i) => draw(i)); refresh();
  });
  // buttons keep the text selection: a kind button adds the selected text
  $("panel").addEventListener("mousedown", (ev) => { if (ev.target.closest("button")) ev.preventDefault(); });
  const reviewer = $("reviewer"), split = $("split"), scope = $("scope");
  reviewer.value = state.reviewer;
  split.value = state.split;
  scope.value = state.scope;
  reviewer.addEventListener("input", () => { state.reviewer = reviewer.value; save(); });
  split.addEventListener("change", () => { state.split = split.value; save(); });
  scope.addEventListener("change", () => { state.scope = scope.value; save(); });
  document.addEventListener("keydown", keys);
  refresh();
}
function keys(ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey || (ev.target.closest && ev.target.closest("input, select, textarea"))) return;
  const k = ev.key;
  if (/^[1-9]$/.test(k) && +k <= KINDS.length) chooseKind(KINDS[+k - 1]);
  else if (k === "j") move(1);
  else if (k === "k") move(-1);
  else if (k === "n") nextSuggestion();
  else if (k === "a") accept();
  else if (k === "x" || k === "Delete") reject();
  else if (k === "u") undo();
  else if (k === "d") toggleReviewed(focus ? focus.article : current);
  else if (k === "e") exportFile();
  else if (k === "?") $("help").hidden = !$("help").hidden;
  else if (k === "Escape") {
    const old = focus;
    focus = null;
    window.getSelection().removeAllRanges();
    if (old) draw(old.article);
    panel();
    say("");
  } else return;
  ev.preventDefault();
}
build();
})();
"""
