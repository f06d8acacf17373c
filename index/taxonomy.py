"""The need taxonomy: one copy (`data/taxonomy.yml`) read by the detector, the directory and the conversation."""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

TAXONOMY_FILE = Path(__file__).resolve().parent.parent / "data" / "taxonomy.yml"


@dataclass(frozen=True)
class NeedCategory:
    key: str
    label: str
    covers: str


@dataclass(frozen=True)
class Taxonomy:
    needs: dict[str, NeedCategory]
    crisis_types: dict[str, str]

    @property
    def need_keys(self) -> list[str]:
        return list(self.needs)

    def label(self, key: str) -> str:
        return self.needs[key].label


@lru_cache
def load_taxonomy(path: Path = TAXONOMY_FILE) -> Taxonomy:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    needs = {key: NeedCategory(key, value["label"], value["covers"]) for key, value in raw["needs"].items()}
    return Taxonomy(needs=needs, crisis_types=dict(raw["crisis_types"]))
