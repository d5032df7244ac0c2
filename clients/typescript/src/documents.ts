// Every document the typed client in usage.ts sends, checked by tsc against the types
// graphql-codegen generates. `npm run manifest` writes their SHA-256 ids (graphql-codegen's
// persisted-documents format) into the service's bundled manifest, so the service knows them
// as trusted documents.

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthSuccess { token deviceToken expiresAt user { id username email } }
    ... on InvalidCredentials { message }
    ... on AccountSuspended { message }
    ... on EmailNotVerified { message }
    ... on TwoFactorRequired { challenge methods challengeExpiresAt: expiresAt }
    ... on RateLimited { message retryAfterSeconds }
  }
}`;

export const COMPLETE_LOGIN = LOGIN.replace("Login($input: LoginInput!)", "CompleteLogin($input: CompleteLoginInput!)").replace(
  "login(input: $input)",
  "completeLogin(input: $input)",
);

// What a privileged operation answers when the session must prove itself again first, and
// what adding a factor answers before the address is verified.
const STEP_UP = `... on ReauthenticationRequired { message methods passwordRequired }`;
const VERIFY_FIRST = `... on EmailNotVerified { message }`;

const RECOVERY_CODES_OUTCOMES = `__typename
    ... on RecoveryCodes { codes }
    ... on InvalidCode { message }
    ... on InvalidCredentials { message }
    ... on RateLimited { message retryAfterSeconds }
    ${VERIFY_FIRST}
    ${STEP_UP}`;

export const BEGIN_TOTP_SETUP = `mutation BeginTotpSetup {
  beginTotpSetup {
    __typename
    ... on TotpSetup { secret otpauthUri qrSvg }
    ... on ValidationError { message fields { field code message } }
    ${VERIFY_FIRST}
    ${STEP_UP}
  }
}`;

export const CONFIRM_TOTP_SETUP = `mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {
  confirmTotpSetup(input: $input) { ${RECOVERY_CODES_OUTCOMES} }
}`;

export const REGENERATE_RECOVERY_CODES = `mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
  regenerateRecoveryCodes(input: $input) { ${RECOVERY_CODES_OUTCOMES} }
}`;

export const DISABLE_TWO_FACTOR = `mutation DisableTwoFactor($input: DisableTwoFactorInput!) {
  disableTwoFactor(input: $input) {
    __typename
    ... on TwoFactorDisabled { message }
    ... on InvalidCode { message }
    ... on InvalidCredentials { message }
    ... on RateLimited { message retryAfterSeconds }
    ${STEP_UP}
  }
}`;

export const REQUEST_PASSWORD_RESET = `mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    __typename
    ... on CodeSent { message expiresInSeconds handle }
    ... on ValidationError { message fields { field code message } }
    ... on RateLimited { message retryAfterSeconds }
  }
}`;

export const RESET_PASSWORD = `mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    __typename
    ... on AuthSuccess { token deviceToken expiresAt user { id username email } }
    ... on InvalidCode { message }
    ... on ValidationError { message fields { field code message } }
    ... on TwoFactorRequired { challenge methods challengeExpiresAt: expiresAt }
    ... on RateLimited { message retryAfterSeconds }
  }
}`;

export const VERIFY_EMAIL = `mutation VerifyEmail($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    __typename
    ... on EmailVerified { email }
    ... on InvalidCode { message }
    ... on RateLimited { message retryAfterSeconds }
  }
}`;

const OPTIONS = `__typename
    ... on PasskeyOptions { challengeId optionsJson }
    ... on RateLimited { message retryAfterSeconds }
    ${VERIFY_FIRST}
    ${STEP_UP}`;

export const PASSKEYS = `query Passkeys { passkeys { id name createdAt lastUsedAt } }`;
export const BEGIN_PASSKEY_REGISTRATION = `mutation BeginPasskeyRegistration {
  beginPasskeyRegistration { ${OPTIONS} }
}`;
export const FINISH_PASSKEY_REGISTRATION = `mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
  finishPasskeyRegistration(input: $input) {
    __typename
    ... on PasskeyAdded { passkey { id name createdAt lastUsedAt } }
    ... on ValidationError { message fields { field code message } }
    ... on InvalidCode { message }
    ${VERIFY_FIRST}
    ${STEP_UP}
  }
}`;
export const BEGIN_PASSKEY_LOGIN = `mutation BeginPasskeyLogin($input: BeginPasskeyLoginInput!) {
  beginPasskeyLogin(input: $input) { ${OPTIONS} }
}`;
export const FINISH_PASSKEY_LOGIN = `mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {
  finishPasskeyLogin(input: $input) {
    __typename
    ... on AuthSuccess { token deviceToken expiresAt user { id username email } }
    ... on InvalidCredentials { message }
    ... on AccountSuspended { message }
    ... on EmailNotVerified { message }
    ... on RateLimited { message retryAfterSeconds }
  }
}`;
export const REMOVE_PASSKEY = `mutation RemovePasskey($id: ID!) {
  removePasskey(id: $id) {
    __typename
    ... on PasskeyRemoved { message }
    ... on InvalidCredentials { message }
    ... on ValidationError { message fields { field code message } }
    ${STEP_UP}
  }
}`;
export const REAUTHENTICATE = `mutation Reauthenticate($input: ReauthenticateInput!) {
  reauthenticate(input: $input) {
    __typename
    ... on Reauthenticated { privilegedUntil }
    ... on InvalidCredentials { message }
    ... on InvalidCode { message }
    ... on RateLimited { message retryAfterSeconds }
    ... on ValidationError { message fields { field code message } }
  }
}`;
export const BEGIN_PASSKEY_REAUTHENTICATION = `mutation BeginPasskeyReauthentication {
  beginPasskeyReauthentication { ${OPTIONS} }
}`;
export const SET_PASSWORD = `mutation SetPassword($input: SetPasswordInput!) {
  setPassword(input: $input) {
    __typename
    ... on AuthSuccess { token deviceToken expiresAt user { id username email } }
    ... on ValidationError { message fields { field code message } }
    ${STEP_UP}
  }
}`;
