"""Crisis: never miss someone who may not be safe, and do not raise the alarm over an idiom or a denial."""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "I want to kill myself",
        "i dont want to wake up tomorrow",
        "I've been stockpiling my sleeping tablets for a fortnight",
        "looked up how many co-codamol it would take",
        "my family would be better off if I wasn't around",
        "I keep cutting my arms when it gets bad",
        "I've written letters for each of my children and sorted out who gets the cat",
        "im gona end it all 2nite",
    ],
)
def test_suicide_and_self_harm_are_detected_including_indirect_wording(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "my boyfriend says he'll kill me if I try to leave",
        "he grabbed me by the throat last night and he's due back at six",
        "my stepmum locks me in my room and hits me",
        "I'm too frightened to go home because of what he'll do",
        "my son takes my pension every week and shoves me if I say no",
    ],
)
def test_danger_and_abuse_are_detected(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "I've got a crushing pain in my chest and my left arm is numb",
        "my dad has collapsed in the kitchen and isn't responding",
        "I swallowed about thirty paracetamol an hour ago",
        "my husband can't breathe and his lips are going blue",
        "her face has dropped on one side and she's slurring her words",
        "my mum can't get her breath and she's gone grey",
    ],
)
def test_medical_emergencies_are_detected(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


def test_a_crisis_inside_an_ordinary_message_is_detected(detector: NeedDetector) -> None:
    detection = detector.detect(
        "Hello, I'm after some help with my universal credit claim, it's been stopped again. "
        "Honestly I've got the rope in the shed ready. Also do you know any food banks in Banbury?"
    )

    assert detection.crisis == "suicide_self_harm"
    assert "debt_money" in detection.needs


def test_suicidal_crisis_also_reports_the_mental_wellbeing_need(detector: NeedDetector) -> None:
    detection = detector.detect("I don't want to be alive anymore")

    assert detection.crisis == "suicide_self_harm"
    assert "mental_wellbeing" in detection.needs


def test_danger_from_a_partner_also_reports_the_domestic_abuse_need(detector: NeedDetector) -> None:
    detection = detector.detect("my husband beats me when he's had a drink")

    assert detection.crisis == "danger_abuse"
    assert "domestic_abuse" in detection.needs


@pytest.mark.parametrize(
    "message",
    [
        "I'm not suicidal, just worn out and fed up",
        "I would never hurt myself but I do feel really low",
        "no thoughts of suicide, I'm just stressed about money",
        "this benefits form is killing me",
        "I could murder a bacon butty and a chat",
        "the kids will be the death of me",
        "I nearly died laughing at the quiz night",
        "I'm bored to death stuck in the flat",
        "I'm at the end of my tether with the housing association",
        "my mum will kill me when she sees what I spent at the shops",
        "I would die for my two boys, they're my world",
        "my son yells and chucks his stuff about when he can't get his own way",
    ],
)
def test_denials_and_figures_of_speech_are_not_crises(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my grandson has my bank card and does my big shop on a Friday",
        "my neighbour keeps a spare set of my keys in case I have a fall",
        "the carer takes my pension money to the bank for me on Mondays",
        "my dad won't let me stay out after dark on school nights",
    ],
)
def test_family_help_with_money_keys_and_ordinary_limits_is_not_abuse(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "my wife keeps my passport locked away so I can't go anywhere",
        "my nephew takes my pension the day it comes in and shouts if I ask for it",
    ],
)
def test_money_or_papers_held_to_control_someone_is_abuse(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "I used to self harm when I was a teenager but I've been fine for years",
        "my grandad died of a heart attack years ago",
        "since my stroke in 2019 I struggle with the stairs",
        "my sister died of an overdose and I still miss her",
        "I had suicidal thoughts after my son was born but that was years ago and I got help",
        "I self harmed in my twenties, I've been clean for eight years",
        "I overdosed in 2015 and I'm doing well now",
    ],
)
def test_past_events_are_not_crises(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


def test_a_denial_does_not_hide_a_crisis_in_the_next_clause(detector: NeedDetector) -> None:
    detection = detector.detect("I'm not suicidal, but I took all of my tablets about twenty minutes ago")

    assert detection.crisis == "medical_emergency"


@pytest.mark.parametrize(
    ("family", "message"),
    [
        ("passive wish", "honestly it'd be simpler for everyone if I wasn't around"),
        ("passive wish", "I'd rather be dead"),
        ("passive wish", "I pray every night the Lord will take me"),
        ("passive wish", "I'm gutted every morning when I wake up"),
        ("passive wish", "I keep hoping I die in my sleep"),
        ("passive wish", "I just want to stop existing"),
        ("burden", "I'm just a drain on my family"),
        ("burden", "I'm a waste of oxygen"),
        ("burden", "nobody would even notice if I vanished"),
        ("nothing left", "life's not worth the effort any more"),
        ("nothing left", "I've got no reason to carry on"),
        ("nothing left", "what's the point of me"),
        ("ending things", "I've been thinking about ending things"),
        ("ending things", "I feel like ending it"),
        ("ending things", "I don't see any way out of this"),
        ("can't go on", "I can't keep going like this"),
        ("can't go on", "I dont want to do this anymore"),
        ("goodbye", "this will be my last message, thanks for trying"),
        ("goodbye", "I've left a note for whoever finds me"),
        ("goodbye", "please tell my girls I love them"),
        ("goodbye", "you won't hear from me again"),
        ("affairs in order", "my passwords and bank details are in an envelope for my brother"),
        ("giving things away", "I've been giving all my records to my mates"),
        ("plan and means", "I've been collecting my sleeping pills"),
        ("plan and means", "I've got enough tablets in the drawer to do it"),
        ("plan and means", "I'm going to swallow the lot tonight"),
        ("plan and means", "been googling how much it would take"),
        ("plan and means", "I keep thinking about the railway"),
        ("plan and means", "I'm sat on the edge of the multi storey car park"),
        ("plan and means", "I want to crash the car on purpose"),
        ("overdose wording", "I want to take an overdose"),
        ("cutting", "I want to slit my wrists"),
        ("cutting", "I've started cutting again"),
        ("cutting", "I keep burning my arm with a lighter"),
        ("text-speak", "relapsed on sh last nite"),
        ("text-speak", "feeling v sui tonight"),
        ("text-speak", "wanna b dead"),
        ("misspelling", "i feel suicidial"),
        ("not safe", "I'm frightened of what I might do to myself"),
        ("not safe", "I don't trust myself tonight"),
        ("goodbye", "I've been drafting goodbye texts to my friends"),
        ("passive wish", "I'm just sat here waiting to die"),
        ("passive wish", "I can't see myself growing old"),
        ("passive wish", "there's no place for me in this world"),
        ("plan and means", "I've stopped taking my tablets and I'm keeping them in a tin"),
        ("plan and means", "I've thought about how I would end it"),
        ("decision made", "I've made my mind up and I feel at peace with it"),
        ("not missed", "I honestly don't think I'd be missed"),
        ("not missed", "no one would realise I was gone"),
        ("death on the mind", "I can't stop thinking about dying"),
        ("death on the mind", "I think about death constantly"),
        ("no way out", "the only way out would be to not be here"),
        ("no will left", "I've lost all will to live"),
        ("plan and means", "I've been sat staring at my sleeping pills all evening"),
        ("plan and means", "I've lined up all my tablets on the kitchen table"),
        ("ending things", "it feels like the end of the road for me"),
        ("slang", "i might as well just top myself"),
        ("slang", "ive been thinking about doing myself in"),
        ("passive wish", "I wish I was never born"),
        ("passive wish", "i want to stop breathing"),
        ("passive wish", "i just want to go to sleep and not have to wake up to all this"),
        ("passive wish", "every night i pray i wont wake up in the morning"),
        ("not deserving", "I don't deserve to live"),
        ("can't go on", "i cant live like this anymore"),
        ("can't go on", "i really cant be bothered with living any more"),
        ("grief", "i want to go where my son is"),
        ("burden", "they'd be better off with their dad and me out of the picture"),
        ("burden", "i won't bother anyone again after tonight"),
        ("only alive", "i'm only alive because i'm too scared to do it"),
        ("goodbye", "by the time anyone reads this I'll be gone"),
        ("goodbye", "please tell my mum i'm sorry"),
        ("goodbye", "this is my goodbye"),
        ("goodbye", "don't try to find me"),
        ("affairs in order", "ive written my letters and sorted who gets the dog"),
        ("plan and means", "I've got a stash of my dad's morphine"),
        ("plan and means", "been putting aside my tablets in a jar for a couple of months"),
        ("plan and means", "I bought a load of paracetamol from different shops today"),
        ("plan and means", "how many sertraline would I need to take to not wake up"),
        ("plan and means", "thinking about sitting in the garage with the engine running"),
        ("plan and means", "I've got the charcoal and tape for the windows"),
        ("plan and means", "thinking of stepping off the kerb in front of a bus"),
        ("plan and means", "stood on the platform thinking how quick it would be"),
        ("plan and means", "im on the bridge now"),
        ("plan and means", "ive picked a date"),
        ("plan and means", "if nothing changes i'll do it"),
        ("not eating", "ive stopped eating and drinking, i just want to slip away"),
        ("not eating", "i have started not eating on purpose"),
        ("cutting", "the urge to cut is so strong tonight"),
        ("cutting", "I cut again last night and it's deeper than usual"),
        ("hitting", "I punch walls till my knuckles bleed"),
        ("knife", "I've got a knife and I want to use it on myself"),
        ("in passing", "can someone help with my council tax arrears, im not planning on being around by christmas"),
    ],
)
def test_indirect_suicidal_and_self_harm_wording_is_detected(detector: NeedDetector, family: str, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm", family


@pytest.mark.parametrize(
    "message",
    [
        "I've overdosed",
        "i od'd about an hour ago",
        "I've necked a load of my painkillers",
        "i've just taken 40 paracetamol",
        "took a whole packet of sertraline about an hour ago",
        "I drank a bottle of vodka and took some diazepam",
        "my partner took too much insulin and he's confused and sweating",
    ],
)
def test_an_overdose_already_taken_is_a_medical_emergency(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


@pytest.mark.parametrize(
    "message",
    [
        "he tried to strangle me last night",
        "he had his hands round my neck",
        "my ex keeps turning up at my work",
        "he said next time he'll finish me off",
        "he strangled me until I passed out",
        "I'm hiding in the bathroom, he's going mental",
        "someone is trying to get into my flat right now",
        "I'm being followed and I'm scared",
        "my step dad comes in my room at night",
        "my partner is drunk and smashing the place up",
        "my brother threw a chair at me",
    ],
)
def test_more_danger_wording_is_detected(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "I don't want to live in this damp flat any more",
        "I don't want to live with my parents anymore",
        "I don't want to go on the waiting list again",
        "I can't go on holiday this year",
        "I'm sick of living in this dump",
        "I'm tired of living on beans on toast",
        "I'm going to end it with my boyfriend",
        "I've been giving away my things to the charity shop",
        "I'd rather die than go to bingo, haha",
        "I've never self harmed, I just feel flat",
        "hoping I get picked for the job",
        "I'm not going to be around next week, I'm at my sister's",
        "I can't keep going to the food bank",
        "my mum will kill me when she sees my phone bill",
        "my phone's dead so I couldn't ring the surgery",
        "I'm pulling my hair out with the kids",
        "I could kill for a decent night's sleep",
        "nobody would notice if I disappeared for a week, that's how lonely it is",
        "my wife has dementia and I can't leave her on her own",
        "I've made my mind up to go back to college in September",
        "I'd be missed at work if I left, they're short staffed",
        "the queue at the council took so long I lost the will to live",
        "the pharmacist lined up my tablets in a dosette box",
        "I'm looking at the tablets to check the dose",
        "my dad kept thinking about death duties when he wrote his will",
        "we should just end things between us, it's not working",
        "the insurance pays out if I die, we sorted that years ago",
        "chest infection and my arm is tingly from the jab",
        "I work on the roof of buildings as a roofer",
        "we sat on top of the bridge wall and had a picnic",
        "my dad's collapsed pension scheme left him skint",
        "I took the razor out of the drawer to shave",
        "I can't wake up in the mornings, I'm so tired",
        "I'd die for a holiday",
        "my boss is going to kill me if I'm late again",
        "plan b is to move back in with my mum",
        "he'll break the news to the kids tonight",
        "my friend died by suicide and I can't stop crying",
        "we're doing a charity walk for suicide awareness",
        "on eastenders last night someone took an overdose",
        "I'm a burden on the NHS with all my appointments, haha",
        "I wouldn't want to be a burden to my family when I'm older",
        "how many paracetamol can I take in a day for a toothache",
        "I want to disappear to a desert island for a week lol",
        "I don't want to wake up early on saturdays",
        "I'm ready to leave my job",
        "I need to sort out my will, can someone help",
        "the funeral is sorted for my mum, I need help with the wake",
        "I bought some rope for the washing line",
        "my ex won't let me see the kids and it's going to court",
        "my ex is following me on instagram",
        "the council is going to kill me with this council tax bill",
        "my wife will kill me if I forget our anniversary",
        "I've lost the will to live with this broadband company",
        "I can't live like this anymore with the noise from next door",
        "I'm getting the train tomorrow to see my sister",
        "I'm collecting my mum's tablets from the pharmacy tomorrow",
        "I've stopped eating meat on purpose, I'm going vegan",
        "my husband is fitting a new kitchen",
        "my mum is not responding to my texts",
        "he's not breathing down my neck anymore at work",
        "he threw a ball at me in the park and we played catch",
        "don't try to find me a cleaner, I've got one",
        "thinking about how easy it would be to start a small business",
        "I'd rather die than go camping lol",
    ],
)
def test_everyday_wording_near_the_crisis_vocabulary_is_not_a_crisis(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("tonight's the night I finally end it", "suicide_self_harm"),
        ("my life insurance would clear the debts if I wasn't here", "suicide_self_harm"),
        ("it'd be easier for my family if I wasn't around", "suicide_self_harm"),
        ("my chest is crushing and my left arm's gone numb", "medical_emergency"),
        ("my chest hurts and my left arm is numb", "medical_emergency"),
        ("I've been up on the roof of the car park tonight thinking", "suicide_self_harm"),
        ("nobody will have to put up with me much longer", "suicide_self_harm"),
        ("I've taken the blades out of my pencil sharpener again", "suicide_self_harm"),
        ("I'm at the station waiting for the fast train", "suicide_self_harm"),
        ("don't see myself being here at christmas", "suicide_self_harm"),
        ("he said if I leave he'll find me and hurt me", "danger_abuse"),
        ("if I tell anyone he'll batter me", "danger_abuse"),
        ("my baby's burning up and won't wake properly", "medical_emergency"),
        ("my dad's collapsed on the kitchen floor", "medical_emergency"),
        ("i rly dont wanna b here no more", "suicide_self_harm"),
        ("I've hidden my dad's shotgun cartridges in my room", "suicide_self_harm"),
        ("my step dad said he'd break my legs", "danger_abuse"),
        ("he's going to kill me if I'm late home again", "danger_abuse"),
        ("she's fallen down the stairs and isn't moving", "medical_emergency"),
        ("my baby isn't breathing", "medical_emergency"),
        ("my wife suddenly can't speak properly and her arm is weak", "medical_emergency"),
        ("my dad's face has gone droopy", "medical_emergency"),
        ("blood is pouring out of his leg", "medical_emergency"),
        ("my grandad is on the floor and won't respond", "medical_emergency"),
        ("he's fitting and foaming at the mouth", "medical_emergency"),
    ],
)
def test_indirect_wording_of_every_crisis_type_is_a_crisis(detector: NeedDetector, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis


# Third probe (crisis_messages/third_crisis_check_set.yml): families written for it, each shown here in
# wording written for the tests.
@pytest.mark.parametrize(
    ("family", "message", "crisis"),
    [
        (
            "absence, not explained",
            "sorry I won't be here next month so don't bother sending the letter",
            "suicide_self_harm",
        ),
        (
            "absence, not explained",
            "i dont think ill still be around by the time the court date comes",
            "suicide_self_harm",
        ),
        ("absence, explained by nothing", "I won't be here tomorrow", "suicide_self_harm"),
        ("just want to go", "honestly i just want to go", "suicide_self_harm"),
        ("just want to go", "my husband's gone and i want to go now", "suicide_self_harm"),
        ("done it again", "did it again. both arms this time", "suicide_self_harm"),
        ("on purpose", "I scalded my arm with the kettle on purpose", "suicide_self_harm"),
        ("till it bleeds", "I keep scratching my legs until they bleed", "suicide_self_harm"),
        ("fresh scars", "my scars are open again", "suicide_self_harm"),
        ("a blade kept", "I've got a blade hidden in my makeup bag", "suicide_self_harm"),
        ("razor taken apart", "I broke my shaver open to get at the blade", "suicide_self_harm"),
        ("deserving pain", "I need to be punished, I deserve to bleed", "suicide_self_harm"),
        ("cut again", "cut again tonight", "suicide_self_harm"),
        ("carved", "I've been carving into my thigh with a compass", "suicide_self_harm"),
        ("arms a mess", "my wrists are in a state again", "suicide_self_harm"),
        ("head on the wall", "I've been smashing my head against the wall", "suicide_self_harm"),
        ("told to", "something in my head keeps telling me to hurt myself", "suicide_self_harm"),
        ("stopped, started again", "I stopped cutting at uni but I've started again", "suicide_self_harm"),
        ("no point in me", "what's the point of me even waking up", "suicide_self_harm"),
        ("hate being alive", "i hate existing", "suicide_self_harm"),
        ("not seeing christmas", "I can't see myself making it to the new year", "suicide_self_harm"),
        ("another winter", "I don't want to face another christmas", "suicide_self_harm"),
        ("misery", "I just want to put myself out of my misery", "suicide_self_harm"),
        ("make it stop", "I'm going to make this stop permanently", "suicide_self_harm"),
        ("one way it ends", "it's only going to end one way, there's only one way it ends", "suicide_self_harm"),
        ("not needing things", "I won't be needing any of my savings", "suicide_self_harm"),
        ("stop fighting", "I'm going to give up fighting for good", "suicide_self_harm"),
        ("would anyone care", "would my family even notice if i was gone", "suicide_self_harm"),
        ("cope if I stopped", "they'd all manage fine if I just went", "suicide_self_harm"),
        ("sleep and stay there", "I want to lie down and never get up", "suicide_self_harm"),
        ("not bother waking", "I'd like to not have to wake up", "suicide_self_harm"),
        ("make sure", "I'll make sure I never wake", "suicide_self_harm"),
        ("last night", "this is my last day", "suicide_self_harm"),
        ("hurry it along", "I'm ready to help nature along", "suicide_self_harm"),
        ("own terms", "I want to die on my own terms", "suicide_self_harm"),
        ("worth more dead", "my family would get more, I'm worth more to them dead", "suicide_self_harm"),
        ("go quietly", "I might as well just slip away quietly", "suicide_self_harm"),
        ("jump", "i'm going to jump out of the window", "suicide_self_harm"),
        ("jump", "i just want to jump", "suicide_self_harm"),
        ("heights", "I'm on the 12th floor thinking about the balcony", "suicide_self_harm"),
        ("heights", "how far does the drop have to be to make sure", "suicide_self_harm"),
        ("places", "going to the viaduct tonight", "suicide_self_harm"),
        ("places", "I keep walking past the reservoir and stopping", "suicide_self_harm"),
        ("places", "sat near the level crossing", "suicide_self_harm"),
        ("means", "what painkillers would do it", "suicide_self_harm"),
        ("means", "how many of my mum's morphine would I need", "suicide_self_harm"),
        ("means", "how long does it take to bleed out", "suicide_self_harm"),
        ("means", "my tablets are all counted out", "suicide_self_harm"),
        ("means", "the dressing gown cord is tied already", "suicide_self_harm"),
        ("means", "I know what night the flat will be empty", "suicide_self_harm"),
        ("means", "I could take whatever is in the bathroom cabinet", "suicide_self_harm"),
        ("means kept for when", "there's a rope in the shed for if it gets too bad", "suicide_self_harm"),
        ("planned absence", "I intend to not be around after the weekend", "suicide_self_harm"),
        ("easier if not here", "easier for everyone if I'm not around", "suicide_self_harm"),
        ("affairs", "I've sorted out all my affairs", "suicide_self_harm"),
        ("goodbye", "I just want someone to know I'm sorry", "suicide_self_harm"),
        ("goodbye", "text my brother to say i love him and it's not his fault", "suicide_self_harm"),
        ("goodbye", "I've given the cat to a neighbour and left notes", "suicide_self_harm"),
        ("goodbye", "I've wrote a note for my son, I'm ready", "suicide_self_harm"),
        ("attempt again", "I tried to hang myself in the summer and I am planning to do it again", "suicide_self_harm"),
        ("stopping treatment", "I've come off my dialysis because I want to go", "suicide_self_harm"),
        ("good innings", "had a good innings, I think it's time I went", "suicide_self_harm"),
        ("text-speak", "wnt 2 b dead", "suicide_self_harm"),
        ("text-speak", "cba with livin", "suicide_self_harm"),
        ("danger", "my partner fractured my cheekbone", "danger_abuse"),
        ("danger", "my dad turns violent when he's been on the cans", "danger_abuse"),
        ("danger", "he flung me against the radiator", "danger_abuse"),
        ("danger", "she won't let me sleep until I've said sorry", "danger_abuse"),
        ("danger", "my coach makes me keep it a secret", "danger_abuse"),
        ("danger", "he texted that next time I'm dead", "danger_abuse"),
        ("danger", "they're going to jump my little brother after school", "danger_abuse"),
        ("danger", "he knows which hostel I'm staying at", "danger_abuse"),
        ("danger", "he knelt on my neck", "danger_abuse"),
        ("danger", "my husband locked me out in the snow", "danger_abuse"),
        ("danger", "my son went for me with a screwdriver", "danger_abuse"),
        ("danger", "he put a cushion over my face", "danger_abuse"),
        ("danger", "my ex keeps calling from withheld numbers", "danger_abuse"),
        ("danger", "he sends me photos of my car outside work", "danger_abuse"),
        ("danger", "I'm dreading going back tonight, he'll go mental", "danger_abuse"),
        ("medical", "my grandad's clutching his chest", "medical_emergency"),
        ("medical", "my wife's gone grey and clammy", "medical_emergency"),
        ("medical", "the man next to me on the bus is gasping", "medical_emergency"),
        ("medical", "my little girl's turning blue", "medical_emergency"),
        ("medical", "my son's inhaler isn't helping", "medical_emergency"),
        ("medical", "it's a thunderclap headache", "medical_emergency"),
        ("medical", "I'm pregnant and losing blood", "medical_emergency"),
        ("medical", "my mum has stopped making sense", "medical_emergency"),
        ("medical", "my toddler chewed a dishwasher tablet", "medical_emergency"),
        ("medical", "there's a lad slumped on the pavement not responding", "medical_emergency"),
        ("medical", "her tongue is swelling", "medical_emergency"),
        ("medical", "he had a knock to the head and now he's confused", "medical_emergency"),
        ("medical", "my daughter burnt herself with boiling fat all down her arm", "medical_emergency"),
        ("medical", "my dad's speech has gone slurred", "medical_emergency"),
        ("medical", "his ankle is bent the wrong way", "medical_emergency"),
        ("medical", "my nan took her insulin twice and she's confused", "medical_emergency"),
        ("medical", "the rash won't fade when I press a glass on it", "medical_emergency"),
        ("medical", "my flatmate is not coming round", "medical_emergency"),
        ("medical", "my grandad has gone limp", "medical_emergency"),
        ("medical", "he came off his motorbike and can't move his legs", "medical_emergency"),
        ("medical", "blood is spurting", "medical_emergency"),
    ],
)
def test_third_probe_families_are_crises(detector: NeedDetector, family: str, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis, family


@pytest.mark.parametrize(
    "message",
    [
        "I'm not going to be here next Friday, can we move it",
        "I won't be around next week as I'm staying with my son",
        "I won't be here tomorrow, we're off to the coast",
        "I just want to go home",
        "I want to go, it's boring",
        "my brother will kill me if I lose his charger",
        "this flu is going to finish me off",
        "I'd love to disappear under the covers till spring",
        "I keep banging my head against a brick wall with the jobcentre",
        "I won't see Christmas with the grandkids this year, they're in Australia",
        "my mum won't make it to Christmas and I'm her carer",
        "I watched a film about domestic abuse and it upset me",
        "I had an overdose when I was a teenager, I'm fine now",
        "I fainted a few weeks ago and the GP says it was dehydration",
        "I've taken my tablets as prescribed",
        "how many tablets are in a box of paracetamol",
        "how many calpol can a two year old have",
        "next door's dog bit me on the hand",
        "my son keeps my bank card safe because I lose it",
        "we put up a rope swing in the garden",
        "I'm decluttering the house and giving loads of stuff away",
        "the kids will cope without me for a weekend",
        "I said my goodbyes to the team at my leaving do",
        "I've said goodbye to the booze for good",
        "we've paid for a funeral plan",
        "my solicitor is helping me get my affairs in order",
        "we stood on the bridge watching the boats",
        "the cat's going to my niece while I'm in hospital",
        "I want to be buried next to my husband",
        "there's no way out of this phone contract",
        "I've never thought about ending my life",
        "I hit my head on the door frame getting in the car",
        "my arms are a mess from the brambles",
        "I cut my hand on a tin, it's fine",
        "I'm gasping for a cuppa",
        "my dad's fitting a new bathroom",
        "I don't want to be resuscitated if my heart stops, can you help with the form",
        "my grandad's speech was slurred after his stroke years ago and he's fine now",
    ],
)
def test_look_alikes_of_the_third_probe_families_are_not_crises(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "sat on the bathroom floor with the blade pressed against my wrist",
        "ive been running a razor along my arm but not pressing yet",
        "I keep putting the knife to my thigh",
    ],
)
def test_a_blade_held_to_ones_own_body_is_self_harm_not_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "he's got a knife and he's outside the bedroom door",
        "my ex was holding a knife to my arm and laughing",
    ],
)
def test_a_blade_in_someone_elses_hand_stays_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


def test_the_feelings_before_an_overdose_coming_back_are_suicidal_not_a_medical_emergency(
    detector: NeedDetector,
) -> None:
    detection = detector.detect("honestly the headspace I was in before my overdose is coming back")
    assert detection.crisis == "suicide_self_harm"


def test_an_overdose_told_as_history_is_not_taken_now(detector: NeedDetector) -> None:
    assert detector.detect("I had counselling before my overdose in 2019 and I'm doing well now").crisis is None


@pytest.mark.parametrize(
    "message",
    ["I held the razor to my leg to shave in the bath", "I put the knife on my plate and went to bed"],
)
def test_everyday_blades_are_not_crises(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    ("family", "message", "crisis"),
    [
        (
            "not around to care",
            "if the bank repossesses the house I won't be here to worry about it",
            "suicide_self_harm",
        ),
        ("cope fine without me", "my kids would cope just fine without me", "suicide_self_harm"),
        ("no reason to go on", "can't see a reason to go on since the divorce", "suicide_self_harm"),
        ("plan how you'd do it", "did you ever plan how you would do it", "suicide_self_harm"),
        ("walls until knuckles split", "i hit the wall till my knuckles split", "suicide_self_harm"),
        ("implement on the skin", "i dig into my thighs with a pin when it gets bad", "suicide_self_harm"),
        ("blade taken to the arm", "taking the razor blade to my arm again tonight", "suicide_self_harm"),
        ("the only way out", "dying seems like the only answer now", "suicide_self_harm"),
        ("someone else's intent", "my brother keeps saying he's going to hang himself", "suicide_self_harm"),
        ("someone else's self-harm", "my son is cutting himself again", "suicide_self_harm"),
        ("someone else's wish", "my mate texted that he wants to be dead", "suicide_self_harm"),
        (
            "drink and tablets at hand",
            "got a bottle of gin and all my sleeping pills in front of me",
            "suicide_self_harm",
        ),
        ("heights asked for", "which is the highest bridge round here", "suicide_self_harm"),
        ("the note, alone", "I've left my note", "suicide_self_harm"),
        ("imagining death", "I keep daydreaming about being dead", "suicide_self_harm"),
        ("hits a little one", "she punches my baby sister when she cries", "danger_abuse"),
        ("phone taken away", "my boyfriend hid my phone so I couldn't ring my mum", "danger_abuse"),
        ("intimate images", "he says he'll post my nudes if I leave him", "danger_abuse"),
        ("armed to get me", "some boys said they're bringing a machete to sort me out after school", "danger_abuse"),
        ("pressed for pictures", "a man on snapchat keeps asking me to send photos, im 12", "danger_abuse"),
        ("someone in the house", "someone's broken into my flat and they're still shouting downstairs", "danger_abuse"),
        ("child left alone", "the woman next door leaves them alone overnight and they're hungry", "danger_abuse"),
        ("hiding", "im hiding under the bed, he's downstairs", "danger_abuse"),
        ("low blood sugar", "his sugars are 2.1 and he's confused and sweaty", "medical_emergency"),
        ("blood brought up", "she's vomiting blood right now", "medical_emergency"),
    ],
)
def test_fourth_check_set_families_are_crises(detector: NeedDetector, family: str, message: str, crisis: str) -> None:
    assert detector.detect(message).crisis == crisis, family


@pytest.mark.parametrize(
    "message",
    [
        "the bathroom's so damp and mouldy I can barely breathe in there, can the council help",
        "my flatmate will murder me if I eat her leftovers again haha",
        "the hill up to the surgery will finish me off one day",
        "honestly this essay makes me want to kms lol",
        "feeling low but nowhere near thinking about ending it, just want a chat",
        "the office will manage fine without me for a fortnight",
        "I don't see much reason to carry on with the course, can I switch?",
        "what's the highest bridge in the UK for my grandson's school project",
        "she's been cutting herself off from her friends",
        "he's going to kill himself driving like that",
        "my sister is trying to cut herself a fringe lol",
        "she's going to kill herself laughing",
        "my son broke my phone screen, can you email me instead",
        "my mum keeps asking me to send photos of the baby",
        "there's people in the flat above shouting all night, can I complain about the noise",
        "I won't be around to answer the phone on Tuesday, I'm at the hospital",
        "took my vitamin tablets with a glass of wine beside me",
        "my blood sugar was 12 this morning and I feel a bit dizzy, should I see the nurse",
        "I coughed up a bit of blood with that chest infection last month but the GP says I'm fine now",
        "I've written the letter to the council, can you check it",
        "i scratched my arm with a pin by accident",
    ],
)
def test_look_alikes_of_the_fourth_check_set_families_are_not_crises(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


def test_a_decimal_point_does_not_split_a_clause(detector: NeedDetector) -> None:
    detection = detector.detect("my bm is 1.7 and I'm shaking and can't think straight")

    assert detection.crisis == "medical_emergency"
    assert "1.7" in detection.evidence["medical_emergency"]


@pytest.mark.parametrize(
    "message",
    [
        "I leave him alone for days when I visit my mum, he's 19",
        "my little brother hits my big sister when they play fight lol",
        "my son kicked me by accident in his sleep",
    ],
)
def test_a_grown_child_left_home_alone_and_play_fighting_are_not_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    ("family", "message"),
    [
        ("money kept back", "my fiance won't give me any cash of my own, not even for the bus"),
        ("no card of one's own", "she's not cruel, she just won't let me have my own debit card"),
        ("every penny", "my husband makes me justify every receipt when I come back from Tesco"),
        ("begging for basics", "I have to beg my boyfriend for money for food for the kids"),
        ("who I message", "my wife checks who I'm texting before she lets me go to bed"),
        ("always located", "he needs to know where I am at all times, he rings if I'm five minutes late"),
        ("passwords demanded", "my girlfriend made me give her my pin and the passcode to my phone"),
        ("tracker hidden", "my husband hid a gps tracker under my car seat"),
        ("contacts deleted", "my partner deletes my mates' numbers off my phone"),
        ("kept from family", "my boyfriend has banned me from visiting my own mother"),
        ("not out alone", "I'm not allowed to leave the flat unless I'm with my husband"),
        ("told not allowed", "he told me I'm not allowed to speak to anyone at the school gates"),
        ("children as a threat", "she keeps saying she'll take our son off me if I ever leave"),
        ("reported as a threat", "my husband says he'll ring immigration on me if I tell my sister"),
        ("things thrown in anger", "my fella yells and chucks plates about when he's had a drink"),
        ("walls punched", "he put his fist through the door when I said I wanted to go to my mum's"),
        ("in my face", "my husband gets right up in my face and screams until I cry"),
        ("nobody else", "my partner keeps telling me nobody else would put up with me"),
        ("names", "my boyfriend calls me a fat cow in front of his friends"),
        ("run down", "my wife is always putting me down and says I'm a useless father"),
    ],
)
def test_ongoing_coercive_control_at_home_is_danger(detector: NeedDetector, family: str, message: str) -> None:
    assert detector.detect(message).crisis == "danger_abuse", family


@pytest.mark.parametrize(
    "message",
    [
        "my ex used to go through my bank statements and make me hand over my wages",
        "years ago my first husband wouldn't let me see my sisters",
        "my ex-wife controlled all the money until I left her",
        "in a drama last night the husband won't let her have her own bank card",
        "me and my partner argue about money but we always talk it through",
        "my husband looks over the bank statements every month, we do the budget together",
        "my son manages my money for me since my memory went, I asked him to",
        "my dad yells at me to turn my music down",
        "my mum won't let me go to the sleepover on friday",
        "my stepdad takes my phone off me at bedtime on school nights",
        "my mum checks my messages because I'm only 11",
        "my toddler throws her cup across the room when she's cross",
        "he smashed a glass by accident and shouted for the dustpan",
        "my husband shouts at the rugby on telly",
        "my grandad calls me a cheeky monkey",
        "my boss is always putting me down in meetings",
        "he says no one would want to buy that old car",
        "my teacher told me I'm not allowed out of class without a pass",
    ],
)
def test_past_abuse_plots_ordinary_rows_and_parenting_are_not_danger(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None


@pytest.mark.parametrize(
    "message",
    [
        "honestly? done. done with me and all of it",
        "im so done with being me",
        "just done with my life at this point",
        "so done with everyone and everything, i want out",
        "done with existing",
    ],
)
def test_being_done_with_ones_own_life_is_suicidal(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "done with the ironing, what's next",
        "I'm done with my night shift and knackered",
        "the hospital says they're done with me, I've been discharged",
        "I'm done with living in this mouldy flat, can the council move me",
        "I'm done with my life admin for today",
        "when you're done with me can I get a leaflet",
    ],
)
def test_being_done_with_a_task_or_discharged_is_not_suicidal(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None
