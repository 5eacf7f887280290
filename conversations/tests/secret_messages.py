"""A card number, its CVV and a password in each of the seven languages, and what must not survive masking.

Shared by the ingest tests (masked at ingest) and the context tests (never in the AI's prompt, whatever
is stored).
"""

from __future__ import annotations

# language: (message, the secrets in it besides the card number)
SECRET_MESSAGES = {
    "en": ("My card is 4111 1111 1111 1111, CVV 123, and my password is Hunter2!", ["123", "Hunter2"]),
    "vi": ("Thẻ của tôi 4111 1111 1111 1111, mã CVV 456, mật khẩu là meo2024", ["456", "meo2024"]),
    "es": ("Mi tarjeta es 5500 0000 0000 0004, código de seguridad 789, mi contraseña es Perro99", ["789", "Perro99"]),
    "he": ("הכרטיס שלי 4111 1111 1111 1111, קוד אבטחה 321, הסיסמה שלי היא Shalom77", ["321", "Shalom77"]),
    "fr": ("Ma carte 4111 1111 1111 1111, cryptogramme 654, mot de passe : Soleil42", ["654", "Soleil42"]),
    "de": ("Meine Karte 4111 1111 1111 1111, Prüfnummer 987, mein Passwort ist Sonne123", ["987", "Sonne123"]),
    "pt": ("Meu cartão 6011 1111 1111 1117, CVV 258, minha senha é Gato2024", ["258", "Gato2024"]),
}
FULL_CARD_NUMBERS = ("4111 1111 1111 1111", "4111111111111111", "5500 0000 0000 0004", "6011 1111 1111 1117")
