"""The admin endpoint's view: the users' view over the admin schema and context."""

from __future__ import annotations

from collections.abc import Mapping

from service.graphql.admin.context import AdminContext
from service.graphql.admin.schema import build_admin_schema
from service.graphql.context import Context
from service.graphql.view import AccountsGraphQL
from service.state import AppState

ADMIN_SCRIPT_NAME = "admin-ide.js"
ADMIN_EXAMPLE = """# The admin API. Call it with an admin key (the Headers tab below):
#   {"Authorization": "Bearer adm_…"}
# or signed in to the web app as staff, at AAL2 (two factors or a passkey).

query Whoami {
  whoami { actor role canAct canAdminister }
}

query FindUsers($query: String) {
  users(first: 20, query: $query) {
    edges { cursor node { id email username status role twoFactorEnabled } }
    pageInfo { hasNextPage endCursor }
  }
}

query AuditLog {
  auditLog(first: 20) {
    edges { node { at actor action targetLabel reason detail } }
  }
}

mutation Suspend($id: ID!, $reason: String!) {
  suspendUser(id: $id, reason: $reason) {
    __typename
    ... on UserActionDone { sessionsEnded user { status } }
    ... on ActionRefused { code message }
    ... on ReauthenticationRequired { message }
  }
}
"""


class AdminGraphQL(AccountsGraphQL):
    context_class: type[Context] = AdminContext
    endpoint = "admin"

    def __init__(self, state: AppState, extra: Mapping[str, str] | None = None) -> None:
        super().__init__(
            state,
            build_admin_schema(state.settings),
            example=ADMIN_EXAMPLE,
            script_name=ADMIN_SCRIPT_NAME,
            uploads=False,
            extra=extra,
        )
