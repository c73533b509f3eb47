// The side panel (a node's facts, grouped and ranked; an edge's evidence), the search and
// the controls. Every string goes on screen through textContent, never as HTML.
function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
function label(id) { const n = allNodes.get(id); return n ? n.label : id; }
function isNamed(id) { const n = allNodes.get(id); return !!n && n.kgType !== "Concept"; }
function docTitle(docId) { const m = (META.documents || {})[docId]; return m && m.title ? m.title : "Untitled document"; }

function highlighted(sentence, words) {
  // Builds DOM text with the subject/relation/object words marked; never uses innerHTML.
  const box = el("div", undefined, "sentence");
  const spans = [];
  for (const w of words) {
    if (!w) continue;
    // Whole words only: "he" must not light up inside "the".
    const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const found = new RegExp("(?<![\\p{L}\\p{N}])" + escaped + "(?![\\p{L}\\p{N}])", "u").exec(sentence);
    if (found) spans.push([found.index, found.index + w.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let pos = 0;
  for (const [s, e] of spans) {
    if (s < pos) continue;
    box.appendChild(document.createTextNode(sentence.slice(pos, s)));
    box.appendChild(el("mark", sentence.slice(s, e)));
    pos = e;
  }
  box.appendChild(document.createTextNode(sentence.slice(pos)));
  return box;
}

function docLine(docId) {
  const meta = (META.documents || {})[docId] || {};
  const line = el("div", undefined, "muted");
  line.appendChild(document.createTextNode(docTitle(docId) + (meta.date ? " · " + meta.date : "")));
  if (meta.url && /^https?:\/\//i.test(meta.url)) {
    const a = el("a", " source"); a.href = meta.url; a.rel = "noopener noreferrer"; a.target = "_blank";
    line.appendChild(a);
  }
  return line;
}

function evidenceOf(edges) {
  // Each sentence once, across the edges that state the same fact.
  const seen = new Set(), kept = [];
  for (const e of edges) for (const ev of e.evidence) {
    const key = ev.doc + "\u0000" + ev.char_start + "\u0000" + ev.sentence;
    if (!seen.has(key)) { seen.add(key); kept.push(ev); }
  }
  return kept;
}

function factsOf(id) {
  // One entry per distinct fact (direction, relation as drawn, partner), ranked: named
  // partners first, then confidence, then number of sources (documents), then names.
  const facts = new Map();
  for (const e of allEdges.get({ filter: e => e.from === id || e.to === id })) {
    const partner = other(e, id), text = e.label.replace(/^_(.*)_$/, "$1");
    const key = [e.from === id ? ">" : "<", text, partner].join("\u0000");
    if (!facts.has(key)) facts.set(key, { type: e.relType, subject: e.from, object: e.to, partner, text, negated: e.negated, edges: [] });
    facts.get(key).edges.push(e);
  }
  const list = [...facts.values()].map(f => {
    const evidence = evidenceOf(f.edges);
    return Object.assign(f, { evidence, named: isNamed(f.partner),
                              confidence: Math.max(...f.edges.map(e => e.confidence)),
                              sources: new Set(evidence.map(ev => ev.doc)).size });
  });
  list.sort((a, b) => (b.named - a.named) || (b.confidence - a.confidence) || (b.sources - a.sources)
                      || label(a.partner).localeCompare(label(b.partner)) || a.text.localeCompare(b.text));
  return list;
}

function factBlock(fact, open) {
  // A fact on one line (partner in bold, number of sources, confidence); opens to its evidence.
  const box = el("details", undefined, "fact" + (fact.negated ? " negated" : ""));
  box.open = !!open;
  Object.assign(box.dataset, { named: fact.named ? "1" : "0", confidence: fact.confidence, sources: fact.sources, partner: fact.partner });
  const head = el("summary");
  const part = id => el("span", label(id), id === fact.partner ? "partner" : undefined);
  head.appendChild(part(fact.subject));
  head.appendChild(document.createTextNode(" "));
  head.appendChild(el("span", fact.text, "rel"));
  head.appendChild(document.createTextNode(" "));
  head.appendChild(part(fact.object));
  head.appendChild(el("span", "  · " + fact.sources + (fact.sources === 1 ? " source" : " sources") + " · " + Number(fact.confidence).toFixed(2), "muted"));
  box.appendChild(head);
  for (const ev of fact.evidence) {
    box.appendChild(highlighted(ev.sentence, [ev.subject_text, ev.relation_text.split(" ")[0], ev.object_text]));
    if (ev.attributed_to_text) box.appendChild(el("div", "as reported by " + ev.attributed_to_text, "muted"));
    box.appendChild(docLine(ev.doc));
  }
  return box;
}

function showNode(id) {
  const n = allNodes.get(id);
  const panel = document.getElementById("details");
  panel.replaceChildren();
  panel.appendChild(el("h2", n.label));
  panel.appendChild(el("div", n.kgType + " · " + n.mentions + " mentions", "muted"));
  panel.appendChild(el("div", "Aliases: " + n.aliasCounts.map(([a, c]) => c ? a + " (" + c + ")" : a).join(", "), "muted aliases"));
  const docs = Object.entries(n.documents || {}).sort((a, b) => b[1] - a[1] || docTitle(a[0]).localeCompare(docTitle(b[0])));
  if (docs.length) {
    panel.appendChild(el("h3", "Mentioned in " + docs.length + (docs.length === 1 ? " document" : " documents")));
    const list = el("ul", undefined, "plain documents");
    for (const [doc, count] of docs) { const li = el("li"); li.appendChild(docLine(doc)); li.firstChild.prepend(count + "× "); list.appendChild(li); }
    panel.appendChild(list);
  }
  const facts = factsOf(id), groups = new Map();
  for (const f of facts) { if (!groups.has(f.type)) groups.set(f.type, []); groups.get(f.type).push(f); }
  panel.appendChild(el("h3", facts.length + (facts.length === 1 ? " fact" : " facts") + " in " + groups.size + " relation types"));
  for (const [type, list] of groups) {  // groups in the order of their best fact
    const group = el("section", undefined, "group"); group.dataset.type = type;
    group.appendChild(el("h4", type + " (" + list.length + ")"));
    list.forEach(f => group.appendChild(factBlock(f, false)));
    panel.appendChild(group);
  }
}

function showEdge(id) {
  const e = allEdges.get(id);
  const panel = document.getElementById("details");
  panel.replaceChildren();
  panel.appendChild(el("h2", "Fact"));
  panel.appendChild(el("div", e.relType, "muted"));
  const text = e.label.replace(/^_(.*)_$/, "$1"), evidence = evidenceOf([e]);
  panel.appendChild(factBlock({ subject: e.from, object: e.to, partner: e.to, text, negated: e.negated, evidence,
                                named: isNamed(e.to), confidence: e.confidence, sources: new Set(evidence.map(v => v.doc)).size }, true));
}

// Search: every alias, accents and case ignored, suggestions while typing.
const fold = s => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
const searchIndex = [];
allNodes.forEach(n => { for (const name of new Set([n.label, ...n.aliases])) searchIndex.push({ id: n.id, name, key: fold(name) }); });
function matches(query, limit) {
  const q = fold(query), best = new Map();
  if (!q) return [];
  for (const entry of searchIndex) {
    const at = entry.key.indexOf(q);
    if (at < 0) continue;
    const score = entry.key === q ? 0 : at === 0 ? 1 : entry.key[at - 1] === " " ? 2 : 3;
    const had = best.get(entry.id);
    if (!had || score < had.score || (score === had.score && entry.name === label(entry.id))) best.set(entry.id, { id: entry.id, name: entry.name, score });
  }
  return [...best.values()].sort((a, b) => a.score - b.score || byImportance(a.id, b.id)).slice(0, limit);
}
const searchBox = document.getElementById("search"), suggestions = document.getElementById("suggestions"), noMatch = document.getElementById("no-match");
let suggested = [], active = -1;
function showSuggestions() {
  suggested = matches(searchBox.value, 8); active = suggested.length ? 0 : -1;
  suggestions.replaceChildren(...suggested.map((m, i) => {
    const li = el("li", label(m.id), i === active ? "active" : undefined); li.setAttribute("role", "option");
    const n = allNodes.get(m.id);
    li.appendChild(el("span", (m.name !== n.label ? "  “" + m.name + "” · " : "  ") + n.kgType, "muted"));
    li.addEventListener("mousedown", ev => { ev.preventDefault(); choose(m.id); });
    return li;
  }));
  const none = searchBox.value.trim() !== "" && !suggested.length;
  noMatch.hidden = !none; noMatch.textContent = none ? "No match for “" + searchBox.value.trim() + "”" : "";
}
function choose(id) {
  suggestions.replaceChildren(); suggested = [];
  const n = allNodes.get(id);
  if (hiddenTypes.has(n.kgType)) setTypeShown(n.kgType, true);
  selectNode(id, true);
}
function focusNode(query) {
  const hit = matches(query, 1)[0];
  noMatch.hidden = !!hit || !query.trim(); noMatch.textContent = hit ? "" : "No match for “" + query.trim() + "”";
  if (!hit) return null;
  choose(hit.id);
  return hit.id;
}
searchBox.addEventListener("input", showSuggestions);
searchBox.addEventListener("blur", () => suggestions.replaceChildren());
searchBox.addEventListener("keydown", ev => {
  if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
    ev.preventDefault();
    if (!suggested.length) return;
    active = (active + (ev.key === "ArrowDown" ? 1 : suggested.length - 1)) % suggested.length;
    [...suggestions.children].forEach((li, i) => li.classList.toggle("active", i === active));
  } else if (ev.key === "Enter") {
    ev.preventDefault();
    if (active >= 0 && suggested[active]) choose(suggested[active].id); else focusNode(searchBox.value);
  } else if (ev.key === "Escape") suggestions.replaceChildren();
});
window.kg.focusNode = focusNode;
window.kg.matches = (q) => matches(q, 8).map(m => m.id);

// Controls.
const legend = document.getElementById("legend"), legendItems = new Map();
function setTypeShown(type, shown) {
  if (shown) hiddenTypes.delete(type); else hiddenTypes.add(type);
  if (legendItems.has(type)) legendItems.get(type).classList.toggle("off", !shown);
  if (type === "Concept") document.getElementById("concepts").checked = shown;
  refreshFilters();
  if (type === "Concept") relayout();
}
[...new Set(allNodes.map(n => n.kgType))].sort().forEach(t => {
  const item = el("div", undefined, "legend-item" + (hiddenTypes.has(t) ? " off" : ""));
  const sw = el("span", undefined, "swatch"); sw.style.background = META.colours[t] || "#ccc";
  item.appendChild(sw); item.appendChild(document.createTextNode(t));
  item.addEventListener("click", () => setTypeShown(t, hiddenTypes.has(t)));
  legendItems.set(t, item); legend.appendChild(item);
});
document.getElementById("concepts").addEventListener("change", e => setTypeShown("Concept", e.target.checked));
document.getElementById("min-mentions").addEventListener("input", e => { state.minMentions = Number(e.target.value) || 1; refreshFilters(); });
const relSelect = document.getElementById("relation"), relCounts = new Map();
allEdges.forEach(e => relCounts.set(e.relType, (relCounts.get(e.relType) || 0) + 1));
[...relCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).forEach(([r, c]) => {
  const o = el("option", r + " (" + c + ")"); o.value = r; relSelect.appendChild(o);
});
relSelect.addEventListener("change", e => { state.relation = e.target.value; refreshFilters(); });
if (allEdges.get().some(e => e.dates.length)) {
  document.getElementById("dates").hidden = false;
  for (const [input, key] of [["date-from", "dateFrom"], ["date-to", "dateTo"]])
    document.getElementById(input).addEventListener("change", e => { state[key] = e.target.value; refreshFilters(); });
}
document.getElementById("hops").addEventListener("change", e => { state.hops = Number(e.target.value); refreshFilters(); });
window.kg.showHops = hops => { const s = document.getElementById("hops"); s.value = String(hops); s.dispatchEvent(new Event("change")); };
document.getElementById("physics").addEventListener("change", e => network.setOptions({ physics: e.target.checked }));
const note = document.getElementById("note");
if (META.focus) {
  note.hidden = false;
  note.textContent = "Showing " + META.drawn_nodes + " of " + META.total_nodes + " nodes: " + META.focus.hops + " hop" + (META.focus.hops > 1 ? "s" : "") + " around " + META.focus.label + "; all are in graph.json and graph.ttl.";
} else if (META.drawn_nodes < META.total_nodes) {
  note.hidden = false;
  note.textContent = "Showing the " + META.drawn_nodes + " most connected of " + META.total_nodes + " nodes; the rest are in graph.json and graph.ttl.";
}
