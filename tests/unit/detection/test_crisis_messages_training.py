"""The learned crisis heads learn from the retired crisis check sets: their crises with their type and
their calm look-alikes as calm, so they read crises in wording no rule names; the saved model goes stale
when one of those files changes."""

from pathlib import Path

import pytest
import yaml

from index.detection import NeedDetector
from index.detection.classifier import source_digest
from index.detection.training import (
    CALM,
    CRISIS_MESSAGE_FILES,
    MESSAGE_FILES,
    NO_CRISIS,
    TRAINING_FILE,
    load_crisis_messages,
)


def test_every_crisis_check_set_message_teaches_its_type_and_every_look_alike_teaches_calm() -> None:
    assert len(CRISIS_MESSAGE_FILES) >= 10
    taught = {(example.text, example.crisis) for example in load_crisis_messages()}
    for crisis_file in CRISIS_MESSAGE_FILES:
        for kind, texts in yaml.safe_load(crisis_file.read_text(encoding="utf-8")).items():
            for text in texts:
                assert (text, NO_CRISIS if kind == CALM else kind) in taught


def test_crisis_check_set_messages_teach_no_need() -> None:
    assert all(not example.needs for example in load_crisis_messages())


def test_editing_a_crisis_message_file_makes_the_saved_model_stale(tmp_path: Path) -> None:
    edited = tmp_path / "edited.yml"
    edited.write_text(CRISIS_MESSAGE_FILES[0].read_text(encoding="utf-8") + '  - "one more look-alike"\n')
    changed = [edited, *CRISIS_MESSAGE_FILES[1:]]
    assert source_digest(TRAINING_FILE, MESSAGE_FILES, changed) != source_digest()


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        (
            "he's been standing at the bottom of the stairs with a hammer for ten minutes shouting he'll do me in "
            "when I come down",
            "danger_abuse",
        ),
        ("the lad next door is screaming and I can hear thuds, his dad's been drunk all day", "danger_abuse"),
        (
            "my son's gone really pale and sweaty and says the pain in his tummy is the worst ever, he's doubled up",
            "medical_emergency",
        ),
    ],
)
def test_crises_in_wording_no_rule_names_are_caught_by_the_heads_the_check_sets_taught(
    detector: NeedDetector, message: str, kind: str
) -> None:
    assert detector.detect(message).crisis == kind
