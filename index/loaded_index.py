"""A built index read back from disk: vectors (faiss), BM25, the snapshot, the filter masks and ranking signals."""

from pathlib import Path

import bm25s
import faiss
import numpy as np
from numpy.typing import NDArray
from pydantic import ValidationError

from index.build import LEXICAL_DIR
from index.documents import index_checksum, lexical_tokens
from index.embeddings import DIMENSION, MODEL_NAME, encode
from index.errors import IndexUnavailableError
from index.filters import Mask, ServiceFilters
from index.signals import Positions, ServiceSignals
from index.snapshot import SNAPSHOT_FILE, VECTORS_FILE, Snapshot, read_config


class LoadedIndex:
    def __init__(self, snapshot: Snapshot, vectors: faiss.Index, lexical: bm25s.BM25) -> None:
        self.services = snapshot.services
        self.hierarchy = snapshot.hierarchy()
        self.filters = ServiceFilters(self.services, self.hierarchy)
        self.signals = ServiceSignals(self.services, self.filters, self.hierarchy)
        self.vectors = vectors
        flat = vectors.get_xb()  # type: ignore[attr-defined]  # a view of faiss's own memory, not a copy
        self.matrix = faiss.rev_swig_ptr(flat, vectors.ntotal * DIMENSION).reshape(-1, DIMENSION)
        self.lexical = lexical
        self.needs = self.signals.needs
        self.name_order = np.argsort(np.array([entry.name.lower() for entry in self.services]), kind="stable")

    def embed_query(self, text: str) -> NDArray[np.float32]:
        return encode([text])

    def dense_top(self, vector: NDArray[np.float32], mask: Mask, k: int) -> list[int]:
        """Positions of the k most similar services among those in `mask`, best first."""
        allowed = int(mask.sum())
        if not allowed:
            return []
        selector = faiss.IDSelectorBitmap(len(mask), faiss.swig_ptr(np.packbits(mask, bitorder="little")))
        params = faiss.SearchParameters()
        params.sel = selector
        _, found = self.vectors.search(vector, min(k, allowed), params=params)
        return [int(position) for position in found[0] if position >= 0]

    def dense_scores(self, vector: NDArray[np.float32], positions: Positions) -> NDArray[np.float32]:
        """Cosine similarity of the query to each service at `positions`."""
        return self.matrix[positions] @ vector[0]

    def lexical_scores(self, text: str, mask: Mask) -> NDArray[np.float32]:
        """BM25 score of every service (zero outside `mask`, or when no query word is in the index)."""
        tokens = [token for token in lexical_tokens([text])[0] if token in self.lexical.vocab_dict]
        if not tokens:
            return np.zeros(len(mask), dtype=np.float32)
        return np.asarray(self.lexical.get_scores(tokens, weight_mask=mask.astype(np.float32)), dtype=np.float32)

    @staticmethod
    def top_scored(scores: NDArray[np.float32], k: int) -> list[int]:
        """Positions of the k highest positive scores, best first."""
        top = np.argpartition(-scores, min(k, len(scores) - 1))[:k]
        top = top[scores[top] > 0]
        return [int(position) for position in top[np.argsort(-scores[top], kind="stable")]]

    def need_mask(self, needs: list[str]) -> Mask:
        return self.signals.need_mask(needs)

    def by_need_then_name(self, needs: list[str], mask: Mask) -> list[int]:
        """Browsing without words: services meeting more of the needs first, then alphabetically."""
        counts = sum((self.needs[need].astype(np.int8) for need in needs if need in self.needs), np.zeros(len(mask)))
        ordered = self.name_order[mask[self.name_order]]
        return [int(p) for p in ordered[np.argsort(-counts[ordered], kind="stable")]]

    def by_name(self, mask: Mask) -> list[int]:
        return [int(position) for position in self.name_order[mask[self.name_order]]]


def load_index(index_dir: Path) -> LoadedIndex:
    """Read the index, refusing one whose files do not match its `config.json` or the current model."""
    hint = "run `python -m index build`"
    try:
        config = read_config(index_dir)
        if config is None:
            raise IndexUnavailableError(f"No search index in {index_dir}: {hint}.")
        snapshot = Snapshot.model_validate_json((index_dir / SNAPSHOT_FILE).read_text(encoding="utf-8"))
        vectors = faiss.read_index(str(index_dir / VECTORS_FILE))
        lexical = bm25s.BM25.load(str(index_dir / LEXICAL_DIR))
    except (OSError, RuntimeError, ValidationError, ValueError) as error:
        raise IndexUnavailableError(f"The search index in {index_dir} is unreadable ({error}): {hint}.") from error
    if config.model != MODEL_NAME or config.dimension != DIMENSION or vectors.d != DIMENSION:
        raise IndexUnavailableError(
            f"The index in {index_dir} was built with {config.model}, not {MODEL_NAME}: {hint}."
        )
    if index_checksum(snapshot) != config.directory_checksum or vectors.ntotal != len(snapshot.services):
        raise IndexUnavailableError(f"The index files in {index_dir} disagree with its config.json: {hint}.")
    return LoadedIndex(snapshot, vectors, lexical)
