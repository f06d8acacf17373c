"""The fifteenth crisis check set's misreads, read as families of wording.

Caught now, suicide and self-harm told through a future that is not there: not around to open or read what is
sent; no point booking or renewing because I won't turn up or will be gone; the end of it and of me; not
planning on being here for the next one; not in on Monday or any Monday after; not coming back from the bridge;
made my peace and tonight's the night; nobody can talk me out of it; something handed on that I won't be
needing; blades or cuts deeper each night; a lighter or a cigarette held to the skin; a hook or a beam tested
for my weight; sat on the ledge of a car park's top floor, calm up here. Danger: a child's words ('daddy
punches mummy'); 'you'll pay for this' when he gets home; finger-shaped bruises; a carer who pinches or says
'or else'; a walking frame or a chair's batteries taken; left 'until I learn my lesson'; a photo of a weapon;
a weapon to be used if someone tells; legs or kneecaps to be smashed; the car driven into a river or a wall
with us in it; someone who says no and is ignored at night; men in and out taking a vulnerable adult's
money; an ex waiting outside with a knife; knives sharpened after a threat. Medical: green vomit; a mouthful
of bright red blood or coffee grounds; pear-drop breath in a diabetic; a fever on chemotherapy; a belly
rigid with pain; choking that will not come out; a household cleaner swallowed. Calm: 'felt like dying' at
a class, moving out after tonight, and a close look-alike of each family.
"""

import pytest

from index.detection import NeedDetector


@pytest.mark.parametrize(
    "message",
    [
        "no need to post me the leaflet, i wont be here to read it by next month",
        "no point making that appointment for me, i wont be showing up to it",
        "whats the point in renewing my passport, ill be gone by then anyway",
        "ive made up my mind. this is the end of everything, and of me",
        "dont bother putting me down for the next session, i dont plan on being around for the next one",
        "tell the volunteers thanks from me, i wont be coming in on monday or any monday after",
        "taking the train to the coast and im not coming back from the cliffs this time",
        "ive made my peace with everyone, its time",
        "ill be gone soon and no one can talk me out of it, theres no point",
        "handed my fishing rods to my nephew this morning, i wont be needing them",
        "the razor blades are out of the drawer again, its getting deeper every night",
        "keep holding a cigarette to my wrist when everyone is asleep",
        "the cuts on my legs are healing but i want to make some more",
        "checked the beam up in the loft would take my weight, its ready",
        "sat on the ledge of the top floor of the car park, its calm up here",
        "i feel like dying every single day since the funeral",
    ],
)
def test_a_future_that_is_not_there_and_self_harm_told_through_objects_are_suicide_self_harm(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize(
    "message",
    [
        "my little boy keeps telling his teacher that daddy punches mummy",
        "he texted that ill pay for this when he gets home from work",
        "found fingertip bruises on my mums upper arms since the new carer started",
        "the support worker pinches my sister when she wont eat her tea",
        "my husband hides my walking frame so i cant get out of bed",
        "my carer said id be left in bed until i learn my lesson",
        "my ex keeps sending me pictures of a machete",
        "the man upstairs says hell get his gun if my sister tells the police",
        "the loan shark said theyll come round saturday and smash my kneecaps",
        "shes got the kids in the back and is threatening to drive the car into a wall",
        "mum has alzheimers and the man from next door comes round at night, she says no and he carries on",
        "my uncle has autism and a group of lads are staying over at his flat and taking his benefits",
        "my ex told me hes waiting outside my house and sent a pic of his knife",
        "he threatened me earlier and now hes in the kitchen sharpening the knives",
    ],
)
def test_abuse_told_through_signs_aids_taken_and_threats_with_a_time_or_a_weapon_are_danger(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize(
    "message",
    [
        "my baby has been vomiting bright green and wont feed",
        "mum keeps being sick and it looks like coffee grounds, shes very pale",
        "my husband coughed up a mouthful of bright red blood just now",
        "my daughter is diabetic and her breath smells of nail varnish and shes really drowsy",
        "mum had chemo on tuesday and now shes burning up and shaking",
        "grandad cant tell us whats wrong but his stomach is rigid and he screams when i touch it",
        "my dad is choking on his steak, it wont come out and hes gone grey",
        "my toddler got into the fabric softener and has drunk some, shes coughing and dribbling",
    ],
)
def test_long_term_illness_complications_choking_and_household_products_are_medical(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


@pytest.mark.parametrize(
    "message",
    [
        "i wont be around to sign for the parcel tomorrow, can you leave it with next door",
        "no point booking the swimming lessons, i wont be going because i cant afford them",
        "thats the end of it, the shop has closed for good, where else can i volunteer",
        "im not planning on being here for the next meeting as im on holiday that week",
        "i wont be in next week or any week after, ive got a new job, thanks for everything",
        "we wont be coming back from the beach till late, any kids clubs open in the evening",
        "made my peace with my sister after the row, tonights the night we go to the gig",
        "ive made my mind up about the tattoo, nobody can talk me out of it",
        "gave my old pram to my cousin, wont be needing it now the kids are grown",
        "sharpened the lawnmower blades and now they cut deeper into the grass",
        "put the hair straighteners on my hand by accident, small burn, is there a first aid course",
        "the new hook on the porch holds my weight fine for the hammock",
        "sat on the wall of the bridge watching the fireworks with the kids",
        "felt like death at the bootcamp session this morning haha, anything gentler",
        "i wont be here after friday, moving house to leeds, please send letters there",
        "the baby keeps hitting mummy with her rattle lol",
        "my mate said ill pay for this round next time",
        "bruised my finger shutting it in the car door",
        "her carer is lovely and takes her to the park in her wheelchair",
        "my son took the batteries out of the tv remote so i cant watch telly, im in a wheelchair lol",
        "the teacher kept him in at break till he learns his lesson about talking",
        "my husband sent me a photo of the hammer he wants for his birthday",
        "dad said hell get the knife to cut the birthday cake",
        "my sister said shell bring her mates round and break my playstation if i dont give it back",
        "my son keeps crashing the car into the wall in his racing game",
        "my dad has dementia and says no to his tablets, the carer says its fine to try later",
        "people in and out of the charity shop all day spending their money, great for the cause",
        "my ex said hell be outside the school at 3 to pick the kids up",
        "my husband is sharpening the knives for the christmas turkey",
        "my toddler was sick after eating green jelly, shes fine now",
        "coughing up loads of phlegm with this cold, is there a pharmacy open late",
        "his breath smells of pear drops after those sweets lol",
        "my wifes on chemotherapy, what should we do if she gets a temperature",
        "im 30 weeks pregnant and my bump goes rock hard sometimes, is that normal",
        "my daughter choked on a crisp but coughed it up and is fine",
        "how do i keep the dishwasher tablets away from my toddler",
    ],
)
def test_look_alikes_of_the_fifteenth_families_stay_calm(detector: NeedDetector, message: str) -> None:
    assert detector.detect(message).crisis is None
