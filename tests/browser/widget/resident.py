"""A resident who answers whatever the assistant asks, by keyboard, until the conversation reaches an end.

Answers are chosen from the assistant's latest question, so the test follows the real dialogue
rather than a fixed script of turns."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.browser.widget.chat_page import ChatPage

Answer = Callable[[ChatPage], list[str]]
MAX_TURNS = 30


def say(text: str) -> Answer:
    return lambda chat: chat.say(text)


def choose(title: str) -> Answer:
    return lambda chat: chat.choose(title)


@dataclass
class Resident:
    """Answers keyed by a pattern on the assistant's question; the first pattern that matches is used."""

    answers: list[tuple[str, Answer]]
    transcript: list[str] = field(default_factory=list)

    def talk_until(self, chat: ChatPage, finished: str) -> str:
        """Answer questions until a message matches `finished`; return that message."""
        for _ in range(MAX_TURNS):
            texts = chat.bot_texts()
            self.transcript = texts
            done = next((text for text in reversed(texts[-4:]) if re.search(finished, text, re.I)), None)
            if done:
                return done
            question = texts[-1] if texts else ""
            answer = next((a for pattern, a in self.answers if re.search(pattern, question, re.I)), None)
            if answer is None:
                raise AssertionError(f"No answer for {question!r}. Conversation so far:\n" + "\n---\n".join(texts))
            answer(chat)
        raise AssertionError("The conversation did not finish:\n" + "\n---\n".join(chat.bot_texts()))
