"""Vietnamese words of the conversation itself: where a value ends, corrections and the past, moods and
classification, the agent's actions, session-only words, summaries.
"""

from __future__ import annotations

from customer_memory.extraction.rules.text import words

CLAUSE_WORDS = frozenset(
    words(
        "va|voi|nen|roi|nhe|a|ah|ak|oi|u|day|nay|o|duoc|cung|gan|hon|khi|neu|de|ve|cho|tren|truoc|toi|em|"
        "nua|luon|thoi|hay|hoac|vay|dau|nao|qua|ngay|hom|gio|da|se|con|vua|khong|chua|rat|khoang|nhieu|lau|"
        "luc|di|len|xuong|duoi|tuoi|nguoi|xin|on|ok|oke|okay|ne|thanks|but|and|with"
    )
)

NOT_VALUES = frozenset(
    words(
        "toi|tui|em|khong|chua|rat|cung|muon|biet|gi|sao|nao|nay|kia|ay|nguoi|khach|khach hang|gio|bay gio|"
        "hom nay|bi|phai|va|oi|a|u|ok|oke|xin|chao|cam on|roi|se|vua|thuc ra|that ra|hay|shop|ad|admin|alo|"
        "da vang|mot|nhieu|it|qua|o|la|tai khoan|don|don hang|dich vu|san pham|he thong|ung dung|app|web|"
        "website|mang|so|ma so|cac ban|ban oi"
    )
)

CORRECTION = words(
    "a khong|a nham|o nham|nham roi|noi nham|go nham|ghi nham|viet nham|xin loi nham|y toi la|y em la|"
    "y minh la|dinh chinh|chu khong phai|sorry nham"
)

PAST = words(
    "truoc day|truoc kia|hoi truoc|ngay xua|hoi xua|luc truoc|hoi do|da tung|toi tung|em tung|minh tung|"
    "tung song|tung lam|bay gio khong|nam ngoai|cong ty cu|nha cu|cu la"
)

MOODS = {
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
}

PROBLEM = words(
    "bi loi|bao loi|gap loi|loi ket noi|bi hong|hong roi|hu roi|bi hu|khong hoat dong|khong vao duoc|"
    "khong dang nhap duoc|khong ket noi duoc|khong nhan duoc|chua nhan duoc|chua thay|mat mang|mat song|"
    "mat ket noi|rot mang|giat lag|mang cham|cham qua|rat cham|bi tru tien|tru tien|tru nham|giao nham|"
    "giao sai|giao thieu|bi sai|sai roi|nhap sai|tinh sai|bi khoa|khoa tai khoan|quen mat khau|mat the|bi treo|"
    "bi do|van de|su co|khong duoc|khong chay|khong len|khong phat duoc|dung hinh|khong xem duoc|bi mat|"
    "hoan tien|khieu nai|cham tre|giao tre|that lac|bi nuot|khong khop|bo an|bat thuong|tang vot|yeu xiu|"
    "khong du|het data|het tien|cuoc cao|nhap nhay|bi vo|bi hack"
)

RESOLVED = words(
    "duoc roi|xong roi|on roi|chay roi|vao duoc roi|hoat dong lai|da giai quyet|giai quyet xong|ok roi|oke roi|"
    "len hinh roi|nhan duoc roi|binh thuong roi|da hoan tien|dang nhap duoc roi|xem duoc roi|in duoc roi|"
    "lien ket xong|ngon roi|het loi roi|da duoc xu ly|da xu ly xong|da khac phuc"
)

ESCALATION = words(
    "gap quan ly|gap nguoi quan ly|noi chuyen voi quan ly|chuyen cho quan ly|chuyen len quan ly|cap tren|"
    "nguoi that|nhan vien that|gap nguoi|noi chuyen voi nguoi|tong dai vien|gap truong|khieu nai len"
)

COMPLAINT = words(
    "khieu nai|phan nan|qua te|khong chap nhan duoc|vo ly|lua dao|dich vu te|that vong|buc xuc|to cao|"
    "danh gia 1 sao|lam an chan|qua dang|te hai"
)

POSITIVE = words("cam on|tuyet voi|rat tot|hai long|nhiet tinh|chu dao|tot qua|hay qua|thanks|cam on nhieu|dinh qua")

ACTIONS = words(
    "em da|minh da|toi da|ben em da|chung toi da|chung em da|em vua|minh vua|ben em vua|em se|ben em se|"
    "chung toi se|da duoc|em da tien hanh|em da gui|em da cap nhat|em da hoan|em da mo|em da dat|em da chuyen|"
    "em da kiem tra|em da reset|em da khoi phuc|em da kich hoat"
)

SESSION_ONLY = words(
    "don hang|ma don|van don|ma van don|ma giao dich|ma dat cho|ma ve|ma yeu cau|ma phieu|ma otp|otp|"
    "ma xac nhan|hom nay|bay gio|luc nay|sang nay|toi nay|chieu nay|hom qua|san bay|cong tac|du lich|"
    "tuan nay|thang nay|dang o|ma khuyen mai|voucher|serial"
)

EPISODE_TEMPLATE = "Khách hàng nêu: “{topic}”.{action} Kết quả: {outcome}."
ACTION_TEMPLATE = " Nhân viên: “{action}”."
ROLLING_TEMPLATE = "Ngày {date} khách hàng đã liên hệ về {topic}; {outcome}."

OUTCOMES = {
    "resolved": "đã giải quyết",
    "open": "vẫn chưa giải quyết",
    "escalated": "đã chuyển lên người phụ trách",
    "answered": "đã được giải đáp",
}

ROLLING_OUTCOMES = {
    "resolved": "vấn đề đã được giải quyết",
    "open": "đến cuối cuộc trò chuyện vẫn chưa giải quyết xong",
    "escalated": "khách hàng đã yêu cầu gặp người thật",
    "answered": "khách hàng đã được giải đáp",
}
