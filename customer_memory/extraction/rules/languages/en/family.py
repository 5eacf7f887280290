"""English patterns for family and pets: relatives and their names, marital status, children, pets."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import rx
from customer_memory.extraction.rules.languages.en.words import _I_AM, PETS, RELATIONS, I, _w, _words, _ws

# A relative's or pet's name at a word start, without a possessive "'s" ("my daughter Anaya's birthday" -> "Anaya").
_REL_NAME = r"(?P<name>[A-Z](?<![\w'-].)(?:[\w-]{1,30}+(?:'(?!s\b)[\w-]{1,20})?|'[A-Z][\w-]{1,20}))"
_REL = _words(RELATIONS)
_PET = _words(PETS)

# "a fish allergy", "cat food", "dog insurance": the animal word, not a pet.
_NOT_PET = (
    r"(?![\w-]|(?i: (?:food|allergy|allergies|insurance|bed|flap|toy|toys|hair|fur|tank|bowl|sitter|walker|owner|"
    r"person|lover|friendly|treats|litter|lead|collar|cage|hutch|test|appointment|results?)\b))"
)

RELATION = (
    rx(
        _w("my")
        + r"(?i:\s+(?:(?:eldest|oldest|youngest|little|older|younger|elder|baby|late|grown|twin|step|dear|two|three|four)\s)?"
        r"(?P<rel>"
        + _REL
        + r"))(?:'s name is|,| is called| is named| called| named|)\s+"
        + _REL_NAME
        + r"(?:\s(?:and|&)\s(?P<name2>[A-Z][\w'-]{1,30})(?![\w'-]))?"
    ),
    rx(_REL_NAME + r",?\s(?i:my\s(?P<rel>" + _REL + r"))\b"),
    # "I'm a widow, my Arthur always dealt with this."
    rx(
        _ws("i'm|i am|i've been") + r"(?i:\s(?:a\s)?(?P<rel>widow|widower|widowed))\b[^.!?\n]{0,30}?"
        r"(?i:\bmy\s(?:late\s)?(?:husband\s|wife\s|partner\s)?)" + _REL_NAME
    ),
)

MARITAL = (
    rx(
        _ws(_I_AM + "|i've been")
        + r"\s+(?:happily\s|recently\s)?(?:an?\s)?(?P<v>married|single|divorced|widowed|engaged|separated|widow|"
        r"widower)\b",
        I,
    ),
    # "since my husband passed", "after my wife died": widowed.
    rx(
        _ws("since|after|when|ever since")
        + r"(?i:\s(?:my|our)\s(?:late\s)?(?:husband|wife|partner)(?:\s[A-Z][a-z]{1,15})?\s(?P<v>passed(?: away)?|died))\b"
        r"(?!\s(?i:the|his|her|a|an|my|it|its|their|all|out|over|through|by)\b)"
    ),
    # "Dev and I have separated", "we've split up".
    rx(
        _ws("and i|we") + r"(?i:(?:'ve|\shave)?\s(?:just\s|recently\s|now\s)?(?P<v>separated|divorced))\b"
        r"(?!\s(?i:the|my|our|them|it|his|her|their)\b)"
    ),
)

CHILDREN = (
    rx(
        _ws("i|we") + r"(?:\s+(?:have|have got)|'ve got)\s+(?P<v>a|an|one|two|three|four|five|six|\d)\s+"
        r"(?:little\s|young\s|grown\s|grown-up\s)?(?P<what>kids?|children|child|sons?|daughters?|grandchildren|"
        r"grandkids)\b",
        I,
    ),
    rx(
        _ws("with|my") + r"\s(?P<v>two|three|four|five|six|seven|[2-9])\s(?:little\s|young\s|grown\s|grown-up\s)?"
        r"(?P<what>kids|children|grandchildren|grandkids)\b",
        I,
    ),
    rx(
        _ws("i'm|i am")
        + r"\s(?:a\s)?(?:mum|mom|mother|dad|father|parent) of (?P<v>two|three|four|five|six|[2-9])\b(?P<what>)",
        I,
    ),
)

PET = (
    rx(
        _ws("my|our") + r"(?i:\s(?:\w{1,20}\s)??(?P<species>" + _PET + r"))(?:'s name is|,| is called| called| named|)"
        r"\s+" + _REL_NAME
    ),
    rx(
        _ws("i|we") + r"(?i:(?:\s(?:have|have got|got|just got|also have|own|adopted|rescued)|'ve got|'ve just got)\s"
        r"(?:a|an|one|two|three|\d)\s(?:\w{1,20}\s)??(?P<species>" + _PET + r"))" + _NOT_PET + r"(?i:\snow)?"
        r"(?:(?:,\s|\s(?i:named|called)\s)" + _REL_NAME + r")?\b"
    ),
    rx(_REL_NAME + r"(?:,\s|\sis\s)(?i:(?:my|our)\s(?:\w{1,20}\s)??(?P<species>" + _PET + r"))\b"),
    # "We've got a dog now as well, a collie called Bran".
    rx(_ws("a|an") + r"(?i:\s(?:\w{1,20}\s)??(?P<species>" + _PET + r")\s(?:called|named)\s)" + _REL_NAME),
    # "Biscuit - she's my kelpie", "Rocky, he's our rescue greyhound", "just me and Biscuit now, that's my cat".
    rx(
        _REL_NAME
        + r"(?:\s(?i:now|too|here))?(?:\s[-–—]\s|,\s)(?i:(?:she|he|that|who)(?:'s|s| is)\s(?:my|our)\s(?:\w{1,20}\s)??"
        r"(?P<species>" + _PET + r"))\b"
    ),
)
