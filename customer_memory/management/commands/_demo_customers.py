"""Demo content: the customers of Lumen Home, a smart-home company, and their chats with its agents.

Deterministic (a seeded random generator), so `manage.py demo` can run again
and find every message by its id instead of duplicating people. Customers
mention who they are the way people do in support chats (their name, city,
job, family, pets, how they like to be answered), so the extractor has
something real to learn; a few one-line chats show extraction being skipped.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from conversations.models import ChannelType

SUPPORT = "Support"
SALES = "Sales"

FIRST_NAMES = [
    "Maria", "James", "Aisha", "Tom", "Priya", "Daniel", "Sofia", "Liam", "Chloe", "Mateo", "Hannah", "Kwame",
    "Emma", "Noah", "Yuki", "Oliver", "Fatima", "Lucas", "Grace", "Arjun", "Isabella", "Ethan", "Zara", "Samuel",
    "Mia", "Jonas", "Amara", "Ben", "Leila", "Ryan", "Nina", "Omar", "Ava", "Felix", "Chen", "Rosa", "Harry",
    "Ingrid", "Diego", "Megan", "Tariq", "Eleanor", "Kofi", "Lucy", "Marco", "Sarah", "Raj", "Olivia", "Patrick",
    "Hana", "Connor", "Elif", "Jack", "Ana", "Theo", "Nadia", "Sean", "Julia", "Adam", "Keiko",
]  # fmt: skip
LAST_NAMES = [
    "Lopez", "Okafor", "Patel", "Murphy", "Schmidt", "Nguyen", "Kowalski", "Brown", "Haddad", "Rossi", "Walsh",
    "Tanaka", "Silva", "Andersen", "Mensah", "Clarke", "Rahman", "Dubois", "Fischer", "O'Brien", "Kim", "Novak",
    "Campbell", "Santos", "Bauer", "Ahmed", "Jensen", "Moreau", "Evans", "Garcia", "Singh", "Müller", "Byrne",
    "Costa", "Hughes", "Ibrahim", "Larsen", "Wright", "Yilmaz", "Reid",
]  # fmt: skip
# (city, country calling code, national mobile prefix, digits after the prefix)
CITIES = [
    ("London", "44", "7700", 6), ("Manchester", "44", "7700", 6), ("Leeds", "44", "7700", 6),
    ("Bristol", "44", "7700", 6), ("Edinburgh", "44", "7700", 6), ("Glasgow", "44", "7700", 6),
    ("Cardiff", "44", "7700", 6), ("Brighton", "44", "7700", 6), ("Dublin", "353", "85", 7),
    ("Cork", "353", "87", 7), ("Austin", "1", "512555", 4), ("Denver", "1", "303555", 4),
    ("Portland", "1", "503555", 4), ("Chicago", "1", "312555", 4), ("Boston", "1", "617555", 4),
    ("Seattle", "1", "206555", 4), ("Toronto", "1", "416555", 4), ("Vancouver", "1", "604555", 4),
    ("Sydney", "61", "412", 6), ("Melbourne", "61", "413", 6), ("Auckland", "64", "21", 7),
]  # fmt: skip
# Phrased the way the rules extractor reads an occupation ("I work as a …", "I'm a …").
OCCUPATIONS = [
    "nurse", "teacher", "software engineer", "graphic designer", "accountant", "chef", "electrician",
    "photographer", "pharmacist", "architect", "journalist", "physiotherapist", "student", "lawyer", "paramedic",
    "project manager", "data scientist", "veterinarian", "hairdresser", "firefighter", "translator", "midwife",
    "police officer", "social worker", "web developer", "baker", "consultant", "researcher",
]  # fmt: skip
EMPLOYERS = {
    "nurse": "St Mary's Hospital", "teacher": "Riverside Primary", "software engineer": "a fintech startup",
    "pharmacist": "Boots", "paramedic": "the ambulance service", "journalist": "the Evening Post",
    "researcher": "the university", "accountant": "Harper & Lane", "police officer": "the city police",
}  # fmt: skip
NIGHT_SHIFTS = {"nurse", "paramedic", "firefighter", "police officer", "midwife"}
PETS = [
    ("dog", "Bruno"), ("dog", "Biscuit"), ("cat", "Miso"), ("dog", "Luna"), ("cat", "Pepper"), ("dog", "Max"),
    ("cat", "Whiskers"), ("parrot", "Kiwi"), ("rabbit", "Clover"), ("dog", "Rocky"), ("cat", "Tofu"),
]  # fmt: skip
PARTNERS = ["wife", "husband", "partner"]
PARTNER_NAMES = ["Sarah", "David", "Anna", "Michael", "Laura", "Chris", "Emily", "Mark", "Ruth", "Paul", "Jess"]
KIDS = ["a daughter", "a son", "two kids", "three kids", "two daughters"]
HOBBIES = [
    "hiking at the weekend", "baking sourdough", "playing chess online", "gardening", "cycling to work",
    "watching football", "playing the piano", "running half marathons", "reading crime novels", "yoga",
]  # fmt: skip
# Standing instructions and preferences (seed 004's "keep answers short", "always confirm before sending").
PREFERENCES = {
    "short": "Please keep answers short, I'm usually reading on my phone.",
    "confirm": "Always confirm with me before you book or send anything.",
    "email": "Please contact me by email, I can't take calls at work.",
    "detailed": "I prefer detailed answers so I understand what's going on.",
    "mornings": "I prefer morning appointments if anyone needs to come round.",
    "text": "Text me rather than calling, please.",
    "casual": "No need to be so formal, you can keep it casual.",
}
DEVICES = ["mesh router", "indoor camera", "video doorbell", "smart thermostat", "outdoor camera", "smart plug"]

ChatLines = list[tuple[str, str]]


@dataclass
class DemoConversation:
    key: str
    agent: str
    started_ago: timedelta
    lines: ChatLines
    # Seconds from the start of the conversation to each line.
    offsets: list[int] = field(default_factory=list)
    leave_open: bool = False


@dataclass
class DemoPerson:
    key: str
    channel_type: str
    channel_identifier: str
    first_name: str
    last_name: str
    city: str
    occupation: str
    pet: tuple[str, str] | None
    partner: tuple[str, str] | None
    kids: str
    hobby: str
    preference: str
    device: str
    # What the channel itself tells (WhatsApp and Facebook profile names) and
    # what a web form captured.
    profile_name: str = ""
    form: dict[str, str] = field(default_factory=dict)
    conversations: list[DemoConversation] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def email(self) -> str:
        return f"{self.first_name}.{self.last_name}".lower().replace("'", "").replace("ü", "u") + "@example.com"


def _phone(rng: random.Random, city: str) -> str:
    _, code, prefix, digits = next(c for c in CITIES if c[0] == city)
    return f"+{code}{prefix}{rng.randrange(10 ** (digits - 1), 10**digits)}"


def _identifier(rng: random.Random, channel: str, city: str) -> str:
    if channel in (ChannelType.WHATSAPP, ChannelType.VOICE):
        return _phone(rng, city)
    if channel == ChannelType.FACEBOOK:
        return str(rng.randrange(10**15, 10**16))
    return "web_" + "".join(rng.choice("0123456789abcdef") for _ in range(16))


# --- What customers say about themselves -----------------------------------------------------------


def _introduction(p: DemoPerson, rng: random.Random) -> str:
    return rng.choice(
        [
            f"My name is {p.full_name}.",
            f"My name is {p.full_name}, the account is in my name.",
            f"I'm {p.first_name}, by the way.",
            f"My name's {p.first_name} {p.last_name}.",
        ]
    )


def _with_intro(text: str, p: DemoPerson, rng: random.Random, first: bool) -> str:
    """The problem first, then who is writing (the first time this agent hears from them)."""
    return f"{text} {_introduction(p, rng)}" if first else text


def _about_home(p: DemoPerson, rng: random.Random) -> str:
    sentence = f"I live in {p.city}"
    if p.partner:
        sentence += f" with my {p.partner[0]} {p.partner[1]}"
    sentence += "."
    if p.kids:
        sentence += f" We have {p.kids}, so the internet matters a lot in our house."
    return sentence


def _about_work(p: DemoPerson, rng: random.Random) -> str:
    if p.occupation == "student":
        return "I'm a student, so I'm home most afternoons."
    article = "an" if p.occupation[0] in "aeiou" else "a"
    if employer := EMPLOYERS.get(p.occupation):
        sentence = f"I work as {article} {p.occupation} at {employer}."
    else:
        sentence = rng.choice([f"I work as {article} {p.occupation}.", f"I'm {article} {p.occupation}."])
    if p.occupation in NIGHT_SHIFTS:
        sentence += " I usually work night shifts, so I sleep during the day."
    return sentence


def _about_pet(p: DemoPerson, rng: random.Random) -> str:
    if not p.pet:
        return ""
    species, name = p.pet
    return rng.choice(
        [
            f"My {species} {name} keeps setting off the motion alerts, it's a running joke here.",
            f"Sorry for the slow reply, I was out with my {species} {name}.",
            f"Our {species} {name} chewed through a cable last month, so that's been fun.",
        ]
    )


def _thanks(rng: random.Random) -> str:
    return rng.choice(["That fixed it, thanks!", "It's working now, thank you.", "All sorted, thanks for the help."])


# --- Support chats -----------------------------------------------------------------------------------

Chat = Callable[[DemoPerson, random.Random, bool], ChatLines]


def _support_camera_offline(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    lines: ChatLines = [
        (
            "customer",
            _with_intro("Hi, there's a problem with my indoor camera: it goes offline every evening.", p, rng, first),
        ),
        ("agent", f"Sorry about that{', ' + p.first_name if first else ''}. Does the status light blink orange?"),
        ("customer", f"Yes, orange, and then it reconnects after ten minutes or so. {_about_pet(p, rng)}"),
        (
            "agent",
            "That pattern usually means a weak Wi-Fi signal at that spot. Could you move the camera closer to the "
            "router, or add a mesh point in that room?",
        ),
    ]
    if first:
        lines.append(("customer", f"{_about_home(p, rng)} The camera is in the back room, far from the router."))
        lines.append(("agent", "A mesh point in the hallway would cover the back room. I'll send you a setup guide."))
    if rng.random() < 0.7:
        lines.append(("customer", "I moved it next to the hallway. " + _thanks(rng)))
        lines.append(("agent", "Great to hear. I'll keep an eye on the connection log for a few days."))
    else:
        lines.append(("customer", "I tried that and it's still not working. This is really frustrating."))
        lines.append(("agent", "I understand. I've opened a case with our hardware team; they'll contact you."))
    return lines


def _support_double_charge(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    lines: ChatLines = [
        ("customer", _with_intro("Hello, I was charged twice for my Plus subscription this month.", p, rng, first)),
        ("agent", "I'm sorry about that. Which email address is the subscription under?"),
        ("customer", f"{p.email}. {PREFERENCES[p.preference]}"),
        (
            "agent",
            "Thanks. I can see two payments on the 1st; the second was a retry that shouldn't have gone through. "
            "The duplicate payment has been refunded; it takes 3 to 5 working days to show.",
        ),
    ]
    if first:
        lines.append(("customer", f"Ok. {_about_work(p, rng)} So email is easier than calls during the day."))
        lines.append(("agent", "Noted, thank you. Is there anything else I can help with?"))
    lines.append(("customer", rng.choice(["That's great, thank you.", "Perfect, thanks for sorting it so quickly."])))
    return lines


def _support_login(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    lines: ChatLines = [
        (
            "customer",
            _with_intro(
                "I can't log in to the app, it says my login details are wrong but I'm sure they aren't.", p, rng, first
            ),
        ),
        ("agent", "Let's get you back in. Did you recently change phones or reinstall the app?"),
        ("customer", "I got a new phone last week. " + (_about_work(p, rng) if first else "")),
        (
            "agent",
            "That explains it: a new phone has to be verified. I've sent a link to the email on your account. "
            "Please don't share the code with anyone, including us.",
        ),
        ("customer", "Got it, I'm in now, that worked. Thanks!"),
    ]
    if rng.random() < 0.5:
        lines.append(("customer", PREFERENCES[p.preference]))
        lines.append(("agent", "Noted for next time."))
    return lines


def _support_thermostat(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    night = p.occupation in NIGHT_SHIFTS
    lines: ChatLines = [
        (
            "customer",
            _with_intro(
                "There's a problem with the smart thermostat: it ignores my schedule and heats the house at 3am.",
                p,
                rng,
                first,
            ),
        ),
        ("agent", "That's annoying. Which schedule mode is it in: Home, Away or Eco?"),
        (
            "customer",
            "Home. "
            + (
                "I work nights, so I actually want it warm in the morning when I get home."
                if night
                else "We're all asleep at 3am so it's just wasting energy."
            ),
        ),
        (
            "agent",
            "The schedule was probably left on the default profile after the last update. I've reset it; you can "
            "check it under Climate > Schedule.",
        ),
    ]
    if first:
        lines.append(("customer", _about_home(p, rng)))
        lines.append(("agent", "Thanks, that helps me set sensible defaults for the rooms."))
    lines.append(("customer", _thanks(rng)))
    return lines


def _support_doorbell(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    lines: ChatLines = [
        (
            "customer",
            _with_intro(
                "There's a problem with my video doorbell: the battery dies after three days, it used to last a month.",
                p,
                rng,
                first,
            ),
        ),
        ("agent", "That's much shorter than it should be. Do you have motion alerts on for the street?"),
        ("customer", f"Yes, everything is on. {_about_pet(p, rng)}"),
        (
            "agent",
            "Every motion event wakes the doorbell up. If you draw a motion zone that leaves out the pavement, the "
            "battery should last weeks again.",
        ),
    ]
    if rng.random() < 0.3:
        lines.append(
            ("customer", "This is the third time I've asked about this, it's ridiculous. I want to speak to a manager.")
        )
        lines.append(("agent", "I'm sorry it's taken so long. I've escalated this to my team lead, who will call you."))
    else:
        lines.append(("customer", f"Ok, I'll try the motion zone tonight. {PREFERENCES[p.preference]}"))
        lines.append(("agent", "Sounds good. Let us know how the battery looks in a few days."))
    return lines


def _support_parental(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    p.kids = p.kids or rng.choice(KIDS)
    lines: ChatLines = [
        (
            "customer",
            _with_intro(
                f"How do I set bedtime limits for the tablets on our mesh router? We have {p.kids}.",
                p,
                rng,
                first,
            ),
        ),
        ("agent", "You can do it per device: in the app, open Family > Schedules and add the tablets to a profile."),
        ("customer", "Can I let homework sites through after the limit?"),
        ("agent", "Yes, add them under Allowed sites in the same profile; they stay reachable after bedtime."),
        ("customer", rng.choice(["Perfect, that's exactly what I needed.", "Great, thanks, that's really helpful."])),
    ]
    if first:
        lines.insert(3, ("customer", _about_work(p, rng)))
    return lines


def _support_outage(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    return [
        (
            "customer",
            _with_intro(
                "My cameras stopped working yesterday, nothing has recorded since. Is something down?", p, rng, first
            ),
        ),
        (
            "agent",
            "Yes, sorry: a cloud storage outage affected recordings in some regions overnight. It's fixed now and "
            "new clips are saving again.",
        ),
        ("customer", f"That's not great, I rely on them when I'm away. {PREFERENCES[p.preference]}"),
        ("agent", "Understood. We've credited one month of your subscription as an apology."),
        ("customer", rng.choice(["Ok, thanks for being upfront about it.", "Fine. Thanks for the credit."])),
    ]


def _support_moving(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    new_city = rng.choice([city for city, *_ in CITIES if city != p.city])
    partner = f" My {p.partner[0]} {p.partner[1]} packed everything in one box." if p.partner else ""
    p.city = new_city
    return [
        ("customer", f"Hi! We just moved to {new_city} and I need to set everything up again at the new place."),
        ("agent", "Congratulations on the move! Are you bringing the same devices with you?"),
        ("customer", f"Yes, the {p.device} and two cameras.{partner}"),
        (
            "agent",
            "Then open the app, go to Home > Change address and run the Wi-Fi setup again for each device. Your "
            "recordings and settings stay as they are.",
        ),
        ("customer", PREFERENCES[p.preference]),
        ("agent", "Of course. I've updated the address on your account as well."),
        ("customer", "Everything is working now, thanks a lot."),
    ]


def _support_quick_question(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    """A one-message chat: nothing to learn, so extraction is skipped."""
    question, answer = rng.choice(
        [
            ("Do the outdoor cameras work in the snow?", "Yes, they're rated from -20°C to 50°C."),
            ("What's the phone number for billing?", "It's 0800 123 456, Monday to Friday, 9am to 6pm."),
            ("Is the app down right now?", "No incidents at the moment; try closing and reopening the app."),
            (
                "Can I use the doorbell without a subscription?",
                "Yes: live view and alerts are free; recordings need Plus.",
            ),
        ]
    )
    return [("customer", question), ("agent", answer)]


SUPPORT_CHATS: list[Chat] = [
    _support_camera_offline,
    _support_double_charge,
    _support_login,
    _support_thermostat,
    _support_doorbell,
    _support_parental,
    _support_outage,
]


# --- Sales chats --------------------------------------------------------------------------------------


def _sales_upgrade(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    return [
        ("customer", _with_intro("What's the difference between the Plus and Pro plans?", p, rng, first)),
        ("agent", "Pro keeps 60 days of video instead of 30, adds person detection and covers unlimited cameras."),
        ("customer", f"{_about_work(p, rng)} I'm away a lot, so the longer history sounds useful."),
        ("agent", "Then Pro fits well. I can switch you today; the price difference is prorated."),
        ("customer", PREFERENCES[p.preference]),
        ("agent", "Of course. I'll send the details first and only switch once you confirm."),
        ("customer", "Great, send them over, thanks."),
    ]


def _sales_business(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    business = rng.choice(["bakery", "café", "salon", "studio", "shop"])
    name = rng.choice(["Sweet Dreams", "Corner House", "Little Fox", "Bluebell", "North Star"])
    return [
        ("customer", f"Hi, I run a small {business} called {name} in {p.city} and I'm looking at cameras for it."),
        ("agent", "Happy to help. How many entrances are there, and how big is the space?"),
        ("customer", "One entrance, a back door and the till area. Maybe 60 square metres."),
        ("agent", "Three outdoor-rated cameras and the Business plan would cover it, with 90 days of history."),
        ("customer", f"What does that cost per month? {PREFERENCES[p.preference]}"),
        ("agent", "€24 a month for up to five cameras, and the first month is free."),
        ("customer", "Sounds good, I'll think about it over the weekend. Thanks!"),
    ]


def _sales_new_home(p: DemoPerson, rng: random.Random, first: bool) -> ChatLines:
    lines: ChatLines = [
        ("customer", "We're renovating and want to add cameras and a thermostat to the new extension."),
        ("agent", "Nice! Is the extension covered by your current Wi-Fi, or would you need another mesh point?"),
        ("customer", f"Probably another mesh point, the walls are thick. {_about_pet(p, rng)}"),
        ("agent", "Then the Home bundle is the best value: one mesh point, two cameras and a thermostat."),
        ("customer", f"I love the idea of having it all in one app. {PREFERENCES[p.preference]}"),
        ("agent", "Understood. I've put together a quote and emailed it to you."),
    ]
    if first:
        lines.insert(1, ("customer", f"{_introduction(p, rng)} {_about_home(p, rng)}"))
    return lines


SALES_CHATS: list[Chat] = [_sales_upgrade, _sales_business, _sales_new_home]


# --- People ----------------------------------------------------------------------------------------

CHANNEL_WEIGHTS = [
    (ChannelType.WHATSAPP, 35),
    (ChannelType.WEB, 30),
    (ChannelType.VOICE, 20),
    (ChannelType.FACEBOOK, 15),
]
# People who also reach Lumen Home on a second channel: one human, two people (seed 004).
SECOND_CHANNEL_SHARE = 0.04
OPEN_CONVERSATIONS = 6


def _persona(rng: random.Random, key: str, channel: str) -> DemoPerson:
    city = rng.choice(CITIES)[0]
    first_name, last_name = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    person = DemoPerson(
        key=key,
        channel_type=channel,
        channel_identifier=_identifier(rng, channel, city),
        first_name=first_name,
        last_name=last_name,
        city=city,
        occupation=rng.choice(OCCUPATIONS),
        pet=rng.choice(PETS) if rng.random() < 0.45 else None,
        partner=(rng.choice(PARTNERS), rng.choice(PARTNER_NAMES)) if rng.random() < 0.5 else None,
        kids=rng.choice(KIDS) if rng.random() < 0.4 else "",
        hobby=rng.choice(HOBBIES),
        preference=rng.choice(list(PREFERENCES)),
        device=rng.choice(DEVICES),
    )
    if channel in (ChannelType.WHATSAPP, ChannelType.FACEBOOK):
        person.profile_name = person.full_name if rng.random() < 0.7 else first_name
    elif channel == ChannelType.WEB and rng.random() < 0.35:
        person.form = {"name": person.full_name, "email": person.email}
    return person


def _conversations(person: DemoPerson, rng: random.Random) -> list[DemoConversation]:
    count = rng.choices([1, 2, 3, 4], weights=[30, 35, 25, 10])[0]
    chats: list[tuple[str, Chat]] = []
    # Different issues each time, the way a real customer's history looks.
    for chat in rng.sample(SUPPORT_CHATS, count):
        chats.append((SUPPORT, _support_quick_question if rng.random() < 0.06 else chat))
    if rng.random() < 0.25:
        chats.insert(rng.randrange(len(chats) + 1), (SALES, rng.choice(SALES_CHATS)))
    if count >= 2 and rng.random() < 0.15:
        chats.insert(1, (SUPPORT, _support_moving))
    days = sorted((rng.uniform(1, 150) for _ in chats), reverse=True)
    conversations = []
    introduced: set[str] = set()
    for index, ((agent, chat), days_ago) in enumerate(zip(chats, days, strict=True)):
        lines = [(role, text.strip()) for role, text in chat(person, rng, agent not in introduced) if text.strip()]
        introduced.add(agent)
        offsets = [0]
        for _ in lines[1:]:
            offsets.append(offsets[-1] + rng.randrange(20, 150))
        conversations.append(
            DemoConversation(
                key=f"{person.key}-c{index}",
                agent=agent,
                started_ago=timedelta(days=days_ago),
                lines=lines,
                offsets=offsets,
            )
        )
    return conversations


def build_people(count: int = 240, *, seed: int = 2026) -> list[DemoPerson]:
    """`count` people (plus a few second-channel twins), each with their conversations, oldest first."""
    rng = random.Random(seed)
    channels = [channel for channel, weight in CHANNEL_WEIGHTS for _ in range(weight)]
    people = []
    for index in range(count):
        person = _persona(rng, f"p{index:04d}", rng.choice(channels))
        person.conversations = _conversations(person, rng)
        people.append(person)
        if rng.random() < SECOND_CHANNEL_SHARE:
            other_channel = ChannelType.WEB if person.channel_type != ChannelType.WEB else ChannelType.WHATSAPP
            twin = _persona(rng, f"p{index:04d}b", other_channel)
            for name in ("first_name", "last_name", "city", "occupation", "pet", "partner", "kids", "preference"):
                setattr(twin, name, getattr(person, name))
            twin.channel_identifier = _identifier(rng, other_channel, person.city)
            if twin.profile_name:
                twin.profile_name = twin.full_name
            if twin.form:
                twin.form = {"name": twin.full_name, "email": twin.email}
            twin.conversations = _conversations(twin, rng)
            people.append(twin)
    # A few chats still going on: the idle-close schedule closes them 15 minutes after their last message.
    for person in rng.sample(people, min(OPEN_CONVERSATIONS, len(people))):
        last = person.conversations[-1]
        last.started_ago = timedelta(seconds=last.offsets[-1], minutes=rng.uniform(2, 6))
        last.leave_open = True
    return people
