"""The result unions: every operation that hashes a password can answer RateLimited, and the
two members with field errors share one ``fields`` type."""

from __future__ import annotations

from graphql import GraphQLUnionType, build_schema

from service.graphql.schema import export_sdl

HASHING = {
    "registerUser": "RegisterUserResult",
    "login": "LoginResult",
    "updateUser": "UpdateUserResult",
    "changePassword": "ChangePasswordResult",
}


def test_every_password_hashing_operation_can_answer_rate_limited():
    schema = build_schema(export_sdl())
    mutation = schema.mutation_type
    assert mutation is not None
    for field, union_name in HASHING.items():
        union = schema.get_type(union_name)
        assert isinstance(union, GraphQLUnionType)
        assert str(mutation.fields[field].type) == f"{union_name}!"
        assert "RateLimited" in {member.name for member in union.types}, union_name


def test_field_errors_have_one_type_in_both_members():
    schema = build_schema(export_sdl())
    validation, duplicate = schema.get_type("ValidationError"), schema.get_type("UserAlreadyExists")
    assert str(validation.fields["fields"].type) == "[FieldError!]!"
    assert str(duplicate.fields["fields"].type) == "[FieldError!]!"
