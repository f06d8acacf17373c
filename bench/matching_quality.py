"""Ranking quality on the graded matching set: nDCG@5, recall@10, MRR and ineligible results."""

import json
import math
from dataclasses import dataclass
from pathlib import Path

from index.search import SearchQuery, ServiceSearch

EVAL_FILE = Path("/work/shared/eval/matching_dev.jsonl")
DIRECTORY_FILE = Path(__file__).resolve().parent.parent / "data" / "directory" / "oxfordshire.json"


@dataclass
class Case:
    id: str
    text: str
    area: str | None
    age: int | None
    needs: list[str]
    relevant: dict[str, int]


def load_cases(path: Path = EVAL_FILE) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        cases.append(Case(raw["id"], raw["text"], raw["area"], raw["age"], raw["needs"], raw["relevant"]))
    return cases


def split(cases: list[Case]) -> tuple[list[Case], list[Case]]:
    """Tune on the odd-numbered cases; report on the even-numbered ones, never looked at while tuning."""
    tune = [case for case in cases if int(case.id.split("-")[1]) % 2 == 1]
    held_out = [case for case in cases if int(case.id.split("-")[1]) % 2 == 0]
    return tune, held_out


def ndcg(ranked: list[str], relevant: dict[str, int], k: int) -> float:
    gain = sum((2 ** relevant.get(sid, 0) - 1) / math.log2(rank + 2) for rank, sid in enumerate(ranked[:k]))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    best = sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(ideal))
    return gain / best if best else 0.0


def eligibility_checker():  # type: ignore[no-untyped-def]
    """An independent check of the hard filters, read straight from the directory file."""
    directory = json.loads(DIRECTORY_FILE.read_text())
    services = {s["id"]: s for s in directory["services"]}
    towns = directory["meta"]["areas"]["towns_by_district"]
    district_of = {town: district for district, names in towns.items() for town in names}

    def eligible(service_id: str, case: Case) -> bool:
        service = services[service_id]
        if service["status"] != "active":
            return False
        low, high = service["eligibility"]["min_age"], service["eligibility"]["max_age"]
        if case.age is not None and ((low is not None and case.age < low) or (high is not None and case.age > high)):
            return False
        if case.area is None or "national" in service["areas"]:
            return True
        accepted = {case.area, district_of.get(case.area)} | set(towns.get(case.area, []))
        return bool(accepted & set(service["areas"]))

    return eligible


def evaluate(search: ServiceSearch, cases: list[Case], needs_mode: str) -> dict[str, float]:
    """needs_mode: "given" (needs confirmed in the conversation), "detected" (from the text) or "none"."""
    eligible = eligibility_checker()
    totals = {"ndcg@5": 0.0, "recall@10": 0.0, "mrr": 0.0, "ineligible": 0.0}
    for case in cases:
        query = SearchQuery(
            q=case.text,
            area=case.area,
            age=case.age,
            needs=case.needs if needs_mode == "given" else [],
            detect_needs=needs_mode == "detected",
            limit=10,
        )
        ranked = [result.id for result in search.search(query)]
        totals["ndcg@5"] += ndcg(ranked, case.relevant, 5)
        totals["recall@10"] += len(set(ranked[:10]) & set(case.relevant)) / len(case.relevant)
        first = next((rank for rank, sid in enumerate(ranked, start=1) if sid in case.relevant), None)
        totals["mrr"] += 1 / first if first else 0.0
        totals["ineligible"] += sum(not eligible(sid, case) for sid in ranked)
    count = len(cases)
    return {name: (value if name == "ineligible" else value / count) for name, value in totals.items()}
