"""The fourteenth crisis check set's misreads, read as families of wording.

Caught now, suicide and self-harm told through practical arrangements: a pet to be taken on because I won't be
able to look after it after tonight; the pet fed in the morning and the door left open or the key under the mat;
a means sorted while a pet is rehomed or kept safe first; debts paid off and the keys left with someone;
contracts cancelled because they won't be needed after the weekend; not needing something where she's going;
medicine bought at two tills. Command voices, or someone on the telly, telling the resident to cut or burn
something out of herself, to die or to go into the river; a voice's deadline; someone safe only if I'm gone.
Pills being counted out; on a railway bridge or a crossing thinking about the next train; a note on a door
saying don't come in, call the police. Danger, often told by a bystander: a threat to a young person's sister
or mum if he doesn't go back; a child back after days missing with a knife or a ticket; a girl of 13 with older
men at a hotel; a hidden tracker found; a photo of a door sent by an ex; pictures and a money deadline; worse if
I don't take him back; petrol through the letterbox; a crowd at the door shouting about a headscarf; a child's
burns and 'daddy will do the other one if he tells'; someone hiding in a cupboard or a stockroom while a man
waits, or with his belt off; a partner taking a vulnerable person's money; smashing or screaming heard with a
black eye or 'he's back'; 'her husband did it' with an injury. Medical: heatstroke, drowning, scalds with big
blisters, fainting with anorexia or a slow pulse, an electric shock with the heart skipping, blotchy skin with
an infection. Calm: a bridge walk with the ramblers, and close look-alikes of every new family.
"""

import pytest

from index.detection import NeedDetector

SUICIDE_SELF_HARM = [
    "could somebody take my two cats from tomorrow morning, i will not be able to feed them after tonight",
    "who would have my old spaniel from monday? i cant care for her past this weekend",
    "please can someone let the cat out first thing tomorrow, ill leave the front door unlocked for them",
    "thats all from me. make sure the rabbits get fed in the morning, spare key is under the mat",
    "need to find my dog a new home quickly, no questions asked please. the tablets are all counted out",
    "trying to rehome my budgie today. the noose is ready, i just want him somewhere safe first",
    "cleared every debt i had this week and handed my door keys to my brother. thanks for everything",
    "gave the keys to my neighbour and paid off all the bills, so nobody is left owing anything",
    "stopped the broadband and cancelled my direct debits, i wont be needing any of it after friday",
    "a lad at the bar handed me his watch and said he wont need it where hes going",
    "pharmacist here, a man bought co-codamol at two different tills and is sitting on the bench outside crying",
    "the voices keep telling me i have to burn the badness out of my skin",
    "a voice is saying i must jump off the car park roof",
    "the lady on the radio tells me to go into the canal",
    "the voice has given me until sunrise to do it or it will hurt my kids",
    "everyone in this house would be safer once im dead",
    "all my tablets are on the bed and im counting them out one by one",
    "popped every one of my pills out of the packets and lined them up",
    "stood on the footbridge over the line and i keep thinking about the express that comes through at 6",
    "at the level crossing and cant stop thinking about the next train",
    "my lodger stuck a sign on the bathroom door that says do not come in ring an ambulance, its locked",
    "theres a note on my dads shed saying dont come in just call 999 and he wont answer me",
]

DANGER_ABUSE = [
    "my nephew is 15 and told me if he doesnt go back to the flat tonight they will stab his mum",
    "my daughter is 14, she was missing for four days and came home with a new phone and loads of cash",
    "bus driver here, a girl about 14 got off with three older men and went into a flat, she looked drunk",
    "saw a 15 year old lad at the services with two adult men, he asked me which city we were in",
    "found a gps tracker taped under my car, my ex just texted me the name of the road im on",
    "there was an air tag hidden in my daughters teddy and my ex turned up at her school today",
    "a man i met online has a video of me and wants 300 pounds by midnight or hell post it to my followers",
    "someone has my photos and says unless i pay tonight hes sending them to my parents",
    "my ex shared pictures of me online and says hell turn up and do worse if i dont take him back",
    "someone just pushed a burning rag through our letter box",
    "they poured lighter fluid through the letterbox and ran off laughing",
    "a gang is outside my house shouting abuse about my skin colour and banging on the windows",
    "a pupil showed me bruises on her back and said mummy will do it again if she tells anyone",
    "my sons friend has belt marks on his legs and says his stepdad did them",
    "she called me whispering from the wardrobe, her fella has got his belt off again",
    "my client with autism says her partner takes all her benefits and she is frightened of him",
    "a woman ran into our pub and is hiding in the toilets, the bloke who followed her in is waiting by the door",
    "i can hear the man upstairs screaming at his wife and things smashing, she had bruises last week",
    "my friend just texted hes back, help me, and then her phone went dead",
    "my colleague has a black eye and told me her boyfriend did it, hes parked outside waiting for her now",
]

MEDICAL_EMERGENCY = [
    "my grandad was out in the sun all day and now hes really confused and his skin is hot and dry",
    "my son was playing football in the heat and has collapsed, he is burning up",
    "my friend went under at the beach and hasnt come back up",
    "a little girl fell in the canal and we cant see her anymore",
    "my baby pulled a cup of hot tea onto himself, his arm is blistering and hes screaming",
    "boiling water went all over my daughters legs, there are huge blisters",
    "my sister has bulimia and collapsed at work, her heart is racing",
    "my son with anorexia fainted and his pulse is very weak",
    "nan keeps fainting and her pulse is really slow, she is cold and clammy",
    "my dad got an electric shock off the hedge trimmer cable and now his chest hurts",
    "my grandad has a chest infection and now his skin is mottled and blotchy and hes shivering",
]

CALM = [
    "im going into hospital for my hip so i wont be able to feed the cats after tonight, any pet sitters",
    "my neighbour wont be able to walk the dog after tonight, her knee is bad, any dog walkers",
    "can someone feed the cat in the morning while im at my sisters, ill leave the back door unlocked",
    "the cat flap is broken so i leave the back door open for the cat",
    "the rope is sorted for the tug of war at the fete",
    "my tablets are sorted now, the pharmacy delivers",
    "cleared all my debts this week and gave the keys back to the landlord, the new flat is lovely",
    "paid off the credit card today, so proud, thanks for the budgeting tips",
    "cancelled the phone contract, wont need it after friday as my new one starts",
    "cancelled sky, we wont need it after this month because we cant afford it",
    "she wont need a coat where shes going, its 30 degrees in malaga",
    "i work on the tills, can we sell paracetamol and ibuprofen together",
    "the voice in my head says i should go to bed earlier haha",
    "the man on the telly says to cut the fat off the chops first",
    "my voice coach has given me until friday to learn the song",
    "will the dog be fine when im gone for the weekend",
    "im counting out my tablets into the dosette box for the week",
    "counting my pills because the chemist gave me too few",
    "on the bridge waiting for the next train, its late again, can i claim compensation",
    "we are doing the viaduct walk tomorrow with the walking group, any tips",
    "im on the cliff walk tonight with the u3a, do i need boots",
    "stuck a note on the door saying dont come in, baby sleeping",
    "my son said if he doesnt go back to training tonight the coach will drop him",
    "my son came home after three days at scout camp with a new penknife",
    "dropped my 13 year old niece at the hotel with her dad and uncles for the wedding",
    "found my lost airtag under the sofa",
    "bought airtags for our suitcases before the holiday, how do i set them up",
    "my nan keeps sending my baby photos to the family group chat",
    "my ex posted photos of our old holiday on facebook, can i ask him to take them down",
    "the postman pushed a leaflet about petrol prices through the letterbox",
    "a group outside my house were singing carols about peace on earth",
    "my daughter showed me her bruise from netball, her coach will do extra practice if she tells him",
    "her boyfriend takes her money to the bank for her every friday, is that ok",
    "my husband had his belt off at airport security and still beeped",
    "the kids are hiding in the office playing hide and seek",
    "i can hear the kids next door screaming in the paddling pool, lovely to hear",
    "hes back from hospital, please come and visit him",
    "she says her husband did it all himself, the new kitchen looks great",
    "it was so hot at the festival i nearly fainted, fine now after some water",
    "jumped in the lake and didnt come up for ages, hes a great diver",
    "got a small blister from the kettle steam, ran it under the tap",
    "my toddler has big blisters on her feet from new shoes",
    "my daughter had anorexia and fainted last year, she is stable now",
    "my resting pulse is slow because i run a lot",
    "got a static shock off the car door, made me jump",
    "my skin goes blotchy when im nervous, any anxiety groups",
]


@pytest.mark.parametrize("message", SUICIDE_SELF_HARM)
def test_arrangements_command_voices_counted_pills_and_a_note_on_the_door_are_suicide_self_harm(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "suicide_self_harm"


@pytest.mark.parametrize("message", DANGER_ABUSE)
def test_exploitation_trackers_sextortion_hate_at_the_door_and_bystanders_reports_are_danger(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "danger_abuse"


@pytest.mark.parametrize("message", MEDICAL_EMERGENCY)
def test_heat_water_scalds_a_slow_pulse_shocks_and_blotchy_skin_are_medical(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis == "medical_emergency"


@pytest.mark.parametrize("message", CALM)
def test_outings_errands_reasons_given_and_look_alikes_of_the_new_families_stay_calm(
    detector: NeedDetector, message: str
) -> None:
    assert detector.detect(message).crisis is None
