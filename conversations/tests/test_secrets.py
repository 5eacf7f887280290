"""The secret detector: what it masks, what it leaves alone, how it counts."""

from __future__ import annotations

import pytest

from conversations.secrets import Redactor


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Card 4111 1111 1111 1111 please", "Card [redacted] please"),
        ("card 4111-1111-1111-1111", "card [redacted]"),
        ("IBAN DE89 3704 0044 0532 0130 00.", "IBAN [redacted]."),
        ("the cvv is 123", "the cvv is [redacted]"),
        ("security code: 9876", "security code: [redacted]"),
        ("My password is hunter2.", "My password is [redacted]."),
        ("I changed my password to Blue-42 today", "I changed my password to [redacted] today"),
        ("My PIN is 4321", "My PIN is [redacted]"),
        ("The one-time code is 482913", "The one-time code is [redacted]"),
        ("OTP 991234", "OTP [redacted]"),
        ("my account number is 12345678", "my account number is [redacted]"),
        ("sort code 12-34-56", "sort code [redacted]"),
    ],
)
def test_secrets_are_masked(text, masked):
    redactor = Redactor()

    assert redactor.redact(text) == masked
    assert redactor.count == 1


@pytest.mark.parametrize(
    "text",
    [
        "Card 4111 1111 1111 1112 please",  # fails the Luhn check
        "Call me on +49 151 2345 6789 0123",  # a phone number, not a card
        "IBAN DE00 3704 0044 0532 0130 00",  # fails the mod-97 check
        "My zip code is 10115",
        "The promo code 2024 did not work",
        "My password is not working",
        "I forgot my password",
        "Order 123456 arrived",
    ],
)
def test_lookalikes_are_not_masked(text):
    redactor = Redactor()

    assert redactor.redact(text) == text
    assert redactor.count == 0


def test_the_same_secret_twice_counts_once():
    redactor = Redactor()

    redactor.redact("card 4111 1111 1111 1111")
    redactor.redact("I said 4111111111111111!")

    assert redactor.count == 1
