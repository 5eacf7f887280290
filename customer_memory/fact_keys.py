"""Fact keys: the one spelling each kind of fact is stored under, for every writer.

The rules extractor, the LLM extractor, people editing by hand (UI, API,
admin) and the benchmark all pass keys through `canonical_key`, so a manual
"City" and the AI's "location" are the same fact.
"""

from __future__ import annotations

import functools

from django.utils.text import slugify

KEY_SYNONYMS = {
    "city": "location",
    "town": "location",
    "lives_in": "location",
    "living_in": "location",
    "based_in": "location",
    "home_city": "location",
    "current_city": "location",
    "current_location": "location",
    "residence": "location",
    "place_of_residence": "location",
    "job": "occupation",
    "job_title": "occupation",
    "profession": "occupation",
    "career": "occupation",
    "work": "occupation",
    "company": "employer",
    "works_at": "employer",
    "workplace": "employer",
    "full_name": "name",
    "customer_name": "name",
    "wife": "spouse",
    "husband": "spouse",
    "partner": "spouse",
    "grandkids": "grandchildren",
    "grandkid": "grandchild",
    "employer_name": "employer",
    "current_employer": "employer",
    "plan_tier": "plan",
    "loyalty_tier": "plan",
    "tier": "plan",
    "subscription": "plan",
    "subscription_plan": "plan",
    "devices": "device",
    "owned_device": "device",
    "car": "product",
    "vehicle": "product",
    "products": "product",
    "accessibility_needs": "accessibility",
    "pace": "instruction_pace",
    "contact_time": "contact_hours",
    "preferred_contact_hours": "contact_hours",
    "tone": "tone_preference",
    "city_of_origin": "hometown",
    "born_in": "hometown",
    "kids": "children",
    "pets": "pet",
    "language": "preferred_language",
    "language_preference": "preferred_language",
    "contact_preference": "preferred_contact_channel",
    "preferred_contact": "preferred_contact_channel",
    "preferred_contact_method": "preferred_contact_channel",
    "preferred_channel": "preferred_contact_channel",
    "contact_method": "preferred_contact_channel",
    "answer_length": "response_length",
    "reply_length": "response_length",
    "email_address": "email",
    "phone_number": "phone",
    "mobile": "phone",
    "mobile_number": "phone",
    "date_of_birth": "birthday",
    "dob": "birthday",
    "birth_date": "birthday",
    "preference": "preferences",
    "allergy": "allergies",
    "diet": "dietary",
    "dietary_preference": "dietary",
    "dietary_restrictions": "dietary",
    "relationship_status": "marital_status",
    "habits": "habit",
    "contradiction": "noted_contradiction",
    "contradictions": "noted_contradiction",
    "noted_contradictions": "noted_contradiction",
}


@functools.lru_cache(maxsize=4096)
def canonical_key(raw: str) -> str:
    """`"City"` -> `"location"`, `"Favourite colour"` -> `"favourite_colour"`."""
    key = slugify(raw).replace("-", "_")[:64]
    if key.startswith("favorite_"):
        key = "favourite_" + key.removeprefix("favorite_")
    return KEY_SYNONYMS.get(key, key)
