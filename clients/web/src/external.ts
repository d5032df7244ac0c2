// Sign-in and linking with an external provider. Beginning asks the service for the provider's
// authorization URL and a flowId; the flowId stays in this tab (sessionStorage) while the
// browser visits the provider, which sends it back to /external#handoff=… (or #error=…); the
// page there sends the handoff with the flowId. Neither is useful without the other.
import { request } from "./api";
import { BeginExternalLink, BeginExternalLogin } from "./documents";
import type { BeginExternalLinkMutation, BeginExternalLoginMutation } from "./gql/graphql";
import { BASE } from "./router";

export type Purpose = "login" | "link";
export type PendingFlow = { flowId: string; purpose: Purpose; provider: string };

const KEY = "accounts.externalFlow";

export function returnTo(): string {
  return `${window.location.origin}${BASE}/external`;
}

type Begun = BeginExternalLoginMutation["beginExternalLogin"] | BeginExternalLinkMutation["beginExternalLink"];

/** Ask for the provider's authorization URL; on success keep the flow and leave for the
 * provider (the promise then never settles); otherwise the answer to show. */
export async function beginExternal(provider: string, purpose: Purpose): Promise<Begun> {
  const input = { provider, returnTo: returnTo() };
  const begun: Begun =
    purpose === "login"
      ? (await request(BeginExternalLogin, { input })).beginExternalLogin
      : (await request(BeginExternalLink, { input })).beginExternalLink;
  if (begun.__typename === "ExternalLoginStarted") {
    const pending: PendingFlow = { flowId: begun.flowId, purpose, provider };
    sessionStorage.setItem(KEY, JSON.stringify(pending));
    window.location.assign(begun.authorizationUrl);
  }
  return begun;
}

/** The flow this tab began, taken (it is used once). */
export function takePendingFlow(): PendingFlow | null {
  try {
    const stored = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return stored ? (JSON.parse(stored) as PendingFlow) : null;
  } catch {
    return null;
  }
}

const ERRORS: Record<string, string> = {
  access_denied: "You cancelled the sign-in at the provider.",
  provider_unavailable: "The provider could not be reached. Try again in a moment.",
};

/** What the provider's return in the fragment says: a handoff, or an error to show. */
export function readReturn(hash: string): { handoff: string } | { error: string } {
  const values = new URLSearchParams(hash.replace(/^#/, ""));
  const handoff = values.get("handoff");
  if (handoff && /^[A-Za-z0-9_-]{1,128}$/.test(handoff)) return { handoff };
  const error = values.get("error") ?? "";
  return { error: ERRORS[error] ?? "The provider's answer could not be used. Start again." };
}
