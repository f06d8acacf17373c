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
