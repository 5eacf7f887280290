"""Summaries that say what happened: what the customer raised, what was done, how it ended.

Built extractively: the customer's most salient sentence (the one that states
the problem, not the greeting), the agent's sentence saying what they did, and
the outcome, in the conversation's language. The rolling summary adds one
past-tense sentence per conversation and keeps the last eight.
"""

from __future__ import annotations

import re
from datetime import datetime

from customer_memory.extraction.rules import mood
from customer_memory.extraction.rules.languages import LanguagePack
from customer_memory.extraction.rules.text import lower_fold, sentences

SUMMARY_MAX_SENTENCES = 8
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_GREETING = re.compile(
    r"^(?:hi|hello|hey|good (?:morning|afternoon|evening)|dear \w{1,20}|hola|buenas|buenos dias|bonjour|salut|"
    r"hallo|guten tag|moin|ola|oi|bom dia|boa tarde|xin chao|chao|alo|a lo|shalom|שלום|היי|אהלן|הלו|ערב טוב|"
    r"בוקר טוב|צהריים טובים)\b[\s,!.]{0,5}",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?。]+(?=\s|$)")


def date_label(when: datetime | None) -> str:
    """`"05 Mar 2026"`, the same in every locale."""
    return f"{when.day:02d} {_MONTHS[when.month - 1]} {when.year}" if when else "an earlier date"


def clip(text: str, max_words: int) -> str:
    """One sentence-free phrase: no full stop inside, so a summary never splits into fragments."""
    text = _SENTENCE_END.sub(",", text.strip()).strip(" ,;:")
    text = _GREETING.sub("", text).strip(" ,;:")
    tokens = text.split()
    if len(tokens) > max_words:
        text = " ".join(tokens[:max_words]) + "…"
    return text


def topic(customer_lines: list[str], packs: tuple[LanguagePack, ...]) -> str:
    """The customer's sentence that best says what they came about."""
    best, best_score = "", -1.0
    candidates = [s for line in customer_lines for s in sentences(line)]
    for position, sentence in enumerate(candidates):
        lower = lower_fold(sentence)
        size = len(sentence.split())
        if size < 3 or "[redacted" in lower:
            continue
        words = [mood.keywords(pack) for pack in packs]
        score = 3.0 * sum(w.problem.count(lower) for w in words)
        score -= 2.0 * sum(w.positive.count(lower) for w in words)
        score += min(size, 20) / 10 - position * 0.15
        if "?" in sentence:
            score += 0.5
        if score > best_score:
            best, best_score = sentence, score
    # Every learned conversation gets an episode (recall indexes it), even one made only of masked secrets.
    return best or next((s for s in candidates if len(s.split()) >= 3), "")


def action(agent_lines: list[str], packs: tuple[LanguagePack, ...]) -> str:
    """The agent's last sentence that says what was done."""
    chosen = ""
    for line in agent_lines:
        for sentence in sentences(line):
            lower = lower_fold(sentence)
            plain = len(sentence.split()) >= 4 and "?" not in sentence and "[redacted" not in lower
            if plain and any(mood.keywords(pack).actions.found_in(lower) for pack in packs):
                chosen = sentence
    return chosen


def outcome_of(*, problem: bool, resolved: bool, escalated: bool) -> str:
    if escalated and not resolved:
        return "escalated"
    if resolved:
        return "resolved"
    return "open" if problem else "answered"


def episode(pack: LanguagePack, *, topic_text: str, action_text: str, outcome: str) -> str:
    if not topic_text:
        return ""
    agent = pack.action_template.format(action=clip(action_text, 30)) if action_text else ""
    words = pack.outcomes.get(outcome) or pack.outcomes.get("resolved", outcome)
    return pack.episode_template.format(topic=clip(topic_text, 35), action=agent, outcome=words).strip()


def rolling(pack: LanguagePack, *, previous: str, when: datetime | None, topic_text: str, outcome: str) -> str:
    """The previous summary with one sentence for this conversation, the last eight sentences kept."""
    if not topic_text:
        return limit_sentences(previous)
    words = pack.rolling_outcomes.get(outcome) or pack.rolling_outcomes.get("resolved", "")
    line = pack.rolling_template.format(date=date_label(when), topic=f"“{clip(topic_text, 18)}”", outcome=words)
    return limit_sentences(f"{previous.strip()} {line}".strip())


def split_sentences(text: str) -> list[str]:
    """Sentences of a summary; a quotation's inner full stop does not end one."""
    parts, current, depth = [], [], 0
    for token in re.split(r"(\s+)", text or ""):
        current.append(token)
        depth += token.count("“") - token.count("”")
        if depth <= 0 and _SENTENCE_END.search(token) and token.rstrip()[-1:] in ".!?。":
            parts.append("".join(current).strip())
            current, depth = [], 0
    if "".join(current).strip():
        parts.append("".join(current).strip())
    return [part for part in parts if part]


def limit_sentences(text: str, limit: int = SUMMARY_MAX_SENTENCES) -> str:
    """Keep the most recent `limit` sentences of a chronological summary, whole sentences only."""
    return " ".join(split_sentences(text)[-limit:])
