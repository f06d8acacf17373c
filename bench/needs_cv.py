"""Cross-validate the need detector on its own training sentences (no evaluation text involved).

    .venv/bin/python -m bench.needs_cv [--folds 5] [--seed 5] [--training FILE] [--threads 1]

The labelled sentences of training_examples.yml and the messages of training_messages/ are shuffled
(fixed seed) into folds. For each fold the learned layer is fitted on the other folds
(`fit_learned_model`, synthetic messages included), and the whole detector (cues, denials,
crisis-implied needs, heads and vote) reads the fold's sentences one by one and MESSAGES_PER_FOLD
synthetic 2-3 sentence messages built from them.
Counts are pooled over the folds: micro-F1 on sentences and messages, and P/R/F1 per need.
Crisis-layer-only sentences (`not_crisis`) stay in every fold's training data.
"""

import argparse
import os
import random
import tempfile
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
import yaml  # noqa: E402
from numpy.typing import NDArray  # noqa: E402

from bench.needs import precision_recall_f1  # noqa: E402
from index.detection.classifier import fit_learned_model  # noqa: E402
from index.detection.detector import NeedDetector  # noqa: E402
from index.detection.encoder import ClauseEncoder  # noqa: E402
from index.detection.lexicon import load_crisis_lexicon, load_need_cues  # noqa: E402
from index.detection.text import Clause  # noqa: E402
from index.detection.training import NO_CRISIS, TRAINING_FILE, Example, load_examples, synthetic_message  # noqa: E402
from index.taxonomy import load_taxonomy  # noqa: E402

SEED = 5
MESSAGES_PER_FOLD = 200
Counts = dict[str, list[int]]


class RememberingEncoder:
    """The detector's encoder, keeping sentence vectors across folds (most sentences recur in every fit)."""

    def __init__(self, encoder: ClauseEncoder) -> None:
        self.encoder = encoder
        self.known: dict[str, NDArray[np.float32]] = {}

    def encode_sentences(self, texts: Sequence[str]) -> NDArray[np.float32]:
        missing = [text for text in dict.fromkeys(texts) if text not in self.known]
        self.known.update(zip(missing, self.encoder.encode_sentences(missing), strict=True))
        return np.stack([self.known[text] for text in texts]) if texts else np.zeros((0, 384), dtype=np.float32)

    def encode_message(
        self, message: str, clauses: Sequence[Clause]
    ) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
        return self.encoder.encode_message(message, clauses)


def write_training_file(path: Path, labelled: list[Example], crisis_only: list[Example]) -> None:
    """A training file in the layout load_examples reads: calm sentences as `mixed`, crises under their type."""
    crisis: dict[str, list[str]] = {kind: [] for kind in load_taxonomy().crisis_types}
    for example in labelled:
        if example.crisis != NO_CRISIS:
            crisis[example.crisis].append(example.text)
    raw = {
        "version": 1,
        "needs": {},
        "mixed": [{"text": e.text, "needs": sorted(e.needs)} for e in labelled if e.crisis == NO_CRISIS],
        "none": [],
        "crisis": crisis,
        "not_crisis": [e.text for e in crisis_only],
    }
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")


def tally(counts: Counts, truth: frozenset[str], found: set[str]) -> None:
    for need in counts:
        counts[need][0] += need in found and need in truth
        counts[need][1] += need in found and need not in truth
        counts[need][2] += need not in found and need in truth


def cross_validate(folds: int, seed: int = SEED, training_file: Path = TRAINING_FILE) -> tuple[Counts, Counts]:
    labelled, crisis_only = load_examples(training_file)
    rng = random.Random(seed)
    order = list(range(len(labelled)))
    rng.shuffle(order)
    encoder = RememberingEncoder(ClauseEncoder())
    need_keys = load_taxonomy().need_keys
    sentences: Counts = {key: [0, 0, 0] for key in need_keys}
    messages: Counts = {key: [0, 0, 0] for key in need_keys}
    with tempfile.TemporaryDirectory() as folder:
        for fold in range(folds):
            held = set(order[fold::folds])
            kept = [e for i, e in enumerate(labelled) if i not in held]
            path = Path(folder) / f"fold{fold}.yml"
            write_training_file(path, kept, crisis_only)
            model = fit_learned_model(encoder, path, message_files=(), crisis_files=())  # type: ignore[arg-type]
            detector = NeedDetector(load_crisis_lexicon(), load_need_cues(), encoder, model)  # type: ignore[arg-type]
            held_out = [labelled[i] for i in sorted(held)]
            for example in held_out:
                tally(sentences, example.needs, set(detector.detect(example.text).needs))
            calm = [e for e in held_out if e.crisis == NO_CRISIS]
            for _ in range(MESSAGES_PER_FOLD):
                text, placed = synthetic_message(rng, calm)
                truth = frozenset().union(*(example.needs for _, example in placed))
                tally(messages, truth, set(detector.detect(text).needs))
            print(
                f"fold {fold + 1}/{folds}: micro-F1 so far {micro(sentences):.3f} / {micro(messages):.3f}", flush=True
            )
    return sentences, messages


def micro(counts: Counts) -> float:
    return precision_recall_f1(*(sum(c[i] for c in counts.values()) for i in range(3)))[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=SEED, help="shuffles the folds and builds the messages")
    parser.add_argument("--training", type=Path, default=TRAINING_FILE, help="e.g. an older copy, to compare")
    parser.add_argument("--threads", type=int, default=1, help="torch threads for the encoder")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    sentences, messages = cross_validate(args.folds, args.seed, args.training)
    print(f"\nmicro-F1: sentences {micro(sentences):.3f}, messages {micro(messages):.3f}\n")
    print(f"{'need':<22} {'sentences P / R / F1 (support)':<34} messages P / R / F1 (support)")
    for need in sentences:
        cells = [
            f"{' / '.join(f'{v:.2f}' for v in precision_recall_f1(*tp_fp_fn))} ({tp_fp_fn[0] + tp_fp_fn[2]})"
            for tp_fp_fn in (sentences[need], messages[need])
        ]
        print(f"{need:<22} {cells[0]:<34} {cells[1]}")


if __name__ == "__main__":
    main()
