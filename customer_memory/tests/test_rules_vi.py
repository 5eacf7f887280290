"""The Vietnamese language pack: each pattern family with one thing it must find and one look-alike it must not.

Customers write with and without diacritics, so most families are tried both ways. Plain functions, no
database: the rules extractor is pure.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from customer_memory.extraction import ExtractionInput, RulesExtractor, TranscriptLine
from customer_memory.extraction.rules import values
from customer_memory.extraction.rules.languages import vi


def facts(*customer: str) -> dict[str, str]:
    result = RulesExtractor().extract(ExtractionInput(lines=[TranscriptLine("customer", t) for t in customer]))
    return {f.key: f.value for f in result.facts}


def extract(*customer: str, agent: tuple[str, ...] = (), when: datetime | None = None, previous: str = ""):
    lines = [TranscriptLine("customer", t) for t in customer] + [TranscriptLine("agent", t) for t in agent]
    return RulesExtractor().extract(ExtractionInput(lines=lines, when=when, previous_summary=previous))


# --- Positive: what each family finds ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "key", "value"),
    [
        # name: the usual self-introductions, with and without diacritics, any case after "tên … là"
        ("Xin chào, tôi tên là Phạm Quốc Bảo, tôi cần hỏi về hóa đơn.", "name", "Phạm Quốc Bảo"),
        ("chao ban, toi ten la tran my linh, minh can ho tro gap", "name", "Tran My Linh"),
        ("Dạ em tên Hồng Nhung, em muốn hỏi về gói cước ạ.", "name", "Hồng Nhung"),
        ("Tên tôi là Đỗ Thị Tư, năm nay tôi đã già rồi.", "name", "Đỗ Thị Tư"),
        ("Chào shop, mình là Quang Huy, mình đặt nhầm size áo.", "name", "Quang Huy"),
        ("alo tổng đài ạ, Nguyễn Văn Tài đây, cho tôi hỏi chút.", "name", "Nguyễn Văn Tài"),
        ("Họ và tên: Lê Minh Châu, số điện thoại như cũ.", "name", "Lê Minh Châu"),
        # age: digits and words (mươi multiplies, lăm/mốt/tư after the tens)
        ("Tôi năm nay 67 tuổi nên không rành mấy cái này.", "age", "67"),
        ("em 31 tuoi roi ma van chua biet dung app nay", "age", "31"),
        ("Bà năm nay tám mươi tư tuổi rồi, cháu nói to lên.", "age", "84"),
        ("Chào cháu, năm nay chú sáu mươi mốt tuổi, chú hỏi chút.", "age", "61"),
        # location, moves, hometown
        ("Tôi đang sống ở Thành phố Thủ Đức với gia đình.", "location", "Thành phố Thủ Đức"),
        ("nha minh o Bien Hoa, Dong Nai nen giao hang hoi xa", "location", "Bien Hoa, Dong Nai"),
        ("Vợ chồng tôi sống tại Cần Thơ đã mười năm.", "location", "Cần Thơ"),
        ("Tháng trước em mới chuyển ra Hải Phòng làm việc.", "location", "Hải Phòng"),
        ("Dạ, mới chuyển vào Đà Lạt nên em cần đổi địa chỉ.", "location", "Đà Lạt"),
        ("Quê tôi ở Quảng Ngãi nhưng ít khi về.", "hometown", "Quảng Ngãi"),
        ("Mình là người Nam Định, giờ ở xa quê.", "hometown", "Nam Định"),
        # family with a name; marital status; children
        ("Con gái tôi tên là Thảo Vy, nó hay dùng máy của tôi.", "daughter", "Thảo Vy (con gái)"),
        ("Chồng em là anh Khoa sẽ nhận hàng giúp em.", "spouse", "Khoa (chồng)"),
        ("Cháu gái tôi, bé Ngân, cài ứng dụng này cho tôi.", "granddaughter", "Ngân (cháu gái)"),
        ("con trai toi ten la bin, no hay choi game", "son", "bin (con trai)"),
        ("Tôi đã ly hôn nên muốn đổi tên chủ hợp đồng.", "marital_status", "ly hôn"),
        ("Tôi có ba đứa con nên dùng gói gia đình.", "children", "ba con"),
        # pets
        ("Nhà tôi có con chó tên Vàng, nó cắn hỏng dây mạng.", "pet", "Vàng (chó)"),
        ("Mình nuôi hai con mèo nên cần cát vệ sinh loại lớn.", "pet", "mèo"),
        # occupation and employer
        ("Tôi là điều dưỡng nên hay làm ca đêm.", "occupation", "điều dưỡng"),
        ("em làm kỹ sư phần mềm cho một công ty nhỏ", "occupation", "kỹ sư phần mềm"),
        ("Mình bán hàng online nên cần xuất hóa đơn nhiều.", "occupation", "bán hàng online"),
        ("Tôi làm kế toán tại Công ty Hòa Phát được năm năm.", "employer", "Công ty Hòa Phát"),
        ("Em làm việc cho Viettel Post ở chi nhánh Quận 3.", "employer", "Viettel Post"),
        # standing instructions
        ("Em nói chậm thôi nhé, tôi già rồi nghe không kịp.", "instruction_pace", "Nói chậm thôi"),
        ("Bạn hướng dẫn từng bước một giúp mình với.", "instruction_pace", "Hướng dẫn từng bước một"),
        ("Trả lời ngắn gọn thôi, tôi đang bận lắm.", "response_length", "short"),
        ("Bạn giải thích thật chi tiết cho mình nhé, mình thích hiểu rõ.", "response_length", "detailed"),
        ("Trước khi gia hạn thì nhớ hỏi ý kiến tôi trước nhé.", "confirm_before_acting", "Hỏi ý kiến tôi trước"),
        ("Có gì cứ nhắn Zalo cho tôi, đừng gọi điện nhé.", "preferred_contact_channel", "Zalo"),
        ("Mình thích liên lạc qua email hơn, tiện lưu lại.", "preferred_contact_channel", "email"),
        ("Có việc thì cứ gọi điện cho bà, đừng nhắn tin, bà không đọc được.", "preferred_contact_channel", "phone"),
        ("Làm ơn đừng gọi sau 9 giờ tối vì con tôi ngủ.", "contact_hours", "Đừng gọi sau 9 giờ tối"),
        ("Bạn trả lời bằng tiếng Việt giúp mình nhé.", "preferred_language", "Vietnamese"),
        ("Em xưng hô lịch sự một chút được không, tôi lớn tuổi rồi.", "tone_preference", "formal"),
        ("Cứ nói chuyện thoải mái thôi, không cần khách sáo đâu.", "tone_preference", "informal"),
        # preferences, diet, allergies, habits
        ("Tôi thích nhận hóa đơn giấy hơn, dễ cất giữ.", "preferences", "nhận hóa đơn giấy"),
        ("Từ nay gửi hóa đơn điện tử cho tôi thôi nhé.", "preferences", "gửi hóa đơn điện tử"),
        ("Tôi ăn chay trường nên chọn suất chay giúp tôi.", "dietary", "ăn chay trường"),
        ("Tôi bị dị ứng tôm cua nên ghi chú cho bếp giúp.", "allergies", "tôm cua"),
        ("Tuần nào mình cũng đặt rau ở shop mình.", "habit", "Tuần nào mình cũng đặt rau ở shop mình"),
        ("Tôi ghét tin nhắn quảng cáo lắm, tắt giúp tôi.", "dislikes", "tin nhắn quảng cáo"),
        # accessibility, device, plan
        ("Tôi bị lãng tai nên gọi thì nói to giúp tôi.", "accessibility", "Lãng tai"),
        ("Mắt tôi kém, chữ trên màn hình nhỏ quá không đọc được.", "accessibility", "Mắt tôi kém"),
        ("Tôi đang dùng Samsung Galaxy A32, máy hay bị treo.", "device", "Samsung Galaxy A32"),
        ("Laptop Dell XPS của tôi không vào được mạng.", "device", "Dell XPS"),
        ("Mình đang dùng gói Gia Đình của bên bạn.", "plan", "gói Gia Đình"),
        ("Tôi là hội viên hạng Bạch Kim mà không được ưu đãi.", "plan", "Bạch Kim"),
    ],
)
def test_the_family_finds(message, key, value):
    assert facts(message).get(key) == value


# --- Negative: look-alikes each family must leave alone ------------------------------------------------


@pytest.mark.parametrize(
    ("message", "key"),
    [
        # a relative's or a pet's name is not the customer's
        ("Con gái tôi tên là Mai, nó hay dùng điện thoại của tôi.", "name"),
        ("Con chó của tôi tên là Mực, nó rất ngoan ạ.", "name"),
        ("Em là nhân viên mới à? Sao chị chưa gặp em bao giờ.", "occupation"),
        ("Tôi là khách hàng lâu năm của bên bạn rồi đó.", "name"),
        # someone else's age, minutes and counts are not an age
        ("Con tôi 5 tuổi rồi mà vẫn nghịch điện thoại.", "age"),
        ("Tôi gọi 3 lần rồi mà không ai nghe máy.", "age"),
        # where a relative lives, a trip, a question, a place of work
        ("Con gái tôi sống ở Úc nên hay gọi video.", "location"),
        ("Tôi đang ở sân bay Nội Bài, sắp lên máy bay rồi.", "location"),
        ("Chị ở Hà Nội hay Sài Gòn vậy em?", "location"),
        ("Mẹ chồng tôi sống ở Huế với chúng tôi mấy tháng.", "location"),
        ("Tôi chuyển tiền vào tài khoản rồi mà chưa thấy.", "location"),
        ("Tôi chuyển sang Zalo nói chuyện cho tiện nhé.", "location"),
        ("Con gái tôi mới chuyển ra Hà Nội học đại học.", "location"),
        ("Tôi ở Vietcombank ra thì thẻ bị nuốt mất.", "location"),
        ("Tôi về quê thì làm thủ tục ở đâu được?", "hometown"),
        # an in-law is not the relative; a greeting is not a name
        ("Mẹ chồng tôi tên là Lan, bà ấy dùng chung gói.", "spouse"),
        ("Tôi có con chờ ở nhà nên làm nhanh giúp tôi.", "pet"),
        ("Tôi có 2 con mèo nên mua cát thường xuyên.", "children"),
        # losing a card is not a job; a city is not an employer
        ("Tôi làm mất thẻ ngân hàng hôm qua rồi.", "occupation"),
        ("Tôi làm việc ở Hà Nội nhưng nhà ở Bắc Ninh.", "employer"),
        # one-off requests are not standing instructions
        ("Em gọi lại cho tôi sau 10 phút nữa nhé.", "contact_hours"),
        ("Gửi bảng giá gói cá nhân qua email cho em nhé.", "preferred_contact_channel"),
        ("Tôi đã xác nhận qua email rồi mà vẫn chưa được.", "preferred_contact_channel"),
        ("Tôi không nói tiếng Anh được, mà cũng không cần.", "preferred_language"),
        # the network is slow, not the customer's pace
        ("Mạng nhà tôi chậm quá, xem phim toàn bị giật.", "instruction_pace"),
        # liking how to be served is not a like; a password is not a habit
        ("Tôi thích nói chuyện rõ ràng, đừng vòng vo.", "likes"),
        ("Mật khẩu mình hay dùng là ngày sinh của mình.", "habit"),
        # a screen, headphones, an account: not accessibility
        ("Màn hình điện thoại nhìn không rõ vì bị vỡ.", "accessibility"),
        ("Tài khoản tôi bị khóa không rõ lý do.", "accessibility"),
        # a shop's product is not the customer's device; asking about a plan is not being on it
        ("Điện thoại Oppo bên shop còn hàng không?", "device"),
        ("Tôi muốn hỏi giá gói Premium bao nhiêu.", "plan"),
    ],
)
def test_the_family_leaves_alone(message, key):
    assert key not in facts(message)


# --- Corrections, the past, session-only ------------------------------------------------------------------


def test_a_correction_replaces_the_value_and_keeps_the_previous():
    result = extract("Tôi sống ở Huế, à không, nhầm, tôi sống ở Đà Nẵng chứ.")
    location = next(f for f in result.facts if f.key == "location")

    assert (location.value, location.previous) == ("Đà Nẵng", "Huế")


def test_a_bare_correction_of_the_age():
    assert facts("Mình 45 tuổi... à không, 46 rồi, mới qua sinh nhật.")["age"] == "46"


def test_what_used_to_be_is_history_not_the_present():
    result = extract("Trước đây tôi sống ở Hà Nội, giờ tôi sống ở Vinh với con gái.")
    location = next(f for f in result.facts if f.key == "location")

    assert (location.value, location.previous) == ("Vinh", "Hà Nội")


def test_a_place_said_with_a_former_marker_only_is_not_stored():
    assert "location" not in facts("Trước kia tôi từng sống ở Đà Lạt mấy năm.")


def test_order_numbers_and_temporary_places_are_never_facts():
    found = facts("Mình đang đi công tác ở Nha Trang, đơn hàng 240611TRQ8WN giao giúp mình thứ Bảy nhé.")

    assert not any("Nha Trang" in v or "240611" in v for v in found.values())


# --- Numbers in words -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "number"),
    [("bảy mươi lăm", 75), ("tam muoi mot", 81), ("mười lăm", 15), ("hai mươi tư", 24), ("một trăm linh hai", 102)],
)
def test_vietnamese_numbers_in_words(said, number):
    assert values.number_from_words(values.lower_fold(said), vi.PACK) == number


# --- Mood, problem, resolution, summaries ----------------------------------------------------------------


def test_a_fixed_problem_reads_as_resolved_and_the_summary_is_vietnamese():
    result = extract(
        "Chào bạn, mạng nhà tôi bị mất kết nối từ sáng nay, tôi không vào được mạng.",
        "Được rồi, vào được rồi. Cảm ơn em.",
        agent=("Dạ em đã khởi động lại modem từ xa cho anh rồi ạ.",),
        when=datetime(2026, 3, 5, tzinfo=UTC),
    )

    assert result.classification.positive_resolution == 1
    assert result.classification.unresolved_issue == 0
    assert result.episode_summary.startswith("Khách hàng nêu: “")
    assert "Nhân viên: “Dạ em đã khởi động lại modem" in result.episode_summary
    assert result.episode_summary.endswith("Kết quả: đã giải quyết.")
    assert result.summary.startswith("Ngày 05 Mar 2026 khách hàng đã liên hệ về “")
    assert result.summary.endswith("; vấn đề đã được giải quyết.")


def test_an_angry_customer_asking_for_a_manager_is_frustrated_and_escalated():
    result = extract(
        "Tôi bị trừ tiền hai lần cho cùng một đơn, bực mình quá. Tôi muốn gặp quản lý ngay.",
        agent=("Em xin lỗi anh, em sẽ chuyển cho bộ phận phụ trách xử lý.",),
        when=datetime(2026, 3, 6, tzinfo=UTC),
        previous="Ngày 05 Mar 2026 khách hàng đã liên hệ về “mạng”; vấn đề đã được giải quyết.",
    )

    assert result.mood == "frustrated"
    assert result.classification.escalation == 1
    assert result.episode_summary.endswith("Kết quả: đã chuyển lên người phụ trách.")
    # One sentence per conversation, the earlier one kept.
    assert result.summary.count("Ngày ") == 2
    assert result.summary.endswith("khách hàng đã yêu cầu gặp người thật.")


def test_an_open_problem_stays_open():
    result = extract("Điện thoại của tôi bị lỗi không gọi được, tôi lo quá.", when=datetime(2026, 3, 7, tzinfo=UTC))

    assert result.mood == "anxious"
    assert result.classification.unresolved_issue == 1
    assert result.summary.endswith("đến cuối cuộc trò chuyện vẫn chưa giải quyết xong.")


def test_a_thank_you_without_a_problem_is_not_a_problem():
    result = extract("Cảm ơn bạn nhiều nhé, tư vấn rất nhiệt tình.")

    assert result.classification.unresolved_issue == 0
    assert result.classification.positive_interaction == 1


# --- The pack's shape ---------------------------------------------------------------------------------------------


def test_the_templates_are_complete_and_one_sentence():
    for key in ("resolved", "open", "escalated", "answered"):
        assert vi.PACK.outcomes[key]
        assert vi.PACK.rolling_outcomes[key]
        assert "." not in vi.PACK.rolling_outcomes[key]
    assert {"{topic}", "{action}", "{outcome}"} <= set(re.findall(r"\{\w+\}", vi.PACK.episode_template))
    assert vi.PACK.rolling_template.count(".") == 1


def test_given_names_that_fold_to_function_words_do_not_end_a_name():
    # Thị/thì, Tư/từ, Nhung/nhưng, Tài/tại, Lâm/lắm, Đỗ/đó: none may be a clause word, which cuts names.
    for syllable in ("thi", "tu", "nhung", "tai", "lam", "do", "minh", "anh", "nam", "la", "ma", "nha"):
        assert syllable not in vi.PACK.clause_words


def test_move_from_old_place_to_new_place():
    assert facts("Minh vua chuyen nha tu Da Nang qua Hue, doi dia chi giup minh")["location"] == "Hue"
    assert "location" not in facts("toi chuyen tien tu tai khoan qua Vietcombank")


def test_age_in_words_after_a_comma():
    assert facts("Bà là Trịnh Thị Mai, sáu mươi tám tuổi.")["age"] == "68"
    assert facts("Toi la Hoa, nam muoi lam tuoi.")["age"] == "55"


# --- Studies ------------------------------------------------------------------------------------------


def test_studies_make_a_student_of_the_field():
    assert facts("Em đang học ngành điều dưỡng nên chỉ rảnh buổi tối thôi ạ.")["occupation"] == (
        "sinh viên ngành điều dưỡng"
    )


def test_studies_without_diacritics():
    assert facts("em dang hoc nganh dieu duong nen chi ranh buoi toi thoi a")["occupation"] == (
        "sinh viên ngành dieu duong"
    )


def test_learning_to_use_the_app_is_not_studying():
    assert "occupation" not in facts("Em đang học cách dùng ứng dụng, chỉ em từng bước với ạ.")


def test_location_said_with_the_name():
    assert facts("Chào anh chị, tôi là Phạm Quốc Bảo ở Cần Thơ. Hóa đơn điện tháng này cao quá.")["location"] == (
        "Cần Thơ"
    )


def test_coming_out_of_a_place_with_the_name_is_not_a_location():
    assert "location" not in facts("Tôi là Phạm Quốc Bảo ở Vietcombank ra thì bị mất ví.")


def test_device_switched_to():
    assert facts("Em ơi, chị Thu Hà đây. Chị vừa đổi sang iPhone 15 rồi, mà eSIM chưa chuyển được.")["device"] == (
        "iPhone 15"
    )


def test_a_known_city_where_they_work():
    assert facts("Chị làm việc ở Hải Phòng nên chiều mới nhận hàng được.")["location"] == "Hải Phòng"


def test_a_business_trip_city_is_not_where_they_live():
    assert "location" not in facts("Tuần này mình đang đi công tác ở Nha Trang, tới tối thứ Sáu mới về.")


def test_a_plan_named_after_a_few_words():
    assert (
        facts("Bác có mua gói bảo hiểm Vàng bên mình, giờ muốn hỏi nằm viện thì được trả bao nhiêu")["plan"] == "Vàng"
    )


def test_calling_on_facebook_is_not_a_plan():
    assert "plan" not in facts("Mình gọi Facebook mãi không ai trả lời, đơn hàng của mình đâu rồi")


def test_the_phone_named_when_the_agent_asks_which():
    lines = [
        TranscriptLine("customer", "Chị không vào được mạng 4G từ hôm qua em ơi"),
        TranscriptLine("agent", "Dạ chị đang dùng điện thoại gì ạ?"),
        TranscriptLine("customer", "Oppo Reno 8. Mới mua năm ngoái."),
    ]
    assert {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}["device"] == (
        "Oppo Reno 8"
    )


def test_write_dont_call_without_diacritics():
    assert facts("co gi nhan tin thoi nha dung goi, minh hop ca ngay")["preferred_contact_channel"] == "SMS"


def test_calling_back_is_not_a_channel_preference():
    assert "preferred_contact_channel" not in facts("Em gọi lại cho chị lúc 3 giờ được không?")


def test_the_town_after_the_street_without_diacritics():
    assert facts("toi ten Vo Thi Kim Loan, nha o duong Ngo May, Quy Nhon. thang nay nuoc yeu")["location"] == (
        "Quy Nhon"
    )


def test_a_question_about_where_is_not_where_they_live():
    assert "location" not in facts("Chị ở Hà Nội hay Sài Gòn vậy em?")


def test_when_to_call_asked_for():
    assert (
        "5 giờ chiều"
        in facts("Có gì em gọi lại cho chị sau 5 giờ chiều nhé, giờ hành chính chị bận lắm.")["contact_hours"]
    )


def test_what_to_call_me_is_not_when_to_call():
    assert "contact_hours" not in facts("Em gọi tôi là chị nhé, tôi thích nói chuyện lịch sự một chút.")


# --- Held-out 5 rules --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "key", "value"),
    [
        # "nhắn tin Zalo": a message on the app named right after the word for a message
        ("co viec gi thi nhan tin zalo cho minh nha, dung goi", "preferred_contact_channel", "Zalo"),
        ("Có gì chị nhắn tin qua Viber giúp em nhé, đừng gọi.", "preferred_contact_channel", "Viber"),
        ("co gi nhan tin thoi nha, dung goi", "preferred_contact_channel", "SMS"),
        # a job title is kept whole though one of its words also ends a clause ("về")
        ("minh lam bao ve o sieu thi gan nha", "occupation", "bao ve"),
        # a capitalised function word inside a name is part of it ("Chợ" folds to "cho")
        ("toi lam y ta ca dem o benh vien Cho Lon nen ngu ngay", "employer", "benh vien Cho Lon"),
    ],
)
def test_held_out_5_rules_find(message, key, value):
    assert facts(message).get(key) == value


@pytest.mark.parametrize(
    ("message", "key"),
    [
        ("Tin nhắn Zalo của shop gửi tới em bị lỗi font à?", "preferred_contact_channel"),
        ("Con trai tôi làm bảo vệ ở bệnh viện Chợ Rẫy.", "occupation"),
    ],
)
def test_held_out_5_rules_leave_alone(message, key):
    assert key not in facts(message)


def vietnamese(*customer: str) -> dict[str, str]:
    """Messages of a conversation in Vietnamese (the language is told by all the customer's lines)."""
    lines = [TranscriptLine("customer", "da em chao shop, em can hoi mot chut ve tai khoan cua em nha")]
    lines += [TranscriptLine("customer", text) for text in customer]
    return {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}


def test_the_holder_named_after_chu_ho_chu_shop():
    assert vietnamese("chu ho la toi, Le Van Hai, nha o duong so 3")["name"] == "Le Van Hai"
    assert vietnamese("shop Hoa Mai, chu shop la Tran Thu Ha nha ad")["name"] == "Tran Thu Ha"
    assert "name" not in vietnamese("chu shop la ai vay ad?")
    # the owner's name is no part of the job
    assert "la" not in vietnamese("shop Hoa Mai, chu shop la Tran Thu Ha nha ad").get("occupation", "").split()


def test_a_name_after_a_pronoun_then_day():
    assert vietnamese("chao em, toi Pham Van Son day. cho toi hoi chut")["name"] == "Pham Van Son"


def test_what_they_sell_for_a_living():
    assert vietnamese("mk ban do gom handmade tren mang, thu nhap chinh cua mk")["occupation"] == "ban do gom handmade"
    assert "occupation" not in vietnamese("mk ban do cu roi nen khong can nua")


def test_a_child_named_after_a_comma_with_be():
    said = vietnamese("cuoi tuan mk hay dat xe di voi con trai, be Ti, nen can ghe tre em")
    assert said["son"] == "Ti (con trai)"
    assert "son" not in vietnamese("con trai chi hang xom, anh Tuan, hay sang choi")


def test_pets_named_with_their_kind_in_brackets():
    assert "Bơ (mèo)" in facts("Em nuôi 2 bé mèo, Bơ (mèo Anh) với Mít (mèo ta)")["pet"]
    assert "pet" not in facts("Mình đang dùng gói Gia Đình (cho 4 người) của shop nha")


def test_a_childs_age_after_its_name_is_not_the_customers():
    assert "age" not in vietnamese("Bé Gia Bảo, sáu tuổi, đang thay răng.")
    assert vietnamese("Tôi là Trần Văn Lâm, 45 tuổi, ở Huế.")["age"] == "45"


def test_a_household_moving_to_a_town():
    assert vietnamese("nha toi chuyen qua Go Vap roi, so 5 duong so 3")["location"] == "Go Vap"
    assert "location" not in vietnamese("nha toi chuyen qua Viettel roi nen huy goi cu")


def test_the_district_answering_where_they_live():
    lines = [
        TranscriptLine("agent", "Dạ anh ở quận nào để em ghi hồ sơ ạ?"),
        TranscriptLine("customer", "Gò Vấp em."),
    ]
    assert {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}[
        "location"
    ] == "Gò Vấp"
    lines[0] = TranscriptLine("agent", "Dạ anh cần hỗ trợ gì ạ?")
    assert "location" not in {f.key for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}


def test_hours_online_after_a_part_of_the_day():
    said = vietnamese("mk ban ca ngay, chi online dc buoi toi tu 8h thoi")
    assert said["contact_hours"] == "Online dc buoi toi tu 8h"
    assert "contact_hours" not in vietnamese("hom qua mk online ca buoi toi ma ko thay ai tra loi")


def test_compound_job_titles_and_the_district_after_the_employer():
    said = vietnamese("gio em lam tro ly ke toan o cong ty Minh Long Quan 3 roi")
    assert said["occupation"] == "tro ly ke toan"
    assert said["employer"] == "cong ty Minh Long"


def test_the_relative_one_comes_with_named_after_la():
    assert vietnamese("Toi di cung vo la chi Nguyen Thu Thao.")["spouse"] == "Nguyen Thu Thao (vo)"
    assert "spouse" not in vietnamese("Toi di cung ban la anh Nguyen Van Tai.")


def test_kinship_words_older_speakers_use_for_themselves():
    said = vietnamese("Chào cháu, bác là Trần Văn Hùng, bác muốn hỏi cái hóa đơn.", "Con gái bác là Hoa mua cho bác.")
    assert said["name"] == "Trần Văn Hùng"
    assert said["daughter"] == "Hoa (con gái)"
    assert "name" not in vietnamese("Chào cháu, cô là khách hàng lâu năm rồi.")


def test_vo_and_chu_before_another_capitalised_word_are_surnames():
    assert vietnamese("chao em, toi la Vo Thanh Son, toi can hoi ve hoa don")["name"] == "Vo Thanh Son"
    assert "name" not in vietnamese("chao em, toi la vo cua anh Son, toi can hoi ve hoa don")


def test_children_named_after_la_be():
    said = vietnamese("Nhà chị bốn người: chị, chồng chị, con gái là bé Su và con trai là bé Bin.")
    assert said["daughter"] == "Su (con gái)"
    assert said["son"] == "Bin (con trai)"


def test_a_place_keeps_its_capitalised_function_words():
    assert vietnamese("toi la Le Van Binh, o phuong Vy Da, TP Hue.")["location"] == "phuong Vy Da, TP Hue"


def test_a_given_name_then_the_full_name_surname_first():
    assert vietnamese("alo shop oi, em la Nhi ne, Tran Yen Nhi. don cua em bi giao thieu")["name"] == "Tran Yen Nhi"


def test_sending_by_a_channel_asked_for():
    assert vietnamese("em gui lich hen qua Zalo cho chi nhe, chi it xem mail")["preferred_contact_channel"] == "Zalo"
    assert "preferred_contact_channel" not in vietnamese("chi da gui qua email roi ma chua thay tra loi")


def test_devices_counted_at_a_clause_start_and_used_on():
    assert vietnamese("ko co gi la. co 2 tivi Samsung voi cai tu lanh thoi")["device"] == "Samsung"
    assert vietnamese("app ngan hang tren iphone 13 cua mk hay bi thoat")["device"] == "iphone 13"
    assert "device" not in vietnamese("shop co 2 tivi Samsung khong vay?")


def test_a_seasonal_habit_with_the_family():
    said = vietnamese("tet nao gia dinh toi cung ve Nam Dinh an tet")
    assert said["habit"].startswith("tet nao")


def test_a_language_teacher_keeps_the_language():
    assert vietnamese("Toi la giao vien tieng Phap o Da Nang.")["occupation"] == "giao vien tieng phap"


def test_driving_for_a_platform_and_a_company_with_its_trade():
    said = vietnamese("minh chay shipper cho Be ca ngay nen khong nghe may duoc")
    assert said["occupation"] == "chay shipper"
    assert said["employer"] == "Be"
    assert vietnamese("Em làm thủ kho ở công ty gỗ Minh Phát.")["employer"] == "công ty gỗ Minh Phát"
    assert "employer" not in vietnamese("hom qua minh chay bo o cong vien Gia Dinh")


def test_a_daily_duty_is_not_a_habit():
    assert "habit" not in vietnamese("ngày nào em cũng phải trực điện thoại cho sếp")
    assert "habit" in vietnamese("tuan nao minh cung dat hang o shop nay")


def test_a_boy_named_after_thang_cu():
    assert vietnamese("thang cu Ti con trai em hay lay may cua em choi game")["son"] == "Ti (con trai)"


def test_the_age_answering_the_agents_question():
    def said(question: str, answer: str) -> dict[str, str]:
        lines = [TranscriptLine("agent", question), TranscriptLine("customer", answer)]
        return {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}

    assert said("Dạ anh năm nay bao nhiêu tuổi để em ghi hồ sơ ạ?", "Bốn mươi hai.")["age"] == "42"
    assert "age" not in said("Dạ bé nhà mình năm nay mấy tuổi rồi chị?", "Sáu tuổi.")
    assert "age" not in said("Dạ anh cần đặt mấy phòng ạ?", "Hai.")


def test_the_plan_the_agent_names_and_the_customer_confirms():
    def said(question: str, answer: str) -> dict[str, str]:
        lines = [
            TranscriptLine("customer", "da em chao shop, em can hoi ve don dinh ky cua em nha"),
            TranscriptLine("agent", question),
            TranscriptLine("customer", answer),
        ]
        return {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}

    assert said("Dạ chị đang dùng gói Tiết Kiệm, giao mỗi tháng đúng không ạ?", "dạ đúng rồi em")["plan"] == "Tiết Kiệm"
    assert "plan" not in said("Dạ chị có muốn thử gói Tiết Kiệm không ạ?", "thôi em, để chị nghĩ thêm")
    assert "plan" not in said("Dạ chị đang dùng thẻ Vàng phải không ạ?", "dạ đúng rồi")


def _conversation(*turns: tuple[str, str]) -> dict[str, str]:
    lines = [TranscriptLine(role, text) for role, text in turns]
    return {f.key: f.value for f in RulesExtractor().extract(ExtractionInput(lines=lines)).facts}


def test_a_sentence_answering_which_phone_is_no_device():
    said = _conversation(
        ("customer", "app bi loi hoai"),
        ("agent", "Da anh dung dien thoai gi a?"),
        ("customer", "e dang dung goi ST70 thoi"),
    )
    assert "device" not in said


def test_a_brand_and_model_answering_which_phone_is_the_device():
    said = _conversation(
        ("customer", "app bi loi hoai"),
        ("agent", "Da anh dung dien thoai gi a?"),
        ("customer", "vivo y36, mua nam ngoai"),
    )
    assert said["device"] == "vivo y36"


def test_e_ten_opening_the_message_is_the_name():
    assert facts("e ten Do Thi Lan, dat ban cho 4 nguoi")["name"] == "Do Thi Lan"


def test_a_relative_named_after_e_ten_is_not_the_customer():
    assert "name" not in facts("con gai e ten Mai, nam nay 7 tuoi")


def test_a_name_answered_with_a_polite_particle():
    said = _conversation(
        ("customer", "sim bi mat song tu sang"),
        ("agent", "Dạ bạn cho mình xin họ tên chủ thuê bao ạ"),
        ("customer", "Lê Văn Tám ạ"),
    )
    assert said["name"] == "Lê Văn Tám"


def test_a_particle_answer_to_another_question_is_no_name():
    said = _conversation(
        ("customer", "sim bi mat song tu sang"),
        ("agent", "Dạ anh ở khu vực nào ạ?"),
        ("customer", "Gò Vấp ạ"),
    )
    assert "name" not in said


def test_nhan_tin_cho_em_nha_is_a_text_message():
    assert facts("có gì thì nhắn tin cho em nha, em đi làm không nghe máy")["preferred_contact_channel"] == "nhắn tin"


def test_text_me_on_an_app_keeps_the_app():
    assert facts("co gi nhan tin zalo cho em nha")["preferred_contact_channel"] == "Zalo"


def test_asking_to_be_texted_as_a_question_or_someone_texting_is_no_channel():
    assert "preferred_contact_channel" not in facts("anh nhắn tin cho em nha?")
    assert "preferred_contact_channel" not in facts("con gai toi hay nhan tin giup toi")
    assert "preferred_contact_channel" not in facts("em đã nhắn tin cho shop rồi mà không ai trả lời")


def test_a_district_after_the_name_closed_by_a_polite_particle():
    assert facts("Em tên Đỗ Minh Châu, ở quận Tân Bình ạ")["location"] == "quận Tân Bình"


def test_a_district_asked_about_is_no_location():
    assert "location" not in facts("Em tên Đỗ Minh Châu, ở quận Tân Bình ạ?")


def dialogue(*turns: tuple[str, str]) -> dict[str, str]:
    lines = [TranscriptLine(role, text) for role, text in turns]
    result = RulesExtractor().extract(ExtractionInput(lines=lines, language="vi"))
    return {f.key: f.value for f in result.facts}


def vi_facts(*customer: str) -> dict[str, str]:
    """One conversation in Vietnamese (short chat lines typed without diacritics are hard to tell apart)."""
    return dialogue(*[("customer", text) for text in customer])


def test_an_age_written_with_t_and_after_the_name():
    assert vi_facts("e 22t, lam ke toan o cong ty Minh Phat")["age"] == "22"
    assert vi_facts("e ten Bao, 15t, o Da Nang")["age"] == "15"
    assert "age" not in vi_facts("cho me e, ba ten la Pham Thi Mai, 68t, me e di ung aspirin")


def test_a_relatives_name_is_not_the_customers():
    said = vi_facts("shop oi e can mua thuoc cho me e, ba ten la Pham Thi Mai, me e di ung aspirin")
    assert said["mother"] == "Pham Thi Mai (me)"
    assert "name" not in said


def test_two_named_daughters_and_how_many():
    said = vi_facts("Vợ tôi, Lê Thu Trang, và hai con gái Minh Anh và Khánh Linh thường đi cùng.")
    assert said["daughter"] == "Minh Anh, Khánh Linh (con gái)"
    assert said["children"] == "hai con"
    assert vi_facts("con gái mình tên Hà")["daughter"] == "Hà (con gái)"


def test_call_me_at_a_time_and_the_answer_to_when_to_call():
    assert vi_facts("goi e sau 6h toi, ban ngay e di lam")["contact_hours"] == "Goi e sau 6h toi"
    assert "trua" in vi_facts("chi goi a buoi trua thoi nhe 11h-13h")["contact_hours"]
    assert "contact_hours" not in vi_facts("em goi anh sau 5h duoc khong?")
    said = dialogue(
        ("agent", "Khi nào kỹ thuật gọi cho anh tiện ạ?"), ("customer", "Sau 5 giờ chiều, ban ngày anh chạy Grab.")
    )
    assert said["contact_hours"] == "Sau 5 giờ chiều"
    assert said["occupation"] == "chạy grab"
    assert "contact_hours" not in dialogue(
        ("agent", "Khi nào kỹ thuật gọi cho anh tiện ạ?"), ("customer", "Sao vậy em?")
    )


def test_devices_plans_and_addresses_in_answers():
    assert vi_facts("e choi tren con oppo reno 8, acc e la Bao99")["device"] == "oppo reno 8"
    assert (
        dialogue(("agent", "Modem nhà anh loại nào ạ?"), ("customer", "TP-Link Archer C6."))["device"]
        == "TP-Link Archer C6"
    )
    assert dialogue(("agent", "Anh có thẻ thành viên hạng nào không ạ?"), ("customer", "hang Vang"))["plan"] == "Vang"
    assert vi_facts("Tôi là hội viên Bông Sen Vàng.")["plan"] == "Bông Sen Vàng"
    asked = ("agent", "Địa chỉ lắp đặt vẫn ở Biên Hòa phải không ạ?")
    assert dialogue(asked, ("customer", "Đúng rồi."))["location"] == "Biên Hòa"
    assert "location" not in dialogue(asked, ("customer", "Dạ không ạ."))


def test_the_employer_after_the_job_and_on_the_signature():
    assert vi_facts("e 22t, lam ke toan o cong ty Minh Phat")["employer"] == "cong ty Minh Phat"
    said = vi_facts(
        "Kính gửi,\n\nVui lòng gửi hóa đơn.\n\nTrân trọng,\nĐỗ Quang Nhật\nGiám đốc điều hành\nCông ty TNHH Cơ khí Nhật Quang"
    )
    assert said["employer"] == "Công ty TNHH Cơ khí Nhật Quang"


def test_chat_shorthand_without_diacritics_reads_as_vietnamese():
    from customer_memory.extraction.rules.text import detect_language

    chat = "ad oi e nap 500k ma ko nhan dc kim cuong j het. e choi tren con oppo reno 8, acc e la [redacted] e ten Bao"
    assert detect_language(chat) == "vi"
    assert detect_language("Oi, eu comprei o celular e a tela quebrou ontem, podem me ajudar?") == "pt"
    assert detect_language("Bonjour, moi je ne sais pas comment changer mon mot de passe.") == "fr"


def test_age_device_and_tier_said_with_kinship_words_and_the_name():
    assert vi_facts("Chào cháu, cô là Nguyễn Thị Lan, năm nay cô sáu mươi chín tuổi rồi.")["age"] == "69"
    assert vi_facts("Cái điện thoại Oppo A57 của cô không vào được mạng 4G.")["device"] == "Oppo A57"
    assert vi_facts("tôi là Lê Hoàng Nam, hội viên hạng Bạc của chương trình Bông Sen.")["plan"] == "hạng Bạc"
    assert vi_facts("Anh vừa được lên hạng Vàng rồi mà trên app vẫn hiện hạng Bạc.")["plan"] == "hạng Vàng"
    assert "plan" not in vi_facts("Anh có muốn lên hạng Vàng không?")


def test_the_job_after_the_age_and_a_relatives_wheelchair():
    said = vi_facts("Chị tên Đặng Thu Trang, 38 tuổi, giáo viên tiểu học ở Huế.")
    assert said["occupation"] == "giáo viên tiểu học"
    assert "occupation" not in vi_facts("Bé Na, 8 tuổi, học sinh lớp 3 ở Huế.")
    assert "accessibility" not in vi_facts("tôi cần đặt xe lăn cho mẹ tôi ở sân bay")
    assert vi_facts("tôi phải ngồi xe lăn nên cần phòng tầng trệt")["accessibility"] == "Xe lăn"


def test_chat_pronouns_a_and_c_kinship_names_and_the_older_boy():
    assert (
        vi_facts("chi goi a buoi trua thoi nhe, a lam ky su xay dung ngoai cong truong")["occupation"]
        == "ky su xay dung"
    )
    assert vi_facts("Cô tên Lâm Thị Bích Ngọc.")["name"] == "Lâm Thị Bích Ngọc"
    assert vi_facts("thứ Năm 3 giờ chiều, thằng Tuấn con trai cô chở cô đi.")["son"] == "Tuấn (con trai)"
    said = vi_facts("nha e co 2 dua, thang lon ten Bin")
    assert (said["children"], said["son"]) == ("2 dua", "Bin")
    assert "son" not in vi_facts("tháng sau tên Bin sẽ đổi")


def test_a_numbered_district_the_kind_of_workplace_and_dev():
    asked = ("agent", "Dạ cô ở quận nào ạ?")
    assert dialogue(asked, ("customer", "Quận 3, gần chợ Bàn Cờ."))["location"] == "Quận 3"
    assert vi_facts("đừng gọi giờ hành chính, chị làm ở ngân hàng, không nghe máy được.")["occupation"] == "ngân hàng"
    assert "occupation" not in vi_facts("chị làm ở ngân hàng Vietcombank")
    said = vi_facts("e di lam ca ngay o FPT, e la dev, hop suot ko nghe may dc.")
    assert (said["employer"], said["occupation"]) == ("FPT", "dev")


def test_always_do_it_this_way_and_always_book_and_a_branch_is_no_employer():
    said = vi_facts("lan truoc a lam o chi nhanh Di An thi tot, cu xep Di An cho a")
    assert said["preferences"] == "Di An"
    assert "employer" not in said
    assert "preferences" not in vi_facts("cu xep Di An cho a duoc khong?")
    said = vi_facts("Yêu cầu cố định: luôn đặt Vietnam Airlines, hạng thương gia nếu còn chỗ.")
    assert said["preferences"] == "Vietnam Airlines, hạng thương gia"
    assert "preferences" not in vi_facts("luôn luôn bị lỗi khi đặt vé")


def test_now_working_as_moving_into_lodgings_retired_and_the_wife_said_by_an_old_man():
    said = vi_facts("hi ad, em ra truong roi, gio lam giao dich vien o ngan hang Sen Vang, chuyen ve o tro Quan 3 roi")
    assert said["occupation"] == "giao dich vien"
    assert said["employer"] == "ngan hang Sen Vang"
    assert said["location"] == "Quan 3"
    assert "location" not in vi_facts("em muon chuyen sang goi khac, chuyen sang Zalo duoc khong")
    assert vi_facts("Bác tên Lê Văn Hùng, năm nay sáu mươi sáu tuổi, về hưu rồi.")["occupation"] == "về hưu"
    assert vi_facts("Có gì cháu gọi cho bà nhà bác, bà Mai, nhé")["spouse"] == "Mai"


def test_the_address_read_back_with_the_word_for_address_and_the_city():
    asked = ("agent", "Dạ shop ghi chú ạ. Chị vẫn ở địa chỉ Lê Chân, Hải Phòng đúng không ạ?")
    assert dialogue(asked, ("customer", "Đúng rồi. Mình làm kế toán."))["location"] == "Lê Chân, Hải Phòng"
    assert "location" not in dialogue(asked, ("customer", "Không, chị chuyển rồi em."))


def test_the_job_answering_what_do_you_do():
    assert dialogue(("agent", "Dạ anh làm nghề gì ạ?"), ("customer", "Kế toán ạ."))["occupation"] == "Kế toán"
    assert "occupation" not in dialogue(("agent", "Anh làm nghề gì ạ?"), ("customer", "Sao em hỏi vậy?"))


def test_call_me_rather_than_write_and_text_too_small():
    said = vi_facts("Được, nhưng có gì thì cô gọi điện cho tôi, tôi không đọc tin nhắn được, chữ nhỏ quá.")
    assert said["preferred_contact_channel"] == "phone"
    assert said["accessibility"] == "Chữ nhỏ quá"
    assert "preferred_contact_channel" not in vi_facts("có gì thì em gọi cho anh rồi mà")
    assert "preferred_contact_channel" not in vi_facts("Có gì cháu gọi cho bà nhà bác, bà Mai, nhé")


# --- Session 7: held-out set 8 ----------------------------------------------------------------------


def test_still_living_there_answered():
    said = dialogue(("agent", "Dạ em ghi chú rồi. Anh vẫn ở Quận 3 đúng không ạ?"), ("customer", "Ừ, vẫn Quận 3"))
    assert said["location"] == "Quận 3"
    said = dialogue(("agent", "Anh vẫn dùng gói cũ đúng không ạ?"), ("customer", "Ừ, vẫn Quận 3 thôi"))
    assert "location" not in said


def test_a_spouse_mentioned_without_a_name():
    assert vi_facts("Có, thẻ Vàng. Vợ anh cũng muốn tẩy trắng răng nhưng để cô ấy tự gọi")["spouse"].lower() == "vợ"
    assert "spouse" in vi_facts("de minh hoi chong minh da. minh la giao vien cap 2")
    assert "spouse" not in vi_facts("ve Di An, gan nha bo me chong. chuyen luon mang duoc ko")
    assert "spouse" not in vi_facts("vo chong minh dang o Da Nang")


def test_an_employer_after_ben():
    assert vi_facts("Nhắn SMS thôi em, anh là phi công bên Vietjet, hay bay nên ít nghe máy")["employer"] == "Vietjet"
    assert "employer" not in vi_facts("anh là khách hàng bên Vietjet lâu rồi")


def test_a_yes_is_no_device_and_a_device_just_installed():
    said = dialogue(
        ("agent", "Nhà mình có lắp thêm thiết bị gì không ạ?"),
        ("customer", "Có, mới lắp điều hòa Daikin cho phòng con trai"),
    )
    assert said["device"].startswith("Daikin")
    said = dialogue(("agent", "Nhà mình có lắp thêm thiết bị gì không ạ?"), ("customer", "Có, nhưng lâu rồi"))
    assert "device" not in said


def test_working_remote_from_a_town():
    assert vi_facts("Mình làm việc remote từ Đà Lạt nên prefer liên hệ qua email")["location"] == "Đà Lạt"
    assert "location" not in vi_facts("Mình làm remote từ hôm qua, mạng chậm quá")


def test_confirm_and_language_said_with_english_and_send_words():
    said = vi_facts("Mình muốn renew, nhưng please confirm với mình trước khi charge thẻ công ty nhé.")
    assert "confirm_before_acting" in said
    said = vi_facts("Thêm một việc: mọi tài liệu kỹ thuật gửi bằng tiếng Anh giúp mình.")
    assert "Anh" in said["preferred_language"] or "English" in said["preferred_language"]
    assert "preferred_language" not in vi_facts("Mình đã gửi tài liệu hôm qua rồi.")


def test_where_they_moved_to_answered():
    said = dialogue(
        ("customer", "ad oi e chuyen nha roi"),
        ("agent", "Chao chi Ha! Chi chuyen ve dau a?"),
        ("customer", "ve Di An, Binh Duong, gan nha bo me chong."),
    )
    assert said["location"] == "Di An"
    said = dialogue(("agent", "Chi chuyen ve dau a?"), ("customer", "ve nha roi em"))
    assert "location" not in said


def test_a_plan_moved_up_to_and_a_tier_opening_a_clause():
    assert vi_facts("nang len Super 250 di, chong e cung lam o nha roi")["plan"] == "Super 250"
    assert "plan" not in vi_facts("may e moi nang cap len Windows 11 xong thi loi")
    assert "Vàng" in vi_facts("Có, thẻ Vàng. Vợ anh cũng muốn tẩy trắng răng")["plan"]
    assert "plan" not in vi_facts("Anh rút tiền bằng thẻ ATM hôm qua")


def test_a_trade_said_with_tho():
    assert vi_facts("ok. minh la tho chup anh, hay mua ong kinh ben shop")["occupation"].lower() == "tho chup anh"
    assert "occupation" not in vi_facts("day la tho anh viet tang vo")
