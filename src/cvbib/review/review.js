// Filters, search and the copy buttons of the review page. No network, no libraries.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var entries = Array.prototype.slice.call(document.querySelectorAll("article.entry"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("article.group"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.input"));
  // Lower-cased once: searching re-reads no DOM text on each key press.
  var text = new Map();
  entries.concat(groups).forEach(function (el) { text.set(el, el.textContent.toLowerCase()); });

  function apply() {
    var cv = $("f-cv").value, type = $("f-type").value, year = $("f-year").value;
    var warn = $("f-warn").checked;
    var words = $("f-search").value.toLowerCase().split(/\s+/).filter(Boolean);
    var matches = function (el) {
      var t = text.get(el);
      return words.every(function (w) { return t.indexOf(w) >= 0; });
    };
    var shown = 0;
    entries.forEach(function (el) {
      var ok = (!cv || el.dataset.cv === cv) && (!type || el.dataset.type === type) &&
        (!year || el.dataset.year === year) && (!warn || el.dataset.warn === "1") && matches(el);
      el.classList.toggle("hidden", !ok);
      if (ok) { shown += 1; }
    });
    var active = cv || type || year || warn || words.length > 0;
    sections.forEach(function (sec) {
      var any = sec.querySelector("article.entry:not(.hidden)") !== null;
      var chosen = cv !== "" && sec.dataset.cv === cv;
      sec.classList.toggle("hidden", Boolean(active) && !any && !chosen);
    });
    groups.forEach(function (el) { el.classList.toggle("hidden", !matches(el)); });
    $("shown").textContent = shown + " of " + entries.length + " entries shown";
  }

  function copyText(value) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(value).catch(function () { return fallback(value); });
    }
    return Promise.resolve(fallback(value));
  }

  function fallback(value) {
    // Pages opened from a file may not get the clipboard API: a selected textarea does.
    var area = document.createElement("textarea");
    area.value = value;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  document.addEventListener("click", function (ev) {
    var button = ev.target.closest("button.copy");
    if (!button) { return; }
    var box = button.closest("details");
    var snippet = box.querySelector(".snippet").textContent;
    var note = box.querySelector(".copied");
    copyText(snippet).then(function (ok) {
      note.textContent = ok === false ? "select the text above and copy it" : "copied";
    });
  });

  ["f-cv", "f-type", "f-year", "f-warn"].forEach(function (id) {
    $(id).addEventListener("change", apply);
  });
  $("f-search").addEventListener("input", apply);
  apply();
})();
