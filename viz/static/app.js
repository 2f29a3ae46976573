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
    return path ? linkBase + path.split("/").map(function (part, i) {
      return i < 3 ? part : encodeURIComponent(part);
    }).join("/") : null;
  }

  // --- network pages -----------------------------------------------------------------------

  function showDetails(id) {
    var panel = document.getElementById("details");
    var d = data.graph.details[id];
    if (!panel || !d) { return; }
    view.lastDetails = id;
    panel.replaceChildren();
    panel.appendChild(el("h2", d.name, "details-name"));
    panel.appendChild(el("p", d.kind + " · " + d.id, "details-kind"));
    var dl = el("dl");
    Object.keys(d.attributes).forEach(function (key) {
      var value = d.attributes[key];
      dl.appendChild(el("dt", key.replace(/_/g, " ")));
      dl.appendChild(el("dd", Array.isArray(value) ? value.join(", ") : value));
    });
    panel.appendChild(dl);
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
        item.appendChild(a);
      } else {
        item.appendChild(el("span", title));
      }
      if (s.publisher) { item.appendChild(el("span", " — " + s.publisher, "hint")); }
      list.appendChild(item);
    });
    panel.appendChild(list);
    var own = viewHref(d.view);
    if (own) {
      var link = el("a", "Open its own view", "own-view");
      link.setAttribute("href", own);
      panel.appendChild(link);
    }
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
                 barnesHut: { avoidOverlap: 0.4, springLength: 120 } },
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
    network.on("afterDrawing", function () {
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
    });
    if (data.graph.focus !== null && data.graph.focus !== undefined) {
      showDetails(data.graph.focus);
    }
  }

  view.nodeCount = function () { return data.graph ? data.graph.nodes.length : 0; };
  view.edgeCount = function () { return data.graph ? data.graph.edges.length : 0; };
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

  if (data.page === "network") { drawNetwork(); }
  if (data.page === "landing") { search(); }
})();
