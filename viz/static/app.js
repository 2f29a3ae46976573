/* Alliance Graph views: the page logic (no inline script; the CSP forbids it).
 *
 * The page's data is JSON in <script type="application/json" id="view-data">. Every text
 * from the data reaches the DOM through textContent or setAttribute, never innerHTML, and
 * vis-network tooltips are plain strings (vis-network 9 shows them as text).
 * window.allianceView exposes the network and a few hooks for tests and benchmarks.
 */
(function () {
  "use strict";

  var dataElement = document.getElementById("view-data");
  var data = dataElement ? JSON.parse(dataElement.textContent) : {};
  var linkBase = data.link_base || "";
  var view = { data: data, network: null, ready: false, renderedAt: null, lastDetails: null };
  window.allianceView = view;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function safeHref(url) {
    // Only web links; a source URL such as "javascript:..." becomes plain text.
    return /^https?:\/\//i.test(String(url || "")) ? String(url) : null;
  }

  function viewHref(path) {
    if (!path) { return null; }
    var q = path.indexOf("?");
    var query = q >= 0 ? path.slice(q) : "";
    var base = q >= 0 ? path.slice(0, q) : path;
    return linkBase + base.split("/").map(function (part, i) {
      return i < 3 ? part : encodeURIComponent(part);
    }).join("/") + query;
  }

  // --- network pages -----------------------------------------------------------------------

  function link(text, path, cls) {
    var href = viewHref(path);
    var a = el("a", text, cls);
    if (href) { a.setAttribute("href", href); }
    if (data.notebook) { a.setAttribute("target", "_blank"); a.setAttribute("rel", "noopener"); }
    return a;
  }

  function showGroup(panel, d) {
    panel.appendChild(el("h2", d.name, "details-name"));
    panel.appendChild(el("p", "Not drawn: the view shows the most important records; these " +
      d.count + " are counted here.", "hint"));
    if (d.open) { panel.appendChild(link("Open a view of them", d.open, "own-view")); }
    var list = el("ul", null, "members");
    d.members.forEach(function (m) {
      var item = el("li");
      item.appendChild(m.view ? link(m.name, m.view) : el("span", m.name));
      list.appendChild(item);
    });
    panel.appendChild(list);
    if (d.more) { panel.appendChild(el("p", "… and " + d.more + " more.", "hint")); }
  }

  function showDetails(id) {
    var panel = document.getElementById("details");
    var d = data.graph.details[id];
    if (!panel || !d) { return; }
    view.lastDetails = id;
    panel.replaceChildren();
    if (d.kind === "Group") { showGroup(panel, d); return; }
    panel.appendChild(el("h2", d.name, "details-name"));
    panel.appendChild(el("p", d.kind + " · " + d.id, "details-kind"));
    if (d.view) { panel.appendChild(link("Open its own view", d.view, "own-view")); }
    var dl = el("dl");
    Object.keys(d.attributes).forEach(function (key) {
      var value = d.attributes[key];
      dl.appendChild(el("dt", key.replace(/_/g, " ")));
      dl.appendChild(el("dd", Array.isArray(value) ? value.join(", ") : value));
    });
    panel.appendChild(dl);
    if (d.programmes && d.programmes.length) {
      panel.appendChild(el("h3", "Programmes in scope (" + d.programme_count + ")"));
      var progs = el("ul", null, "programmes");
      d.programmes.forEach(function (p) {
        var item = el("li");
        item.appendChild(link(p.name, p.view));
        item.appendChild(el("span", " " + p.when, "hint"));
        progs.appendChild(item);
      });
      panel.appendChild(progs);
    }
    panel.appendChild(el("h3", "Sources (" + d.sources.length + ")"));
    var list = el("ul", null, "sources");
    d.sources.forEach(function (s) {
      var item = el("li");
      var title = s.title || s.id;
      var href = safeHref(s.url);
      if (href) {
        var a = el("a", title);
        a.setAttribute("href", href);
        a.setAttribute("rel", "noopener noreferrer");
        if (data.notebook) { a.setAttribute("target", "_blank"); }
        item.appendChild(a);
      } else {
        item.appendChild(el("span", title));
      }
      if (s.publisher) { item.appendChild(el("span", " — " + s.publisher, "hint")); }
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  // Labels must read at the zoom the view opens with: when the fit zooms out, fonts grow.
  var MIN_LABEL_PX = 12;
  function legibleLabels(network, nodes) {
    var scale = network.getScale();
    var updates = [];
    nodes.forEach(function (n) {
      var base = n.font && n.font.size ? n.font.size : 14;
      var wanted = Math.max(base, MIN_LABEL_PX / scale);
      wanted = Math.min(wanted, base * 8);
      if (wanted !== base) {
        updates.push({ id: n.id, font: Object.assign({}, n.font, { size: wanted }) });
      }
    });
    if (updates.length) { nodes.update(updates); }
    return updates.length > 0;
  }

  function drawNetwork() {
    var container = document.getElementById("network");
    if (!container || !window.vis) { return; }
    var graph = data.graph;
    var nodes = new vis.DataSet(graph.nodes.map(function (n) {
      var copy = Object.assign({}, n);
      copy.title = String(n.title || "");  // plain text, never an element or HTML
      return copy;
    }));
    var edges = new vis.DataSet(graph.edges.map(function (e, i) {
      var copy = Object.assign({ id: "e" + i }, e);
      copy.title = String(e.title || "");
      return copy;
    }));
    var large = graph.nodes.length > 300;
    var options = {
      // Small views settle with physics from the server's positions, then freeze; large
      // views are drawn where the server put them, physics off from the start.
      physics: { enabled: !!graph.physics, stabilization: { iterations: 150, fit: true },
                 barnesHut: { gravitationalConstant: -3500, centralGravity: 0.12,
                              springLength: 110, springConstant: 0.03, avoidOverlap: 0.6 } },
      layout: { improvedLayout: false },
      interaction: { hover: !large, tooltipDelay: 150, hideEdgesOnDrag: large },
      nodes: { font: { size: 12 }, scaling: { label: { enabled: false } } },
      edges: { smooth: false }
    };
    var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
    view.network = network;
    var settled = !graph.physics;
    if (graph.physics) {
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({ physics: { enabled: false } });
        settled = true;
        network.fit({ animation: false });
      });
    } else {
      network.fit({ animation: false });
    }
    var labelled = false;
    network.on("afterDrawing", function () {
      // The first stable drawing sets the label sizes; if that changed any, the next
      // drawing (which it triggers) is the one a reader sees.
      if (settled && !labelled) { labelled = true; if (legibleLabels(network, nodes)) { return; } }
      if (!settled || view.ready) { return; }
      view.renderedAt = performance.now();
      view.ready = true;
      document.body.setAttribute("data-rendered", "true");
    });
    network.on("click", function (params) {
      if (params.nodes.length) { showDetails(params.nodes[0]); }
    });
    network.on("doubleClick", function (params) {
      if (!params.nodes.length) { return; }
      var d = graph.details[params.nodes[0]];
      var href = d && viewHref(d.view);
      if (href && !data.standalone) { window.location.assign(href); }
      else if (href && data.link_base) { window.open(href, "_blank", "noopener"); }
    });
    if (data.graph.focus !== null && data.graph.focus !== undefined) {
      showDetails(data.graph.focus);
    }
  }

  view.nodeCount = function () { return data.graph ? data.graph.nodes.length : 0; };
  view.edgeCount = function () { return data.graph ? data.graph.edges.length : 0; };
  // On-screen size (px) of each drawn label, for tests: font size times the zoom.
  view.labelSizes = function () {
    var n = view.network;
    var scale = n.getScale();
    return n.body.data.nodes.get().map(function (node) {
      return { id: node.id, label: node.label, px: (node.font && node.font.size || 14) * scale };
    });
  };
  view.domPosition = function (id) {
    var n = view.network;
    return n.canvasToDOM(n.getPositions([id])[id]);
  };

  // --- landing page: search ----------------------------------------------------------------

  var VIEW_OF = { Country: "/views/country/", Theme: "/views/theme/" };

  function search() {
    var box = document.getElementById("search-box");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!box || !list) { return; }
    if (data.standalone) { box.disabled = true; status.textContent = "Search needs the API."; }
    var timer = null;
    var asked = 0;
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = box.value.trim();
        var mine = ++asked;
        if (!q) { list.replaceChildren(); status.textContent = ""; return; }
        fetch("/search?limit=20&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (hits) {
            if (mine !== asked) { return; }
            list.replaceChildren();
            status.textContent = hits.length ? hits.length + " result(s)" : "No result.";
            hits.forEach(function (h) {
              var item = el("li", null, "hit");
              var a = el("a", h.name + (h.acronym ? " (" + h.acronym + ")" : ""));
              a.setAttribute("href", linkBase + (VIEW_OF[h.kind] || "/views/actor/") +
                encodeURIComponent(h.id));
              item.appendChild(a);
              item.appendChild(el("span", " " + h.kind, "hint"));
              list.appendChild(item);
            });
          })
          .catch(function () { status.textContent = "Search failed."; });
      }, 150);
    });
  }

  // --- what-if: a searchable multi-select ------------------------------------------------

  function multiSelect(box) {
    var select = box.querySelector("select");
    var search = box.querySelector(".multi-search");
    var chosen = box.querySelector(".multi-chosen");
    function refresh() {
      chosen.replaceChildren();
      Array.prototype.forEach.call(select.selectedOptions, function (o) {
        var item = el("li", o.textContent, "chip");
        var remove = el("button", "×", "chip-remove");
        remove.setAttribute("type", "button");
        remove.setAttribute("aria-label", "remove " + o.textContent);
        remove.addEventListener("click", function () { o.selected = false; refresh(); });
        item.appendChild(remove);
        chosen.appendChild(item);
      });
    }
    search.addEventListener("input", function () {
      var q = search.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(select.options, function (o) {
        var hit = !q || o.textContent.toLowerCase().indexOf(q) >= 0 ||
          o.value.toLowerCase().indexOf(q) >= 0;
        o.hidden = !hit;
        if (hit) { shown++; }
      });
      search.setAttribute("data-shown", String(shown));
    });
    // A click adds or removes one name without holding Ctrl.
    select.addEventListener("mousedown", function (e) {
      var o = e.target;
      if (o && o.tagName === "OPTION") {
        e.preventDefault();
        o.selected = !o.selected;
        refresh();
      }
    });
    select.addEventListener("change", refresh);
    refresh();
  }

  Array.prototype.forEach.call(document.querySelectorAll("fieldset.multi"), multiSelect);
  document.body.setAttribute("data-script", "ready");

  if (data.page === "network" && data.graph && !data.empty) { drawNetwork(); }
  if (data.page === "landing") { search(); }
})();
