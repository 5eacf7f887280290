"""Vietnamese patterns for who the customer is: name, age, where they live, where they moved, where they are from."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import rx
from customer_memory.extraction.rules.languages.vi.words import (
    _BUSINESS,
    _CAPW,
    _LOW_STOP,
    _ME,
    _START,
    _START_BARE,
    ADVERBS,
    MULTIPLIERS,
    NUMBERS,
    _before_subject,
    _clause,
    _group,
    _lit,
    _phrases,
    _stated,
    _subject,
    _trie,
    _word,
)
from customer_memory.extraction.rules.text import words

_TITLE = r"(?:anh|chi|em|co|chu|bac|ong|ba|be|thang|con|chau|cau|di)"

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

_NUM_WORD = r"(?i:" + _trie([*NUMBERS, *MULTIPLIERS]) + r")"

_NOT_A_NAME = (
    # (Võ and Chu before another capitalised word are surnames: "Võ Văn Tâm".)
    r"(?:Khach|Nguoi|Chu(?!\s[A-Z])|Admin|Giao|Sinh|Nhan|Ky|Bac|Viet|Thanh vien|Hoi vien|Member|Dan|Con|Chau|"
    r"Vo(?!\s[A-Z])|Chong|Me|Bo|"
    r"Ban|Em|Anh|Chi|Toi|Tui|Shop|Ad|Day|Nay|Ma|Hinh|So|Link|Video|File|Don|Hoa don|Ve|The|Ket qua|Mau|Dia chi|"
    r"Thong tin|Khong|Ok|Vang|Da)\b"
)
_NUMBERS_SAID = _NUM_WORD + r"(?:\s" + _NUM_WORD + r"){0,4}"

# After "chuyển"/"dọn": into, out to, back to ("vào", "ra", "về"…), and "sang/qua" only with "nhà"
# or "sống" ("chuyển sang Zalo", "chuyển sang gói khác" are not moves).
_MOVED_TO = (
    r"(?:(?:\s(?:nha|ca nha|han|luon))?\s(?:vao|ra|ve|den|toi|len|xuong)(?:\s(?:song|o tro|o|song o|song tai))?"
    r"|\s(?:nha|ca nha)\s(?:sang|qua)|\s(?:sang|qua)\s(?:song|o)(?:\s(?:o|tai))?"
    # "chuyển nhà từ Bình Thạnh qua Gò Vấp": the old place first, then the new one.
    r"|(?:\s(?:nha|ca nha))?\stu\s[^.,;!?\n]{1,30}?\s(?:qua|sang|ve|vao|ra|len|xuong|den|toi))\s"
)

NAME = (
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
            rf"(?<=\b(?i:{_lit(g)})\s.)(?<={_START}.{{{len(g[0]) + 2}}})"
            for g in _group(words(_TITLE[3:-1] + "|toi|tui|minh|mk"))
        )
        + r")[\w'-]{0,20}(?: "
        + _CAPW
        + r"){0,3})\s(?:day)\b(?!\s(?:la|cung|thi|co|roi|moi|ne)\b)"
    ),
    # "chủ hộ là tôi, Nguyễn Văn Đức", "chu shop la Pham Thu Trang": the holder of the account, shop or household
    # they write about is named.
    rx(
        _word(["chu"])
        + r"\s(?:ho|shop|tai khoan|tk|cua hang|tiem|hop dong|thue bao)\s(?:(?:nay|minh|em|toi)\s)?(?:la|:)\s"
        r"(?:(?:toi|em|minh|mk|tui)(?:,\s?|\s))?(?!" + _NOT_A_NAME + r")" + _NAME
    ),
    # "Chào cháu, cô là Nguyễn Thị Lan": the kinship words older and younger speakers use for themselves.
    # ("Cô tên Lâm Thị Bích Ngọc.", "Bác tên là Hùng": with "tên" too)
    rx(
        _clause(
            words(
                "co la|chau la|cau la|ba la|bac la|di la|ong la|co ten|co ten la|chau ten|chau ten la|bac ten|"
                "bac ten la|ong ten|ong ten la|ba ten|ba ten la|di ten|di ten la|chu ten|chu ten la"
            )
        )
        + r"\s(?!"
        + _NOT_A_NAME
        + r")"
        + _NAME
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
)

AGE = (
    # "tôi 65 tuổi", "em năm nay 28", "mình 45...", "bà bảy mươi lăm tuổi".
    _stated(
        # ("e 22t": "t" is how chat writes "tuổi")
        r"(?P<v>\d{1,3})(?!\d)(?=\s?(?:tuoi)\b|t\b|\s?[.,!?…]|\s?$|\s(?:roi|nhe|a)\b)"
        + _before_subject([(r"\d" * digits, digits) for digits in (1, 2, 3)], ADVERBS)
        + r"(?:\s?(?:tuoi)\b|t\b|(?=\s?(?:[.,!?…]|$))|\s(?=(?:roi|nhe|a)\b))"
    ),
    _stated(
        r"(?P<v2>"
        + _subject([w for w in NUMBERS if len(w) > 1] + list(MULTIPLIERS))
        + r"(?:\s"
        + _NUM_WORD
        + r"){0,4})\s(?:tuoi)\b"
    ),
    # "e ten Bao, 15t", "tôi tên Lan, 34 tuổi": the age right after the name they give.
    rx(
        r"(?<![\w])(?i:toi|tui|minh|mk|mik|em|e|anh|chi)\s(?:ten(?:\sla)?|la)\s[A-Z][\w'-]{0,12}(?:\s[A-Z][\w'-]{0,12})"
        r"{0,3},?\s(?P<v>\d{1,2})\s?(?:tuoi|t)\b"
    ),
    # "năm nay 70 tuổi rồi", ", 28 tuổi".
    rx(
        _clause(["nam nay"])
        # ("năm nay cô sáu mươi chín tuổi": the kinship word the speaker uses for themself first)
        + r"(?:\s(?:co|chu|bac|ong|ba|toi|em|minh|anh|chi|chau|cau|di))?"
        + r"(?:\s(?:cung|da|duoc|tron))?\s(?:(?P<v>\d{1,3})|(?P<v2>"
        + _NUMBERS_SAID
        + r"))\s(?:tuoi)\b"
    ),
    # (", 28 tuổi" after a child's name is the child's: "Bé Minh Khang, bảy tuổi" matches without an age.)
    rx(
        r"\b(?i:be|thang|chau|con)\s[A-Z][\w'-]{0,12}(?:\s[A-Z][\w'-]{0,12}){0,2},\s{0,2}(?:\d{1,3}\s?|"
        + _NUMBERS_SAID
        + r"\s)tuoi\b|,\s{0,2}(?:(?P<v>\d{1,3})\s?|(?P<v2>"
        + _NUMBERS_SAID
        + r")\s)(?:tuoi)\b(?=\s?(?:[.,!?;]|$|(?:roi|nhe|a)\b))"
    ),
)

LOCATION = (
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
        _subject(["la"]) + r"(?:\s[A-Z]\w{0,10}){1,4},?\s(?:o|tai)\s" + _PLACE + r"(?!\s(?:ra|ve|xong|lai|den|qua)\b)"
    ),
    # ", ở Vũng Tàu." right after an introduction (maybe closed by a polite "ạ", "nha").
    rx(r",\s{1,2}(?:o|tai)\s" + _PLACE + r"(?=\s?(?:[.,!?;]|$)|\s(?:a|ah|nha|nhe)\s?(?:[.,!;]|$))"),
    # "Mình làm việc remote từ Đà Lạt", "em làm online tại nhà ở Huế": working from home, where home is.
    _stated(
        _subject(["lam", "lam viec"])
        + r"\s(?i:remote|tu xa|online|wfh|work from home)(?:\s(?:tai nha|o nha))?\s(?:tu|o|tai)\s"
        + _PLACE
    ),
    # "chủ một quán cà phê nhỏ ở Đà Lạt".
    rx(_word(["chu"]) + r"\s(?:(?:mot)\s)?" + _BUSINESS + r"\b[^.,;!?\n]{0,30}?\s(?:o|tai)\s" + _PLACE),
)

# The agent reads back the address ("Địa chỉ lắp đặt vẫn ở Biên Hòa phải không ạ?") and the customer says yes.
ADDRESS_WORDS = words("dia chi|van o|con o|van song|van song o|nha anh|nha chi|nha em|lap dat")
YES_WORDS = words("dung roi|dung vay|dung a|chinh xac|phai roi|phai|van o|van the")

LIVES_WORDS = words("song|sinh song|nha|cu tru|o tro|thue nha|lam viec|lam o|cong ty|o|tai")
MOVED_WORDS = words("chuyen|don|don nha|chuyen nha|chuyen ve|chuyen ra|chuyen vao|ve o")
PLACE_PREPS = words("o|tai")
MOVE_PREPS = words("ra|vao|ve|len|xuong|sang|qua|den")

TRIP_WORDS = words(
    "cong tac|du lich|di choi|tham|tuan nay|khach san|nghi mat|dang o|choi|ghe|ve que|ve tham|chuyen bay"
)

MOVED = (
    # "mình mới chuyển vào Sài Gòn", "em đã chuyển hẳn về Sài Gòn sống", "tôi dọn ra Hà Nội".
    rx(_subject(["chuyen", "don"]) + _MOVED_TO + _PLACE),
    # The subject dropped at the start of a clause: "Mới chuyển ra Hà Nội nên…".
    # (", chuyển về ở trọ Quận 3": after a comma too)
    rx(
        _clause(words("moi chuyen|vua chuyen|moi don|vua don|da chuyen|chuyen"), start=_START_BARE) + _MOVED_TO + _PLACE
    ),
    rx(_subject(["ve song", "ve han", "ve han song"]) + r"(?:\s(?:o|tai))?\s" + _PLACE),
)

HOMETOWN = (
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
)
