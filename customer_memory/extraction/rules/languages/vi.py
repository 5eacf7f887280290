"""Vietnamese (tiếng Việt).

Patterns run on accent-folded text ("tôi tên là" and "toi ten la" read the same, đ folds to d), so
they are written without diacritics.

Four things shape them:

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

from customer_memory.extraction.rules.languages import Instruction, LanguagePack, alternation, rx
from customer_memory.extraction.rules.languages.patterns import lead
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
    "tho cat toc|tho lam toc|tho nail|dau bep|phu bep|phuc vu|kien truc su|nha bao|phong vien|bien tap vien|"
    "nha van|hoa si|ca si|nhac si|nhiep anh gia|nha thiet ke|thiet ke|lap trinh vien|thu ky|le tan|bao ve|tap vu|"
    "giup viec|noi tro|tieu thuong|doanh nhan|giam doc|pho giam doc|truong phong|quan ly|nhan vien|chuyen vien|"
    "tu van vien|cong chuc|vien chuc|bo doi|quan nhan|cong an|canh sat|phi cong|tiep vien|huong dan vien|"
    "phien dich|bien dich|thu ngan|huan luyen vien|van dong vien|shipper|freelancer|chef|developer|designer|"
    "engineer|tester|marketing|sale|sales|product manager|project manager|manager|kinh doanh|nhan su|"
    "ky su phan mem|thu kho|duoc ta|kiem lam|thong dich vien|streamer|youtuber|barista|lam bep|dau bep"
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
PRONOUNS = words("toi|tui|minh|mik|mk|em|e|anh|chi|to|ong|ba|bac|chu")
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


_TITLE = r"(?:anh|chi|em|co|chu|bac|ong|ba|be|thang|con|chau|cau|di)"
# Words that end a value when written in lower case only (their capitalised twin is a name: Nhung, Thị, Tư…).
_LOW_STOP = (
    r"(?!(?:nhung|thi|tu|ma|do|nha|nhu|lai|la|hien|dang|vi|sau|tai|moi|the|chu|gi|anh|chi|em|xa|gan|day|kia|dau|"
    r"trong|tren|duoi|ben|ra|qua|nay|lam|roi|thang|nam|ngay|tuan|cung|nen|va|voi|o|cho|den|khong|nhe|a|nha|"
    r"duoc|hay|toi|minh|mot|vua|da|se|con|luon)\b)"
)
_CAPW = r"[A-Z][\w'-]{0,20}"
# A name: capitalised words (a name typed in lower case needs an explicit "tên là").
_NAME = r"(?P<v>" + _CAPW + r"(?: " + _CAPW + r"){0,3})"
_ANY_NAME = (
    r"(?P<v>[A-Za-z][\w'-]{0,30}(?: (?!(?:nha|nhung|la|ma|muon|can|dang|hoi|bi|co|khong|o|cho|va|nhe|a|oi|day|ne|"
    r"nay|roi|toi|em|minh|vay|thi|luon)\b)[A-Za-z][\w'-]{0,30}){0,3})"
)
_ADMIN = (
    r"(?i:thanh pho|tp\.?|tinh|quan|huyen|thi xa|thi tran|xa|phuong|duong|pho|khu pho|khu cong nghiep|kcn|"
    r"khu do thi|chung cu|ap|thon|lang|ban|hem|ngo|kiet)"
)
_CITY_LOWER = r"(?i:thanh pho ho chi minh|tp\.? ?hcm|tp\.? ?ho chi minh|ho chi minh|sai gon|hcm|ha noi|da nang)"
_CITIES = (
    r"(?:Ha Noi|Sai Gon|Ho Chi Minh|HCM|Da Nang|Hai Phong|Can Tho|Hue|Nha Trang|Da Lat|Vung Tau|Bien Hoa|"
    r"Binh Duong|Dong Nai|Quy Nhon|Vinh|Ha Long|Nam Dinh|Thanh Hoa|Nghe An|Quang Ninh|Bac Ninh|Hai Duong)\b"
)
# A place: an optional "phường/quận/thành phố" or house number and capitalised words (or "quận 7", or
# a big city typed in lower case), and one level more after a comma ("Cầu Giấy, Hà Nội").
_PLACE_CORE = (
    r"(?:" + _CITY_LOWER + r"|(?:" + _ADMIN + r"\s\d{1,3}\b|(?:" + _ADMIN + r"\s)?(?:\d{1,4}[A-Za-z/]{0,3}\s)?"
    r"(?:" + _ADMIN + r"\s)?" + _CAPW + r")(?:\s(?:" + _CAPW + r"|\d{1,2}\b)){0,3})"
)
# What a place can start with, tested first: a capital or digit, one to three lower-case words then one
# ("phường Lộc Hạ", "khu công nghiệp VSIP"), or a big city typed in lower case.
_PLACE_GATE = r"(?=[A-Z0-9]|[a-z]{1,12}(?:\s[a-z]{1,12}){0,2}\s[A-Z0-9]|" + _CITY_LOWER + r")"
_PLACE = _PLACE_GATE + r"(?P<v>" + _PLACE_CORE + r"(?:,\s{1,2}" + _PLACE_CORE + r")?)\b"
# After an explicit "sống ở": lower-case words too, up to a lower-case function word.
_PLACE_ANY = (
    r"(?P<v>" + _PLACE_CORE + r"(?:,\s{1,2}" + _PLACE_CORE + r")?|(?!(?:nha|day|do|kia|xa|gan|dau|ngoai|trong|"
    r"tren|duoi|ben|cung|chung|mot|voi|cho|que|noi|khu|vung|thanh pho|tinh|nuoc ngoai|dang|tam|rieng|mot minh)"
    r"\b)[a-z][a-z'-]{1,15}(?:\s" + _LOW_STOP + r"[a-z][a-z'-]{1,15}){0,3})"
)
# A value in running text: the first word, then words up to a lower-case function word or punctuation.
_VAL = r"(?P<v>[^\s.,;:!?\n][^\s.,;:!?\n]{0,20}(?:\s" + _LOW_STOP + r"[^\s.,;:!?\n]{1,20}){0,5})"
_JOB = r"(?i:" + _trie(OCCUPATIONS) + r")"
_JOB_V = r"(?P<v>" + _JOB + r"(?:\s" + _LOW_STOP + r"[a-z][\w'-]{0,12}){0,2})\b"
_ORG = (
    r"(?i:cong ty|cty|tap doan|ngan hang|benh vien|truong|nha thuoc|nha may|xuong|van phong|chi nhanh|so|"
    r"khach san|nha hang|sieu thi|cua hang|trung tam|vien|phong kham|uy ban|ubnd|hang)"
)
_ORG_WORD = r"[A-Z0-9][\w&'.-]{0,20}"
_EMPLOYER = (
    r"(?P<v>(?:"
    + _ORG
    + r"\s(?:(?:dai hoc|thpt|thcs|tieu hoc|mam non|quoc te|da khoa|nhi)\s)?|(?!"
    + _CITIES
    + r"))"
    + _ORG_WORD
    + r"(?:\s"
    + _ORG_WORD
    + r"){0,3})"
)
_BUSINESS = (
    r"(?i:quan|tiem|cua hang|shop|nha hang|khach san|homestay|xuong|cong ty|doanh nghiep|trang trai|vuon|spa|"
    r"salon|sap|dai ly|phong kham|nha thuoc)"
)
_NUM_WORD = r"(?i:" + _trie([*NUMBERS, *MULTIPLIERS]) + r")"
_REL = r"(?i:" + _trie(RELATIONS) + r")"
_PET = r"(?i:" + _trie(PETS) + r")"
_TEXT_CHANNELS = r"(?i:zalo|e-?mail|mail|gmail|sms|tin nhan|viber|whatsapp|messenger|facebook|fb|telegram)"
_TIME = (
    r"(?i:(?:truoc|sau|tu|vao|luc|trong|ngoai|qua)\s(?:\d{1,2}(?:h\d{0,2}|:\d\d|\s?gio)(?:\s(?:sang|chieu|toi|trua|"
    r"dem))?|gio (?:hanh chinh|nghi trua|lam viec|ngu)|buoi (?:sang|chieu|toi|trua)|cuoi tuan|ngay thuong|ban dem|"
    r"ban ngay)|gio hanh chinh|buoi (?:sang|chieu|toi|trua)|cuoi tuan|ban dem|ban ngay|gio nghi trua|gio lam viec|"
    r"sang som|toi muon|dem khuya)"
)
_NOT_A_NAME = (
    r"(?:Khach|Nguoi|Chu|Admin|Giao|Sinh|Nhan|Ky|Bac|Viet|Thanh vien|Hoi vien|Member|Dan|Con|Chau|Vo|Chong|Me|Bo|"
    r"Ban|Em|Anh|Chi|Toi|Tui|Shop|Ad|Day|Nay|Ma|Hinh|So|Link|Video|File|Don|Hoa don|Ve|The|Ket qua|Mau|Dia chi|"
    r"Thong tin|Khong|Ok|Vang|Da)\b"
)
_NUMBERS_SAID = _NUM_WORD + r"(?:\s" + _NUM_WORD + r"){0,4}"
_BRAND = r"(?i:" + _trie(BRANDS) + r")"

# After "chuyển"/"dọn": into, out to, back to ("vào", "ra", "về"…), and "sang/qua" only with "nhà"
# or "sống" ("chuyển sang Zalo", "chuyển sang gói khác" are not moves).
_MOVED_TO = (
    r"(?:(?:\s(?:nha|ca nha|han|luon))?\s(?:vao|ra|ve|den|toi|len|xuong)(?:\s(?:song|o|song o|song tai))?"
    r"|\s(?:nha|ca nha)\s(?:sang|qua)|\s(?:sang|qua)\s(?:song|o)(?:\s(?:o|tai))?"
    # "chuyển nhà từ Bình Thạnh qua Gò Vấp": the old place first, then the new one.
    r"|(?:\s(?:nha|ca nha))?\stu\s[^.,;!?\n]{1,30}?\s(?:qua|sang|ve|vao|ra|len|xuong|den|toi))\s"
)

# Fields of study: "em học ngành điều dưỡng", "tôi đang học luật" make a student of that field.
_FIELDS = (
    r"(?i:y khoa|y da khoa|dieu duong|luat|ky thuat(?: [a-z]{2,10})?|kien truc|tam ly hoc|tam ly|kinh te|"
    r"quan tri kinh doanh|ke toan|cong nghe thong tin|cntt|duoc|nha khoa|rang ham mat|thu y|sinh hoc|hoa hoc|"
    r"vat ly|toan|lich su|bao chi|su pham|marketing|tai chinh(?: ngan hang)?|ngon ngu anh)"
)

PACK = LanguagePack(
    code="vi",
    name=(
        # Explicit (any case): "tên tôi là Lan", "toi ten la lan", "em tên Mai", "họ tên: Nguyễn Văn An".
        rx(
            _phrases(
                (
                    words("ten|ho ten|ho va ten"),
                    r"(?:\s(?:day du|that|khai sinh))?\s(?:(?:cua)\s)?" + _ME + r"(?:\s(?:la)|\s?:)",
                ),
                (
                    words("ten|ho ten"),
                    r"\b"
                    + _before_subject([("ten", 3), ("ho ten", 6)], ())
                    + r"(?:\s(?:day du|that|khai sinh))?(?:\s(?:la)|\s?:)?",
                ),
                (words("ho ten|ho va ten"), r"\s?:"),
            )
            + r"\s{1,3}"
            + _ANY_NAME
        ),
        # "Tôi là Trần Văn Hùng", "mình là Ngọc Anh", "em là chị Lan".
        _stated(
            _subject(["la"], adverbs=())
            + r"\s(?:(?i:"
            + _TITLE
            + r")\s)?(?![A-Za-z]+\s(?:member|thanh vien|hoi vien|khach hang|customer))(?!"
            + _NOT_A_NAME
            + r")"
            + _NAME
        ),
        # "Lê Văn Tâm đây", "Bích Ngọc đây ạ", "chị Lan đây".
        rx(
            r"(?P<v>[A-Z](?<![\w].)(?<!(?="
            + _NOT_A_NAME
            + r").)(?:(?<="
            + _START
            + r".)|"
            + "|".join(
                rf"(?<=\b(?i:{_lit(g)})\s.)(?<={_START}.{{{len(g[0]) + 2}}})" for g in _group(words(_TITLE[3:-1]))
            )
            + r")[\w'-]{0,20}(?: "
            + _CAPW
            + r"){0,3})\s(?:day)\b(?!\s(?:la|cung|thi|co|roi|moi|ne)\b)"
        ),
        # "cứ gọi tôi là Hùng".
        rx(
            _word(["goi"])
            + r"\s"
            + _ME
            + r"\s(?:la)\s(?!(?i:"
            + _TITLE
            + r")\b)(?P<v>"
            + _CAPW
            + r"(?: "
            + _CAPW
            + r"){0,2})"
        ),
    ),
    age=(
        # "tôi 65 tuổi", "em năm nay 28", "mình 45...", "bà bảy mươi lăm tuổi".
        _stated(
            r"(?P<v>\d{1,3})(?!\d)(?=\s?(?:tuoi)\b|\s?[.,!?…]|\s?$|\s(?:roi|nhe|a)\b)"
            + _before_subject([(r"\d" * digits, digits) for digits in (1, 2, 3)], ADVERBS)
            + r"(?:\s?(?:tuoi)\b|(?=\s?(?:[.,!?…]|$))|\s(?=(?:roi|nhe|a)\b))"
        ),
        _stated(
            r"(?P<v2>"
            + _subject([w for w in NUMBERS if len(w) > 1] + list(MULTIPLIERS))
            + r"(?:\s"
            + _NUM_WORD
            + r"){0,4})\s(?:tuoi)\b"
        ),
        # "năm nay 70 tuổi rồi", ", 28 tuổi".
        rx(
            _clause(["nam nay"])
            + r"(?:\s(?:cung|da|duoc|tron))?\s(?:(?P<v>\d{1,3})|(?P<v2>"
            + _NUMBERS_SAID
            + r"))\s(?:tuoi)\b"
        ),
        rx(
            r",\s{0,2}(?:(?P<v>\d{1,3})\s?|(?P<v2>"
            + _NUMBERS_SAID
            + r")\s)(?:tuoi)\b(?=\s?(?:[.,!?;]|$|(?:roi|nhe|a)\b))"
        ),
    ),
    number_words=NUMBERS,
    number_multipliers=MULTIPLIERS,
    location=(
        # "tôi sống ở Đà Nẵng", "chúng tôi đang sống tại Huế", "mình sống và làm kỹ sư ở Bình Dương".
        _stated(
            _subject(["song", "sinh song", "cu tru", "dinh cu"])
            + r"(?:\s(?i:va lam(?:\sviec)?)(?:\s[a-z]{1,10}){0,4}?)?\s(?:o|tai|gan)\s"
            + _PLACE_ANY
        ),
        # The subject dropped at the start of a clause: ", giờ sống ở Sài Gòn".
        rx(
            _clause(["song", "dang song", "van song"], start=_START_BARE)
            + r"(?:\s(?i:va lam(?:\sviec)?)(?:\s[a-z]{1,10}){0,4}?)?\s(?:o|tai)\s"
            + _PLACE_ANY
        ),
        # "tôi ở Hải Phòng", "em ở Vũng Tàu ạ" ("đang ở" is where they are now, not where they live).
        _stated(
            _subject(["o", "tai"], adverbs=words("hien|hien tai|hien nay|gio|bay gio|nay|van|thi|cung"))
            + r"\s"
            + _PLACE
            # "tôi ở Vietcombank ra": coming out of somewhere.
            + r"(?!\s(?:ra|ve|xong|lai|den|qua)\b)"
        ),
        # "nhà tôi ở Ninh Kiều, Cần Thơ", "nhà ở phường Lộc Hạ", "nhà bây giờ là 41 Lê Đình Dương".
        rx(
            _word(["nha"])
            + r"(?<!\b(?:gia|mua|ban)\snha)(?<!\b(?:thue)\snha)(?:\s(?:(?:cua)\s)?"
            + _ME
            + r")?(?:\s(?:hien|hien tai|bay gio|gio|moi|hien nay|thi|van)){0,2}\s(?:o|tai|nam o|la)\s"
            + _PLACE
        ),
        # "tôi là Phạm Quốc Bảo ở Cần Thơ": where they live, said with their name.
        _stated(
            _subject(["la"])
            + r"(?:\s[A-Z]\w{0,10}){1,4},?\s(?:o|tai)\s"
            + _PLACE
            + r"(?!\s(?:ra|ve|xong|lai|den|qua)\b)"
        ),
        # ", ở Vũng Tàu." right after an introduction.
        rx(r",\s{1,2}(?:o|tai)\s" + _PLACE + r"(?=\s?(?:[.,!?;]|$))"),
        # "chủ một quán cà phê nhỏ ở Đà Lạt".
        rx(_word(["chu"]) + r"\s(?:(?:mot)\s)?" + _BUSINESS + r"\b[^.,;!?\n]{0,30}?\s(?:o|tai)\s" + _PLACE),
    ),
    lives_words=words("song|sinh song|nha|cu tru|o tro|thue nha|lam viec|lam o|cong ty|o|tai"),
    moved_words=words("chuyen|don|don nha|chuyen nha|chuyen ve|chuyen ra|chuyen vao|ve o"),
    place_preps=words("o|tai"),
    move_preps=words("ra|vao|ve|len|xuong|sang|den"),
    trip_words=words(
        "cong tac|du lich|di choi|tham|tuan nay|khach san|nghi mat|dang o|choi|ghe|ve que|ve tham|chuyen bay"
    ),
    moved=(
        # "mình mới chuyển vào Sài Gòn", "em đã chuyển hẳn về Sài Gòn sống", "tôi dọn ra Hà Nội".
        rx(_subject(["chuyen", "don"]) + _MOVED_TO + _PLACE),
        # The subject dropped at the start of a clause: "Mới chuyển ra Hà Nội nên…".
        rx(_clause(words("moi chuyen|vua chuyen|moi don|vua don|da chuyen"), start=_START_BARE) + _MOVED_TO + _PLACE),
        rx(_subject(["ve song", "ve han", "ve han song"]) + r"(?:\s(?:o|tai))?\s" + _PLACE),
    ),
    hometown=(
        # "quê tôi ở Nghệ An", "mình quê Thanh Hóa", "quê em là Huế" (not "về quê": going home).
        rx(
            _word(["que"], gate=r"(?=[^.,;!?\n]{1,30}[A-Z])")
            + r"(?<!\b(?:ve)\sque)(?:\s(?:noi|ngoai|goc))?\s(?:(?:cua)\s)?(?:"
            + _ME
            + r"\s)?(?:(?:o|la|tai|goc|goc o)\s)?"
            + _PLACE
        ),
        # "tôi là người Huế", "em dân Sài Gòn".
        rx(
            _subject(["la nguoi", "nguoi", "la dan", "dan"])
            + r"\s(?:(?:goc)\s)?(?!(?:Viet|Kinh|Hoa|Tay|Nung|Thai|Muong|Khmer)\b)"
            + _PLACE
        ),
        rx(_word(["sinh ra", "lon len", "sinh truong"]) + r"(?:\s(?:va lon len))?\s(?:o|tai)\s" + _PLACE),
        rx(_subject(["den tu", "goc", "goc o"]) + r"\s" + _PLACE),
    ),
    relations=RELATIONS,
    relation=(
        # "con gái tôi tên Hạnh", "vợ em là Thảo", "con gái em, bé Na", "vợ tôi Hoa", "con gai toi ten la mai".
        rx(
            r"(?P<rel>"
            + _word(list(RELATIONS), gate=r"(?=(?:\s\w{1,5})?\s(?:(?:cua)\s)?" + _ME + r"\b)")
            + r")"
            # "mẹ chồng", "em vợ", "vợ chồng", "bố mẹ" are other people.
            + "".join(
                rf"(?<!\b{_lit(_both(words(before)))}\s{_lit(_both([relative]))})"
                for before, relative in (
                    ("me|bo|em|ba|vo", "chong"),
                    ("anh|chi|con", "chong"),
                    ("me|bo|em|ba", "vo"),
                    ("anh|chi", "vo"),
                    ("bo|ba", "me"),
                    ("cha", "me"),
                )
            )
            + r"(?:\s(?:ut|lon|nho|ca|be|thu hai|dau|ruot))?\s(?:(?:cua)\s)?"
            + _ME
            + r"(?:\s(?i:ten(?:\sla)?|la|ten goi la)|,)?\s(?:(?:be|thang|con|anh|chi|em|co|chu)\s)?(?P<name>"
            + _CAPW
            + r"(?: "
            + _CAPW
            + r"){0,2}|(?:(?<=(?:ten)\s)|(?<=(?:ten\sla)\s))[a-z][\w'-]{1,20}(?=\s?(?:[.,!?;]|$|(?i:nhe|a|nha|roi|"
            r"va)\b)))"
        ),
        # "thằng Bống con trai mình", "bé Na con gái em".
        rx(
            r"(?P<name>"
            + _capital_after(words("be|thang|con|chau|em|anh|chi"))
            + r"[\w'-]{0,20}(?: "
            + _CAPW
            + r"){0,2})\s(?:(?:la)\s)?(?P<rel>"
            + _REL
            + r")\s(?:(?:cua)\s)?"
            + _ME
            + r"\b"
        ),
    ),
    marital=(
        _stated(
            _subject(
                words(
                    "doc than|ket hon|co gia dinh|lap gia dinh|ly hon|ly di|goa vo|goa chong|o goa|chua co gia dinh|"
                    "chua ket hon|chua vo|chua chong|co vo|co chong|co vo roi|co chong roi|co gia dinh roi"
                ),
                name="v",
            )
        ),
    ),
    children=(
        # "tôi có 2 con", "em có hai đứa con", "có ba cháu nội".
        rx(
            _word(["co", "nuoi"])
            + r"\s(?P<v>\d{1,2}|(?:mot|hai|ba|bon|nam|sau|bay))\s(?:(?:dua|nguoi|be)\s)?(?P<what>(?:con|chau))"
            r"(?=\s?(?:[.,!?;]|$|(?:trai|gai|nho|deu|dang|roi|va|lon|ca|nhe|a|ten|o|la|moi|hoc|di|nen|ma|thi|cung|can|hay|"
            r"nhung|rieng)\b))"
        ),
        # "3 đứa con đang tuổi đi học".
        rx(r"(?P<v>\d{1,2})\s(?:dua|nguoi)\s(?P<what>(?:con|chau))\b(?!\s(?:cua|nha)\b)"),
    ),
    pets=PETS,
    pet=(
        # "con chó tên Mực", "con mèo của tôi tên là Miu", "bé cún Bông".
        rx(
            _word(["con", "be", "em", "chu"])
            + r"\s(?P<species>"
            + _PET
            + r")(?:\s(?:cua|nha)\s"
            + _ME
            + r")?(?:\s(?:ten|ten la|la|ten goi la|ten no la)|,)?\s(?:(?:be)\s)?(?P<name>"
            + _CAPW
            + r")"
        ),
        # "nuôi một con mèo", "nhà tôi có con chó".
        rx(
            _word(["nuoi"])
            + r"\s(?:(?i:mot|hai|ba|\d)\s)?(?:(?:con|be|chu|em)\s)?(?P<species>"
            + _PET
            + r")\b(?:\s(?i:ten(?:\sla)?)\s(?P<name>"
            + _CAPW
            + r"))?"
        ),
        rx(
            _word(["co"])
            + r"\s(?:(?i:mot|hai|ba|\d)\s)?(?:con|be|chu|em)\s(?P<species>"
            + _PET
            # "có con chờ ở nhà" is not a dog: the species ends the clause or a pet's words follow.
            + r")\b(?=\s?[.,!?;]|\s?$|\s(?:ten|nha|cua|rat|dang|bi|la|va|giong|lon|nho|con|\d|[A-Z]))(?:\s(?i:ten(?:\sla)?)\s(?P<name>"
            + _CAPW
            + r"))?"
        ),
        # "bé Mochi nhà mình là mèo Anh lông ngắn", "bé Kem là poodle".
        rx(
            r"(?P<name>"
            + _capital_after(["be", "con"])
            + r"[\w'-]{0,20})\s(?:(?:nha|cua)\s"
            + _ME
            + r"\s)?(?:la|cung la)\s(?:(?:(?:mot)\s)?(?:con|be|chu|giong)\s)?(?P<species>"
            + _PET
            + r")\b"
        ),
    ),
    studies=(
        rx(
            lead(
                "toi hoc|em hoc|minh hoc|chau hoc|con hoc|toi dang hoc|em dang hoc|minh dang hoc|chau dang hoc|"
                "con dang hoc|dang hoc"
            )
            + r"\s(?:(?:nam (?:nhat|hai|ba|tu|cuoi)|dai hoc)\s)?(?:(?:nganh|khoa|chuyen nganh)\s)?(?P<v>"
            + _FIELDS
            + r")\b"
        ),
    ),
    student_of="sinh viên ngành {field}",
    occupation=(
        # "tôi là giáo viên", "em làm kế toán", "mình làm y tá ở bệnh viện".
        _stated(_subject(["la", "lam", "lam nghe"]) + r"\s(?:(?:mot|nghe|nguoi)\s)?" + _JOB_V),
        # "sang làm kế toán trưởng", "sống và làm kỹ sư", ", làm chef cho…".
        rx(
            r"(?:"
            + _word(["va lam", "sang lam", "chuyen sang lam", "roi lam", "van lam"], both=False)
            + r"|,\s(?:lam))(?:\s(?:nghe))?\s"
            + _JOB_V
        ),
        # "mình bán hàng online", "mình dạy mầm non", "tôi đã nghỉ hưu".
        _stated(
            _subject(
                words(
                    "day hoc|day mam non|day tieu hoc|day cap 1|day cap 2|day cap 3|day dai hoc|day tieng anh|day toan|"
                    "day van|day nhac|day piano|day yoga|day boi|ban hang online|ban hang|buon ban|kinh doanh online|"
                    "kinh doanh|lam nong|lam ruong|lam vuon|chay grab|chay xe om|lai taxi|lai xe tai|lai xe|nghi huu|"
                    "ve huu|that nghiep|lam noi tro|o nha noi tro|lam tu do|lam freelance"
                ),
                name="v",
            )
        ),
        # "tôi là Long, chủ một quán cà phê".
        rx(
            r"(?P<v>"
            + _word(["chu"])
            + r"(?:(?<=\b(?:la)\s.{3})|(?<=,\s.{3})|(?<=,.{3}))\s(?:(?:mot)\s)?"
            + _BUSINESS
            + r"\b[^.,;!?\n]{0,25})"
        ),
        # "nghề của tôi là …", "công việc của em là …".
        rx(_word(["nghe", "nghe nghiep", "cong viec"]) + r"\s(?:(?:cua)\s)?" + _ME + r"\s(?:(?:la)|:)\s" + _VAL),
        # "mình là Khánh Vy, product manager ở Tiki".
        rx(
            _subject(["la"], adverbs=())
            + r"\s"
            + _CAPW
            + r"(?: "
            + _CAPW
            + r"){0,3},\s(?!(?:nha|song|que|dang|hien|gio|o|tai|nam nay|khach|thue bao|chu|con|vo|chong)\b)"
            r"(?P<v>[a-z][\w'-]{1,15}(?: [a-z][\w'-]{1,15}){0,3}?)\s(?:o|tai)\s[A-Z]"
        ),
    ),
    employer=(
        # "tôi làm kế toán ở Vinamilk", "em làm công nhân ca đêm ở Samsung", "làm cho FPT Software".
        _stated(
            _subject(["lam", "lam viec", "cong tac", "di lam"])
            + r"(?:\s(?:(?:nghe)\s)?"
            + _JOB
            + r"(?:\s[a-z][\w'-]{0,12}){0,3})?\s(?:o|tai|cho|ben)\s"
            + _EMPLOYER
        ),
        rx(
            _word(["va lam", "sang lam", "chuyen sang lam", "roi lam", "van lam"], both=False)
            + r"(?:\s(?:viec))?(?:\s"
            + _JOB
            + r"(?:\s[a-z][\w'-]{0,12}){0,3})?\s(?:o|tai|cho)\s"
            + _EMPLOYER
        ),
        # "nghỉ Viettel rồi, chuyển sang VNG".
        rx(
            _word(["nghi", "nghi viec"])
            + r"\s(?:(?:o)\s)?[A-Z][\w&'.-]{1,20}(?:\s[A-Z][\w&'.-]{1,20}){0,2}(?:\s(?:roi))?,?\s"
            r"(?i:chuyen\s(?:sang|qua)|sang|qua)\s(?:(?:lam\s)(?:(?:o|cho|tai)\s)?)?" + _EMPLOYER
        ),
        # "ca làm ở nhà thuốc Long Châu": the organisation is named.
        rx(
            _word(["lam", "lam viec", "cong tac"], both=False)
            + r"\s(?:o|tai|cho)\s(?P<v>"
            + _ORG
            + r"\s(?:[a-z]{2,8}\s)?"
            + _ORG_WORD
            + r"(?:\s"
            + _ORG_WORD
            + r"){0,3})"
        ),
        # "tôi là nhân viên của Viettel", "mình là Vy, product manager ở Tiki".
        _stated(
            _subject(["la"], adverbs=())
            + r"\s(?:"
            + _JOB
            + r"(?:\s[a-z][\w'-]{0,12}){0,2}|"
            + _CAPW
            + r"(?: "
            + _CAPW
            + r"){0,3},\s(?!(?:nha|song|que|dang|hien|gio|o|tai|nam nay|khach|thue bao|chu|con|vo|chong)\b)"
            r"[a-z][\w'-]{1,15}(?: [a-z][\w'-]{1,15}){0,3}?)\s(?:cua|o|tai)\s" + _EMPLOYER
        ),
        rx(
            _word(["chuyen viec", "chuyen cong ty"])
            + r"\s(?:sang|qua|ve)\s(?:(?:lam)\s)?(?:(?:o|cho|tai)\s)?"
            + _EMPLOYER
        ),
    ),
    instructions=(
        # "có gì nhắn tin thôi nha, đừng gọi": write, don't call.
        Instruction(
            rx(
                r"(?i:\b(?:nhan tin|gui tin nhan|nhan zalo|nhan qua zalo|gui mail|gui email)\b[^.!?\n]{0,25}?"
                r"\b(?:thoi|nhe|nha|giup|dum|di)\b[^.!?\n]{0,25}?\b(?:dung|khong|ko|k) goi\b|\b(?:dung|khong|ko|k) goi\b"
                r"[^.!?\n]{0,25}?\b(?:nhan tin|nhan zalo|gui mail|gui email)\b)"
            ),
            "preferred_contact_channel",
        ),
        Instruction(
            rx(
                _phrases(
                    (
                        words("noi|giai thich|huong dan|chi|doc|tu van|lam on noi|noi to va|noi to voi"),
                        r"\s(?:(?:cho|giup)\s\w{1,5}\s)?(?:cham|tu tu|tung buoc|de hieu|don gian|cham rai)"
                        r"(?:\s(?:thoi|lai|chut|mot chut|mot|nhe))?\b",
                    ),
                    (words("tu tu thoi|tung buoc|tung chut mot|kien nhan voi|lam cham lam|hieu cham lam"), r"\b"),
                    (
                        ["khong"],
                        r"\s(?:ranh|gioi|thao|quen|biet nhieu ve|hieu nhieu ve|biet gi ve)\s(?i:cong nghe|may tinh|"
                        r"dien thoai|may moc|ky thuat|ki thuat|internet|mang|app|ung dung)\b",
                    ),
                )
            ),
            "instruction_pace",
        ),
        Instruction(
            rx(
                _phrases(
                    (words("ngan gon|di thang vao van de|di thang vao y chinh|noi y chinh thoi"), r"\b"),
                    (words("tra loi|viet|noi|nhan|rep|reply"), r"\s(?:\w{1,6}\s)?(?:ngan)(?:\s(?:thoi))?\b"),
                    (
                        words("dung|khong can|khong muon|khoi|bot"),
                        r"\s(?:\w{1,6}\s)?(?:dai dong|dai qua|van vo|lan man)\b",
                    ),
                )
            ),
            "response_length",
            "short",
        ),
        Instruction(
            rx(
                _phrases(
                    (
                        words("giai thich|tu van|tra loi|huong dan|phan tich"),
                        r"\s(?:\w{1,6}\s){0,2}?(?:(?:that|ro)\s)?(?:chi tiet|ky cang|ky luong|ky|cu the|tuong tan)\b",
                    ),
                    (words("thich biet|thich nghe|thich duoc giai thich"), r"\s(?:ro rang|chi tiet|ky)\b"),
                    (["dung noi chung chung"], r"\b"),
                )
            ),
            "response_length",
            "detailed",
        ),
        Instruction(
            rx(
                _phrases(
                    (
                        words("xac nhan|hoi|bao|hoi y kien|nhan tin|nhan|email"),
                        r"\s(?:(?:lai)\s)?(?:(?:voi|cho)\s)?" + _ME + r"\s(?:truoc)\b",
                    ),
                    (
                        words("xac nhan|hoi"),
                        r"\s(?:(?:lai)\s)?(?:(?:voi|cho)\s)?(?:\w{1,5}\s)?(?:truoc khi)(?:\s[a-z]{2,10}){0,2}\b",
                    ),
                    (words("dung|khong duoc|dung co"), r"\s(?:(?:bao gio)\s)?(?:tu y)\b"),
                    (
                        ["dong y"],
                        r"\s(?:(?:roi)\s)?(?:moi|hang|han)\s(?:(?:duoc)\s)?(?:tru|thanh toan|gui|doi|lam|gia han)\b",
                    ),
                )
            ),
            "confirm_before_acting",
        ),
        Instruction(
            rx(
                _phrases(
                    (
                        ["nhan"],
                        r"(?<!\b(?:xac|ghi)\snhan)(?<!\b(?:tiep|chap)\snhan)(?<!\b(?:ca)\snhan)\s(?:(?:qua|bang)\s)?"
                        + _TEXT_CHANNELS
                        + r"\b",
                    ),
                    (
                        words("nhan tin|lien he|lien lac|thong bao|trao doi|gui tin"),
                        r"(?:\s(?:(?:lai|qua|bang|tren|vao)|(?:cho|voi|giup)\s"
                        + _ME
                        + r"|"
                        + _ME
                        + r")){0,3}\s"
                        + _TEXT_CHANNELS
                        + r"\b",
                    ),
                    (
                        words("tra loi|phan hoi|reply|rep|bao|lien he lai"),
                        r"(?:\s(?:(?:lai)|(?:cho)\s"
                        + _ME
                        + r"|"
                        + _ME
                        + r")){0,2}\s(?:qua|bang|tren)\s"
                        + _TEXT_CHANNELS
                        + r"\b",
                    ),
                    (
                        words("zalo|email|e-mail|mail|gmail|sms|viber|whatsapp|messenger|telegram"),
                        r"(?:\s(?:hoi|bao|xac nhan)\s(?:(?:lai)\s)?(?:(?:voi|cho)\s)?"
                        + _ME
                        + r"\b|\b[^.!?\n]{0,20}?,?\s(?:dung|khong|dung co|khoi)\s(?:goi|goi dien|call)\b)",
                    ),
                    (
                        words("thich|uu tien|prefer"),
                        r"\s(?:(?:lien lac|lien he|nhan tin|trao doi)\s)?(?:(?:qua|bang)\s)?" + _TEXT_CHANNELS + r"\b",
                    ),
                )
            ),
            "preferred_contact_channel",
        ),
        Instruction(
            rx(
                _phrases(
                    (
                        words("cu|hay|chi"),
                        r"\s(?:goi|goi dien)(?:\s(?:thang|truc tiep))?\s(?:cho|den)\s"
                        + _ME
                        + r"\b[^.!?\n]{0,10}?,?\s(?:dung|khong|dung co)\s(?:nhan|email|gui tin)",
                    ),
                    (words("thich|uu tien|muon"), r"\s(?:(?:duoc)\s)?(?:goi dien|nghe dien thoai)\b"),
                    (
                        words("dung|khong"),
                        r"\s(?:nhan tin|email|gui email)\b[^.!?\n]{0,12}?,?\s(?:(?:cu|hay)\s)?(?:goi)(?:\s(?:dien))?\s"
                        r"(?:(?:cho|den)\s)?" + _ME + r"\b",
                    ),
                )
            ),
            "preferred_contact_channel",
            "phone",
        ),
        Instruction(
            rx(
                _phrases(
                    (
                        words("dung|xin dung|dung co|dung bao gio|chi|dung nen|nho"),
                        r"\s(?:goi|goi dien|lien lac|lien he|nhan tin|call)(?:\s(?i:lai|cho\s\w{1,5}))?\s" + _TIME,
                    ),
                    (words("ranh|nghe may duoc|nghe may|lien lac duoc"), r"\s(?:(?:vao)\s)?" + _TIME),
                )
            ),
            "contact_hours",
        ),
        Instruction(
            rx(
                _phrases(
                    (
                        words("tra loi|nhan|giao tiep|ho tro|tu van|nhan tin|reply|chat|noi chuyen"),
                        r"(?:\s(?:voi|cho)\s\w{1,5}|\s"
                        + _ME
                        + r")?\s(?:(?:bang)\s)?(?P<v>(?i:"
                        + alternation(LANGUAGES)
                        + r"))\b",
                    ),
                    (
                        words("noi|viet"),
                        r"(?:\s(?:voi|cho)\s\w{1,5})?\s(?:bang)\s(?P<v2>(?i:" + alternation(LANGUAGES) + r"))\b",
                    ),
                )
            ),
            "preferred_language",
        ),
        Instruction(
            rx(_word(["khong"]) + r"\s(?:gioi|ranh|thao|biet|hieu)\s(?:(?:nhieu|lam)\s)?(?:tieng anh)\b"),
            "preferred_language",
            "Vietnamese",
        ),
        Instruction(
            rx(
                _phrases(
                    (
                        words("noi chuyen|xung ho|tra loi|giao tiep|viet|noi"),
                        r"\s(?:\w{1,5}\s)?(?:lich su|trang trong|nghiem tuc|lich thiep)\b",
                    ),
                    (["goi"], r"\s(?:toi|em|minh|tui)\s(?:la)\s(?:chi|anh|co|chu|bac|ong|ba)\b(?!\s[A-Z])"),
                )
            ),
            "tone_preference",
            "formal",
        ),
        Instruction(
            rx(
                _phrases(
                    (
                        words("noi chuyen|xung ho|tra loi|giao tiep|noi"),
                        r"\s(?:\w{1,5}\s)?(?:thoai mai|than mat|than thien|tu nhien)\b",
                    ),
                    (["khong can"], r"\s(?:khach sao|trang trong|lich su qua)\b"),
                )
            ),
            "tone_preference",
            "informal",
        ),
    ),
    preferences=(
        (rx(_subject(["thich", "chuong", "uu tien"]) + r"\s(?P<v>[^.,;!?\n]{2,40}?)\s(?:hon)\b"), "preferences"),
        (_stated(_subject(["uu tien"]) + r"\s" + _VAL), "preferences"),
        # "từ giờ gửi hóa đơn giấy cho tôi": from now on.
        (
            rx(
                _word(["tu nay", "tu gio", "tu bay gio", "tu sau"])
                + r"(?:\s(?:ve sau|tro di))?,?\s(?:(?:(?:ben)\s)?(?:em|ban|shop|anh|chi|ad)\s)?(?:(?i:cu|hay|nho|vui "
                r"long)\s)?(?P<v>(?:gui|giao|dung|in|xuat)\s[^.,;!?\n]{2,40})"
            ),
            "preferences",
        ),
        (
            rx(
                _subject(["thich", "me", "ghien", "yeu thich", "ket"])
                + r"\s(?!(?i:noi|biet|duoc|lam|xem|nghe|doc|cam|gui|nhan|goi|tra loi|giai thich|hoi|mua|dung|co|hon|tu|"
                r"khi|la|cach)\b)" + _VAL
            ),
            "likes",
        ),
        (
            rx(
                _subject(["ghet", "khong thich", "khong ua", "chua bao gio thich"])
                + r"\s(?!(?:noi|bi|duoc|phai|cho|khi|cach|lam)\b)"
                + _VAL
            ),
            "dislikes",
        ),
        (
            _stated(
                _subject(
                    words(
                        "an chay truong|an chay thuan|an chay ky|an chay|an thuan chay|an kieng|kieng thit|kieng do ngot|"
                        "kieng duong|kieng hai san|kieng tinh bot|bi tieu duong|an halal|khong an thit|khong an hai san|"
                        "khong an thit bo|khong an thit heo|khong an thit lon|khong an cay|khong an duoc cay"
                    ),
                    name="v",
                )
            ),
            "dietary",
        ),
        (
            rx(_subject(["bi di ung", "di ung"]) + r"(?:\s(?:nang|nhe|rat nang))?\s(?:(?:voi)\s)?" + _VAL),
            "allergies",
        ),
        # "tháng nào mình cũng đặt định kỳ ở shop", "ngày nào cũng đặt đồ ăn qua app".
        (
            rx(
                r"(?P<v>"
                + _word(
                    words(
                        "thang nao|tuan nao|ngay nao|nam nao|sang nao|toi nao|chieu nao|dem nao|cuoi tuan nao|lan nao"
                    )
                )
                + r"\s(?:"
                + _ME
                + r"\s)?(?:cung)\s[^.,;!?\n]{3,50})"
            ),
            "habit",
        ),
        (
            rx(
                r"(?P<v>"
                + _subject(words("thuong|hay|luon|thuong xuyen|hay la|van|luon luon"), adverbs=())
                + r"\s(?i:mua|dat|thanh toan|tra|di|xem|nghe|doc|goi|dung|an|chay|tap|choi|nau|mua sam|giao dich|"
                r"chuyen|order|book|lam viec|nap|mo|xai|dat hang|di cho)\b[^.,;!?\n]{2,50})"
            ),
            "habit",
        ),
        (
            rx(
                r"(?P<v>"
                + _word(["lam viec", "lam"], both=False)
                + r"\s(?:tu xa|o nha|online|remote|tai nha)(?:\s(?:la chinh))?)(?!\s(?i:hang|may|thuoc|sach|tho|"
                r"khach|nghi|van|xuat|bao|cua|ben)\b)"
            ),
            "habit",
        ),
        (
            rx(_subject(["co", "mo", "lam chu"]) + r"\s(?:(?i:mot|1)\s)?(?P<v>" + _BUSINESS + r"\b[^.,;!?\n]{0,30})"),
            "business",
        ),
    ),
    accessibility=(
        rx(
            _phrases(
                (
                    words(
                        "nghe kem|lang tai|nang tai|khiem thinh|khiem thi|diec|mu mau|xe lan|may tro thinh|tro thinh|"
                        "bi liet|liet nua nguoi|man hinh doc|screen reader|co chu to|co chu lon"
                    ),
                    r"\b",
                ),
                (["mat"], r"\s(?:" + _ME + r"\s)?(?i:kem|mo|yeu|khong (?:duoc\s)?(?:tot|con tot|sang))\b"),
                (["tay"], r"\s(?:" + _ME + r"\s)?(?:(?:bi)\s)?(?:run)\b"),
                (["chu"], r"\s(?:to|lon)\s(?:hon|len)\b"),
                (["tai"], r"\s(?:" + _ME + r"\s)?(?:(?:nghe)\s)?(?:kem)\b"),
                (
                    words("nhin khong ro|doc khong ro|nhin khong thay ro"),
                    r"\b(?:"
                    + "|".join(
                        rf"(?<=\b(?i:{_lit(p)})\s(?i:{_lit(g)}))"
                        for g in _group(words("nhin khong ro|doc khong ro|nhin khong thay ro"))
                        for p in _group(PRONOUNS)
                    )
                    + ")",
                ),
            )
        ),
    ),
    device=(
        _stated(
            _subject(
                ["dung", "xai", "sai", "co", "mua", "cam", "lap", "gan", "sam", "doi sang", "chuyen sang", "doi qua"]
            )
            + r"(?:\s(?:them|moi|duoc|lai))?\s(?:(?:mot|cai|chiec|con|bo)\s)?(?:(?i:"
            + alternation(DEVICES)
            + r")(?:\s(?:rieng|moi|cu))?\s)?(?P<v>"
            + _BRAND
            + r"\b[\w +-]{0,24})"
        ),
        rx(
            _word(DEVICES, gate=r"(?=\s(?:(?:cua)\s)?" + _ME + r"\s)")
            + r"\s(?:(?:cua)\s)?"
            + _ME
            + r"\s(?:la|dung|xai|thi la|hien la|dang dung)\s(?:(?:mot|cai|chiec|con|dong|loai)\s)?(?P<v>(?:"
            + _BRAND
            + r"\b|[A-Z][\w+-]{1,20})[\w +-]{0,24})"
        ),
        rx(
            _word(DEVICES, gate=r"(?=\s(?:[A-Z]|" + _BRAND + r"))")
            + r"\s(?P<v>(?:"
            + _BRAND
            + r"\b|[A-Z][\w+-]{1,20})(?:\s[\w+-]{1,12}){0,3}?)\s(?:(?:cua|nha)\s"
            + _ME
            + r"\b|(?:[a-z]{2,5}\s){0,2}(?:mua cho))"
        ),
    ),
    frequency_words=words(
        "moi ngay|hang ngay|ngay nao cung|toi nao cung|sang nao cung|chieu nao cung|moi sang|moi toi|moi tuan|hang tuan|hang thang|cuoi tuan nao cung|thuong xuyen"
    ),
    call_words=words("goi dien|goi lai|goi cho|nghe may|lien lac"),
    time_words=words("buoi sang|buoi chieu|buoi toi|chieu|trua|gio"),
    request_words=words("nhe|nha|chi|dung|giup|vui long|thoi"),
    plan_words=words(
        "goi cuoc|goi bao hiem|goi dich vu|goi tap|goi thanh vien|hang the|hang thanh vien|the thanh vien|goi"
    ),
    self_words=words("toi|minh|em|chi|anh|bac|co|chu|con|chau"),
    plan=(
        # "tôi đang dùng gói Premium", "…, đang dùng phần mềm bên bạn gói Tiêu chuẩn", "team mình xài gói Business".
        rx(
            r"(?:"
            + _subject(["dung", "su dung", "xai", "sai"])
            + r"|,\s(?:(?:dang)\s)?(?:dung|su dung|xai))\s(?:[^.,;!?\n]{0,40}?\s)?(?P<v>(?:goi|hang)(?:\s(?i:cuoc|"
            r"dich vu|thanh vien))?\s[A-Z0-9][\w+-]{0,15}(?:\s" + _LOW_STOP + r"[\w+-]{1,15})?)"
        ),
        rx(
            _subject(["dang ky", "co", "o", "la", "thuoc", "tham gia"])
            + r"\s(?P<v>(?:goi|hang)(?:\s(?:cuoc|dich vu|thanh vien))?\s[A-Z0-9][\w+-]{0,15}(?:\s"
            + _LOW_STOP
            + r"[\w+-]{1,15})?)"
        ),
        # "thuê bao trả sau gói Vàng", "tài khoản mình là hạng Kim Cương".
        rx(
            _word(["thue bao", "tai khoan"])
            + r"(?:\s(?:(?:cua)\s)?"
            + _ME
            + r")?(?:\s(?:tra truoc|tra sau|la|thuoc|dang o|o|dang dung)){0,2}\s(?P<v>(?:goi|hang)(?:\s(?i:thanh "
            r"vien|cuoc))?\s[A-Z0-9][\w+-]{0,15}(?:\s" + _LOW_STOP + r"[\w+-]{1,15})?)"
        ),
        # "tôi là thành viên hạng Vàng", "em là khách hàng VIP", "Em là Titanium member".
        rx(
            _after(["la", *PRONOUNS], ["thanh vien", "hoi vien", "khach hang"])
            + r"\s(?:(?:hang)\s)?(?P<v>(?i:vang|bac|bach kim|kim cuong|dong|titan|titanium|gold|silver|platinum|"
            r"diamond|vip|premium|plus|pro|than thiet)\b)"
        ),
        rx(r"(?P<v>" + _capital_after(["la", *PRONOUNS]) + r"[\w-]{2,15}\s(?:member|thanh vien|hoi vien))\b"),
        rx(
            _word(["hang"])
            + r"\s(?:(?:thanh vien)\s)?(?:(?:cua)\s)?"
            + _ME
            + r"\s(?:la|hien la)\s(?P<v>[A-Z][\w+-]{1,15}(?:\s[A-Z][\w+-]{1,15})?)"
        ),
    ),
    languages=LANGUAGES,
    channels=CHANNELS,
    clause_words=frozenset(
        words(
            "va|voi|nen|roi|nhe|a|ah|ak|oi|u|day|nay|o|duoc|cung|gan|hon|khi|neu|de|ve|cho|tren|truoc|toi|em|"
            "nua|luon|thoi|hay|hoac|vay|dau|nao|qua|ngay|hom|gio|da|se|con|vua|khong|chua|rat|khoang|nhieu|lau|"
            "luc|di|len|xuong|duoi|tuoi|nguoi|xin|on|ok|oke|okay|ne|thanks|but|and|with"
        )
    ),
    not_values=frozenset(
        words(
            "toi|tui|em|khong|chua|rat|cung|muon|biet|gi|sao|nao|nay|kia|ay|nguoi|khach|khach hang|gio|bay gio|"
            "hom nay|bi|phai|va|oi|a|u|ok|oke|xin|chao|cam on|roi|se|vua|thuc ra|that ra|hay|shop|ad|admin|alo|"
            "da vang|mot|nhieu|it|qua|o|la|tai khoan|don|don hang|dich vu|san pham|he thong|ung dung|app|web|"
            "website|mang|so|ma so|cac ban|ban oi"
        )
    ),
    correction=words(
        "a khong|a nham|o nham|nham roi|noi nham|go nham|ghi nham|viet nham|xin loi nham|y toi la|y em la|"
        "y minh la|dinh chinh|chu khong phai|sorry nham"
    ),
    past=words(
        "truoc day|truoc kia|hoi truoc|ngay xua|hoi xua|luc truoc|hoi do|da tung|toi tung|em tung|minh tung|"
        "tung song|tung lam|bay gio khong|nam ngoai|cong ty cu|nha cu|cu la"
    ),
    moods={
        "frustrated": words(
            "buc minh|buc qua|buc xuc|buc boi|tuc gian|tuc qua|tuc that|kho chiu|qua dang|chan qua|chan that|"
            "chan nan|vo ly|te qua|qua te|te hai|that te|lan thu|van chua|van khong|mai khong|bao gio moi|"
            "cu bao loi|met moi|dien mat|phat dien|khong chap nhan duoc|lam an kieu gi|the la the nao"
        ),
        "sad": words("buon qua|rat buon|buon that|that buon|that vong|tiec qua|dau long|tui than|nan long"),
        "anxious": words(
            "lo qua|lo lang|rat lo|hoi lo|lo that|so qua|lo so|toi so|em so|minh so|gap lam|rat gap|can gap|"
            "khan cap|hoang qua|hoang loan|hoi hop|bat an"
        ),
        "excited": words("hao huc|mong cho|qua da|tuyet qua|phan khich|khong doi duoc"),
        "confused": words(
            "khong hieu|bo roi|kho hieu|khong biet lam sao|khong biet lam the nao|roi qua|khong ro|mu tit|"
            "chang hieu|la sao|nghia la sao|khong biet bam"
        ),
        "happy": words(
            "cam on|cam on nhieu|tot qua|tuyet voi|vui qua|rat vui|hai long|on qua|hay qua|dinh qua|nhiet tinh|"
            "chu dao|thanks|thank you"
        ),
    },
    problem=words(
        "bi loi|bao loi|gap loi|loi ket noi|bi hong|hong roi|hu roi|bi hu|khong hoat dong|khong vao duoc|"
        "khong dang nhap duoc|khong ket noi duoc|khong nhan duoc|chua nhan duoc|chua thay|mat mang|mat song|"
        "mat ket noi|rot mang|giat lag|mang cham|cham qua|rat cham|bi tru tien|tru tien|tru nham|giao nham|"
        "giao sai|giao thieu|bi sai|sai roi|nhap sai|tinh sai|bi khoa|khoa tai khoan|quen mat khau|mat the|bi treo|"
        "bi do|van de|su co|khong duoc|khong chay|khong len|khong phat duoc|dung hinh|khong xem duoc|bi mat|"
        "hoan tien|khieu nai|cham tre|giao tre|that lac|bi nuot|khong khop|bo an|bat thuong|tang vot|yeu xiu|"
        "khong du|het data|het tien|cuoc cao|nhap nhay|bi vo|bi hack"
    ),
    resolved=words(
        "duoc roi|xong roi|on roi|chay roi|vao duoc roi|hoat dong lai|da giai quyet|giai quyet xong|ok roi|oke roi|"
        "len hinh roi|nhan duoc roi|binh thuong roi|da hoan tien|dang nhap duoc roi|xem duoc roi|in duoc roi|"
        "lien ket xong|ngon roi|het loi roi|da duoc xu ly|da xu ly xong|da khac phuc"
    ),
    escalation=words(
        "gap quan ly|gap nguoi quan ly|noi chuyen voi quan ly|chuyen cho quan ly|chuyen len quan ly|cap tren|"
        "nguoi that|nhan vien that|gap nguoi|noi chuyen voi nguoi|tong dai vien|gap truong|khieu nai len"
    ),
    complaint=words(
        "khieu nai|phan nan|qua te|khong chap nhan duoc|vo ly|lua dao|dich vu te|that vong|buc xuc|to cao|"
        "danh gia 1 sao|lam an chan|qua dang|te hai"
    ),
    positive=words("cam on|tuyet voi|rat tot|hai long|nhiet tinh|chu dao|tot qua|hay qua|thanks|cam on nhieu|dinh qua"),
    actions=words(
        "em da|minh da|toi da|ben em da|chung toi da|chung em da|em vua|minh vua|ben em vua|em se|ben em se|"
        "chung toi se|da duoc|em da tien hanh|em da gui|em da cap nhat|em da hoan|em da mo|em da dat|em da chuyen|"
        "em da kiem tra|em da reset|em da khoi phuc|em da kich hoat"
    ),
    session_only=words(
        "don hang|ma don|van don|ma van don|ma giao dich|ma dat cho|ma ve|ma yeu cau|ma phieu|ma otp|otp|"
        "ma xac nhan|hom nay|bay gio|luc nay|sang nay|toi nay|chieu nay|hom qua|san bay|cong tac|du lich|"
        "tuan nay|thang nay|dang o|ma khuyen mai|voucher|serial"
    ),
    episode_template="Khách hàng nêu: “{topic}”.{action} Kết quả: {outcome}.",
    action_template=" Nhân viên: “{action}”.",
    rolling_template="Ngày {date} khách hàng đã liên hệ về {topic}; {outcome}.",
    outcomes={
        "resolved": "đã giải quyết",
        "open": "vẫn chưa giải quyết",
        "escalated": "đã chuyển lên người phụ trách",
        "answered": "đã được giải đáp",
    },
    rolling_outcomes={
        "resolved": "vấn đề đã được giải quyết",
        "open": "đến cuối cuộc trò chuyện vẫn chưa giải quyết xong",
        "escalated": "khách hàng đã yêu cầu gặp người thật",
        "answered": "khách hàng đã được giải đáp",
    },
)
