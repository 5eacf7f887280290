"""Vietnamese vocabulary tables and the pattern building blocks the pack's modules share.

Four things shape the patterns:

- A pronoun after a noun is a possessive ("con gái tôi tên Mai" is my daughter's name), so a
  statement about the customer wants a pronoun that no noun owns (`OWNER_WORDS`, `_subject`);
  the subject-less forms ("…, giờ sống ở Huế") want the start of a clause (`_clause`).
- Em, anh, chị are "I" and "you": "em ở Hà Nội à?" asks the agent, so these statements are not
  questions (`_stated`).
- Many given names fold to a function word (Thị/thì, Nhung/nhưng, Tư/từ, Đỗ/đó, Tài/tại, Lâm/lắm,
  Sơn La/là), so those words end a value only when written in lower case (`_LOW_STOP`), never
  through `clause_words`, which also cut names.
- Speed: every pattern starts with a literal word (a keyword, or the value's capital letter), so the
  regex engine skips to it; what comes before it (the pronoun, the start of the clause) is checked
  by fixed-width lookbehinds, and a cheap test comes first so that text full of the word costs little.
"""

from __future__ import annotations

import re

from customer_memory.extraction.rules.languages import rx
from customer_memory.extraction.rules.text import words

RELATIONS = {
    "vo": "spouse", "chong": "spouse", "ba xa": "spouse", "ong xa": "spouse", "nguoi yeu": "spouse",
    "ban trai": "spouse", "ban gai": "spouse", "vo sap cuoi": "spouse", "chong sap cuoi": "spouse",
    "con gai": "daughter", "con trai": "son", "me": "mother", "me de": "mother", "bo": "father", "cha": "father",
    "anh trai": "brother", "em trai": "brother", "anh ruot": "brother", "chi gai": "sister", "em gai": "sister",
    "chi ruot": "sister", "chau trai": "grandson", "chau gai": "granddaughter", "chau noi": "grandchild",
    "chau ngoai": "grandchild", "chau": "grandchild", "ong noi": "grandfather", "ong ngoai": "grandfather",
    "ba noi": "grandmother", "ba ngoai": "grandmother",
}  # fmt: skip
PETS = {
    "cho": "dog", "cun": "dog", "cho con": "dog", "poodle": "dog", "corgi": "dog", "husky": "dog", "alaska": "dog",
    "pug": "dog", "becgie": "dog", "bec gie": "dog", "chihuahua": "dog", "shiba": "dog", "phoc": "dog",
    "golden": "dog", "meo": "cat", "meo con": "cat", "chim": "bird", "vet": "parrot", "ca vang": "fish",
    "ca canh": "fish", "ca betta": "fish", "ca koi": "fish", "tho": "rabbit", "rua": "turtle", "hamster": "hamster",
    "chuot hamster": "hamster", "ngua": "horse", "ran": "snake",
}  # fmt: skip
NUMBERS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "nham": 5, "sau": 6, "bay": 7, "tam": 8,
    "chin": 9, "linh": 0, "le": 0,
}  # fmt: skip
# "bảy mươi lăm" = 7 x 10 + 5; mười and mươi both fold to "muoi".
MULTIPLIERS = {"muoi": 10, "chuc": 10, "tram": 100}
OCCUPATIONS = words(
    "giao vien|co giao|thay giao|giang vien|giao su|hieu truong|bac si|y ta|dieu duong|ho ly|duoc si|nha si|"
    "bac si thu y|y si|ky su|ki su|ky thuat vien|ke toan|ke toan truong|kiem toan|luat su|sinh vien|hoc sinh|"
    "nghien cuu sinh|nong dan|ngu dan|cong nhan|tai xe|lai xe|tho may|tho dien|tho xay|tho moc|tho ho|tho sua xe|"
    "tho cat toc|tho lam toc|tho nail|tho chup anh|tho han|tho son|tho co khi|tho sua dien thoai|"
    "tho sua may|tho kim hoan|tho ong nuoc|tho dien lanh|tho rang|tho uon toc|"
    "dau bep|phu bep|phuc vu|kien truc su|nha bao|phong vien|bien tap vien|"
    "nha van|hoa si|ca si|nhac si|nhiep anh gia|nha thiet ke|thiet ke|lap trinh vien|thu ky|le tan|bao ve|tap vu|"
    "giup viec|noi tro|tieu thuong|doanh nhan|giam doc|pho giam doc|truong phong|quan ly|nhan vien|chuyen vien|"
    "tu van vien|cong chuc|vien chuc|bo doi|quan nhan|cong an|canh sat|phi cong|tiep vien|huong dan vien|"
    "phien dich|bien dich|thu ngan|huan luyen vien|van dong vien|shipper|freelancer|chef|developer|designer|"
    "engineer|tester|marketing|sale|sales|product manager|project manager|manager|kinh doanh|nhan su|"
    "ky su phan mem|dev|lap trinh|thu kho|duoc ta|tro ly|tro giang|giao dich vien|dieu phoi vien|thu quy|trinh duoc vien|kiem lam|thong dich vien|streamer|youtuber|barista|lam bep|dau bep"
)
LANGUAGES = {
    "tieng viet": "Vietnamese", "tieng anh": "English", "tieng phap": "French", "tieng duc": "German",
    "tieng trung": "Chinese", "tieng hoa": "Chinese", "tieng han": "Korean", "tieng nhat": "Japanese",
    "tieng nga": "Russian", "tieng tay ban nha": "Spanish", "tieng bo dao nha": "Portuguese", "tieng y": "Italian",
    "tieng thai": "Thai", "tieng do thai": "Hebrew",
}  # fmt: skip
CHANNELS = {
    "zalo": "Zalo", "email": "email", "e-mail": "email", "mail": "email", "gmail": "email", "thu dien tu": "email",
    "sms": "SMS", "tin nhan": "SMS", "nhan tin": "SMS", "viber": "Viber", "whatsapp": "WhatsApp", "messenger": "Messenger",
    "facebook": "Messenger", "fb": "Messenger", "telegram": "Telegram", "dien thoai": "phone", "goi dien": "phone",
}  # fmt: skip
BRANDS = words(
    "iphone|ipad|macbook|imac|apple watch|airpods|samsung|galaxy|oppo|xiaomi|redmi|poco|vivo|realme|huawei|"
    "honor|nokia|vsmart|bphone|masstel|itel|tecno|asus|dell|hp|lenovo|acer|msi|lg|sony|tcl|panasonic|toshiba|"
    "sharp|casio|tp-link|tplink|tenda|ezviz|imou|kindle|playstation|xbox|nintendo|canon|epson|daikin|"
    "electrolux|pixel|surface|garmin|fitbit"
)
DEVICES = words(
    "dien thoai|dt|dtdd|may tinh bang|may tinh|laptop|may|tablet|tivi|ti vi|tv|smart tv|camera|router|modem|"
    "dong ho|tu lanh|may giat|dieu hoa|may lanh|loa|tai nghe|may in|dau thu"
)
# The pronouns a customer uses for themself (by age and by whom they talk to), with chat shorthand.
PRONOUNS = words("toi|tui|minh|mik|mk|em|e|anh|chi|to|ong|ba|bac|chu|a|c")
# Adverbs between a pronoun and its verb ("tôi hiện đang sống", "em năm nay 28").
ADVERBS = words(
    "hien|gio|bay gio|nay|da|dang|van|cung|moi|vua|thi|nam nay|hien dang|hien tai|con|chi|hay|thuong|duoc|that ra|"
    "thuc ra|rat|cung rat|van rat"
)
# Words after which a clause starts (discourse particles, conjunctions, greetings, time adverbs).
START_WORDS = words(
    "da|vang|ok|oke|okay|u|uh|um|a|ah|alo|thi|va|nhung|vi|nen|gio|bay gio|hien|hien tai|hien nay|nay|la|"
    "xin chao|chao|hello|hi|ad|oi|nhe|roi|the ma|tuc la|noi chung|nam nay|thuc ra|that ra|chao ban|chao shop|"
    "chao em|chao anh|chao chi|chao ad|chao admin|chao bac|chao co|chao chu|chao chau|nhung gio|con|ma gio"
)
_PUNCT = r"[.,!?;:\n(…~\-]"
# Words after which a pronoun is not a subject but an owner or an object: "con gái tôi", "vợ tôi",
# "của tôi", "nhà tôi", "giúp tôi", "gọi tôi".
OWNER_WORDS = words(
    "con|gai|trai|vo|chong|me|bo|cha|ba|anh|chi|em|chau|ong|ban|sep|cua|nha|cho|voi|giup|goi|hoi|noi|ngoai|be|co|"
    "chu|bac|thay|theo|ve|khau|khoan|thoai|may|ut|yeu|ny|lam|que|ty|phong|hang|truong|xuong|tiem|quan|shop|nguoi"
)


def _group(entries) -> list[list[str]]:
    """The entries by length, longest first (a lookbehind needs one width)."""
    by_length: dict[int, list[str]] = {}
    for entry in entries:
        by_length.setdefault(len(entry), []).append(entry)
    return [by_length[length] for length in sorted(by_length, reverse=True)]


def _both(entries) -> list[str]:
    """Each entry and its capitalised twin (the start of a message or a sentence)."""
    return sorted({form for entry in entries for form in (entry, entry[:1].upper() + entry[1:])})


def _lit(entries) -> str:
    return "(?:" + "|".join(re.escape(e) for e in sorted(set(entries), key=len, reverse=True)) + ")"


def _trie(entries) -> str:
    """An alternation bucketed by first letter (lower case; wrap it in `(?i:…)`): one test per letter
    instead of one per entry, for long lists (jobs, relations, brands)."""
    buckets: dict[str, list[str]] = {}
    for entry in entries:
        buckets.setdefault(entry[0], []).append(entry[1:])
    parts = []
    for first, rests in sorted(buckets.items()):
        longer = [rest for rest in rests if rest]
        body = _lit(longer) + ("?" if len(longer) < len(rests) else "") if longer else ""
        parts.append(re.escape(first) + body)
    return "(?:" + "|".join(parts) + ")"


def _start(start_words) -> str:
    """The start of a clause, as zero-width checks at the position of its first word: the start of the
    message, punctuation, or one of `start_words`. "ma" and "con" ("mà", "còn") only in lower case:
    "Má tôi", "Con tôi" are "my mother", "my child"."""
    checks = [r"(?<![\s\S])"] + ["(?<=" + _PUNCT + r"\s" * spaces + ")" for spaces in range(4)]
    lower_only = [w for w in start_words if w in {"ma", "con"}]
    checks += [rf"(?<=\b{_lit(_both(g))}\s)" for g in _group([w for w in start_words if w not in lower_only])]
    checks += [rf"(?<=\b{_lit(g)}\s)" for g in _group(lower_only)]
    return "(?:" + "|".join(checks) + ")"


_START = _start(START_WORDS)
# Where a subject-less clause starts ("…, giờ sống ở Sài Gòn"): not after "thì" ("con gái tôi thì sống ở…").
_START_BARE = _start(words("gio|bay gio|hien|hien tai|hien nay|nay|nhung|nhung gio|ma gio|ma|va|con"))


def _word(entries, *, both: bool = True, gate: str = "") -> str:
    """Whole words: the literal first (the engine skips to it), then `gate` (a cheap test of what follows,
    so that a text full of the word costs little), then the left boundary."""
    forms = _both(entries) if both else list(entries)
    checks = "|".join(rf"(?<=\b{_lit(group)})" for group in _group(forms))
    return _lit(forms) + gate + "(?:" + checks + ")"


def _clause(entries, *, start: str = _START) -> str:
    """Words that start a clause ("nhà ở…", "năm nay 70 tuổi")."""
    forms = _both(entries)
    checks = "|".join(rf"(?<={_lit(g)})(?<={start}.{{{len(g[0])}}})" for g in _group(forms))
    return _lit(forms) + "(?:" + checks + ")"


# "vợ chồng tôi" (my wife and I) is "we": "chồng" owns the pronoun unless "vợ" comes before it.
_OWNED = (
    "".join(rf"(?<!\b{_lit(_both(group))}\s)" for group in _group([w for w in OWNER_WORDS if w != "chong"]))
    + r"(?<!(?<!\b[Vv]o\s)\b[Cc]hong\s)"
)


def _before_subject(tails, adverbs) -> str:
    """Checks, at the end of a `tail` (regex, width), that a pronoun (and maybe an adverb) comes right before it,
    the pronoun not owned by a noun before it. A cheap lookbehind first wants a pronoun or an adverb there;
    then, for each width the pronoun and adverb can take, one lookbehind wants them and one looks before them."""
    by_width: dict[int, list[str]] = {}
    for tail, size in tails:
        for pronoun in _group(PRONOUNS):
            head = rf"\b{_lit(_both(pronoun))}\s"
            by_width.setdefault(len(pronoun[0]) + 1 + size, []).append(head + tail)
            for adverb in _group(adverbs):
                width = len(pronoun[0]) + len(adverb[0]) + 2 + size
                by_width.setdefault(width, []).append(head + _lit(adverb) + r"\s" + tail)
    checks = "|".join(
        rf"(?<=(?:{'|'.join(heads)}))(?<={_OWNED}.{{{width}}})" for width, heads in sorted(by_width.items())
    )
    befores = _group(list(PRONOUNS) + list(adverbs))
    # The last two letters of the word before: one test that throws out almost every other text.
    # (a one-letter word, "e", after a non-letter).
    endings = sorted({before[-2:] if len(before) > 1 else " " + before for before in [*PRONOUNS, *adverbs]})
    gate = "|".join(rf"(?<={_lit(_both(endings))}\s{tail})" for tail, _ in tails)
    # ("e tên Lan" opening the message: no space before the one-letter word.)
    if singles := sorted({before for before in [*PRONOUNS, *adverbs] if len(before) == 1}):
        gate += "|" + "|".join(rf"(?<=^{_lit(_both(singles))}\s{tail})" for tail, _ in tails)
    quick = "|".join(rf"(?<=\b{_lit(_both(before))}\s{tail})" for tail, _ in tails for before in befores)
    return "(?:" + gate + ")(?:" + quick + ")(?:" + checks + ")"


def _subject(entries, *, adverbs=ADVERBS, name: str = "") -> str:
    """Words the customer says of themself: "<pronoun> [<adverb>] <word>" ("tôi tên", "mình đang sống",
    "em năm nay 28"), not "con gái tôi tên…". `name` makes the word a named group.

    With words of one or two lengths the word comes first in the pattern, so the engine skips to it, and
    what comes before it is looked behind at each width; with more (the checks would multiply), the pattern
    starts at the space before the word."""
    word = _lit(entries)
    named = rf"(?P<{name}>{word})" if name else word
    groups = _group(entries)
    if len(groups) <= 2:
        return named + r"\b" + _before_subject([(_lit(group), len(group[0])) for group in groups], adverbs)
    return rf"\s(?={word}\b)" + _before_subject([("", 0)], adverbs) + named + r"\b"


def _after(befores, entries) -> str:
    """`entries` right after one of `befores` ("là thành viên", "tôi thành viên")."""
    checks = "|".join(
        rf"(?<=\b{_lit(_both(before))}\s{_lit(group)})" for group in _group(entries) for before in _group(befores)
    )
    return _lit(entries) + r"\b(?:" + checks + ")"


def _phrases(*branches) -> str:
    """Phrases that start with one of a few words: all the first words come first in the pattern (so the
    engine skips to them), then each branch's continuation, after a lookbehind naming its first words."""
    leads = sorted({lead for branch_leads, _ in branches for lead in branch_leads})
    alternatives = []
    for branch_leads, continuation in branches:
        check = "|".join(rf"(?<=\b{_lit(_both(group))})" for group in _group(branch_leads))
        alternatives.append(f"(?:{check}){continuation}")
    return _lit(_both(leads)) + "(?:" + "|".join(alternatives) + ")"


def _capital_after(befores) -> str:
    """A capital letter right after one of `befores` (the capital is what the engine skips to)."""
    return "[A-Z](?:" + "|".join(rf"(?<=\b{_lit(_both(group))}\s.)" for group in _group(befores)) + ")"


_ME = _lit(_both(PRONOUNS))
# A statement, not a question: "em ở Hà Nội à?" asks the agent (em, anh, chị are "I" and "you").
_NOT_ASKED = r"(?![^.!?,;\n]{0,40}\?)"


def _stated(pattern: str) -> re.Pattern[str]:
    return rx(pattern + _NOT_ASKED)


# Words that end a value when written in lower case only (their capitalised twin is a name: Nhung, Thị, Tư…).
_LOW_STOP = (
    r"(?!(?:nhung|thi|tu|ma|do|nha|nhu|lai|la|hien|dang|vi|sau|tai|moi|the|chu|gi|anh|chi|em|xa|gan|day|kia|dau|"
    r"trong|ngoai|tren|duoi|ben|ra|qua|nay|lam|roi|thang|nam|ngay|tuan|cung|nen|va|voi|o|cho|den|khong|nhe|a|nha|"
    r"duoc|hay|toi|minh|mot|vua|da|se|con|luon)\b)"
)
_CAPW = r"[A-Z][\w'-]{0,20}"

# A value in running text: the first word, then words up to a lower-case function word or punctuation.
_VAL = r"(?P<v>[^\s.,;:!?\n][^\s.,;:!?\n]{0,20}(?:\s" + _LOW_STOP + r"[^\s.,;:!?\n]{1,20}){0,5})"

_BUSINESS = (
    r"(?i:quan|tiem|cua hang|shop|nha hang|khach san|homestay|xuong|cong ty|doanh nghiep|trang trai|vuon|spa|"
    r"salon|sap|dai ly|phong kham|nha thuoc)"
)
