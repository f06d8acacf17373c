"""The learned layer: logistic-regression heads over sentence vectors, with a nearest-neighbour vote
among the written training sentences for needs, saved as a small artefact.

The training data is training_examples.yml and the whole messages of training_messages/, which were
written blind by other people: with the first four of them, need reading rose on every check set the
fit had not seen (bench/reports/needs.md, tenth session). The crisis heads also learn from the retired
crisis check sets in crisis_messages/: fitted without one set and reading it, over each set in turn,
the heads alone caught 52% of the left-out crises where heads fitted without any set caught 12% (145 of
1,221), alarming on 2.2% of their calm look-alikes (eleventh session).

The heads alone score unseen indirect wording just under any safe threshold, and more training
sentences move them only a little; a view whose nearest written sentences share a need is strong
evidence of it, so a need's score is the mean of its head and its neighbour vote. The blend's
settings were chosen by cross-validation on the training sentences (held-out folds, read by the
whole detector), not on the evaluation set.

Fitting encodes a few thousand training views (minutes on two busy cores), so the fitted weights
are kept in learned_model.npz beside the training data, with a digest of what they were fitted
from. A stale artefact (training data or taxonomy changed) is never used: the process fits its own
copy in memory and logs a warning; `python -m index.detection fit` writes a new artefact. Loading
never writes, so processes sharing a checkout cannot overwrite each other's artefact.
"""

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from sklearn.linear_model import LogisticRegression

from index.detection.encoder import ClauseEncoder
from index.detection.training import (
    CALM_SENTENCE_WEIGHT,
    CRISIS_MESSAGE_FILES,
    MESSAGE_FILES,
    NO_CRISIS,
    TRAINING_FILE,
    build_training_set,
)
from index.embeddings import MODEL_NAME
from index.taxonomy import load_taxonomy

logger = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).resolve().parent / "learned_model.npz"
FORMAT_VERSION = "3"
REGULARISATION = 0.25
# The crisis heads learn from some 2,700 whole crisis and calm messages, and fit them closer. Fitting without
# one crisis check set and reading it, over each set in turn: at 1.0 the heads alone caught 52% of the
# left-out crises at CRISIS_THRESHOLD and alarmed on 2.2% of their calm look-alikes; at 0.25, 38% and 1.0%,
# and 55% with 3.1% only at a threshold of 0.9 (eleventh session).
CRISIS_REGULARISATION = 1.0
NEIGHBOURS = 10
# Softmax temperature over cosine similarity: a neighbour 0.05 less similar counts e times less.
NEIGHBOUR_TEMPERATURE = 0.05
HEAD_SHARE = 0.5


@dataclass(frozen=True)
class LinearHeads:
    """One-vs-rest logistic heads: `probabilities(vectors)[i, k]` is P(label k | vector i)."""

    labels: list[str]
    weights: NDArray[np.float32]
    bias: NDArray[np.float32]

    def probabilities(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        logits = vectors @ self.weights.T + self.bias
        return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)


@dataclass(frozen=True)
class NeighbourVote:
    """`probabilities(vectors)[i, k]`: the share of vector i's nearest written sentences labelled k,
    each weighted by a softmax of its cosine similarity."""

    labels: list[str]
    vectors: NDArray[np.float32]
    targets: NDArray[np.bool_]

    def probabilities(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        similarities = vectors @ self.vectors.T
        count = min(NEIGHBOURS, similarities.shape[1])
        nearest = np.argpartition(-similarities, count - 1, axis=1)[:, :count]
        closeness = np.take_along_axis(similarities, nearest, axis=1)
        weights = np.exp((closeness - closeness.max(axis=1, keepdims=True)) / NEIGHBOUR_TEMPERATURE)
        votes = np.einsum("vn,vnk->vk", weights, self.targets[nearest].astype(np.float32))
        return (votes / weights.sum(axis=1, keepdims=True)).astype(np.float32)


@dataclass(frozen=True)
class LearnedModel:
    needs: LinearHeads
    neighbours: NeighbourVote
    crises: LinearHeads

    def need_probabilities(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        """Columns follow `needs.labels`: each need's head blended with its neighbour vote."""
        heads = self.needs.probabilities(vectors)
        return HEAD_SHARE * heads + (1 - HEAD_SHARE) * self.neighbours.probabilities(vectors)


def source_digest(
    training_file: Path = TRAINING_FILE,
    message_files: Sequence[Path] = MESSAGE_FILES,
    crisis_files: Sequence[Path] = CRISIS_MESSAGE_FILES,
) -> str:
    """What the artefact depends on: training data, need keys, encoder and this file's format."""
    digest = hashlib.sha256(training_file.read_bytes())
    for message_file in [*message_files, *crisis_files]:
        digest.update(message_file.read_bytes())
    digest.update(",".join(load_taxonomy().need_keys).encode())
    digest.update(
        f"{MODEL_NAME}:{FORMAT_VERSION}:{REGULARISATION}:{CRISIS_REGULARISATION}:{CALM_SENTENCE_WEIGHT}".encode()
    )
    return digest.hexdigest()


def _fit_heads(
    vectors: NDArray[np.float32],
    targets: NDArray[np.bool_],
    labels: list[str],
    regularisation: float,
    weights: NDArray[np.float64] | None = None,
) -> LinearHeads:
    coefficients, bias = [], []
    for column, label in enumerate(labels):
        positives = int(targets[:, column].sum())
        if positives == 0:
            raise ValueError(f"no training examples for {label!r}: add some to {TRAINING_FILE.name}")
        head = LogisticRegression(C=regularisation, class_weight="balanced", max_iter=2000)
        head.fit(vectors, targets[:, column], sample_weight=weights)
        coefficients.append(head.coef_[0])
        bias.append(head.intercept_[0])
    return LinearHeads(labels, np.asarray(coefficients, dtype=np.float32), np.asarray(bias, dtype=np.float32))


def fit_learned_model(
    encoder: ClauseEncoder,
    path: Path = TRAINING_FILE,
    message_files: Sequence[Path] = MESSAGE_FILES,
    crisis_files: Sequence[Path] = CRISIS_MESSAGE_FILES,
) -> LearnedModel:
    """Fit on `path`, `message_files` and `crisis_files` (others only for cross-validation: bench/needs_cv.py)."""
    training = build_training_set(encoder, path, message_files, crisis_files)
    vectors = np.stack(training.vectors)
    need_keys = load_taxonomy().need_keys
    learns = np.asarray(training.learns_needs)
    need_targets = np.asarray([[key in needs for key in need_keys] for needs in training.needs])
    # A sentence naming two needs would lend both to a clause that is near only one of its halves.
    written = learns & np.asarray(training.written) & (need_targets.sum(axis=1) <= 1)
    crisis_types = list(load_taxonomy().crisis_types)
    crisis_targets = np.asarray([[crisis == kind for kind in crisis_types] for crisis in training.crises])
    assert NO_CRISIS not in crisis_types
    return LearnedModel(
        needs=_fit_heads(vectors[learns], need_targets[learns], need_keys, REGULARISATION),
        neighbours=NeighbourVote(need_keys, vectors[written], need_targets[written]),
        crises=_fit_heads(
            vectors, crisis_targets, crisis_types, CRISIS_REGULARISATION, np.asarray(training.crisis_weights)
        ),
    )


def save_learned_model(model: LearnedModel, path: Path = MODEL_FILE) -> None:
    partial = path.with_suffix(".partial.npz")
    np.savez_compressed(
        partial,
        digest=np.asarray(source_digest()),
        need_labels=np.asarray(model.needs.labels),
        need_weights=model.needs.weights,
        need_bias=model.needs.bias,
        # Half precision halves the file; the vote's cosines move by under 0.001.
        neighbour_vectors=model.neighbours.vectors.astype(np.float16),
        neighbour_needs=model.neighbours.targets,
        crisis_labels=np.asarray(model.crises.labels),
        crisis_weights=model.crises.weights,
        crisis_bias=model.crises.bias,
    )
    partial.replace(path)


def load_learned_model(encoder: ClauseEncoder, path: Path = MODEL_FILE) -> LearnedModel:
    """The saved model if it matches the current training data, else a fresh fit kept in memory."""
    if path.exists():
        with np.load(path) as saved:
            if str(saved["digest"]) == source_digest():
                need_labels = [str(k) for k in saved["need_labels"]]
                return LearnedModel(
                    needs=LinearHeads(need_labels, saved["need_weights"], saved["need_bias"]),
                    neighbours=NeighbourVote(
                        need_labels, saved["neighbour_vectors"].astype(np.float32), saved["neighbour_needs"]
                    ),
                    crises=LinearHeads(
                        [str(k) for k in saved["crisis_labels"]], saved["crisis_weights"], saved["crisis_bias"]
                    ),
                )
    logger.warning(
        "%s is missing or stale: fitting the need classifier in memory; run `python -m index.detection fit`",
        path.name,
    )
    return fit_learned_model(encoder)
