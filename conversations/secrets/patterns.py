"""What each secret looks like, in seven languages: the patterns conversations.secrets applies, their
pieces, the words that decide a match, and the cheap hints checked before a pattern runs.

Every pattern runs in linear time on any text (tests/test_linear_patterns.py).
"""

from __future__ import annotations

import re
import unicodedata

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


def fold(word: str) -> str:
    """Lower case without diacritics, for comparing a word with the word lists below."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _folded_words(text: str) -> frozenset[str]:
    return frozenset(fold(word) for word in text.split())


def _folded_phrases(text: str) -> tuple[str, ...]:
    return tuple(f" {fold(phrase)} " for phrase in text.split("|"))


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
CARD = re.compile(r"(?<![\w+])[2-6](?:[ -]?\d){12,18}(?![\w])")
GROUP_END = re.compile(r"\d(?=[ -]|$)")
# After a masked card: "09/27 123", "09/27", "123".
_DATE = r"(?:0?[1-9]|1[0-2])\s?[/.-]\s?(?:20)?\d{2}(?![\d/.-]?\d)"
AFTER_CARD = re.compile(
    r"\[card •••• \d{4}\](?:[\s,;|]{1,3}+(?P<expiry>" + _DATE + r"))?(?:[\s,;|/]{1,3}+(?P<cvv>\d{3})(?![\d/.,:-]))?"
)
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b", re.IGNORECASE)
CVV = re.compile(
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
EXPIRY = re.compile(
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
PASSWORD = re.compile(
    _START
    + rf"(?:(?P<word>{_PASSWORD_WORDS}|{_HE}סיסמ(?:ה|א|ת\w*+|אות))|(?P<short>{_SHORT_PASSWORD_WORDS})){_END}"
    # Up to four words before the link ("for the guest room", "de mi cuenta", "שלי"), or none and
    # a bare value ("password Hunter2!"), which must then look like a password.
    + rf"(?:(?>(?:{_FILLER}){{0,4}}){_LINK}|(?P<bare>[ \t]++))"
    + _GAP
    + r"[\"'“”«‘’]?+(?!\[(?:redacted|card))(?P<s>[^\s\"'”»“«]{0,127}[^\s\"'”»“«.,;:!?)])",
    re.IGNORECASE,
)
PIN = re.compile(
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
CODE = re.compile(
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
SENT_CODE = re.compile(
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
CODE_BY_MESSAGE = re.compile(
    _OTP_VALUE
    + r"\s++(?:"
    + _any("by|via|per|por|par|qua|through|over|in an|in a|in the|en un|no|num|dans un|in einer")
    + r"\s++"
    + _any("sms|text|text message|texto|mensaje|mensagem|message|tin nhắn|whatsapp|imessage")
    + r"|ב-?\s*+(?:sms|הודעה|ווטסאפ))"
    + _END,
    re.IGNORECASE,
)
ACCOUNT = re.compile(
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
SSN_FORMATTED = re.compile(r"(?<![\d-])(?P<s>\d{3}-\d{2}-\d{4})(?![\d-])")
DNI = re.compile(r"(?<![\w-])(?P<s>[XYZ]?\d{7,8}[ -]?[A-Z])(?![\w-])")
CPF_FORMATTED = re.compile(r"(?<![\d.])(?P<s>\d{3}\.\d{3}\.\d{3}-\d{2})(?![\d.])")


def _id_pattern(keywords: str, value: str) -> re.Pattern[str]:
    return re.compile(
        _START + "(?:" + keywords + ")" + _NUMBER_WORD + _MINE + _OPTIONAL_LINK + r"(?P<s>" + value + r")(?![\w-])",
        re.IGNORECASE,
    )


# With the keyword, a number of the right shape is the id, checksum or not: a typo is still theirs.
SSN = _id_pattern(
    _any("ssn|social security|social security number|social security no") + _END, r"\d{3}[- ]?\d{2}[- ]?\d{4}"
)
DNI_WITH_KEYWORD = _id_pattern(_any("dni|nie|nif|documento nacional de identidad") + _END, r"[XYZ]?\d{7,8}[ -]?[A-Z]")
CPF = _id_pattern(_any("cpf") + _END, r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}")
ISRAELI_ID = _id_pattern(
    r"ת[.״\"']?\s?ז[.״\"']?|" + _HE + r"תעודת\s++(?:ה)?זהות|מספר\s++(?:ה)?זהות|מס'\s++זהות|teudat zehut",
    r"\d{8}-?\d|\d{5,8}",
)
VIETNAMESE_ID = _id_pattern(
    _any(
        "cccd|cmnd|căn cước|căn cước công dân|thẻ căn cước|chứng minh nhân dân|chứng minh thư|số định danh|"
        "số định danh cá nhân|định danh"
    )
    + _END,
    r"\d{12}|\d{9}",
)
NIR = _id_pattern(
    _any(
        "nir|numéro de sécurité sociale|sécurité sociale|numéro de sécu|sécu|carte vitale|n° de sécu|"
        "numéro d'inscription au répertoire"
    )
    + _END,
    r"[12][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{2})?",
)
GERMAN_TAX_ID = _id_pattern(
    _any("steuer-id|steuer id|steuerid|steueridentifikationsnummer|steuer-idnr|idnr|identifikationsnummer") + _END,
    r"\d{2} ?\d{3} ?\d{3} ?\d{3}",
)
GERMAN_ID_CARD = _id_pattern(
    _any("personalausweis|personalausweisnummer|ausweisnummer|ausweis-nr|ausweis nr|ausweis") + _END,
    r"[CFGHJKLMNPRTVWXYZ0-9]{9}\d?",
)
# A generic "ID" keyword is too common ("customer ID", "order ID"): only a number passing an
# id's checksum counts after it.
GENERIC_ID = _id_pattern(
    _any("id|i.d.|id number|identity number|identification number|número de identidad|número de identificação")
    + _END
    + r"|זהות",
    r"\d{9}|\d{3}\.?\d{3}\.?\d{3}-?\d{2}",
)

# --- Words that decide ------------------------------------------------------------------------------

# After a link, these say something about the password without giving it.
NOT_PASSWORDS = _folded_words(
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
NOT_ONE_TIME = _folded_phrases(
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
YEAR_WORDS = _folded_words(
    "in since from until till year en desde hasta ano depuis annee seit im jahr bis em ate nam tu"
)
# "ma" (without its tilde) is a common Vietnamese word; it is "mã" (code) only with one of these.
ONE_TIME_WORDS = _folded_words("otp xac nhan thuc kich hoat bao mat dang nhap pin code sms mot lan mo khoa gui vua so")
# Not after a space: started inside a run of spaces, each start would read the rest of the run.
CURRENCY_AFTER = re.compile(
    r"(?<!\s)\s*+(?:[$€£¥₫₪%]|"
    + _any(
        "usd|eur|gbp|vnd|ils|brl|nis|dollars|dollar|euros|euro|pesos|peso|reais|real|shekels|shekel|đồng|dong|"
        "nghìn|ngàn|triệu|k|items|points|km|kg|units"
    )
    + r"(?!\w)|ש\"ח|₪|שקל)",
    re.IGNORECASE,
)

# --- Which texts each pattern needs, checked before it runs ----------------------------------------

PASSWORD_HINTS = ("pass", "pw", "mdp", "mk", "khẩu", "khau", "khâu", "contrase", "clave", "kennwort", "senha", "סיסמ")
CARD_HINTS = ("card", "tarjeta", "thẻ", "carte", "karte", "cartão", "cartao", "כרטיס", "visa", "master", "amex")
CVV_HINTS = ("cv", "csc", "cid", "secur", "segur", "bảo mật", "bao mat", "crypto", "prüf", "pruf", "sicher", "אבטחה")
EXPIRY_HINTS = (
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
CODE_HINTS = (
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
SENT_HINTS = ("me", "us", "m'", "mir", "tôi", "toi", "nhận", "nhan", "לי", "קיבלתי")
MESSAGE_HINTS = ("sms", "text", "mensa", "message", "tin nh", "whatsapp", "הודעה", "ווטסאפ")
ACCOUNT_HINTS = (
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
