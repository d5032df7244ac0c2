"""The document GraphiQL opens on: the account flows, ready to run one after another."""

EXAMPLE_DOCUMENT = """\
# accounts: the account flows. Run an operation with the play button (or Ctrl-Enter) and
# pick it by name. Put the token a flow answers into the Headers tab as
#   {"Authorization": "Bearer acct_..."}
# Codes arrive by mail: in development, as .eml files in ./mail (announced in the log).

mutation Register {
  registerUser(input: {
    email: "ada@example.com", username: "ada_lovelace",
    password: "Correct-Horse-9-battery", passwordConfirmation: "Correct-Horse-9-battery",
    firstName: "Ada", lastName: "Lovelace"
  }) {
    __typename
    ... on AuthSuccess { token deviceToken user { id email emailVerified } }
    ... on VerificationRequired { email expiresInSeconds }
    ... on ValidationError { message fields { field code message } }
    ... on UserAlreadyExists { message fields { field code message } }
    ... on RateLimited { message retryAfterSeconds }
  }
}

mutation VerifyEmail {
  verifyEmail(input: {email: "ada@example.com", code: "123456"}) {
    __typename
    ... on EmailVerified { email }
    ... on InvalidCode { message }
    ... on RateLimited { message retryAfterSeconds }
  }
}

mutation Login {
  login(input: {identifier: "ada_lovelace", password: "Correct-Horse-9-battery"}) {
    __typename
    ... on AuthSuccess { token deviceToken expiresAt user { username emailVerified } }
    ... on InvalidCredentials { message }
    ... on EmailNotVerified { message }
    ... on AccountSuspended { message }
    ... on TwoFactorRequired { challenge methods challengeExpiresAt: expiresAt }
    ... on RateLimited { message retryAfterSeconds }
  }
}

mutation CompleteLogin {
  completeLogin(input: {challenge: "tfa_...", code: "123456"}) {
    __typename
    ... on AuthSuccess { token deviceToken expiresAt user { username twoFactorEnabled } }
    ... on InvalidCredentials { message }
    ... on RateLimited { message retryAfterSeconds }
  }
}

query Me {
  me { id email username emailVerified pendingEmail locale status lastLogin twoFactorEnabled }
}

mutation RequestPasswordReset {
  requestPasswordReset(input: {email: "ada@example.com"}) {
    __typename
    ... on CodeSent { message expiresInSeconds }
    ... on ValidationError { message fields { field code message } }
    ... on RateLimited { message retryAfterSeconds }
  }
}

mutation ResetPassword {
  resetPassword(input: {
    email: "ada@example.com", code: "123456",
    newPassword: "Quixotic-Lantern-77", newPasswordConfirmation: "Quixotic-Lantern-77"
  }) {
    __typename
    ... on AuthSuccess { token deviceToken user { username emailVerified } }
    ... on InvalidCode { message }
    ... on ValidationError { message fields { field code message } }
    ... on TwoFactorRequired { challenge methods challengeExpiresAt: expiresAt }
    ... on RateLimited { message retryAfterSeconds }
  }
}

mutation BeginTotpSetup {
  beginTotpSetup {
    __typename
    ... on TotpSetup { secret otpauthUri qrSvg }
    ... on ValidationError { message fields { field code message } }
  }
}

mutation ConfirmTotpSetup {
  confirmTotpSetup(input: {code: "123456"}) {
    __typename
    ... on RecoveryCodes { codes }
    ... on InvalidCode { message }
    ... on RateLimited { message retryAfterSeconds }
  }
}

query SecurityEvents {
  securityEvents(first: 20) {
    edges { node { kind at ipAddress userAgent } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
