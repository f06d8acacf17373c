"""Search latency at growing directory sizes, built by perturbing the real services."""

import random
import time

import bm25s
import faiss
import numpy as np

from index.documents import lexical_tokens, service_document
from index.embeddings import DIMENSION, encode
from index.loaded_index import LoadedIndex
from index.search import SearchQuery, ServiceSearch
from index.snapshot import Snapshot

NOISE = 0.05


def percentile(samples: list[float], share: float) -> float:
    return float(np.percentile(np.array(samples) * 1000, share))


def synthetic_index(real: LoadedIndex, snapshot: Snapshot, size: int, seed: int = 7) -> LoadedIndex:
    """`size` services: the real ones plus copies with shuffled wording, nearby vectors and another area."""
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    real_vectors = faiss.rev_swig_ptr(real.vectors.get_xb(), real.vectors.ntotal * DIMENSION).reshape(-1, DIMENSION)
    areas = real.hierarchy.known_areas()
    entries, rows, documents = [], [], []
    for number in range(size):
        source = number % len(snapshot.services)
        entry = snapshot.services[source]
        if number >= len(snapshot.services):
            words = entry.description.split()
            rng.shuffle(words)
            entry = entry.model_copy(
                update={
                    "id": f"syn-{number}",
                    "description": " ".join(words[: max(5, len(words) - 3)]),
                    "areas": [rng.choice(areas)],
                }  # fmt: skip
            )
        entries.append(entry)
        rows.append(source)
        documents.append(service_document(entry))
    vectors = real_vectors[rows] + noise.normal(0, NOISE, (size, DIMENSION)).astype(np.float32)
    vectors[: len(snapshot.services)] = real_vectors
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    flat = faiss.IndexFlatIP(DIMENSION)
    flat.add(vectors.astype(np.float32))
    lexical = bm25s.BM25()
    lexical.index(lexical_tokens(documents), show_progress=False)
    return LoadedIndex(Snapshot(areas=snapshot.areas, flat_areas=snapshot.flat_areas, services=entries), flat, lexical)


def latencies(search: ServiceSearch, queries: list[SearchQuery], repeats: int = 3) -> list[float]:
    for query in queries[:5]:
        search.search(query)
    samples = []
    for _ in range(repeats):
        for query in queries:
            started = time.perf_counter()
            search.search(query)
            samples.append(time.perf_counter() - started)
    return samples


def query_embedding_floor(texts: list[str]) -> list[float]:
    encode(texts[:3])
    samples = []
    for text in texts:
        started = time.perf_counter()
        encode([text])
        samples.append(time.perf_counter() - started)
    return samples
