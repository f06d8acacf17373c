"""Fit the ranking weights by coordinate ascent on nDCG@5 over graded cases, and print each step.

    .venv/bin/python -m bench.matching_tune var/index bench/matching_cases_*.jsonl --eval-odd
    .venv/bin/python -m bench.matching_tune var/index bench/matching_cases_older.jsonl --check-odd \
        --check bench/matching_cases_money.jsonl

Fits on the given case files (`--eval-odd` adds the odd-numbered cases of the shared matching set, the half
the benchmark may tune on). `--check-odd` and `--check FILE` report the weights before and after the fit on
cases the fit never saw, to tell weights that carry over to another writer's cases from weights that only
suit the cases they were fitted on. The even-numbered (held-out) half is never read here.
Nothing is written: the printed weights are copied into `index/ranking.py: RankingWeights` by hand.
"""

import argparse
from dataclasses import fields, replace
from functools import lru_cache
from pathlib import Path

from bench.matching_quality import Case, evaluate, load_cases, split
from index.loaded_index import load_index
from index.ranking import RankingWeights
from index.search import ServiceSearch

# Dense similarity is the unit the other weights are measured in; `free` carried no weight once
# self-referral was in (bench/reports/matching.md).
FITTED = [f.name for f in fields(RankingWeights) if f.type is float and f.name not in ("dense", "free")]
STEPS = (0.0, 0.5, 0.75, 1.25, 1.5, 2.0, 3.0)
STARTS = (0.02, 0.05, 0.1, 0.2)
# A change must gain this much nDCG@5 on the fitting cases to be taken, so ties keep the current weights.
MIN_GAIN = 0.002


def candidates(current: float) -> list[float]:
    """Values to try for one weight: multiples of its current value, or small starts if it is zero."""
    values = {round(current * step, 4) for step in STEPS} if current else set(STARTS) | {-v for v in STARTS}
    return sorted(values - {current})


def score(search: ServiceSearch, cases: list[Case], mode: str) -> float:
    return evaluate(search, cases, mode)["ndcg@5"]


def fit(search: ServiceSearch, cases: list[Case], mode: str, rounds: int) -> RankingWeights:
    weights = search.weights
    best = score(search, cases, mode)
    print(f"start {best:.3f}")
    for round_number in range(1, rounds + 1):
        changed = False
        for name in FITTED:
            for value in candidates(getattr(weights, name)):
                search.weights = replace(weights, **{name: value})
                result = score(search, cases, mode)
                if result > best + MIN_GAIN:
                    best, weights, changed = result, search.weights, True
                    print(f"round {round_number}: {name} = {value} -> {best:.3f}")
            search.weights = weights
        if not changed:
            break
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("cases", type=Path, nargs="+")
    parser.add_argument("--eval-odd", action="store_true", help="fit on the shared set's odd cases too")
    parser.add_argument("--check-odd", action="store_true", help="report the fit on the shared set's odd cases")
    parser.add_argument("--check", type=Path, action="append", default=[], help="report the fit on these cases too")
    parser.add_argument("--needs", choices=["given", "detected"], default="given")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    odd, _ = split(load_cases())
    own = [case for path in args.cases for case in load_cases(path)]
    fitting = own + odd if args.eval_odd else own
    index = load_index(args.index_dir)
    index.embed_query = lru_cache(maxsize=None)(index.embed_query)  # type: ignore[method-assign]
    search = ServiceSearch(index)
    checks = {str(path): load_cases(path) for path in args.check} | ({"odd cases": odd} if args.check_odd else {})
    print(f"fitting on {len(fitting)} cases, needs {args.needs}")
    before = {name: score(search, cases, args.needs) for name, cases in checks.items()}
    weights = fit(search, fitting, args.needs, args.rounds)
    print(weights)
    for name, cases in checks.items():
        print(f"{name}: {before[name]:.3f} -> {score(search, cases, args.needs):.3f}")


if __name__ == "__main__":
    main()
