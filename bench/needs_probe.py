"""Run the whole detector over the written need probe and print how well it reads needs.

    .venv/bin/python bench/needs_probe.py [--probe bench/needs_probe_fifth.yml] [--quiet]
    .venv/bin/python bench/needs_probe.py --probe bench/matching_cases_older.jsonl --probe bench/needs_probe_fifth.yml

A probe is a YAML list of {text, needs}, or graded matching cases (JSON Lines with the same two keys among
others), whose needs are what the writer of the case would record; several probes are read as one.

Prints micro precision/recall/F1 over (message, need) pairs, the share of messages whose detected
set is exactly the expected one, per-need P/R/F1, and each wrong message with its expected and
detected needs, the words behind each detected need and the scores of the needs it got wrong.
"""

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch  # noqa: E402

from bench.needs import precision_recall_f1  # noqa: E402
from index.detection import Detection, get_detector  # noqa: E402
from index.taxonomy import load_taxonomy  # noqa: E402


@dataclass(frozen=True)
class Reading:
    """One probe message, the needs a link worker would record, and the detector's reading."""

    text: str
    expected: frozenset[str]
    detection: Detection

    @property
    def detected(self) -> frozenset[str]:
        return frozenset(self.detection.needs)


def _print_totals(readings: list[Reading]) -> None:
    true_positives = sum(len(r.expected & r.detected) for r in readings)
    false_positives = sum(len(r.detected - r.expected) for r in readings)
    false_negatives = sum(len(r.expected - r.detected) for r in readings)
    precision, recall, f1 = precision_recall_f1(true_positives, false_positives, false_negatives)
    exact = sum(r.expected == r.detected for r in readings)
    crises = sum(r.detection.crisis is not None for r in readings)
    print(f"messages {len(readings)}  micro P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    print(
        f"exact set {exact}/{len(readings)} ({exact / len(readings):.1%})  crisis flagged on {crises} (none expected)"
    )


def _print_per_need(readings: list[Reading], keys: list[str]) -> None:
    print(f"\n{'need':22} {'P':>6} {'R':>6} {'F1':>6}  tp  fp  fn")
    for key in keys:
        tp = sum(key in r.expected and key in r.detected for r in readings)
        fp = sum(key not in r.expected and key in r.detected for r in readings)
        fn = sum(key in r.expected and key not in r.detected for r in readings)
        precision, recall, f1 = precision_recall_f1(tp, fp, fn)
        print(f"{key:22} {precision:6.3f} {recall:6.3f} {f1:6.3f} {tp:3} {fp:3} {fn:3}")


def _print_wrong(readings: list[Reading]) -> None:
    wrong = [r for r in readings if r.expected != r.detected or r.detection.crisis]
    print(f"\nwrong messages ({len(wrong)}):")
    for r in wrong:
        missed, extra = sorted(r.expected - r.detected), sorted(r.detected - r.expected)
        print(f"- {r.text}")
        print(f"    expected {sorted(r.expected)}  detected {r.detection.needs}  crisis {r.detection.crisis}")
        print(f"    missed {missed}  extra {extra}")
        for key in sorted(r.expected | r.detected):
            words = r.detection.evidence.get(key, "")
            print(
                f"      {key:22} {r.detection.scores[key]:.3f}  {words!r}"
                if words
                else f"      {key:22} {r.detection.scores[key]:.3f}"
            )


def load_probe(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return list(yaml.safe_load(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", type=Path, action="append", help="default bench/needs_probe_fifth.yml")
    parser.add_argument("--quiet", action="store_true", help="figures only, no wrong messages")
    args = parser.parse_args()
    torch.set_num_threads(1)
    probe = [row for path in args.probe or [ROOT / "bench" / "needs_probe_fifth.yml"] for row in load_probe(path)]
    detector = get_detector()
    readings = [Reading(row["text"], frozenset(row["needs"]), detector.detect(row["text"])) for row in probe]
    _print_totals(readings)
    _print_per_need(readings, load_taxonomy().need_keys)
    if not args.quiet:
        _print_wrong(readings)


if __name__ == "__main__":
    main()
