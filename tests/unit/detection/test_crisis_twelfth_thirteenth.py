"""The twelfth and thirteenth crisis check sets' misreads, read as families of wording.

Caught now: a plan said in passing inside a request ('a plan for the weekend if nothing improves'); a live cable
or a lorry thought about with intent; logging off for good, 'not the game'; starving until the heart stops;
just me and the blades, the blade out again and wanting to go deeper; a friend's goodbye post and a locked
door; the insurance instead of me; a quarry or a beam that 'would be quick' and nobody would find me; out to
the barn or the hayloft with a rope; at the edge thinking about going over; a sin that no longer holds me back;
wanting to be with someone who died, with a means; medicine stopped on purpose; at a grave with a gun or a
blade; decided I'll end it, tablets put aside, no reason to be here, ending it for both of us; hanged himself
and he'll do the same. Danger: someone online with the address or the school, coming or waiting; a child with
marks afraid of a parent's partner; a lodger or landlord in the bedroom at night; grabbed at work with a
threat of something worse; a TV smashed and 'I'm next'; a knife or screwdriver held to a parent; a person with
dementia with a knife, or hitting a spouse; a baby 'possessed' or voices telling a parent to harm the baby;
taken abroad to marry with a passport hidden; a coach asking a child for pictures in secret; a debt and a
threat to the children. Medical: spiking, withdrawal fits, the heart racing with fainting, choking, hit by a
vehicle and not moving, chest pain with a numb arm or clamminess, a diabetic talking gibberish and shaky,
fumes in a silo, pinned under a machine and bleeding, thrown off a bike and not moving, bleeding or fever
after a birth, a week of tablets swallowed. Calm: 'kill yourself' typed as banter, one more meeting and the
balcony with a laugh, cut or burnt while cooking, paperwork that will 'kill me', a flatmate's cheese, a teen's
baby photos, ready whenever God calls, dementia crossness with no hitting, a patient's kick that is over, and
look-alikes of each new family.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        (
            "could you send me the number for the housing office. also ive sort of made a plan for the "
            "weekend if nothing improves"
        ),
        "i have a plan for sunday if things dont get better, sorry to dump that on you",
        "I work on the railways and I keep thinking about touching the live rail on purpose",
        "been wanting to grab hold of the mains cable in the plant room at work",
        "on my way home I was thinking about steering into an oncoming lorry, I had the bend picked out",
        "cant stop thinking of driving my car into a tree on the bypass",
        "signing off for good tonight, not from the server, from life. gl everyone",
        "logging off forever after this match, like irl, my brother can have my skins",
        "weight is dropping and im going to keep not eating until my body just gives up",
        "fasting until my heart gives out is the plan, dont try to talk me out of it",
        "my counsellor is on leave so its just me and my blades tonight",
        ("what time does the library shut. also i got the blade out again last night and want to go deeper next time"),
        ("my housemate put up a goodbye post on insta this morning and her bedroom door is locked, she wont answer"),
        "he isnt picking up and his door is locked, he wrote a goodbye message on our group chat at 2am",
        (
            "the dairy is losing money and honestly the missus would be better off with the life "
            "insurance than having me around"
        ),
        "it would be kinder for my family to get the insurance than keep me going",
        "the quarry would be quick and no one would miss me for days",
        "the beam in the barn would be easy, nobody would find me till morning",
        (
            "I've been going out to the shed at night with a rope and just sitting there, anyway can "
            "someone ring about my benefits"
        ),
        "my dad took a rope up into the hayloft last night and my mum found him sitting there",
        "been sitting on the ledge of the car park roof thinking about letting go",
        "I know suicide is a sin, but it isn't holding me back any more, I have the pills ready",
        "asking allah to forgive me for what I am about to do, everything is sorted for tuesday",
        "since my wife died i want to be with her and i have been saving my tramadol",
        "ive come off all my heart tablets on purpose so i can go to be with my late husband",
        "the kindest way to go would be my insulin, ive stopped taking it deliberately",
        "I spent the night at dads grave with his old shotgun and a bottle of rum",
        ("when she goes into the hospice I've made my mind up I'll end it, I've been putting my mums morphine aside"),
        "once he dies i wont have any reason to be here",
        "i cant care for her any longer, im going to end it for both of us this weekend",
        "my uncle hanged himself at christmas and my cousin keeps saying he'll do the same",
    ],
)
def test_plans_in_passing_farm_and_faith_wording_and_means_with_intent_are_suicide_self_harm(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        ("this guy off twitch got my home address and sent me a photo of my street saying he'll be outside tonight"),
        "a man from a game chat says he knows where I go to school and he is coming to get me",
        "my neighbour's little girl has marks on her arms and told me she is scared of her mums boyfriend",
        (
            "the lodger keeps getting into my bedroom at night while i'm sleeping, I woke up and he "
            "was standing over my bed"
        ),
        "my boss keeps touching my waist and said if I report him something worse will happen to me",
        "my stepdad smashed the tv and told me I'm next, he is still downstairs",
        "my son is 15 and held a screwdriver to his dad when he was told no",
        (
            "grandma has dementia and has picked up the kitchen knife, she thinks grandad is an "
            "intruder and he's locked himself in the bathroom"
        ),
        "mum's alzheimers is bad and she keeps punching my dad, he has bruises everywhere",
        ("my sister had her baby two weeks ago and she says the baby is possessed and she wants to get rid of him"),
        "the voices keep telling me to smother my newborn",
        (
            "my uncles hid my passport and are sending me to Bangladesh to get married, I said no and "
            "they said I have no choice"
        ),
        "a football coach has been asking my 12 year old son to send him pictures and to not tell anyone",
        "I owe a dealer money and he said he's going to come after my children if I don't pay by Sunday",
    ],
)
def test_online_stalkers_hidden_abuse_dementia_violence_and_postpartum_risk_are_danger(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "my mate's drink got spiked, she can't stand up and she's being sick outside the club",
        "my dad is detoxing at home and he's started having seizures on the bathroom floor",
        "my heart keeps pounding and skipping and I nearly passed out at the bus stop",
        "a woman at the next table is choking and cannot cough or speak",
        "an old man was knocked down by a car outside the shop and he's unconscious",
        "my husband has chest pain, his left arm has gone numb and he is clammy",
        "my dad is diabetic and he is talking gibberish and very shaky and sweaty",
        "my brother collapsed in the grain silo, the fumes got him and hes not waking up",
        "my wife is pinned under the quad bike and she is bleeding a lot",
        "my lad came off his motorbike and he's not moving",
        "I gave birth on Sunday and I'm passing huge clots and feel faint",
        "had my baby 9 days ago and now I have a very high fever and I'm shivering",
        "my nan got into her blister packs and swallowed all of them with her warfarin",
        "my son swallowed a whole packet of my sleeping tablets an hour ago",
    ],
)
def test_spiking_withdrawal_choking_collisions_farm_accidents_and_after_birth_are_medical(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


@pytest.mark.parametrize(
    "message",
    [
        (
            "the lads on my team type kill yourself at me when I miss a shot, it's only banter, any "
            "five a side leagues near me"
        ),
        "if I have to sit through one more staff meeting I'll throw myself off the balcony lol",
        "burnt my hand on the tray baking scones, where can I buy oven gloves",
        "cut my finger slicing bread, plaster on, it's fine",
        "the council is going to kill me with this paperwork, honestly, where do I send the form",
        "my flatmate said he'd kill me if I nicked his cheese again",
        "my 15 year old says he'll kill me if I show his baby photos to his friends",
        "I'm 87 and at peace, ready whenever God calls me home, but I'd love someone to chat to",
        "my husband has dementia and gets agitated at bedtime, he never hits me, is there a support group",
        "a patient kicked me last week at the ward, it's part of the job, I'm looking for a new role",
        "logging off for good from twitter, can anyone recommend a book club",
        "I have a plan B if nothing changes with my landlord, I'll go to the council",
        "I keep thinking about touching the live wire by accident at work, is that OCD",
        "nearly swerved into a lorry on the A1 this morning, gave me a fright",
        "the train would be quicker than the bus to York",
        "had the blade out of the hedge trimmer again today to sharpen it",
        "my daughter posted a goodbye to her old flat and isn't answering, she's unpacking at the new place",
        "the life insurance pays out when I die, can you help me understand the policy",
        "I took a rope out to the barn to tie the bales down",
        ("we're flying to Pakistan for my cousin's wedding, I don't want to miss work, can I take unpaid leave"),
        "God forgive me for what I'm about to eat, this cake is huge",
        "my nan knows where my school is and she'll be waiting at the gate at 3",
        "my son has bruises from rugby and his stepdad is proud of how he played",
        "the nurse said I'm next, the lad before me had smashed his hand on a wall",
        "mum has dementia and hides the bread knife in her bedroom drawer",
        "our baby is evil at bedtime haha, how do I get rid of the colic",
        "my toddler keeps grabbing me when I try to cook",
        "how can I tell if my drink was spiked? going to freshers next week",
        "I stopped drinking two years ago, I used to worry about fits",
        "my heart was racing before my exam and I nearly fainted, is there a nerves workshop",
        "my parked car was hit by a van and the door won't open, who fixes dents",
        "my chest is sore after the gym and my left arm is aching from the flu jab",
        "my brother is type 1 and always talking rubbish about football",
        "I had my baby last year and my periods are heavy now, I soak a pad every few hours",
        "the pharmacist fills his dosette box for the whole week",
        "I'm setting his old tablets aside for the pharmacy to dispose of",
        "I'd love to take us both to the seaside before he goes into the home",
        "I won't have any reason to stay until 6 once the report is done",
        "my dad's got dementia and tends to get cross but he's never hit anyone",
        "I kept thinking about quitting my job on purpose to go travelling",
        "the loan shark said he'll come for the money on Friday",
    ],
)
def test_banter_chores_accidents_faith_and_look_alikes_of_the_new_families_stay_calm(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis is None
