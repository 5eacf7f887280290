"""The checksums that tell a secret from a number that only looks like one: Luhn for cards, mod 97 for
IBANs, and the national ids' check digits."""

from __future__ import annotations

import re


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
