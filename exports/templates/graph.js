// The drawing: filters, layout, opening view, selection. Inlined into graph.html after the
// data (META, NODES, EDGES, OPTIONS); panel.js (the side panel and the search) follows.
const READABLE_PX = 12.5;  // the opening view draws the top names at least this big
const TOP = 10;            // ... for this many of the most important nodes
const MAX_GAIN = 2.0;      // labels may grow this much for the whole drawing to fit
const OPENING_LABELS = 40; // about this many names drawn at first, the rest on zooming in
const EDGE_FONT = 12;      // edge labels, in screen pixels when shown
const ASIDE_CELL = { w: 160, h: 60 };  // smallest cell of the block of nodes in no visible fact

const allNodes = new vis.DataSet(NODES);
const allEdges = new vis.DataSet(EDGES.map(e => e.modality
  // vis draws "_..._" in italics with markdown labels: hedged facts read as hedged.
  ? Object.assign(e, { label: "_" + e.label + "_", font: { multi: "markdown", italic: true } })
  : e));
const hiddenTypes = new Set(["Concept"]);  // concepts only behind the toggle
const state = { minMentions: 1, relation: "", dateFrom: "", dateTo: "", hops: 0,
                center: null, around: null, connected: null };
const importanceOf = id => { const n = allNodes.get(id); return n ? n.value : 0; };
const byImportance = (a, b) => importanceOf(b) - importanceOf(a) || (a < b ? -1 : a > b ? 1 : 0);

function edgeFilterActive() { return !!(state.relation || state.dateFrom || state.dateTo); }
function edgePasses(e) {
  if (state.relation && e.relType !== state.relation) return false;
  if (state.dateFrom || state.dateTo)
    return e.dates.some(d => (!state.dateFrom || d >= state.dateFrom) && (!state.dateTo || d <= state.dateTo));
  return true;
}
function nodeBase(n) { return !!n && !hiddenTypes.has(n.kgType) && n.mentions >= state.minMentions; }
function visibleNode(n) {
  return nodeBase(n) && (state.around === null || state.around.has(n.id))
         && (state.connected === null || state.connected.has(n.id));
}

// Neighbours in either direction, built once: the edges never change.
const next = new Map();
allEdges.forEach(e => {
  if (!next.has(e.from)) next.set(e.from, []);
  if (!next.has(e.to)) next.set(e.to, []);
  next.get(e.from).push(e); next.get(e.to).push(e);
});
const other = (e, id) => (e.from === id ? e.to : e.from);

function neighbourhood(center, hops) {
  // Nodes within `hops` visible facts of `center`, through nodes the filters show.
  const seen = new Set([center]);
  let frontier = [center];
  for (let h = 0; h < hops; h++) {
    const reached = [];
    for (const id of frontier) for (const e of next.get(id) || []) {
      const m = other(e, id);
      if (!seen.has(m) && edgePasses(e) && nodeBase(allNodes.get(m))) { seen.add(m); reached.push(m); }
    }
    frontier = reached;
  }
  return seen;
}

function refreshFilters() {
  // A relation or date filter also hides the nodes it leaves without a fact.
  state.connected = null;
  if (edgeFilterActive()) {
    const kept = new Set();
    allEdges.forEach(e => {
      if (edgePasses(e) && nodeBase(allNodes.get(e.from)) && nodeBase(allNodes.get(e.to))) {
        kept.add(e.from); kept.add(e.to);
      }
    });
    state.connected = kept;
  }
  state.around = state.hops > 0 && state.center !== null ? neighbourhood(state.center, state.hops) : null;
  nodeView.refresh(); edgeView.refresh();
}
const nodeView = new vis.DataView(allNodes, { filter: visibleNode });
const edgeView = new vis.DataView(allEdges, { filter: edgePasses });

function logScale(min, max, total, value) {
  // Sizes and label sizes by log(importance): a hub does not dwarf everything else.
  if (max <= min) return 0.5;
  const lo = Math.log1p(min), hi = Math.log1p(max);
  return Math.max(0, Math.min(1, (Math.log1p(value) - lo) / (hi - lo)));
}
OPTIONS.nodes.scaling.customScalingFunction = logScale;
const LABEL_RANGE = { min: OPTIONS.nodes.scaling.label.min, max: OPTIONS.nodes.scaling.label.max };

function asideIds() {
  // Visible nodes in no visible fact with another visible node.
  const shown = new Set(nodeView.getIds()), linked = new Set();
  edgeView.forEach(e => {
    if (e.from !== e.to && shown.has(e.from) && shown.has(e.to)) { linked.add(e.from); linked.add(e.to); }
  });
  return [...shown].filter(id => !linked.has(id)).sort(byImportance);
}
let aside = [];
function markAside() {
  // Nodes in no fact take no part in the layout; placeAside puts them in a block.
  aside = asideIds();
  const set = new Set(aside), changes = [];
  allNodes.forEach(n => {
    const physics = !set.has(n.id);
    if (n.physics !== physics) changes.push({ id: n.id, physics });
  });
  if (changes.length) allNodes.update(changes);
}

function bounds(ids) {
  const pos = network.getPositions(ids), xs = [], ys = [];
  for (const id of ids) if (pos[id]) { xs.push(pos[id].x); ys.push(pos[id].y); }
  if (!xs.length) return null;
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}
function placeAside() {
  // A block beside the drawn graph, on the canvas's long side (below it on a tall canvas,
  // to its right on a wide one), the most important nearest to the graph.
  // Only those drawn now: a filter applied before the layout settled hides some.
  const shown = aside.filter(id => network.body.nodes[id]);
  if (!shown.length) return;
  const set = new Set(shown), { w, h } = canvasSize();
  const box = bounds(nodeView.getIds().filter(id => !set.has(id))) || { minX: 0, maxX: 0, minY: 0, maxY: 0 };
  // Cells fit the biggest node and (mostly) the longest name of the block.
  const drawn = shown.map(id => network.body.nodes[id]);
  const font = Math.max(...drawn.map(n => n.options.font.size));
  const chars = Math.max(...drawn.map(n => String(n.options.label || "").length));
  const cell = { w: Math.max(ASIDE_CELL.w, Math.min(1.6 * ASIDE_CELL.w, 0.55 * font * chars)),
                 h: Math.max(ASIDE_CELL.h, 2 * Math.max(...drawn.map(n => n.options.size)) + 1.8 * font) };
  const n = shown.length, below = h > w;
  const across = below ? (box.maxX - box.minX) / cell.w : (box.maxY - box.minY) / cell.h;
  const lines = Math.min(n, Math.max(Math.ceil(Math.sqrt(n)), Math.round(across) + 1));
  shown.forEach((id, i) => {
    const along = i % lines, out = Math.floor(i / lines);
    // A gap of two small cells leaves room for the names under the graph's last nodes.
    if (below) network.moveNode(id, box.minX + along * cell.w, box.maxY + 2 * ASIDE_CELL.h + out * cell.h);
    else network.moveNode(id, box.maxX + ASIDE_CELL.w + out * cell.w, box.minY + along * cell.h);
  });
}

function canvasSize() { const r = container.getBoundingClientRect(); return { w: r.width, h: r.height }; }
function viewOf(ids, maxScale) {
  // Centre and scale at which every node of `ids` is on screen with room for its label.
  const box = bounds(ids), { w, h } = canvasSize();
  if (!box) return { position: { x: 0, y: 0 }, scale: 1 };
  const sx = (w - 200) / Math.max(1, box.maxX - box.minX), sy = (h - 100) / Math.max(1, box.maxY - box.minY);
  return { position: { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 },
           scale: Math.min(maxScale, sx, sy) };
}
const fontOf = id => network.body.nodes[id].options.font.size;
const labels = { gain: 1, opening: 1, capPx: 30, threshold: 9, openingThreshold: 9 };
function setLabels(gain, threshold) {
  labels.gain = gain; labels.threshold = threshold;
  network.setOptions({ nodes: { scaling: { label: { min: LABEL_RANGE.min * gain, max: LABEL_RANGE.max * gain,
                                                    drawThreshold: threshold } } } });
  // setOptions alone does not always resize the labels of nodes already drawn.
  network._updateValueRange(network.body.nodes);
  network.redraw();
}
function fitLabels() {
  // Zooming in spreads the nodes apart and shows more names at a steady size: the label
  // gain falls back towards 1 (vis itself never shrinks a label: maxVisible only fades it)
  // and the size under which a label is not drawn falls too. In steps: redraws are rare.
  const s = network.getScale(), zoom = openingScale / s;  // < 1: zoomed in
  const gain = Math.min(labels.opening, Math.max(1, labels.opening * zoom), labels.capPx / (LABEL_RANGE.max * s));
  const threshold = Math.max(6, labels.openingThreshold * Math.sqrt(Math.min(1, zoom)));
  const step = (a, b) => Math.abs(Math.log(a / b)) > Math.log(1.1);
  if (step(gain, labels.gain) || step(threshold, labels.threshold)
      || (gain === labels.opening && gain !== labels.gain)) setLabels(gain, threshold);
}
let openingScale = 1;
function openingView() {
  // The whole drawing if its top names read with labels at most MAX_GAIN times their
  // size, else the top nodes; every label grows by the one factor the top names need.
  // Only about OPENING_LABELS names are drawn at first; the others as the user zooms in.
  const ids = nodeView.getIds(), ranked = ids.slice().sort(byImportance), top = ranked.slice(0, TOP);
  if (!top.length) return;
  setLabels(1, labels.openingThreshold);
  const smallest = Math.min(...top.map(fontOf)), gainFor = v => READABLE_PX / (smallest * v.scale);
  let view = viewOf(ids, 1.5);
  if (gainFor(view) > MAX_GAIN) view = viewOf(top, 1.5);
  labels.opening = Math.max(1, gainFor(view));
  labels.capPx = Math.max(30, LABEL_RANGE.max * labels.opening * view.scale);
  setLabels(labels.opening, labels.openingThreshold);
  if (ranked.length > OPENING_LABELS) {
    const px = fontOf(ranked[OPENING_LABELS]) * view.scale;  // drawn iff px >= threshold - 1
    labels.openingThreshold = Math.min(READABLE_PX, Math.max(9, px + 1.01));  // top: unfaded
    setLabels(labels.opening, labels.openingThreshold);
  }
  network.moveTo(Object.assign(view, { animation: false }));
  openingScale = view.scale;
}

const container = document.getElementById("network");
OPTIONS.physics.stabilization.fit = false;
markAside();
const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, OPTIONS);
let opened = false;
// Timings (ms since navigation) kept on the body for bench/html_draw.py.
network.once("afterDrawing", () => { document.body.dataset.firstDrawMs = Math.round(performance.now()); });
network.on("stabilizationIterationsDone", afterLayout);
if (!hasPhysics()) setTimeout(afterLayout, 0);  // vis does not stabilise nothing
function hasPhysics() { return nodeView.get().some(n => n.physics !== false); }
function afterLayout() {
  if (!document.getElementById("physics").checked) network.setOptions({ physics: false });
  placeAside();
  if (!opened || refit) {
    openingView();
    if (refit && state.center !== null) selectNode(state.center, true);
    updateEdgeLabels();
  }
  refit = false;
  if (!opened) {
    opened = true;
    document.body.dataset.stableMs = Math.round(performance.now());
    document.body.dataset.ready = "1";
  }
}
let refit = false;
function relayout() {
  // After the set of drawn nodes changed a lot (concepts shown or hidden): a bounded
  // stabilisation of the new set, then the block of unconnected nodes and the view again.
  markAside();
  refit = true;
  if (!hasPhysics()) { afterLayout(); return; }
  network.setOptions({ physics: { enabled: true } });
  network.stabilize(OPTIONS.physics.stabilization.iterations);
}

// Edge labels: drawn when zoomed in, for hovered edges and for the selected node's edges.
const edgeFocus = { hovered: new Set(), selected: new Set() };
const edgeFontNow = new Map();
function updateEdgeLabels() {
  const s = network.getScale();
  const zoomedIn = state.center === null && s >= Math.max(1, 1.6 * openingScale);
  const updates = [];
  allEdges.forEach(e => {
    const focus = edgeFocus.hovered.has(e.id) || edgeFocus.selected.has(e.id);
    const size = focus ? Math.max(EDGE_FONT, EDGE_FONT / s) : zoomedIn ? EDGE_FONT : 0;
    if ((edgeFontNow.get(e.id) ?? 0) !== size) {  // 0: the global size, no override
      edgeFontNow.set(e.id, size);
      updates.push({ id: e.id, font: Object.assign({}, e.font, { size }) });
    }
  });
  if (updates.length) allEdges.update(updates);
}
network.on("zoom", () => { fitLabels(); updateEdgeLabels(); });
network.on("hoverEdge", p => { edgeFocus.hovered = new Set([p.edge]); updateEdgeLabels(); });
network.on("blurEdge", () => { edgeFocus.hovered.clear(); updateEdgeLabels(); });
network.on("hoverNode", p => { edgeFocus.hovered = new Set((next.get(p.node) || []).map(e => e.id)); updateEdgeLabels(); });
network.on("blurNode", () => { edgeFocus.hovered.clear(); updateEdgeLabels(); });

function setDimming(near, edges) {
  // Everything outside `near` (a set of node ids; null: nothing) is drawn faint.
  const nodeChanges = [], edgeChanges = [];
  allNodes.forEach(n => {
    const opacity = near === null || near.has(n.id) ? 1 : 0.15;
    if ((n.opacity ?? 1) !== opacity)
      nodeChanges.push({ id: n.id, opacity, font: { color: opacity < 1 ? "#c8c8c8" : "#343434" } });
  });
  allEdges.forEach(e => {
    const opacity = edges === null || edges.has(e.id) ? 1 : 0.12;
    if (((e.color || {}).opacity ?? 1) !== opacity)
      edgeChanges.push({ id: e.id, color: { color: "#9a9a9a", highlight: "#333333", hover: "#555555", opacity } });
  });
  if (nodeChanges.length) allNodes.update(nodeChanges);
  if (edgeChanges.length) allEdges.update(edgeChanges);
}

function selectNode(id, move) {
  // Centre `id`, highlight it and its neighbours, dim the rest, open its panel.
  state.center = id;
  if (state.hops > 0) refreshFilters();
  const shown = new Set(nodeView.getIds());
  const mine = (next.get(id) || []).filter(e => shown.has(e.from) && shown.has(e.to) && edgePasses(e));
  const near = new Set([id, ...mine.map(e => other(e, id))]);
  edgeFocus.selected = new Set(mine.map(e => e.id));
  setDimming(near, edgeFocus.selected);
  if (shown.has(id)) {
    network.selectNodes([id]);
    if (move) {
      // Centred, the neighbours in view if the top names stay readable.
      const scale = Math.min(Math.max(1.2, openingScale), Math.max(viewOf([...near], 2).scale, openingScale));
      network.moveTo({ position: network.getPositions([id])[id], scale, animation: false });
      fitLabels();
    }
  }
  updateEdgeLabels();
  showNode(id);
}
function clearSelection() {
  state.center = null;
  edgeFocus.selected.clear();
  setDimming(null, null);
  if (state.hops > 0) refreshFilters();
  updateEdgeLabels();
}
network.on("click", params => {
  if (params.nodes.length) selectNode(params.nodes[0], false);
  else if (params.edges.length) { clearSelection(); showEdge(params.edges[0]); }
  else clearSelection();
});
window.kg = { network, allNodes, allEdges, nodeView, edgeView, colours: META.colours,
              selectNode, openingScale: () => openingScale };
