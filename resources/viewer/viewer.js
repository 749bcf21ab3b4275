/* The offline HTML viewer of cjm-desktop: pan and zoom the map, click a card for all
   its fields, search ignoring diacritics, show one persona's curve, jump from the
   action plan to a card. Map text is only ever set with textContent. Test hooks in
   the URL fragment: #click=CARD_ID, #search=WORDS, #persona=ID (joined by &). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cjm-data").textContent);
  var svg = document.getElementById("map");
  var viewport = document.getElementById("viewport");
  var details = document.getElementById("details");
  var search = document.getElementById("search");
  var count = document.getElementById("count");
  var box = svg.viewBox.baseVal;
  var full = { x: 0, y: 0, w: box.width, h: box.height };
  var view = { x: 0, y: 0, w: full.w, h: full.h };
  var cardEls = [];
  var selected = -1;
  var hits = [];
  var hitAt = -1;

  Array.prototype.forEach.call(svg.querySelectorAll(".card"), function (el) {
    cardEls[Number(el.getAttribute("data-i"))] = el;
  });
  svg.removeAttribute("width");
  svg.removeAttribute("height");

  function show() {
    svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h);
  }
  function aspect() {  // the viewport's height over its width: the view box keeps it
    return (viewport.clientHeight || 1) / (viewport.clientWidth || 1);
  }
  function fit() {
    var a = aspect();
    if (full.h / full.w > a) {
      view = { x: full.x - (full.h / a - full.w) / 2, y: full.y, w: full.h / a, h: full.h };
    } else {
      view = { x: full.x, y: full.y - (full.w * a - full.h) / 2, w: full.w, h: full.w * a };
    }
    show();
  }
  function toMap(clientX, clientY) {
    var pt = svg.createSVGPoint();
    pt.x = clientX;
    pt.y = clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  }
  function zoomAt(factor, at) {
    var w = Math.min(Math.max(view.w / factor, full.w / 400), full.w * 4);
    factor = view.w / w;
    view.x = at.x - (at.x - view.x) / factor;
    view.y = at.y - (at.y - view.y) / factor;
    view.w = w;
    view.h = view.h / factor;
    show();
  }
  function zoomCentre(factor) {
    zoomAt(factor, { x: view.x + view.w / 2, y: view.y + view.h / 2 });
  }
  function centreOn(i) {
    var r = data.cards[i].r;
    if (!r) { return; }
    var w = Math.min(full.w, Math.max(r[2] * 5, 600));
    var h = w * aspect();
    view = { x: r[0] + r[2] / 2 - w / 2, y: r[1] + r[3] / 2 - h / 2, w: w, h: h };
    show();
  }

  function element(tag, text, cls) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (cls) { el.className = cls; }
    return el;
  }
  function select(i) {
    if (selected >= 0 && cardEls[selected]) { cardEls[selected].classList.remove("selected"); }
    selected = i;
    var card = data.cards[i];
    if (cardEls[i]) { cardEls[i].classList.add("selected"); }
    document.getElementById("d-where").textContent = card.w;
    document.getElementById("d-title").textContent = card.t || "—";
    var list = document.getElementById("d-fields");
    list.textContent = "";
    card.f.forEach(function (field) {
      list.appendChild(element("dt", field[0]));
      list.appendChild(element("dd", field[1]));
    });
    details.hidden = false;
    details.setAttribute("data-card", card.id);
  }
  function unselect() {
    if (selected >= 0 && cardEls[selected]) { cardEls[selected].classList.remove("selected"); }
    selected = -1;
    details.hidden = true;
  }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  function key(card) {
    if (card.k === undefined) {
      card.k = fold([card.t, card.w].concat(card.f.map(function (f) { return f[1]; })).join("\n"));
    }
    return card.k;
  }
  function find(words) {
    var q = fold(words.trim());
    hits = [];
    hitAt = -1;
    data.cards.forEach(function (card, i) {
      var hit = q !== "" && key(card).indexOf(q) >= 0;
      if (hit) { hits.push(i); }
      if (cardEls[i]) { cardEls[i].classList.toggle("hit", hit); }
    });
    svg.classList.toggle("searching", q !== "");
    count.textContent = q === "" ? "" : data.words.matches.replace("{n}", String(hits.length));
  }
  function nextHit() {
    if (!hits.length) { return; }
    hitAt = (hitAt + 1) % hits.length;
    centreOn(hits[hitAt]);
  }
  function persona(id) {
    Array.prototype.forEach.call(svg.querySelectorAll(".curve"), function (el) {
      el.style.display = id === "" || el.getAttribute("data-persona") === id ? "" : "none";
    });
  }

  var drag = null;
  viewport.addEventListener("pointerdown", function (e) {
    if (e.button !== 0) { return; }
    drag = { x: e.clientX, y: e.clientY, view: { x: view.x, y: view.y, w: view.w, h: view.h }, moved: false };
    viewport.setPointerCapture(e.pointerId);
  });
  viewport.addEventListener("pointermove", function (e) {
    if (!drag) { return; }
    var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
    drag.moved = true;
    viewport.classList.add("panning");
    var scale = svg.getScreenCTM().a;
    view.x = drag.view.x - dx / scale;
    view.y = drag.view.y - dy / scale;
    show();
  });
  viewport.addEventListener("pointerup", function (e) {
    var wasDrag = drag && drag.moved;
    drag = null;
    viewport.classList.remove("panning");
    if (wasDrag) { return; }
    var target = document.elementFromPoint(e.clientX, e.clientY);
    var card = target && target.closest ? target.closest(".card") : null;
    if (card) { select(Number(card.getAttribute("data-i"))); } else { unselect(); }
  });
  svg.addEventListener("click", function (e) {  // keyboard and synthetic clicks
    var card = e.target.closest ? e.target.closest(".card") : null;
    if (card && e.detail === 0) { select(Number(card.getAttribute("data-i"))); }
  });
  viewport.addEventListener("wheel", function (e) {
    e.preventDefault();
    zoomAt(Math.exp(-e.deltaY * 0.0015), toMap(e.clientX, e.clientY));
  }, { passive: false });

  document.getElementById("zoom-in").addEventListener("click", function () { zoomCentre(1.4); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomCentre(1 / 1.4); });
  document.getElementById("fit").addEventListener("click", fit);
  document.getElementById("close").addEventListener("click", unselect);
  document.getElementById("persona").addEventListener("change", function (e) { persona(e.target.value); });
  document.getElementById("to-plan").addEventListener("click", function () {
    document.getElementById("plan").scrollIntoView();
  });
  search.addEventListener("input", function () { find(search.value); });
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") { nextHit(); } });
  document.addEventListener("keydown", function (e) {
    if (e.target === search) { return; }
    if (e.key === "Escape") { unselect(); }
    if (e.key === "+" || e.key === "=") { zoomCentre(1.4); }
    if (e.key === "-") { zoomCentre(1 / 1.4); }
    if (e.key === "0") { fit(); }
  });
  Array.prototype.forEach.call(document.querySelectorAll("#plan tbody tr"), function (row) {
    row.addEventListener("click", function () {
      var i = Number(row.getAttribute("data-i"));
      select(i);
      centreOn(i);
      window.scrollTo(0, 0);
    });
  });

  function fromHash() {
    location.hash.slice(1).split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      if (eq < 0) { return; }
      var name = part.slice(0, eq), value = decodeURIComponent(part.slice(eq + 1));
      if (name === "click") {
        var i = data.cards.findIndex(function (c) { return c.id === value; });
        if (i >= 0) {
          if (cardEls[i]) { cardEls[i].dispatchEvent(new MouseEvent("click", { bubbles: true })); } else { select(i); }
          centreOn(i);
        }
      } else if (name === "search") {
        search.value = value;
        find(value);
      } else if (name === "persona") {
        document.getElementById("persona").value = value;
        persona(value);
      }
    });
  }
  window.addEventListener("hashchange", fromHash);
  window.addEventListener("resize", function () {
    var cx = view.x + view.w / 2, cy = view.y + view.h / 2;
    view.h = view.w * aspect();
    view.y = cy - view.h / 2;
    view.x = cx - view.w / 2;
    show();
  });
  fit();
  fromHash();
}());
