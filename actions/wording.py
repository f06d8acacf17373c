"""Words the actions show residents: plain names for needs, age bands, and the versioned consent text."""

NEED_WORDS = {
    "loneliness_isolation": "feeling lonely or cut off",
    "debt_money": "money worries, bills or debt",
    "housing": "housing problems",
    "mental_wellbeing": "feeling low, stressed or anxious",
    "physical_activity": "wanting to get more active",
    "food_fuel": "affording food or heating",
    "carer_support": "looking after someone",
    "employment_skills": "work, training or volunteering",
    "bereavement": "losing someone close to you",
    "long_term_condition": "living with a long-term health condition",
    "activities_learning": "finding something to enjoy: arts, nature or learning",
    "substance_use": "drinking, drugs or gambling",
    "family_parenting": "family life or parenting",
    "domestic_abuse": "not feeling safe with someone close to you",
}

NEED_BUTTON_LABELS = {
    "loneliness_isolation": "loneliness",
    "debt_money": "money",
    "housing": "housing",
    "mental_wellbeing": "wellbeing",
    "physical_activity": "getting active",
    "food_fuel": "food or heating",
    "carer_support": "caring",
    "employment_skills": "work",
    "bereavement": "bereavement",
    "long_term_condition": "health condition",
    "activities_learning": "activities",
    "substance_use": "drink or drugs",
    "family_parenting": "family",
    "domestic_abuse": "safety at home",
}

AGE_BANDS = {
    "under_16": "under 16",
    "16_17": "16 or 17",
    "18_24": "18 to 24",
    "25_49": "25 to 49",
    "50_64": "50 to 64",
    "65_plus": "65 or over",
    "not_said": "rather not say",
}
# An age inside each band, for the search's eligibility filter (None: no age filter).
AGE_FOR_SEARCH = {"under_16": 14, "16_17": 16, "18_24": 21, "25_49": 35, "50_64": 57, "65_plus": 70, "not_said": None}

CONSENT_WORDING = {
    "2026-11-v1": {
        "store": (
            "May I keep the details you give me (what to call you, how to contact you, and what you've told me) "
            "so a link worker can get back to you? They are kept securely and deleted after your support ends."
        ),
        "share": (
            "May I share them with the Linkway link worker team, so one of them can contact you? "
            "Nobody else sees them without asking you first."
        ),
    }
}


def consent_questions(version: str) -> dict[str, str]:
    """The consent wording of `version` (falls back to the newest, so a typo never shows no wording)."""
    return CONSENT_WORDING.get(version) or CONSENT_WORDING[max(CONSENT_WORDING)]


def consent_record(version: str, store: bool, share: bool) -> str:
    """The exact text shown and the answers given, as recorded with the referral."""
    questions = consent_questions(version)
    return (
        f"[{version}] Q: {questions['store']} A: {'yes' if store else 'no'}\n"
        f"[{version}] Q: {questions['share']} A: {'yes' if share else 'no'}"
    )


def need_phrase(needs: list[str]) -> str:
    words = [NEED_WORDS.get(need, need.replace("_", " ")) for need in needs]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


# The likely meanings offered when a message was unclear: (button title, payload), by intent. A bare
# yes or no is not a meaning (it answers no question), so affirm and deny are never offered.
INTENT_CHOICES = {
    "choose_support": ("Help me find support", "/choose_support"),
    "describe_situation": ("Help me find support", "/choose_support"),
    "choose_anonymous": ("Just look, anonymously", "/go_anonymous"),
    "go_anonymous": ("Stay anonymous", "/go_anonymous"),
    "ask_what_is_this": ("What is Linkway?", "/ask_what_is_this"),
    "ask_privacy": ("What happens to what I tell you?", "/ask_privacy"),
    "bot_challenge": ("Am I talking to a person?", "/bot_challenge"),
    "stop": ("Stop for now", "/stop"),
    "restart": ("Start again", "/restart"),
    "delete_data": ("Delete what I told you", "/delete_data"),
    "goodbye": ("I'm finished for now", "/goodbye"),
}
CLARIFY_QUESTION = "Sorry, I'm not sure I understood. Did you mean one of these?"
SOMETHING_ELSE = "Something else"
REPHRASE_QUESTION = (
    "Sorry, I didn't quite follow. Could you put it another way? Short, everyday words are fine, "
    'for example "I\'m struggling with money" or "what is this?".'
)
FALLBACK_WHAT_LINKWAY_DOES = (
    "I'm sorry, I'm still not sure what you mean, and I don't want to guess. I can help you find "
    "local support for things like money, housing, feeling lonely, caring for someone or your "
    "wellbeing, and ask a link worker to get in touch if you'd like."
)
FALLBACK_EXPLANATION = (
    f'{FALLBACK_WHAT_LINKWAY_DOES} You can also say "start again" or "what is this?". '
    "Let's carry on from where we were."
)
FALLBACK_EXPLANATION_AT_START = (
    f"{FALLBACK_WHAT_LINKWAY_DOES} Would you like me to help you find support, or would you rather just look, "
    'anonymously? You can also ask "what is this?".'
)
BARE_YES_AT_START = "Good, let's find you some support."
BARE_NO_AT_START = (
    "That's fine. Whenever you're ready, I can help you find support, or you can just look anonymously. "
    "If you're in danger now, call 999."
)
BARE_YES_MIDWAY = "Thanks. Let's carry on from where we were."
BARE_NO_MIDWAY = (
    "That's OK, there's no rush. When you'd like to carry on, just say \"carry on\" and I'll pick up where "
    'we left off. You can also say "stop", or "delete what I told you".'
)
BARE_YES_DONE = (
    'Of course. You can ask me about anything above, say "start again" to look for support with '
    'something else, or ask "what is this?".'
)
BARE_NO_DONE = "OK. Take care, and you're welcome to come back any time."


# Said only by actions (so they live here, not in the domain): endings, erasure, anonymity.
ANONYMOUS_OK = (
    "That's fine. I won't ask for your name or contact details, and I won't keep what you type once "
    "we've finished: only an anonymous count of the kinds of help people look for."
)
UNDER_16 = (
    "Thank you for telling me. As you're under 16 I won't ask for your name or contact details; I'll "
    "show you services for young people. You can talk to Childline any time, free, on 0800 1111 or "
    "at childline.org.uk."
)
END_ANONYMOUS = (
    "I hope some of these help. Nothing you typed has been kept. You're welcome to come back any "
    "time, and if things get worse, call 111, or 999 in an emergency."
)
END_YOUNG_PERSON = (
    "I hope some of these help. Remember Childline is there for you any time on 0800 1111, free, and "
    "it won't show on the phone bill. If you're in danger, call 999."
)
END_NO_REFERRAL = (
    "That's absolutely fine. I haven't kept your details. The services above are yours to contact "
    "whenever you're ready, and you're welcome to come back any time."
)
END_PHONE_ROUTE = (
    "I haven't kept any contact details. You can ring the link worker team on {phone_route} "
    "(weekdays 9am to 5pm) and they'll help you from there."
)
ANYTHING_ELSE = "Is there anything else I can help with? You can also come back any time."
DELETED = (
    "Done: I've deleted what you told me in this conversation, and nothing has been passed on. You "
    "can start again any time by saying hello."
)
DELETED_BUT_CLAIMED = (
    "I've deleted this conversation. A link worker has already started working on your referral, so "
    "to remove those details too, please ring the team on {phone_route} and they'll do it for you."
)
RESTART = (
    "Let's start again. I'm Linkway: I can help you find local support and, if you'd like, ask a link "
    "worker to get in touch. I'm not an emergency service: if you're in danger now, call 999. "
    "How would you like to start?"
)
