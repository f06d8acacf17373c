// The conversation's link to Rasa's socket.io channel (session persistence on).
// After every (re)connect the client asks for its session again with the same id, so Rasa puts
// this socket back in the conversation's room and replies keep arriving after a network drop.
// Messages typed while the link is down wait here until Rasa has confirmed the session.

import { io } from "/static/vendor/socket.io/socket.io.esm.min.js";

const UNREACHABLE_AFTER_MS = 8000;

export function openConversation({ rasaUrl, sessionId, metadata, onSession, onBotMessage, onTurnEnded, onStatus }) {
  let currentId = sessionId;
  let confirmed = false;
  let unreachableTimer = null;
  let unreachable = false;
  let closed = false;
  const outbox = [];

  const socket = io(rasaUrl, {
    path: "/socket.io",
    transports: ["websocket", "polling"],
    tryAllTransports: true,
    reconnectionDelay: 1000,
    reconnectionDelayMax: 5000,
    timeout: 8000,
  });

  function startUnreachableTimer() {
    if (unreachableTimer !== null) return;
    unreachableTimer = window.setTimeout(() => {
      unreachable = true;
      onStatus("unreachable");
    }, UNREACHABLE_AFTER_MS);
  }

  function stopUnreachableTimer() {
    window.clearTimeout(unreachableTimer);
    unreachableTimer = null;
    unreachable = false;
  }

  function linkDown() {
    if (closed) return;
    confirmed = false;
    if (!unreachable) onStatus("reconnecting");
    startUnreachableTimer();
  }

  function deliver(message) {
    socket.emit("user_uttered", { message, session_id: currentId, metadata });
  }

  socket.on("connect", () => {
    if (closed) return;
    confirmed = false;
    socket.emit("session_request", { session_id: currentId });
  });

  socket.on("session_confirm", (confirmedId) => {
    const id = typeof confirmedId === "string" ? confirmedId : confirmedId?.session_id;
    if (closed || !id) return;
    currentId = id;
    confirmed = true;
    stopUnreachableTimer();
    onSession(id);
    onStatus("connected");
    while (outbox.length > 0) deliver(outbox.shift());
  });

  socket.on("bot_uttered", (message) => {
    if (!closed) onBotMessage(message);
  });

  // Sent by Linkway's socket.io channel after the last reply of each turn.
  socket.on("turn_ended", () => {
    if (!closed) onTurnEnded();
  });

  socket.on("disconnect", (reason) => {
    if (reason !== "io client disconnect") linkDown();
  });

  socket.on("connect_error", linkDown);

  startUnreachableTimer();

  return {
    send(message) {
      if (closed) return;
      if (confirmed && socket.connected) {
        deliver(message);
      } else {
        outbox.push(message);
      }
    },
    // Once closed, nothing more is sent, reported or reconnected: events already on their way are dropped.
    close() {
      closed = true;
      outbox.length = 0;
      stopUnreachableTimer();
      socket.disconnect();
    },
  };
}
