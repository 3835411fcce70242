// gesta web UI: plain JavaScript, no third-party code. Talks to the JSON API
// under /api (documented in /api/openapi.json). Every string from the API is
// put into the page as text (never as HTML).
"use strict";

const QUAD_NAMES = { 1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict" };
const QUAD_COLORS = { 1: "#4c9a5b", 2: "#1f6f8b", 3: "#e0a030", 4: "#c0392b" };
const FILTERS = [
  ["actor", "Actor code", "e.g. RUS, USAGOV"],
  ["country", "Country", "ISO3, e.g. UKR"],
  ["cameo", "CAMEO code", "e.g. 036"],
  ["root", "CAMEO root", "e.g. 19"],
  ["plover", "PLOVER type", "e.g. AGREE"],
  ["quad", "Quad class", "1-4"],
  ["from", "From", "YYYY-MM-DD"],
  ["to", "To", "YYYY-MM-DD"],
  ["place", "Place", "name or country"],
  ["issue", "Issue", "e.g. ceasefire"],
  ["q", "Text", "words in the sentence"],
];

// ---------- small DOM helpers ----------
function h(tag, attrs, ...kids) {
  const el = tag.startsWith("svg:")
    ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
    : document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
      else if (k === "class") el.setAttribute("class", v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
  }
  for (const kid of kids.flat(Infinity)) {
    if (kid === null || kid === undefined || kid === false) continue;
    el.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return el;
}
const main = () => document.getElementById("main");
function show(...kids) {
  const m = main();
  m.replaceChildren(...kids.flat());
}
function fmtNum(n) { return n === null || n === undefined ? "" : Number(n).toLocaleString("en-US"); }
function fmtG(g) { return g === null || g === undefined ? "" : Number(g).toFixed(1); }
function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) u.set(k, v);
  return u.toString();
}
async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await r.json(); } catch (_) { body = null; }
  if (!r.ok) throw new Error((body && body.error) || (r.status + " " + r.statusText));
  return body;
}
function errorBox(e) { return h("p", { class: "error" }, "Error: " + e.message); }
function quadBadge(q) { return q ? h("span", { class: "quad quad" + q, title: QUAD_NAMES[q] }, q) : ""; }
function actorLabel(a) { return a ? (a.code || "—") : "—"; }
function storyLink(id, label, query) { return h("a", { href: "#/story/" + encodeURIComponent(id) + (query ? "?" + qs(query) : "") }, label || id); }
function goldColor(g) {
  // -10 (red) .. 0 (grey) .. +10 (green)
  if (g === null || g === undefined || isNaN(g)) return "#888";
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150], red = [192, 57, 43], green = [46, 139, 87];
  const to = t < 0 ? red : green, a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * a));
  return "rgb(" + c.join(",") + ")";
}

// ---------- router ----------
function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query] = raw.split("?");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params };
}
function setActive(page) {
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.page === page);
}
async function route() {
  const { parts, params } = parseHash();
  const page = parts[0] || "home";
  setActive(page === "story" ? "home" : page === "event" ? "events" : page);
  document.body.dataset.page = page;
  document.body.dataset.ready = "0";
  try {
    switch (page) {
      case "story": await pageStory(parts.slice(1).join("/"), params); break;
      case "events": await pageEvents(params); break;
      case "event": await pageEvent(parts[1]); break;
      case "timeline": await pageTimeline(params); break;
      case "network": await pageNetwork(params); break;
      case "map": await pageMap(params); break;
      case "board": await pageBoard(params); break;
      case "search": await pageSearch(params); break;
      default: await pageHome(params);
    }
  } catch (e) {
    show(errorBox(e));
  }
  document.body.dataset.nav = String((parseInt(document.body.dataset.nav || "0", 10) || 0) + 1);
  document.body.dataset.ready = "1";
}
window.addEventListener("hashchange", route);
document.getElementById("search-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = document.getElementById("search-input").value.trim();
  location.hash = "#/search?" + qs({ q });
});

// ---------- home: stats and stories ----------
async function pageHome(params) {
  const offset = Math.max(0, parseInt(params.offset || "0", 10) || 0);
  const limit = 50;
  const [stats, stories] = await Promise.all([api("/api/stats"), api("/api/stories?" + qs({ limit, offset }))]);
  const statBox = (label, v) => h("div", { class: "stat" }, h("b", null, fmtNum(v)), label);
  const rows = stories.items.map((s) =>
    h("tr", { class: "clickable", "data-story": s.id, onclick: () => { location.hash = "#/story/" + encodeURIComponent(s.id); } },
      h("td", null, s.date || ""), h("td", null, storyLink(s.id, s.title || s.id)), h("td", null, fmtNum(s.events))));
  show(
    h("h1", null, "Stories"),
    h("div", { class: "stats", id: "stats" },
      statBox("stories", stats.stories), statBox("events", stats.events), statBox("actors", stats.actors),
      statBox("places", stats.places), statBox("quotes", stats.quotes),
      h("div", { class: "stat" }, h("b", null, (stats.first_date || "—") + " → " + (stats.last_date || "—")), "date range")),
    h("table", { id: "stories" }, h("thead", null, h("tr", null, h("th", null, "Date"), h("th", null, "Title"), h("th", null, "Events"))), h("tbody", null, rows)),
    pager(stories.total, offset, limit, (o) => "#/?" + qs({ offset: o })),
  );
}
// `exact` false: `total` is a lower bound (the server stopped counting).
function pager(total, offset, limit, link, exact = true, shown = limit) {
  const more = exact ? offset + limit < total : shown === limit;
  const label = fmtNum(total) + (exact ? "" : "+");
  const kids = [h("span", { class: "muted" }, total ? `${offset + 1}–${exact ? Math.min(total, offset + limit) : offset + shown} of ${label}` : "no results")];
  if (offset > 0) kids.unshift(h("a", { class: "button", href: link(Math.max(0, offset - limit)) }, "← Previous"));
  if (more) kids.push(h("a", { class: "button", href: link(offset + limit) }, "Next →"));
  return h("div", { class: "pager" }, kids);
}

// ---------- story reader ----------
async function pageStory(id, params) {
  const doc = await api("/api/stories/" + encodeURIComponent(id));
  const text = doc.text || "";
  // Byte offsets -> string (UTF-16) offsets.
  const enc = new TextEncoder();
  const bytes = enc.encode(text);
  const b2c = new Map();
  {
    let b = 0, c = 0;
    for (const ch of text) {
      b2c.set(b, c);
      b += enc.encode(ch).length;
      c += ch.length;
    }
    b2c.set(b, c);
    b2c.set(bytes.length, text.length);
  }
  const off = (b) => (b2c.has(b) ? b2c.get(b) : null);

  // Layers as [start, end, class, extra] in char offsets.
  const spans = [];
  const add = (s, e, cls, extra) => {
    const cs = off(s), ce = off(e);
    if (cs !== null && ce !== null && ce > cs) spans.push({ s: cs, e: ce, cls, extra });
  };
  (doc.quotes || []).forEach((q, i) => add(q.start, q.end, "hl-quote", { quote: i }));
  (doc.actors || []).forEach((a, i) => add(a.start, a.end, "hl-actor", { actor: i }));
  (doc.places || []).forEach((p, i) => add(p.start, p.end, "hl-place", { place: i }));
  (doc.times || []).forEach((t, i) => add(t.start, t.end, "hl-time", { time: i }));
  (doc.events || []).forEach((ev, i) => add(ev.trigger.start, ev.trigger.end, "hl-event", { event: i }));
  const sentences = (doc.sentences || []).map((s, i) => ({ s: off(s.start), e: off(s.end), i })).filter((s) => s.s !== null && s.e !== null);
  let paragraphs = (doc.paragraphs || []).map((p) => ({ s: off(p.start), e: off(p.end) })).filter((p) => p.s !== null && p.e !== null);
  if (!paragraphs.length) paragraphs = [{ s: 0, e: text.length }];

  const cuts = new Set([0, text.length]);
  for (const x of spans) { cuts.add(x.s); cuts.add(x.e); }
  for (const x of sentences) { cuts.add(x.s); cuts.add(x.e); }
  for (const x of paragraphs) { cuts.add(x.s); cuts.add(x.e); }
  const points = [...cuts].sort((a, b) => a - b);

  const paraEls = [];
  for (const p of paragraphs) {
    const pe = h("p");
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      if (a < p.s || b > p.e) continue;
      const covering = spans.filter((x) => x.s <= a && x.e >= b);
      const sent = sentences.find((x) => x.s <= a && x.e >= b);
      const cls = ["seg", ...new Set(covering.map((x) => x.cls))];
      const attrs = { class: cls.join(" ") };
      if (sent) attrs["data-s"] = sent.i;
      const ev = covering.find((x) => x.extra.event !== undefined);
      if (ev) attrs["data-event"] = ev.extra.event;
      const act = covering.find((x) => x.extra.actor !== undefined);
      if (act) {
        const m = doc.actors[act.extra.actor];
        attrs.title = (m.code || "?") + (m.name ? " · " + m.name : "");
      }
      const pl = covering.find((x) => x.extra.place !== undefined);
      if (pl && !attrs.title) {
        const m = doc.places[pl.extra.place];
        attrs.title = "place: " + m.name + (m.country ? " (" + m.country + ")" : "");
      }
      const tm = covering.find((x) => x.extra.time !== undefined);
      if (tm && !attrs.title) attrs.title = "time: " + doc.times[tm.extra.time].value;
      const seg = h("span", attrs, text.slice(a, b));
      if (ev) seg.addEventListener("click", () => selectEvent(ev.extra.event));
      pe.append(seg);
    }
    paraEls.push(pe);
  }

  const codesBox = h("div", { class: "card codes", id: "event-codes" }, h("p", { class: "muted" }, "Click an event to see its sentence and codes."));
  const evItems = (doc.events || []).map((ev, i) =>
    h("div", { class: "event-item", "data-event": i, onclick: () => selectEvent(i) },
      h("span", { class: "code" }, actorLabel(ev.source[0])), " → ",
      h("b", null, ev.trigger.text), " → ",
      h("span", { class: "code" }, actorLabel(ev.target[0])), " ",
      quadBadge(ev.quad_class), " ", h("span", { class: "code muted" }, ev.cameo),
      ev.negated ? h("span", { class: "neg" }, " (negated)") : ""));

  function selectEvent(i) {
    const ev = doc.events[i];
    if (!ev) return;
    for (const el of document.querySelectorAll(".sent-active")) el.classList.remove("sent-active");
    for (const el of document.querySelectorAll(".trigger-active")) el.classList.remove("trigger-active");
    for (const el of document.querySelectorAll(".event-item.active")) el.classList.remove("active");
    let first = null;
    for (const el of document.querySelectorAll('.seg[data-s="' + ev.sentence + '"]')) {
      el.classList.add("sent-active");
      if (!first) first = el;
    }
    for (const el of document.querySelectorAll('.seg[data-event="' + i + '"]')) el.classList.add("trigger-active");
    const item = document.querySelector('.event-item[data-event="' + i + '"]');
    if (item) item.classList.add("active");
    if (first) first.scrollIntoView({ block: "center", behavior: "instant" });
    const row = (k, v) => (v === null || v === undefined || v === "" ? [] : [h("dt", null, k), h("dd", null, v)]);
    const who = (xs) => (xs || []).map((a) => (a.code || "?") + " (" + a.text + ")").join(", ");
    const s = doc.sentences[ev.sentence];
    codesBox.replaceChildren(
      h("h2", null, "Event " + (i + 1)),
      h("dl", null,
        row("Trigger", ev.trigger.text),
        row("Source", who(ev.source)),
        row("Target", who(ev.target)),
        row("CAMEO", ev.cameo + (ev.root ? " (root " + ev.root + ")" : "")),
        row("Quad class", ev.quad_class ? ev.quad_class + " · " + QUAD_NAMES[ev.quad_class] : null),
        row("Goldstein", fmtG(ev.goldstein)),
        row("PLOVER", ev.plover ? [ev.plover.type, ev.plover.mode, ev.plover.context].filter(Boolean).join(" / ") : null),
        row("Negated", ev.negated ? "yes" : null),
        row("Modality", ev.modality),
        row("Said by", ev.attribution ? ev.attribution.text + (ev.attribution.code ? " (" + ev.attribution.code + ")" : "") : null),
        row("Time", ev.time ? ev.time.value + " (" + ev.time.precision + ")" : null),
        row("Place", ev.place ? ev.place.name + (ev.place.country ? " (" + ev.place.country + ")" : "") : null),
        row("Killed", ev.killed), row("Injured", ev.injured),
        row("Issue", ev.issue),
        row("Pattern", ev.pattern)),
      h("p", { class: "sentence", id: "event-sentence" }, s ? text.slice(off(s.start), off(s.end)) : ""));
  }

  const m = doc.meta || {};
  show(
    h("p", null, h("a", { href: "#/" }, "← Stories")),
    h("h1", { id: "story-title" }, doc.title || doc.id),
    h("div", { class: "story-meta" }, [doc.date, m.dateline, m.source, doc.id].filter(Boolean).join(" · ")),
    h("div", { class: "legend" }, h("span", { class: "l-actor" }, "actor"), h("span", { class: "l-event" }, "event"),
      h("span", { class: "l-place" }, "place"), h("span", { class: "l-time" }, "time"), h("span", { class: "l-quote" }, "quote")),
    h("div", { class: "reader" },
      h("article", { class: "card story-text", id: "story-text" }, paraEls),
      h("aside", null, codesBox, h("h2", null, `Events (${(doc.events || []).length})`), h("div", { class: "event-list", id: "event-list" }, evItems))),
  );
  if (params.event !== undefined) selectEvent(parseInt(params.event, 10));
  else if (params.sentence !== undefined) {
    let first = null;
    for (const el of document.querySelectorAll('.seg[data-s="' + parseInt(params.sentence, 10) + '"]')) { el.classList.add("sent-active"); if (!first) first = el; }
    if (first) first.scrollIntoView({ block: "center", behavior: "instant" });
  }
}

// ---------- events table ----------
function filterForm(params, target, extra) {
  const inputs = FILTERS.map(([k, label, ph]) => {
    const input = k === "quad"
      ? h("select", { name: k }, h("option", { value: "" }, "any"), [1, 2, 3, 4].map((q) => h("option", { value: q, selected: String(q) === params[k] }, q + " " + QUAD_NAMES[q])))
      : h("input", { name: k, value: params[k] || "", placeholder: ph, maxlength: 200 });
    return h("label", null, label, input);
  });
  const form = h("form", { class: "filters card", id: "filters" }, inputs, extra || "",
    h("button", { type: "submit" }, "Apply"), h("a", { class: "button", href: target }, "Reset"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = {};
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) p[k] = String(v).trim();
    location.hash = target + "?" + qs(p);
  });
  return form;
}
function filterParams(params) {
  const p = {};
  for (const [k] of FILTERS) if (params[k]) p[k] = params[k];
  return p;
}
async function pageEvents(params) {
  const limit = 100;
  const offset = Math.max(0, parseInt(params.offset || "0", 10) || 0);
  const f = filterParams(params);
  const data = await api("/api/events?" + qs({ ...f, limit, offset }));
  const rows = data.items.map((e) =>
    h("tr", { class: "clickable", "data-event-id": e.id, onclick: () => { location.hash = "#/event/" + e.id; } },
      h("td", null, e.date || ""),
      h("td", { class: "code" }, e.source || ""),
      h("td", { class: "code" }, e.cameo, e.negated ? h("span", { class: "neg" }, " not") : ""),
      h("td", { class: "code" }, e.target || ""),
      h("td", null, quadBadge(e.quad_class)),
      h("td", null, fmtG(e.goldstein)),
      h("td", null, e.plover || ""),
      h("td", null, e.place || ""),
      h("td", null, e.num_mentions),
      h("td", { class: "sentence" }, e.sentence || "")));
  const exportQ = qs(f);
  show(
    h("h1", null, "Events"),
    h("p", { class: "muted" }, "One row per real event; reports of the same happening in several stories are grouped. Click a row for its reports."),
    filterForm(params, "#/events"),
    h("div", { class: "exports" }, h("span", { class: "muted" }, "Export this query:"),
      ["csv", "gdelt", "plover", "parquet"].map((fmt) => h("a", { class: "button", href: "/api/events/export?" + qs({ ...f, format: fmt }), download: "" }, fmt.toUpperCase())),
      h("span", { class: "muted", id: "event-total" }, fmtNum(data.total) + (data.total_exact === false ? "+" : "") + " events")),
    h("table", { id: "events-table" },
      h("thead", null, h("tr", null, ["Date", "Source", "CAMEO", "Target", "Quad", "Goldstein", "PLOVER", "Place", "Reports", "Sentence"].map((c) => h("th", null, c)))),
      h("tbody", null, rows)),
    pager(data.total, offset, limit, (o) => "#/events?" + qs({ ...f, offset: o }), data.total_exact !== false, data.items.length),
  );
  void exportQ;
}

// ---------- one real event and its reports ----------
async function pageEvent(id) {
  const d = await api("/api/events/" + encodeURIComponent(id));
  const e = d.event;
  const row = (k, v) => (v === null || v === undefined || v === "" ? [] : [h("dt", null, k), h("dd", null, v)]);
  show(
    h("p", null, h("a", { href: "#/events" }, "← Events")),
    h("h1", null, `${e.source || "?"} → ${e.cameo} → ${e.target || "?"}`),
    h("div", { class: "card codes" }, h("dl", null,
      row("Date", e.date), row("Source", e.source + (e.source_name ? " (" + e.source_name + ")" : "")),
      row("Target", e.target + (e.target_name ? " (" + e.target_name + ")" : "")),
      row("CAMEO", e.cameo + " (root " + e.root + ")"), row("Quad class", e.quad_class ? e.quad_class + " · " + QUAD_NAMES[e.quad_class] : null),
      row("Goldstein", fmtG(e.goldstein)), row("PLOVER", e.plover), row("Negated", e.negated ? "yes" : null), row("Issue", e.issue),
      row("Place", e.place ? e.place + (e.place_country ? " (" + e.place_country + ")" : "") : null),
      row("Killed", e.killed), row("Injured", e.injured),
      row("Reports", `${e.num_mentions} mentions, ${e.num_stories} stories, ${e.num_sources} sources`))),
    h("h2", null, "Reports"),
    h("table", { id: "mentions-table" }, h("thead", null, h("tr", null, ["Story", "Date", "Trigger", "CAMEO", "Sentence"].map((c) => h("th", null, c)))),
      h("tbody", null, d.mentions.map((m) => h("tr", { class: "clickable", onclick: () => { location.hash = "#/story/" + encodeURIComponent(m.story_id) + "?" + qs({ event: m.event_index }); } },
        h("td", null, storyLink(m.story_id, m.story_title || m.story_id)), h("td", null, m.story_date || ""), h("td", null, m.trigger),
        h("td", { class: "code" }, m.cameo, m.negated ? h("span", { class: "neg" }, " not") : ""), h("td", { class: "sentence" }, m.sentence)))))
  );
}

// ---------- timeline ----------
async function pageTimeline(params) {
  const f = filterParams(params);
  const data = await api("/api/timeline?" + qs(f));
  const days = data.days || [];
  const W = Math.max(760, Math.min(60000, days.length * 18 + 120)), H = 380;
  const m = { l: 50, r: 50, t: 20, b: 60 };
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  for (const d of days) { [d.q1, d.q2, d.q3, d.q4] = d.quad || [0, 0, 0, 0]; d.goldstein = d.mean_goldstein; }
  const maxN = Math.max(1, ...days.map((d) => d.q1 + d.q2 + d.q3 + d.q4));
  const bw = days.length ? iw / days.length : iw;
  const y = (n) => m.t + ih - (n / maxN) * ih;
  const yg = (g) => m.t + ih / 2 - (g / 10) * (ih / 2);
  const svg = h("svg:svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, id: "timeline-svg", role: "img" });
  // axes
  svg.append(h("svg:line", { x1: m.l, y1: m.t + ih, x2: m.l + iw, y2: m.t + ih, stroke: "#999" }));
  for (let k = 0; k <= 4; k++) {
    const n = Math.round((maxN * k) / 4);
    svg.append(h("svg:line", { x1: m.l, x2: m.l + iw, y1: y(n), y2: y(n), stroke: "#eee" }));
    svg.append(h("svg:text", { x: m.l - 6, y: y(n) + 4, "text-anchor": "end", "font-size": 11, fill: "#555" }, n));
  }
  for (const g of [-10, -5, 0, 5, 10]) svg.append(h("svg:text", { x: m.l + iw + 6, y: yg(g) + 4, "font-size": 11, fill: "#7a3" }, g));
  svg.append(h("svg:text", { x: 12, y: m.t + ih / 2, "font-size": 11, fill: "#555", transform: `rotate(-90 12 ${m.t + ih / 2})`, "text-anchor": "middle" }, "events per day"));
  svg.append(h("svg:text", { x: W - 10, y: m.t + ih / 2, "font-size": 11, fill: "#7a3", transform: `rotate(90 ${W - 10} ${m.t + ih / 2})`, "text-anchor": "middle" }, "mean Goldstein"));
  const labelEvery = Math.max(1, Math.ceil(days.length / 20));
  days.forEach((d, i) => {
    let acc = 0;
    const x = m.l + i * bw + bw * 0.1;
    for (const q of [1, 2, 3, 4]) {
      const n = d["q" + q];
      if (!n) continue;
      svg.append(h("svg:rect", { class: "bar", x, width: Math.max(1, bw * 0.8), y: y(acc + n), height: y(acc) - y(acc + n), fill: QUAD_COLORS[q] },
        h("svg:title", null, `${d.date}: ${n} ${QUAD_NAMES[q]}`)));
      acc += n;
    }
    if (i % labelEvery === 0) {
      const lx = m.l + i * bw + bw / 2;
      svg.append(h("svg:text", { x: lx, y: m.t + ih + 14, "font-size": 10, fill: "#555", transform: `rotate(45 ${lx} ${m.t + ih + 14})` }, d.date));
    }
  });
  const pts = days.map((d, i) => (d.goldstein === null || d.goldstein === undefined ? null : [m.l + i * bw + bw / 2, yg(d.goldstein)])).filter(Boolean);
  if (pts.length) {
    svg.append(h("svg:line", { x1: m.l, x2: m.l + iw, y1: yg(0), y2: yg(0), stroke: "#7a3", "stroke-dasharray": "3 3", "stroke-width": 0.7 }));
    svg.append(h("svg:polyline", { id: "goldstein-line", points: pts.map((p) => p.join(",")).join(" "), fill: "none", stroke: "#2e7d32", "stroke-width": 2 }));
    for (const p of pts) svg.append(h("svg:circle", { cx: p[0], cy: p[1], r: 2.5, fill: "#2e7d32" }));
  }
  show(
    h("h1", null, "Timeline"),
    filterForm(params, "#/timeline"),
    h("div", { class: "keys" }, [1, 2, 3, 4].map((q) => h("span", null, h("i", { style: "background:" + QUAD_COLORS[q] }), QUAD_NAMES[q])),
      h("span", null, h("i", { style: "background:#2e7d32;height:3px" }), "mean Goldstein (right axis)")),
    days.length ? h("div", { class: "chart-wrap" }, svg) : h("p", { class: "muted" }, "No dated events match."),
  );
}

// ---------- actor network ----------
async function pageNetwork(params) {
  const f = filterParams(params);
  const min = Math.max(1, parseInt(params.min || "1", 10) || 1);
  const data = await api("/api/network?" + qs({ ...f, min, limit: 150 }));
  const nodes = data.nodes.map((n, i) => ({ ...n, i, x: 0, y: 0, vx: 0, vy: 0 }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = data.edges.filter((e) => byId.has(e.source) && byId.has(e.target) && e.source !== e.target);
  const W = 1100, H = 640;
  layout(nodes, edges, byId, W, H);
  const maxE = Math.max(1, ...edges.map((e) => e.events));
  const maxN = Math.max(1, ...nodes.map((n) => n.events));
  const svg = h("svg:svg", { class: "net-svg", id: "network-svg", viewBox: `0 0 ${W} ${H}`, role: "img" });
  const defs = h("svg:defs", null, h("svg:marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, h("svg:path", { d: "M0 0L10 5L0 10z", fill: "#999" })));
  svg.append(defs);
  const radius = (n) => 5 + 13 * Math.sqrt(n.events / maxN);
  for (const e of edges) {
    const a = byId.get(e.source), b = byId.get(e.target);
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
    const rb = radius(b) + 2;
    svg.append(h("svg:line", {
      class: "edge", x1: a.x, y1: a.y, x2: b.x - (dx / len) * rb, y2: b.y - (dy / len) * rb,
      stroke: goldColor(e.mean_goldstein), "stroke-width": 1 + 7 * Math.sqrt(e.events / maxE), "stroke-opacity": 0.8, "marker-end": "url(#arrow)",
    }, h("svg:title", null, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${fmtG(e.mean_goldstein)}`)));
  }
  for (const n of nodes) {
    const g = h("svg:g", { class: "node", transform: `translate(${n.x},${n.y})` },
      h("svg:circle", { r: radius(n) }), h("svg:text", { x: radius(n) + 3, y: 4 }, n.label || n.id),
      h("svg:title", null, `${n.id}${n.label && n.label !== n.id ? " · " + n.label : ""}: ${n.events} events`));
    g.addEventListener("click", () => { location.hash = "#/events?" + qs({ actor: n.id }); });
    g.style.cursor = "pointer";
    svg.append(g);
  }
  show(
    h("h1", null, "Actor network"),
    filterForm(params, "#/network", h("label", null, "Min events per dyad", h("input", { name: "min", value: min, type: "number", min: 1 }))),
    h("div", { class: "keys" }, h("span", null, "Edge width: events in the dyad; colour: mean Goldstein"),
      h("span", null, h("i", { style: "background:" + goldColor(-10) }), "conflict (−10)"),
      h("span", null, h("i", { style: "background:" + goldColor(0) }), "neutral"),
      h("span", null, h("i", { style: "background:" + goldColor(10) }), "cooperation (+10)"),
      h("span", { class: "muted" }, `${nodes.length} actors, ${edges.length} dyads`)),
    nodes.length ? svg : h("p", { class: "muted" }, "No dyads match."),
  );
}
// A plain force-directed layout (Fruchterman-Reingold): repulsion between
// all nodes, springs on edges, gravity to the centre; deterministic start on
// a circle; the result is then scaled to fit the drawing area.
function layout(nodes, edges, byId, W, H) {
  const n = nodes.length;
  if (!n) return;
  nodes.forEach((nd, i) => {
    const a = (2 * Math.PI * i) / n;
    nd.x = W / 2 + (H / 3) * Math.cos(a);
    nd.y = H / 2 + (H / 3) * Math.sin(a);
  });
  const k = Math.sqrt((W * H) / n) * 0.4;
  let temp = W / 10;
  const iters = n > 100 ? 150 : 300;
  for (let it = 0; it < iters; it++) {
    for (const a of nodes) { a.vx = 0; a.vy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        let d = Math.hypot(dx, dy);
        if (d < 0.01) { dx = 0.1 * (i - j) || 0.1; dy = 0.1; d = Math.hypot(dx, dy); }
        if (d > 3 * k) continue; // short-range repulsion: components stay close
        const f = (k * k) / d / d;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = byId.get(e.source), b = byId.get(e.target);
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.hypot(dx, dy) || 0.01;
      const f = (d / k) * (1 + Math.log(1 + e.events) * 0.3);
      a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
    }
    for (const a of nodes) {
      a.vx += (W / 2 - a.x) * 0.05; a.vy += (H / 2 - a.y) * 0.05;
      const v = Math.hypot(a.vx, a.vy) || 1;
      const step = Math.min(v, temp);
      a.x += (a.vx / v) * step; a.y += (a.vy / v) * step;
    }
    temp = Math.max(0.5, temp * 0.98);
  }
  // Fit into the drawing area (room on the right for labels).
  const xs = nodes.map((a) => a.x), ys = nodes.map((a) => a.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const sx = x1 > x0 ? (W - 160) / (x1 - x0) : 1, sy = y1 > y0 ? (H - 70) / (y1 - y0) : 1;
  const sc = Math.min(sx, sy, 3);
  const ox = (W - 100 - (x1 - x0) * sc) / 2, oy = (H - (y1 - y0) * sc) / 2;
  for (const a of nodes) { a.x = ox + (a.x - x0) * sc; a.y = oy + (a.y - y0) * sc; }
}

// ---------- map ----------
let worldPath = null;
async function pageMap(params) {
  const f = filterParams(params);
  const [data, world] = await Promise.all([
    api("/api/places?" + qs(f)),
    worldPath ? Promise.resolve(worldPath) : fetch("/assets/world-110m.path").then((r) => r.text()),
  ]);
  worldPath = world;
  const places = data.places.filter((p) => p.lat !== null && p.lon !== null && p.lat !== undefined && p.lon !== undefined);
  const maxN = Math.max(1, ...places.map((p) => p.events));
  const svg = h("svg:svg", { class: "map-svg", id: "map-svg", viewBox: "0 0 360 180", role: "img" },
    h("svg:path", { class: "land", d: world.trim() }));
  const sorted = [...places].sort((a, b) => b.events - a.events);
  for (const p of sorted) {
    const r = 0.8 + 3.2 * Math.sqrt(p.events / maxN);
    const c = h("svg:circle", { class: "dot", cx: p.lon + 180, cy: 90 - p.lat, r },
      h("svg:title", null, `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.events} events`));
    c.addEventListener("click", () => { location.hash = "#/events?" + qs({ place: p.name }); });
    svg.append(c);
  }
  const list = h("table", { id: "places-table" }, h("thead", null, h("tr", null, h("th", null, "Place"), h("th", null, "Country"), h("th", null, "Events"))),
    h("tbody", null, sorted.slice(0, 30).map((p) => h("tr", null, h("td", null, h("a", { href: "#/events?" + qs({ place: p.name }) }, p.name)), h("td", null, p.country || ""), h("td", null, p.events)))));
  show(
    h("h1", null, "Map of event places"),
    filterForm(params, "#/map"),
    h("p", { class: "muted" }, `${places.length} places with coordinates. Circle area ∝ events. Outline: Natural Earth 1:110m (public domain).`),
    svg,
    h("h2", null, "Top places"), list,
  );
}

// ---------- negotiation board ----------
const STANCE_ORDER = ["proposes", "supports", "demands", "conditions", "rejects", "refuses"];
function stanceLabel(s) { return String(s || "").replace(/_/g, " "); }
function stanceClass(s) {
  const key = STANCE_ORDER.find((k) => (s || "").startsWith(k));
  return "stance st-" + (key || "other");
}
async function pageBoard(params) {
  const data = await api("/api/board?" + qs({ issue: params.issue, from: params.from, to: params.to }));
  const cards = data.issues.map((iss) =>
    h("section", { class: "card board-issue", "data-issue": iss.issue },
      h("h2", null, iss.issue, iss.last_date ? h("span", { class: "muted" }, "  latest " + iss.last_date) : ""),
      h("table", null,
        h("thead", null, h("tr", null, h("th", null, "Actor"), h("th", null, "Latest stance"), h("th", null, "Date"), h("th", null, "Behind it"))),
        h("tbody", null, iss.actors.map((a) => {
          const ev = a.evidence || [];
          const last = ev[ev.length - 1];
          const older = ev.slice(0, -1);
          return h("tr", null,
            h("td", { class: "code" }, a.actor),
            h("td", null, h("span", { class: stanceClass(a.stance) }, stanceLabel(a.stance)),
              older.length ? h("div", { class: "muted" }, "earlier: " + older.map((x) => stanceLabel(x.stance)).join(", ")) : ""),
            h("td", null, a.date || ""),
            h("td", { class: "sentence" }, last ? [last.sentence, " ", storyLink(last.story_id, "→", { sentence: last.sentence_index })] : ""));
        })))));
  const form = h("form", { class: "filters card" },
    h("label", null, "Issue", h("input", { name: "issue", value: params.issue || "", maxlength: 200 })),
    h("label", null, "From", h("input", { name: "from", value: params.from || "", placeholder: "YYYY-MM-DD" })),
    h("label", null, "To", h("input", { name: "to", value: params.to || "", placeholder: "YYYY-MM-DD" })),
    h("button", { type: "submit" }, "Apply"), h("a", { class: "button", href: "#/board" }, "Reset"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = {};
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) p[k] = String(v).trim();
    location.hash = "#/board?" + qs(p);
  });
  show(
    h("h1", null, "Negotiation board"),
    h("p", { class: "muted" }, "Per issue, each actor's latest stance, with the sentence behind it."),
    form,
    cards.length ? h("div", { class: "board", id: "board" }, cards) : h("p", { class: "muted" }, "No proposals, demands or refusals with an issue yet."),
  );
}

// ---------- search ----------
function snippet(text) {
  // The API marks hits with [ and ]; render them as <mark> safely.
  const out = [];
  const re = /\[([^\[\]]*)\]/g;
  let last = 0, m;
  while ((m = re.exec(text))) {
    out.push(text.slice(last, m.index), h("mark", null, m[1]));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return h("span", { class: "snippet" }, out);
}
async function pageSearch(params) {
  const q = (params.q || "").trim();
  document.getElementById("search-input").value = q;
  if (!q) { show(h("h1", null, "Search"), h("p", { class: "muted" }, "Type words in the search box.")); return; }
  const data = await api("/api/search?" + qs({ q, limit: 50 }));
  show(
    h("h1", null, "Search: ", q),
    h("h2", null, `Stories (${data.stories.length})`),
    h("ul", { id: "search-stories" }, data.stories.map((s) => h("li", null, storyLink(s.story_id, s.title || s.story_id), " ", h("span", { class: "muted" }, s.date || ""), h("div", null, snippet(s.snippet || ""))))),
    h("h2", null, `Quotes (${data.quotes.length})`),
    h("ul", { id: "search-quotes" }, data.quotes.map((x) => h("li", null, "“", snippet(x.snippet || ""), "” — ", x.speaker || "unattributed", " ", storyLink(x.story_id, "(" + (x.title || "story") + ")")))),
  );
}

route();
