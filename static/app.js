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

  // A dialog the server sends (erasing a person) opens as a modal; Cancel closes it and focus goes back
  // to the button that opened it.
  document.addEventListener("htmx:afterSwap", function (event) {
    var dialog = event.detail.target.querySelector && event.detail.target.querySelector("dialog[data-modal]");
    if (dialog && !dialog.open) {
      var opener = event.detail.requestConfig && event.detail.requestConfig.elt;
      dialog.addEventListener("close", function () {
        dialog.remove();
        if (opener && document.contains(opener)) opener.focus();
      });
      dialog.showModal();
    }
    // The conversation a fact was learned from: its messages in view.
    var learned = event.detail.target.querySelector && event.detail.target.querySelector(".message.highlighted");
    if (learned) learned.scrollIntoView({ block: "nearest" });
  });
  document.addEventListener("click", function (event) {
    var close = event.target.closest && event.target.closest("dialog [data-close-dialog]");
    if (!close) return;
    event.preventDefault();
    close.closest("dialog").close();
  });

  // After an erasure the person's row leaves the list; focus goes to the next row (or the previous).
  document.body && document.body.addEventListener("person-erased", function (event) {
    var badge = document.getElementById("badge-" + event.detail.person);
    var row = badge && badge.closest("li");
    var next = row && (row.nextElementSibling || row.previousElementSibling);
    if (row) row.remove();
    var link = next && next.querySelector("a");
    if (link) link.focus();
    toast(event.detail.message);
  });

  // Flash messages from full-page responses fade after a while.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("#toasts .toast").forEach(function (p) {
      setTimeout(function () { p.remove(); }, 6000);
    });
  });
})();
