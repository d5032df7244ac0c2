"""Each rule of the table "The rules" (docs/clients.md): one test that rejects, one at its
boundary."""

from __future__ import annotations

import pytest

from service.accounts.profile import validation as v
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


# what clients are told -----------------------------------------------------------------------

SIMILAR = "Password is too similar to the username or email."


@pytest.mark.parametrize(
    ("check", "expected"),
    [
        (lambda: v.check_email(" ")[1], [("email", "required", "Email is required.")]),
        (
            lambda: v.check_email("a\x00b@example.com")[1],
            [("email", "invalid_characters", "Control characters are not allowed.")],
        ),
        (
            lambda: v.check_email("not-an-email")[1],
            [("email", "invalid", "An email address must have an @-sign.")],
        ),
        (lambda: v.check_username("")[1], [("username", "required", "Username is required.")]),
        (
            lambda: v.check_username("a" * 151)[1],
            [("username", "too_long", "Username must have at most 150 characters.")],
        ),
        (
            lambda: v.check_username("12 45")[1],
            [
                ("username", "too_short", "Username must have at least 6 characters."),
                (
                    "username",
                    "invalid_characters",
                    "Username may contain only letters, digits and . _ -",
                ),
                ("username", "no_letter", "Username must contain at least one letter."),
            ],
        ),
        (
            lambda: v.check_name(" ", "lastName", "Last name")[1],
            [("lastName", "required", "Last name is required.")],
        ),
        (
            lambda: v.check_name("x" * 151, "firstName", "First name")[1],
            [("firstName", "too_long", "First name must have at most 150 characters.")],
        ),
        (
            lambda: v.check_optional_text("x" * 256, "contact", "Contact", v.CONTACT_MAX)[1],
            [("contact", "too_long", "Contact must have at most 255 characters.")],
        ),
        (
            lambda: v.check_password_shape("Abc\x00defg1", "password", SETTINGS),
            [("password", "invalid_characters", "Password must not contain NUL characters.")],
        ),
        (
            lambda: v.check_password_shape("Aa1" + "x" * 1022, "password", SETTINGS),
            [("password", "too_long", "Password must have at most 1024 characters.")],
        ),
        (
            lambda: v.check_password_shape("ab", "password", SETTINGS),
            [
                ("password", "too_short", "Password must have at least 8 characters."),
                ("password", "missing_uppercase", "Password needs at least one uppercase letter."),
                ("password", "missing_digit", "Password needs at least one digit."),
            ],
        ),
        (
            lambda: v.check_password_shape("ABCDEFG1X", "password", SETTINGS),
            [("password", "missing_lowercase", "Password needs at least one lowercase letter.")],
        ),
        (
            lambda: v.check_password_strength(
                "Passw0rd1", "password", SETTINGS, similar_to=[], user_inputs=[]
            ),
            [
                (
                    "password",
                    "too_guessable",
                    "This is similar to a commonly used password. Add another word or two. "
                    "Uncommon words are better. Capitalization doesn't help very much. "
                    "Predictable substitutions like '@' instead of 'a' don't help very much.",
                )
            ],
        ),
        (
            lambda: v.check_password_strength(
                "ada_lovelace", "password", SETTINGS, similar_to=["ada_lovelace"], user_inputs=[]
            ),
            [("password", "too_similar", SIMILAR)],
        ),
        (
            lambda: v.check_confirmation("a", "b", "newPasswordConfirmation"),
            [("newPasswordConfirmation", "mismatch", "Passwords do not match.")],
        ),
        (
            lambda: v.check_locale("fr")[1],
            [("locale", "unsupported", "Locale must be one of en, de.")],
        ),
    ],
)
def test_each_refusal_says_what_is_wrong(check, expected):
    """The messages are the API's words to the person filling in the form."""
    assert [(e.field, e.code, e.message) for e in check()] == expected


def test_a_password_scored_below_the_minimum_without_feedback_gets_a_plain_message():
    """zxcvbn gives no advice for a score above 2; a stricter minimum still explains itself."""
    strict = Settings(_env_file=None, password_min_score=4)  # type: ignore[call-arg]
    errors = v.check_password_strength(
        "Plumbline7x", "password", strict, similar_to=[], user_inputs=[]
    )
    assert [(e.code, e.message) for e in errors] == [
        ("too_guessable", "This password is too easy to guess.")
    ]
    assert (
        v.check_password_strength(
            "Plumbline7x", "password", SETTINGS, similar_to=[], user_inputs=[]
        )
        == []
    )


@pytest.mark.parametrize(
    ("password", "similar"),
    [
        ("Lovelace-1842", True),  # a word of the email: split at its punctuation
        ("Lovelac-qz91", True),  # exactly as similar as allowed to "lovelace" is too similar
        ("Lovelq-cz91x", False),  # a little less is not
        ("Caelvole-q7", False),  # the same letters in another order are a different word
    ],
)
def test_similarity_is_measured_against_each_word_of_the_username_and_email(password, similar):
    errors = v.check_password_strength(
        password,
        "password",
        SETTINGS,
        # at registration the username may be missing (its own error is reported beside)
        similar_to=["", "ada.lovelace@example.com"],
        user_inputs=[],
    )
    assert [(e.code, e.message) for e in errors] == ([("too_similar", SIMILAR)] if similar else [])


@pytest.mark.parametrize(
    ("identifier", "key"),
    [
        ("  Ada_Lovelace ", ("username", "ada_lovelace")),
        ("ＡＤＭＩＮ01", ("username", "admin01")),
        ("Ada.Lovelace@EXAMPLE.com", ("email", "ada.lovelace@example.com")),
        # normalised offline (no DNS): a full-width domain is the same address
        ("ADA@ＥＸＡＭＰＬＥ.com", ("email", "ada@example.com")),
        ("Not@An@Email", ("email", "not@an@email")),  # not an address: looked up as typed
    ],
)
def test_a_login_identifier_names_its_column_and_key(identifier, key):
    assert v.identifier_key(identifier) == key
