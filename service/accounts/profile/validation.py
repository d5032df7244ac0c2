"""The contract's field rules (README, "The rules"); each failure a ``FieldError`` with a code."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from difflib import SequenceMatcher

from email_validator import EmailNotValidError, validate_email
from zxcvbn import zxcvbn

from service.accounts.outcomes import FieldError
from service.config import Settings

USERNAME_MIN, USERNAME_MAX = 6, 150
NAME_MAX = 150
BIO_MAX = 500
CONTACT_MAX = 255
PASSWORD_MIN, PASSWORD_MAX = 8, 1024
# zxcvbn refuses (ValueError) anything longer; its estimate reads the first 72 characters.
ZXCVBN_MAX_INPUT = 72
MAX_SIMILARITY = 0.7
# Letters and digits of any script (``\w`` is Unicode-aware), plus ``.``, ``_`` and ``-``.
USERNAME_PATTERN = re.compile(r"^[\w.\-]+$")
INVALID_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize_username(raw: str) -> str:
    """The username as stored and shown: Unicode NFKC."""
    return unicodedata.normalize("NFKC", raw)


def username_key(raw: str) -> str:
    """The comparison key: NFKC, casefold, NFKC again (casefold can denormalize)."""
    return unicodedata.normalize("NFKC", normalize_username(raw).casefold())


def email_key(normalized_email: str) -> str:
    return normalized_email.casefold()


def identifier_key(identifier: str) -> tuple[str, str]:
    """Which column a login identifier is looked up in, and the key to look for."""
    identifier = identifier.strip()
    if "@" in identifier:
        try:
            normalized = validate_email(identifier, check_deliverability=False).normalized
        except EmailNotValidError:
            normalized = identifier
        return "email", email_key(normalized)
    return "username", username_key(identifier)


def _text_error(field: str, value: str) -> FieldError | None:
    if INVALID_TEXT.search(value):
        return FieldError(field, "invalid_characters", "Control characters are not allowed.")
    return None


def check_email(value: str, field: str = "email") -> tuple[str | None, list[FieldError]]:
    """Return the normalized address, or the errors."""
    if not value.strip():
        return None, [FieldError(field, "required", "Email is required.")]
    if error := _text_error(field, value):
        return None, [error]
    try:
        result = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        return None, [FieldError(field, "invalid", str(exc))]
    return result.normalized, []


def check_username(value: str, field: str = "username") -> tuple[str | None, list[FieldError]]:
    """Return the NFKC username, or the errors (all of them at once)."""
    if not value:
        return None, [FieldError(field, "required", "Username is required.")]
    username = normalize_username(value)
    errors: list[FieldError] = []
    if len(username) < USERNAME_MIN:
        errors.append(
            FieldError(
                field, "too_short", f"Username must have at least {USERNAME_MIN} characters."
            )
        )
    if len(username) > USERNAME_MAX:
        errors.append(
            FieldError(field, "too_long", f"Username must have at most {USERNAME_MAX} characters.")
        )
    if not USERNAME_PATTERN.fullmatch(username):
        errors.append(
            FieldError(
                field,
                "invalid_characters",
                "Username may contain only letters, digits and . _ -",
            )
        )
    if not any(ch.isalpha() for ch in username):
        errors.append(FieldError(field, "no_letter", "Username must contain at least one letter."))
    return (None, errors) if errors else (username, [])


def check_name(value: str, field: str, label: str) -> tuple[str | None, list[FieldError]]:
    stripped = value.strip()
    if not stripped:
        return None, [FieldError(field, "required", f"{label} is required.")]
    if error := _text_error(field, stripped):
        return None, [error]
    if len(stripped) > NAME_MAX:
        return None, [
            FieldError(field, "too_long", f"{label} must have at most {NAME_MAX} characters.")
        ]
    return stripped, []


def check_optional_text(
    value: str, field: str, label: str, limit: int
) -> tuple[str | None, list[FieldError]]:
    stripped = value.strip()
    if error := _text_error(field, stripped):  # INVALID_TEXT leaves tabs and line breaks be
        return None, [error]
    if len(stripped) > limit:
        return None, [
            FieldError(field, "too_long", f"{label} must have at most {limit} characters.")
        ]
    return stripped, []


def check_password_shape(password: str, field: str, settings: Settings) -> list[FieldError]:
    """Length and character classes: cheap rules, checked before anything else."""
    if "\x00" in password:
        return [
            FieldError(field, "invalid_characters", "Password must not contain NUL characters.")
        ]
    if len(password) > PASSWORD_MAX:
        return [
            FieldError(field, "too_long", f"Password must have at most {PASSWORD_MAX} characters.")
        ]
    errors: list[FieldError] = []
    if len(password) < PASSWORD_MIN:
        errors.append(
            FieldError(
                field, "too_short", f"Password must have at least {PASSWORD_MIN} characters."
            )
        )
    if settings.password_require_character_classes:
        if not any(ch.islower() for ch in password):
            errors.append(
                FieldError(
                    field, "missing_lowercase", "Password needs at least one lowercase letter."
                )
            )
        if not any(ch.isupper() for ch in password):
            errors.append(
                FieldError(
                    field, "missing_uppercase", "Password needs at least one uppercase letter."
                )
            )
        if not any(ch.isdigit() for ch in password):
            errors.append(FieldError(field, "missing_digit", "Password needs at least one digit."))
    return errors


def _similarity_parts(values: Iterable[str]) -> set[str]:
    parts: set[str] = set()
    for value in values:
        value = value.casefold()
        if not value:
            continue
        parts.add(value)
        parts.update(p for p in re.split(r"\W+", value) if len(p) >= 3)
    return parts


def check_password_strength(
    password: str,
    field: str,
    settings: Settings,
    *,
    similar_to: Iterable[str],
    user_inputs: Iterable[str],
) -> list[FieldError]:
    """Too close to the username/email, or guessable by zxcvbn. CPU-bound: run in a thread."""
    lowered = password.casefold()
    for part in _similarity_parts(similar_to):
        if lowered == part or (
            SequenceMatcher(a=lowered, b=part).quick_ratio() >= MAX_SIMILARITY
            and SequenceMatcher(a=lowered, b=part).ratio() >= MAX_SIMILARITY
        ):
            return [
                FieldError(
                    field, "too_similar", "Password is too similar to the username or email."
                )
            ]
    inputs = [value for value in user_inputs if value]
    result = zxcvbn(password[:ZXCVBN_MAX_INPUT], user_inputs=inputs)
    if result["score"] < settings.password_min_score:
        feedback = result.get("feedback") or {}
        text = " ".join(
            part
            for part in [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
            if part
        )
        return [FieldError(field, "too_guessable", text or "This password is too easy to guess.")]
    return []


def check_confirmation(password: str, confirmation: str, field: str) -> list[FieldError]:
    if password != confirmation:
        return [FieldError(field, "mismatch", "Passwords do not match.")]
    return []


SUPPORTED_LOCALES = ("en", "de")


def check_locale(value: str, field: str = "locale") -> tuple[str | None, list[FieldError]]:
    """One of the locales the mail templates exist in (``en``, ``de``)."""
    locale = value.strip().lower().replace("_", "-")
    if locale not in SUPPORTED_LOCALES:
        message = f"Locale must be one of {', '.join(SUPPORTED_LOCALES)}."
        return None, [FieldError(field, "unsupported", message)]
    return locale, []


AccountField = Callable[[str], tuple[str | None, list[FieldError]]]
# The rule of each account field, by its name in the service layer: registration and profile
# updates check their fields here, so the two can never disagree.
ACCOUNT_FIELDS: dict[str, AccountField] = {
    "email": check_email,
    "username": check_username,
    "first_name": lambda value: check_name(value, "firstName", "First name"),
    "last_name": lambda value: check_name(value, "lastName", "Last name"),
    "bio": lambda value: check_optional_text(value, "bio", "Bio", BIO_MAX),
    "contact": lambda value: check_optional_text(value, "contact", "Contact", CONTACT_MAX),
    "locale": check_locale,
}


def check_account_fields(
    given: Mapping[str, str | None],
) -> tuple[dict[str, str | None], list[FieldError]]:
    """Each given field (``None``: not given) checked by its rule: the cleaned values (``None``
    for a field not given or refused) and every error, in field order."""
    values: dict[str, str | None] = dict.fromkeys(ACCOUNT_FIELDS)
    errors: list[FieldError] = []
    for name, check in ACCOUNT_FIELDS.items():
        value = given.get(name)
        if value is not None:
            values[name], found = check(value)
            errors += found
    return values, errors
