"""The tenth and eleventh crisis check sets' misreads, and five found in ordinary messages, read as families.

Caught now: medicine saved up, lined up or in the hand; self-harm with scissors, a blade or a fork, or until it
bleeds; a plan for when nobody will come looking; working up the courage to jump; going into the river and not
coming out; means asked about with intent (the highest bridge, no railings, no ticket back, painless with pills
and whisky); non-native wording ('finish his life', 'I am only burden', 'she slap me'); held by the throat;
extortion at the door; a threat to burn a home with someone in it; an intruder climbing in; forced marriage and
honour; an old person crying for food or frightened with their cards taken; grooming with money and secrets;
chest pain down the arm, stroke signs, anaphylaxis, hypo and DKA, pre-eclampsia, ectopic, cord prolapse, a child
who swallowed tablets, a seizure over five minutes, a fall hours ago, carbon monoxide. Calm now: pillow fights,
jokes said with a laugh, a parent who'll 'kill me' over a mock, 'ending it - the contract I mean', a holiday from
everything, 'nobody gets hurt', a form's question, an attempt long over (step 5d), future care planning, 'the
last bet', 'going to finish me off', breathlessness with a lung condition on a walk.
"""

import pytest

from index.detection import NeedDetector
from index.detection.lexicon import CrisisLexicon


@pytest.mark.parametrize(
    "message",
    [
        "got the pills on the bedside table, been stockpiling them since march",
        "I've not swallowed them yet, they're lined up in front of me",
        "they're counted out in front of me, haven't taken any yet",
        "I cut my wrists with a razor again tonight, I can't stop",
        "she's been slicing her thighs with a compass from her pencil case",
        "he punches his head against the door till it bleeds and says he's worthless",
        "I scratch my arms raw with my nails when the voices get bad",
        "made my mind up to go through with it on Friday when no one will notice I'm gone",
        "been sitting on the roof of the car park building up the nerve to jump",
        "I keep going to the bridge, I just need to find the courage to step off",
        "I'm going to walk into the sea and never come back",
        "all my insulin is laid out on the kitchen table",
        "I could take them all and be done, nobody would care",
        "I stopped myself last time but next time I won't stop",
        "what is the tallest car park in Leeds, need to know for tomorrow",
        "where's a bridge with no fence round here",
        "I won't be needing the fare home after tonight",
        "my cousin says he wants to finish his own life, he lost his wife",
        "she want to finish her life, she say nobody care",
        "where can I buy sleeping pills in large quantity",
        "my grandmother keeps saying she wants to go to God now, she has stopped eating",
        "he told me I am only burden to everyone",
        "would it be painless if I jumped from the top floor",
        "if I took all my mum's tramadol would it be painless",
        "I've got every one of my tablets and the gin ready",
        "it would be easier for the kids if I simply wasn't here any more",
        "thinkin about takin all my pills 2nite",
        "im by the canal right now and I want to jump in",
        "he gave away his medals to the grandkids and said goodbye as if he was leaving for good",
        "I've picked the date for just after her birthday so it isn't ruined",
        "I keep thinkin about hangin myself from the loft hatch",
    ],
)
def test_self_harm_plans_means_and_non_native_wording_are_suicide_self_harm(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "he grabbed me by the throat and slammed me against the door",
        "she had my sister by the neck last night",
        "he said next time he will finish me",
        "they messaged saying they know where my kids go to school",
        "two men are in my kitchen and won't leave until I pay them cash",
        "he keeps shouting that he'll set fire to the flat with us inside",
        "my ex is threatening to burn my house down",
        "someone is breaking into my flat right now",
        "there's a man in my house, I'm hiding in the bathroom",
        "they've kicked the front door in and they're coming in",
        "my parents are sending me back to Pakistan to marry my cousin, I don't want to",
        "my uncle wants to marry her off, she's 15",
        "they want me to wed a man I have never met",
        "my husband beat me and choke me when he is angry",
        "he pull my hair and drag me to the bedroom",
        "he hold the knife close to my throat and say he kill me",
        "my father in law spat at me and locked me in the room",
        "she push me against the wall every night",
        "he threw me down the steps last week and I'm scared",
        "my employer says if I complain he will have me sent back",
        "the old man next door was crying for food at his door",
        "an older boy online asked my son for photos without clothes",
        "he wants naked pictures of her",
        "my brother-in-law keeps giving my niece money and telling her to keep it our little secret",
        "my mum's carer has her bank cards and mum seems petrified of her",
        "I heard her whisper help me before he took the phone",
        "they say I bring shame and they will send me back home and I will never come back",
    ],
)
def test_violence_threats_intruders_forced_marriage_and_grooming_are_danger(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "crushing pain in my chest spreading into my jaw",
        "my dad says his chest feels heavy and it's going down his left arm",
        "there's a squeezing pressure in my chest for twenty minutes now",
        "my mum's face is drooping on one side",
        "his arm has gone weak and his speech is slurred",
        "ate a prawn at the restaurant and my throat is closing up",
        "my son was stung by a bee and now his lips are swelling",
        "my wife's diabetic and she's confused and won't wake properly",
        "my dad has type 1, he's vomiting and breathing really fast",
        "I'm 30 weeks pregnant and my vision has gone blurry with a pounding headache",
        "7 months pregnant, terrible headache and my face is swollen",
        "I'm pregnant and I've got pain in my right side, I feel like I'm going to pass out",
        "my waters broke and I can feel the cord",
        "my 2 year old has swallowed a button battery",
        "my toddler drank some bleach and is being sick",
        "he took some pills at the club and now he's fitting",
        "my friend's eyes are rolling back and she won't answer",
        "the carbon monoxide alarm is going off and we all feel dizzy",
        "my granddad fell two hours ago and he can't get up",
        "her seizure has been going on for more than ten minutes",
        "the baby is really sleepy and floppy",
    ],
)
def test_plain_word_medical_emergencies_are_medical(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


@pytest.mark.parametrize(
    "message",
    [
        "my sister whacked me with a cushion lol",
        "we had a massive pillow fight at the sleepover",
        "bit down lately, not that I want to hurt myself, just bored",
        "if I hear one more advert for double glazing I'll throw myself off the balcony haha",
        "got a D in my chemistry mock and mum's going to kill me",
        "my dad will murder me when he sees my grades lol",
        "thinking of ending it - my phone contract I mean - it's too dear",
        "some days I wish I could disappear for a week to a cabin",
        "I want to disappear till the exams are done",
        "we shout at each other but no one gets hurt",
        "the benefits form asks whether I've ever had thoughts of suicide, do I need to explain?",
        "my kids are better off without me nagging them all day",
        "I care for my daughter with Down's, who will look after her when I'm gone?",
        "what will happen to my son after I'm no longer around, he can't live alone",
        "I told myself that was the last bet, then I went back",
        "the school holidays are going to finish me off",
        "I've got emphysema, I can't breathe when I walk up hills",
        "I can't breathe in this flat for the mould",
        "how am I supposed to exercise when I can't breathe",
        "my ex won't let me see our daughter unless I pay more maintenance",
        "Back in 2009, I tried to kill myself, but I have a good life now",
        "years ago, when I was at uni, I attempted suicide, I'm well now and want to volunteer",
        "I'm not in a bad way like I want to die, just knackered",
        "my toddler pulls my hair when I brush it",
        "my employer holds my hours over me but that's work",
        "my son swallowed his tablets fine today",
        "I'm diabetic and get shaky if I skip lunch, any cooking classes?",
        "I'm 32 weeks pregnant with swollen ankles, is there a pregnancy yoga class?",
        "I carry an epipen in case I eat nuts",
        "my chest feels tight when I'm anxious",
        "his face dropped when he saw the bill",
        "locked myself out so my son smashed the back window and climbed in",
        "the men fixing my roof won't leave until they finish the job",
        "there's a man in my house fixing the boiler",
    ],
)
def test_look_alikes_in_the_same_wording_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


def test_an_attempt_long_over_told_across_clauses_is_over_unless_something_says_it_is_back() -> None:
    lexicon = CrisisLexicon.from_file()

    assert lexicon.hits("A long time ago, in my teens, I tried to end my life. I'm settled now") == []
    back = lexicon.hits("A long time ago, in my teens, I tried to end my life. The thoughts are back")
    assert [hit.crisis_type for hit in back][:1] == ["suicide_self_harm"]
    tonight = lexicon.hits("Years ago, I was happy, I tried to kill myself last night")
    assert [hit.crisis_type for hit in tonight][:1] == ["suicide_self_harm"]
