"""Benchmark the need and crisis detector against a keyword baseline on the needs evaluation set.

    .venv/bin/python bench/needs.py [--eval ../shared/eval/needs_dev.jsonl] [--report bench/reports/needs.md]

The detector's thresholds were tuned on the first 60% of the set (by id); the rest is reported
apart as the held-out split. Latency is per message, model loaded, one thread per process for torch
and numpy, as the app runs.
"""

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from index.detection import get_detector  # noqa: E402
from index.embeddings import limit_torch_threads  # noqa: E402
from index.taxonomy import load_taxonomy  # noqa: E402

TUNE_SHARE = 0.6
WARM_UP = ["hello", "I'm behind on my rent and feeling low", "thanks, that's everything", "is this free?", "bye"]
# Everything after this line in an existing report is written by hand (the analysis) and kept on re-runs.
ANALYSIS_MARKER = "<!-- analysis: kept when the benchmark is re-run -->"
_SEPARATORS = re.compile(r",| and | or |\(|\)")
CRISIS_KEYWORDS = {
    "suicide_self_harm": ["suicide", "suicidal", "kill myself", "self harm", "self-harm", "end my life"],
    "danger_abuse": ["abuse", "abused", "violent", "in danger"],
    "medical_emergency": ["chest pain", "overdose", "can't breathe", "cannot breathe", "ambulance"],
}


@dataclass(frozen=True)
class Prediction:
    needs: frozenset[str]
    crisis: str | None
    seconds: float
    cpu_seconds: float


def tuning_cut(rows: list[dict]) -> int:
    """Index of the first held-out row in rows sorted by id: the first TUNE_SHARE of the set is for tuning."""
    return int(len(rows) * TUNE_SHARE)


def keyword_baseline() -> Callable[[str], tuple[set[str], str | None]]:
    """Needs whose taxonomy label or 'covers' words appear in the text; crisis from a short word list."""
    keywords = {
        key: [
            word.strip().lower() for word in _SEPARATORS.split(f"{need.label}, {need.covers}") if len(word.strip()) > 3
        ]
        for key, need in load_taxonomy().needs.items()
    }

    def predict(text: str) -> tuple[set[str], str | None]:
        lowered = text.lower()
        needs = {key for key, words in keywords.items() if any(word in lowered for word in words)}
        crisis = next((kind for kind, words in CRISIS_KEYWORDS.items() if any(w in lowered for w in words)), None)
        return needs, crisis

    return predict


def run(system: Callable[[str], tuple[set[str], str | None]], rows: list[dict]) -> list[Prediction]:
    # Warm up on texts outside the set: the detector keeps recent readings, so a measured text must be new to it.
    for text in WARM_UP:
        system(text)
    predictions = []
    for row in rows:
        started, cpu_started = time.perf_counter(), time.thread_time()
        needs, crisis = system(row["text"])
        elapsed, cpu = time.perf_counter() - started, time.thread_time() - cpu_started
        predictions.append(Prediction(frozenset(needs), crisis, elapsed, cpu))
    return predictions


def precision_recall_f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def _percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def figures(rows: list[dict], predictions: list[Prediction]) -> dict:
    keys = load_taxonomy().need_keys
    per_need = {}
    totals = [0, 0, 0]
    for key in keys:
        tp = sum(key in p.needs and key in r["needs"] for r, p in zip(rows, predictions, strict=True))
        fp = sum(key in p.needs and key not in r["needs"] for r, p in zip(rows, predictions, strict=True))
        fn = sum(key not in p.needs and key in r["needs"] for r, p in zip(rows, predictions, strict=True))
        per_need[key] = (*precision_recall_f1(tp, fp, fn), tp + fn)
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
    supported = [v[2] for v in per_need.values() if v[3]]
    calm = [p for r, p in zip(rows, predictions, strict=True) if r["crisis"] is None]
    crisis = {}
    for kind in load_taxonomy().crisis_types:
        actual = [p for r, p in zip(rows, predictions, strict=True) if r["crisis"] == kind]
        flagged = [r for r, p in zip(rows, predictions, strict=True) if p.crisis == kind]
        crisis[kind] = {
            "messages": len(actual),
            "found": sum(p.crisis == kind for p in actual),
            "flagged_any_type": sum(p.crisis is not None for p in actual),
            "precision": (sum(r["crisis"] == kind for r in flagged) / len(flagged)) if flagged else None,
            "false_alarms": sum(p.crisis == kind for p in calm),
        }
    pairs = list(zip(rows, predictions, strict=True))
    missed = [r["id"] for r, p in zip(rows, predictions, strict=True) if r["crisis"] and p.crisis is None]
    alarms = [r["id"] for r, p in zip(rows, predictions, strict=True) if not r["crisis"] and p.crisis]
    timings = sorted(p.seconds * 1000 for p in predictions)
    cpu_timings = sorted(p.cpu_seconds * 1000 for p in predictions)
    return {
        "messages": len(rows),
        "per_need": per_need,
        "micro": precision_recall_f1(*totals),
        "macro_f1": statistics.mean(supported) if supported else 0.0,
        "exact": sum(p.needs == set(r["needs"]) for r, p in zip(rows, predictions, strict=True)) / len(rows),
        "crisis": crisis,
        "crisis_messages": sum(r["crisis"] is not None for r in rows),
        "crisis_found": sum(r["crisis"] is not None and p.crisis is not None for r, p in pairs),
        "calm_messages": len(calm),
        "false_alarms": sum(p.crisis is not None for p in calm),
        "missed": missed,
        "alarms": alarms,
        "p50_ms": timings[len(timings) // 2],
        "p95_ms": _percentile(timings, 0.95),
        "cpu_p50_ms": cpu_timings[len(cpu_timings) // 2],
        "cpu_p95_ms": _percentile(cpu_timings, 0.95),
    }


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def render(sections: list[tuple[str, dict, dict]], setup: str) -> str:
    lines = ["# Need and crisis detection benchmark", "", setup, ""]
    for title, ours, base in sections:
        lines += [f"## {title} ({ours['messages']} messages)", ""]
        lines += ["| figure | detector | keyword baseline |", "| --- | --- | --- |"]
        for label, pick in [
            ("needs micro precision", lambda f: f["micro"][0]),
            ("needs micro recall", lambda f: f["micro"][1]),
            ("needs micro F1", lambda f: f["micro"][2]),
            ("needs macro F1", lambda f: f["macro_f1"]),
            ("exact need-set match", lambda f: f["exact"]),
        ]:
            lines.append(f"| {label} | {pick(ours):.3f} | {pick(base):.3f} |")
        for system in (ours, base):
            system["crisis_line"] = (
                f"{system['crisis_found']}/{system['crisis_messages']} found, "
                f"{system['false_alarms']}/{system['calm_messages']} false alarms "
                f"({100 * system['false_alarms'] / max(system['calm_messages'], 1):.1f}%)"
            )
        lines.append(f"| crisis (any type) | {ours['crisis_line']} | {base['crisis_line']} |")
        for kind in ours["crisis"]:
            cells = []
            for system in (ours, base):
                c = system["crisis"][kind]
                recall = c["found"] / c["messages"] if c["messages"] else None
                cells.append(
                    f"recall {_number(recall)} ({c['found']}/{c['messages']}), precision {_number(c['precision'])}, "
                    f"false alarms {c['false_alarms']}/{system['calm_messages']}"
                )
            lines.append(f"| {kind} | {cells[0]} | {cells[1]} |")
        lines.append(
            f"| latency p50 / p95 (ms) | {ours['p50_ms']:.1f} / {ours['p95_ms']:.1f} | "
            f"{base['p50_ms']:.2f} / {base['p95_ms']:.2f} |"
        )
        lines.append(
            f"| CPU time per message p50 / p95 (ms) | {ours['cpu_p50_ms']:.1f} / {ours['cpu_p95_ms']:.1f} | "
            f"{base['cpu_p50_ms']:.2f} / {base['cpu_p95_ms']:.2f} |"
        )
        lines.append(
            f"| crisis messages missed (ids) | {', '.join(ours['missed']) or 'none'} | {len(base['missed'])} missed |"
        )
        lines.append(f"| false alarms (ids) | {', '.join(ours['alarms']) or 'none'} | {len(base['alarms'])} |")
        lines += [
            "",
            "| need | support | precision | recall | F1 | baseline F1 |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for key, (precision, recall, f1, support) in ours["per_need"].items():
            baseline_f1 = base["per_need"][key][2]
            lines.append(f"| {key} | {support} | {precision:.2f} | {recall:.2f} | {f1:.2f} | {baseline_f1:.2f} |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval" / "needs_dev.jsonl")
    parser.add_argument("--report", type=Path, default=ROOT / "bench" / "reports" / "needs.md")
    parser.add_argument("--threads", type=int, default=1, help="threads for the encoder and the neighbour vote")
    args = parser.parse_args()
    limit_torch_threads(args.threads)
    lines = args.eval.read_text().splitlines()
    rows = sorted((json.loads(line) for line in lines if line.strip()), key=lambda row: row["id"])
    cut = tuning_cut(rows)
    started = time.perf_counter()
    detector = get_detector()
    load_seconds = time.perf_counter() - started

    def ours(text: str) -> tuple[set[str], str | None]:
        detection = detector.detect(text)
        return set(detection.needs), detection.crisis

    baseline = keyword_baseline()
    ours_all, base_all = run(ours, rows), run(baseline, rows)
    sections = []
    for title, part in [
        (f"Held-out split: {rows[cut]['id']} to {rows[-1]['id']}, not used for tuning", slice(cut, None)),
        (f"Tuning split: {rows[0]['id']} to {rows[cut - 1]['id']}", slice(0, cut)),
        ("Whole set", slice(None)),
    ]:
        sections.append((title, figures(rows[part], ours_all[part]), figures(rows[part], base_all[part])))
    setup = (
        f"Run on {os.cpu_count()} CPU cores (shared; load average {os.getloadavg()[0]:.1f} at the end), "
        f"torch and numpy threads {args.threads}, detector load {load_seconds:.1f}s. Set: `{args.eval.name}`."
    )
    report = render(sections, setup)
    previous = args.report.read_text() if args.report.exists() else ""
    analysis = previous[previous.index(ANALYSIS_MARKER) :] if ANALYSIS_MARKER in previous else ANALYSIS_MARKER
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(report + "\n" + analysis.rstrip() + "\n")
    print(report)


if __name__ == "__main__":
    main()
