// The resident's chat: wires the page to the conversation. Configuration comes from the server
// as data attributes on <body>: the Rasa URL, the phone route, the message limit, an area hint.

import { openConversation } from "./connection.js";
import { installQuickExit, onQuickExit } from "./quick-exit.js";
import { customPayload, renderBotMessage, renderUserMessage } from "./render.js";
import { appendEntry, loadConversation, saveAnonymous, saveSessionId } from "./session-store.js";

const TYPING_TIMEOUT_MS = 30000;
const AREA_QUESTION = /\b(area|where do you live|which town|district|postcode)\b/i;

const config = document.body.dataset;
const maxChars = Number(config.maxChars) || 2000;
const areaHint = (config.areaHint || "").trim();
const anonymousPayloads = (config.anonymousPayloads || "").split(" ").filter(Boolean);

const log = document.getElementById("conversation");
const form = document.getElementById("composer");
const input = document.getElementById("message");
const counter = document.getElementById("counter");
const typing = document.getElementById("typing");
const status = document.getElementById("connection-status");
const anonymousState = document.getElementById("anonymous-state");
const anonymousButton = document.getElementById("go-anonymous");
const formError = document.getElementById("message-error");

let typingTimer = null;
let waitingToSend = false;
const stored = loadConversation();

// Scroll the conversation box only, so the message box stays where the resident is typing.
function scrollToEnd() {
  log.scrollTop = log.scrollHeight;
}

function showTyping(visible) {
  window.clearTimeout(typingTimer);
  typing.hidden = !visible;
  if (visible) typingTimer = window.setTimeout(() => showTyping(false), TYPING_TIMEOUT_MS);
}

function setStatus(state) {
  status.dataset.state = state;
  const [title, detail] = {
    connected: ["", ""],
    reconnecting: ["Connecting to Linkway…", "Your conversation is kept. Anything you send will go when we are back."],
    unreachable: [
      "Linkway can't be reached just now.",
      "We keep trying. You can also phone us, or try again in a few minutes:",
    ],
  }[state];
  status.hidden = state === "connected";
  status.querySelector(".status-title").textContent = title;
  status.querySelector(".status-detail").textContent = detail;
  status.querySelector(".status-phone").hidden = state !== "unreachable";
  if (state !== "connected") showTyping(false);
  if (state === "connected" && waitingToSend) {
    waitingToSend = false;
    showTyping(true);
  }
}

function showAnonymous(on) {
  anonymousState.textContent = on
    ? "Anonymous mode is on: Linkway won't ask for your name or contact details."
    : "Anonymous mode is off. You can stay anonymous at any time.";
  anonymousState.dataset.on = String(on);
  anonymousButton.hidden = on;
}

function addUserMessage(text) {
  log.append(renderUserMessage(text));
  appendEntry({ from: "user", text });
  scrollToEnd();
}

// Service cards come with a plain-text list for text-only channels, sent just before them; once
// the cards arrive, that list shrinks to its opening line so the resident does not read it twice.
function shortenTextFallback(services) {
  const previous = log.lastElementChild;
  const first = services[0]?.name;
  const paragraph = previous?.classList.contains("message-bot") ? previous.querySelector(".message-body > p") : null;
  if (!paragraph || !first || !paragraph.textContent.includes(`1. ${first}`)) return;
  paragraph.textContent = paragraph.textContent.split("\n")[0];
}

function addBotMessage(message, interactive = true) {
  const node = renderBotMessage(message, { onChoose: sendChoice, interactive });
  if (!node) return;
  const custom = customPayload(message);
  if (custom?.type === "service_cards" && Array.isArray(custom.services)) shortenTextFallback(custom.services);
  log.append(node);
  scrollToEnd();
}

// On a council's page the area is known: when the assistant asks for it, the answer is ready to send.
function prefillArea(message) {
  if (areaHint && !input.value && AREA_QUESTION.test(message.text || "")) {
    input.value = areaHint;
    updateCounter();
  }
}

const conversation = openConversation({
  rasaUrl: config.rasaUrl,
  sessionId: stored.sessionId,
  metadata: areaHint ? { area_hint: areaHint } : {},
  onSession: saveSessionId,
  onStatus: setStatus,
  onBotMessage(message) {
    if (!message || typeof message !== "object") return;
    appendEntry({ from: "bot", message });
    addBotMessage(message);
    prefillArea(message);
    if (customPayload(message)?.type === "anonymous_mode") setAnonymous(true);
  },
  // More replies may follow a reply; the indicator stays until the server says the turn is over.
  onTurnEnded() {
    showTyping(false);
  },
});

function send(shownText, payload = shownText) {
  // Earlier suggested replies answer earlier questions: once the resident moves on, they go.
  for (const button of log.querySelectorAll(".quick-reply")) button.disabled = true;
  addUserMessage(shownText);
  conversation.send(payload);
  if (status.dataset.state === "connected") showTyping(true);
  else waitingToSend = true;
}

function sendChoice(title, payload) {
  if (anonymousPayloads.includes(payload)) setAnonymous(true);
  send(title, payload);
  input.focus();
}

function setAnonymous(on) {
  saveAnonymous(on);
  showAnonymous(on);
}

function updateCounter() {
  const length = input.value.length;
  counter.textContent = `${length} of ${maxChars} characters`;
  counter.dataset.over = String(length > maxChars);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  formError.hidden = true;
  if (!text) {
    formError.textContent = "Type a message first.";
    formError.hidden = false;
    input.focus();
    return;
  }
  if (text.length > maxChars) {
    formError.textContent = `Your message is too long. Please keep it under ${maxChars} characters.`;
    formError.hidden = false;
    input.focus();
    return;
  }
  input.value = "";
  updateCounter();
  send(text);
});

input.addEventListener("input", updateCounter);
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

anonymousButton.addEventListener("click", () => {
  setAnonymous(true);
  send("I'd like to stay anonymous", anonymousPayloads[0] || "I'd like to stay anonymous");
  input.focus();
});

function restore() {
  stored.entries.forEach((entry, position) => {
    const last = position === stored.entries.length - 1;
    if (entry.from === "user") log.append(renderUserMessage(String(entry.text ?? "")));
    else if (entry.message && typeof entry.message === "object") addBotMessage(entry.message, last);
  });
  scrollToEnd();
}

onQuickExit(() => {
  conversation.close();
  showTyping(false);
});
installQuickExit();
updateCounter();
showAnonymous(stored.anonymous);
restore();
if (stored.entries.length === 0 && config.startPayload) {
  conversation.send(config.startPayload);
  waitingToSend = true;
}
