"""Example payloads for the OpenAPI documentation (seed 000's and 002's examples)."""

from __future__ import annotations

AGENT_ID = "agent_01jd0v6k3m8x2q4r5s6t7u8v9w"
CUSTOMER_ID = "cust_01jd0v7a8b9c0d1e2f3g4h5j6k"
CONVERSATION_ID = "conv_01jd0v7a8b9c0d1e2f3g4h5j6m"
CURSOR = "WyIyMDI2LTAzLTEyVDEwOjA1OjAwKzAwOjAwIiw0Ml0"

CUSTOMER = {
    "id": CUSTOMER_ID,
    "name": "Nguyen Van A",
    "phone": "+84912345678",
    "email": "customer@example.com",
    "channels": ["whatsapp"],
    "channelIdentifier": "+84912345678",
    "trustScore": 0.8,
    "churnRisk": 0.2,
    "relationshipStage": "established",
    "totalConversations": 5,
    "firstContactAt": "2026-02-01T00:00:00Z",
    "lastMessageAt": "2026-03-12T10:05:00Z",
}

SEARCH_RESULT = {
    "id": CUSTOMER_ID,
    "name": "Nguyen Van A",
    "phone": "+84912345678",
    "email": "customer@example.com",
    "channels": ["whatsapp"],
    "lastMessageAt": "2026-03-12T10:05:00Z",
}

FACT = {
    "id": "fact_01jd0v8c2d3e4f5g6h7j8k9m0n",
    "agentId": AGENT_ID,
    "key": "occupation",
    "value": "Nurse",
    "confidence": "high",
    "source": "ai",
    "previousValue": None,
    "sourceConversationId": CONVERSATION_ID,
    "createdAt": "2026-03-01T00:10:00Z",
    "updatedAt": "2026-03-01T00:10:00Z",
}

NOTE = {
    "id": "note_01jd0v8c2d3e4f5g6h7j8k9m0p",
    "text": "VIP customer: call back before noon.",
    "author": "API key WhatsApp bridge (cm_live_ab…)",
    "createdAt": "2026-03-02T09:00:00Z",
}

EPISODES = [
    {
        "id": "ep_01jd0v9d3e4f5g6h7j8k9m0n1p",
        "agentId": AGENT_ID,
        "summary": "Customer purchased polo shirt, found defect in seam, requested exchange",
        "conversationId": CONVERSATION_ID,
        "createdAt": "2026-03-01T00:00:00Z",
    }
]

CUSTOMER_DETAIL = {
    "id": CUSTOMER_ID,
    "name": "Nguyen Van A",
    "phone": "+84912345678",
    "email": "customer@example.com",
    "channels": ["whatsapp"],
    "channelIdentifier": "+84912345678",
    "language": "vi",
    "timezone": "Asia/Ho_Chi_Minh",
    "memory": {
        "l1_identity": {
            "name": "Nguyen Van A",
            "phone": "+84912345678",
            "email": "customer@example.com",
            "channels": ["whatsapp"],
            "language": "vi",
            "timezone": "Asia/Ho_Chi_Minh",
        },
        "l2_history": {
            "firstContact": "2026-02-01T00:00:00Z",
            "totalConversations": 5,
            "trustScore": 0.8,
            "churnRisk": 0.2,
            "relationshipStage": "established",
        },
        "l3_episodes": EPISODES,
        "l4_prefs_mood": {
            "tonePref": "friendly",
            "openIssues": ["defective polo shirt"],
            "personalDetails": "Prefers quick responses, impatient",
            "lastMood": "frustrated",
            "lastMoodAt": "2026-03-12T10:00:00Z",
        },
        "facts": [FACT],
        "summaries": [
            {
                "agentId": AGENT_ID,
                "summary": "The customer bought a polo shirt with a torn seam and asked for an exchange.",
                "updatedAt": "2026-03-12T10:20:00Z",
            }
        ],
    },
    "createdAt": "2026-02-01T00:00:00Z",
    "updatedAt": "2026-03-12T10:05:00Z",
}

CONTEXT = {
    "contact": {
        "id": CUSTOMER_ID,
        "name": "Nguyen Van A",
        "displayName": "Nguyen Van A",
        "channel": "whatsapp",
        "channels": ["whatsapp"],
        "phone": "+84912345678",
        "email": None,
        "language": "vi",
        "timezone": "Asia/Ho_Chi_Minh",
    },
    "state": {
        "mood": "frustrated",
        "moodConfidence": 0.9,
        "lastMoodAt": "2026-03-12T10:00:00Z",
        "relationshipStage": "building",
        "trustScore": 0.8,
        "churnRisk": 0.15,
        "totalConversations": 3,
        "daysSinceLastContact": 2.5,
        "toneHint": "Be patient, acknowledge difficulty, offer concrete solutions. No cheerful emojis.",
        "energy": "high",
        "activeStreak": 2,
    },
    "memories": [
        {
            "id": FACT["id"],
            "memoryType": "fact",
            "key": "occupation",
            "value": "Nurse",
            "confidence": "high",
            "source": "ai",
            "content": "Occupation: Nurse",
            "updatedAt": "2026-03-01T00:10:00Z",
        }
    ],
    "entities": [{"entityType": "pet", "displayName": "Bruno", "metadata": {"species": "dog"}}],
    "episodes": [
        {
            "id": EPISODES[0]["id"],
            "summary": EPISODES[0]["summary"],
            "conversationId": CONVERSATION_ID,
            "createdAt": "2026-03-01T00:00:00Z",
            "score": 0.71,
        }
    ],
    "conversationHistory": [],
    "notes": [NOTE],
    "returning": {
        "lastConversationAt": "2026-03-01T00:25:00Z",
        "topic": "Asked to exchange a polo shirt with a torn seam.",
        "suggestedLine": "Bạn muốn tiếp tục từ chỗ chúng ta dừng lại hay bắt đầu lại từ đầu?",
    },
    "summary": "The customer bought a polo shirt with a torn seam and asked for an exchange.",
    "context_text": "## Returning Customer — Remembered Facts\nContact: Nguyen Van A (whatsapp)\n"
    "Last mood: frustrated. Be patient, acknowledge difficulty, offer concrete solutions. No cheerful emojis.\n"
    "Apply these facts automatically; don't ask the customer to repeat them.\n- Occupation: Nurse\n\n"
    "## Welcome Back\nLast conversation on 01 Mar 2026 about: Asked to exchange a polo shirt with a torn seam.\n"
    "Ask first: Bạn muốn tiếp tục từ chỗ chúng ta dừng lại hay bắt đầu lại từ đầu?\n\n"
    "## Staff Notes\n- 02 Mar 2026: VIP customer: call back before noon.",
    "memory_budget": 500,
    "relationshipStage": "building",
    "toneHint": "Be patient, acknowledge difficulty, offer concrete solutions. No cheerful emojis.",
    "injected": True,
}

AGENT = {
    "id": AGENT_ID,
    "name": "Support",
    "memoryEnabled": True,
    "memoryRetentionDays": 0,
    "conversationHistoryEnabled": False,
    "conversationHistoryMaxMessages": 20,
    "knowledgeRetentionDays": 180,
    "knowledgeMinCustomers": 3,
    "createdAt": "2026-01-15T09:00:00Z",
    "updatedAt": "2026-03-01T12:00:00Z",
}

WEBHOOK = {
    "id": "wh_01jd0v8c2d3e4f5g6h7j8k9m0q",
    "url": "https://hooks.example.com/memory",
    "events": ["memory.updated"],
    "description": "CRM sync",
    "isActive": True,
    "createdAt": "2026-03-01T00:00:00Z",
}

MEMORY_STATUS_PENDING = {"status": "pending", "reason": None, "attempts": 0, "nextAttemptAt": None}

KNOWLEDGE_ENTRY = {
    "id": "kn_01jd0v8c2d3e4f5g6h7j8k9m0r",
    "title": "App crashes on upload",
    "problem": "The app crashes when a photo is uploaded.",
    "resolution": "Clear the upload cache in Settings, then upload again.",
    "tags": ["app", "upload"],
    "source": "staff",
    "status": "approved",
    "supportCount": 0,
    "helpedCount": 12,
    "notHelpedCount": 1,
    "lastConfirmedAt": "2026-03-01T12:00:00Z",
    "createdAt": "2026-03-01T12:00:00Z",
    "updatedAt": "2026-03-01T12:00:00Z",
}

KNOWLEDGE_ENTRY_DETAIL = {
    **KNOWLEDGE_ENTRY,
    "versions": [
        {
            "number": 1,
            "change": "created",
            "author": "API key Support bot (cm_live_ab…)",
            "title": "App crashes on upload",
            "problem": "The app crashes when a photo is uploaded.",
            "resolution": "Clear the upload cache in Settings, then upload again.",
            "tags": ["app", "upload"],
            "status": "approved",
            "createdAt": "2026-03-01T12:00:00Z",
        }
    ],
}
