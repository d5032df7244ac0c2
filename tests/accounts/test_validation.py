"""Each rule of the README table "The rules": one test that rejects, one at its boundary."""

from __future__ import annotations

import pytest

from service.accounts import validation as v
from service.config import Settings

SETTINGS = Settings(_env_file=None)  # type: ignore[call-arg]
STRONG = "Correct-Horse-9-battery"


def codes(errors):
    return {(e.field, e.code) for e in errors}


# email ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "required"),
        ("   ", "required"),
        ("not-an-email", "invalid"),
        ("a@b", "invalid"),
        ("a\x00b@example.com", "invalid_characters"),
        ("x" * 64 + "@" + ("a" * 63 + ".") * 3 + "com", "invalid"),
    ],
)
def test_email_rejected(value, code):
    normalized, errors = v.check_email(value)
    assert normalized is None
    assert codes(errors) == {("email", code)}


def test_email_normalized_and_keyed_case_insensitively():
    normalized, errors = v.check_email("  Ada.Lovelace@EXAMPLE.com ")
    assert errors == []
    assert normalized == "Ada.Lovelace@example.com"
    assert v.email_key(normalized) == "ada.lovelace@example.com"


def test_email_local_part_boundary_64_chars_passes():
    normalized, errors = v.check_email("x" * 64 + "@example.com")
    assert errors == [] and normalized


# username ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", {("username", "required")}),
        ("abc12", {("username", "too_short")}),
        ("a" * 151, {("username", "too_long")}),
        ("1234567", {("username", "no_letter")}),
        ("ada lovelace", {("username", "invalid_characters")}),
        ("ada@lovelace", {("username", "invalid_characters")}),
        (
            "12 45",
            {
                ("username", "too_short"),
                ("username", "invalid_characters"),
                ("username", "no_letter"),
            },
        ),
    ],
)
def test_username_rejected(value, expected):
    username, errors = v.check_username(value)
    assert username is None
    assert codes(errors) == expected


@pytest.mark.parametrize(
    "value", ["a12345", "a" * 150, "ada.love_lace-1", "Ådélaïde", "ＡＤＭＩＮ01"]
)
def test_username_boundaries_pass(value):
    username, errors = v.check_username(value)
    assert errors == [] and username


def test_username_key_folds_case_and_width():
    assert v.username_key("Admin01") == v.username_key("ＡＤＭＩＮ01") == "admin01"
    assert v.normalize_username("ＡＤＭＩＮ01") == "ADMIN01"


# password ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ab1defg", {("password", "too_short")}),
        ("abcdefg1x", {("password", "missing_uppercase")}),
        ("ABCDEFG1X", {("password", "missing_lowercase")}),
        ("Abcdefgxy", {("password", "missing_digit")}),
        ("abcdefgh", {("password", "missing_uppercase"), ("password", "missing_digit")}),
        ("Aa1" + "x" * 1022, {("password", "too_long")}),
        ("Abc\x00defg1", {("password", "invalid_characters")}),
    ],
)
def test_password_shape_rejected(value, expected):
    assert codes(v.check_password_shape(value, "password", SETTINGS)) == expected


def test_password_shape_boundaries_pass():
    assert v.check_password_shape("Abcdef1x", "password", SETTINGS) == []  # exactly 8
    assert v.check_password_shape("Aa1" + "x" * 1021, "password", SETTINGS) == []  # exactly 1024


def test_character_classes_can_be_switched_off():
    relaxed = Settings(_env_file=None, password_require_character_classes=False)  # type: ignore[call-arg]
    assert v.check_password_shape("abcdefgh", "password", relaxed) == []
    assert codes(v.check_password_shape("abcdefg", "password", relaxed)) == {
        ("password", "too_short")
    }


def test_guessable_password_rejected_with_zxcvbn_feedback():
    errors = v.check_password_strength(
        "Passw0rd1", "password", SETTINGS, similar_to=[], user_inputs=[]
    )
    (error,) = errors
    assert (error.field, error.code) == ("password", "too_guessable")
    assert "common" in error.message.lower()


def test_password_built_from_user_inputs_is_guessable():
    # Strong on its own, guessable once zxcvbn knows the user's own words (e.g. a last name).
    alone = v.check_password_strength(
        "Zorblax99", "password", SETTINGS, similar_to=[], user_inputs=[]
    )
    assert alone == []
    errors = v.check_password_strength(
        "Zorblax99", "password", SETTINGS, similar_to=[], user_inputs=["Zorblax"]
    )
    assert codes(errors) == {("password", "too_guessable")}


def test_strong_password_passes():
    assert (
        v.check_password_strength(
            STRONG,
            "password",
            SETTINGS,
            similar_to=["ada_lovelace", "ada@example.com"],
            user_inputs=["ada_lovelace", "ada@example.com", "Ada", "Lovelace"],
        )
        == []
    )


@pytest.mark.parametrize("password", ["Ada_lovelace1", "ada_Lovelace", "Lovelace@example1"])
def test_password_too_similar_to_username_or_email(password):
    errors = v.check_password_strength(
        password,
        "password",
        SETTINGS,
        similar_to=["ada_lovelace", "lovelace@example.com"],
        user_inputs=[],
    )
    assert codes(errors) == {("password", "too_similar")}


def test_zxcvbn_sees_only_first_72_characters(monkeypatch):
    """The most zxcvbn accepts (it raises beyond); see also the test with the real zxcvbn."""
    seen = []

    def spy(password, user_inputs=None):
        seen.append(password)
        return {"score": 4, "feedback": {}}

    monkeypatch.setattr(v, "zxcvbn", spy)
    v.check_password_strength(
        "Aa1" + "z" * 500, "password", SETTINGS, similar_to=[], user_inputs=[]
    )
    assert [len(p) for p in seen] == [72]


def test_confirmation():
    assert codes(v.check_confirmation("a", "b", "passwordConfirmation")) == {
        ("passwordConfirmation", "mismatch")
    }
    assert v.check_confirmation("same", "same", "passwordConfirmation") == []


# names, bio, contact -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "required"),
        ("   ", "required"),
        ("x" * 151, "too_long"),
        ("A\x07da", "invalid_characters"),
    ],
)
def test_name_rejected(value, code):
    assert codes(v.check_name(value, "firstName", "First name")[1]) == {("firstName", code)}


def test_name_boundaries_pass():
    assert v.check_name("x" * 150, "firstName", "First name") == ("x" * 150, [])
    assert v.check_name(" A ", "lastName", "Last name") == ("A", [])


def test_bio_and_contact_limits():
    assert codes(v.check_optional_text("x" * 501, "bio", "Bio", v.BIO_MAX)[1]) == {
        ("bio", "too_long")
    }
    assert v.check_optional_text("x" * 500, "bio", "Bio", v.BIO_MAX) == ("x" * 500, [])
    assert codes(v.check_optional_text("x" * 256, "contact", "Contact", v.CONTACT_MAX)[1]) == {
        ("contact", "too_long")
    }
    assert v.check_optional_text("x" * 255, "contact", "Contact", v.CONTACT_MAX) == ("x" * 255, [])
    assert v.check_optional_text("line one\nline two", "bio", "Bio", v.BIO_MAX)[1] == []
    assert codes(v.check_optional_text("a\x00b", "bio", "Bio", v.BIO_MAX)[1]) == {
        ("bio", "invalid_characters")
    }


def test_a_long_password_is_estimated_on_its_first_characters():
    """zxcvbn refuses inputs over 72 characters; a long password is judged, not an error."""
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    strong = "Quixotic-Lantern-77-" * 50
    assert (
        v.check_password_strength(strong, "password", settings, similar_to=[], user_inputs=[]) == []
    )
    weak = "a" * 1024
    (error,) = v.check_password_strength(weak, "password", settings, similar_to=[], user_inputs=[])
    assert error.code == "too_guessable"
