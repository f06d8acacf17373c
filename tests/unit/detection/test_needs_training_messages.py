"""The learned layer learns from the whole messages of the retired need check sets too, and two
readings the extra messages exposed: help that worked but did not last, and furniture enjoyed."""

from pathlib import Path

import pytest
import yaml

from index.detection import NeedDetector
from index.detection.classifier import source_digest
from index.detection.training import MESSAGE_FILES, TRAINING_FILE, load_examples


def test_every_check_set_message_is_a_training_example_with_its_needs() -> None:
    assert len(MESSAGE_FILES) >= 4
    labelled, _ = load_examples()
    learned = {(example.text, example.needs) for example in labelled}
    for message_file in MESSAGE_FILES:
        for row in yaml.safe_load(message_file.read_text(encoding="utf-8")):
            assert (row["text"], frozenset(row["needs"])) in learned


def test_editing_a_message_file_makes_the_saved_model_stale(tmp_path: Path) -> None:
    edited = tmp_path / "edited.yml"
    edited.write_text(MESSAGE_FILES[0].read_text(encoding="utf-8") + '- {text: "new line", needs: []}\n')
    assert source_digest(TRAINING_FILE, [edited, *MESSAGE_FILES[1:]]) != source_digest()


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("the food bank helped loads but the cupboards are empty again", "food_fuel"),
        ("the food parcels helped, and now we're back to nothing", "food_fuel"),
        ("the debt advice helped a lot but I'm slipping again", "debt_money"),
    ],
)
def test_help_that_worked_is_not_over_when_the_next_clause_says_the_problem_came_back(
    detector: NeedDetector, message: str, need: str
) -> None:
    assert need in detector.detect(message).needs


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("the food bank helped loads and we're managing fine now", "food_fuel"),
        ("the debt advice helped a lot, thank you", "debt_money"),
    ],
)
def test_help_that_worked_with_nothing_after_it_is_still_over(detector: NeedDetector, message: str, need: str) -> None:
    assert need not in detector.detect(message).needs


@pytest.mark.parametrize(
    "message",
    ["we got a new bed for the spare room and it's lovely", "finally treated myself to a new armchair, so comfy"],
)
def test_furniture_bought_or_given_is_not_a_housing_need(detector: NeedDetector, message: str) -> None:
    assert "housing" not in detector.detect(message).needs


@pytest.mark.parametrize("message", ["we've moved in but there's no beds and no sofa", "the new flat has no furniture"])
def test_furniture_missing_from_a_home_is_still_a_housing_need(detector: NeedDetector, message: str) -> None:
    assert "housing" in detector.detect(message).needs
