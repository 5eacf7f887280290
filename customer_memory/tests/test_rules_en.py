"""The English language pack: each pattern family with one thing it must find and one look-alike it must not.

Plain functions, no database: the rules extractor is pure.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from customer_memory.extraction import ExtractionInput, RulesExtractor, TranscriptLine
from customer_memory.extraction.rules.languages import en


def facts(*customer: str) -> dict[str, str]:
    result = RulesExtractor().extract(ExtractionInput(lines=[TranscriptLine("customer", t) for t in customer]))
    return {f.key: f.value for f in result.facts}


def extract(*customer: str, agent: tuple[str, ...] = (), when: datetime | None = None):
    lines = [TranscriptLine("customer", t) for t in customer] + [TranscriptLine("agent", t) for t in agent]
    return RulesExtractor().extract(ExtractionInput(lines=lines, when=when))


# --- Positive: what each family finds ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "key", "value"),
    [
        # name: every usual self-introduction
        ("Good evening, this is Bernard Okafor calling about my gas bill.", "name", "Bernard Okafor"),
        ("Morning, Helen Marsh speaking.", "name", "Helen Marsh"),
        ("Hiya, Priyanka here - Priyanka Desai, I rang yesterday.", "name", "Priyanka Desai"),
        ("Hello, Oliver Brandt again. The router is still dropping.", "name", "Oliver Brandt"),
        ("Hey, Tomasz Nowak. My card keeps getting declined.", "name", "Tomasz Nowak"),
        ("Wendy Adeyemi. I'm the account holder.", "name", "Wendy Adeyemi"),
        ("the name's bilal", "name", "Bilal"),
        ("We got married in May so it's Laura Fenwick now.", "name", "Laura Fenwick"),
        ("My name is now Laura Fenwick.", "name", "Laura Fenwick"),
        # age: digits and words
        ("I'm 67 so this is all new to me.", "age", "67"),
        ("I'm ninety-one years old, dear.", "age", "91"),
        ("I just turned forty last week.", "age", "40"),
        # location, moves, hometown
        ("I'm in Norwich now if that helps.", "location", "Norwich"),
        ("We live just outside Harrogate.", "location", "Harrogate"),
        ("Finally moved into a new flat in Walthamstow, so the address is wrong.", "location", "Walthamstow"),
        ("the depot here in Swindon keeps losing things", "location", "Swindon"),
        ("I was born and raised in Belfast.", "hometown", "Belfast"),
        # family with a name, in apposition and after
        ("My husband, Idris, set up the account.", "spouse", "Idris (husband)"),
        ("Fatima, my granddaughter, showed me the app.", "granddaughter", "Fatima (granddaughter)"),
        ("I'm a widower, my Joan passed last spring.", "spouse", "Joan (widower)"),
        ("I'm a single dad with four kids.", "children", "four kids"),
        ("I'm divorced.", "marital_status", "divorced"),
        # pets
        ("We have a border collie called Pip who barks at the courier.", "pet", "Pip (border collie)"),
        ("Our cat, Marmalade, knocked the hub off the shelf.", "pet", "Marmalade (cat)"),
        ("Nibbles is my guinea pig.", "pet", "Nibbles (guinea pig)"),
        # occupation and employer
        ("I'm a healthcare assistant so I'm on shifts.", "occupation", "healthcare assistant"),
        ("I'm a crane operator at the Felixstowe docks.", "occupation", "crane operator"),
        ("I'm a pharmacist at Boots in town.", "employer", "Boots"),
        ("Quit the bank in June and joined Barclays as an analyst.", "employer", "Barclays"),
        ("Changed jobs, I'm now with Ocado.", "employer", "Ocado"),
        # instructions, one key each
        ("Can you take it slowly with me, please?", "instruction_pace", "Take it slowly"),
        ("Keep the replies brief, I read them on my phone.", "response_length", "short"),
        ("I'd like the full technical explanation, not the script.", "response_length", "detailed"),
        (
            "Always ask me before you renew anything.",
            "confirm_before_acting",
            "Always ask me before you renew anything",
        ),
        ("Could you email me rather than phone? I'm in meetings.", "preferred_contact_channel", "email"),
        ("Whatsapp works best for me.", "preferred_contact_channel", "WhatsApp"),
        ("Please don't ring me after 8pm.", "contact_hours", "Please don't ring me after 8pm"),
        ("If there's someone who speaks Portuguese that would help.", "preferred_language", "Portuguese"),
        ("Please stay formal with me.", "tone_preference", "formal"),
        # preferences
        ("I always ask for an aisle seat.", "preferences", "aisle seat"),
        (
            "Please always leave deliveries behind the green bin.",
            "preferences",
            "Always leave deliveries behind the green bin",
        ),
        ("No substitutions please, ever.", "preferences", "No substitutions"),
        ("I take a size 14 in most brands.", "preferences", "size 14"),
        ("I'm lactose intolerant.", "dietary", "lactose intolerant"),
        ("He has a sesame allergy, my son.", "allergies", "sesame"),
        ("I work weekends so Saturdays are no good.", "habit", "work weekends"),
        ("I top up my meter every week on the Monday.", "habit", "top up my meter every week"),
        # accessibility, device, plan
        ("I'm partially sighted.", "accessibility", "I'm partially sighted"),
        ("My tablet is a Lenovo Tab M10.", "device", "Lenovo Tab M10"),
        ("It's a Hisense 50 inch, bought two years ago.", "device", "Hisense 50"),
        ("We're on the Family Saver bundle.", "plan", "Family Saver bundle"),
        ("I'm on Standard with ads.", "plan", "Standard"),
        ("I just hit Platinum status this month.", "plan", "Platinum status"),
        ("Pro plan, billed yearly.", "plan", "Pro plan"),
        # later additions: sign-offs, "an 82-year-old", in-laws, a job said with "my job as"
        ("The meter is outside by the gate.\nKind regards, Edith Marsh", "name", "Edith Marsh"),
        ("I'm an 84-year-old widow so please be patient.", "age", "84"),
        ("My mother-in-law, Brenda, lives with us.", "mother_in_law", "Brenda (mother-in-law)"),
        ("My job as a midwife means odd hours.", "occupation", "midwife"),
        ("I live in new york", "location", "New York"),
    ],
)
def test_finds(message, key, value):
    assert facts(message).get(key) == value


# --- Negative: look-alikes that must stay out -------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "key"),
    [
        # name
        ("Hi Sarah, thanks for getting back to me.", "name"),  # the agent's name
        ("Good Morning. My parcel is late.", "name"),
        ("Order Number: 55120, it never came.", "name"),
        ("it's Bluebird!2024 if you need the wifi key", "name"),
        ("I'm having trouble with the app.", "name"),
        # age
        ("I'm 5 minutes from the store.", "age"),
        ("I've been waiting 45 minutes.", "age"),
        # location
        ("I'm in London this week for a conference.", "location"),
        ("I'm in Settings now, which tab?", "location"),
        ("I'm at the airport right now.", "location"),
        ("I was born in 1958.", "hometown"),
        # family
        ("My son-in-law's laptop is broken.", "son"),
        ("My daughter's school sent a letter.", "daughter"),
        # pets
        ("I have a fish allergy.", "pet"),
        ("Is the cat food back in stock?", "pet"),
        # occupation and employer
        ("I'm a customer at your Leeds branch.", "occupation"),
        ("I'm a Gold member at Costco.", "employer"),
        ("I joined the queue an hour ago.", "employer"),
        ("The fault started at Christmas.", "employer"),
        # instructions
        ("Can you slow down the delivery?", "instruction_pace"),
        ("The answer was short and rude.", "response_length"),
        ("The detail on the invoice is wrong.", "response_length"),
        ("I confirmed the booking yesterday.", "confirm_before_acting"),
        ("I got a text from you about my order.", "preferred_contact_channel"),
        ("You called me at 9am today.", "contact_hours"),
        ("Is the manual in Spanish?", "preferred_language"),
        ("The letter was very formal.", "tone_preference"),
        # preferences
        ("I always get an error at checkout.", "preferences"),
        ("I only want my money back.", "preferences"),
        ("I need a size 12 in this one.", "preferences"),
        ("I was charged on the 1st of the month.", "preferences"),
        ("I check the app every day for updates.", "preferences"),
        # accessibility, device, plan
        ("My aunt uses a wheelchair ramp at the shop.", "accessibility"),
        ("Do you have the iPhone 15 in stock?", "device"),
        ("My phone is the problem here.", "device"),
        ("I'm on hold again.", "plan"),
        ("I asked about Premium last week.", "plan"),
        ("My card still says Silver.", "plan"),
        ("What does a Platinum member get?", "plan"),
        ("Premium plan? How much is it?", "plan"),
        ("Yes, it's Amazon Prime.", "name"),
        ("I'm calling from a different number.", "name"),
        ("Thanks Sarah!", "name"),
        ("I got charged every month after I cancelled.", "habit"),
    ],
)
def test_ignores(message, key):
    assert key not in facts(message)


def test_session_only_never_stored():
    stored = facts(
        "Hi, my order 402-7718893 hasn't arrived and ticket TK-558201 says delivered.",
        "I'm at the airport right now, booking ref QX7PLM.",
    )
    assert stored == {}


# --- Corrections, the past, follow-ups ------------------------------------------------------------


def test_actually_corrects_the_value_in_place():
    result = extract("I live in Derby, sorry, actually Nottingham, I keep saying Derby.")
    (location,) = [f for f in result.facts if f.key == "location"]
    assert (location.value, location.previous) == ("Nottingham", "Derby")


def test_used_to_is_history_not_the_present():
    assert "employer" not in facts("I used to work at Argos years ago.")
    stored = facts("I used to live in Bath, but now we live in Frome.")
    assert stored["location"] == "Frome"


def test_a_later_statement_replaces_the_earlier_one():
    result = extract("I'm a Bronze member.", "Great news, I finally made Silver!")
    (plan,) = [f for f in result.facts if f.key == "plan"]
    assert (plan.value, plan.previous) == ("Silver", "Bronze member")


# --- Mood, problem, resolved, summaries ----------------------------------------------------------


def test_mood_problem_and_resolution():
    result = extract(
        "This is ridiculous, my router keeps dropping and I'm fed up.",
        "Oh that fixed it, brilliant!",
    )
    assert result.mood == "frustrated"
    assert result.classification.positive_resolution == 1
    assert result.classification.unresolved_issue == 0


def test_a_problem_left_open_is_an_open_issue():
    result = extract("My boiler display shows an error and it won't turn on.")
    assert result.classification.unresolved_issue == 1
    assert result.open_issues


def test_episode_and_rolling_summary_in_english():
    when = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
    result = extract(
        "My tablet screen is cracked after the update froze it.",
        agent=("I've booked a free repair and emailed you the label.",),
        when=when,
    )
    assert result.episode_summary.startswith("The customer raised: “My tablet screen is cracked")
    assert "The agent: “I've booked a free repair" in result.episode_summary
    assert result.episode_summary.endswith("Outcome: still open.")
    assert result.summary == (
        "On 05 Mar 2026 they got in touch about “My tablet screen is cracked after the update froze it”; "
        "it was still open at the end."
    )


def test_summary_of_a_plain_question():
    result = extract("How do I change the name on my account?")
    assert result.summary.endswith("their question was answered.")


# --- Linear time ----------------------------------------------------------------------------------


def _patterns():
    pack = en.PACK
    for field in ("name", "age", "location", "moved", "hometown", "relation", "marital", "children", "pet",
                  "occupation", "employer", "accessibility", "device", "plan"):  # fmt: skip
        yield from getattr(pack, field)
    yield from (instruction.pattern for instruction in pack.instructions)
    yield from (pattern for pattern, _ in pack.preferences)


# Held-out generalisation: constructions the pack first missed.


def test_move_with_a_particle_or_an_origin():
    assert facts("We moved up to Glasgow last spring.")["location"] == "Glasgow"
    assert facts("I moved from Leeds to York last year.")["location"] == "York"
    assert "location" not in facts("I moved from one bank to another.")


def test_hometown_said_place_first():
    assert facts("Bristol's where I was born, but I'm in Bath now.")["hometown"] == "Bristol"
    assert "hometown" not in facts("That is where I grew up.")


def test_contact_hours_without_a_verb():
    assert facts("Ring me whenever, just not before 7pm.")["contact_hours"].startswith("Not before 7pm")
    assert "contact_hours" not in facts("The parcel never came before the deadline.")


def test_channel_things_come_to_me_by():
    assert facts("Could all the invoices come to me by text?")["preferred_contact_channel"] == "SMS"
    assert "preferred_contact_channel" not in facts("The engineer came to my house by van.")


def test_tone_dropping_the_title():
    assert facts("Oh you can drop the Mrs, just Alma is fine.")["tone_preference"] == "informal"
    assert "tone_preference" not in facts("Just this is fine, thanks.")


def test_plan_bumped_up_to_and_named_pass():
    assert facts("I've been bumped up to Platinum tier.")["plan"] == "Platinum tier"
    assert facts("I'm Jo, on the monthly Explorer pass, the app crashed.")["plan"] == "Explorer pass"
    assert "plan" not in facts("I read about it on the Premium plan page.")


def test_habit_every_few_weeks():
    assert "every two weeks" in facts("I print the statement every two weeks.")["habit"]


def test_returning_customer_first_name_keeps_full_name():
    lines = [TranscriptLine("customer", "Hi, it's Nora here again.")]
    result = RulesExtractor().extract(ExtractionInput(lines=lines, known_facts={"name": "Nora Castellane"}))
    assert {f.key: f.value for f in result.facts}.get("name") in (None, "Nora Castellane")


# --- Studies ------------------------------------------------------------------------------------------


def test_studies_make_a_student_of_the_field():
    assert facts("I study nursing at Leeds, so I can only call in the evenings.")["occupation"] == "nursing student"


def test_studying_the_bill_is_not_an_occupation():
    assert "occupation" not in facts("I'm studying the bill right now and it still makes no sense to me.")


def test_working_from_home_as_a_job():
    assert facts("I work from home as a bookkeeper and the line keeps dropping.")["occupation"] == "bookkeeper"


def test_a_name_said_on_its_own_after_the_greeting():
    assert facts("Hi there. Anna Kowalski. My order is late again.")["name"] == "Anna Kowalski"


def test_good_morning_in_capitals_is_not_a_name():
    assert "name" not in facts("Good Morning. My order is late again.")


def test_a_business_name_ends_with_its_capitalised_words():
    assert (
        facts("I run a small studio called North Star in Dublin and I'm looking at cameras for it.")["business"]
        == "small studio called North Star"
    )


def test_a_known_city_they_moved_up_to():
    assert facts("I sold the house and moved up to Portland, Oregon to be closer to my daughter.")["location"] == (
        "Portland"
    )


def test_flying_to_a_city_is_not_where_they_live():
    assert "location" not in facts("I work in sales and I'm flying to Paris next week for a conference.")


def dialogue(*turns: tuple[str, str]) -> dict[str, str]:
    lines = [TranscriptLine(role, text) for role, text in turns]
    return {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}


def test_a_first_name_given_when_the_agent_asks_for_it():
    assert (
        dialogue(
            ("customer", "my order never arrived and I'm starving"),
            ("agent", "So sorry! Could I have your name please?"),
            ("customer", "Thiago. It was order 88412."),
        )["name"]
        == "Thiago"
    )


def test_a_first_name_alone_without_being_asked_is_not_a_name():
    assert "name" not in dialogue(
        ("customer", "my order never arrived"),
        ("agent", "Sorry to hear that. Which order?"),
        ("customer", "Pepperoni. The big one."),
    )


def test_a_name_before_a_comma_confirmed_by_the_agent():
    assert (
        dialogue(
            ("customer", "Claire Dubois, subscriber for three years, and my box drops every evening."),
            ("agent", "Thanks Claire, let me check the line."),
        )["name"]
        == "Claire Dubois"
    )


def test_a_sign_off_confirmed_by_the_agent():
    assert (
        dialogue(
            ("customer", "thank you!! and email is better than calling for me. — Priya"),
            ("agent", "Got it Priya, we'll follow up by email."),
        )["name"]
        == "Priya"
    )


def test_a_plan_named_before_the_word_plan_with_your():
    assert facts("We have 12 seats on your Team plan and one of them is locked.")["plan"] == "Team"


def test_asking_about_a_plan_is_not_having_it():
    assert "plan" not in facts("I want to know about the Family plan for my kids.")


def test_my_plan_is_expensive_is_not_a_plan_name():
    assert "plan" not in facts("My plan is expensive and my bill is wrong again.")


def test_the_phone_named_when_asked_keeps_the_correction():
    assert (
        dialogue(
            ("customer", "The app logs me out every morning."),
            ("agent", "Which phone are you using?"),
            ("customer", "Pixel 6a. No wait, Pixel 7a, I swapped phones in spring."),
        )["device"]
        == "Pixel 7a"
    )


def test_a_standing_channel_said_with_instead():
    assert facts("text me instead, always text, I can't pick up at work")["preferred_contact_channel"] == "SMS"


def test_email_me_the_invoice_is_a_request_not_a_standing_channel():
    assert "preferred_contact_channel" not in facts("email me the invoice please, I need it for my taxes")


def test_a_letter_signature_gives_the_name_and_the_city_line():
    found = dialogue(
        (
            "customer",
            "Hello,\n\nmy booking was changed without notice.\n\nKind regards,\nMarcus Lindqvist\n"
            "Senior Consultant | Halvorsen Engineering\nMinneapolis, MN",
        )
    )
    assert (found["name"], found["location"]) == ("Marcus Lindqvist", "Minneapolis")


def test_the_whole_answer_to_the_name_question_in_lower_case():
    assert (
        dialogue(
            ("customer", "my account is locked"),
            ("agent", "Can I have your full name please?"),
            ("customer", "jay okafor"),
        )["name"]
        == "Jay Okafor"
    )


def test_an_answer_that_is_no_name_is_not_taken():
    assert "name" not in dialogue(
        ("customer", "my order is late"),
        ("agent", "What's your name?"),
        ("customer", "sure, it's late again"),
    )


def test_a_plan_named_before_its_noun_with_a_question_later_about_something_else():
    assert facts("Also, my Gold Rewards membership isn't on this booking; could you link it?")["plan"] == (
        "Gold Rewards"
    )


def test_a_first_name_said_again_with_the_surname_becomes_the_full_name():
    assert facts("Yeah, hello? This is Harold. Harold Becker. You'll have to speak up.")["name"] == "Harold Becker"


def test_pets_named_beside_their_breed():
    assert facts("Biscuit — my beagle — eats anything, but Mabel, my old greyhound, gets a tummy ache.")["pet"] == (
        "Biscuit (beagle); Mabel (greyhound)"
    )


def test_a_person_thanked_beside_a_dog_is_not_a_pet():
    assert "John" not in facts("Thanks, John, my order for the dog arrived.").get("pet", "")


def test_more_trades_are_jobs():
    assert facts("Go slow with me, I'm a retired machinist, not a computer fella.")["occupation"] == (
        "retired machinist"
    )


def test_the_title_and_company_under_a_letters_signature():
    found = dialogue(
        (
            "customer",
            "Hello,\n\nmy booking was changed.\n\nKind regards,\nMarcus Lindqvist\n"
            "Senior Consultant | Halvorsen Engineering\nMinneapolis, MN",
        )
    )
    assert (found["occupation"], found["employer"]) == ("Senior Consultant", "Halvorsen Engineering")


def test_a_mail_programs_footer_is_no_job_title():
    found = dialogue(("customer", "Hi,\nthe app crashes.\nThanks,\nAnna Kowalski\nSent from my iPhone"))
    assert "occupation" not in found


def test_a_call_made_this_morning_is_not_when_to_call():
    assert "contact_hours" not in facts("I called you this morning and nobody answered.")


# --- Contact channel: "texts are better", "email only", the answer to "phone or email?" -------------------


def _conversation(*turns: tuple[str, str]) -> dict[str, str]:
    lines = [TranscriptLine(role, text) for role, text in turns]
    return {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}


def test_channel_texts_are_better_than_calls():
    said = facts("My router keeps rebooting. Honestly texts are better than calls, I'm in meetings all day.")
    assert said["preferred_contact_channel"] == "SMS"


def test_channel_email_is_the_best_way():
    assert facts("Email is the best way to reach me, I check it every evening.")["preferred_contact_channel"] == (
        "email"
    )


def test_channel_asked_about_is_not_a_preference():
    assert "preferred_contact_channel" not in facts("Is email better than the chat for sending you the photos?")


def test_channel_email_only_please():
    assert facts("The router is fine now. Email only please, I can't take calls.")["preferred_contact_channel"] == (
        "email"
    )


def test_channel_message_me_on_viber():
    assert facts("Please message me on Viber, my mobile has no credit.")["preferred_contact_channel"] == "Viber"


def test_channel_answered_to_the_agents_question():
    said = _conversation(
        ("customer", "The parcel never came and the tracking has not moved since Monday."),
        ("agent", "I'll chase the courier. Shall we update you by phone or by email?"),
        ("customer", "Email, I'm on a building site all day."),
    )
    assert said["preferred_contact_channel"] == "email"


def test_channel_answer_with_not_skips_the_refused_one():
    said = _conversation(
        ("customer", "My card was declined at the pharmacy this morning."),
        ("agent", "Would you like updates by text or email?"),
        ("customer", "Not email, I never open it. Text is fine."),
    )
    assert said["preferred_contact_channel"] == "SMS"


def test_channel_mentioned_without_the_agent_asking_is_not_a_preference():
    said = _conversation(
        ("customer", "I got an email saying my subscription was cancelled."),
        ("agent", "Sorry about that, let me check the account."),
        ("customer", "The email came from a weird address too."),
    )
    assert "preferred_contact_channel" not in said


# --- Where they live: the town of the address they give ----------------------------------------------


def test_location_from_the_address_the_agent_asked_for():
    said = _conversation(
        ("customer", "Hi, my boiler cover renewal letter never arrived."),
        ("agent", "Sorry about that. Can you give me the first line of your address and the postcode?"),
        ("customer", "22 Mill Lane, Kirkstall. LS5 1BQ."),
    )
    assert said["location"] == "Kirkstall"


def test_location_from_the_address_under_a_letters_signature():
    said = facts(
        "Hello,\n\nThe meter reading on my last bill is wrong, please check it.\n\nRegards,\n\nOwen Pryce\n"
        "48 Harbour Street\nTenby, SA70 7BT"
    )
    assert said["location"] == "Tenby"


def test_an_address_nobody_asked_for_is_not_where_they_live():
    said = facts("The parcel went to 9 Station Road, Didcot instead, which is my office.")
    assert "location" not in said


def test_a_relatives_address_is_not_where_they_live():
    said = _conversation(
        ("customer", "I'd like to send flowers."),
        ("agent", "Lovely! What's the delivery address?"),
        ("customer", "It's my mother's: 3 Rose Close, Harrogate."),
    )
    assert "location" not in said


def test_relatives_two_names_after_the_plural():
    assert facts("My daughters Maya and Keira share the family plan with me.")["daughter"] == "Maya, Keira (daughters)"


def test_relative_and_i_is_one_name():
    assert facts("My son Ezra and I both use this account.")["son"] == "Ezra (son)"


# --- Names: answering "what name is the booking under?", a middle initial under a letter, a greeting -----


def test_name_surname_then_full_name_answering_the_agent():
    said = _conversation(
        ("customer", "Hi there, I want to change my booking."),
        ("agent", "Of course. What name is the booking under?"),
        ("customer", "Okafor. Chidi Okafor."),
    )
    assert said["name"] == "Chidi Okafor"


def test_name_with_a_middle_initial_under_a_letter():
    said = facts("Hello,\n\nMy statement shows a fee I did not agree to.\n\nThank you,\n\nMarian K. Oduya-Brandt")
    assert said["name"] == "Marian K. Oduya-Brandt"


def test_a_first_initial_under_a_letter_is_not_the_name():
    assert "name" not in facts("Hello,\n\nPlease find the form attached.\n\nThanks,\nR. Oduya")


def test_greeting_the_agent_by_name_is_not_the_customers_name():
    said = _conversation(
        ("agent", "Good morning, Seaview Lodge, Aoife speaking."),
        ("customer", "Hiya Aoife, I've a question about parking for Saturday."),
    )
    assert "name" not in said


# --- Work said in passing: "I work nights as an ER nurse at …", "I'm a call center agent" -----------------


def test_occupation_and_employer_after_the_shift():
    said = facts("I work nights as an ICU nurse at Riverside General, so mornings are no good.")
    assert said["occupation"] == "icu nurse"
    assert said["employer"] == "Riverside General"


def test_call_center_agent_is_an_occupation():
    assert facts("I'm a call centre agent, so I can't answer during my shift.")["occupation"] == "call centre agent"


def test_working_nights_at_the_weekend_names_no_employer():
    assert "employer" not in facts("I work nights at the weekend, so the afternoon is best.")


# --- Plans: the answer to "which package are you on?", "I've had the Platinum Rewards card" -------------


def test_plan_answered_to_the_agents_question():
    said = _conversation(
        ("customer", "My broadband keeps dropping in the evenings."),
        ("agent", "Sorry to hear that. Which package are you on?"),
        ("customer", "Superfast 200 I think. Yeah."),
    )
    assert said["plan"] == "Superfast 200"


def test_plan_answer_without_a_name_is_no_plan():
    said = _conversation(
        ("customer", "My broadband keeps dropping in the evenings."),
        ("agent", "Which package are you on?"),
        ("customer", "no idea to be honest, my son set it up"),
    )
    assert "plan" not in said


def test_plan_had_the_card_for_years():
    said = facts("I've had the Gold Rewards card with you for nine years and never had a problem.")
    assert said["plan"] == "Gold Rewards"


def test_plan_asked_about_with_had_the_is_not_held():
    assert "plan" not in facts("Is it better to have the Gold Rewards card for travel?")


# --- Standing instructions filed under preferences: where the paperwork goes, how they pay --------------


def test_send_the_invoices_to_my_accountant():
    said = facts("Could you please send all the invoices to my accountant from now on? Thanks.")
    assert "accountant" in said["preferences"]


def test_an_invoice_sent_by_mistake_is_no_instruction():
    assert "preferences" not in facts("The invoice was sent to my accountant by mistake last week.")


def test_pay_cash_always():
    assert "cash" in facts("I always pay cash on delivery, I don't use cards.")["preferences"]


def test_paying_cash_once_is_no_preference():
    assert "preferences" not in facts("I paid cash on delivery yesterday and got no receipt.")


def test_location_from_home_in():
    assert facts("We're driving up from home in Athlone on Friday, so we'll be late.")["location"] == "Athlone"


def test_location_answering_are_you_still_in():
    said = _conversation(
        ("customer", "I need to update my card details."),
        ("agent", "No problem. Are you still living in Bristol?"),
        ("customer", "No, I'm in Bath now."),
    )
    assert said["location"] == "Bath"


def test_a_trip_answering_are_you_still_in_is_not_home():
    said = _conversation(
        ("customer", "I need to update my card details."),
        ("agent", "Are you still living in Bristol?"),
        ("customer", "Yes, but this week I'm in Rome on holiday."),
    )
    assert "location" not in said


def test_dietary_we_are_both_vegetarian():
    assert facts("My husband and I are coming for the weekend and we're both vegan.")["dietary"] == "vegan"


def test_stop_sending_me_marketing():
    assert facts("Please stop sending me marketing emails, I never read them.")["dislikes"] == "marketing emails"


def test_asking_about_offers_is_no_dislike():
    assert "dislikes" not in facts("Do you send special offers to members?")


def test_device_named_in_the_second_part_of_the_answer():
    said = _conversation(
        ("customer", "The wifi keeps dropping every night."),
        ("agent", "Which router have you got, the grey one or the white one?"),
        ("customer", "The white one. Archer AX55, it says on the sticker."),
    )
    assert said["device"] == "Archer AX55"


def test_device_answer_naming_nothing_is_no_device():
    said = _conversation(
        ("customer", "The wifi keeps dropping every night."),
        ("agent", "Which router have you got?"),
        ("customer", "the white one. not sure of the model, sorry"),
    )
    assert "device" not in said


def test_explain_before_you_do_it():
    assert "confirm_before_acting" in facts("Please explain what you're going to do before you do it, I get nervous.")


def test_asking_what_they_did_is_no_instruction():
    assert "confirm_before_acting" not in facts("Can you explain what you did to my account yesterday?")


def test_an_office_address_is_not_where_they_live():
    said = _conversation(
        ("customer", "Can you send the new card out?"),
        ("agent", "Sure, which address should we use?"),
        ("customer", "Send it to my office please: 40 King Street, Harrogate."),
    )
    assert "location" not in said


def test_channel_best_to_email_me():
    assert facts("Best to email me, I'm on shift all day.")["preferred_contact_channel"] == "email"


def test_channel_rather_talk_on_the_phone():
    assert facts("I'd rather talk on the phone, typing is hard for me.")["preferred_contact_channel"] == "phone"


def test_channel_asking_whether_to_email_is_no_preference():
    assert "preferred_contact_channel" not in facts("Would it be better to email me the form?")


def test_a_lowercase_series_and_number_is_part_of_the_model():
    assert facts("the screen flickers, thats my galaxy s24 btw")["device"] == "galaxy s24"


def test_asking_about_a_model_is_no_device():
    assert "device" not in facts("Do you sell the galaxy s24?")


def test_please_text_me_is_the_channel():
    assert facts("Please text me, I can't answer calls at work.")["preferred_contact_channel"] == "SMS"
    assert facts("just email me dont call, the baby is asleep")["preferred_contact_channel"] == "email"


def test_text_me_the_link_or_a_question_is_no_channel():
    assert "preferred_contact_channel" not in facts("pls text me the code")
    assert "preferred_contact_channel" not in facts("Could you please text me when it ships?")


def test_channel_answered_to_the_best_way_to_keep_you_updated():
    said = _conversation(
        ("customer", "The boiler is broken again."),
        ("agent", "What's the best way to keep you updated?"),
        ("customer", "Email, please."),
    )
    assert said["preferred_contact_channel"] == "email"


def test_no_channel_in_an_answer_naming_none():
    said = _conversation(
        ("customer", "The boiler is broken again."),
        ("agent", "What's the best way to keep you updated?"),
        ("customer", "Not sure, whatever works for you."),
    )
    assert "preferred_contact_channel" not in said


def test_a_model_number_is_no_full_name():
    said = _conversation(
        ("agent", "May I have your full name?"),
        ("customer", "Wanjiru Kamau."),
        ("agent", "What's the router model on the sticker?"),
        ("customer", "Huawei EG8145."),
    )
    assert said["name"] == "Wanjiru Kamau"


def test_answers_to_when_to_call_which_language_allergies_and_a_relatives_name():
    said = _conversation(
        ("customer", "I need a refill for my mother's tablets."),
        ("agent", "What's the best time to reach you?"),
        ("customer", "Evenings, after six. I teach during the day."),
        ("agent", "Which school, in case we need to reach you there?"),
        ("customer", "Moi Girls School. But evenings please."),
        ("agent", "Your mother's name for her profile?"),
        ("customer", "Kamala"),
        ("agent", "Any drug allergies we should note for you?"),
        ("customer", "sulfa"),
        ("agent", "Which language would you like for the pharmacist's call?"),
        ("customer", "tamil better, english also ok"),
    )
    assert said["contact_hours"] == "Evenings, after six"
    assert said["employer"] == "Moi Girls School"
    assert said["mother"] == "Kamala (mother)"
    assert said["allergies"] == "sulfa"
    assert said["preferred_language"] == "Tamil"


def test_answers_that_say_no_or_another_thing_are_no_facts():
    said = _conversation(
        ("customer", "I need a refill."),
        ("agent", "What's the best time to reach you?"),
        ("customer", "Whenever, really."),
        ("agent", "Which school does your son go to?"),
        ("customer", "St Mary's."),
        ("agent", "Any allergies we should note?"),
        ("customer", "No, none."),
        ("agent", "Which language is the course for?"),
        ("customer", "Spanish."),
    )
    assert not {"contact_hours", "employer", "allergies", "preferred_language"} & set(said)


def test_channel_email_rather_than_call_and_answered_updates_by_sms():
    assert (
        facts("Please email rather than call - I'm in depositions most days.")["preferred_contact_channel"] == "email"
    )
    said = _conversation(
        ("agent", "Would you like updates by SMS?"),
        ("customer", "Yeah SMS, always."),
        ("agent", "Which cover are you on?"),
        ("customer", "Accident & Illness Plus. I can't sit on hold all day."),
    )
    assert said["preferred_contact_channel"] == "SMS"
    assert said["plan"] == "Accident & Illness Plus"


def test_no_channel_when_emailing_a_document_or_asked():
    assert "preferred_contact_channel" not in facts("Could you email rather than post the contract?")
    said = _conversation(("agent", "Would you like updates by SMS?"), ("customer", "Yes please."))
    assert "preferred_contact_channel" not in said


def test_location_out_in_after_the_name_and_a_district_answered():
    assert facts("Righto. I'm Darren Okafor, out in Toowoomba. Claim CL-778213.")["location"] == "Toowoomba"
    assert "location" not in facts("Hi, I'm Darren Okafor, out in the garden so be quick.")
    said = _conversation(
        ("customer", "Hi, my fibre is down."),
        ("agent", "And which estate is the connection in?"),
        ("customer", "Kilimani, Nairobi."),
    )
    assert said["location"] == "Kilimani, Nairobi"


def test_address_line_of_a_letter_not_under_an_organisation():
    letter = "Dear Team,\n\nThe boiler is broken again.\n\nBest regards,\nPeg Holloway\n{org}2200 Commerce St, Suite 400, Dallas, TX 75201"
    assert "Dallas" in facts(letter.format(org=""))["location"]
    assert "location" not in facts(letter.format(org="Brandt & Weiss LLP\n"))
    assert "location" not in facts("We might move to Leeds if the job comes through.")


def test_signature_with_a_nickname_and_the_organisation_on_the_next_line():
    letter = (
        "Hello,\n\nPlease email rather than call.\n\nBest regards,\nMargaret (Peg) Holloway\nSenior Paralegal\n"
        "Brandt & Weiss LLP\n2200 Commerce St, Suite 400, Dallas, TX 75201"
    )
    said = facts(letter)
    assert said["name"] == "Margaret Holloway"
    assert said["occupation"].lower() == "senior paralegal"
    assert said["employer"] == "Brandt & Weiss LLP"
    # A town on the line under the title is no organisation.
    said = facts("Hello,\n\nThe hub is down.\n\nKind regards,\nMarcus Lind\nSenior Consultant\nMinneapolis\n")
    assert "employer" not in said


def test_occupation_with_a_kind_word_before_it():
    assert facts("Yeah. I'm a diesel mechanic, I can't sit on hold all day.")["occupation"] == "diesel mechanic"
    assert facts("also im a shift nurse so pls dont ring before 2pm")["occupation"] == "shift nurse"
    assert "occupation" not in facts("I'm a nervous driver, so the claim worries me.")
    assert "occupation" not in facts("I'm a terrible nurse to my own kids, honestly.")


def test_contact_hours_nothing_before_and_reachable_after_a_full_time():
    assert "3pm" in facts("also pls text me dont call, i sleep all day. nothing before 3pm ever")["contact_hours"]
    assert "17:00" in facts("Please note I am only reachable after 17:00 on weekdays.")["contact_hours"]
    assert "contact_hours" not in facts("The parcel came at 2pm, nothing before 3pm was on the tracker")


def test_plan_im_a_tier_member():
    assert facts("Please use Delta where possible; I'm a Diamond Medallion member.")["plan"] == "Diamond Medallion"
    assert "plan" not in facts("I'm a member of the gym down the road.")


def test_mobility_needs_and_a_pet_named_before_its_breed():
    said = facts("I have a bad hip, so please always request wheelchair assistance for me at airports.")
    assert "hip" in said["accessibility"].lower() or "wheelchair" in said["accessibility"].lower()
    assert "accessibility" not in facts("Is the venue wheelchair friendly? My friend is asking.")
    said = facts("Third time I've lodged this claim for Biscuit - she's my kelpie, 8 years old.")
    assert said["pet"] == "Biscuit (kelpie)"
    assert "pet" not in facts("Biscuit - she's my favourite flavour of the lot.")


def test_language_in_welsh_if_possible():
    assert facts("Letters by post, and in Welsh if possible.")["preferred_language"] == "Welsh"
    assert "preferred_language" not in facts("The manual came in Welsh, which surprised me.")


def test_address_read_back_and_confirmed():
    said = _conversation(
        ("customer", "The box came with the wrong food."),
        ("agent", "Understood. Is the delivery address still in Brisbane?"),
        ("customer", "Yep, still Brisbane."),
    )
    assert said["location"] == "Brisbane"
    said = _conversation(
        ("customer", "The box came with the wrong food."),
        ("agent", "Is the delivery address still in Brisbane?"),
        ("customer", "No, we moved last month."),
    )
    assert said.get("location") != "Brisbane"


def test_location_i_stay_for_bought_a_house_in_and_i_live_at():
    assert facts("trip ID RH-77310-LG. i stay for Lekki phase 1 and i work for Access Bank")["location"].startswith(
        "Lekki"
    )
    assert "location" not in facts("I'm staying at the Hilton in Lagos this week.")
    assert facts("Good news - we've bought a little terrace in Harrogate!")["location"] == "Harrogate"
    assert "location" not in facts("We bought a holiday flat in Spain last year for the summers.")
    assert "Leicester" in facts("Hi, account holder for 22 Saxby Street, Leicester. The meter is broken.")["location"]


def test_occupation_i_teach_for_a_living_and_im_the():
    assert facts("Evenings, after six. I teach during the day.")["occupation"] == "teach"
    assert "occupation" not in facts("I teach my kids at home on Fridays.")
    assert (
        facts("everywhere pretty much. I drive a truck for a living so I'm all over")["occupation"] == "drive a truck"
    )
    assert facts("I'm the office manager at Brightline Dental, we have 12 seats.")["occupation"] == "office manager"
    assert "occupation" not in facts("I'm the manager of the account, not my husband.")
    assert facts("can you keep replies short pls, im an ER nurse so I get 2 min")["occupation"] == "er nurse"


def test_plan_changed_to_a_named_tier():
    assert facts("I switched from the Silver plan to the Gold plan, so my deductible is lower.")["plan"].startswith(
        "Gold"
    )
    assert facts("I'd like to switch to the Fixed Saver 24 please.")["plan"] == "Fixed Saver 24"
    assert facts("It's the Hub 3 you lot sent when I signed up for Fibre 250.")["plan"] == "Fibre 250"
    assert "plan" not in facts("I upgraded to Windows 11 last week and now the printer is gone.")
    assert "plan" not in facts("We moved up to Leeds in March.")


def test_pet_a_collie_called_and_thats_my_cat():
    assert facts("We've got a dog now as well, a collie called Bran.")["pet"] == "Bran (collie)"
    assert facts("It's just me and Biscuit now, that's my cat, she sat on the phone.")["pet"] == "Biscuit (cat)"
    assert "pet" not in facts("There was a film called Babe about a pig.")
    assert "pet" not in facts("It's just me and Doris now, that's my sister.")


def test_employer_im_the_job_at():
    assert facts("I'm the office manager at Brightline Dental, we have 12 seats.")["employer"] == "Brightline Dental"
    assert "employer" not in facts("I'm the manager at home, my wife does the bills.")


def test_a_standing_choice_answered_with_always():
    said = _conversation(
        ("customer", "hello i need a refill for my tablets"),
        ("agent", "Sure. Shall we deliver it or will you pick up at the store?"),
        ("customer", "delivery always"),
    )
    assert said["preferences"] == "Delivery always"
    said = _conversation(
        ("customer", "hello i need a refill for my tablets"),
        ("agent", "Shall we deliver it or will you pick up at the store?"),
        ("customer", "delivery this time"),
    )
    assert "preferences" not in said


def test_marital_widowed_and_separated_said_in_passing():
    assert facts("I've done the money things myself since my husband passed.")["marital_status"] == "widowed"
    assert facts("Hi, Dev and I have separated, so I want the Individual plan.")["marital_status"] == "separated"
    assert "marital_status" not in facts("Since my husband passed the exam he drives us everywhere.")
    assert "marital_status" not in facts("We have separated the two accounts already.")


def test_name_answered_then_the_number_after_a_comma():
    said = _conversation(
        ("customer", "my broadband is down again"),
        ("agent", "Sorry about that. Can I get your name and the account number?"),
        ("customer", "ruairi dolan, 0871234567"),
    )
    assert said["name"] == "Ruairi Dolan"
    said = _conversation(
        ("customer", "my broadband is down again"),
        ("agent", "Sorry about that. Can I get your name and the account number?"),
        ("customer", "hang on, its on the letter somewhere"),
    )
    assert "name" not in said


def test_channel_all_communication_by_email():
    said = facts("The card is fine now. I'd like all correspondence to be sent by email, I travel a lot.")
    assert "preferred_contact_channel" in said
    assert "preferred_contact_channel" not in facts("Is all communication by email now? I never got a letter.")


def test_channel_and_hours_email_me_after():
    said = facts("The quote looks fine. Text me after 6, I'm driving all day.")
    assert "preferred_contact_channel" in said
    assert "contact_hours" in said
    assert "preferred_contact_channel" not in facts("Can you text me after the engineer leaves?")


def test_channel_email_me_not_a_letter():
    assert "preferred_contact_channel" in facts("Email me the new contract, not a letter please.")
    assert "preferred_contact_channel" not in facts("The letter came but not the email I was promised.")


def test_device_answered_in_lowercase_maker_then_model():
    said = _conversation(
        ("customer", "my calls keep dropping"),
        ("agent", "Which handset are you using?"),
        ("customer", "xiaomi redmi note 12 since last summer"),
    )
    assert said["device"] == "xiaomi redmi note 12"
    said = _conversation(
        ("customer", "my calls keep dropping"),
        ("agent", "Which handset are you using?"),
        ("customer", "samsung one i think, not sure which"),
    )
    assert "device" not in said


def test_prefer_all_communication_is_no_taste():
    said = facts("I prefer all correspondence by email, I travel a lot for work.")
    assert "preferences" not in said
    assert "preferred_contact_channel" in said


def test_plan_read_back_without_the_word_plan_and_echoed():
    said = _conversation(
        ("customer", "my data is slow"),
        ("agent", "Let me check. You're on Family Max, is that right?"),
        ("customer", "yes family max, for now anyway"),
    )
    assert said["plan"] == "Family Max"
    said = _conversation(
        ("customer", "my data is slow"),
        ("agent", "Let me check. You're on Family Max, is that right?"),
        ("customer", "yes but I want to leave"),
    )
    assert "plan" not in said


def test_occupation_work_from_home_as_a_kind_of_job():
    assert facts("I work from home as a software developer, so the heating is on all day.")["occupation"] == (
        "software developer"
    )
    assert "occupation" not in facts("I work from home as a result of the strike, my nurse friend says.")


def test_between_calls_is_busy_not_a_time_to_call():
    assert "contact_hours" not in facts("Keep it brief please, I'm between calls today")
    assert "contact_hours" in facts("Please only call me between 9 and 5 on weekdays.")
