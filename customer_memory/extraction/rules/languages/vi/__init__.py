"""Vietnamese (tiếng Việt).

Patterns run on accent-folded text ("tôi tên là" and "toi ten la" read the same, đ folds to d), so
they are written without diacritics.

What shapes them, and the building blocks that do it, are in `words`.
"""

from __future__ import annotations

from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.languages.vi import (
    conversation,
    family,
    identity,
    instructions,
    preferences,
    words,
    work,
)

PACK = LanguagePack(
    code="vi",
    name=identity.NAME,
    age=identity.AGE,
    number_words=words.NUMBERS,
    number_multipliers=words.MULTIPLIERS,
    location=identity.LOCATION,
    lives_words=identity.LIVES_WORDS,
    moved_words=identity.MOVED_WORDS,
    place_preps=identity.PLACE_PREPS,
    move_preps=identity.MOVE_PREPS,
    trip_words=identity.TRIP_WORDS,
    moved=identity.MOVED,
    address_words=identity.ADDRESS_WORDS,
    yes_words=identity.YES_WORDS,
    hometown=identity.HOMETOWN,
    relations=words.RELATIONS,
    relation=family.RELATION,
    parent_of=family.PARENT_OF,
    marital=family.MARITAL,
    children=family.CHILDREN,
    pets=words.PETS,
    pet=family.PET,
    studies=work.STUDIES,
    student_of=work.STUDENT_OF,
    occupation=work.OCCUPATION,
    occupation_answer=work.OCCUPATION_ANSWER,
    job_titles=words.OCCUPATIONS,
    employer=work.EMPLOYER,
    instructions=instructions.INSTRUCTIONS,
    preferences=preferences.PREFERENCES,
    accessibility=preferences.ACCESSIBILITY,
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
    capitals_in_names=True,
    surname_first=True,
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
