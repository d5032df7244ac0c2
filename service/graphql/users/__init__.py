"""Resolvers of registering and changing an account: one module per operation."""

from service.graphql.users.change_password import change_password
from service.graphql.users.delete_account import delete_account
from service.graphql.users.register_user import register_user
from service.graphql.users.update_user import update_user

__all__ = ["change_password", "delete_account", "register_user", "update_user"]
