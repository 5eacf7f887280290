"""Vietnamese patterns for work and study: occupation, employer, field of study."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import rx
from customer_memory.extraction.rules.languages.patterns import lead
from customer_memory.extraction.rules.languages.vi.words import (
    _BUSINESS,
    _CAPW,
    _LOW_STOP,
    _ME,
    _VAL,
    OCCUPATIONS,
    _stated,
    _subject,
    _trie,
    _word,
)
from customer_memory.extraction.rules.text import words

_CITIES = (
    r"(?:Ha Noi|Sai Gon|Ho Chi Minh|HCM|Da Nang|Hai Phong|Can Tho|Hue|Nha Trang|Da Lat|Vung Tau|Bien Hoa|"
    r"Binh Duong|Dong Nai|Quy Nhon|Vinh|Ha Long|Nam Dinh|Thanh Hoa|Nghe An|Quang Ninh|Bac Ninh|Hai Duong)\b"
)

_JOB = r"(?i:" + _trie(OCCUPATIONS) + r")"
# (A language is capitalised: "giáo viên tiếng Anh".)
_JOB_V = r"(?P<v>" + _JOB + r"(?:\s(?:tieng\s[A-Z][\w'-]{0,12}|" + _LOW_STOP + r"[a-z][\w'-]{0,12})){0,4})\b"
_ORG = (
    r"(?i:cong ty|cty|tap doan|ngan hang|benh vien|truong|nha thuoc|nha may|xuong|van phong|so|"
    r"khach san|nha hang|sieu thi|cua hang|trung tam|vien|phong kham|uy ban|ubnd|hang)"
)
_ORG_WORD = r"[A-Z0-9][\w&'.-]{0,20}"
# The district or town after a name is no part of it ("phòng khám Pet Care Quận 7").
_ORG_MORE = r"(?!(?:Quan|Q\.?\d|Phuong|P\.?\d|Huyen|Tinh|TP|Tp|Thanh pho|Thi xa)\b)" + _ORG_WORD
_EMPLOYER = (
    r"(?P<v>(?:"
    + _ORG
    # (a word for the trade may come between: "công ty may Hưng Phát")
    + r"\s(?:(?:dai hoc|thpt|thcs|tieu hoc|mam non|quoc te|da khoa|nhi)\s|[a-z]{2,8}\s(?=[A-Z0-9]))?|(?!"
    + _CITIES
    + r"))"
    + _ORG_WORD
    + r"(?:\s"
    + _ORG_MORE
    + r"){0,3})"
)

# Fields of study: "em học ngành điều dưỡng", "tôi đang học luật" make a student of that field.
_FIELDS = (
    r"(?i:y khoa|y da khoa|dieu duong|luat|ky thuat(?: [a-z]{2,10})?|kien truc|tam ly hoc|tam ly|kinh te|"
    r"quan tri kinh doanh|ke toan|cong nghe thong tin|cntt|duoc|nha khoa|rang ham mat|thu y|sinh hoc|hoa hoc|"
    r"vat ly|toan|lich su|bao chi|su pham|marketing|tai chinh(?: ngan hang)?|ngon ngu anh)"
)

STUDIES = (
    rx(
        lead(
            "toi hoc|em hoc|minh hoc|chau hoc|con hoc|toi dang hoc|em dang hoc|minh dang hoc|chau dang hoc|"
            "con dang hoc|dang hoc"
        )
        + r"\s(?:(?:nam (?:nhat|hai|ba|tu|cuoi)|dai hoc)\s)?(?:(?:nganh|khoa|chuyen nganh)\s)?(?P<v>"
        + _FIELDS
        + r")\b"
    ),
)

STUDENT_OF = "sinh viên ngành {field}"

OCCUPATION = (
    # "tôi là giáo viên", "em làm kế toán", "mình làm y tá ở bệnh viện".
    _stated(_subject(["la", "lam", "lam nghe"]) + r"\s(?:(?:mot|nghe|nguoi)\s)?" + _JOB_V),
    # "sang làm kế toán trưởng", "sống và làm kỹ sư", ", làm chef cho…".
    rx(
        r"(?:"
        + _word(
            ["va lam", "sang lam", "chuyen sang lam", "roi lam", "van lam", "gio lam", "bay gio lam", "hien lam"],
            both=False,
        )
        + r"|,\s(?:lam))(?:\s(?:nghe))?\s"
        + _JOB_V
    ),
    # "mk ban do moc len handmade", "em chuyên bán mỹ phẩm online": what they sell for a living.
    _stated(
        r"(?P<v>"
        + _subject(["ban do", "chuyen ban", "chuyen kinh doanh"])
        + r"\s(?!(?:cu|roi|di|lai|duoc|gi|nay|do)\b)[a-z][\w'-]{0,15}(?:\s[a-z][\w'-]{0,15}){0,3})"
    ),
    # "mình bán hàng online", "mình dạy mầm non", "tôi đã nghỉ hưu".
    _stated(
        _subject(
            words(
                "day hoc|day mam non|day tieu hoc|day cap 1|day cap 2|day cap 3|day dai hoc|day tieng anh|day toan|"
                "day van|day nhac|day piano|day yoga|day boi|ban hang online|ban hang|buon ban|kinh doanh online|"
                "kinh doanh|lam nong|lam ruong|lam vuon|chay grab|chay xe om|lai taxi|lai xe tai|lai xe|nghi huu|"
                "ve huu|that nghiep|lam noi tro|o nha noi tro|lam tu do|lam freelance|chay shipper|lam shipper|"
                "chay giao hang|chay xe om|chay Grab|chay xe Grab|chay Be|chay Gojek|chay Xanh SM|lam tai xe Grab"
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
        # "chủ shop là Phạm Thu Trang": the owner's name is no part of the job.
        + r"\b(?:\s(?!(?:la|ten|cua)\b)[^\s.,;!?\n]{1,12}){0,4})"
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
)

OCCUPATION = (
    *OCCUPATION,
    # "Bác tên Lê Văn Hùng, năm nay sáu mươi sáu tuổi, về hưu rồi": retired, said after the introduction.
    rx(r",\s(?:(?:da|cung|thi)\s)?(?P<v>(?i:ve huu|nghi huu))(?=\s?[,.;!]|\s?$|\s(?:roi|lau roi|nam)\b)"),
    # "chị làm ở ngân hàng, không nghe máy được": the kind of workplace, when no name follows.
    _stated(
        _subject(["lam", "lam viec", "di lam"])
        + r"\s(?:o|tai|cho)\s(?P<v>(?i:ngan hang|benh vien|nha may|khu cong nghiep|cong truong|xuong may|sieu thi|"
        r"nha hang|khach san|truong hoc|uy ban|nha nuoc|cong an))(?=\s?[,.;!]|\s?$|\s(?:nen|khong|ko|k|ma|va|thi|roi)\b)"
    ),
    # "Chị tên Đặng Thu Trang, 38 tuổi, giáo viên tiểu học ở Huế": the job after the age in an introduction.
    rx(r"\b\d{1,3}\s?(?:tuoi|t),\s" + _JOB_V + r"(?=\s(?:o|tai)\s|\s?[,.;!]|\s?$)"),
)

EMPLOYER = (
    # "tôi làm kế toán ở Vinamilk", "em làm công nhân ca đêm ở Samsung", "làm cho FPT Software".
    _stated(
        _subject(["lam", "lam viec", "cong tac", "di lam"])
        # ("đi làm cả ngày ở FPT")
        + r"(?:\s(?:ca ngay|ban ngay|ca dem|full time|part time|hanh chinh))?"
        + r"(?:\s(?:(?:nghe)\s)?"
        + _JOB
        + r"(?:\s[a-z][\w'-]{0,12}){0,4})?\s(?:o|tai|cho|ben)\s"
        + _EMPLOYER
    ),
    # "minh chay shipper cho Grab", "em chạy xe ôm cho Be".
    _stated(
        _subject(["chay", "lam"])
        + r"\s(?:shipper|grab|xe om|xe om cong nghe|taxi|giao hang|xe)\s(?:cho|o|ben)\s"
        + _EMPLOYER
    ),
    # (", làm kế toán ở công ty Minh Phát" after the age or the name, too)
    rx(
        r"(?:"
        + _word(
            ["va lam", "sang lam", "chuyen sang lam", "roi lam", "van lam", "gio lam", "bay gio lam", "hien lam"],
            both=False,
        )
        + r"|,\s(?:lam))(?:\s(?:viec))?(?:\s"
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
    # "tôi là nhân viên của Viettel", "mình là Vy, product manager ở Tiki", "anh là phi công bên Vietjet".
    _stated(
        _subject(["la"], adverbs=())
        + r"\s(?:"
        + _JOB
        + r"(?:\s[a-z][\w'-]{0,12}){0,2}|"
        + _CAPW
        + r"(?: "
        + _CAPW
        + r"){0,3},\s(?!(?:nha|song|que|dang|hien|gio|o|tai|nam nay|khach|thue bao|chu|con|vo|chong)\b)"
        # ("anh là phi công bên Vietjet": "bên" is "at" too)
        r"[a-z][\w'-]{1,15}(?: [a-z][\w'-]{1,15}){0,3}?)\s(?:cua|o|tai|ben)\s" + _EMPLOYER
    ),
    rx(_word(["chuyen viec", "chuyen cong ty"]) + r"\s(?:sang|qua|ve)\s(?:(?:lam)\s)?(?:(?:o|cho|tai)\s)?" + _EMPLOYER),
)

# The answer to "anh làm nghề gì?": "Kế toán ạ.", "Dạ em làm y tá ở bệnh viện Chợ Rẫy." (the job opens the reply).
OCCUPATION_ANSWER = (
    rx(
        r"^(?:(?i:da|vang|u|uh|ok)[,.]?\s)?(?:(?i:em|toi|tui|minh|anh|chi|co|chu|bac|a|c|e)\s)?(?:(?i:la|lam|lam nghe)\s)?"
        + _JOB_V
        + r"(?=\s?[,.;!]|\s?$|\s(?:a|nha|nhe|o|tai|cho)\b)"
    ),
)
