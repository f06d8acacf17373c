// What the widget keeps between page loads of one tab: sessionStorage only, gone when the tab
// closes. Never localStorage, never cookies.

const KEY = "linkway.conversation";
const MAX_ENTRIES = 300;

// Set by a quick exit. The page keeps running until the neutral site has loaded, and a reply or
// session confirmation arriving in that gap must not write the conversation back.
let forgotten = false;

function read() {
  if (forgotten) return {};
  try {
    return JSON.parse(sessionStorage.getItem(KEY) || "{}");
  } catch {
    return {};
  }
}

function write(state) {
  if (forgotten) return;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Storage full or unavailable: the conversation carries on, it just will not survive a reload.
  }
}

export function loadConversation() {
  const state = read();
  return {
    sessionId: typeof state.sessionId === "string" ? state.sessionId : null,
    anonymous: state.anonymous === true,
    entries: Array.isArray(state.entries) ? state.entries : [],
  };
}

export function saveSessionId(sessionId) {
  write({ ...read(), sessionId });
}

export function saveAnonymous(anonymous) {
  write({ ...read(), anonymous });
}

export function appendEntry(entry) {
  const state = read();
  const entries = Array.isArray(state.entries) ? state.entries : [];
  entries.push(entry);
  write({ ...state, entries: entries.slice(-MAX_ENTRIES) });
}

// Wipes everything this tab keeps for Linkway and refuses every later write.
export function forgetConversation() {
  forgotten = true;
  try {
    sessionStorage.clear();
  } catch {
    // Storage can be unavailable (private modes); there is then nothing to clear.
  }
}
