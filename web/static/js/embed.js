// Linkway's embed loader. A council or GP site adds one tag:
//   <script src="https://HOST/widget.js" data-linkway-area="Cherwell"></script>
// and gets a launcher button that opens the chat in a frame served by Linkway itself, so the
// conversation never touches the host page, its scripts or its storage. The chat is only loaded
// when the resident opens it. Styles are set through the DOM so a strict host CSP is respected.
(function () {
  "use strict";
  const script = document.currentScript;
  if (!script || document.getElementById("linkway-launcher")) return;
  const origin = new URL(script.src, document.baseURI).origin;
  const area = (script.dataset.linkwayArea || "").slice(0, 100);
  const narrow = window.matchMedia("(max-width: 480px)");
  const NEUTRAL_SITE = "https://www.bbc.co.uk/weather";

  function style(node, rules) {
    Object.assign(node.style, rules);
    return node;
  }

  const launcher = style(document.createElement("button"), {
    position: "fixed", right: "16px", bottom: "16px", zIndex: "2147483646",
    padding: "12px 20px", border: "2px solid #ffffff", borderRadius: "24px",
    background: "#0b5394", color: "#ffffff", font: "bold 16px/1.2 system-ui, sans-serif",
    cursor: "pointer", boxShadow: "0 2px 8px rgba(0,0,0,0.35)",
  });
  launcher.id = "linkway-launcher";
  launcher.type = "button";
  launcher.textContent = "Chat to Linkway about local support";
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "linkway-panel");

  const panel = style(document.createElement("div"), {
    position: "fixed", zIndex: "2147483647", display: "none", flexDirection: "column",
    background: "#ffffff", border: "1px solid #505a5f", boxShadow: "0 4px 16px rgba(0,0,0,0.35)",
  });
  panel.id = "linkway-panel";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", "Linkway chat");

  const close = style(document.createElement("button"), {
    alignSelf: "flex-end", margin: "4px", padding: "8px 12px", border: "2px solid #0b0c0c",
    borderRadius: "4px", background: "#ffffff", color: "#0b0c0c", font: "16px/1.2 system-ui, sans-serif",
    cursor: "pointer",
  });
  close.type = "button";
  close.textContent = "Minimise chat";

  const frame = style(document.createElement("iframe"), { flex: "1", width: "100%", border: "0" });
  frame.title = "Linkway chat";
  frame.setAttribute("referrerpolicy", "no-referrer");
  panel.append(close, frame);

  function place() {
    const full = narrow.matches;
    style(panel, full
      ? { inset: "0", width: "100%", height: "100%" }
      : { inset: "auto", right: "16px", bottom: "16px", width: "400px", height: "min(640px, calc(100vh - 32px))" });
  }

  function open() {
    if (!frame.src) {
      const url = new URL("/embed", origin);
      if (area) url.searchParams.set("area", area);
      frame.src = url.href;
    }
    place();
    panel.style.display = "flex";
    launcher.style.display = "none";
    launcher.setAttribute("aria-expanded", "true");
    frame.focus();
  }

  function minimise() {
    panel.style.display = "none";
    launcher.style.display = "";
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  // The frame clears its own storage (its conversation is out of this page's reach), so a quick
  // exit started here asks the frame to exit first and leaves on its answer, or after a short wait.
  const FRAME_ANSWER_MS = 300;
  let leaving = false;

  function leave(site) {
    if (leaving) return;
    leaving = true;
    frame.remove();
    window.location.replace(site);
  }

  function quickExit(site) {
    panel.style.display = "none";
    if (!frame.src || !frame.contentWindow) {
      leave(site);
      return;
    }
    frame.contentWindow.postMessage({ linkway: "quick-exit" }, origin);
    window.setTimeout(() => leave(site), FRAME_ANSWER_MS);
  }

  launcher.addEventListener("click", open);
  close.addEventListener("click", minimise);
  narrow.addEventListener("change", place);

  window.addEventListener("message", (event) => {
    if (event.origin !== origin || !event.data || event.data.linkway !== "quick-exit") return;
    const site = new URL(String(event.data.site), origin);
    if (site.protocol === "https:" || site.protocol === "http:") leave(site.href);
  });

  let lastEscape = 0;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || panel.style.display === "none") return;
    const now = Date.now();
    if (now - lastEscape <= 1500) quickExit(NEUTRAL_SITE);
    lastEscape = now;
  });

  if (document.body) document.body.append(launcher, panel);
  else document.addEventListener("DOMContentLoaded", () => document.body.append(launcher, panel));
})();
