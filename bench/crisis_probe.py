"""Run the whole detector over the written crisis probe and print misses and false alarms per type.

    .venv/bin/python bench/crisis_probe.py [--probe bench/crisis_probe_sixteenth.yml] [--scores]

A crisis message counts as caught when any crisis is flagged (a different type is listed apart);
a calm message flagged as any crisis is a false alarm. `--scores` also prints the learned crisis
heads' scores for the crises the rules miss and the highest-scoring calm messages, to study
CRISIS_THRESHOLD.
"""

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch  # noqa: E402

from bench.needs import tuning_cut  # noqa: E402
from index.detection import get_detector  # noqa: E402
from index.detection.lexicon import load_crisis_lexicon  # noqa: E402
from index.detection.training import CALM  # noqa: E402

SHOWN_CALM_SCORES = 15
SHOWN_TUNING_SCORE = 0.5


def _learned(scores: dict[str, float], kinds: list[str]) -> str:
    return " ".join(f"{kind[:7]} {scores[kind]:.3f}" for kind in kinds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", type=Path, default=ROOT / "bench" / "crisis_probe_sixteenth.yml")
    parser.add_argument("--scores", action="store_true", help="print learned crisis scores of rule misses")
    parser.add_argument("--tuning", type=Path, help="needs_dev.jsonl: also print the tuning split's learned scores")
    args = parser.parse_args()
    torch.set_num_threads(1)
    probe: dict[str, list[str]] = yaml.safe_load(args.probe.read_text(encoding="utf-8"))
    detector, lexicon = get_detector(), load_crisis_lexicon()
    kinds = [kind for kind in probe if kind != CALM]

    rule_misses: list[tuple[str, str, dict[str, float]]] = []
    for kind in kinds:
        messages = probe[kind]
        readings = [(message, detector.detect(message)) for message in messages]
        missed = [message for message, reading in readings if reading.crisis is None]
        other = [(message, reading.crisis) for message, reading in readings if reading.crisis not in (None, kind)]
        print(f"{kind}: {len(messages) - len(missed)}/{len(messages)} caught, {len(missed)} missed")
        for message in missed:
            print(f"  MISSED  {message}")
        for message, flagged in other:
            print(f"  as {flagged}  {message}")
        rule_misses += [(kind, m, r.scores) for m, r in readings if not lexicon.hits(m)]

    calm = probe.get(CALM) or []
    calm_readings = [(message, detector.detect(message)) for message in calm]
    alarms = [(message, reading.crisis) for message, reading in calm_readings if reading.crisis]
    print(f"calm: {len(alarms)}/{len(calm)} false alarms ({len(alarms) / max(len(calm), 1):.1%})")
    for message, flagged in alarms:
        print(f"  ALARM {flagged}  {message}")

    if args.scores:
        print(f"\nlearned crisis scores, crises the rules miss ({len(rule_misses)}):")
        for kind, message, scores in sorted(rule_misses, key=lambda row: -max(row[2][k] for k in kinds)):
            print(f"  [{kind[:7]}] {_learned(scores, kinds)}  {message}")
        unflagged = [(message, reading) for message, reading in calm_readings if not lexicon.hits(message)]
        print(f"\nlearned crisis scores, highest calm messages the rules leave alone (of {len(unflagged)}):")
        ranked = sorted(unflagged, key=lambda pair: -max(pair[1].scores[k] for k in kinds))
        for message, reading in ranked[:SHOWN_CALM_SCORES]:
            print(f"  {_learned(reading.scores, kinds)}  {message}")

    if args.tuning:
        _tuning_scores(args.tuning, detector, lexicon, kinds)


def _tuning_scores(path: Path, detector: Any, lexicon: Any, kinds: list[str]) -> None:
    """Learned crisis scores on the tuning split only (bench/needs.py's split), by id; texts are not printed."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = sorted(rows, key=lambda row: row["id"])
    rows = rows[: tuning_cut(rows)]
    print(f"\ntuning split ({len(rows)} messages), learned crisis scores:")
    for row in rows:
        reading = detector.detect(row["text"])
        ruled = bool(lexicon.hits(row["text"]))
        if row["crisis"] or reading.crisis or max(reading.scores[k] for k in kinds) >= SHOWN_TUNING_SCORE:
            print(
                f"  {row['id']} actual {row['crisis'] or 'none':17} flagged {reading.crisis or 'none':17} "
                f"{'rules' if ruled else 'learned':7} {_learned(reading.scores, kinds)}"
            )


if __name__ == "__main__":
    main()
