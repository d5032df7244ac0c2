// A small typed client for the accounts API, checked by `tsc --noEmit` against the types
// graphql-codegen generates from ../../schema.graphql. A schema change that breaks one of
// the operations in operations/ breaks codegen or this file, not a running frontend.
import type {
  BeginTotpSetupMutation,
  CompleteLoginMutation,
  CompleteLoginMutationVariables,
  ConfirmTotpSetupMutation,
  ConfirmTotpSetupMutationVariables,
  DisableTwoFactorMutation,
  DisableTwoFactorMutationVariables,
  RegenerateRecoveryCodesMutation,
  RegenerateRecoveryCodesMutationVariables,
  TwoFactorRequiredFieldsFragment,
  BeginPasskeyLoginMutation,
  BeginPasskeyLoginMutationVariables,
  BeginPasskeyRegistrationMutation,
  FinishPasskeyLoginMutation,
  FinishPasskeyLoginMutationVariables,
  FinishPasskeyRegistrationMutation,
  FinishPasskeyRegistrationMutationVariables,
  PasskeyFieldsFragment,
  PasskeysQuery,
  RemovePasskeyMutation,
  RemovePasskeyMutationVariables,
  ChangePasswordMutation,
  ConfirmEmailChangeMutation,
  DeleteAccountMutation,
  RequestEmailVerificationMutation,
  RequestPasswordResetMutation,
  RequestPasswordResetMutationVariables,
  ResetPasswordMutation,
  ResetPasswordMutationVariables,
  SecurityEventsQuery,
  VerifyEmailMutation,
  VerifyEmailMutationVariables,
  ChangePasswordMutationVariables,
  LoginMutation,
  LoginMutationVariables,
  LogoutAllMutation,
  LogoutMutation,
  MeQuery,
  RegisterUserMutation,
  RegisterUserMutationVariables,
  RevokeSessionMutation,
  RevokeSessionMutationVariables,
  SessionsQuery,
  UpdateUserMutation,
  UpdateUserMutationVariables,
  UserFieldsFragment,
  ReauthenticateMutation,
  ReauthenticateMutationVariables,
  ReauthenticationRequiredFieldsFragment,
  BeginPasskeyReauthenticationMutation,
  SetPasswordMutation,
  SetPasswordMutationVariables,
} from "./generated/operations";
import * as documents from "./documents";
import { creationOptions, credentialJson, requestOptions } from "./webauthn";

// The documents this client sends (src/documents.ts): `npm run manifest` writes their
// trusted-document ids for the service, and a client built with `documentIds: true` sends
// only those ids.
export * from "./documents";
const {
  LOGIN,
  COMPLETE_LOGIN,
  BEGIN_TOTP_SETUP,
  CONFIRM_TOTP_SETUP,
  REGENERATE_RECOVERY_CODES,
  DISABLE_TWO_FACTOR,
  REQUEST_PASSWORD_RESET,
  RESET_PASSWORD,
  VERIFY_EMAIL,
  PASSKEYS,
  BEGIN_PASSKEY_REGISTRATION,
  FINISH_PASSKEY_REGISTRATION,
  BEGIN_PASSKEY_LOGIN,
  FINISH_PASSKEY_LOGIN,
  REMOVE_PASSKEY,
  REAUTHENTICATE,
  BEGIN_PASSKEY_REAUTHENTICATION,
  SET_PASSWORD,
} = documents;

/** A document's trusted-document id: `sha256:` and the hex SHA-256 of its text. */
export async function documentId(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return "sha256:" + Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** What a privileged operation asks for before it runs again. */
export type StepUp = ReauthenticationRequiredFieldsFragment & { __typename: "ReauthenticationRequired" };
/** How a session proves itself again: the password (and a second-factor code when two-factor
 * sign-in is on), or a passkey of this device. */
export type Proof = { password: string; code?: string; recoveryCode?: string } | "passkey";

type GraphQLResponse<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };

export class AccountsClient {
  private token: string | null = null;
  // Kept across logins: a device the account knows is never locked out by others' failures.
  private deviceToken: string | null = null;
  // The handle of this client's last request for an email code, sent back with the code.
  private codeHandle: string | null = null;

  /** With `documentIds` (production builds), every document goes by its trusted-document id,
   * the SHA-256 of its text, which the service knows from its bundled manifest. */
  constructor(
    private readonly endpoint: string,
    private readonly options: { documentIds?: boolean } = {},
  ) {}

  async request<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
    query: string,
    variables?: TVariables,
  ): Promise<TData> {
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (this.token) headers["Authorization"] = `Bearer ${this.token}`;
    const document = this.options.documentIds ? { documentId: await documentId(query) } : { query };
    const response = await fetch(this.endpoint, {
      method: "POST",
      headers,
      body: JSON.stringify({ ...document, variables: variables ?? {} }),
    });
    const body = (await response.json()) as GraphQLResponse<TData>;
    const first = body.errors?.[0];
    if (first) {
      throw new Error(first.extensions?.code === "UNAUTHENTICATED" ? "Please log in." : first.message);
    }
    if (!body.data) throw new Error("Empty response");
    return body.data;
  }

  /** Logs in; returns the user, the second-factor challenge to ask a code for, or a message
   * to show next to the form. */
  async login(
    input: LoginMutationVariables["input"],
  ): Promise<UserFieldsFragment | TwoFactorRequiredFieldsFragment | string> {
    const withDevice = { ...input, deviceToken: input.deviceToken ?? this.deviceToken };
    const { login } = await this.request<LoginMutation, LoginMutationVariables>(LOGIN, {
      input: withDevice,
    });
    return this.signedIn(login);
  }

  /** The second step of a login (or a reset) that answered TwoFactorRequired: the challenge and
   * a code from the authenticator app, or one of the recovery codes. */
  async completeLogin(
    challenge: string,
    code: { code: string } | { recoveryCode: string },
  ): Promise<UserFieldsFragment | TwoFactorRequiredFieldsFragment | string> {
    const input: CompleteLoginMutationVariables["input"] = {
      challenge,
      ...code,
      deviceToken: this.deviceToken,
    };
    const { completeLogin } = await this.request<CompleteLoginMutation, CompleteLoginMutationVariables>(
      COMPLETE_LOGIN,
      { input },
    );
    return this.signedIn(completeLogin);
  }

  private signedIn(
    result: LoginMutation["login"] | CompleteLoginMutation["completeLogin"],
  ): UserFieldsFragment | TwoFactorRequiredFieldsFragment | string {
    switch (result.__typename) {
      case "AuthSuccess":
        this.token = result.token;
        this.deviceToken = result.deviceToken;
        return result.user;
      case "TwoFactorRequired":
        return result;
      case "RateLimited":
        return `${result.message} Try again in ${result.retryAfterSeconds} s.`;
      case "InvalidCredentials":
      case "AccountSuspended":
      case "EmailNotVerified":
        return result.message;
    }
  }

  /** Runs a privileged operation (adding or removing a factor, an email change, deleting the
   * account, setting a password). When it answers ReauthenticationRequired, `prove` is asked
   * for a fresh proof of what it lists (null: give up, nothing changed), the session is
   * re-authenticated with it, and the operation runs again. */
  async privileged<T>(
    operation: () => Promise<T | StepUp>,
    prove: (asked: StepUp) => Promise<Proof | null>,
  ): Promise<T | StepUp | string> {
    let result = await operation();
    for (let round = 0; round < 3 && isStepUp(result); round++) {
      const proof = await prove(result);
      if (proof === null) return result;
      const proved = await this.reauthenticate(proof);
      if (proved !== true) return proved;
      result = await operation();
    }
    return result;
  }

  /** A fresh, full proof for this session: the password (and a code when two-factor sign-in
   * is on), or a passkey of this device. */
  async reauthenticate(proof: Proof): Promise<true | string> {
    let input: ReauthenticateMutationVariables["input"];
    if (proof === "passkey") {
      const { beginPasskeyReauthentication: begun } =
        await this.request<BeginPasskeyReauthenticationMutation>(BEGIN_PASSKEY_REAUTHENTICATION);
      if (begun.__typename !== "PasskeyOptions") return refusal(begun);
      const credential = await navigator.credentials.get({ publicKey: requestOptions(begun.optionsJson) });
      if (!(credential instanceof PublicKeyCredential)) return "No passkey was used.";
      input = { passkeyChallengeId: begun.challengeId, passkeyCredentialJson: credentialJson(credential) };
    } else {
      input = { password: proof.password, code: proof.code ?? null, recoveryCode: proof.recoveryCode ?? null };
    }
    const { reauthenticate: result } = await this.request<ReauthenticateMutation, ReauthenticateMutationVariables>(
      REAUTHENTICATE,
      { input },
    );
    switch (result.__typename) {
      case "Reauthenticated":
        return true;
      case "RateLimited":
        return `${result.message} Try again in ${result.retryAfterSeconds} s.`;
      case "ValidationError":
        return result.fields.map((f) => f.message).join(" ");
      case "InvalidCredentials":
      case "InvalidCode":
        return result.message;
    }
  }

  /** A password for an account that has none (it signs in with a passkey); privileged. Every
   * other session ends; this client gets the fresh one. */
  async setPassword(input: SetPasswordMutationVariables["input"]): Promise<true | StepUp | string> {
    const { setPassword: result } = await this.request<SetPasswordMutation, SetPasswordMutationVariables>(
      SET_PASSWORD,
      { input },
    );
    switch (result.__typename) {
      case "AuthSuccess":
        this.token = result.token;
        this.deviceToken = result.deviceToken;
        return true;
      case "ValidationError":
        return result.fields.map((f) => f.message).join(" ");
      case "ReauthenticationRequired":
        return result;
    }
  }

  /** Step one of TOTP setup: show `qrSvg` (or `secret`) to the user, then confirmTotpSetup.
   * The email must be verified first (the message says so), and the session privileged. */
  async beginTotpSetup(): Promise<{ secret: string; otpauthUri: string; qrSvg: string } | StepUp | string> {
    const { beginTotpSetup: result } = await this.request<BeginTotpSetupMutation>(BEGIN_TOTP_SETUP);
    switch (result.__typename) {
      case "TotpSetup":
      case "ReauthenticationRequired":
        return result;
      case "ValidationError":
        return result.fields.map((f) => f.message).join(" ");
      case "EmailNotVerified":
        return result.message;
    }
  }

  /** Step two: a current code turns TOTP on; the recovery codes come back this once. */
  async confirmTotpSetup(code: string): Promise<string[] | StepUp | string> {
    const { confirmTotpSetup: result } = await this.request<
      ConfirmTotpSetupMutation,
      ConfirmTotpSetupMutationVariables
    >(CONFIRM_TOTP_SETUP, { input: { code } });
    return recoveryCodes(result);
  }

  /** From a privileged session the password may be empty; otherwise the password and a code
   * re-authenticate it on the spot. */
  async regenerateRecoveryCodes(currentPassword: string, code?: string): Promise<string[] | StepUp | string> {
    const { regenerateRecoveryCodes: result } = await this.request<
      RegenerateRecoveryCodesMutation,
      RegenerateRecoveryCodesMutationVariables
    >(REGENERATE_RECOVERY_CODES, { input: { currentPassword, code: code ?? null } });
    return recoveryCodes(result);
  }

  async disableTwoFactor(input: DisableTwoFactorMutationVariables["input"]): Promise<true | StepUp | string> {
    const { disableTwoFactor: result } = await this.request<
      DisableTwoFactorMutation,
      DisableTwoFactorMutationVariables
    >(DISABLE_TWO_FACTOR, { input });
    switch (result.__typename) {
      case "TwoFactorDisabled":
        return true;
      case "ReauthenticationRequired":
        return result;
      case "RateLimited":
        return `${result.message} Try again in ${result.retryAfterSeconds} s.`;
      case "InvalidCode":
      case "InvalidCredentials":
        return result.message;
    }
  }

  /** Asks for a reset code; the answer is the same whether or not the address has an account.
   * Its handle is kept and sent back with the code (only that request's code is checked). */
  async requestPasswordReset(email: string): Promise<string> {
    const { requestPasswordReset: result } = await this.request<
      RequestPasswordResetMutation,
      RequestPasswordResetMutationVariables
    >(REQUEST_PASSWORD_RESET, { input: { email } });
    if (result.__typename === "CodeSent") this.codeHandle = result.handle;
    return codeSentMessage(result);
  }

  /** Sets a new password with the mailed code; logs in with the fresh session it answers. On an
   * account with a second factor the answer is the challenge: the reset happens at
   * completeLogin. */
  async resetPassword(
    input: ResetPasswordMutationVariables["input"],
  ): Promise<true | TwoFactorRequiredFieldsFragment | string> {
    const { resetPassword: result } = await this.request<
      ResetPasswordMutation,
      ResetPasswordMutationVariables
    >(RESET_PASSWORD, { input: { ...input, handle: input.handle ?? this.codeHandle } });
    switch (result.__typename) {
      case "AuthSuccess":
        this.token = result.token;
        this.deviceToken = result.deviceToken;
        return true;
      case "TwoFactorRequired":
        return result;
      case "ValidationError":
        return result.fields.map((f) => `${f.field}: ${f.message}`).join("\n");
      case "RateLimited":
        return `${result.message} Try again in ${result.retryAfterSeconds} s.`;
      case "InvalidCode":
        return result.message;
    }
  }

  /** Creates a passkey on this device (the browser asks the user) and adds it to the account:
   * a verified email and a privileged session first. */
  async addPasskey(name?: string): Promise<PasskeyFieldsFragment | StepUp | string> {
    const { beginPasskeyRegistration: begun } =
      await this.request<BeginPasskeyRegistrationMutation>(BEGIN_PASSKEY_REGISTRATION);
    if (begun.__typename === "ReauthenticationRequired") return begun;
    if (begun.__typename !== "PasskeyOptions") return refusal(begun);
    const credential = await navigator.credentials.create({ publicKey: creationOptions(begun.optionsJson) });
    if (!(credential instanceof PublicKeyCredential)) return "No passkey was created.";
    const { finishPasskeyRegistration: result } = await this.request<
      FinishPasskeyRegistrationMutation,
      FinishPasskeyRegistrationMutationVariables
    >(FINISH_PASSKEY_REGISTRATION, {
      input: { challengeId: begun.challengeId, credentialJson: credentialJson(credential), name: name ?? null },
    });
    switch (result.__typename) {
      case "PasskeyAdded":
        return result.passkey;
      case "ReauthenticationRequired":
        return result;
      case "ValidationError":
        return result.fields.map((f) => f.message).join(" ");
      case "InvalidCode":
      case "EmailNotVerified":
        return result.message;
    }
  }

  /** Logs in with a passkey: of the named account, or any the browser holds (discoverable). */
  async logInWithPasskey(identifier?: string): Promise<true | string> {
    const { beginPasskeyLogin: begun } = await this.request<
      BeginPasskeyLoginMutation,
      BeginPasskeyLoginMutationVariables
    >(BEGIN_PASSKEY_LOGIN, { input: { identifier: identifier ?? null } });
    if (begun.__typename !== "PasskeyOptions") return refusal(begun);
    const credential = await navigator.credentials.get({ publicKey: requestOptions(begun.optionsJson) });
    if (!(credential instanceof PublicKeyCredential)) return "No passkey was used.";
    const { finishPasskeyLogin: result } = await this.request<
      FinishPasskeyLoginMutation,
      FinishPasskeyLoginMutationVariables
    >(FINISH_PASSKEY_LOGIN, {
      input: { challengeId: begun.challengeId, credentialJson: credentialJson(credential), deviceToken: this.deviceToken },
    });
    switch (result.__typename) {
      case "AuthSuccess":
        this.token = result.token;
        this.deviceToken = result.deviceToken;
        return true;
      case "RateLimited":
        return `${result.message} Try again in ${result.retryAfterSeconds} s.`;
      case "InvalidCredentials":
      case "AccountSuspended":
      case "EmailNotVerified":
        return result.message;
      case "TwoFactorRequired":
        // A passkey is both factors: the service never asks for another after one.
        return "The service asked for a second factor after a passkey.";
    }
  }

  async passkeys(): Promise<PasskeysQuery["passkeys"]> {
    return (await this.request<PasskeysQuery>(PASSKEYS)).passkeys;
  }

  /** Privileged; never the account's last way in (the message says so). */
  async removePasskey(id: string): Promise<true | StepUp | string> {
    const { removePasskey: result } = await this.request<RemovePasskeyMutation, RemovePasskeyMutationVariables>(
      REMOVE_PASSKEY,
      { id },
    );
    switch (result.__typename) {
      case "PasskeyRemoved":
        return true;
      case "ReauthenticationRequired":
        return result;
      case "ValidationError":
        return result.fields.map((f) => f.message).join(" ");
      case "InvalidCredentials":
        return result.message;
    }
  }

  /** The code from the mail; the handle of the request that sent it (kept from this client's
   * request, or from the mail's link) makes the service check only that code. */
  async verifyEmail(input: VerifyEmailMutationVariables["input"]): Promise<boolean | string> {
    const { verifyEmail: result } = await this.request<VerifyEmailMutation, VerifyEmailMutationVariables>(
      VERIFY_EMAIL,
      { input: { ...input, handle: input.handle ?? this.codeHandle } },
    );
    switch (result.__typename) {
      case "EmailVerified":
        return true;
      case "InvalidCode":
      case "RateLimited":
        return result.message;
    }
  }
}

/** The answer asks for a fresh proof (see AccountsClient.privileged). */
export function isStepUp(value: unknown): value is StepUp {
  return typeof value === "object" && value !== null && (value as { __typename?: string }).__typename === "ReauthenticationRequired";
}

/** Why passkey options were not given, in words. */
function refusal(
  result: { __typename: "RateLimited"; message: string; retryAfterSeconds: number } | { __typename: "EmailNotVerified" | "ReauthenticationRequired"; message: string },
): string {
  return result.__typename === "RateLimited" ? `${result.message} Try again in ${result.retryAfterSeconds} s.` : result.message;
}

/** Turning on TOTP from a session that may have to prove itself again: the person is asked
 * for what the service lists (a passkey when it offers one and the person prefers it). */
export async function setUpAuthenticatorApp(
  client: AccountsClient,
  ask: (asked: StepUp) => Promise<{ password: string } | "passkey" | null>,
): Promise<{ secret: string; otpauthUri: string; qrSvg: string } | StepUp | string> {
  return client.privileged(
    () => client.beginTotpSetup(),
    async (asked) => {
      const answer = await ask(asked);
      if (answer === "passkey" && !asked.methods.includes("PASSKEY")) return null;
      return answer;
    },
  );
}

export function recoveryCodes(
  result:
    | ConfirmTotpSetupMutation["confirmTotpSetup"]
    | RegenerateRecoveryCodesMutation["regenerateRecoveryCodes"],
): string[] | StepUp | string {
  switch (result.__typename) {
    case "RecoveryCodes":
      return result.codes;
    case "ReauthenticationRequired":
      return result;
    case "RateLimited":
      return `${result.message} Try again in ${result.retryAfterSeconds} s.`;
    case "InvalidCode":
    case "InvalidCredentials":
    case "EmailNotVerified":
      return result.message;
  }
}

export function codeSentMessage(
  result:
    | RequestPasswordResetMutation["requestPasswordReset"]
    | RequestEmailVerificationMutation["requestEmailVerification"],
): string {
  switch (result.__typename) {
    case "CodeSent":
      return `${result.message} It is valid for ${Math.round(result.expiresInSeconds / 60)} minutes.`;
    case "ValidationError":
      return result.fields.map((f) => f.message).join(" ");
    case "RateLimited":
      return `${result.message} Try again in ${result.retryAfterSeconds} s.`;
  }
}

/** What confirmEmailChange answered, for the form that asked for the code. */
export function emailChangeOutcome(result: ConfirmEmailChangeMutation["confirmEmailChange"]): string {
  switch (result.__typename) {
    case "UpdateUserSuccess":
      return `Your email is now ${result.user.email}.`;
    case "InvalidCode":
    case "InvalidCredentials":
    case "ReauthenticationRequired":
      return result.message;
    case "RateLimited":
      return `${result.message} Try again in ${result.retryAfterSeconds} s.`;
    case "ValidationError":
    case "UserAlreadyExists":
      return result.fields.map((f) => f.message).join(" ");
  }
}

export function accountDeleted(result: DeleteAccountMutation["deleteAccount"]): boolean {
  return result.__typename === "AccountDeleted";
}

/** One line per event, and the cursor of the next page (null on the last one). */
export function describeEvents(data: SecurityEventsQuery): { lines: string[]; next: string | null } {
  const { edges, pageInfo } = data.securityEvents;
  return {
    lines: edges.map(({ node }) => `${node.at} ${node.kind} from ${node.ipAddress ?? "unknown address"}`),
    next: pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null,
  };
}

/** Field errors keyed by input name, ready for a form. */
export function fieldErrors(
  result: RegisterUserMutation["registerUser"] | UpdateUserMutation["updateUser"],
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  // ValidationError and UserAlreadyExists share one `fields { field code message }` selection.
  if (result.__typename === "ValidationError" || result.__typename === "UserAlreadyExists") {
    for (const error of result.fields) {
      (errors[error.field] ??= []).push(`${error.message} (${error.code})`);
    }
  }
  return errors;
}

export function describeSessions(data: SessionsQuery): string[] {
  return data.sessions.map(
    (s) =>
      `${s.current ? "*" : " "} ${s.userAgent ?? "unknown device"} since ${s.createdAt}, ` +
      `proved by ${s.methods.join("+") || "nothing"} (${s.assurance}) at ${s.authenticatedAt}` +
      (s.privilegedUntil ? `, privileged until ${s.privilegedUntil}` : ""),
  );
}

export function pendingEmailNote(data: MeQuery): string | null {
  if (!data.me) return null;
  if (data.me.pendingEmail) return `Enter the code sent to ${data.me.pendingEmail} to confirm it.`;
  return data.me.emailVerified ? null : `Verify ${data.me.email} with the code we sent.`;
}

export function whoAmI(data: MeQuery): string {
  return data.me ? `${data.me.firstName} ${data.me.lastName} (@${data.me.username})` : "anonymous";
}

export function revokedCount(
  result: LogoutMutation["logout"] | LogoutAllMutation["logoutAll"] | RevokeSessionMutation["revokeSession"],
): number {
  return result.revokedSessions;
}

export function newToken(result: ChangePasswordMutation["changePassword"]): string | null {
  return result.__typename === "AuthSuccess" ? result.token : null;
}

export const registration: RegisterUserMutationVariables = {
  input: {
    email: "ada@example.com",
    username: "ada_lovelace",
    password: "Correct-Horse-9-battery",
    passwordConfirmation: "Correct-Horse-9-battery",
    firstName: "Ada",
    lastName: "Lovelace",
  },
};

export const profileChange: UpdateUserMutationVariables = { input: { bio: "Analyst", removeImage: true } };
export const passwordChange: ChangePasswordMutationVariables = {
  input: { currentPassword: "old", newPassword: "new", newPasswordConfirmation: "new" },
};
export const revoke: RevokeSessionMutationVariables = { id: "00000000-0000-0000-0000-000000000000" };
