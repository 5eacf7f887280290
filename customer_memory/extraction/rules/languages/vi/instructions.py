"""Vietnamese standing instructions: what the customer asks of every later conversation (how to contact them, how to
answer, what to check first).
"""

from __future__ import annotations

from customer_memory.extraction.rules.languages import Instruction, alternation, rx
from customer_memory.extraction.rules.languages.vi.words import _ME, LANGUAGES, _clause, _phrases, _word
from customer_memory.extraction.rules.text import words

_TEXT_CHANNELS = r"(?i:zalo|e-?mail|mail|gmail|sms|tin nhan|viber|whatsapp|messenger|facebook|fb|telegram)"
_TIME = (
    r"(?i:(?:truoc|sau|tu|vao|luc|trong|ngoai|qua)\s(?:\d{1,2}(?:h\d{0,2}|:\d\d|\s?gio)(?:\s(?:sang|chieu|toi|trua|"
    r"dem))?|gio (?:hanh chinh|nghi trua|lam viec|ngu)|buoi (?:sang|chieu|toi|trua)|cuoi tuan|ngay thuong|ban dem|"
    r"ban ngay)|gio hanh chinh|buoi (?:sang|chieu|toi|trua)|cuoi tuan|ban dem|ban ngay|gio nghi trua|gio lam viec|"
    r"sang som|toi muon|dem khuya)"
)

INSTRUCTIONS = (
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
                    # ("please confirm với mình trước khi charge": the English verb, said in Vietnamese)
                    words("xac nhan|hoi|confirm"),
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
                    r"(?<!\b(?:xac|ghi)\snhan)(?<!\b(?:tiep|chap)\snhan)(?<!\b(?:ca)\snhan)(?<!\b(?:tin|Tin)\snhan)\s(?:(?:qua|bang)\s)?"
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
                # "em gửi thông tin qua Zalo cho chị nhé": sending by a channel, asked for.
                (
                    ["gui"],
                    r"(?:\s[a-z]{1,10}){0,3}?\s(?:qua|bang)\s"
                    + _TEXT_CHANNELS
                    + r"(?:\s(?:cho|giup)\s"
                    + _ME
                    + r")?\s(?:nhe|nha|nhen|giup|dum|voi|di)\b",
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
    # "có gì thì cô gọi điện cho tôi", "Thôi con gọi điện cho cô": call me (rather than write), asked of the agent.
    Instruction(
        rx(
            _word(["co gi", "neu co gi", "co viec gi", "thoi"])
            + r"(?:\s(?:thi))?,?\s(?:\w{1,4}\s)?(?:goi dien|goi dt|goi)\s(?:(?:truc tiep)\s)?(?:cho|den)\s(?:"
            + _ME
            # (not "gọi cho bà nhà bác", "gọi cho chị Lan": someone else)
            + r"|co|cau|di|a|c)\b(?!\s(?:roi|chua|ma|nha)\b|\s[A-Z])(?![^.!?\n]{0,40}\?)"
        ),
        "preferred_contact_channel",
        "phone",
        fallback=True,
    ),
    Instruction(
        rx(
            _phrases(
                (
                    words("dung|xin dung|dung co|dung bao gio|chi|dung nen|nho"),
                    # ("chi goi a buoi trua": "a", "c" are how chat writes "anh", "chị")
                    r"\s(?:goi|goi dien|lien lac|lien he|nhan tin|call)(?:\s(?i:lai|cho\s\w{1,5})|\s(?:"
                    + _ME
                    + r"|a|c)\b)?\s"
                    + _TIME,
                ),
                (
                    words("ranh|nghe may duoc|nghe may|lien lac duoc|online duoc|online dc|on duoc|on dc|chi online"),
                    r"\s(?:(?:vao)\s)?"
                    + _TIME
                    # "buổi tối từ 9h": the hour after the part of the day.
                    + r"(?:\s(?:tu|sau|truoc)\s\d{1,2}(?:h\d{0,2}|:\d\d|\s?gio))?",
                ),
            )
        ),
        "contact_hours",
    ),
    # "goi e sau 6h toi", "Gọi cho anh sau 5 giờ chiều nhé": call me (the clause opens with the call) at a time.
    Instruction(
        rx(
            _clause(words("goi|goi lai|goi dien|goi dien cho|goi cho|lien lac|lien lac voi|lien he|lien he voi"))
            + r"\s(?:"
            + _ME
            + r"|a|c)\s"
            + _TIME
            + r"(?![^.!?\n]{0,40}\?)"
        ),
        "contact_hours",
        fallback=True,
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
                    # ("tài liệu gửi bằng tiếng Anh giúp mình": what is sent, in that language)
                    words("noi|viet|gui|soan"),
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
    # "có gì thì nhắn tin cho em nha", "nhắn tin trước 15 phút là được": a text message asked for, no app named.
    Instruction(
        rx(
            r"(?<!\btin\s)(?<!\bhay\s)(?<!\bthuong\s)\b(?i:nhan tin)(?:\s(?:cho|voi)\s"
            + _ME
            + r")?(?:\s(?:truoc)(?:\s\w{1,6}){0,2})?\s(?i:nha|nhe|nhen|thoi|la duoc|la dc|duoc roi)\b"
            r"(?![^.!?,;\n]{0,40}\?)"
        ),
        "preferred_contact_channel",
        "nhắn tin",
        fallback=True,
    ),
)
