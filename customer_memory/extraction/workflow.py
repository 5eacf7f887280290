"""Learning from one closed conversation: extract, filter secrets, merge, write.

`extract_from_conversation()` is the workflow the task calls. The model call
happens outside any transaction; everything learned from one conversation is
then written in one transaction, so a failing call leaves nothing half-learned.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from datetime import datetime, timedelta

import phonenumbers
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from conversations.models import Conversation, Message, Person
from conversations.secrets import Redactor
from customer_memory import context, llm, recall, retention, scoring, webhooks
from customer_memory.extraction import places
from customer_memory.extraction.llm_extractor import LLMExtractor
from customer_memory.extraction.merge import drop_injections, filter_secrets, merge_facts
from customer_memory.extraction.results import (
    ConversationGone,
    ExtractionFailed,
    ExtractionInput,
    ExtractionOverBudget,
    ExtractionResult,
    Extractor,
    TranscriptLine,
)
from customer_memory.extraction.rules import RulesExtractor
from customer_memory.extraction.rules.summaries import limit_sentences
from customer_memory.extraction.rules.text import lower_fold
from customer_memory.models import Episode, Extraction, Memory
from tenants.tasks import enqueue_in_tenant

logger = logging.getLogger(__name__)


def choose_extractor() -> Extractor:
    """The LLM extractor when OPENAI_API_KEY is set, else the rules. MEMORY_EXTRACTOR forces one."""
    forced = getattr(settings, "MEMORY_EXTRACTOR", "")
    if forced == "rules":
        return RulesExtractor()
    if forced == "llm" or llm.is_configured():
        return LLMExtractor()
    return RulesExtractor()


def skip_reason(conversation: Conversation) -> str:
    """Why nothing is learned from this conversation, or "" (seed 004)."""
    if conversation.is_test_session or conversation.person.is_test:
        return Extraction.SkipReason.TEST_SESSION
    if not conversation.agent.memory_enabled:
        return Extraction.SkipReason.MEMORY_OFF
    if conversation.messages.filter(role=Message.Role.CUSTOMER).count() < 2:
        return Extraction.SkipReason.TOO_FEW_MESSAGES
    return ""


MAX_RETRY_DELAY = timedelta(hours=1)


def retry_delay(attempts: int) -> timedelta:
    """How long after its `attempts`-th failed attempt an extraction is tried again: 1, 2, 4 ... minutes, capped."""
    return min(timedelta(minutes=2 ** min(max(attempts - 1, 0), 10)), MAX_RETRY_DELAY)


def retry_window() -> timedelta:
    return timedelta(hours=settings.EXTRACTION_RETRY_HOURS)


def extract_from_conversation(conversation: Conversation, *, now: datetime | None = None) -> Extraction:
    """Learn from one closed conversation; idempotent, and safe to retry after a failure.

    A failed attempt is recorded with the time of the next one (exponential backoff) and the
    extraction returned still queued: the "retry-extractions" schedule queues it again when due,
    for EXTRACTION_RETRY_HOURS, after which it is failed with its reason. Raises ConversationGone
    when the person was erased meanwhile, which the task treats as nothing left to do.
    """
    try:
        extraction, _ = Extraction.objects.get_or_create(
            conversation=conversation, defaults={"agent_id": conversation.agent_id}
        )
    except IntegrityError:
        if not Conversation.objects.filter(pk=conversation.pk).exists():
            raise ConversationGone from None
        raise
    if extraction.status == Extraction.Status.SUCCEEDED:
        return extraction

    if reason := skip_reason(conversation):
        # Nothing learned, but the closed conversation still moves the person's last contact (L2).
        context.invalidate_cached_layers(conversation.person_id)
        return _record_skip(extraction, reason)

    try:
        return _extract_and_write(conversation, extraction)
    except ConversationGone:
        raise
    except ExtractionOverBudget as error:
        # Re-delivering it would only stall a worker again: failed now, visible, retryable by hand.
        _record_failure(extraction, error, now=now or timezone.now(), final=True)
        return extraction
    except Exception as error:
        # Acknowledged, not re-raised: django-q2's redelivery (Q_RETRY, max_attempts) would give up after
        # about 15 minutes of outage; the backoff schedule keeps trying for a day.
        _record_failure(extraction, error, now=now or timezone.now())
        return extraction


def _record_skip(extraction: Extraction, reason: str) -> Extraction:
    extraction.status = Extraction.Status.SKIPPED
    extraction.skip_reason = reason
    extraction.finished_at = timezone.now()
    extraction.save(update_fields=["status", "skip_reason", "finished_at"])
    return extraction


def _record_failure(extraction: Extraction, error: BaseException, *, now: datetime, final: bool = False) -> None:
    """Count the failed attempt in its own write (the failed transaction left nothing else) and plan the next."""
    cause = error.__cause__ if isinstance(error, ExtractionFailed) and error.__cause__ else error
    description = str(error) if isinstance(error, ExtractionFailed) else llm.describe_error(cause)
    extraction.attempts += 1
    extraction.last_error = description[:200]
    extraction.failing_since = extraction.failing_since or now
    if final or now - extraction.failing_since >= retry_window():
        extraction.status = Extraction.Status.FAILED
        extraction.next_attempt_at = None
        extraction.finished_at = now
    else:
        extraction.status = Extraction.Status.QUEUED
        extraction.next_attempt_at = now + retry_delay(extraction.attempts)
    Extraction.objects.filter(pk=extraction.pk).update(
        attempts=extraction.attempts,
        last_error=extraction.last_error,
        status=extraction.status,
        failing_since=extraction.failing_since,
        next_attempt_at=extraction.next_attempt_at,
        finished_at=extraction.finished_at,
    )
    logger.warning("Extraction of conversation %s failed (%s)", extraction.conversation_id, description)


def _source_for(conversation: Conversation, memory: Memory | None, redactor: Redactor) -> ExtractionInput:
    messages = conversation.messages.exclude(role=Message.Role.SYSTEM).order_by("sent_at", "id")
    lines = [
        TranscriptLine(role, redactor.redact(content), message_id=public_id)
        for public_id, role, content in messages.values_list("public_id", "role", "content")
    ]
    known = {}
    if memory is not None:
        known = {fact.key: fact.value for fact in memory.facts.all()}
    return ExtractionInput(
        lines=lines,
        previous_summary=memory.summary if memory is not None else "",
        known_facts=known,
        open_issues=list(conversation.person.open_issues or []),
        channel=conversation.get_channel_display(),
        when=conversation.last_message_at or conversation.started_at,
    )


def with_sources(result: ExtractionResult, source: ExtractionInput) -> ExtractionResult:
    """Provenance for facts the extractor gave none (the LLM's): the customer messages that say the value,
    accents and case folded. A value the customer never said word for word keeps none; the panel then shows
    the whole conversation."""
    messages = [(line.message_id, lower_fold(line.content)) for line in source.customer_messages if line.message_id]
    facts = []
    for fact in result.facts:
        value = lower_fold(fact.value)
        if not fact.sources and len(value) >= 2:
            fact = replace(fact, sources=tuple(message_id for message_id, text in messages if value in text))
        facts.append(fact)
    return replace(result, facts=facts)


def next_summary(memory: Memory, *, read: str, rewritten: str, episode: str) -> str:
    """The rolling summary after learning from one conversation: the one rule.

    The extractor rewrote the summary it read. That rewrite replaces the summary unless a person wrote the
    summary (manual: their words are kept, not paraphrased by a model) or another conversation was learned
    from while the model worked (its summary is newer): then this conversation's episode is folded into the
    stored text instead, and the last eight sentences are kept.
    """
    if memory.summary_source == Memory.SummarySource.MANUAL or memory.summary != read:
        return limit_sentences(f"{memory.summary} {episode}".strip())
    return rewritten


def _extract_and_write(conversation: Conversation, extraction: Extraction) -> Extraction:
    now = timezone.now()
    person, agent = conversation.person, conversation.agent
    memory = Memory.objects.filter(person=person, agent=agent).first()
    if memory is not None and retention.is_expired(
        updated_at=memory.updated_at, retention_days=agent.memory_retention_days, now=now
    ):
        memory = None  # expired memory is never read; it is replaced below

    redactor = Redactor()
    extractor = choose_extractor()
    started = time.monotonic()
    source = _source_for(conversation, memory, redactor)
    result = with_sources(drop_injections(filter_secrets(extractor.extract(source), redactor)), source)
    budget = settings.EXTRACTION_TIME_BUDGET
    if time.monotonic() - started > budget:
        raise ExtractionOverBudget(f"TimeBudgetExceeded: took over {budget:g} s")
    episode_text = result.episode_summary or result.summary
    # Embedded before the transaction, like the model call: the summary plus what was said (recall.py).
    episode_index = _episode_index(conversation, episode_text) if episode_text else None

    with transaction.atomic():
        # The person's row first, as erasure takes it (privacy.erase_person): one lock order, no
        # deadlock, and an erasure that got there first leaves nothing to write memory for.
        if Person.objects.select_for_update().filter(pk=person.pk).values_list("pk", flat=True).first() is None:
            raise ConversationGone
        extraction = Extraction.objects.select_for_update().filter(pk=extraction.pk).first()
        if extraction is None:
            raise ConversationGone
        if extraction.status == Extraction.Status.SUCCEEDED:
            return extraction  # another worker finished it while the model was thinking
        retention.delete_expired_memory_of(person, agent, now=now)
        memory, _ = Memory.objects.select_for_update().get_or_create(
            person=person, agent=agent, defaults={"updated_at": now}
        )
        facts_before = webhooks.fact_values(person, agent)
        facts_written = merge_facts(memory, result.facts, conversation=conversation, extractor=extractor.name)
        if result.summary:
            memory.summary = next_summary(
                memory, read=source.previous_summary, rewritten=result.summary, episode=episode_text
            )
            memory.summary_source = Memory.SummarySource.AI
        memory.updated_at = now
        memory.learned_profile = {"open_issues": list(result.open_issues), "personal_details": result.personal_details}
        memory.save(update_fields=["summary", "summary_source", "updated_at", "learned_profile"])
        if episode_index is not None:
            Episode.objects.update_or_create(
                conversation=conversation,
                defaults={
                    "person": person,
                    "agent": agent,
                    "summary": episode_text,
                    "embedding": episode_index.embedding,
                    "resolved": bool(result.classification.positive_resolution),
                    "created_at": conversation.closed_at or now,
                },
            )
            recall.index_conversation(conversation, prepared=episode_index)
            if result.classification.positive_resolution:
                # Another customer's problem solved: the agent's knowledge may have a new proposal (issue 18).
                enqueue_in_tenant("customer_memory.tasks.propose_knowledge", agent.pk)
        extraction.counted = _update_person(person.pk, result, conversation, counted_before=extraction.counted, now=now)
        extraction.status = Extraction.Status.SUCCEEDED
        extraction.skip_reason = ""
        extraction.attempts += 1
        extraction.last_error = ""
        extraction.failing_since = None
        extraction.next_attempt_at = None
        extraction.extractor = extractor.name
        extraction.facts_written = facts_written
        extraction.secrets_dropped = redactor.count
        extraction.injections_dropped = result.injections_dropped
        extraction.finished_at = timezone.now()
        extraction.save()
        context.invalidate_cached_layers(person.pk)
        # A reader may cache the old layers between now and the commit.
        transaction.on_commit(lambda: context.invalidate_cached_layers(person.pk))
        webhooks.announce_memory_update(person, agent, before=facts_before, conversation=conversation)
    return extraction


def _episode_index(conversation: Conversation, summary: str) -> recall.EpisodeIndex:
    """The conversation's index, embedded by the embeddings server, or by the local embedder when the server
    fails: the model has answered (and was paid), so what it learned is written and the conversation is
    still found by its words; only the vector part of its ranking is weaker until `manage.py reindex_episodes`
    embeds it again. Retrying the extraction would pay the model again for the same answer."""
    try:
        return recall.conversation_index(conversation, summary=summary)
    except llm.LLMError as error:
        logger.warning("Embedding conversation %s failed (%s); indexed with the local embedder", conversation.pk, error)
        return recall.conversation_index(conversation, summary=summary, embed=llm.local_embed)


# The person's counters (seed 000's trust and churn inputs) and the classification each learned conversation
# adds to them.
COUNTERS = {
    "positive_interactions": "positive_interaction",
    "escalations": "escalation",
    "complaints": "complaint",
    "unresolved_issues": "unresolved_issue",
    "positive_resolutions": "positive_resolution",
}


def _update_person(
    person_id: int,
    result: ExtractionResult,
    conversation: Conversation,
    *,
    counted_before: dict[str, int],
    now: datetime,
) -> dict[str, int]:
    """L2 history (counts, trust, churn) and L4 preferences and mood, from one conversation.

    Returns what this conversation now adds to the counters. Learning a conversation again (relearn)
    replaces what it added before (`counted_before`, kept on its Extraction) instead of adding it twice.
    """
    person = Person.objects.select_for_update().get(pk=person_id)
    counted = {field: getattr(result.classification, name) for field, name in COUNTERS.items()}
    for field, added in counted.items():
        setattr(person, field, max(getattr(person, field) - counted_before.get(field, 0) + added, 0))
    person.trust_score = scoring.trust_score(
        base=settings.MEMORY_TRUST_BASE,
        positive_interactions=person.positive_interactions,
        escalations=person.escalations,
        complaints=person.complaints,
    )
    last_contact = person.last_seen_at or conversation.last_message_at or now
    person.churn_risk = scoring.churn_risk(
        base=settings.MEMORY_CHURN_BASE,
        days_since_last_interaction=max((now - last_contact).total_seconds() / 86400, 0),
        unresolved_issues=person.unresolved_issues,
        positive_resolutions=person.positive_resolutions,
    )
    if result.tone_preference:
        person.tone_preference = result.tone_preference[:50]
    person.open_issues = list(result.open_issues)
    if result.personal_details:
        person.personal_details = result.personal_details
    if result.mood:
        person.last_mood = result.mood
        person.last_mood_confidence = result.mood_confidence
        person.last_mood_at = conversation.last_message_at or now
    if result.language:
        person.language = result.language[:16]
    # Contact details said in chat fill empty fields only; the list label stays the channel identifier.
    identity = result.identity
    if identity.name and not person.name:
        person.name = identity.name[:200]
    if identity.email and not person.email:
        person.email = identity.email[:254]
    if identity.phone and not person.phone:
        person.phone = _e164(identity.phone)
    if not person.timezone:
        location = next((f.value for f in result.facts if f.key == "location"), "")
        person.timezone = places.timezone_for(location=location, phone=person.phone or person.channel_identifier)
    if person.first_contact_at is None:
        person.first_contact_at = conversation.started_at
    person.save(
        update_fields=[
            *COUNTERS,
            "trust_score",
            "churn_risk",
            "tone_preference",
            "open_issues",
            "personal_details",
            "last_mood",
            "last_mood_confidence",
            "last_mood_at",
            "language",
            "name",
            "email",
            "phone",
            "timezone",
            "first_contact_at",
            "updated_at",
        ]
    )
    return counted


def _e164(raw: str) -> str:
    try:
        number = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
