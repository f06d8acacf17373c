// Pages without the chat: the quick exit, and filter forms that do not pile up history.
import { installQuickExit } from "./quick-exit.js";

// Each new search replaces the page in the tab's history instead of adding to it, so a quick
// exit (which replaces the current entry) leaves no earlier searches behind for Back to reveal.
// The address still holds the filters, so the results stay shareable.
for (const form of document.querySelectorAll("form[data-replace-history]")) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(form.action, window.location.href);
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim()) url.searchParams.append(name, value.trim());
    }
    window.location.replace(url.href);
  });
}

for (const link of document.querySelectorAll("a[data-replace-history]")) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    window.location.replace(link.href);
  });
}

installQuickExit();
