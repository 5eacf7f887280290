"""Vietnamese patterns for preferences, accessibility, devices and plans; the words of routines and contact hours."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import alternation, rx
from customer_memory.extraction.rules.languages.vi.words import (
    _BUSINESS,
    _LOW_STOP,
    _ME,
    _VAL,
    BRANDS,
    DEVICES,
    PRONOUNS,
    _after,
    _capital_after,
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

_BRAND = r"(?i:" + _trie(BRANDS) + r")"

PREFERENCES = (
    # "cứ xếp Dĩ An cho anh", "cứ giao cổng sau cho em": always do it this way for them.
    (
        rx(
            _word(["cu"], both=True)
            + r"\s(?:xep|dat|chon|lay|giao|de|gui)\s(?P<v>[^.,;!?\n]{2,30}?)\s(?:cho)\s(?:"
            + _ME
            + r"|a|c)\b(?![^.!?\n]{0,40}\?)"
        ),
        "preferences",
    ),
    # "luôn đặt Vietnam Airlines, hạng thương gia nếu còn chỗ": what they always book.
    (
        rx(
            _word(["luon", "lan nao cung", "bao gio cung"], both=True)
            + r"\s(?:dat|chon|mua|bay|lay|book)\s(?P<v>[A-Za-z][^.;!?\n]{1,50}?)(?=\s(?:neu|khi|vi|de|va|nhe|nha)\b|"
            r"\s?[.;!?\n]|\s?$)"
        ),
        "preferences",
    ),
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
                    "thang nao|tuan nao|ngay nao|nam nao|sang nao|toi nao|chieu nao|dem nao|cuoi tuan nao|lan nao|"
                    "he nao|mua he nao|tet nao|dip tet nao"
                )
            )
            # "hè nào gia đình tôi cũng vào Đà Nẵng".
            + r"\s(?:(?:gia dinh|nha|ca nha|vo chong)\s)?(?:"
            + _ME
            # ("ngày nào cũng phải gọi cho khách" is a duty of the job, not a habit.)
            + r"\s)?(?:cung)\s(?!phai\b)[^.,;!?\n]{3,50})"
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
)

ACCESSIBILITY = (
    rx(
        _phrases(
            (
                words(
                    "nghe kem|lang tai|nang tai|khiem thinh|khiem thi|diec|mu mau|xe lan|may tro thinh|tro thinh|"
                    "bi liet|liet nua nguoi|man hinh doc|screen reader|co chu to|co chu lon|chu nho qua|chu qua nho"
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
        # "đặt xe lăn cho mẹ tôi": a relative's need, not the customer's.
        + r"(?!\s(?:(?:cho|cua)\s)(?:me|bo|ba|ong|vo|chong|con|chau|be|ba noi|ba ngoai|ong noi|ong ngoai)\b)"
    ),
)

DEVICE = (
    # "co 2 may lanh Daikin voi cai tu lanh": how many of a device and its brand, at the start of a clause.
    rx(
        _clause(["co", "nha co"])
        + r"\s(?:\d{1,2}|mot|hai|ba|bon)\s(?:(?:cai|chiec|bo)\s)?(?i:"
        + alternation(DEVICES)
        + r")\s(?P<v>"
        + _BRAND
        + r"\b[\w +-]{0,24})"
    ),
    # "Có, mới lắp điều hòa Daikin cho phòng con trai": a device just bought or installed, at the start of a clause.
    rx(
        _clause(["moi lap", "moi mua", "vua lap", "vua mua", "lap them", "mua them", "moi lap them", "moi mua them"])
        + r"\s(?:(?:mot|cai|chiec|con|bo)\s)?(?i:"
        + alternation(DEVICES)
        + r")\s(?P<v>"
        + _BRAND
        + r"\b[\w +-]{0,24})"
    ),
    # "app tren iphone 11 cua mk hay bi vang": the device one uses something on, their own.
    rx(_word(["tren", "bang"]) + r"\s(?P<v>" + _BRAND + r"(?:\s[\w+-]{1,12}){0,3}?)\s(?:cua)\s" + _ME + r"\b"),
    _stated(
        _subject(
            words(
                "dung|xai|sai|co|mua|cam|lap|gan|sam|doi sang|chuyen sang|doi qua|choi tren|choi bang|hoc tren|xem tren"
            )
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
        + r"\b|[A-Z][\w+-]{1,20})(?:\s[\w+-]{1,12}){0,3}?)\s(?:(?:cua|nha)\s(?:"
        # ("của cô", "của bác": the kinship words older speakers use for themselves)
        + _ME
        + r"|co|cau|di)\b|(?:[a-z]{2,5}\s){0,2}(?:mua cho))"
    ),
)

FREQUENCY_WORDS = words(
    "moi ngay|hang ngay|ngay nao cung|toi nao cung|sang nao cung|chieu nao cung|moi sang|moi toi|moi tuan|hang tuan|hang thang|cuoi tuan nao cung|thuong xuyen"
)

CALL_WORDS = words("goi dien|goi lai|goi cho|nghe may|lien lac")
TIME_WORDS = words("buoi sang|buoi chieu|buoi toi|chieu|trua|gio")
REQUEST_WORDS = words("nhe|nha|chi|dung|giup|vui long|thoi")

PLAN_WORDS = words(
    "goi cuoc|goi bao hiem|goi dich vu|goi tap|goi thanh vien|hang the|hang thanh vien|the thanh vien|goi"
)

SELF_WORDS = words("toi|minh|em|chi|anh|bac|co|chu|con|chau")

PLAN = (
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
        # ("gói Bảo An Gia Đình": a name of up to four capitalised words)
        + r"[\w+-]{1,15})?(?:\s[A-Z][\w+-]{1,15}){0,2})"
    ),
    # "nâng lên Super 250 đi", "nâng cấp lên Premium": the plan moved up to, named without "gói".
    _stated(
        _word(["nang len", "nang cap len", "nang cap"], both=False)
        + r"\s(?!(?:iOS|Windows|Android|iPhone|iPad|Galaxy|Mac|MacBook|Office)\b)"
        r"(?P<v>[A-Z][\w+-]{1,15}(?:\s[A-Z0-9][\w+-]{0,15})?)\b"
    ),
    # "Có, thẻ Vàng.", "hạng Kim Cương ạ": a tier word opening a clause.
    rx(
        r"(?:^|[,.;:]\s{1,2})(?:(?:the|hang)\s(?:thanh vien\s)?)(?P<v>(?i:vang|bac|bach kim|kim cuong|titan|titanium|"
        r"gold|silver|platinum|diamond|vip)\b)(?=\s?(?:[.,!;]|$)|\s(?:a|nha|nhe|roi)\b)"
    ),
    # "thuê bao trả sau gói Vàng", "tài khoản mình là hạng Kim Cương".
    rx(
        _word(["thue bao", "tai khoan"])
        + r"(?:\s(?:(?:cua)\s)?"
        + _ME
        + r")?(?:\s(?:tra truoc|tra sau|la|thuoc|dang o|o|dang dung)){0,2}\s(?P<v>(?:goi|hang)(?:\s(?i:thanh "
        r"vien|cuoc))?\s[A-Z0-9][\w+-]{0,15}(?:\s" + _LOW_STOP + r"[\w+-]{1,15})?)"
    ),
    # "Tôi là hội viên Bông Sen Vàng": a programme's tier named in capitals after "member".
    rx(
        _after(["la", *PRONOUNS], ["thanh vien", "hoi vien"])
        + r"\s(?:(?:hang)\s)?(?P<v>[A-Z][\w-]{1,15}(?:\s[A-Z][\w-]{1,15}){0,2})\b"
    ),
    # "tôi là Lê Hoàng Nam, hội viên hạng Bạc": the tier said with the name.
    rx(r"(?<=,\s)(?:thanh vien|hoi vien)\s(?P<v>(?:hang|the)\s[A-Z][\w-]{1,15}(?:\s[A-Z][\w-]{1,15}){0,1})\b"),
    # "Anh vừa được lên hạng Vàng", "đã nâng lên gói Super 300": the tier or plan moved to.
    _stated(
        _word(["len", "xuong"], both=False) + r"\s(?P<v>(?:hang|goi)\s[A-Z][\w+-]{1,15}(?:\s[A-Z0-9][\w+-]{0,15})?)\b"
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
)


# Said just before the vehicle the customer drives (rules/vehicles.py).
VEHICLE_CUES = words("xe|xe o to|xe oto|chiec xe|con xe")
