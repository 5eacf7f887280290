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

  // A server action that wants a toast says so with HX-Trigger: {"toast": {"message": "…"}}.
  document.body && document.body.addEventListener("toast", function (event) {
    if (event.detail && event.detail.message) toast(event.detail.message);
  });

  // Busy state: the region a request will replace is aria-busy while it runs (assistive technology
  // waits for it; the cursor says so); the buttons that started it are disabled by hx-disabled-elt.
  document.addEventListener("htmx:beforeRequest", function (event) {
    var target = event.detail.target;
    if (!target || !target.setAttribute) return;
    target.setAttribute("aria-busy", "true");
    // Cleared when the request ends, whatever else happened: the answer may go elsewhere (HX-Retarget), and
    // an element another swap removed meanwhile sends its htmx:afterRequest nowhere the document hears.
    event.detail.xhr.addEventListener("loadend", function () { target.removeAttribute("aria-busy"); });
  });

  // Said to screen readers without moving focus (the live region is in base.html). Emptied first, so the
  // same words said twice are announced twice.
  function announce(text) {
    var region = document.getElementById("announcer");
    if (!region) return;
    region.textContent = "";
    setTimeout(function () { region.textContent = text; }, 50);
  }

  // Opening a person: focus goes to the panel's heading (keyboard users go on from there, Esc comes back)
  // and the opening is announced.
  document.addEventListener("htmx:afterSettle", function (event) {
    var elt = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (!elt || !elt.matches || !elt.matches(".person-row")) return;
    var heading = document.getElementById("person-title");
    if (!heading) return;
    heading.setAttribute("tabindex", "-1");
    heading.focus();
    announce("Opened " + heading.textContent.trim());
  });

  // Keyboard (the shortcuts dialog in _contacts_filters.html lists them): ↑/↓ or j/k move between the
  // rows of a Contacts list, Enter opens (the row's own link or summary), / goes to the search, Esc
  // closes the open person or chat and puts focus back on its row, ? shows the shortcuts. None of them
  // while typing in a field.
  var ROWS = ".person-row, .chat-row";

  function typing(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  function openRow() {
    return document.querySelector(".person-row[aria-current=true]") || document.querySelector("details.chat[open] > .chat-row");
  }

  // A list that was searched or filtered while a person is open marks their row again.
  document.addEventListener("htmx:afterSettle", function (event) {
    var panel = document.querySelector("#person-panel[data-person]");
    if (!panel || !event.detail.target || event.detail.target.id !== "people-list") return;
    var row = document.querySelector('.person-row[href*="/' + panel.dataset.person + '/"]');
    if (row) row.setAttribute("aria-current", "true");
  });

  function moveRow(step) {
    var rows = Array.prototype.slice.call(document.querySelectorAll(ROWS));
    if (!rows.length) return;
    var active = document.activeElement;
    var index = rows.indexOf(active && active.matches && active.matches(ROWS) ? active : openRow());
    var next = index < 0 ? rows[0] : rows[Math.min(rows.length - 1, Math.max(0, index + step))];
    next.focus();
  }

  // The People view without a person open: the placeholder panel comes back, the URL is the list's
  // again (its search and filters kept), and focus is on the row that was open.
  function closePerson() {
    var panel = document.getElementById("person-panel");
    var placeholder = document.getElementById("panel-placeholder");
    var close = panel && panel.querySelector("[data-close-panel]");
    if (!close || !placeholder) return false;
    var row = document.querySelector(".person-row[aria-current=true]");
    var heading = document.getElementById("person-title");
    panel.replaceWith(placeholder.content.cloneNode(true));
    history.pushState({ htmx: true }, "", close.getAttribute("href").split("?")[0] + location.search);
    announce("Closed " + (heading ? heading.textContent.trim() : "the person"));
    if (row) {
      row.removeAttribute("aria-current");
      row.focus();
    }
    return true;
  }

  function closeChat() {
    var active = document.activeElement;
    var chat = (active && active.closest && active.closest("details.chat[open]")) || document.querySelector("details.chat[open]");
    if (!chat) return false;
    chat.open = false;
    chat.querySelector("summary").focus();
    return true;
  }

  document.addEventListener("click", function (event) {
    var close = event.target.closest && event.target.closest("[data-close-panel]");
    if (close && !event.metaKey && !event.ctrlKey && !event.shiftKey && closePerson()) event.preventDefault();
  });

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target) || document.querySelector("dialog[open]")) return;
    var onRow = event.target.matches && event.target.matches(ROWS);
    var key = event.key;
    if ((key === "ArrowDown" || key === "ArrowUp") && onRow) {
      moveRow(key === "ArrowDown" ? 1 : -1);
    } else if (key === "j" || key === "k") {
      if (!document.querySelector(ROWS)) return;
      moveRow(key === "j" ? 1 : -1);
    } else if (key === "/") {
      var search = document.querySelector("form.filters input[type=search]");
      if (!search) return;
      search.focus();
      search.select();
    } else if (key === "Escape") {
      if (!closePerson() && !closeChat()) return;
    } else if (key === "?") {
      var help = document.getElementById("shortcuts");
      if (!help) return;
      help.showModal();
    } else {
      return;
    }
    event.preventDefault();
  });

  // Flash messages from full-page responses fade after a while.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("#toasts .toast").forEach(function (p) {
      setTimeout(function () { p.remove(); }, 6000);
    });
  });
})();
