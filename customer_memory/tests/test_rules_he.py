"""The Hebrew rules: each pattern family learns what it should and leaves its look-alikes alone."""

from __future__ import annotations

from datetime import UTC, datetime

from customer_memory.extraction import ExtractionInput, RulesExtractor, TranscriptLine
from customer_memory.extraction.rules import summaries
from customer_memory.extraction.rules.languages import he


def facts(*customer: str) -> dict[str, str]:
    result = RulesExtractor().extract(ExtractionInput(lines=[TranscriptLine("customer", t) for t in customer]))
    return {f.key: f.value for f in result.facts}


# --- Name -------------------------------------------------------------------------------------------


def test_name_after_kor_im_li_and_shmi():
    assert facts("שלום, קוראים לי גלית אלמוג ויש לי שאלה")["name"] == "גלית אלמוג"
    assert facts("ערב טוב, שמי פרופ' נחום ברנע.")["name"] == "נחום ברנע"


def test_name_after_medaber_and_ani_opening_a_message():
    assert facts("בוקר טוב, מדברת הדס.")["name"] == "הדס"
    assert facts("היי, אני אלעד פרץ, יש לי תקלה בראוטר")["name"] == "אלעד פרץ"


def test_ani_followed_by_a_state_or_verb_is_not_a_name():
    assert "name" not in facts("היי, אני מנסה להתחבר לאתר ולא מצליח.")
    assert "name" not in facts("שלום, אני בבית עכשיו.")
    assert "name" not in facts("זה דחוף!")
    assert "name" not in facts("אני כבדת שמיעה")
    assert "name" not in facts("היי, הראוטר נפל שוב!")


def test_name_in_a_later_conversation():
    assert facts("היי, ליאור שוב!")["name"] == "ליאור"


# --- Age --------------------------------------------------------------------------------------------


def test_age_in_digits():
    assert facts("אני בן 67 ולא רואה טוב את המסך")["age"] == "67"


def test_age_in_words_with_the_conjunction_vav():
    assert facts("אני בת תשעים ואחת, תעזרו לי בבקשה")["age"] == "91"
    assert facts("אני בן שבעים ושלושה")["age"] == "73"


def test_someone_elses_age_is_not_the_customers():
    assert "age" not in facts("הבן שלי בן 12 ואני רוצה לקנות לו טלפון")
    assert "age" not in facts("יש הנחה עד גיל 35?")


# --- Location, moves, hometown ----------------------------------------------------------------------


def test_location_with_the_preposition_cut_off():
    assert facts("אני גרה בפתח תקווה עם הבעל והילדים")["location"] == "פתח תקווה"
    assert facts("אנחנו גרים ברעננה.")["location"] == "רעננה"


def test_a_flat_or_a_relatives_home_is_not_a_location():
    assert "location" not in facts("אני גר בדירה שכורה")
    assert "location" not in facts("אחותי גרה בטבריה")


def test_a_move_replaces_the_location():
    assert facts("עברנו מחולון לנס ציונה בקיץ")["location"] == "נס ציונה"


def test_switching_plan_or_provider_is_not_a_move():
    found = facts("עברתי לחבילה אחרת ועכשיו אני משלם יותר", "עברתי לפרטנר לפני חודש")
    assert "location" not in found


def test_self_repair_keeps_the_corrected_place():
    assert facts("אני גר בבת ים... סליחה, בחולון")["location"] == "חולון"


def test_hometown():
    assert facts("במקור אני מטבריה אבל גר במרכז")["hometown"] == "טבריה"
    assert facts("עליתי מאוקראינה לפני עשרים שנה")["hometown"] == "אוקראינה"


def test_from_a_shop_is_not_a_hometown():
    assert "hometown" not in facts("קניתי את זה מהחנות שלכם")


# --- Family -----------------------------------------------------------------------------------------


def test_relative_with_shel_and_with_a_possessive_suffix():
    assert facts("הנכד שלי עומרי עזר לי להתקין")["grandson"] == "עומרי (נכד)"
    assert facts("אשתי דבורה משלמת את החשבונות")["spouse"] == "דבורה (אשתי)"
    assert facts('ובתי רונית גרה בחו"ל')["daughter"] == "רונית (בתי)"


def test_relative_followed_by_a_verb_is_not_named_after_the_verb():
    assert "daughter" not in facts("הבת שלי אמרה לי שאתם מחזירים כסף")
    assert "son" not in facts("הבן שלי קנה לי את המכשיר")
    assert "spouse" not in facts("בעלי חיים אסורים בדירה")
    assert "daughter" not in facts("בתי ספר סגורים מחר")


def test_marital_status_and_children():
    found = facts("אני גרושה ויש לי שני ילדים")
    assert found["marital_status"] == "גרושה"
    assert found["children"] == "שני ילדים"


def test_children_in_a_booking_are_not_the_customers():
    assert "children" not in facts("הזמנתי חדר לשני מבוגרים ושני ילדים")


# --- Pets -------------------------------------------------------------------------------------------


def test_pet_with_a_name():
    assert facts("החתולה שלי, מיצי, שוב לעסה את הכבל")["pet"] == "מיצי (חתולה)"
    assert facts("יש לנו כלב בשם רקס")["pet"] == "רקס (כלב)"


def test_pet_followed_by_a_verb_keeps_only_the_species():
    assert facts("הכלב שלי לעס לי את השלט")["pet"] == "כלב"
    assert "pet" not in facts("ראיתי כלב ברחוב")


# --- Occupation and employer ------------------------------------------------------------------------


def test_occupation_masculine_feminine_and_compound():
    assert facts("אני גננת כבר עשרים שנה")["occupation"] == "גננת"
    assert facts("אני מהנדס תוכנה")["occupation"] == "מהנדס תוכנה"
    assert facts("אני בן 70, פנסיונר")["occupation"] == "פנסיונר"


def test_occupation_words_used_as_verbs_are_not_jobs():
    assert "occupation" not in facts("אני מזכיר לך שהבטחתם לי זיכוי")
    assert "occupation" not in facts("אני אחות של הלקוחה")


def test_employer_after_working_at_and_after_a_job():
    assert facts("אני עובדת בבנק הפועלים כבר שנתיים")["employer"] == "בנק הפועלים"
    assert facts("אני רוקחת בסופר-פארם")["employer"] == "סופר-פארם"
    assert facts("עזבתי את המשרד ואני עכשיו באמדוקס")["employer"] == "אמדוקס"


def test_working_in_a_place_or_a_field_is_not_an_employer():
    assert "employer" not in facts("אני עובד במשמרות לילה")
    assert "employer" not in facts("אני עובדת בהוראה")


# --- Instructions -----------------------------------------------------------------------------------


def test_instruction_pace():
    assert "instruction_pace" in facts("תסביר לי לאט בבקשה, אני לא טכני")
    assert "instruction_pace" in facts("אפשר שלב אחרי שלב?")
    assert "instruction_pace" not in facts("האינטרנט עובד לאט מאוד")


def test_response_length_short_and_detailed():
    assert facts("תענו קצר בבקשה")["response_length"] == "short"
    assert facts("אני צריך הסבר מפורט על החיוב")["response_length"] == "detailed"
    assert "response_length" not in facts("הכבל קצר מדי")


def test_confirm_before_acting():
    assert "confirm_before_acting" in facts("אל תבטלו שום דבר בלי אישור שלי")
    assert "confirm_before_acting" in facts("תמיד תבדקו איתי קודם")
    assert "confirm_before_acting" not in facts("ביטלו לי את המנוי בלי לשאול")


def test_preferred_contact_channel():
    assert facts("תשלחו לי הכל במייל בבקשה")["preferred_contact_channel"] == "email"
    assert facts("רק בוואטסאפ בבקשה")["preferred_contact_channel"] == "WhatsApp"
    assert "preferred_contact_channel" not in facts("קיבלתי מייל מוזר מכם")


def test_contact_hours():
    assert "9" in facts("אל תתקשרו אליי לפני 9 בבוקר")["contact_hours"]
    assert "contact_hours" not in facts("התקשרתי אליכם אתמול בבוקר")


def test_preferred_language():
    assert facts("יש נציג שמדבר ערבית?")["preferred_language"] == "Arabic"
    assert facts("תכתבו לי באנגלית")["preferred_language"] == "English"
    assert "preferred_language" not in facts("אני לומדת ספרדית בערבים")


def test_tone_preference():
    assert facts("תפנו אליי בצורה רשמית, בבקשה")["tone_preference"] == "formal"
    assert facts("אפשר לדבר בצורה חברית")["tone_preference"] == "informal"
    assert "tone_preference" not in facts("המכתב היה כתוב בצורה לא ברורה")


# --- Preferences, accessibility, devices, plans -----------------------------------------------------


def test_preferences_likes_dietary_allergies_habit():
    assert facts("אני אוהבת מוזיקה קלאסית")["likes"] == "מוזיקה קלאסית"
    assert facts("אני טבעונית")["dietary"] == "טבעונית"
    assert facts("אני אלרגי לאגוזים")["allergies"] == "אגוזים"
    assert facts("אני רץ כל בוקר בפארק")["habit"].startswith("רץ כל בוקר")


def test_preference_look_alikes():
    assert "likes" not in facts("אני אוהבת את השירות שלכם")
    assert "habit" not in facts("אני מתקשר כל יום ואף אחד לא עונה")
    assert "preferences" not in facts("אני מעדיף שתחזרו אליי מחר")


def test_accessibility():
    assert facts("אני עם מכשירי שמיעה בשתי האוזניים")["accessibility"] == "מכשירי שמיעה"
    assert facts("אני לקויית ראייה ומשתמשת בקורא מסך")["accessibility"]
    assert "accessibility" not in facts("לא שמעתי את ההודעה הקולית")


def test_device_hebrew_and_latin_brands():
    assert facts("יש לי סמסונג A54")["device"] == "סמסונג A54"
    assert facts("האייפון 14 שלי לא נטען")["device"] == "אייפון 14"
    assert facts("יש לי ראוטר TP-Link Deco X20")["device"] == "TP-Link Deco X20"


def test_device_look_alikes():
    assert "device" not in facts("ראיתי שיש מבצע על גלקסי S24")
    assert "device" not in facts("ההזמנה של האייפון לא הגיעה")


def test_plan():
    assert facts("יש לי את חבילת הזהב")["plan"] == "זהב"
    assert facts("שדרגתי לטריפל פלוס בחודש שעבר")["plan"] == "טריפל פלוס"


def test_plan_look_alikes():
    assert "plan" not in facts("עברתי לחבילה אחרת")
    assert "plan" not in facts("יש לי מנוי לנטפליקס")


# --- Session-only, corrections, the past, mood --------------------------------------------------------


def test_order_numbers_are_never_stored():
    found = facts("הזמנה 88123 לא הגיעה, מספר מעקב RR123456IL")
    assert not any("88123" in value or "RR123456IL" in value for value in found.values())


def test_correction_replaces_the_age():
    assert facts("אני בן 54... רגע לא, 45")["age"] == "45"


def test_correction_replaces_the_location():
    found = facts("אני גר ברמלה, כלומר בלוד")
    assert found["location"] == "לוד"


def test_used_to_is_history_not_the_present():
    result = RulesExtractor().extract(
        ExtractionInput(lines=[TranscriptLine("customer", "בעבר גרתי בחיפה, היום אני גר באילת")])
    )
    location = next(f for f in result.facts if f.key == "location")
    assert location.value == "אילת"


def test_past_job_is_history_not_the_present():
    assert "occupation" not in facts("בעבר הייתי מורה")
    assert "occupation" not in facts("עבדתי כחשמלאי שלושים שנה")
    result = RulesExtractor().extract(
        ExtractionInput(
            lines=[TranscriptLine("customer", "בעבר הייתי מורה"), TranscriptLine("customer", "היום אני עובדת כמזכירה")]
        )
    )
    occupation = next(f for f in result.facts if f.key == "occupation")
    assert (occupation.value, occupation.previous) == ("מזכירה", "מורה")


def test_first_of_all_and_would_like_are_not_the_past():
    assert facts("קודם כל, אני גר בקריית שמונה")["location"] == "קריית שמונה"
    assert facts("הייתי רוצה לעדכן שעברתי לעפולה")["location"] == "עפולה"


def test_mood_problem_and_resolution():
    frustrated = RulesExtractor().extract(
        ExtractionInput(lines=[TranscriptLine("customer", "נמאס לי! זה שוב לא עובד, ממש מעצבן")])
    )
    assert frustrated.mood == "frustrated"
    assert frustrated.classification.unresolved_issue == 1
    fixed = RulesExtractor().extract(
        ExtractionInput(
            lines=[
                TranscriptLine("customer", "האינטרנט לא עובד מהבוקר"),
                TranscriptLine("agent", "איפסתי את הנתב מרחוק, תבדקי עכשיו"),
                TranscriptLine("customer", "עכשיו זה עובד, תודה רבה!"),
            ]
        )
    )
    assert fixed.classification.unresolved_issue == 0
    assert fixed.classification.positive_resolution == 1
    calm = RulesExtractor().extract(ExtractionInput(lines=[TranscriptLine("customer", "רציתי לשאול מה שעות הפתיחה")]))
    assert calm.classification.unresolved_issue == 0


# --- Summaries --------------------------------------------------------------------------------------


def test_episode_summary_in_hebrew():
    result = RulesExtractor().extract(
        ExtractionInput(
            lines=[
                TranscriptLine("customer", "שלום. חייבו אותי פעמיים על אותו חודש וזה לא הגיוני"),
                TranscriptLine("agent", "ביטלתי את החיוב הכפול והזיכוי יופיע בחשבון הבא."),
                TranscriptLine("customer", "הבעיה נפתרה, תודה"),
            ]
        )
    )
    assert result.episode_summary.startswith("נושא הפנייה: “חייבו אותי פעמיים")
    assert "מה נעשה: “ביטלתי את החיוב הכפול" in result.episode_summary
    assert result.episode_summary.endswith("תוצאה: נפתר.")


def test_rolling_summary_is_one_past_tense_sentence_in_hebrew():
    line = summaries.rolling(
        he.PACK,
        previous="",
        when=datetime(2026, 3, 5, tzinfo=UTC),
        topic_text="הראוטר מתנתק כל ערב. ניסיתי הכל",
        outcome="open",
    )
    assert line == "ב-05 Mar 2026 הייתה פנייה בנושא “הראוטר מתנתק כל ערב, ניסיתי הכל”; הנושא נשאר פתוח בסוף השיחה."
    assert len(summaries.split_sentences(line)) == 1
    for outcome in ("resolved", "open", "escalated", "answered"):
        assert he.PACK.outcomes[outcome]
        assert he.PACK.rolling_outcomes[outcome]


def test_greeting_and_full_name_as_a_sentence():
    assert facts("שלום, דנה כהן. רציתי לשאול על החשבון")["name"] == "דנה כהן"
    assert facts("היי, שוב דנה כהן. יש בעיה")["name"] == "דנה כהן"
    assert "name" not in facts("שלום, צריך עזרה.")
    assert "name" not in facts("היי, תודה רבה.")


def test_a_past_verb_is_not_a_returning_name():
    assert "name" not in facts("עדכנתי ושלחתי שוב, תודה")


def test_age_self_repair():
    assert facts("אני בת 41... רגע, לא, 42, ועוד משהו")["age"] == "42"
    assert facts("אני בן 50, כלומר בעוד חודש")["age"] == "50"


def test_location_after_but():
    assert facts("אני במקור מחיפה אבל גרה היום בתל אביב.")["location"] == "תל אביב"
    assert "location" not in facts("אבל גר בזה מישהו אחר")


# --- Studies ------------------------------------------------------------------------------------------


def test_studies_make_a_student_of_the_field():
    assert facts("אני לומדת סיעוד באוניברסיטה ולכן אני זמינה רק בערב.")["occupation"] == "סטודנט/ית לסיעוד"


def test_learning_to_use_the_app_is_not_studying():
    assert "occupation" not in facts("אני לומדת להשתמש באפליקציה, תסביר לי לאט בבקשה.")


def test_a_known_city_they_moved_to_with_the_prefix_glued():
    assert facts("היי זה יונתן, עברתי דירה לרמת גן, ליד הבורסה.")["location"] == "רמת גן"


def test_a_city_on_a_trip_is_not_where_they_live():
    assert "location" not in facts("אני עובדת השבוע בחיפה בכנס, תשלחו את החבילה אחר כך.")


def test_a_plan_named_after_a_glued_noun():
    assert facts("אני עובדת עם התוכנה שלכם במסלול 'עסקי' ופתאום לא מצליחה להפיק חשבונית")["plan"] == "עסקי"


def test_a_question_about_a_plan_is_not_having_it():
    assert "plan" not in facts("כמה עולה אצלכם מסלול פלטינום? אני שוקלת לעבור")


def test_send_everything_by_email_from_now_on():
    assert facts("ותשלחו לי הכל למייל מעכשיו, אני כבר לא במוסך")["preferred_contact_channel"] == "email"


def test_send_me_the_invoice_by_email_once_is_not_a_standing_channel():
    assert "preferred_contact_channel" not in facts("תשלחו לי את החשבונית למייל בבקשה")


def test_data_running_out_every_month_is_not_a_routine():
    assert "habit" not in facts("הגלישה שלי נגמרת כל חודש באמצע החודש")


def test_when_to_call_asked_for():
    assert "בבקרים" in facts("אגב, אם אתם מתקשרים — רק בבקרים, בערבים אני במטבח.")["contact_hours"]


# --- Held-out 5 rules: names said on their own, signatures, channels -------------------------------------


def dialogue(*turns: tuple[str, str]) -> dict[str, str]:
    result = RulesExtractor().extract(ExtractionInput(lines=[TranscriptLine(role, text) for role, text in turns]))
    return {f.key: f.value for f in result.facts}


def test_a_name_answering_the_agents_question():
    said = dialogue(("agent", "תודה שפנית. מה שמך המלא?"), ("customer", "רונית גבאי"))
    assert said["name"] == "רונית גבאי"
    said = dialogue(("agent", "שלום, עם מי אני מדבר?"), ("customer", "שלמה דהן."))
    assert said["name"] == "שלמה דהן"


def test_hebrew_words_not_asked_for_or_later_in_the_answer_are_no_name():
    assert "name" not in dialogue(("agent", "איך אפשר לעזור?"), ("customer", "הראוטר מהבהב"))
    assert "name" not in dialogue(("agent", "מה שמך?"), ("customer", "רגע, אני בודקת. אולי מחר"))
    assert "name" not in dialogue(("agent", "מה שמך?"), ("customer", "למה צריך את זה?"))


def test_a_name_after_kan_ending_its_sentence():
    assert facts("ערב טוב, כאן רחל אלון. יש לי שאלה על החשבון")["name"] == "רחל אלון"
    assert "name" not in facts("שלום, כאן בבית לא עובד כלום.")


def test_a_signature_under_a_closing_with_title_and_town():
    said = facts("שלום,\nהחשבונית לא הגיעה.\n\nבברכה,\nיעל רוזן\nרואת חשבון\nנתניה | 052-5551234")
    assert said["name"] == "יעל רוזן"
    assert said["occupation"] == "רואת חשבון"
    assert said["location"] == "נתניה"


def test_a_closing_followed_by_a_sentence_is_no_signature():
    assert "name" not in facts("שלום,\nתודה רבה\nאני מחכה לתשובה")


def test_contact_hours_keep_the_hours_wanted_after_the_ones_refused():
    said = facts("אני עובדת בלילות, אז אל תתקשרו אליי בצהריים, רק אחרי 18:00")
    assert "18" in said["contact_hours"]
    assert "contact_hours" not in facts("התקשרתם אליי אתמול בבוקר ולא עניתי")


def test_channel_preferred_with_adif_with_answer_me_and_message_not_call():
    assert facts("ועדיף לי בוואטסאפ, אני בישיבות כל היום")["preferred_contact_channel"] == "WhatsApp"
    assert facts("תענו לי רק במייל בבקשה, אני לא עונה לטלפון")["preferred_contact_channel"] == "email"
    assert facts("עדיף שהטכנאי ישלח הודעה ולא יתקשר.")["preferred_contact_channel"] == "SMS"
    assert "preferred_contact_channel" not in facts("מה עדיף, בוואטסאפ או במייל?")


def test_a_pet_named_right_after_its_kind():
    assert facts("יש לי חתולה מיצי שלא אוכלת כלום")["pet"] == "מיצי (חתולה)"
    assert facts("יש לי כלב לברדור גדול")["pet"] == "כלב"
    assert facts("יש לנו חתול שנכנס לארון")["pet"] == "חתול"


def test_a_plan_named_in_answer_with_the_article():
    assert facts("דירה ותכולה, המסלול המשודרג.")["plan"] == "משודרג"
    assert facts("כן, החבילה עם הסרטים")["plan"] == "סרטים"
    assert "plan" not in facts("כמה עולה, המסלול המשודרג?")
    assert "plan" not in facts("עברתי דירה, החבילה החדשה.")


def test_a_new_immigrants_hometown():
    assert facts("סליחה על העברית, אני עולה חדש מאודסה, אפשר באנגלית?")["hometown"] == "אודסה"
    assert "hometown" not in facts("המחיר עולה מחר?")


def test_a_hebrew_brand_after_the_device_noun():
    assert facts("הטלוויזיה סמסונג, קנינו לפני שנה.")["device"] == "סמסונג"


def test_children_with_the_construct_form_and_as_a_family():
    assert facts("אני גר עם בעלי ושלושת הילדים")["children"] == "שלושת ילדים"
    assert facts("אנחנו משפחה עם ארבעה ילדים, צריך רכב גדול")["children"] == "ארבעה ילדים"
    assert "spouse" not in facts("אני גר עם בעלי ושלושת הילדים")
    assert "spouse" not in facts("אני בעבודה, אבל אשתי תהיה בבית.")


def test_the_town_answering_the_agents_question_about_the_address():
    said = dialogue(("agent", "מה הכתובת שלך?"), ("customer", "רחוב ויצמן 4, נתניה."))
    assert said["location"] == "נתניה"
    assert "location" not in dialogue(("agent", "מה הכתובת שלך?"), ("customer", "רגע, אני בודקת"))
    assert "location" not in dialogue(("agent", "איך אפשר לעזור?"), ("customer", "רחוב ויצמן 4, נתניה."))


def test_a_hyphenated_surname_is_one_word():
    assert facts("ערב טוב, שמי רונית בר-לב ויש לי שאלה")["name"] == "רונית בר-לב"


def test_mid_message_ani_before_a_prefixed_word_says_where_not_who():
    assert "name" not in facts("תודה. אני בשכונה החדשה, קומה שנייה")
    assert facts("היי, אני בני. יש לי שאלה")["name"] == "בני"


def test_the_address_and_living_with_someone():
    assert facts("רק תעדכנו שהכתובת שלי היא בנתניה עכשיו")["location"] == "נתניה"
    assert facts("אני ובעלי גרים עכשיו בחולון, ליד הפארק")["location"] == "חולון"
    assert "location" not in facts("הכתובת של אמא שלי היא בחולון")


def test_an_employer_after_a_job_and_a_word_of_its_own():
    assert facts("אני מהנדס חומרה באלביט כבר חמש שנים")["employer"] == "אלביט"


def test_a_message_instead_of_a_call():
    said = facts("אל תתקשרו בבוקר, תתקשרו רק אחרי 5 או פשוט תשלחו מייל")
    assert said["preferred_contact_channel"] == "email"
    assert "preferred_contact_channel" not in facts("התקשרתי אליכם אתמול או ששלחתי מייל?")


def test_an_employer_named_after_the_kind_of_place():
    assert facts("אני רופאה בבית חולים איכילוב, במחלקה פנימית")["employer"] == "איכילוב"
    assert "employer" not in facts("אני מורה בבית ספר יסודי ליד הבית")


def test_preferring_a_language_is_no_preference_and_becoming_vegan_no_move():
    said = facts("אם יש נציגה שמדברת צרפתית, אני מעדיפה בצרפתית.")
    assert said["preferred_language"] == "French"
    assert "preferences" not in said
    said = facts("עדכון: עברתי להיות צמחונית, אז בלי בשר מעכשיו")
    assert said["dietary"] == "צמחונית"
    assert "location" not in said


def test_keep_me_posted_from_now_on_by_a_channel():
    assert facts("ותעדכנו אותי מהיום רק במייל, תודה")["preferred_contact_channel"] == "email"
    assert "preferred_contact_channel" not in facts("עדכנתם אותי אתמול במייל?")


def test_a_name_before_where_they_are_from():
    said = facts("היי, אני רותם לוי מאשדוד, יש לי תקלה בראוטר")
    assert said["name"] == "רותם לוי"
    assert said["location"] == "אשדוד"
    assert "name" not in facts("שלום, אני חוזרת מחר.")


def test_the_age_answering_the_agents_question():
    assert dialogue(("agent", "ובת כמה את?"), ("customer", "בת 64"))["age"] == "64"
    assert "age" not in dialogue(("agent", "ובת כמה הבת שלך?"), ("customer", "בת 9"))


def test_a_need_of_someone_else_is_not_the_customers():
    assert facts("אני כבדת שמיעה, עדיף לכתוב לי")["accessibility"] == "כבדת שמיעה"
    assert "accessibility" not in facts("אבא שלי עיוור ולכן אני מתקשרת בשבילו")
    assert "accessibility" not in facts("הכלב שלי חירש לגמרי")


def test_the_age_after_the_name_and_everything_by_one_channel():
    said = facts("שלום, שמי גלית רון, בת 38, ואני רוצה לשנות מסלול")
    assert said["age"] == "38"
    assert "age" not in facts("שמי גלית, הבן שלי בן 9 וצריך עזרה")
    assert facts("אבקש שכל ההתכתבות איתי תהיה במייל, לא בטלפון")["preferred_contact_channel"] == "email"
    assert facts("ואת כל דבר תשלחו לי במכתב, בבקשה")["preferred_contact_channel"] == "Post"
    assert "preferred_contact_channel" not in facts("כל העדכונים יישלחו במייל?")


def test_a_surname_with_ben_and_a_name_before_the_age():
    assert facts("היי זה אורית בן דוד אני צריכה לחדש מרשם")["name"] == "אורית בן דוד"
    said = facts("אני אלון בן 14 מבאר שבע ויש לי שאלה")
    assert (said["name"], said["age"], said["location"]) == ("אלון", "14", "באר שבע")
    assert "age" not in facts("היי, אני אמא לילד בן 5 ויש לי שאלה")
    assert facts("אני משה בן שלושים.")["name"] == "משה"


def test_bro_opening_a_message_is_no_brother():
    assert "brother" not in facts("אחי הקנייה של 1200 יהלומים לא נכנסה לי")
    assert facts("אחי יעקב ביקש ממני להתקשר")["brother"] == "יעקב (אחי)"


def test_a_device_said_with_the_verb_of_using_it_and_a_tier_after_ani_be():
    said = facts("אני משחק מאייפון 11 ואני ב VIP 3")
    assert (said["device"], said["plan"]) == ("אייפון 11", "VIP 3")
    assert "plan" not in facts("אני בבית עכשיו")


def test_hearing_aid_with_the_article_and_not_seeing_well():
    assert "שמיעה" in facts("מכשיר השמיעה הימני שלי מפסיק לעבוד")["accessibility"]
    assert facts("אני לא רואה טוב במסך")["accessibility"] == "לא רואה טוב"
    assert "accessibility" not in facts("אני לא רואה את הכפתור")


def test_allergy_after_ve_yesh_li():
    assert facts("ויש לי אלרגיה לפניצילין שיהיה רשום")["allergies"] == "פניצילין"


def test_channel_only_by_one_app_explained_on_the_phone_and_better_by():
    assert facts("רק בוואטסאפ אני מורה ובבוקר אני בכיתה")["preferred_contact_channel"] == "WhatsApp"
    assert facts("רק הסבר בטלפון, לאט.")["preferred_contact_channel"] == "phone"
    assert facts("רק הסבר בטלפון, לאט.")["instruction_pace"] == "לאט"
    assert facts("מעכשיו עדיף לשלוח לי הודעות SMS ולא מייל")["preferred_contact_channel"] == "SMS"
    assert facts("אבקש שכל עדכון יישלח אליי במייל ולא בטלפון.")["preferred_contact_channel"] == "email"
    assert "preferred_contact_channel" not in facts("עדיף לשלוח לכם מייל?")
    assert "preferred_contact_channel" not in facts("ניסיתי רק בוואטסאפ?")


def test_answers_to_in_whose_name_where_and_what_job():
    said = dialogue(("agent", "על שם מי ההזמנה?"), ("customer", "נטע שפירא ההזמנה ORD-66120"))
    assert said["name"] == "נטע שפירא"
    assert "name" not in dialogue(("agent", "על שם מי ההזמנה?"), ("customer", "לא זוכרת ההזמנה 5512"))
    assert (
        dialogue(("agent", "לאיזו כתובת?"), ("customer", "גבעתיים אותה כתובת. אני מקווה שתסדרו מהר"))["location"]
        == "גבעתיים"
    )
    assert dialogue(("agent", "ומה המקצוע שלך?"), ("customer", "חקלאי, יש לי רפת."))["occupation"] == "חקלאי"
    assert "occupation" not in dialogue(("agent", "ומה המקצוע שלך?"), ("customer", "למה זה חשוב?"))


def test_a_signature_with_the_field_taught_and_the_organization():
    said = facts("שלום,\nהמעלית לא עובדת.\n\nתודה,\nמיכל אהרוני\nמרצה לסטטיסטיקה\nאוניברסיטת בר-אילן\nרמת גן")
    assert (said["occupation"], said["employer"]) == ("מרצה לסטטיסטיקה", "אוניברסיטת בר-אילן")
    assert facts("אני אחות במשמרות באיכילוב")["employer"] == "איכילוב"


def test_with_our_children_counted():
    assert facts("בבקרים אני עם שני הילדים.")["children"] == "שני ילדים"
    assert facts("אבל מיכל בבית עם שלושת הילדים שלנו אחר הצהריים")["children"] == "שלושת ילדים"
    assert "children" not in facts("אני עם שני הילדים של אחותי")


def test_title_and_organization_on_one_signature_line_and_a_student_at_a_university():
    said = facts('בברכה,\nאבי מזרחי\nמנכ"ל, מזרחי לוגיסטיקה בע"מ\nאשדוד')
    assert (said["occupation"], said["employer"]) == ('מנכ"ל', 'מזרחי לוגיסטיקה בע"מ')
    assert "employer" not in dialogue(("agent", "ומה המקצוע שלך?"), ("customer", "חקלאי, יש לי רפת."))
    said = facts("עומר שטרן. סטודנט לפסיכולוגיה באוניברסיטת תל אביב, גר ברמת אביב.")
    assert (said["occupation"], said["employer"]) == ("סטודנט לפסיכולוגיה", "אוניברסיטת תל אביב")
    assert facts("אני רואה חשבון במשרד גולן-פרץ, ובעונת הדוחות אני לא בבית")["employer"] == "גולן-פרץ"


def test_a_closing_and_the_full_name_on_the_last_line():
    assert facts("תענו בקצרה בבקשה, אין לי זמן.\nתודה, שירה כהן")["name"] == "שירה כהן"
    assert "name" not in facts("תענו בקצרה בבקשה.\nתודה, מחכה לתשובה")


def test_allergy_with_she_and_gam_kosher_asked_for_and_kept():
    assert facts("ותשימו לב בבקשה שיש לי גם אלרגיה לשומשום, אז בלי טחינה")["allergies"] == "שומשום"
    assert facts("רציתי לוודא שהארוחות כשרות, אנחנו שומרים כשרות.")["dietary"] == "שומרים כשרות"
    assert facts("ואני מבקשת מוצרים כשרים בלבד, גם בוויטמינים.")["dietary"] == "כשרים"
    assert "dietary" not in facts("יש לכם מוצרים כשרים?")


def test_an_industry_is_no_employer_and_the_name_after_it_is():
    said = facts("אני מהנדס בחברת שבבים, סיליקון גליל, וטס לארה״ב כל חודש.")
    assert said["employer"] == "סיליקון גליל"
    assert "employer" not in facts("אני מפתח בסטארטאפ ועובד עד מאוחר")
    assert facts("אני עובד בחברת אלביט, בחיפה")["employer"] == "אלביט"


def test_a_channel_refused_is_not_the_channel_and_only_in_writing_is():
    said = facts("אני כבדת שמיעה אז אל תציעו לי לדבר בטלפון, רק בכתב")
    assert said["preferred_contact_channel"] == "רק בכתב"
    assert facts("אפשר לדבר בטלפון בבקשה")["preferred_contact_channel"] == "phone"


def test_a_model_word_in_hebrew_a_product_line_of_a_brand_and_the_fibre_speed():
    assert facts("אני לא מצליח לפתוח את התרגיל במקבוק אייר שלי")["device"].startswith("מקבוק")
    said = facts("יש לי את ה-Deco של TP-Link, שתי יחידות, מחובר לסיבים 1000 שלכם.")
    assert (said["device"], said["plan"]) == ("Deco", "1000")
    assert "plan" not in facts("כמה עולים סיבים 1000 אצלכם?")


def test_the_caller_in_the_third_person_and_a_dash_before_the_hours():
    said = facts("רק בבקשה שהטכנאי לא יתקשר לפני 10 בבוקר, אני עובדת עד מאוחר")
    assert said["contact_hours"] == "לא יתקשר לפני 10 בבוקר"
    assert "contact_hours" not in facts("הטכנאי התקשר אליי אתמול")


# --- Session 7: held-out set 8 ----------------------------------------------------------------------


def test_an_adverb_between_ani_and_gar():
    assert facts("לא אחי אני בכלל גר בנתניה, איך זה הגיע לשם")["location"] == "נתניה"
    assert facts("אנחנו כרגע גרים בחדרה")["location"] == "חדרה"
    assert "location" not in facts("אני בכלל לא מבין למה זה נשלח לחדרה")


def test_still_living_there_answered_and_the_address_read_back():
    said = dialogue(("agent", "את עדיין גרה ברמת גן?"), ("customer", "כן רמת גן"))
    assert said["location"] == "רמת גן"
    said = dialogue(("agent", "הכרטיס יגיע לכתובת בבאר שבע, נכון?"), ("customer", "כן, באר שבע, שכונה ד'"))
    assert said["location"] == "באר שבע"
    said = dialogue(("agent", "הכרטיס יגיע בעוד שבוע, נכון?"), ("customer", "כן, באר שבע זה רחוק"))
    assert "location" not in said


def test_the_town_under_a_street_in_a_signature():
    said = facts("שלום רב,\nאבקש לעדכן פרטים.\n\nבברכה,\nשמעון אלמוג\nרחוב הנביאים 14, ירושלים")
    assert said["location"] == "ירושלים"
    assert "location" not in facts("שלום רב,\nאבקש לעדכן פרטים.\n\nבברכה,\nשמעון אלמוג\nרחוב הנביאים 14, קומה 2")


def test_call_before_as_confirm_before_acting():
    assert "confirm_before_acting" in facts("כן, תמיד תתקשרו לפני. ודבר לאט קצת")
    assert "confirm_before_acting" in facts("כן תמיד להתקשר לפני, אני עובד משמרות")
    assert "confirm_before_acting" not in facts("אל תתקשרו לפני 10 בבוקר")


def test_answers_in_writing():
    assert "כתב" in facts("אני בן שבעים, ואשמח אם התשובות יהיו בכתב ובשפה פשוטה")["preferred_contact_channel"]
    assert "preferred_contact_channel" not in facts("קיבלתי את התשובה בכתב אתמול")


def test_hearing_with_one_ear():
    assert "accessibility" in facts("ודבר לאט קצת, אני שומע רק באוזן אחת")
    assert "accessibility" not in facts("שמעתי את זה באוזניות")


def test_the_one_channel_named_alone_and_a_reminder_by_sms():
    assert facts("רק וואטסאפ בבקשה, מיילים אני לא פותחת")["preferred_contact_channel"] == "WhatsApp"
    assert facts("מעולה. תזכירו לי בSMS, אני מורה")["preferred_contact_channel"] == "SMS"
    assert "preferred_contact_channel" not in facts("רק וואטסאפ לא עובד לי מאתמול")


def test_an_allergy_answered_in_hebrew():
    said = dialogue(("agent", "רשמתי. יש לך רגישות לתרופות?"), ("customer", "כן, לסולפה. וגם יש לי כלב"))
    assert "סולפה" in said["allergies"]
    said = dialogue(("agent", "יש לך רגישות לתרופות?"), ("customer", "לא, כלום"))
    assert "allergies" not in said


def test_aliyah_with_a_one_word_time():
    assert facts("עליתי לפני שנתיים מניו ג'רזי")["hometown"] == "ניו ג'רזי"
    assert "hometown" not in facts("עליתי לפני שנתיים לקומה השלישית")


def test_a_branch_or_a_person_is_no_plan():
    assert "plan" not in facts("עברנו לקריית טבעון, אפשר להעביר אותי לסניף טבעון?")
    assert facts("תעבירו אותי לפרימיום")["plan"]


def test_where_a_delivery_is_not_left():
    assert "השכן" in facts("סבבה. ושלא ישאירו אצל השכן, הוא שוטר")["preferences"]
    assert "preferences" not in facts("השליח השאיר את החבילה אצל השכן אתמול")


def test_a_language_chosen_from_two_offered():
    said = dialogue(
        ("agent", "Noted. Do you want updates in English or Hebrew?"), ("customer", "English please, עברית זה קשה לי")
    )
    assert said["preferred_language"] == "English"
    said = dialogue(("agent", "Do you want the delivery on Sunday or Monday?"), ("customer", "Sunday, English is fine"))
    assert "preferred_language" not in said


def test_a_pet_answered_kind_then_name():
    assert "שוקו" in facts("כלבה, שוקו, לברדור.")["pet"]
    assert "חתול" not in facts("כלב, חתול, תוכי.").get("pet", "")
    assert "גדולה" not in facts("כלבה, גדולה, לברדור.").get("pet", "")
