"""Hebrew (עברית).

Hebrew has no capital letters, so a name is recognised by where it stands (after "קוראים לי", "שמי",
"מדבר/ת", or "אני"/"זאת" opening a message) and by what it is not: the function words, verbs and
adjectives listed in `not_values` and `clause_words` end it. One-letter prefixes (ו ה ב ל ש מ כ) glue
onto words ("ובתי", "והכלבה", "בחולון"): patterns allow them where they matter and cut them off values
("גרה בחולון" -> "חולון"). Verbs and adjectives come in masculine and feminine forms (גר/גרה,
עובד/עובדת, בן/בת + age). Latin-script brands inside Hebrew text (iPhone, Samsung) are matched too.
"""

from __future__ import annotations

from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.languages.he import (
    conversation,
    family,
    identity,
    instructions,
    preferences,
    words,
    work,
)

PACK = LanguagePack(
    code="he",
    name=identity.NAME,
    age=identity.AGE,
    number_words=words.NUMBERS,
    location=identity.LOCATION,
    lives_words=identity.LIVES_WORDS,
    moved_words=identity.MOVED_WORDS,
    place_preps=identity.PLACE_PREPS,
    move_preps=identity.MOVE_PREPS,
    trip_words=identity.TRIP_WORDS,
    moved=identity.MOVED,
    hometown=identity.HOMETOWN,
    relations=words.RELATIONS,
    relation=family.RELATION,
    marital=family.MARITAL,
    children=family.CHILDREN,
    pets=words.PETS,
    pet=family.PET,
    studies=work.STUDIES,
    student_of=work.STUDENT_OF,
    occupation=work.OCCUPATION,
    occupation_answer=work.OCCUPATION_ANSWER,
    employer=work.EMPLOYER,
    instructions=instructions.INSTRUCTIONS,
    preferences=preferences.PREFERENCES,
    accessibility=preferences.ACCESSIBILITY,
    accessibility_others=preferences.ACCESSIBILITY_OTHERS,
    device=preferences.DEVICE,
    vehicle_cues=preferences.VEHICLE_CUES,
    frequency_words=preferences.FREQUENCY_WORDS,
    call_words=preferences.CALL_WORDS,
    time_words=preferences.TIME_WORDS,
    request_words=preferences.REQUEST_WORDS,
    plan_words=preferences.PLAN_WORDS,
    self_words=preferences.SELF_WORDS,
    plan=preferences.PLAN,
    languages=words.LANGUAGES,
    channels=words.CHANNELS,
    clause_words=conversation.CLAUSE_WORDS,
    not_values=conversation.NOT_VALUES,
    correction=conversation.CORRECTION,
    past=conversation.PAST,
    moods=conversation.MOODS,
    problem=conversation.PROBLEM,
    resolved=conversation.RESOLVED,
    escalation=conversation.ESCALATION,
    complaint=conversation.COMPLAINT,
    positive=conversation.POSITIVE,
    actions=conversation.ACTIONS,
    session_only=conversation.SESSION_ONLY,
    episode_template=conversation.EPISODE_TEMPLATE,
    action_template=conversation.ACTION_TEMPLATE,
    rolling_template=conversation.ROLLING_TEMPLATE,
    outcomes=conversation.OUTCOMES,
    rolling_outcomes=conversation.ROLLING_OUTCOMES,
)
