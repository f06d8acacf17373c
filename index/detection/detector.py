"""The need and crisis detector: a rule layer and a learned layer, read clause by clause.

Crisis: the rule vocabulary (crisis_rules.yml) decides first; the learned crisis heads add
indirect wording the vocabulary does not list, at a high threshold. Needs: plain wording
(need_cues.yml) names a need outright; learned heads, blended with a vote of the nearest training
sentences, score the whole message and each clause for indirect wording, so a need mentioned in
passing inside a long message still counts. Clauses that deny a need ("not lonely, just skint"),
say it is settled ("my asthma's well controlled") or over ("I used to drink, sober since"), or ask
about the service itself ("who will see what I write?") are left out of both; a need turned down
by name ("I don't need a food bank") or said to be settled is left out of the learned reading of
the whole message, and so is a need whose cue file `blanks` speak for a clause (someone else's
drinking or illness, a pet's death).
"""

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from index.detection.classifier import LearnedModel, load_learned_model
from index.detection.encoder import ClauseEncoder
from index.detection.lexicon import CrisisLexicon, NeedCues, load_crisis_lexicon, load_need_cues
from index.detection.schemas import Detection
from index.detection.text import Clause, clean_text, need_clauses, normalise_words, rule_clauses
from index.taxonomy import load_taxonomy

NEED_THRESHOLD = 0.5
# On the blend of heads and neighbour vote (classifier.py); chosen with the blend by cross-validation.
LEARNED_THRESHOLD = 0.7
CUE_SCORE = 0.95
# Learned crisis heads (the rules decide first); see classifier.CRISIS_REGULARISATION for how it was checked.
CRISIS_THRESHOLD = 0.95
WINDOW_CHARS = 600
# One resident message is read several times in one turn (Rasa's crisis check over HTTP, then the
# action that hears the situation); the encoder pass is the cost, so recent readings are kept.
RECENT_READINGS_KEPT = 256
# A clause that only denies a need, e.g. "not lonely", "I'm not in debt", "never been a drinker".
# "not coping", "not in work" are struggles, not denials: need_cues.yml lists their first words.
_NEED_DENIAL = re.compile(
    r"^(?:(?:im|i am|i m|i feel|feeling|its|it is|were|we are|honestly|to be honest)\s+)?"
    r"(?:not|never been|no longer|not really|not actually)\s+(?P<rest>\w+(?:\s+\w+){0,3})\s*$"
)
# A clause that only refers back, as in "I've had asthma for years, but it's well controlled".
_REFERS_BACK = re.compile(r"^(?:it|its|it is|thats|that is|they|theyre|they are|which is)\b")


@dataclass(frozen=True)
class _View:
    """A vector the heads read, and the words it stands for."""

    vector: NDArray[np.float32]
    clause: Clause
    is_clause: bool = True
    # The clause's words as the cues read them (normalised once); empty for the whole-window view.
    words: str = ""


class NeedDetector:
    """Detects needs and crises in a resident's message. Safe to share between threads."""

    def __init__(self, lexicon: CrisisLexicon, cues: NeedCues, encoder: ClauseEncoder, model: LearnedModel) -> None:
        self.lexicon = lexicon
        self.cues = cues
        self.encoder = encoder
        self.model = model
        self.need_keys = load_taxonomy().need_keys
        self.crisis_types = list(load_taxonomy().crisis_types)
        # Keyed by a digest of the cleaned text, in this process's memory only; never written anywhere.
        self._recent: OrderedDict[bytes, Detection] = OrderedDict()
        self._recent_lock = threading.Lock()

    def _denies_need(self, normalised: str) -> bool:
        denial = _NEED_DENIAL.match(normalised)
        return denial is not None and not self.cues.is_struggle(denial["rest"])

    def _left_out(self, normalised: list[str]) -> tuple[set[int], set[str]]:
        """Clauses that deny a need, say it is settled, tell it as past or ask about the service, and
        the needs some clause turns down by name or says are settled ("my asthma's under control"):
        only a plain cue elsewhere brings one of those back. A settled clause that only refers back
        ("but it's well controlled") settles the clause before it, when that names nothing else; a
        clause saying a problem is over ("sorted it years ago", "I'm fine now") ends the one before
        it unless that one says it is still there, and is not over when the next says it came back
        ("the food bank helped, but we've run out again")."""
        left_out: set[int] = set()
        turned_down: set[str] = set()
        for index, words in enumerate(normalised):
            settled = self.cues.needs_settled(words)
            denied = self.cues.needs_denied(words)
            turned_down |= settled | denied
            following = normalised[index + 1] if index + 1 < len(normalised) else ""
            resolved = self.cues.is_resolved(words) and not self.cues.came_back(following)
            if (
                settled
                or resolved
                or denied
                or self._denies_need(words)
                or self.cues.is_past(words, following)
                or self.cues.is_about_the_service(words)
            ):
                left_out.add(index)
            if not index:
                continue
            if settled and _REFERS_BACK.match(words):
                named = set(self.cues.needs_named(normalised[index - 1]))
                if named and named <= settled:
                    left_out.add(index - 1)
            if resolved and not self.cues.is_current(normalised[index - 1]):
                left_out.add(index - 1)
        return left_out, turned_down

    def _normalised(self, clause: Clause) -> str:
        return normalise_words(clause.text, self.cues.spellings)

    def _views(self, window: Clause) -> tuple[list[_View], set[str]]:
        """The window as a whole and each of its clauses, leaving out clauses that deny a need or settle it,
        and the needs its clauses turn down."""
        relative = need_clauses(window.text)
        clauses = [Clause(c.text, c.start + window.start, c.end + window.start) for c in relative]
        words = [self._normalised(clause) for clause in clauses]
        message_vector, clause_vectors = self.encoder.encode_message(window.text, relative)
        left_out, turned_down = self._left_out(words)
        kept = [index for index in range(len(clauses)) if index not in left_out]
        views = [_View(clause_vectors[index], clauses[index], words=words[index]) for index in kept]
        if len(kept) == len(clauses):
            views.append(_View(message_vector, window, is_clause=False))
        elif kept:
            pooled = clause_vectors[kept].mean(axis=0)
            views.append(_View(pooled / max(float(np.linalg.norm(pooled)), 1e-12), window, is_clause=False))
        return views, turned_down

    def _windows(self, message: str) -> list[Clause]:
        """Runs of whole clauses short enough for one encoder pass each."""
        windows: list[Clause] = []
        for clause in rule_clauses(message):
            if windows and clause.end - windows[-1].start <= WINDOW_CHARS:
                last = windows[-1]
                windows[-1] = Clause(message[last.start : clause.end], last.start, clause.end)
            else:
                windows.append(clause)
        return windows

    def detect(self, text: str) -> Detection:
        """The reading of `text`; the same text read again within a few hundred messages costs nothing."""
        message = clean_text(text)
        key = hashlib.sha256(message.encode()).digest()
        with self._recent_lock:
            cached = self._recent.get(key)
            if cached is not None:
                self._recent.move_to_end(key)
                return cached.model_copy(deep=True)
        detection = self._read(message)
        with self._recent_lock:
            self._recent[key] = detection
            while len(self._recent) > RECENT_READINGS_KEPT:
                self._recent.popitem(last=False)
        return detection.model_copy(deep=True)

    def _read(self, message: str) -> Detection:
        scores = dict.fromkeys([*self.need_keys, *self.crisis_types], 0.0)
        evidence: dict[str, str] = {}
        views: list[_View] = []
        turned_down: set[str] = set()
        for window in self._windows(message):
            window_views, window_turned_down = self._views(window)
            views += window_views
            turned_down |= window_turned_down
        if views:
            self._score_needs(views, scores, evidence, turned_down)
        self._score_cues(views, scores, evidence)
        crisis = self._crisis(message, views, scores, evidence)
        if crisis:
            for need in self.lexicon.implied_needs(crisis):
                scores[need] = max(scores[need], scores[crisis])
                evidence.setdefault(need, evidence[crisis])
        needs = sorted((key for key in self.need_keys if scores[key] >= NEED_THRESHOLD), key=lambda key: -scores[key])
        return Detection(
            needs=needs,
            crisis=crisis,  # type: ignore[arg-type]
            scores={key: round(value, 3) for key, value in scores.items()},
            evidence={key: words for key, words in evidence.items() if key in needs or key == crisis},
        )

    def _score_needs(
        self, views: list[_View], scores: dict[str, float], evidence: dict[str, str], turned_down: set[str]
    ) -> None:
        """Learned scores, rescaled so LEARNED_THRESHOLD lands on NEED_THRESHOLD."""
        probabilities = self.model.need_probabilities(np.stack([view.vector for view in views]))
        self._silence_blanked(views, probabilities)
        clause_rows = np.flatnonzero([view.is_clause for view in views])
        for column, key in enumerate(self.model.needs.labels):
            if key in turned_down:
                continue
            scores[key] = _rescaled(float(probabilities[:, column].max()))
            # Evidence is the clause that says it most clearly, not the whole message.
            rows = clause_rows if clause_rows.size else np.arange(len(views))
            evidence[key] = views[int(rows[np.argmax(probabilities[rows, column])])].clause.text

    def _silence_blanked(self, views: list[_View], probabilities: NDArray[np.float32]) -> None:
        """A clause that a need's blanks speak for ("she drinks a lot", "my dog died") gives that need
        no learned score, and neither does the whole message around it."""
        columns = {key: column for column, key in enumerate(self.model.needs.labels)}
        blanked: set[str] = set()
        for row, view in enumerate(views):
            if view.is_clause:
                needs = self.cues.needs_blanked(view.words)
                probabilities[row, [columns[need] for need in needs]] = 0.0
                blanked |= needs
        message_rows = [row for row, view in enumerate(views) if not view.is_clause]
        probabilities[np.ix_(message_rows, [columns[need] for need in blanked])] = 0.0

    def _score_cues(self, views: list[_View], scores: dict[str, float], evidence: dict[str, str]) -> None:
        for view in views:
            if not view.is_clause:
                continue
            for need in self.cues.needs_named(view.words):
                if scores[need] < CUE_SCORE:
                    scores[need] = CUE_SCORE
                    evidence[need] = view.clause.text

    def _explained_away(self, message: str, view: Clause, clauses: list[Clause], told_as_past: set[int]) -> bool:
        """The view holds, or is part of, an idiom, denial or past event read across its rule clauses and the
        ones either side ("I won't be here tomorrow, | we're off to the coast"), or lies in rule clauses the
        rules read as a past attempt ("back in 2009, | I tried to ...")."""
        inside = [index for index, clause in enumerate(clauses) if clause.end > view.start and clause.start < view.end]
        if not inside:
            return self.lexicon.explains_away(view.text)
        if all(index in told_as_past for index in inside):
            return True
        start = min(clauses[max(inside[0] - 1, 0)].start, view.start)
        end = max(clauses[min(inside[-1] + 1, len(clauses) - 1)].end, view.end)
        return self.lexicon.explains_away(view.text, message[start : view.start], message[view.end : end])

    def _score_learned_crises(
        self, message: str, views: list[_View], scores: dict[str, float], evidence: dict[str, str]
    ) -> None:
        """Each crisis type's best score among the views not explained away. Views are tried from the
        likeliest down and only as far as one could still raise the score: explaining away reads the
        rule vocabulary, and most messages need one or two views read instead of every one."""
        clauses = rule_clauses(message)
        told_as_past = self.lexicon.clauses_told_as_past(clauses)
        explained: dict[int, bool] = {}
        probabilities = self.model.crises.probabilities(np.stack([view.vector for view in views]))
        for column, kind in enumerate(self.model.crises.labels):
            for row in np.argsort(-probabilities[:, column], kind="stable"):
                probability = float(probabilities[row, column])
                if probability <= scores[kind]:
                    break
                if row not in explained:
                    explained[row] = self._explained_away(message, views[row].clause, clauses, told_as_past)
                if not explained[row]:
                    scores[kind] = probability
                    evidence[kind] = views[row].clause.text
                    break

    def _crisis(
        self, message: str, views: list[_View], scores: dict[str, float], evidence: dict[str, str]
    ) -> str | None:
        hits = self.lexicon.hits(message)
        for hit in hits:
            scores[hit.crisis_type] = 1.0
            evidence.setdefault(hit.crisis_type, hit.clause.text)
        if views:
            self._score_learned_crises(message, views, scores, evidence)
        if hits:
            return hits[0].crisis_type
        learned = [kind for kind in self.lexicon.priority if scores[kind] >= CRISIS_THRESHOLD]
        return learned[0] if learned else None


def _rescaled(probability: float) -> float:
    if probability < LEARNED_THRESHOLD:
        return NEED_THRESHOLD * probability / LEARNED_THRESHOLD
    return NEED_THRESHOLD + (1 - NEED_THRESHOLD) * (probability - LEARNED_THRESHOLD) / (1 - LEARNED_THRESHOLD)


_detector: NeedDetector | None = None
_detector_lock = threading.Lock()


def get_detector() -> NeedDetector:
    """The process-wide detector, built on first use (a few seconds) and shared afterwards."""
    global _detector
    if _detector is None:
        with _detector_lock:
            if _detector is None:
                encoder = ClauseEncoder()
                _detector = NeedDetector(load_crisis_lexicon(), load_need_cues(), encoder, load_learned_model(encoder))
    return _detector
