"""Vietnamese patterns for family and pets: relatives and their names, marital status, children, pets."""

from __future__ import annotations

from customer_memory.extraction.rules.languages import rx
from customer_memory.extraction.rules.languages.vi.words import (
    _CAPW,
    _ME,
    PETS,
    PRONOUNS,
    RELATIONS,
    _both,
    _capital_after,
    _lit,
    _stated,
    _subject,
    _trie,
    _word,
)
from customer_memory.extraction.rules.text import words

_REL = r"(?i:" + _trie(RELATIONS) + r")"
_PET = r"(?i:" + _trie(PETS) + r")"
_PET_BRACKETED = (
    r"(?i:" + _trie([p for p in PETS if p.split()[0] not in {"cho", "tho", "rua", "ran", "ngua", "vet"}]) + r")"
)

RELATION = (
    # "con gái tôi tên Hạnh", "vợ em là Thảo", "con gái em, bé Na", "vợ tôi Hoa", "con gai toi ten la mai".
    rx(
        r"(?P<rel>"
        + _word(list(RELATIONS), gate=r"(?=(?:\s\w{1,5})?\s(?:(?:cua)\s)?(?:" + _ME + r"|co|bac|cau|di)\b)")
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
        + r"(?:"
        # (in lower case: "con gái Minh Anh" names the daughter Minh Anh, "con gái mình" is my daughter)
        + _lit(PRONOUNS)
        # "Con trai cô là Minh": the kinship words older speakers use for themselves.
        + r"|(?:co|bac|cau|di)(?=\s(?:la|ten)\b))"
        + r"(?:\s(?i:ten(?:\sla)?|la|ten goi la)|,)?\s(?:(?:be|thang|con|anh|chi|em|co|chu)\s)?(?P<name>"
        + _CAPW
        + r"(?: "
        + _CAPW
        + r"){0,2}|(?:(?<=(?:ten)\s)|(?<=(?:ten\sla)\s))[a-z][\w'-]{1,20}(?=\s?(?:[.,!?;]|$|(?i:nhe|a|nha|roi|"
        r"va)\b)))"
    ),
    # "đi với vợ và con gái, bé Bông", "đang nuôi con gái nhỏ, bé Na": a child named after a comma with "bé"/"thằng".
    rx(
        r"(?P<rel>"
        + _word([r for r in RELATIONS if r.startswith(("con ", "chau ", "em "))])
        + r")(?:\s(?:nho|lon|ut|dau|ca|thu hai))?(?:,|\s(?:la|ten la|ten))\s(?:be|thang)\s(?P<name>"
        + _CAPW
        + r"(?: "
        + _CAPW
        + r"){0,2})"
    ),
    # "cho mẹ em, bà tên là Phạm Thị Mai": the relative, then "he/she is called".
    rx(
        r"(?P<rel>"
        + _word(list(RELATIONS), gate=r"(?=\s(?:(?:cua)\s)?" + _lit(PRONOUNS) + r",\s)")
        + r")\s(?:(?:cua)\s)?"
        + _lit(PRONOUNS)
        + r",\s(?:ba|ong|bac|co|chu|di|no|be|chi|anh|em)(?:\say)?\s(?:ten(?:\sla)?|la)\s(?P<name>"
        + _CAPW
        + r"(?: "
        + _CAPW
        + r"){0,3})"
    ),
    # "hai con gái Minh Anh và Khánh Linh", "2 con trai là Bin, Bo": how many, then each one's name.
    rx(
        r"(?<![\w])(?i:\d|hai|ba|bon)\s(?:(?:dua|be)\s)?(?P<rel>(?i:con gai|con trai|chau gai|chau trai))"
        r"(?:\s(?:la|ten la|ten|:))?,?\s(?P<name>" + _CAPW + r"(?: " + _CAPW + r"){0,2})(?:,\s|\s(?:va|voi)\s)"
        r"(?P<name2>" + _CAPW + r"(?: " + _CAPW + r"){0,2})"
    ),
    # "Tôi đi cùng chồng là anh Phạm Quốc Bảo": the relative one comes with, named after "là".
    rx(
        _word(["voi", "cung"])
        + r"\s(?P<rel>(?i:vo|chong|con gai|con trai|me|bo))\s(?:la|ten la|ten)\s(?:(?:anh|chi|be|thang|em|co|chu|ong|ba)\s)?"
        r"(?P<name>" + _CAPW + r"(?: " + _CAPW + r"){0,3})"
    ),
    # "thằng Bống con trai mình", "bé Na con gái em".
    rx(
        r"(?P<name>"
        + _capital_after(words("be|thang|con|chau|em|anh|chi|cu"))
        + r"[\w'-]{0,20}(?: "
        + _CAPW
        + r"){0,2})\s(?:(?:la)\s)?(?P<rel>"
        + _REL
        + r")\s(?:(?:cua)\s)?(?:"
        # ("thằng Tuấn con trai cô": the kinship words older speakers use for themselves)
        + _ME
        + r"|co|cau|di)\b"
    ),
)

# "nhà em có 2 đứa, thằng lớn tên Bin": the older or younger boy of the family, a son, named.
PARENT_OF = (
    (
        rx(
            _word(["thang"])
            + r"\s(?:lon|nho|ut|dau|ca|hai|cu)\s(?:(?:nha\s"
            + _ME
            + r")\s)?(?:ten|ten la|la)\s(?P<name>"
            + _CAPW
            + r")"
        ),
        "son",
    ),
    # "gọi cho bà nhà bác, bà Mai": "bà nhà" / "ông nhà" is how older people say "my wife" / "my husband".
    (
        rx(
            _word(["ba nha", "ong nha"])
            + r"(?:\s(?:"
            + _ME
            + r"|bac|co|chu))?,?\s(?:(?:ba|ong)\s)?(?:(?:la|ten la|ten)\s)?(?P<name>"
            + _CAPW
            + r")"
        ),
        "spouse",
    ),
)

# "Vợ anh cũng muốn tẩy trắng răng", "để mình hỏi chồng mình đã": a spouse mentioned without a name.
# ("mẹ chồng", "em vợ", "vợ chồng mình" are other people or the couple; a capital after it is a name, read
# by RELATION, or someone else's spouse: "vợ anh Tuấn")
SPOUSE_MENTION = rx(
    r"(?<![\w])(?<!\bme\s)(?<!\bbo\s)(?<!\bba\s)(?<!\bem\s)(?<!\banh\s)(?<!\bchi\s)(?<!\bcon\s)(?<!\bvo\s)"
    r"(?<!\bcha\s)(?<!\bnha\s)(?P<rel>(?i:vo|chong|ong xa|ba xa))\s(?:(?:cua)\s)?(?i:toi|minh|em|e|anh|chi|tui|tao|to)"
    r"(?![\w])(?!\s(?:[A-Z]|(?i:la|ten|da mat|mat|qua doi|cu|truoc)\b))"
)

MARITAL = (
    _stated(
        _subject(
            words(
                "doc than|ket hon|co gia dinh|lap gia dinh|ly hon|ly di|goa vo|goa chong|o goa|chua co gia dinh|"
                "chua ket hon|chua vo|chua chong|co vo|co chong|co vo roi|co chong roi|co gia dinh roi"
            ),
            name="v",
        )
    ),
)

CHILDREN = (
    # "tôi có 2 con", "em có hai đứa con", "có ba cháu nội".
    rx(
        _word(["co", "nuoi"])
        + r"\s(?P<v>\d{1,2}|(?:mot|hai|ba|bon|nam|sau|bay))\s(?:(?:dua|nguoi|be)\s)?(?P<what>(?:con|chau))"
        r"(?=\s?(?:[.,!?;]|$|(?:trai|gai|nho|deu|dang|roi|va|lon|ca|nhe|a|ten|o|la|moi|hoc|di|nen|ma|thi|cung|can|hay|"
        r"nhung|rieng)\b))"
    ),
    # "hai con gái Minh Anh và Khánh Linh": how many children, each then named.
    rx(
        r"(?<![\w])(?P<v>\d|(?i:hai|ba|bon))\s(?:(?:dua|be)\s)?(?P<what>(?i:con))\s(?i:gai|trai)"
        r"(?:\s(?:la|ten la|ten|:))?,?\s[A-Z]"
    ),
    # "nhà em có 2 đứa, thằng lớn…": how many children, said with the classifier alone.
    rx(
        _word(["co"])
        + r"\s(?P<v>\d|(?i:hai|ba|bon|nam))\s(?P<what>dua|nhoc|be)(?=\s?[,.;!]|\s?$|\s(?:thang|con|be|deu|mot|dua|nho|lon)\b)"
    ),
    # "3 đứa con đang tuổi đi học".
    rx(r"(?P<v>\d{1,2})\s(?:dua|nguoi)\s(?P<what>(?:con|chau))\b(?!\s(?:cua|nha)\b)"),
)

PET = (
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
    # "Mochi (mèo Anh lông ngắn) với Sushi (mèo ta)": a name with its kind in brackets.
    # (Not "chó", "thỏ", "rùa", which fold to "cho", "tho", "rua": "Premium (cho 2 người)".)
    rx(r"(?P<name>[A-Z][\w'-]{1,20})\s?\((?:(?:con|be|chu|em)\s)?(?P<species>" + _PET_BRACKETED + r")\b"),
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
)
