// Turns the assistant's messages into DOM nodes. Everything is built with DOM APIs and
// textContent: no resident or assistant text ever goes through innerHTML.

// Web addresses, Linkway's own pages ("/privacy", "/services"), and UK phone numbers: 999, 111,
// 116 xxx helplines, and 0... numbers of 8 to 11 digits in any grouping ("0808 2000 247", "0800 1111").
const PHONE_OR_LINK =
  /(https?:\/\/[^\s<>"')]+|(?<![\w/])\/(?:privacy|services)\b|\b(?:999|111|116 ?\d{3}|0\d(?: ?\d){6,9})\b)/g;
const SAFE_REL = "noopener noreferrer";

function element(tag, { className, text, attrs } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  return node;
}

export function safeWebLink(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function dialable(number) {
  const digits = String(number || "").replace(/[^\d+]/g, "");
  return /^\+?\d{3,15}$/.test(digits) ? digits : null;
}

function safeEmail(address) {
  const value = String(address || "").trim();
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value) ? value : null;
}

function externalLink(href, label, className) {
  const link = element("a", { className, text: label, attrs: { href } });
  if (href.startsWith("http")) {
    link.target = "_blank";
    link.rel = SAFE_REL;
  }
  return link;
}

// Assistant text only: phone numbers become tel: links and web addresses safe links, so crisis
// help is one tap away. The text itself is inserted as text nodes.
export function linkifiedText(text) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(PHONE_OR_LINK)) {
    const found = match[0];
    fragment.append(document.createTextNode(text.slice(last, match.index)));
    const isLink = found.startsWith("http") || found.startsWith("/");
    const web = isLink ? safeWebLink(new URL(found, window.location.href).href) : null;
    const phone = web ? null : dialable(found);
    if (web) fragment.append(externalLink(web, found));
    else if (phone) fragment.append(externalLink(`tel:${phone}`, found));
    else fragment.append(document.createTextNode(found));
    last = match.index + found.length;
  }
  fragment.append(document.createTextNode(text.slice(last)));
  return fragment;
}

function serviceCard(service) {
  const card = element("article", { className: "service-card" });
  card.append(element("h3", { text: service.name || "A local service" }));
  if (service.organisation) card.append(element("p", { className: "service-org", text: service.organisation }));
  if (service.why) card.append(element("p", { className: "service-why", text: service.why }));
  if (service.schedule_text) {
    const when = element("p", { className: "service-when" });
    when.append(element("strong", { text: "When: " }), document.createTextNode(service.schedule_text));
    card.append(when);
  }
  const actions = element("ul", { className: "service-actions", attrs: { "aria-label": `Contact ${service.name}` } });
  const phone = dialable(service.phone);
  const sms = dialable(service.sms);
  const email = safeEmail(service.email);
  const web = safeWebLink(service.url);
  const add = (href, label) => {
    const item = element("li");
    item.append(externalLink(href, label, "service-action"));
    actions.append(item);
  };
  if (phone) add(`tel:${phone}`, `Call ${service.phone}`);
  if (sms) add(`sms:${sms}`, `Text ${service.sms}`);
  if (email) add(`mailto:${email}`, `Email ${email}`);
  if (web) add(web, "Website (opens in a new tab)");
  if (actions.childElementCount > 0) card.append(actions);
  return card;
}

function serviceCards(services) {
  const list = element("div", { className: "service-cards" });
  for (const service of services) {
    if (service && typeof service === "object") list.append(serviceCard(service));
  }
  return list;
}

// Rasa's socket.io channel emits a custom payload's contents directly; its REST channel wraps
// them in "custom". Both shapes are accepted.
export function customPayload(message) {
  const custom = message.custom ?? message.data ?? message;
  return custom && typeof custom === "object" && typeof custom.type === "string" ? custom : null;
}

function quickReplies(replies, onChoose) {
  const group = element("div", { className: "quick-replies", attrs: { role: "group", "aria-label": "Suggested replies" } });
  for (const reply of replies) {
    const title = String(reply.title ?? "");
    const payload = String(reply.payload ?? title);
    if (!title) continue;
    const button = element("button", { className: "quick-reply", text: title, attrs: { type: "button" } });
    button.addEventListener("click", () => {
      for (const other of group.querySelectorAll("button")) other.disabled = true;
      button.setAttribute("aria-pressed", "true");
      onChoose(title, payload);
    });
    group.append(button);
  }
  return group;
}

function bubble(from, content) {
  const item = element("div", { className: `message message-${from}` });
  item.append(element("span", { className: "visually-hidden", text: from === "user" ? "You said: " : "Linkway said: " }));
  item.append(content);
  return item;
}

export function renderUserMessage(text) {
  return bubble("user", element("p", { text }));
}

// Returns the node for one bot message, or null when it carries nothing the widget can show.
export function renderBotMessage(message, { onChoose, interactive = true } = {}) {
  const body = element("div", { className: "message-body" });
  if (typeof message.text === "string" && message.text.trim()) {
    const paragraph = element("p");
    paragraph.append(linkifiedText(message.text));
    body.append(paragraph);
  }
  const replies = message.quick_replies || message.buttons;
  if (Array.isArray(replies) && replies.length > 0 && interactive) body.append(quickReplies(replies, onChoose));
  const custom = customPayload(message);
  if (custom?.type === "service_cards" && Array.isArray(custom.services)) body.append(serviceCards(custom.services));
  if (custom && typeof custom.text === "string" && !message.text) {
    const paragraph = element("p");
    paragraph.append(linkifiedText(custom.text));
    body.append(paragraph);
  }
  return body.childElementCount > 0 ? bubble("bot", body) : null;
}
