"""Sentence vectors for the detector: one forward pass per message gives the whole message and each clause.

The detector runs on every resident message, so it has its own int8 copy of the shared MiniLM
encoder (`index.embeddings`), about three times faster on CPU. Clause vectors are mean-pooled from
the message's own token vectors, so a message of several clauses still costs one pass.
"""

import copy
import threading
import warnings
from collections.abc import Sequence

import numpy as np
import torch
from numpy.typing import NDArray

from index.detection.text import Clause
from index.embeddings import get_encoder

MAX_TOKENS = 256


class ClauseEncoder:
    """Embeds a message and its clauses as L2-normalised float32 vectors (one pass, thread-safe)."""

    def __init__(self) -> None:
        shared = get_encoder()
        self.tokenizer = shared.tokenizer
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.model = torch.ao.quantization.quantize_dynamic(
                copy.deepcopy(shared[0].auto_model).eval(), {torch.nn.Linear}, dtype=torch.qint8
            )
        self._lock = threading.Lock()

    def _token_vectors(self, texts: Sequence[str]) -> tuple[torch.Tensor, torch.Tensor, NDArray[np.int64]]:
        encoded = self.tokenizer(
            list(texts),
            padding=True,
            truncation=True,
            max_length=MAX_TOKENS,
            return_offsets_mapping=True,
            return_tensors="pt",
        )
        offsets = encoded.pop("offset_mapping").numpy()
        with self._lock, torch.inference_mode():
            hidden = self.model(input_ids=encoded["input_ids"], attention_mask=encoded["attention_mask"])[0]
        return hidden, encoded["attention_mask"], offsets

    def encode_sentences(self, texts: Sequence[str], batch_size: int = 32) -> NDArray[np.float32]:
        """Whole-text vectors, as the message view sees them (used to fit the classifier)."""
        batches = []
        for first in range(0, len(texts), batch_size):
            hidden, mask, _ = self._token_vectors(texts[first : first + batch_size])
            weights = mask.unsqueeze(-1).float()
            batches.append(((hidden * weights).sum(1) / weights.sum(1)).numpy())
        return _unit_rows(np.concatenate(batches) if batches else np.zeros((0, 384), dtype=np.float32))

    def encode_message(
        self, message: str, clauses: Sequence[Clause]
    ) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
        """The message vector and one vector per clause (rows follow `clauses`)."""
        hidden, mask, offsets = self._token_vectors([message])
        tokens = hidden[0].numpy()
        spans = offsets[0]
        message_vector = tokens[mask[0].numpy().astype(bool)].mean(axis=0)
        clause_vectors = np.zeros((len(clauses), tokens.shape[1]), dtype=np.float32)
        real = spans[:, 1] > spans[:, 0]
        for row, clause in enumerate(clauses):
            inside = real & (spans[:, 0] >= clause.start) & (spans[:, 1] <= clause.end)
            # Callers keep messages within MAX_TOKENS; a clause cut off anyway reads as the whole message.
            clause_vectors[row] = tokens[inside].mean(axis=0) if inside.any() else message_vector
        return _unit_rows(message_vector[None, :])[0], _unit_rows(clause_vectors)


def _unit_rows(matrix: NDArray[np.floating]) -> NDArray[np.float32]:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.maximum(norms, 1e-12)).astype(np.float32)
