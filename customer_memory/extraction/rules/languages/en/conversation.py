"""English words of the conversation itself: where a value ends, corrections and the past, moods and classification,
the agent's actions, session-only words, summaries.
"""

from __future__ import annotations

from customer_memory.extraction.rules.text import words

CLAUSE_WORDS = frozenset(
    words(
        "and|but|so|because|cause|since|though|although|which|who|where|when|while|if|or|as|at|in|on|for|with|from|"
        "near|by|to|than|that|then|now|too|also|currently|still|anymore|these|right|last|next|this|today|tomorrow|"
        "yesterday|ago|originally|until|till|after|before|during|about|is|was|are|were|has|have|had|keeps|won't|"
        "doesn't|isn't|can't|will|would|should|could|lol|haha|btw|thanks|thank|please|here|there|way|mate|"
        "tho|tbh|fyi|cheers"
    )
)

NOT_VALUES = frozenset(
    words(
        "sorry|not|so|very|just|still|looking|interested|happy|fine|good|here|back|trying|going|confused|frustrated|"
        "also|really|glad|afraid|sure|ok|okay|done|ready|unable|able|calling|writing|asking|waiting|having|getting|"
        "thinking|wondering|annoyed|angry|sad|excited|worried|tired|hoping|planning|currently|now|always|never|"
        "usually|the|a|an|another|in|on|at|from|with|about|moving|leaving|working|living|based|"
        "it|that|this|them|these|those|you|there|one|too|much|lots|yours|"
        "everything|nothing|something|someone|anything|nobody|everyone|customer|calling|contacting|reaching|a bit|"
        "having|your|my|our|his|her|their|me|him|us|what|why|how|who|when|where|which|hi|hello|hey|thanks|yes|no|"
        "dear|mr|mrs|ms|miss|madam|sir|still|stuck|locked|charged|billed|late|early|online|home|away|out|off|up|"
        "having|struggling|unhappy|disappointed|told|calling|phoning|messaging|emailing|texting|following|"
        "following up|replying|responding|returning|myself|settings|menu|inbox|queue|"
        "i|i'm|im|i've|i'll|i'd|we're|it's|its|hr|to|help|fear|denial|limbo|windows|android|ios|chrome|safari|firefox|wifi|bluetooth|monday|tuesday|wednesday|thursday|friday|saturday|sunday|again|speaking"
    )
)

CORRECTION = words(
    "actually|i mean|i meant|sorry|correction|to correct|no wait|scratch that|rather|oops|my bad|not anymore|no longer"
)

PAST = words(
    "used to|previously|formerly|before that|until last|back then|i was living|no longer|not anymore|"
    "years ago|in the past|once"
)

MOODS = {
    "frustrated": words(
        "frustrated|frustrating|frustration|annoyed|annoying|angry|furious|ridiculous|"
        "unacceptable|fed up|sick of|terrible|awful|horrible|worst|useless|pathetic|still not|"
        "still no|still waiting|wtf|again?|seriously"
    ),
    "sad": words("sad|upset|disappointed|unhappy|heartbroken|depressed|miserable|let down|devastated|gutted"),
    "anxious": words(
        "worried|anxious|nervous|concerned|scared|afraid|panic|panicking|urgent|urgently|asap|stressed|stressful"
    ),
    "excited": words("excited|can't wait|cannot wait|amazing|awesome|fantastic|thrilled|love it|wow"),
    "confused": words(
        "confused|confusing|don't understand|do not understand|not sure how|not sure what|"
        "what do you mean|unclear|doesn't make sense|lost"
    ),
    "happy": words(
        "thanks|thank you|thx|appreciate|appreciated|great|perfect|happy|glad|helpful|excellent|"
        "wonderful|lovely|brilliant"
    ),
}

PROBLEM = words(
    "broken|damaged|defective|tear|torn|ripped|hole|stain|scratched|cracked|dented|faulty|doesn't work|"
    "does not work|not working|stopped working|won't start|"
    "won't turn on|won't work|won't load|won't open|missing|never arrived|hasn't arrived|didn't arrive|"
    "wrong item|wrong size|wrong address|overcharged|charged twice|double charged|charged me twice|error|problem|"
    "issue|bug|crash|crashes|crashed|crashing|keeps|leak|leaking|delayed|late|still waiting|can't log in|"
    "can't login|can't access|can't find|can't open|can't sign|locked out|locked|blocked|declined|failed|"
    "cancelled|canceled|refund|dropping|drops|slow|no signal|no internet|no connection|outage|disconnected|"
    "restarting|reboots|frozen|freezes|stuck|lost|stolen|fraud|dispute|complaint|incorrect|wrong|help"
)

RESOLVED = words(
    "that fixed|that solved|that worked|that did it|that helped|it's working|it is working|it's fixed|"
    "it is fixed|it's resolved|it's sorted|everything's working|works now|working now|problem solved|"
    "issue resolved|issue fixed|all sorted|all good now|been resolved|been fixed|been refunded|been replaced|"
    "refund has been|refund was issued|refund was processed|resolved|perfect, thanks|great, thanks|sorted"
)

ESCALATION = words(
    "escalate|escalation|escalated|supervisor|manager|human please|real person|speak to a person|"
    "speak to someone|talk to a human|talk to a person|speak to a human|real human"
)

COMPLAINT = words(
    "complain|complaining|complained|complaint|unacceptable|ridiculous|terrible|awful|horrible|"
    "worst|disgusted|disgusting|outrageous|poor service|bad service|not happy|very disappointed|"
    "rip off|ripoff|scam"
)

POSITIVE = words(
    "thanks|thank you|thx|appreciate|appreciated|great|perfect|awesome|excellent|wonderful|helpful|"
    "love it|brilliant|lovely"
)

ACTIONS = words(
    "i've|i have|we've|we have|i'll|we'll|i will|we will|i've just|i just|i can see|i reset|i refunded|"
    "i sent|i updated|i changed|i cancelled|i booked|i scheduled|i credited|i applied|i replaced|i unlocked|"
    "i restored|i fixed|i arranged|i processed|i added|i removed|i activated|i escalated|i issued|i opened|"
    "has been|have been|i've gone ahead"
)

SESSION_ONLY = words(
    "order|ordered|orders|tracking|ticket|invoice|receipt|purchase|purchased|bought|asked about|"
    "refund|delivery|package|parcel|reference|booking|case number|confirmation number|"
    "right now|at the moment|today|this morning|tonight"
)

EPISODE_TEMPLATE = "The customer raised: “{topic}”.{action} Outcome: {outcome}."
ACTION_TEMPLATE = " The agent: “{action}”."
ROLLING_TEMPLATE = "On {date} they got in touch about {topic}; {outcome}."

OUTCOMES = {
    "resolved": "resolved",
    "open": "still open",
    "escalated": "escalated to a person",
    "answered": "answered",
}

ROLLING_OUTCOMES = {
    "resolved": "it was resolved",
    "open": "it was still open at the end",
    "escalated": "they asked for a person",
    "answered": "their question was answered",
}
