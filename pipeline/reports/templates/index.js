(function () {
  "use strict";
  var table = document.getElementById("triage");
  if (!table) { return; }
  var tbody = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.querySelectorAll("thead th[data-key]"));
  var text = document.getElementById("filter-text");
  var status = document.getElementById("filter-status");
  var flag = document.getElementById("filter-flag");
  var shown = document.getElementById("shown-count");
  var rows = Array.prototype.slice.call(tbody.rows);
  rows.forEach(function (row, i) { row.setAttribute("data-index", String(i)); });
  var state = { sort: "", dir: "asc" };

  function value(row, key) {
    var cell = row.querySelector('td[data-key="' + key + '"]');
    if (!cell) { return ""; }
    var v = cell.getAttribute("data-sort");
    return (v === null ? cell.textContent : v).trim();
  }

  function compare(a, b) {
    // Empty cells last whichever the direction; numbers as numbers; text with digits in order (E2 < E10).
    if (a === "" || b === "") { return a === b ? 0 : (a === "" ? 1 : -1) * (state.dir === "desc" ? -1 : 1); }
    var x = Number(a), y = Number(b);
    if (!isNaN(x) && !isNaN(y)) { return x - y; }
    return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" });
  }

  function sortBy(key, dir) {
    if (!headers.some(function (h) { return h.getAttribute("data-key") === key; })) { return; }
    state.sort = key;
    state.dir = dir === "desc" ? "desc" : "asc";
    var sign = state.dir === "desc" ? -1 : 1;
    var sorted = rows.slice().sort(function (r1, r2) {
      var c = compare(value(r1, key), value(r2, key)) * sign;
      return c !== 0 ? c : Number(r1.getAttribute("data-index")) - Number(r2.getAttribute("data-index"));
    });
    sorted.forEach(function (row) { tbody.appendChild(row); });
    headers.forEach(function (h) {
      if (h.getAttribute("data-key") === key) { h.setAttribute("aria-sort", state.dir === "desc" ? "descending" : "ascending"); }
      else { h.removeAttribute("aria-sort"); }
    });
    table.setAttribute("data-sort-key", key);
    table.setAttribute("data-sort-dir", state.dir);
  }

  function filter() {
    var q = (text.value || "").trim().toLowerCase();
    var s = status.value, f = flag.value, n = 0;
    rows.forEach(function (row) {
      var flags = (row.getAttribute("data-flags") || "").split(" ").filter(Boolean);
      var ok = (!q || row.textContent.toLowerCase().indexOf(q) !== -1) &&
        (!s || row.getAttribute("data-status") === s) &&
        (!f || (f === "__any" ? flags.length > 0 : f === "__none" ? flags.length === 0 : flags.indexOf(f) !== -1));
      row.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = String(n);
    table.setAttribute("data-visible-rows", String(n));
  }

  function writeHash() {
    var p = [];
    if (state.sort) { p.push("sort=" + encodeURIComponent(state.sort + ":" + state.dir)); }
    if (status.value) { p.push("status=" + encodeURIComponent(status.value)); }
    if (flag.value) { p.push("flag=" + encodeURIComponent(flag.value)); }
    if (text.value) { p.push("q=" + encodeURIComponent(text.value)); }
    try { history.replaceState(null, "", p.length ? "#" + p.join("&") : location.pathname + location.search); }
    catch (e) { /* some browsers refuse replaceState on file:// pages; the view still works */ }
  }

  function readHash() {
    var hash = location.hash.replace(/^#/, "");
    if (hash.indexOf("=") === -1) { return; }
    hash.split("&").forEach(function (part) {
      var i = part.indexOf("="); if (i < 0) { return; }
      var k = part.slice(0, i), v = decodeURIComponent(part.slice(i + 1).replace(/\+/g, " "));
      if (k === "sort") { var kv = v.split(":"); sortBy(kv[0], kv[1]); }
      else if (k === "status") { status.value = v; }
      else if (k === "flag") { flag.value = v; }
      else if (k === "q") { text.value = v; }
    });
  }

  headers.forEach(function (h) {
    var button = h.querySelector("button") || h;
    button.addEventListener("click", function () {
      var key = h.getAttribute("data-key");
      sortBy(key, state.sort === key && state.dir === "asc" ? "desc" : "asc");
      writeHash();
    });
  });
  [text, status, flag].forEach(function (el) {
    el.addEventListener(el === text ? "input" : "change", function () { filter(); writeHash(); });
  });
  readHash();
  filter();
  table.setAttribute("data-ready", "true");
}());
