/// The report's one script, inline: search, filters, the person card and its timeline.
///
/// It reads the data from the `focusnet-data` JSON element and the labels from the same data
/// (``ReportText``); it writes every value with `textContent` or `setAttribute`, never as
/// markup, and fetches nothing (the page's Content-Security-Policy would block it). The URL
/// fragment drives it as a reader's clicks would, for links and for the browser test:
/// `#search=P000025&group=G004&area=North&eligibility=eligible&open=first` fills the controls,
/// and `open` clicks the first row shown (`first`) or opens a person's card by id.
///
/// When done it sets `data-ready="1"` on `<html>`; `data-violations` counts the
/// Content-Security-Policy violations seen (a blocked request would be one).
enum ReportScript {
    static let source = #"""

(function () {
  "use strict";
  var root = document.documentElement;
  var dataElement = document.getElementById("focusnet-data");
  if (!dataElement) { return; }
  // Absent keys are values the data does not have (a neighbour's list rank, timeline, …):
  // tests below use `== null`, which is true for both null and undefined.
  var data = JSON.parse(dataElement.textContent);
  var T = data.text;
  var byId = Object.create(null);
  data.people.forEach(function (p, i) { p.index = i; byId[p.id] = p; });
  var neighbours = data.people.map(function () { return []; });
  data.ties.forEach(function (t) {
    neighbours[t[0]].push({ i: t[1], w: t[2] });
    neighbours[t[1]].push({ i: t[0], w: t[2] });
  });
  neighbours.forEach(function (list) {
    list.sort(function (a, b) { return b.w - a.w || (data.people[a.i].id < data.people[b.i].id ? -1 : 1); });
  });

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) { return key in values ? String(values[key]) : m; });
  }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function svgEl(tag, attributes) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attributes).forEach(function (k) { e.setAttribute(k, String(attributes[k])); });
    return e;
  }

  // Filters over the list's rows.
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.list tbody tr[data-person]"));
  var controls = document.getElementById("controls");
  var search = document.getElementById("f-search");
  var selects = { group: document.getElementById("f-group"), area: document.getElementById("f-area"),
                  eligibility: document.getElementById("f-eligibility") };
  var shown = document.getElementById("f-shown");
  var other = document.getElementById("f-other");

  function value(select) { return select ? select.value : ""; }
  function applyFilters() {
    var q = search ? search.value.trim().toLowerCase() : "";
    var g = value(selects.group), a = value(selects.area), e = value(selects.eligibility);
    var count = 0;
    rows.forEach(function (row) {
      var p = byId[row.getAttribute("data-person")];
      var match = !!p && (q === "" || p.id.toLowerCase().indexOf(q) >= 0)
        && (g === "" || p.groups.indexOf(g) >= 0) && (a === "" || p.area === a) && (e === "" || p.eligibility === e);
      row.hidden = !match;
      if (match) { count += 1; }
    });
    if (shown) { shown.textContent = fill(T.shown, { shown: count, total: rows.length }); }
    if (other) {
      other.textContent = "";
      var exact = q === "" ? null : data.people.filter(function (p) { return p.listRank == null && p.id.toLowerCase() === q; })[0];
      if (exact) {
        var button = el("button", "linkish", fill(T.openNotListed, { id: exact.id }));
        button.type = "button";
        button.addEventListener("click", function () { openCard(exact); });
        other.appendChild(button);
      }
    }
    root.setAttribute("data-shown", String(count));
    return count;
  }

  // The person card.
  var card = document.getElementById("card");
  function fact(list, key, text) {
    if (text === null || text === undefined || text === "") { return; }
    list.appendChild(el("dt", null, key));
    list.appendChild(el("dd", null, text));
  }
  function egoPicture(p) {
    // The report's own picture of a listed person when it drew one; else a small radial one.
    var pictures = document.querySelectorAll(".ego[data-person]");
    for (var k = 0; k < pictures.length; k += 1) {
      if (pictures[k].getAttribute("data-person") === p.id) {
        var svg = pictures[k].querySelector("svg.net");
        if (svg) { return svg.cloneNode(true); }
      }
    }
    var alters = neighbours[p.index].slice(0, 16);
    var size = 260, c = size / 2, r = 95;
    var picture = svgEl("svg", { "class": "net", viewBox: "0 0 " + size + " " + size, role: "img" });
    picture.appendChild(svgEl("title", {})).textContent = p.id;
    var places = alters.map(function (a, k) {
      var angle = 2 * Math.PI * k / Math.max(alters.length, 1) - Math.PI / 2;
      return { x: c + r * Math.cos(angle), y: c + r * Math.sin(angle), person: data.people[a.i], w: a.w };
    });
    places.forEach(function (q) {
      picture.appendChild(svgEl("line", { "class": "co", x1: c, y1: c, x2: q.x.toFixed(1), y2: q.y.toFixed(1),
                                          "stroke-width": Math.min(1 + q.w, 5).toFixed(1) }));
    });
    places.forEach(function (q) {
      var g = svgEl("g", {});
      g.appendChild(svgEl("title", {})).textContent = q.person.id;
      var role = q.person.listRank != null ? "listed" : (q.person.eligibility.indexOf("excluded") === 0 ? "excluded" : "other");
      g.appendChild(svgEl("circle", { "class": role + (q.person.shot ? " victim" : ""), cx: q.x.toFixed(1), cy: q.y.toFixed(1),
                                      r: q.person.listRank != null ? 9 : 5.5 }));
      if (q.person.listRank != null) {
        g.appendChild(svgEl("text", { "class": "nlabel", x: q.x.toFixed(1), y: (q.y + 3.5).toFixed(1), "font-size": 9 }))
          .textContent = String(q.person.listRank);
      }
      picture.appendChild(g);
    });
    picture.appendChild(svgEl("circle", { "class": "focus" + (p.shot ? " victim" : ""), cx: c, cy: c, r: 13 }));
    return picture;
  }
  function eventText(e) {
    if (e.kind === "arrest") { return [T.arrest, [T["offense_" + e.what] || e.what, e.gun ? T.gun : ""].filter(Boolean).join(", ")]; }
    if (e.kind === "victimization") { return [T.victimization, T[e.what] || e.what]; }
    return [T.group, e.what + (e.last_seen ? " (" + fill(T.lastSeen, { date: e.last_seen }) + ")" : "")];
  }
  function timelineBlock(p) {
    var block = el("div", "card-timeline");
    block.appendChild(el("h4", null, T.timeline));
    if (!p.timeline) { block.appendChild(el("p", "caption", T.timelineNotKept)); return block; }
    block.appendChild(el("p", "caption", fill(T.timelineCaption, { asOf: data.asOf })));
    if (p.timeline.length === 0) { block.appendChild(el("p", null, T.timelineEmpty)); return block; }
    var events = p.timeline.slice().sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
    var table = el("table", "small timeline");
    var head = table.appendChild(el("thead")).appendChild(el("tr"));
    [T.date, T.event, T.detail].forEach(function (h) { head.appendChild(el("th", null, h)); });
    var body = table.appendChild(el("tbody"));
    events.forEach(function (e) {
      var tr = el("tr", "event-" + e.kind);
      var words = eventText(e);
      tr.appendChild(el("td", "date", e.date === "" ? T.dateUnknown : e.date));
      tr.appendChild(el("td", null, words[0]));
      tr.appendChild(el("td", null, words[1]));
      body.appendChild(tr);
    });
    block.appendChild(table);
    return block;
  }
  function openCard(p) {
    if (!card || !p) { return; }
    card.textContent = "";
    var close = el("button", "close", T.close);
    close.type = "button";
    close.addEventListener("click", function () { card.hidden = true; root.removeAttribute("data-card"); });
    card.appendChild(close);
    var title = el("h3", null);
    title.appendChild(el("span", "id", p.id));
    title.appendChild(document.createTextNode(" "));
    title.appendChild(el("span", "muted", p.listRank != null ? fill(T.listRank, { n: p.listRank }) : T.notListed));
    card.appendChild(title);
    var facts = el("dl", "facts");
    fact(facts, T.score, p.score + (p.rank != null ? " · " + fill(T.overallRank, { n: p.rank }) : ""));
    fact(facts, T.riskBand, p.riskBand);
    fact(facts, T.points, p.points);
    fact(facts, T.network, p.network);
    fact(facts, T.eligibility, p.eligibilityText || p.eligibility);
    fact(facts, T.area, p.area);
    fact(facts, T.groups, p.groups.join(", "));
    card.appendChild(facts);
    if (p.reasons) { card.appendChild(el("h4", null, T.reasons)); card.appendChild(el("p", "reasons", p.reasons)); }
    if (p.victimPath) { card.appendChild(el("h4", null, T.nearestVictim)); card.appendChild(el("p", "ego-path", p.victimPath)); }
    card.appendChild(el("h4", null, T.egoNetwork));
    card.appendChild(egoPicture(p));
    card.appendChild(el("p", "caption", T.egoCaption));
    card.appendChild(timelineBlock(p));
    card.hidden = false;
    root.setAttribute("data-card", p.id);
  }

  rows.forEach(function (row) {
    row.tabIndex = 0;
    row.classList.add("clickable");
    function open() { openCard(byId[row.getAttribute("data-person")]); }
    row.addEventListener("click", open);
    row.addEventListener("keydown", function (event) { if (event.key === "Enter") { open(); } });
  });
  if (search) { search.addEventListener("input", applyFilters); }
  Object.keys(selects).forEach(function (k) { if (selects[k]) { selects[k].addEventListener("change", applyFilters); } });
  var clear = document.getElementById("f-clear");
  if (clear) {
    clear.addEventListener("click", function () {
      if (search) { search.value = ""; }
      Object.keys(selects).forEach(function (k) { if (selects[k]) { selects[k].value = ""; } });
      applyFilters();
    });
  }

  // The fragment: #search=…&group=…&area=…&eligibility=…&open=first|<id>.
  function fromFragment() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    if (!params.has("search") && !params.has("group") && !params.has("area") && !params.has("eligibility") && !params.has("open")) { return; }
    if (search) { search.value = params.get("search") || ""; }
    Object.keys(selects).forEach(function (k) {
      var s = selects[k];
      if (!s) { return; }
      var wanted = params.get(k) || "";
      s.value = Array.prototype.some.call(s.options, function (o) { return o.value === wanted; }) ? wanted : "";
    });
    applyFilters();
    var open = params.get("open");
    if (open === "first") {
      var first = rows.filter(function (row) { return !row.hidden; })[0];
      // No scrolling here: the card is fixed in the window, and headless screenshots of a
      // scrolled page come out blank.
      if (first) { first.click(); }
    } else if (open) {
      openCard(byId[open]);
    }
  }

  if (controls) { controls.hidden = false; }
  applyFilters();
  fromFragment();
  window.addEventListener("hashchange", fromFragment);
  root.setAttribute("data-ready", "1");
})();

"""#

    /// Counts Content-Security-Policy violations from the first moment, in `<head>`.
    static let violationCounter = #"""
document.documentElement.setAttribute("data-violations", "0");
document.addEventListener("securitypolicyviolation", function () {
  var root = document.documentElement;
  root.setAttribute("data-violations", String(Number(root.getAttribute("data-violations") || "0") + 1));
});
"""#
}
