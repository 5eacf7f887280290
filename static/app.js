// Small progressive enhancements on top of htmx. Everything works without them.
(function () {
  "use strict";

  function toast(text, kind) {
    var box = document.getElementById("toasts");
    if (!box) return;
    var p = document.createElement("p");
    p.className = "toast" + (kind ? " " + kind : "");
    p.textContent = text;
    box.appendChild(p);
    setTimeout(function () { p.remove(); }, 6000);
  }

  // htmx does not swap error responses: say what happened instead of doing nothing.
  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr.status;
    var text = {
      403: "You don't have access to that.",
      404: "That no longer exists. Reload the page.",
    }[status] || "Something went wrong (" + status + "). Try again.";
    toast(text, "error");
    // The page stays as it was (also under DEBUG); the details are for the developer's console.
    if (window.console) console.warn("htmx:", status, event.detail.pathInfo && event.detail.pathInfo.requestPath);
  });
  document.addEventListener("htmx:sendError", function () {
    toast("The server can't be reached. Check your connection.", "error");
  });

  // A list's search and filters: leave empty ones out of the request, so the URL that is pushed
  // (and shared) names only what was chosen.
  document.addEventListener("htmx:configRequest", function (event) {
    var form = event.detail.elt.closest && event.detail.elt.closest("form.filters");
    if (!form || event.detail.verb !== "get") return;
    var params = event.detail.parameters;
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && params[field.name] === "") delete params[field.name];
    });
  });

  // Highlight the person whose panel is open.
  document.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest(".person-row");
    if (!row) return;
    document.querySelectorAll(".person-row[aria-current]").forEach(function (other) {
      other.removeAttribute("aria-current");
    });
    row.setAttribute("aria-current", "true");
  });

  // Escape leaves an inline fact edit.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var editing = event.target.closest && event.target.closest(".fact.editing");
    var cancel = editing && editing.querySelector(".cancel");
    if (cancel) {
      event.preventDefault();
      cancel.click();
    }
  });

  // The agent's-view preview loads when opened, and again after a change
  // to memory while it is open.
  document.addEventListener("toggle", function (event) {
    var preview = event.target;
    if (preview.matches && preview.matches("details.agent-view") && preview.open) {
      htmx.trigger(preview, "preview-requested");
    }
  }, true);
  document.body && document.body.addEventListener("memory-changed", function () {
    document.querySelectorAll("details.agent-view[open]").forEach(function (preview) {
      htmx.trigger(preview, "preview-requested");
    });
  });

  // Flash messages from full-page responses fade after a while.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("#toasts .toast").forEach(function (p) {
      setTimeout(function () { p.remove(); }, 6000);
    });
  });
})();
