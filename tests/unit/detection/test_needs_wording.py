"""Needs: wording found missing or misread by the second written need probe, read generically
(each case here is new wording, not the probe's)."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("me and my brother haven't talked since the funeral", "family_parenting"),
        ("me and my dad haven't spoken for months and I want to fix it", "family_parenting"),
    ],
)
def test_a_falling_out_told_as_me_and_a_relative_is_read_as_one_clause(
    detector: NeedDetector, message: str, need: str
) -> None:
    assert need in detector.detect(message).needs
