"""The crisis vocabulary is data a small reader can use: the conversation's offline fallback reads it too."""

import re

import yaml

from index.detection.lexicon import CRISIS_RULES_FILE, CrisisLexicon
from index.taxonomy import load_taxonomy


def test_the_rules_file_covers_every_crisis_type_in_priority_order() -> None:
    rules = yaml.safe_load(CRISIS_RULES_FILE.read_text(encoding="utf-8"))
    crisis_types = set(load_taxonomy().crisis_types)

    assert set(rules["crisis_types"]) == crisis_types
    assert set(rules["priority"]) == crisis_types
    for spec in rules["crisis_types"].values():
        assert spec["phrases"] and spec["patterns"]


def test_every_regex_in_the_rules_file_compiles_after_placeholders_are_filled() -> None:
    rules = yaml.safe_load(CRISIS_RULES_FILE.read_text(encoding="utf-8"))
    patterns = [*rules["figures_of_speech"], *rules["denials"], *rules["past_markers"], *rules["current_markers"]]
    patterns += [p for spec in rules["crisis_types"].values() for p in spec["patterns"]]
    patterns += [p for spec in rules["crisis_types"].values() for p in spec.get("message_patterns") or []]
    patterns += [p for spec in rules["crisis_types"].values() for p in spec.get("unblanked_message_patterns") or []]
    patterns += rules.get("past_message_markers") or []

    for pattern in patterns:
        for name, value in rules["terms"].items():
            pattern = pattern.replace("{" + name + "}", value)
        re.compile(pattern)


def test_the_rule_layer_alone_finds_a_crisis_without_the_learned_model() -> None:
    lexicon = CrisisLexicon.from_file()

    hits = lexicon.hits("Everything's fine with the flat. I've got enough tablets saved up to end it.")

    assert [hit.crisis_type for hit in hits][:1] == ["suicide_self_harm"]
    assert "tablets saved" in hits[0].clause.text


def test_message_patterns_read_across_clauses_and_give_the_clauses_they_span_as_evidence() -> None:
    hits = CrisisLexicon.from_file().hits(
        "Thanks for the help earlier. Did it again last night, there are new marks everywhere"
    )

    assert [hit.crisis_type for hit in hits] == ["suicide_self_harm"]
    assert hits[0].clause.text == "Did it again last night, there are new marks everywhere"


def test_a_later_clause_can_explain_an_absence_away() -> None:
    lexicon = CrisisLexicon.from_file()

    assert lexicon.hits("I won't be here next week, I'm on holiday") == []
    assert [hit.crisis_type for hit in lexicon.hits("I won't be here next week")] == ["suicide_self_harm"]


def test_a_past_marker_in_an_earlier_sentence_does_not_silence_a_message_pattern() -> None:
    hits = CrisisLexicon.from_file().hits("I used to love my job years ago. Just did it again, my arm's a mess")

    assert [hit.crisis_type for hit in hits] == ["suicide_self_harm"]


def test_the_rule_layer_alone_ignores_a_figure_of_speech() -> None:
    assert CrisisLexicon.from_file().hits("my knees are killing me on these stairs") == []


def test_the_conversations_offline_fallback_reads_the_same_vocabulary_the_same_way() -> None:
    from assistant.components.crisis_lexicon import CrisisLexicon as OfflineFallback

    rules, fallback = CrisisLexicon.from_file(), OfflineFallback.load()
    messages = [
        "I used to work at the hospital. Now I keep thinking about ending things",
        "I'm not suicidal, but I've been collecting my tablets",
        "this form is killing me",
        "he tried to strangle me last night",
        "I've overdosed",
        "I used to self harm years ago",
        "I don't want to live in this flat any more",
        "my mum can't get her breath and she's gone grey",
        "did it again, my wrists are a mess",
        "I won't be around next month, we're off to Tenerife",
        "I won't be around next month",
        "i just want to go",
        "I used to cut, I stopped for a year but I've started again",
        "I'm scared to go back home tonight, he'll go mad",
        "the razor is pressed against my wrist right now",
        "he's holding the knife to my arm",
        "his sugar's 1.8 and he's gone shaky and confused",
        "my daughter says she wants to kill herself",
        "feeling rough but nowhere near wanting to hurt myself",
        "my wife will kill me if I order another bike, and she means it",
        "my wife will kill me if I order another bike haha",
        "Years ago, in my thirties, I attempted suicide. Life is good these days",
        "Years ago, in my thirties, I attempted suicide. It's back",
        "the paracetamol's on the side, been stockpiling them",
        "my cousin's breath smells like pear drops, she's diabetic and breathing really fast",
        "I'll jump off the bridge if I have to sit through another meeting lol",
    ]

    for message in messages:
        hits = rules.hits(message)
        found = fallback.detect(message)
        assert (found[0] if found else None) == (hits[0].crisis_type if hits else None), message


def test_the_offline_fallback_reads_steps_5c_and_5d() -> None:
    from assistant.components.crisis_lexicon import CrisisLexicon as OfflineFallback

    fallback = OfflineFallback.load()

    meant = fallback.detect("my boyfriend will murder me if I buy more shoes, I'm terrified of him")
    assert meant is not None and meant[0] == "danger_abuse"
    assert fallback.detect("my boyfriend will murder me if I buy more shoes lol") is None
    assert fallback.detect("Decades ago, when I was a student, I tried to take my life. I am happy now") is None
    back = fallback.detect("Decades ago, when I was a student, I tried to take my life. I've tried again")
    assert back is not None and back[0] == "suicide_self_harm"
