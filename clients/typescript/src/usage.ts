// A small typed client for the accounts API, checked by `tsc --noEmit` against the types
// graphql-codegen generates from ../../schema.graphql. A schema change that breaks one of
// the operations in operations/ breaks codegen or this file, not a running frontend.
import type {
  ChangePasswordMutation,
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
} from "./generated/operations";

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthSuccess { token deviceToken expiresAt user { id username email } }
    ... on InvalidCredentials { message }
    ... on AccountSuspended { message }
    ... on RateLimited { message retryAfterSeconds }
  }
}`;

type GraphQLResponse<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };

export class AccountsClient {
  private token: string | null = null;
  // Kept across logins: a device the account knows is never locked out by others' failures.
  private deviceToken: string | null = null;

  constructor(private readonly endpoint: string) {}

  async request<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
    query: string,
    variables?: TVariables,
  ): Promise<TData> {
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (this.token) headers["Authorization"] = `Bearer ${this.token}`;
    const response = await fetch(this.endpoint, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
    const body = (await response.json()) as GraphQLResponse<TData>;
    const first = body.errors?.[0];
    if (first) {
      throw new Error(first.extensions?.code === "UNAUTHENTICATED" ? "Please log in." : first.message);
    }
    if (!body.data) throw new Error("Empty response");
    return body.data;
  }

  /** Logs in; returns the user or a message to show next to the form. */
  async login(input: LoginMutationVariables["input"]): Promise<UserFieldsFragment | string> {
    const withDevice = { ...input, deviceToken: input.deviceToken ?? this.deviceToken };
    const { login } = await this.request<LoginMutation, LoginMutationVariables>(LOGIN, {
      input: withDevice,
    });
    switch (login.__typename) {
      case "AuthSuccess":
        this.token = login.token;
        this.deviceToken = login.deviceToken;
        return login.user;
      case "RateLimited":
        return `${login.message} Try again in ${login.retryAfterSeconds} s.`;
      case "InvalidCredentials":
      case "AccountSuspended":
        return login.message;
    }
  }
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
    (s) => `${s.current ? "*" : " "} ${s.userAgent ?? "unknown device"} since ${s.createdAt}`,
  );
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
