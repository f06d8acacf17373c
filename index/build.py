"""Build the search index from the directory tables: faiss vectors, BM25, the snapshot and `config.json`.

A build is skipped when the directory checksum matches the existing index's, and embeddings are
cached by document hash, so changing one service re-embeds one service.
"""

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from index.database import utcnow
from index.embeddings import DIMENSION
from index.snapshot import (
    CONFIG_FILE,
    EMBEDDING_CACHE_FILE,
    SNAPSHOT_FILE,
    VECTORS_FILE,
    Snapshot,
    new_config,
    read_config,
    write_json_atomically,
)

LEXICAL_DIR = "bm25"
EMBED_BATCH = 64
Encoder = Callable[[list[str]], NDArray[np.float32]]


@dataclass
class BuildResult:
    skipped: bool
    checksum: str
    services: int
    embedded: int = 0
    reused: int = 0
    seconds: float = 0.0


def load_embedding_cache(index_dir: Path) -> dict[str, NDArray[np.float32]]:
    path = index_dir / EMBEDDING_CACHE_FILE
    if not path.exists():
        return {}
    with np.load(path) as cached:
        return dict(zip(cached["keys"].tolist(), cached["vectors"], strict=True))


def save_embedding_cache(index_dir: Path, keys: list[str], vectors: NDArray[np.float32]) -> None:
    scratch = index_dir / f"{EMBEDDING_CACHE_FILE}.tmp.npz"
    np.savez(scratch, keys=np.array(keys), vectors=vectors)
    scratch.replace(index_dir / EMBEDDING_CACHE_FILE)


def default_encoder(texts: list[str]) -> NDArray[np.float32]:
    from index.embeddings import encode

    return encode(texts)


def embed_documents(
    documents: list[str], cache: dict[str, NDArray[np.float32]], encoder: Encoder, progress: bool
) -> tuple[list[str], NDArray[np.float32], int]:
    """Vectors for every document, embedding only those the cache lacks; returns keys, vectors, count embedded."""
    from tqdm import tqdm

    from index.documents import embedding_key

    keys = [embedding_key(document) for document in documents]
    missing = sorted({key: document for key, document in zip(keys, documents, strict=True) if key not in cache}.items())
    batches = range(0, len(missing), EMBED_BATCH)
    for start in tqdm(batches, desc="Embedding services", unit="batch", disable=not progress or not missing):
        batch = missing[start : start + EMBED_BATCH]
        for (key, _), vector in zip(batch, encoder([document for _, document in batch]), strict=True):
            cache[key] = vector
    vectors = np.stack([cache[key] for key in keys]) if keys else np.zeros((0, DIMENSION), dtype=np.float32)
    return keys, vectors.astype(np.float32), len(missing)


def build_index(
    snapshot: Snapshot,
    index_dir: Path,
    *,
    force: bool = False,
    progress: bool = True,
    encoder: Encoder = default_encoder,
) -> BuildResult:
    from index.documents import index_checksum

    started = time.perf_counter()
    checksum = index_checksum(snapshot)
    config = read_config(index_dir)
    complete = all((index_dir / name).exists() for name in (VECTORS_FILE, SNAPSHOT_FILE, LEXICAL_DIR))
    if config and config.directory_checksum == checksum and complete and not force:
        return BuildResult(skipped=True, checksum=checksum, services=len(snapshot.services))

    # Imported here, not at the top, so the common case (nothing changed) stays well under a second.
    import bm25s
    import faiss

    from index.documents import lexical_tokens, service_document

    index_dir.mkdir(parents=True, exist_ok=True)
    documents = [service_document(entry) for entry in snapshot.services]
    cache = load_embedding_cache(index_dir)
    keys, vectors, embedded = embed_documents(documents, cache, encoder, progress)

    (index_dir / CONFIG_FILE).unlink(missing_ok=True)
    vectors_index = faiss.IndexFlatIP(DIMENSION)
    vectors_index.add(vectors)
    faiss.write_index(vectors_index, str(index_dir / VECTORS_FILE))
    lexical = bm25s.BM25()
    lexical.index(lexical_tokens(documents), show_progress=False)
    shutil.rmtree(index_dir / LEXICAL_DIR, ignore_errors=True)
    lexical.save(str(index_dir / LEXICAL_DIR))
    save_embedding_cache(index_dir, keys, vectors)
    write_json_atomically(index_dir / SNAPSHOT_FILE, snapshot.model_dump_json())
    built = new_config(checksum, len(snapshot.services), utcnow())
    write_json_atomically(index_dir / CONFIG_FILE, built.model_dump_json(indent=2))
    return BuildResult(
        skipped=False,
        checksum=checksum,
        services=len(snapshot.services),
        embedded=embedded,
        reused=len(keys) - embedded,
        seconds=time.perf_counter() - started,
    )
