"""Benchmark Linkway's service matching: quality against baselines, and speed from 431 to 100,000 services.

    .venv/bin/python -m bench.matching        # writes bench/reports/matching-figures.md and matching-latency.png
    .venv/bin/python -m bench.matching --quality-only var/index   # quality table only, on an existing index

Quality is reported on the even-numbered cases of the matching set; ranking weights were tuned on
the odd-numbered ones only. Our own 120 graded cases (bench/matching_cases_*.jsonl) are reported beside
them as a second, larger check. Needs come either from the detector reading the text (what the first
search in a conversation sees) or as given in the case (what a resident has confirmed).
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from api.settings import get_settings  # noqa: E402
from bench.matching_quality import evaluate, load_cases, split  # noqa: E402
from bench.matching_speed import latencies, percentile, query_embedding_floor, synthetic_index  # noqa: E402
from index.embeddings import limit_torch_threads  # noqa: E402
from index.loaded_index import load_index  # noqa: E402
from index.ranking import RankingWeights  # noqa: E402
from index.search import SearchQuery, ServiceSearch  # noqa: E402
from index.snapshot import SNAPSHOT_FILE, Snapshot  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "bench" / "reports"
SIZES = [431, 1_000, 10_000, 100_000]
# Our own graded cases, written blind to the ranker by three colleagues (bench/reports/matching.md).
OWN_CASES = sorted((ROOT / "bench").glob("matching_cases_*.jsonl"))
WORDS_ONLY = {name: 0.0 for name in ("need_coverage", "main_need", "need_focus", "own_town", "other_town", "local",
                                     "national", "age_fit", "age_group", "self_referral", "free")}  # fmt: skip
RANKERS = {
    "Linkway (words + needs + place + age + access, diversity)": (RankingWeights(), None),
    "Dense only (same filters)": (RankingWeights(lexical=0, diversify=False, **WORDS_ONLY), "none"),
    "BM25 only (same filters)": (RankingWeights(dense=0, lexical=1, diversify=False, **WORDS_ONLY), "none"),
}


def cli(*args: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "index", *args], cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def build_times() -> dict[str, float]:
    """Cold build (empty index dir, every service embedded) and warm rebuild (directory unchanged)."""
    scratch = Path(tempfile.mkdtemp(prefix="lw-bench-"))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{scratch / 'bench.db'}", "LINKWAY_INDEX_DIR": str(scratch / "idx")}
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"], cwd=ROOT, env=env, check=True, capture_output=True
    )
    cli("import", "data/directory/oxfordshire.json", env=env)
    return {"cold": cli("build", env=env), "warm": cli("build", env=env), "index_dir": str(scratch / "idx")}  # type: ignore[dict-item]


def quality_rows(index_dir: Path) -> list[tuple[str, str, str, dict[str, float]]]:
    index = load_index(index_dir)
    tune, held_out = split(load_cases())
    own = [case for path in OWN_CASES for case in load_cases(path)]
    rows = []
    for name, (weights, fixed_mode) in RANKERS.items():
        search = ServiceSearch(index, weights)
        for mode in [fixed_mode] if fixed_mode else ["detected", "given"]:
            for split_name, cases in (
                ("held-out (even)", held_out),
                ("tuning (odd)", tune),
                ("all 60", tune + held_out),
                (f"own cases ({len(own)})", own),
            ):
                rows.append((name, mode, split_name, evaluate(search, cases, mode)))
    return rows


def speed(index_dir: Path) -> dict[str, object]:
    """Latencies as the app sees them: with its torch thread limit (`LINKWAY_TORCH_THREADS`)."""
    limit_torch_threads(get_settings().torch_threads)
    index = load_index(index_dir)
    snapshot = Snapshot.model_validate_json((index_dir / SNAPSHOT_FILE).read_text())
    cases = load_cases()
    queries = [SearchQuery(q=c.text, area=c.area, age=c.age, needs=c.needs, limit=5) for c in cases]
    figures: dict[str, object] = {"floor": query_embedding_floor([c.text for c in cases])}
    from index.detection import NeedDetector, get_detector

    shared = get_detector()
    shared.detect(cases[0].text)
    # A fresh detector over the same parts: the shared one remembers the texts the quality run read.
    detector = NeedDetector(shared.lexicon, shared.cues, shared.encoder, shared.model)
    detect = []
    for case in cases:
        started = time.perf_counter()
        detector.detect(case.text)
        detect.append(time.perf_counter() - started)
    figures["detect"] = detect
    by_size = {}
    for size in SIZES:
        loaded = index if size == len(snapshot.services) else synthetic_index(index, snapshot, size)
        by_size[size] = latencies(ServiceSearch(loaded), queries)
        figures[f"rss_{size}"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["by_size"] = by_size
    return figures


def plot(by_size: dict[int, list[float]], floor: list[float], path: Path) -> None:
    sizes = sorted(by_size)
    plt.figure(figsize=(6, 4))
    plt.plot(sizes, [percentile(by_size[s], 50) for s in sizes], "o-", label="search p50")
    plt.plot(sizes, [percentile(by_size[s], 95) for s in sizes], "s-", label="search p95")
    plt.axhline(percentile(floor, 50), color="grey", linestyle="--", label="embed one query (p50)")
    plt.xscale("log")
    plt.xlabel("services in the directory")
    plt.ylabel("milliseconds")
    plt.title("Linkway search latency (2 CPU cores)")
    plt.legend()
    plt.grid(alpha=0.3)
    plt.tight_layout()
    plt.savefig(path, dpi=120)


def quality_table(rows: list[tuple[str, str, str, dict[str, float]]]) -> list[str]:
    lines = ["| ranker | needs | split | nDCG@5 | recall@10 | MRR | ineligible |", "|---|---|---|---|---|---|---|"]
    for name, mode, split_name, r in rows:
        lines.append(
            f"| {name} | {mode} | {split_name} | {r['ndcg@5']:.3f} | {r['recall@10']:.3f} | {r['mrr']:.3f} "
            f"| {int(r['ineligible'])} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quality-only", type=Path, metavar="INDEX_DIR", help="print the quality table only")
    args = parser.parse_args()
    if args.quality_only:
        print("\n".join(quality_table(quality_rows(args.quality_only))))
        return
    REPORTS.mkdir(parents=True, exist_ok=True)
    builds = build_times()
    index_dir = Path(builds.pop("index_dir"))  # type: ignore[arg-type]
    rows = quality_rows(index_dir)
    figures = speed(index_dir)
    plot(figures["by_size"], figures["floor"], REPORTS / "matching-latency.png")  # type: ignore[arg-type]
    lines = quality_table(rows)
    by_size = figures["by_size"]
    lines += ["", "| services | search p50 ms | search p95 ms | peak RSS MB |", "|---|---|---|---|"]
    for size in SIZES:
        samples = by_size[size]  # type: ignore[index]
        lines.append(f"| {size:,} | {percentile(samples, 50):.1f} | {percentile(samples, 95):.1f} "
                     f"| {figures[f'rss_{size}']:.0f} |")  # fmt: skip
    lines += [
        "",
        f"Embed one query alone: p50 {percentile(figures['floor'], 50):.1f} ms, "  # type: ignore[arg-type]
        f"p95 {percentile(figures['floor'], 95):.1f} ms.  ",  # type: ignore[arg-type]
        f"Need detection of one message: p50 {percentile(figures['detect'], 50):.1f} ms, "  # type: ignore[arg-type]
        f"p95 {percentile(figures['detect'], 95):.1f} ms.  ",  # type: ignore[arg-type]
        f"Build: cold {builds['cold']:.1f} s (431 services embedded, process start included), "
        f"warm (unchanged directory) {builds['warm']:.2f} s.",
    ]
    (REPORTS / "matching-figures.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
