"""The product's one secret detector, in seven languages.

Card numbers (Luhn; the last four kept), CVV and expiry dates beside a card,
passwords and PINs, one-time codes however phrased, IBANs (mod 97) and bank
account numbers, US social security numbers and national ids (Spanish DNI/NIE,
Brazilian CPF, Israeli ID, Vietnamese CCCD/CMND, French NIR, German tax id and
identity card). English, Vietnamese (with and without diacritics), Spanish,
Hebrew, French, German and Portuguese.

It lives in the lowest app that reads customer text: ingest masks stored
messages with it (conversations.ingestion), and memory masks whatever an
extractor returns (customer_memory.extraction). A `Redactor` counts each
distinct secret it masked, so an extraction can say how many it dropped
without saying what.

Every pattern runs in linear time on any text (tests/test_linear_patterns.py):
a customer can send 20,000 characters of anything, and one backtracking
pattern would stall a worker. Where two parts of a pattern could read the same
characters, one is possessive (`*+`, `++`) or atomic (`(?>...)`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

MASK = "[redacted]"
# A masked card keeps its last four digits, which identify it to the customer and the agent.
CARD_MASK = "[card •••• {last4}]"


def card_mask(digits: str) -> str:
    return CARD_MASK.format(last4=digits[-4:])


# Fact keys that only ever hold secrets.
SECRET_KEYS = frozenset(
    {
        "password",
        "passcode",
        "pin",
        "pin_code",
        "cvv",
        "cvc",
        "otp",
        "one_time_code",
        "verification_code",
        "card_number",
        "credit_card",
        "credit_card_number",
        "debit_card",
        "card",
        "card_expiry",
        "expiry_date",
        "iban",
        "bank_account",
        "bank_account_number",
        "account_number",
        "routing_number",
        "sort_code",
        "ssn",
        "social_security_number",
        "national_id",
        "national_id_number",
        "id_number",
        "tax_id",
        "dni",
        "nie",
        "cpf",
        "cccd",
        "cmnd",
        "nir",
        "teudat_zehut",
    }
)


def is_secret_key(key: str) -> bool:
    return key in SECRET_KEYS or key.endswith(("_password", "_pin", "_cvv", "_otp", "_iban", "_ssn"))


# --- Checksums -------------------------------------------------------------------------------------


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def iban_valid(candidate: str) -> bool:
    iban = candidate.replace(" ", "").upper()
    if not 15 <= len(iban) <= 34:
        return False
    rearranged = iban[4:] + iban[:4]
    try:
        number = int("".join(str(int(char, 36)) for char in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_valid(candidate: str) -> bool:
    """A Spanish DNI (8 digits and a letter) or NIE (X, Y or Z, 7 digits and a letter)."""
    value = re.sub(r"[\s-]", "", candidate).upper()
    if len(value) != 9 or not value[-1].isalpha():
        return False
    number = value[:-1]
    if number[0] in "XYZ":
        number = str("XYZ".index(number[0])) + number[1:]
    return number.isdigit() and _DNI_LETTERS[int(number) % 23] == value[-1]


def cpf_valid(candidate: str) -> bool:
    """A Brazilian CPF: 11 digits, the last two check digits (mod 11); not all the same digit."""
    digits = re.sub(r"\D", "", candidate)
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for length in (9, 10):
        total = sum(int(digit) * weight for digit, weight in zip(digits, range(length + 1, 1, -1), strict=False))
        if (total * 10 % 11) % 10 != int(digits[length]):
            return False
    return True


def israeli_id_valid(candidate: str) -> bool:
    """An Israeli identity number: up to 9 digits (zero-padded), weights 1,2,1,2... with digit sums, mod 10."""
    digits = re.sub(r"\D", "", candidate)
    if not 5 <= len(digits) <= 9 or not int(digits):
        return False
    total = 0
    for index, char in enumerate(digits.zfill(9)):
        value = int(char) * (1 + index % 2)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def ssn_valid(candidate: str) -> bool:
    """A US social security number as issued: no area 000, 666 or 9xx, no group 00, no serial 0000."""
    digits = re.sub(r"\D", "", candidate)
    return (
        len(digits) == 9
        and digits[:3] not in {"000", "666"}
        and digits[0] != "9"
        and digits[3:5] != "00"
        and digits[5:] != "0000"
    )


# --- Pattern pieces --------------------------------------------------------------------------------

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _variants(char: str) -> str:
    """`char` and how it is typed without its diacritics: "ậ" -> "ậâa", "đ" -> "đd"."""
    if char in "đĐ":
        return char + "d"
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) == 1:
        return char
    without_tone = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return "".join(dict.fromkeys((char, without_tone, decomposed[0])))


def _loose(phrase: str) -> str:
    """`phrase` as a pattern that also matches it typed without diacritics: "mật khẩu", "mat khau", "mât khâu".

    Words are joined by `\\s++`: a word follows, which can't start with a space,
    so the possessive loses no match and never backtracks.
    """
    words = []
    for word in phrase.split():
        chars = [re.escape(char) if len(_variants(char)) == 1 else f"[{_variants(char)}]" for char in word]
        words.append("".join(chars))
    return r"\s++".join(words)


def _any(phrases: str) -> str:
    """One alternation of "|"-separated phrases, longest first (the most specific wins).

    Led by a class of the phrases' first letters: most positions of a text fail that one test
    instead of every alternative in turn.
    """
    options = sorted({p.strip() for p in phrases.split("|") if p.strip()}, key=len, reverse=True)
    first = "".join(sorted({variant for option in options for variant in _variants(option[0])}))
    return f"(?=[{re.escape(first)}])(?:" + "|".join(_loose(option) for option in options) + ")"


def _fold(word: str) -> str:
    """Lower case without diacritics, for comparing a word with the word lists below."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _folded_words(text: str) -> frozenset[str]:
    return frozenset(_fold(word) for word in text.split())


def _folded_phrases(text: str) -> tuple[str, ...]:
    return tuple(f" {_fold(phrase)} " for phrase in text.split("|"))


# Hebrew joins "the", "and", "that", "to", "in", "from", "as" to the next word: הסיסמה, שקיבלתי.
_HE = "[והשלבמכ]{0,2}"
_START = r"(?<!\w)"
_END = r"(?!\w)"
# "... is", "... là", "... es", "... est", "... ist", "... lautet", "... é", "... היא": the secret follows.
_LINK_WORDS = (
    _any("is|was|are|would be|will be|is now|là|es|era|será|sería|est|était|sera|c'est|ist|lautet|war|wäre|é|foi")
    + "|היא|הוא|זה|זו|זאת"
)
# Words that also link but are as often something else: only a secret-looking value follows them.
_WEAK_LINK_WORDS = _any("to|a|e|em|para|auf|à")
_LINK = rf"(?:\s*+(?P<sym>[:=#])|\s++(?P<strong>{_LINK_WORDS}){_END}|\s++(?P<weak>{_WEAK_LINK_WORDS}){_END})"
# Optional: spaces and a colon or equals sign, taken whole (three optional parts in a row would
# otherwise split one run of spaces in polynomially many ways).
_GAP = r"(?>\s*+[:=]?\s*+)"
_OPTIONAL_LINK = rf"(?:\s*+[:=#]|\s++(?:{_LINK_WORDS}){_END})?+{_GAP}"
# "của tôi", "שלי": mine.
_MINE = r"(?:\s++(?:" + _any("của tôi|của mình|của em|của anh|của chị") + r"|שלי|שלך|שלנו))?+"
_NUMBER_WORD = (
    r"(?:\s*+(?:" + _any("number|num|no|nr|nro|nº|n°|número|numéro|nummer|số|mã") + r"|מספר|#)\.?(?=[\s:=#\d]))?+"
)
# A word between a keyword and its link or number ("the code THEY SENT ME is ..."): no digits,
# no punctuation that ends a clause. Runs of them are taken atomically: giving a word back can't
# help, as what follows would be that word, neither link nor number. Before a password's link,
# not a link word itself: the link says how sure the match is.
_WORD = r"\s++[^\s\d:=.,;!?\"\[\]•()]{1,24}+(?![^\s:=])"
_FILLER = rf"\s++(?!(?:{_LINK_WORDS}|{_WEAK_LINK_WORDS}){_END})[^\s\d:=.,;!?\"\[\]•()]{{1,24}}+(?![^\s:=])"
# A number that is not part of a longer one, a decimal, a date or an amount.
_NUMBER_START = r"(?<![\w.,$€£¥₫₪+/-])"
_NUMBER_END = r"(?!\d|[.,/:-]\d| \d)"

# --- The patterns ----------------------------------------------------------------------------------

# 13 to 19 digits, optionally grouped by spaces or dashes, starting like a card (2 to 6); Luhn decides.
# A leading "+" marks an international phone number, not a card.
_CARD = re.compile(r"(?<![\w+])[2-6](?:[ -]?\d){12,18}(?![\w])")
_GROUP_END = re.compile(r"\d(?=[ -]|$)")
# After a masked card: "09/27 123", "09/27", "123".
_DATE = r"(?:0?[1-9]|1[0-2])\s?[/.-]\s?(?:20)?\d{2}(?![\d/.-]?\d)"
_AFTER_CARD = re.compile(
    r"\[card •••• \d{4}\](?:[\s,;|]{1,3}+(?P<expiry>" + _DATE + r"))?(?:[\s,;|/]{1,3}+(?P<cvv>\d{3})(?![\d/.,:-]))?"
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b", re.IGNORECASE)
_CVV = re.compile(
    _START
    + "(?:"
    + _any(
        "cvv|cvv2|cvc|cvc2|csc|cid|cvn|security code|card verification code|card verification value|"
        "card verification number|código de seguridad|código cvv|código de segurança|mã bảo mật|mã cvv|số cvv|"
        "cryptogramme|cryptogramme visuel|code de sécurité|prüfnummer|kartenprüfnummer|prüfziffer|sicherheitscode"
    )
    + r"|"
    + _HE
    + r"קוד\s++(?:ה)?אבטחה)"
    + _END
    + _MINE
    + _OPTIONAL_LINK
    + r"(?P<s>\d{3,4})(?!\d)",
    re.IGNORECASE,
)
_EXPIRY = re.compile(
    _START
    + "(?:"
    + _any(
        "exp|expiry|expiry date|expires|expire|expiration|expiration date|expiring|valid thru|valid through|"
        "valid until|good thru|vence|vencimiento|vto|caduca|caducidad|fecha de vencimiento|fecha de caducidad|"
        "válida hasta|hết hạn|ngày hết hạn|hạn sử dụng|hạn dùng|hsd|date d'expiration|expire le|fin de validité|"
        "valable jusqu'à|valable jusqu'au|gültig bis|ablaufdatum|läuft ab|ablauf|validade|vencimento|válido até"
    )
    + r"|"
    + _HE
    + r"תוקף(?:\s++עד)?)\.?"
    + _END
    # "vence el 09/27", "expires on 09/27".
    + rf"(?>(?:{_WORD}){{0,2}})"
    + _OPTIONAL_LINK
    + r"(?P<s>"
    + _DATE
    + r")",
    re.IGNORECASE,
)

_PASSWORD_WORDS = _any(
    "password|passwords|passcode|passwd|passphrase|pass phrase|mật khẩu|contraseña|clave|clave de acceso|"
    "mot de passe|passwort|kennwort|senha|palavra-passe|palavra passe"
)
# Short forms are passwords only when a link says so: "pw: x", "pass: x", "my pw is x".
_SHORT_PASSWORD_WORDS = _any("pw|pwd|pass|mdp|mk")
_PASSWORD = re.compile(
    _START
    + rf"(?:(?P<word>{_PASSWORD_WORDS}|{_HE}סיסמ(?:ה|א|ת\w*+|אות))|(?P<short>{_SHORT_PASSWORD_WORDS})){_END}"
    # Up to four words before the link ("for the guest room", "de mi cuenta", "שלי"), or none and
    # a bare value ("password Hunter2!"), which must then look like a password.
    + rf"(?:(?>(?:{_FILLER}){{0,4}}){_LINK}|(?P<bare>[ \t]++))"
    + _GAP
    + r"[\"'“”«‘’]?+(?!\[(?:redacted|card))(?P<s>[^\s\"'”»“«]{0,127}[^\s\"'”»“«.,;:!?)])",
    re.IGNORECASE,
)
_PIN = re.compile(
    _START
    + _any(
        "pin|pin code|pin number|pin-code|pin-nummer|code pin|código pin|codigo pin|mã pin|số pin|geheimzahl|"
        "code secret|código secreto"
    )
    + _END
    + _MINE
    + _OPTIONAL_LINK
    + _NUMBER_START
    + r"(?P<s>\d{4,8})(?!\d)",
    re.IGNORECASE,
)
_OTP_VALUE = _NUMBER_START + r"(?P<s>\d{4,8}|\d{3}[ -]\d{3})" + _NUMBER_END
# "Fehlercode", "zipcode": a word joined to the code word is read too (and the word before it,
# "zip code", by the mask function: matched here, every word would be tried twice).
_CODE = re.compile(
    _START
    + r"(?P<word>(?P<joined>[^\W\d_]{0,24}?)code|"
    + _any("código|otp|2fa|mfa|tan|mtan|token|verification|one-time code|one-time password|one-time passcode")
    + r"|"
    + _any("one time code|one time password|one time pin|einmalpasswort|mã")
    + r"|"
    + _HE
    + r"קוד)"
    + _END
    + rf"(?P<fillers>(?>(?:{_WORD}){{0,4}}))"
    + _OPTIONAL_LINK
    + _OTP_VALUE,
    re.IGNORECASE,
)
# "the number they texted me is 482913", "me llegó 482913", "שלחו לי 482913".
_SENT_CODE = re.compile(
    _START
    + "(?:"
    + _any(
        "texted me|texted us|sent me|sent us|messaged me|emailed me|smsed me|sms'd me|"
        "me enviaron|me mandaron|me llegó|me envió|me mandó|m'a envoyé|m'ont envoyé|on m'a envoyé|"
        "mir geschickt|mir gesendet|me enviaram|me mandaram|me enviou|me mandou|"
        "gửi cho tôi|gửi tôi|nhắn cho tôi|nhắn tôi|nhận được"
    )
    + r"|שלחו\s++לי|שלחתם\s++לי|נשלח\s++לי|קיבלתי)"
    + _END
    + rf"(?P<fillers>(?>(?:{_WORD}){{0,2}}))"
    + _OPTIONAL_LINK
    + _OTP_VALUE,
    re.IGNORECASE,
)
# "I got 482913 by SMS", "482913 por SMS", "482913 ב-SMS".
_CODE_BY_MESSAGE = re.compile(
    _OTP_VALUE
    + r"\s++(?:"
    + _any("by|via|per|por|par|qua|through|over|in an|in a|in the|en un|no|num|dans un|in einer")
    + r"\s++"
    + _any("sms|text|text message|texto|mensaje|mensagem|message|tin nhắn|whatsapp|imessage")
    + r"|ב-?\s*+(?:sms|הודעה|ווטסאפ))"
    + _END,
    re.IGNORECASE,
)
_ACCOUNT = re.compile(
    _START
    + "(?:"
    + _any(
        "bank account|account|acct|a/c|routing|routing number|sort code|bsb|aba|checking account|savings account|"
        "số tài khoản|tài khoản|stk|số tk|tk ngân hàng|número de cuenta|nro de cuenta|cuenta bancaria|cuenta|clabe|"
        "cbu|numéro de compte|compte bancaire|compte|rib|kontonummer|konto|kto|bankleitzahl|blz|número da conta|"
        "conta corrente|conta bancária|conta"
    )
    + r"|(?:מספר\s++)?"
    + _HE
    + r"חשבון(?:\s++בנק)?)"
    + _END
    + _NUMBER_WORD
    + _MINE
    + _OPTIONAL_LINK
    + _NUMBER_START
    + r"(?P<s>\d[\d -]{4,28}\d)(?![\d-])",
    re.IGNORECASE,
)
_SSN_FORMATTED = re.compile(r"(?<![\d-])(?P<s>\d{3}-\d{2}-\d{4})(?![\d-])")
_DNI = re.compile(r"(?<![\w-])(?P<s>[XYZ]?\d{7,8}[ -]?[A-Z])(?![\w-])")
_CPF_FORMATTED = re.compile(r"(?<![\d.])(?P<s>\d{3}\.\d{3}\.\d{3}-\d{2})(?![\d.])")


def _id_pattern(keywords: str, value: str) -> re.Pattern[str]:
    return re.compile(
        _START + "(?:" + keywords + ")" + _NUMBER_WORD + _MINE + _OPTIONAL_LINK + r"(?P<s>" + value + r")(?![\w-])",
        re.IGNORECASE,
    )


# With the keyword, a number of the right shape is the id, checksum or not: a typo is still theirs.
_SSN = _id_pattern(
    _any("ssn|social security|social security number|social security no") + _END, r"\d{3}[- ]?\d{2}[- ]?\d{4}"
)
_DNI_WITH_KEYWORD = _id_pattern(_any("dni|nie|nif|documento nacional de identidad") + _END, r"[XYZ]?\d{7,8}[ -]?[A-Z]")
_CPF = _id_pattern(_any("cpf") + _END, r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}")
_ISRAELI_ID = _id_pattern(
    r"ת[.״\"']?\s?ז[.״\"']?|" + _HE + r"תעודת\s++(?:ה)?זהות|מספר\s++(?:ה)?זהות|מס'\s++זהות|teudat zehut",
    r"\d{8}-?\d|\d{5,8}",
)
_VIETNAMESE_ID = _id_pattern(
    _any(
        "cccd|cmnd|căn cước|căn cước công dân|thẻ căn cước|chứng minh nhân dân|chứng minh thư|số định danh|"
        "số định danh cá nhân|định danh"
    )
    + _END,
    r"\d{12}|\d{9}",
)
_NIR = _id_pattern(
    _any(
        "nir|numéro de sécurité sociale|sécurité sociale|numéro de sécu|sécu|carte vitale|n° de sécu|"
        "numéro d'inscription au répertoire"
    )
    + _END,
    r"[12][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{2})?",
)
_GERMAN_TAX_ID = _id_pattern(
    _any("steuer-id|steuer id|steuerid|steueridentifikationsnummer|steuer-idnr|idnr|identifikationsnummer") + _END,
    r"\d{2} ?\d{3} ?\d{3} ?\d{3}",
)
_GERMAN_ID_CARD = _id_pattern(
    _any("personalausweis|personalausweisnummer|ausweisnummer|ausweis-nr|ausweis nr|ausweis") + _END,
    r"[CFGHJKLMNPRTVWXYZ0-9]{9}\d?",
)
# A generic "ID" keyword is too common ("customer ID", "order ID"): only a number passing an
# id's checksum counts after it.
_GENERIC_ID = _id_pattern(
    _any("id|i.d.|id number|identity number|identification number|número de identidad|número de identificação")
    + _END
    + r"|זהות",
    r"\d{9}|\d{3}\.?\d{3}\.?\d{3}-?\d{2}",
)

# --- Words that decide ------------------------------------------------------------------------------

# After a link, these say something about the password without giving it.
_NOT_PASSWORDS = _folded_words(
    # English
    "not too wrong incorrect invalid expired missing reset changed correct the my a an being still required weak "
    "strong case-sensitive saved stored blocked locked working right different same new old empty what which how "
    "that this it no none forgotten forgot lost fine ok okay valid also always never now just set sent needed "
    "rejected accepted there here and or but please secure safe protected hidden encrypted long short easy hard "
    "simple very probably mine yours below above attached in on at for of with from by via your our their his her "
    "its something anything nothing everything unknown updated confirmed sensitive private secret shared "
    "compromised hacked stolen leaked showing asking "
    # Spanish
    "no es era incorrecta incorrecto correcta correcto nueva nuevo vieja viejo mi la el un una esta expiro caducada "
    "caduco bloqueada bloqueado invalida erronea mala segura debil fuerte olvide que cual muy demasiado igual misma "
    "otra cambiada cambie requerida obligatoria funciona sirve valida y o pero por para de del en con su tu "
    "nuestra secreta privada larga corta "
    # Vietnamese (compared without diacritics)
    "gi j sai dung moi cu khong ko k bi da cua toi roi nao dau qua la va hoac nhung duoc yeu manh het han doi "
    "quen loi day nay kia gui tren duoi bao rat can phai cho "
    # French
    "pas ne n'est incorrect incorrecte faux fausse errone nouveau nouvelle ancien ancienne mon ma le les un une est "
    "etait expire bloque bloquee oublie invalide valide correcte trop tres quoi quel quelle change requis "
    "obligatoire securise fort faible meme et ou mais du des pour par avec sur votre notre son sa marche "
    # German
    "nicht kein keine falsch richtig neu neue neues alt alte altes mein meine das der die ein eine ist war "
    "abgelaufen gesperrt vergessen ungultig gultig korrekt zu sehr was welches geandert erforderlich sicher stark "
    "schwach gleich und oder aber fur von mit bei im auf funktioniert geht "
    # Portuguese
    "nao e errada errado incorreta incorreto correta correto nova novo antiga antigo minha meu o um uma "
    "expirou expirada esqueci muito mudou alterada obrigatoria fraca mesma mas do da em com seu "
    # Hebrew
    "לא שגויה שגוי נכונה נכון חדשה חדש ישנה ישן נעולה נעול פגה פג שכחתי היא הוא זה זו של שלי מה איזו מאוד חזקה "
    "חלשה עובדת עובד או אבל"
)
# Codes that are not one-time codes: "zip code", "código postal", "mã giảm giá", "קוד הנחה", ...
# Phrases, compared word for word: "nhan" alone is in "xac nhan" (confirm) and "nhan vien" (staff).
_NOT_ONE_TIME = _folded_phrases(
    "zip|zipcode|postal|post|postcode|area|promo|promotional|promotion|discount|coupon|voucher|gift|country|dial|"
    "product|item|order|tracking|booking|reservation|reference|ref|error|status|http|bar|barcode|qr|source|style|"
    "model|color|colour|course|class|tax|invite|invitation|referral|employee|customer|client|member|membership|"
    "sort|swift|bank|branch|iata|airport|flight|seat|room|dress|airline|"
    "promocional|promocion|descuento|cupon|pedido|orden|seguimiento|producto|pais|reserva|referencia|barras|envio|"
    "cliente|factura|impuesto|"
    "reduction|remise|commande|suivi|erreur|produit|facture|colis|"
    "postleitzahl|plz|rabatt|gutschein|bestell|bestellung|sendungs|sendung|fehler|produkt|buchungs|buchung|"
    "referenz|lander|vorwahl|aktions|kunden|rechnungs|"
    "cep|promocao|desconto|cupom|rastreio|rastreamento|erro|fatura|"
    "don hang|don|buu chinh|buu dien|buu|giam gia|khuyen mai|van don|loi|san pham|vung|quoc gia|so thue|thue|"
    "nhan vien|khach hang|giao dich|dat cho|ve may bay|"
    "מיקוד|הנחה|קופון|מבצע|שגיאה|הזמנה|מוצר|מעקב|אזור|משלוח|לקוח|חשבונית"
)
# A four-digit "code" after these is a year: "the code changed in 2024".
_YEAR_WORDS = _folded_words(
    "in since from until till year en desde hasta ano depuis annee seit im jahr bis em ate nam tu"
)
# "ma" (without its tilde) is a common Vietnamese word; it is "mã" (code) only with one of these.
_ONE_TIME_WORDS = _folded_words("otp xac nhan thuc kich hoat bao mat dang nhap pin code sms mot lan mo khoa gui vua so")
# Not after a space: started inside a run of spaces, each start would read the rest of the run.
_CURRENCY_AFTER = re.compile(
    r"(?<!\s)\s*+(?:[$€£¥₫₪%]|"
    + _any(
        "usd|eur|gbp|vnd|ils|brl|nis|dollars|dollar|euros|euro|pesos|peso|reais|real|shekels|shekel|đồng|dong|"
        "nghìn|ngàn|triệu|k|items|points|km|kg|units"
    )
    + r"(?!\w)|ש\"ח|₪|שקל)",
    re.IGNORECASE,
)

# --- Which texts each pattern needs, checked before it runs ----------------------------------------

_PASSWORD_HINTS = ("pass", "pw", "mdp", "mk", "khẩu", "khau", "khâu", "contrase", "clave", "kennwort", "senha", "סיסמ")
_CARD_HINTS = ("card", "tarjeta", "thẻ", "carte", "karte", "cartão", "cartao", "כרטיס", "visa", "master", "amex")
_CVV_HINTS = ("cv", "csc", "cid", "secur", "segur", "bảo mật", "bao mat", "crypto", "prüf", "pruf", "sicher", "אבטחה")
_EXPIRY_HINTS = (
    "exp",
    "valid",
    "válid",
    "good thru",
    "venc",
    "vto",
    "caduc",
    "hạn",
    "han",
    "hsd",
    "gültig",
    "gultig",
    "ablauf",
    "läuft",
    "תוקף",
)
_CODE_HINTS = (
    "cod",
    "cód",
    "kod",
    "otp",
    "2fa",
    "mfa",
    "tan",
    "token",
    "verif",
    "one time",
    "one-time",
    "einmal",
    "mã",
    "ma ",
    "קוד",
)
_SENT_HINTS = ("me", "us", "m'", "mir", "tôi", "toi", "nhận", "nhan", "לי", "קיבלתי")
_MESSAGE_HINTS = ("sms", "text", "mensa", "message", "tin nh", "whatsapp", "הודעה", "ווטסאפ")
_ACCOUNT_HINTS = (
    "acc",
    "acct",
    "a/c",
    "routing",
    "sort code",
    "bsb",
    "aba",
    "tài khoản",
    "tai khoan",
    "stk",
    "tk",
    "cuenta",
    "clabe",
    "cbu",
    "compte",
    "rib",
    "konto",
    "kto",
    "blz",
    "bankleitzahl",
    "conta",
    "חשבון",
)


@dataclass(frozen=True)
class _Rule:
    """One pattern, the texts it runs on, and how a match is masked (None: left as it is)."""

    pattern: re.Pattern[str]
    mask: Callable[[Redactor, re.Match[str]], str | None]
    min_digits: int = 0
    hints: tuple[str, ...] = ()
    # Only in a text about a card (a card word or a masked card number) / right after a masked card.
    near_card: bool = False
    after_card: bool = False


@dataclass
class Redactor:
    """Masks secrets in texts and remembers which distinct secrets it saw."""

    found: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.found)

    def contains_secret(self, text: str) -> bool:
        return self.redact(text) != text

    def redact(self, text: str) -> str:
        """`text` with every secret masked; `text` itself (the same object) when it holds none."""
        if not text:
            return text
        work = text
        # Decomposed Vietnamese ("khẩu" as k-h-a-combining marks-u) would miss every keyword.
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            work = unicodedata.normalize("NFC", text)
        lower = work.lower()
        first_digit = _DIGIT.search(work)
        digits = 0 if first_digit is None else len(_DIGIT.findall(work, first_digit.start()))
        # This runs on every ingested message: most have neither digits nor a password word.
        if digits < 3 and not any(hint in lower for hint in _PASSWORD_HINTS):
            return text
        masked = work
        near_card = False
        for rule in _RULES:
            if digits < rule.min_digits or (rule.hints and not any(hint in lower for hint in rule.hints)):
                continue
            if rule.after_card and "[card •••• " not in masked:
                continue
            if rule.near_card:
                near_card = near_card or "[card •••• " in masked or any(hint in lower for hint in _CARD_HINTS)
                if not near_card:
                    continue
            masked = rule.pattern.sub(lambda match, rule=rule: self._apply(rule, match), masked)
        return text if masked == work else masked

    def _apply(self, rule: _Rule, match: re.Match[str]) -> str:
        replacement = rule.mask(self, match)
        return match.group() if replacement is None else replacement

    def _remember(self, kind: str, secret: str) -> None:
        self.found.add(f"{kind}:{''.join(char for char in secret.casefold() if char.isalnum()) or secret}")

    def _mask(self, match: re.Match[str], kind: str, group: str = "s") -> str:
        """The match with its secret group masked and the words around it kept."""
        self._remember(kind, match.group(group))
        start, end = match.span(group)
        offset = match.start()
        whole = match.group()
        return whole[: start - offset] + MASK + whole[end - offset :]


def _mask_card(redactor: Redactor, match: re.Match[str]) -> str | None:
    text = match.group()
    # The pattern may have taken the next group too ("4111111111111111 09/27" reads as 18 digits):
    # the longest run of whole groups that is a card wins, the rest is kept.
    for group_end in reversed([m.end() for m in _GROUP_END.finditer(text)]):
        digits = re.sub(r"\D", "", text[:group_end])
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            redactor._remember("number", digits)
            return card_mask(digits) + text[group_end:]
    return None


def _mask_after_card(redactor: Redactor, match: re.Match[str]) -> str | None:
    if match.group("expiry") is None and match.group("cvv") is None:
        return None
    text = match.group()
    offset = match.start()
    # From the end, so earlier spans stay where they are.
    for group, kind in (("cvv", "cvv"), ("expiry", "expiry")):
        if match.group(group) is not None:
            redactor._remember(kind, match.group(group))
            start, end = match.span(group)
            text = text[: start - offset] + MASK + text[end - offset :]
    return text


def _mask_iban(redactor: Redactor, match: re.Match[str]) -> str | None:
    if not iban_valid(match.group()):
        return None
    redactor._remember("number", match.group())
    return MASK


def _masker(kind: str, check: Callable[[str], bool] | None = None) -> Callable[[Redactor, re.Match[str]], str | None]:
    def mask(redactor: Redactor, match: re.Match[str]) -> str | None:
        if check is not None and not check(match.group("s")):
            return None
        return redactor._mask(match, kind)

    return mask


def _looks_like_a_password(value: str) -> bool:
    """A digit, a symbol, or capitals inside a word: not a word of the sentence."""
    return (
        any(char.isdigit() for char in value)
        or any(not char.isalnum() and char not in "'’-" for char in value)
        or (any(char.isupper() for char in value[1:]) and any(char.islower() for char in value))
    )


def _mask_password(redactor: Redactor, match: re.Match[str]) -> str | None:
    value = match.group("s")
    if _fold(value) in _NOT_PASSWORDS:
        return None
    # Bare ("password Hunter2!"), after a short form ("pw"), or after a link word that is as often
    # something else ("to", "a", "e"): only a value that looks like a password.
    loosely_linked = match.group("bare") is not None or match.group("weak") is not None
    if match.group("short") is not None and match.group("sym") is None and match.group("strong") is None:
        return None
    if loosely_linked and not _looks_like_a_password(value):
        return None
    return redactor._mask(match, "password")


def _is_an_amount(match: re.Match[str]) -> bool:
    start = match.start("s")
    return bool(_CURRENCY_AFTER.match(match.string, match.end("s"))) or (
        start > 0 and match.string[start - 1] in "$€£¥₫₪"
    )


def _is_a_year_after(words: frozenset[str], value: str) -> bool:
    return len(value) == 4 and value[:2] in {"19", "20"} and not words.isdisjoint(_YEAR_WORDS)


def _words_of(*parts: str | None) -> frozenset[str]:
    words = set()
    for part in parts:
        for word in (part or "").split():
            folded = _fold(word.strip("-"))
            words.add(folded)
            # Hebrew's joined "the": ההנחה is הנחה.
            if folded.startswith("ה") and len(folded) > 3:
                words.add(folded[1:])
    return frozenset(words)


def _word_before(match: re.Match[str]) -> str:
    """The word just before the match: "zip" in "zip code 10115", "order" in "order 123456 by SMS"."""
    start = match.start()
    before = match.string[max(0, start - 25) : start]
    if not before.endswith((" ", "-")):
        return ""
    word = before[:-1].replace("-", " ").rsplit(" ", 1)[-1]
    return word if word.isalpha() else ""


def _not_one_time(*parts: str | None) -> bool:
    words = _words_of(*parts)
    text = " " + " ".join(_fold(part or "") for part in parts) + " " + " ".join(words) + " "
    return any(phrase in text for phrase in _NOT_ONE_TIME)


def _mask_code(redactor: Redactor, match: re.Match[str]) -> str | None:
    parts = (_word_before(match), match.group("joined"), match.group("fillers"))
    words = _words_of(*parts)
    if _not_one_time(*parts) or _is_an_amount(match) or _is_a_year_after(words, match.group("s")):
        return None
    if match.group("word").lower() == "ma" and words.isdisjoint(_ONE_TIME_WORDS):
        return None
    return redactor._mask(match, "code")


def _mask_sent_code(redactor: Redactor, match: re.Match[str]) -> str | None:
    words = _words_of(match.group("fillers"))
    if _not_one_time(match.group("fillers")) or _is_an_amount(match) or _is_a_year_after(words, match.group("s")):
        return None
    return redactor._mask(match, "code")


def _mask_code_by_message(redactor: Redactor, match: re.Match[str]) -> str | None:
    if _not_one_time(_word_before(match)):
        return None
    return redactor._mask(match, "code")


def _mask_account(redactor: Redactor, match: re.Match[str]) -> str | None:
    if sum(char.isdigit() for char in match.group("s")) < 6 or _is_an_amount(match):
        return None
    return redactor._mask(match, "number")


def _generic_id_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    return israeli_id_valid(digits) if len(digits) == 9 else cpf_valid(digits)


_DIGIT = re.compile(r"\d")
_RULES = (
    _Rule(_CARD, _mask_card, min_digits=13),
    _Rule(_AFTER_CARD, _mask_after_card, min_digits=7, after_card=True),
    _Rule(_IBAN, _mask_iban, min_digits=8),
    _Rule(_SSN_FORMATTED, _masker("number", ssn_valid), min_digits=9, hints=("-",)),
    _Rule(_CPF_FORMATTED, _masker("number", cpf_valid), min_digits=11, hints=("-",)),
    _Rule(_DNI, _masker("number", dni_valid), min_digits=7),
    _Rule(_SSN, _masker("number"), min_digits=9, hints=("ssn", "social")),
    _Rule(_DNI_WITH_KEYWORD, _masker("number"), min_digits=7, hints=("dni", "nie", "nif", "documento")),
    _Rule(_CPF, _masker("number"), min_digits=11, hints=("cpf",)),
    _Rule(_ISRAELI_ID, _masker("number"), min_digits=5, hints=("ז", "teudat")),
    _Rule(
        _VIETNAMESE_ID,
        _masker("number"),
        min_digits=9,
        hints=("cccd", "cmnd", "căn", "can cuoc", "chứng", "chung", "định", "dinh"),
    ),
    _Rule(_NIR, _masker("number"), min_digits=13, hints=("nir", "sécu", "secu", "vitale", "répertoire")),
    _Rule(_GERMAN_TAX_ID, _masker("number"), min_digits=11, hints=("steuer", "idnr", "identifikation")),
    _Rule(_GERMAN_ID_CARD, _masker("number"), min_digits=4, hints=("ausweis",)),
    _Rule(_GENERIC_ID, _masker("number", _generic_id_valid), min_digits=9, hints=("id", "זהות")),
    _Rule(_CVV, _masker("cvv"), min_digits=3, hints=_CVV_HINTS),
    _Rule(_EXPIRY, _masker("expiry"), min_digits=3, hints=_EXPIRY_HINTS, near_card=True),
    _Rule(_PASSWORD, _mask_password, hints=_PASSWORD_HINTS),
    _Rule(_PIN, _masker("password"), min_digits=4, hints=("pin", "geheimzahl", "secret", "secreto")),
    _Rule(_CODE, _mask_code, min_digits=4, hints=_CODE_HINTS),
    _Rule(_SENT_CODE, _mask_sent_code, min_digits=4, hints=_SENT_HINTS),
    _Rule(_CODE_BY_MESSAGE, _mask_code_by_message, min_digits=4, hints=_MESSAGE_HINTS),
    _Rule(_ACCOUNT, _mask_account, min_digits=6, hints=_ACCOUNT_HINTS),
)


def redact(text: str) -> str:
    """`text` with every secret masked (a one-off Redactor: nothing is counted)."""
    return Redactor().redact(text)


def contains_secret(text: str) -> bool:
    return Redactor().contains_secret(text)


__all__ = [
    "CARD_MASK",
    "MASK",
    "SECRET_KEYS",
    "Redactor",
    "card_mask",
    "contains_secret",
    "cpf_valid",
    "dni_valid",
    "iban_valid",
    "is_secret_key",
    "israeli_id_valid",
    "luhn_valid",
    "redact",
    "ssn_valid",
]
