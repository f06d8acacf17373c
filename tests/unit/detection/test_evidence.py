"""Evidence: a link worker can see which of the resident's words led to each need and crisis."""

from index.detection import NeedDetector


def test_each_detected_need_has_the_residents_words_as_evidence(detector: NeedDetector) -> None:
    message = "The landlord is taking us to court for the arrears. I also look after my dad who has dementia."
    detection = detector.detect(message)

    assert detection.needs
    for need in detection.needs:
        assert detection.evidence[need]
        assert detection.evidence[need] in message


def test_crisis_evidence_is_the_clause_that_raised_it(detector: NeedDetector) -> None:
    message = "Can you find me a lunch club? He said he'll kill me when he gets home tonight."
    detection = detector.detect(message)

    assert detection.crisis == "danger_abuse"
    assert "kill me" in detection.evidence["danger_abuse"]
    assert detection.evidence["danger_abuse"] in message


def test_evidence_covers_only_what_was_detected(detector: NeedDetector) -> None:
    detection = detector.detect("I'd love to join a choir")

    assert set(detection.evidence) == set(detection.needs) | ({detection.crisis} - {None})


def test_result_has_the_documented_shape(detector: NeedDetector) -> None:
    dumped = detector.detect("I'm so stressed about the bills").model_dump()

    assert set(dumped) == {"needs", "crisis", "scores", "evidence"}
