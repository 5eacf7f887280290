"""The offline rules extractor: deterministic patterns in seven languages, no network, no model.

Each concern has its module (identity, family, occupation, instructions,
preferences, mood, corrections, summaries) and each language its file under
`languages/`. A message is read with the packs of the conversation's language,
the message's own language and English (customers mix); a value is cut from
the original text, so accents and capitals are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from customer_memory.extraction.results import (
    Classification,
    ExtractedFact,
    ExtractionInput,
    ExtractionResult,
    Identity,
)
from customer_memory.extraction.rules import (
    answered,
    corrections,
    family,
    homes,
    identity,
    instructions,
    mood,
    occupation,
    preferences,
    summaries,
    values,
    vehicles,
)
from customer_memory.extraction.rules.found import HIGH, MEDIUM, Found
from customer_memory.extraction.rules.languages import LanguagePack, all_packs
from customer_memory.extraction.rules.text import Keywords, Text, asked_at, detect_language, lower_fold, words

OPEN_ISSUES_MAX = 10
CONCERNS = (identity, family, occupation, instructions, preferences, vehicles)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d ().-]{6,18}\d(?!\w)")
_NUMBER_LIKE = re.compile(r"\d{3,}|#\s?\d")


def packs_by_code() -> dict[str, LanguagePack]:
    return {pack.code: pack for pack in all_packs()}


class RulesExtractor:
    name = "rules"

    def extract(self, source: ExtractionInput) -> ExtractionResult:
        packs = packs_by_code()
        customer = source.customer_lines
        language = source.language or detect_language(" ".join(customer)[:2000])
        main = packs.get(language, packs["en"])

        statements: list[corrections.Statement] = []
        per_message: list[mood.Signals] = []
        for message in source.customer_messages:
            text = Text(message.content)
            used = _packs_for(text, main, packs)
            per_message.append(mood.signals(text.lower, used))
            statements += [replace(found, message_id=message.message_id) for found in _statements(text, used)]
        statements = _not_relatives_names(statements, packs)
        named = any(statement.found.key == "name" for statement in statements)
        statements += _answers_to_the_agent(statements, source, main, packs)
        # A bare name in a later conversation, when we know the customer's, is more likely someone else's.
        if customer and not named and not (source.known_facts or {}).get("name"):
            said, message_id = identity.said_name(source.lines, main)
            if said:
                statements.insert(0, corrections.Statement(Found("name", said, MEDIUM, 0), False, False, message_id))
        statements += _spouse_unnamed(statements, source, main)
        statements = _full_names(statements, source, main)
        statements += _home_after_names(statements, source)
        statements += _home_from_address(statements, source, main)
        statements += _role_under_signature(statements, source)

        facts = _keep_full_name(corrections.reconcile(statements), source.known_facts)
        agent_lower = [lower_fold(line) for line in source.agent_lines]
        agent_signals = [mood.signals(lower, (main, packs["en"])) for lower in agent_lower]
        problem = any(s.problem for s in per_message)
        resolved = any(s.resolved for s in per_message) or any(s.resolved for s in agent_signals[-2:])
        escalation = any(s.escalation for s in per_message)
        complaint = any(s.complaint for s in per_message)
        positive = any(s.positive for s in per_message) and not complaint and not escalation
        classification = Classification(
            positive_interaction=int(positive),
            escalation=int(escalation),
            complaint=int(complaint),
            unresolved_issue=int(problem and not resolved),
            positive_resolution=int(resolved and (problem or bool(source.open_issues))),
        )
        mood_name, mood_confidence = mood.overall_mood(per_message)
        used = (main,) if main.code == "en" else (main, packs["en"])
        # Summaries are written in the conversation's language when its pack says how.
        writer = main if main.outcomes else packs["en"]
        topic = summaries.topic(customer, used)
        outcome = summaries.outcome_of(problem=problem, resolved=resolved, escalated=bool(escalation))
        episode = summaries.episode(
            writer, topic_text=topic, action_text=summaries.action(source.agent_lines, used), outcome=outcome
        )
        summary = summaries.rolling(
            writer, previous=source.previous_summary, when=source.when, topic_text=topic, outcome=outcome
        )
        return ExtractionResult(
            facts=facts,
            summary=summary,
            episode_summary=episode,
            mood=mood_name,
            mood_confidence=mood_confidence,
            tone_preference=_tone(facts),
            open_issues=_open_issues(source, topic if problem else "", resolved),
            personal_details=_personal_details(facts),
            classification=classification,
            language=language,
            identity=_identity(facts, customer),
        )


def _not_relatives_names(
    statements: list[corrections.Statement], packs: dict[str, LanguagePack]
) -> list[corrections.Statement]:
    """ "cho mẹ em, bà tên là Phạm Thị Mai": a name said in the same message as a relative's of that name is the
    relative's, not the customer's."""
    relatives = {key for pack in packs.values() for key in pack.relations.values()}
    theirs = {
        (statement.message_id, lower_fold(statement.found.value).split(" (")[0])
        for statement in statements
        if statement.found.key in relatives
    }
    return [
        statement
        for statement in statements
        if statement.found.key != "name" or (statement.message_id, lower_fold(statement.found.value)) not in theirs
    ]


def _full_names(
    statements: list[corrections.Statement], source: ExtractionInput, pack: LanguagePack
) -> list[corrections.Statement]:
    """ "This is Harold. Harold Becker.": a first name said again with the surname becomes the full name."""
    texts = [message.content for message in source.customer_messages]
    kept = []
    for statement in statements:
        value = statement.found.value
        if statement.found.key == "name" and len(value.split()) == 1:
            pattern = re.compile(rf"\b{re.escape(value)}\s+([A-Z][\w'’-]{{1,30}})\b")
            surname = next((match[1] for text in texts if (match := pattern.search(text))), "")
            if surname and identity.name_like([value, surname], pack):
                statement = replace(statement, found=replace(statement.found, value=f"{value} {surname}"))
            elif pack.surname_first:
                # "em là Vy nè, Phạm Tường Vy": the family name and middle names before the given name.
                before = re.compile(rf"\b((?:[A-Z][\w'’-]{{0,20}} ){{1,3}}){re.escape(value)}\b")
                full = next((match[0] for text in texts if (match := before.search(text))), "")
                if full and identity.name_like(full.split(), pack):
                    statement = replace(statement, found=replace(statement.found, value=full))
        kept.append(statement)
    return kept


def _spouse_unnamed(
    statements: list[corrections.Statement], source: ExtractionInput, pack: LanguagePack
) -> list[corrections.Statement]:
    """ "mein Mann liest mit", "mon épouse et moi sommes absents": a spouse, when no statement names them or says
    the marital status (a widow's "seit mein Mann gestorben ist" says it) and none is known."""
    if pack.spouse_mention is None or (source.known_facts or {}).get("spouse"):
        return []
    if any(statement.found.key in {"spouse", "marital_status"} for statement in statements):
        return []
    for message in source.customer_messages:
        text = Text(message.content)
        if match := pack.spouse_mention.search(text.folded):
            found = Found("spouse", text.span(match, "rel"), MEDIUM, match.start())
            return [corrections.Statement(found, False, False, message.message_id)]
    return []


def _home_after_names(statements: list[corrections.Statement], source: ExtractionInput) -> list[corrections.Statement]:
    """Where they come from, said with their name ("Florian Gruber aus Graz"), when nothing else says where."""
    if any(statement.found.key == "location" for statement in statements):
        return []
    names = [statement for statement in statements if statement.found.key == "name"]
    for statement in names:
        for message in source.customer_messages:
            if city := identity.home_after_name(message.content, statement.found.value):
                found = Found("location", city, MEDIUM, statement.found.start)
                return [corrections.Statement(found, False, False, message.message_id)]
    return []


def _answers_to_the_agent(
    statements: list[corrections.Statement], source: ExtractionInput, main: LanguagePack, packs: dict[str, LanguagePack]
) -> list[corrections.Statement]:
    """What the customer says in answer to the agent's question, or confirms when the agent reads it back, for each
    kind of fact the messages alone did not give: the first reader that finds one wins, in this order."""
    readers: list[tuple[str, Callable[[], tuple[str, str]]]] = [
        ("device", lambda: preferences.answered_device(source.lines, main)),
        ("plan", lambda: preferences.confirmed_plan(source.lines, main)),
        ("plan", lambda: preferences.answered_plan(source.lines, main)),
        ("preferred_contact_channel", lambda: instructions.answered_channel(source.lines, (main, packs["en"]))),
        ("age", lambda: identity.answered_age(source.lines, main)),
        ("occupation", lambda: occupation.answered_occupation(source.lines, main)),
        ("location", lambda: homes.confirmed_address(source.lines, main)),
        ("location", lambda: homes.answered_place(source.lines)),
    ]
    found_keys = {statement.found.key for statement in statements}
    answers = []
    for key, read in readers:
        if key in found_keys:
            continue
        value, message_id = read()
        if value:
            answers.append(corrections.Statement(Found(key, value, MEDIUM, 0), False, False, message_id))
            found_keys.add(key)
    for key, value, message_id in answered.answered_facts(source.lines, main, packs["en"]):
        if key not in found_keys:
            answers.append(corrections.Statement(Found(key, value, MEDIUM, 0), False, False, message_id))
            found_keys.add(key)
    return answers


def _home_from_address(
    statements: list[corrections.Statement], source: ExtractionInput, pack: LanguagePack
) -> list[corrections.Statement]:
    """Where they live, said answering "are you still in …?" ("Sí, en Cayma.") or as the town of the address they
    give as theirs ("14 Cardigan Road, Headingley"), when nothing else says where."""
    if any(statement.found.key == "location" for statement in statements):
        return []
    town, message_id = homes.answered_home(source.lines, pack)
    if not town:
        town, message_id = homes.address_town(source.lines, pack)
    return [corrections.Statement(Found("location", town, MEDIUM, 0), False, False, message_id)] if town else []


def _role_under_signature(
    statements: list[corrections.Statement], source: ExtractionInput
) -> list[corrections.Statement]:
    """The job title and organization on the line under a letter's signature, when nothing else says them."""
    have = {statement.found.key for statement in statements}
    for statement in [s for s in statements if s.found.key == "name"]:
        for message in source.customer_messages:
            title, organization = identity.signature_role(message.content, statement.found.value)
            if title:
                found = [Found("occupation", title, MEDIUM, 0)] if "occupation" not in have else []
                if organization and "employer" not in have:
                    found.append(Found("employer", organization, MEDIUM, 0))
                return [corrections.Statement(item, False, False, message.message_id) for item in found]
    return []


def _keep_full_name(facts: list[ExtractedFact], known: dict[str, str]) -> list[ExtractedFact]:
    """A returning customer who gives part of the name we know ("Tung here" for "Do Thanh Tung") keeps the full one;
    a name that shares no word with the one we know, said without "my name is", is someone else's ("Die Lisa zieht
    mit … Lisa Hofer"): a change of name is said explicitly."""
    full = (known or {}).get("name", "")
    words = set(lower_fold(full).split())
    kept = []
    for fact in facts:
        said = lower_fold(fact.value).split()
        if fact.key == "name" and not fact.previous and said and len(said) < len(words) and set(said) <= words:
            fact = replace(fact, value=full)
        elif fact.key == "name" and words and not set(said) & words and fact.confidence != HIGH:
            continue
        kept.append(fact)
    return kept


def _packs_for(text: Text, main: LanguagePack, packs: dict[str, LanguagePack]) -> tuple[LanguagePack, ...]:
    """The conversation's pack, the message's own, and English when the message has English in it."""
    chosen = [main]
    own = detect_language(text.original) if len(text.original) >= 12 else ""
    # German says "im" and "in" too ("Ich wohne im 7. Bezirk in Wien" is no English "I'm 7").
    english_words = _ENGLISH_WORDS_IN_GERMAN if "de" in (main.code, own) else _ENGLISH_WORDS
    english = own == "en" or len(text.original) < 12 or english_words.count(text.lower) >= 2
    for code in (own, "en" if english else ""):
        if code and packs[code] not in chosen:
            chosen.append(packs[code])
    return tuple(chosen)


# Customers mix English into other languages ("tôi làm ở FPT, I'm a developer"): these words say it's there.
_ENGLISH_WORDS = Keywords(
    words("i|i'm|im|my|me|the|and|is|am|you|your|please|thanks|thank|we|our|it's|with|for|to|of|this|that|in|on")
)
_ENGLISH_WORDS_IN_GERMAN = Keywords(
    words("i|i'm|my|me|the|and|is|you|your|please|thanks|thank|we|our|it's|with|for|to|of|this|that|on")
)


def _statements(text: Text, packs: tuple[LanguagePack, ...]) -> list[corrections.Statement]:
    found: list[Found] = []
    correction_spans: list[tuple[int, int]] = []
    past_at: list[int] = []
    session_words = []
    for pack in packs:
        for concern in CONCERNS:
            found += concern.facts(text, pack)
        words = mood.keywords(pack)
        if not words.correction.empty:
            correction_spans += [m.span() for m in words.correction.pattern.finditer(text.lower)]
        if not words.past.empty:
            past_at += [m.start() for m in words.past.pattern.finditer(text.lower)]
        session_words.append(words.session_only)
    found += _bare_corrections(text, found, correction_spans, packs[0])
    found = vehicles.not_devices(found)
    found.sort(key=lambda item: item.start)
    kept, seen = [], set()
    correction_at = [start for start, _ in correction_spans]
    for item in found:
        lower = lower_fold(item.value)
        if (item.key, lower) in seen or _session_only(lower, session_words):
            continue
        seen.add((item.key, lower))
        kept.append(corrections.statement(item, text.lower, past_at=past_at, correction_at=correction_at))
    return kept


def _bare_corrections(text: Text, found: list[Found], spans: list[tuple[int, int]], pack: LanguagePack) -> list[Found]:
    """ "I live in Boston... actually Cambridge": the value right after the correction replaces the last one."""
    extra: list[Found] = []
    ordered = sorted(found, key=lambda item: item.start)
    for start, end in spans:
        before = [item for item in ordered if item.start < start and item.key in corrections.CORRECTABLE]
        if not before or any(start <= item.start <= start + 50 and item.key == before[-1].key for item in ordered):
            continue
        match = corrections._BARE.match(text.folded, end)
        # "Wie ändere ich meine Adresse?": "ich meine" in a question is no correction.
        if match is None or asked_at(text.lower, end):
            continue
        raw = text.span(match, "v")
        last = before[-1]
        if last.key == "age":
            value = values.age(raw.split()[0], pack)
        elif last.key == "name":
            value = values.name(raw, pack)
            # "corrigindo: são 8,6 kWp": a name is said with capitals (where the script has them).
            if value[:1].lower() != value[:1].upper() and not value[:1].isupper():
                value = ""
        else:
            value = (
                values.place(raw, pack) if last.key in {"location", "hometown"} else values.cut(raw, pack, max_words=4)
            )
            if value and not value[:1].isupper() and not value[:1].isdigit():
                value = ""  # scripts without capitals (Hebrew) say their corrections with their own pack patterns
        if value and values.usable(value, pack):
            extra.append(Found(last.key, value, last.confidence, start))
    return extra


def _session_only(lower_value: str, session_words: list) -> bool:
    if _NUMBER_LIKE.search(lower_value) and not re.fullmatch(r"[\w\s+-]*\d{1,3}[\w\s+-]*", lower_value):
        return True
    return any(words.found_in(lower_value) for words in session_words)


def _open_issues(source: ExtractionInput, problem: str, resolved: bool) -> list[str]:
    issues = list(source.open_issues)
    if resolved:
        issues = issues[:-1] if issues and not problem else issues
    elif problem:
        issue = summaries.clip(problem, 20)
        issues.append(issue if issue[:2] in {"I ", "I'"} else issue[:1].lower() + issue[1:])
    return list(dict.fromkeys(issues))[-OPEN_ISSUES_MAX:]


def _tone(facts: list[ExtractedFact]) -> str:
    by_key = {fact.key: fact.value for fact in facts}
    if by_key.get("response_length", "").startswith("short"):
        return "concise"
    if by_key.get("response_length", "").startswith("detailed"):
        return "detailed"
    if "instruction_pace" in by_key:
        return "patient"
    return by_key.get("tone_preference", "")


def _personal_details(facts: list[ExtractedFact]) -> str:
    wanted = {"accessibility", "instruction_pace", "dietary", "allergies", "confirm_before_acting", "contact_hours"}
    details = [fact.value for fact in facts if fact.key in wanted]
    return "; ".join(details)[:300]


def _identity(facts: list[ExtractedFact], customer: list[str]) -> Identity:
    name = next((fact.value for fact in facts if fact.key == "name"), "")
    joined = "\n".join(customer)
    email = next(iter(_EMAIL.findall(joined)), "")
    phone = next((p for p in _PHONE.findall(joined) if 8 <= sum(c.isdigit() for c in p) <= 15), "")
    return Identity(name=name, email=email.lower(), phone=phone.strip())


__all__ = ["RulesExtractor"]
