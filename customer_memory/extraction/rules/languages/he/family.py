"""Hebrew patterns for family and pets: relatives and their names, marital status, children, pets."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import rx
from customer_memory.extraction.rules.languages.he.words import (
    _BASE,
    _NAME_WORD,
    _NOT_NAME,
    _START,
    _SUFFIXED,
    _W,
    PETS,
    _trie,
)

# What a name is not followed by: a verb's object ("הבת שלי אמרה לי" is not a daughter called אמרה).
_NOT_AFTER_NAME = r"(?!\s(?:לי|לו|לה|לנו|להם|לכם|את|אותי|אותו|אותה|אותנו|עליי|אליי|איתי|ממני|בשבילי|אצלי|שלי)(?!\w))"

_ONE_NAME = rf"{_NOT_NAME}(?P<name>{_NAME_WORD})(?![\w'׳]){_NOT_AFTER_NAME}"

_REL = _trie(_BASE)
_REL_SUFFIXED = _trie(_SUFFIXED)
_PET = _trie(PETS)
_PET_MOD = r"(?:\s(?:הנחייה|נחייה|הנחיה|השירות|המחמד|הקטן|הקטנה|הגדול|הגדולה|הזקן|הזקנה|החדש|החדשה|המתוק|המתוקה))?"
_REL_MOD = (
    r"(?:\s(?:הבכור|הבכורה|הקטן|הקטנה|הגדול|הגדולה|האמצעי|האמצעית|הצעיר|הצעירה|המבוגר|המבוגרת|היחיד|היחידה|"
    r"הראשון|השני|השנייה|האהוב|האהובה|היקר|היקרה|המקסימה|המתוקה))?"
)
# "בעלי חיים", "בתי ספר": the suffixed form before these words is not a relative.
_NOT_RELATIVE = (
    r"(?!\s(?:חיים|עסקים|עסק|הבית|מקצוע|חשבון|כרטיס|מניות|דירות|תפקיד|ספר|חולים|קפה|אבות|משפט|כנסת|מלון|"
    r"מרקחת|דין|מלאכה|ברית|זכות|תוכנה)(?!\w))"
)
_KIDS = r"(?:ילדים|ילדות|ילדים קטנים|בנים|בנות|נכדים|נכדות)"
_HOW_MANY = r"(?:\d{1,2}|שני|שתי|שלושה|שלוש|ארבעה|ארבע|חמישה|חמש|שישה|שש|שבעה|שבע|שמונה|תשעה|תשע|עשרה|עשר)"

RELATION = (
    # "הנכדה שלי נועה", "לאבא שלי, משה", "והבן הבכור שלנו איתי".
    rx(rf"{_START}ו?(?:שה|מה|ה|ל|מ|ב|כ)?(?P<rel>{_REL}){_REL_MOD}\s(?:שלי|שלנו),?\s{_ONE_NAME}"),
    # "אשתי שרה", "ואחי יעקב", "עם בעלי אברהם".
    rx(rf"{_START}ו?(?:ל|מ|ש)?(?P<rel>{_REL_SUFFIXED}){_NOT_RELATIVE},?\s{_ONE_NAME}"),
)

MARITAL = (
    rx(
        # "אני נשואה", "אני בן 45 ונשוי".
        rf"{_START}(?:ו|ש|כש)?אני\s(?:כבר\s|עדיין\s|גם\s|(?:בן|בת)\s[^\s.,;!?]{{1,12}}(?:\sו[^\s.,;!?]{{2,8}})?,?\sו?)?"
        r"(?P<v>נשוי|נשואה|גרוש|גרושה|אלמן|אלמנה|רווק|רווקה|פרוד|פרודה|"
        r"מאורס|מאורסת|נשואים|גרושים)(?![\w'׳])"
    ),
)

CHILDREN = (
    # "יש לי שלושה ילדים", "יש לנו 2 בנות".
    rx(rf"{_START}ו?יש\s(?:לי|לנו)\s(?:גם\s|כבר\s)?(?P<v>{_HOW_MANY})\s(?P<what>{_KIDS})(?![\w'׳])"),
    # "עם בעלי אברהם ושלושה ילדים", "נשואה + 3".
    rx(
        rf"{_START}(?:בעלי|אשתי|בן זוגי|בת זוגי|(?:בן|בת) הזוג שלי|נשוי|נשואה)(?:\s{_W}){{0,2}}"
        rf"\s(?:ו|\+\s?)(?P<v>{_HOW_MANY})(?:\s(?P<what>{_KIDS}))?(?![\w'׳])"
    ),
    # "אני אמא לשלושה".
    rx(rf"{_START}(?:ו|ש|כש)?אני\s(?:אמא|אבא|סבתא|סבא)\sל-?(?P<v>{_HOW_MANY})(?:\s(?P<what>{_KIDS}))?(?![\w'׳])"),
)

PET = (
    # "הכלבה שלי לוסי", "החתול שלי, שוקו", "כלבת הנחייה שלי, בלה", "הכלב שלי" (no name).
    rx(
        rf"{_START}ו?(?:שה|מה|ה|ל|מ|ב|כ)?(?P<species>{_PET}){_PET_MOD}\s(?:שלי|שלנו)"
        rf"(?:,?\s(?P<name>{_NAME_WORD})(?![\w'׳]){_NOT_AFTER_NAME})?"
    ),
    # "יש לי כלב בשם רקס", "יש לנו חתולה".
    rx(
        rf"{_START}יש\s(?:לי|לנו)\s(?:גם\s)?(?:(?:כלב|כלבת)\s(?:נחייה|הנחייה|שירות)|(?P<species>{_PET}))"
        rf"(?![\w'׳])(?:\s(?:בשם|שקוראים\sלו|שקוראים\sלה|ששמו|ששמה)\s(?P<name>{_NAME_WORD}))?"
    ),
)
