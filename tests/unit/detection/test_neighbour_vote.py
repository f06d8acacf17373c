"""The learned layer's nearest-neighbour vote: the written training sentences closest to a view
carry their needs to it, so unseen indirect wording near known wording is not left just under
the heads' threshold."""

from pathlib import Path

import numpy as np

from index.detection.classifier import (
    HEAD_SHARE,
    LearnedModel,
    LinearHeads,
    NeighbourVote,
    load_learned_model,
    save_learned_model,
)

LABELS = ["housing", "debt_money"]


def _unit(*values: float) -> np.ndarray:
    vector = np.asarray(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def _vote(vectors: list[np.ndarray], needs: list[list[bool]]) -> NeighbourVote:
    return NeighbourVote(LABELS, np.stack(vectors), np.asarray(needs))


def test_the_nearest_sentences_outvote_farther_ones() -> None:
    vote = _vote(
        [_unit(1, 0, 0), _unit(0.9, 0.1, 0), _unit(0, 1, 0), _unit(0, 0.9, 0.1), _unit(0, 0.8, 0.2)],
        [[True, False], [True, False], [False, True], [False, True], [False, True]],
    )
    shares = vote.probabilities(_unit(1, 0.05, 0)[None, :])[0]
    assert shares[0] > 0.99
    assert shares[1] < 0.01


def test_sentences_without_a_need_vote_for_none() -> None:
    vote = _vote([_unit(1, 0), _unit(0.95, 0.05)], [[False, False], [False, False]])
    assert vote.probabilities(_unit(1, 0)[None, :]).max() == 0.0


def test_a_bank_smaller_than_the_neighbour_count_still_votes() -> None:
    vote = _vote([_unit(1, 0)], [[False, True]])
    assert vote.probabilities(_unit(0.6, 0.8)[None, :])[0].tolist() == [0.0, 1.0]


def test_need_probabilities_blend_the_heads_with_the_vote() -> None:
    heads = LinearHeads(LABELS, np.zeros((2, 2), dtype=np.float32), np.zeros(2, dtype=np.float32))
    vote = _vote([_unit(1, 0)], [[True, False]])
    model = LearnedModel(needs=heads, neighbours=vote, crises=heads)
    blended = model.need_probabilities(_unit(1, 0)[None, :])[0]
    assert np.allclose(blended, [HEAD_SHARE * 0.5 + (1 - HEAD_SHARE), HEAD_SHARE * 0.5])


def test_the_neighbour_bank_survives_saving_and_loading(tmp_path: Path) -> None:
    heads = LinearHeads(LABELS, np.ones((2, 2), dtype=np.float32), np.zeros(2, dtype=np.float32))
    vote = _vote([_unit(1, 0), _unit(0, 1)], [[True, False], [False, True]])
    path = tmp_path / "model.npz"
    save_learned_model(LearnedModel(needs=heads, neighbours=vote, crises=heads), path)
    loaded = load_learned_model(encoder=None, path=path)  # type: ignore[arg-type]  # a fresh artefact never fits
    assert loaded.neighbours.labels == LABELS
    assert loaded.neighbours.vectors.dtype == np.float32
    assert np.allclose(loaded.neighbours.vectors, vote.vectors, atol=1e-3)
    assert loaded.neighbours.targets.tolist() == vote.targets.tolist()
