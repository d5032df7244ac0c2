/// <reference types="vite/client" />
// A tiny same-origin GraphQL client: JSON POSTs to /graphql and /admin/graphql (the only requests
// the service's session cookie authenticates), the `Accounts-Session: cookie` header on the mutations that
// open a session, and GraphQL multipart requests (with Apollo-Require-Preflight) for uploads.
import type { TypedDocumentString } from "./gql/graphql";

export const ENDPOINT = "/graphql";
/** Dispatched on window when an answer says the session is gone. */
export const SIGNED_OUT = "accounts:signed-out";
/** The code of the ApiError for a 413 answer (a request body over the service's limit). */
export const TOO_LARGE = "PAYLOAD_TOO_LARGE";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

type Options = {
  /** Ask for the session in the HttpOnly cookie (session-opening mutations). */
  session?: boolean;
  /** Files by variable path, e.g. { "input.image": file }: sent as a multipart request. */
  files?: Record<string, File>;
};

type Response<T> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options]: TVariables extends Record<string, never>
    ? [variables?: TVariables, options?: Options]
    : [variables: TVariables, options?: Options]
): Promise<TResult> {
  return send<TResult>(ENDPOINT, document, variables ?? {}, options);
}

/** A generated document: its text, and in __meta__.hash its trusted-document id. */
export type Document = { toString(): string; __meta__?: Record<string, unknown> };

/** A production build sends each document by its id (the service knows this build's
 * documents, see graphql-codegen's persisted documents); `npm run dev` sends the text, so a
 * document edited since the service was built still runs. */
export function operation(document: Document, variables: object): object {
  const id = import.meta.env.PROD ? document.__meta__?.hash : undefined;
  return typeof id === "string" ? { documentId: id, variables } : { query: document.toString(), variables };
}

/** POST one operation to `endpoint` (/graphql, or the admin API's /admin/graphql). */
export async function send<TResult>(endpoint: string, document: Document, variables: object, options?: Options): Promise<TResult> {
  const headers: Record<string, string> = {};
  if (options?.session) headers["Accounts-Session"] = "cookie";
  const sent = operation(document, variables);
  let body: BodyInit;
  const files = Object.entries(options?.files ?? {});
  if (files.length > 0) {
    const form = new FormData();
    form.append("operations", JSON.stringify(sent));
    form.append("map", JSON.stringify(Object.fromEntries(files.map(([path], i) => [String(i), [`variables.${path}`]]))));
    files.forEach(([, file], i) => form.append(String(i), file, file.name));
    headers["Apollo-Require-Preflight"] = "true";
    body = form;
  } else {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(sent);
  }
  let response: globalThis.Response;
  try {
    response = await fetch(endpoint, { method: "POST", headers, body, credentials: "same-origin" });
  } catch {
    throw new ApiError("The service cannot be reached. Check your connection and try again.");
  }
  // The service refuses a body over its limit before GraphQL sees it (plain text, no JSON):
  // only uploads get that large, so the forms show it at the image input.
  if (response.status === 413) throw new ApiError("The file is too large.", TOO_LARGE);
  if (response.status === 404) throw new ApiError("This part of the service is switched off.", "NOT_FOUND");
  let payload: Response<TResult>;
  try {
    payload = (await response.json()) as Response<TResult>;
  } catch {
    throw new ApiError(`The service answered ${response.status} ${response.statusText}.`);
  }
  if (payload.errors?.length) {
    const first = payload.errors[0];
    // The session ended elsewhere (revoked, logged out everywhere, expired): tell the app.
    if (first.extensions?.code === "UNAUTHENTICATED") window.dispatchEvent(new Event(SIGNED_OUT));
    throw new ApiError(first.message, first.extensions?.code);
  }
  if (!payload.data) throw new ApiError("The service answered no data.");
  return payload.data;
}

const DEVICE_TOKEN = "accounts.deviceToken";

/** The device token is not a credential: it keeps this device from being locked out by
 * other devices' failed logins, so it lives in localStorage. */
export function deviceToken(): string | null {
  try {
    return localStorage.getItem(DEVICE_TOKEN);
  } catch {
    return null;
  }
}

export function keepDeviceToken(token: string): void {
  try {
    if (token) localStorage.setItem(DEVICE_TOKEN, token);
  } catch {
    /* private mode: the next login simply presents none */
  }
}
