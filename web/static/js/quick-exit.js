// Quick exit: leave at once for a neutral site and leave no trace of the conversation in this tab,
// as domestic abuse services' websites do. A visible button on every screen, or Esc pressed twice.

import { forgetConversation } from "./session-store.js";

const ESCAPE_WINDOW_MS = 1500;
const FALLBACK_SITE = "https://www.bbc.co.uk/weather";
const beforeLeaving = [];

export function neutralSite() {
  return document.documentElement.dataset.exitUrl || FALLBACK_SITE;
}

// Work to stop before anything is cleared, such as the link to Rasa, so no late reply or reconnect
// can bring the conversation back while the neutral site is loading.
export function onQuickExit(stop) {
  beforeLeaving.push(stop);
}

export function quickExit() {
  const site = neutralSite();
  for (const stop of beforeLeaving) {
    try {
      stop();
    } catch {
      // Leaving matters more than a clean stop: carry on clearing and go.
    }
  }
  forgetConversation();
  document.title = "";
  document.body.replaceChildren();
  if (window.top !== window) {
    // Inside a council's page: the embed loader replaces the whole page; try directly as well.
    window.parent.postMessage({ linkway: "quick-exit", site }, "*");
    try {
      window.top.location.replace(site);
    } catch {
      // A cross-origin top window may refuse; the loader's message does the work.
    }
    return;
  }
  // replace(), not assign(): the page is swapped out of the history, so Back cannot return to it.
  window.location.replace(site);
}

export function installQuickExit(root = document) {
  // Inside the embed, the council's page asks for a quick exit when Esc is pressed outside the frame.
  window.addEventListener("message", (event) => {
    if (window.top !== window && event.source === window.parent && event.data?.linkway === "quick-exit") quickExit();
  });
  for (const button of root.querySelectorAll("[data-quick-exit]")) {
    button.addEventListener("click", (event) => {
      event.preventDefault();
      quickExit();
    });
  }
  let lastEscape = 0;
  root.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const now = Date.now();
    if (now - lastEscape <= ESCAPE_WINDOW_MS) {
      quickExit();
    }
    lastEscape = now;
  });
}
