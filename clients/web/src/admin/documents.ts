// Every operation the Admin pages send to /admin/graphql, typed from schema.admin.graphql
// (graphql-codegen writes src/admin/gql/).
import { graphql } from "./gql";

export const Whoami = graphql(`
  query Whoami {
    whoami {
      actor
      role
      canAct
      canAdminister
    }
  }
`);

export const FindUsers = graphql(`
  query FindUsers($first: Int!, $after: String, $query: String, $status: AccountStatus, $role: Role) {
    users(first: $first, after: $after, query: $query, status: $status, role: $role) {
      edges {
        node {
          id
          email
          username
          firstName
          lastName
          status
          role
          dateJoined
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdminUserDetail = graphql(`
  query AdminUserDetail($id: ID!) {
    user(id: $id) {
      id
      email
      username
      firstName
      lastName
      status
      role
      emailVerified
      pendingEmail
      hasPassword
      dateJoined
      lastLogin
      twoFactorEnabled
      passkeyCount
      externalIdentities {
        id
        provider
        email
        linkedAt
      }
      sessions {
        id
        createdAt
        lastUsedAt
        userAgent
        ipAddress
        assurance
      }
      securityEvents(first: 20) {
        edges {
          node {
            id
            kind
            at
            ipAddress
          }
        }
      }
    }
  }
`);

export const ActionResultFields = graphql(`
  fragment ActionResultFields on AdminActionResult {
    __typename
    ... on UserActionDone {
      sessionsEnded
      changed
    }
    ... on UserNotFound {
      message
    }
    ... on ActionRefused {
      code
      message
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on UserAlreadyExists {
      message
      fields {
        field
        code
        message
      }
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
    ... on ReauthenticationRequired {
      message
      methods
      passwordRequired
    }
  }
`);

export const SuspendUser = graphql(`
  mutation SuspendUser($id: ID!, $reason: String!) {
    suspendUser(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`);

export const ReactivateUser = graphql(`
  mutation ReactivateUser($id: ID!, $reason: String) {
    reactivateUser(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`);

export const RevokeUserSessions = graphql(`
  mutation RevokeUserSessions($id: ID!, $reason: String) {
    revokeUserSessions(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`);

export const ResetUserTwoFactor = graphql(`
  mutation ResetUserTwoFactor($id: ID!, $reason: String!) {
    resetUserTwoFactor(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`);

export const SendPasswordReset = graphql(`
  mutation SendPasswordReset($id: ID!, $reason: String) {
    sendPasswordReset(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`);

export const DeleteUser = graphql(`
  mutation DeleteUser($id: ID!, $reason: String!) {
    deleteUser(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`);

export const SetUserRole = graphql(`
  mutation SetUserRole($id: ID!, $role: Role!, $reason: String) {
    setUserRole(id: $id, role: $role, reason: $reason) {
      ...ActionResultFields
    }
  }
`);

export const AuditLog = graphql(`
  query AuditLog($first: Int!, $after: String, $actor: String, $target: ID) {
    auditLog(first: $first, after: $after, actor: $actor, target: $target) {
      edges {
        node {
          id
          at
          actor
          actorRole
          action
          targetId
          targetLabel
          reason
          detail
          ipAddress
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
