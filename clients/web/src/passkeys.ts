// Passkeys as a person meets them: checked before the browser is asked (a passkey created on an
// address the service does not accept would be stored by the device and never work), and every
// way the browser or the service can refuse said in words, never as the browser's own text.
import { CONFIG } from "./config";
import type { Problem } from "./ui";

const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

function sameOriginElsewhere(): { href: string; text: string } | undefined {
  const allowed = CONFIG.passkeyOrigins;
  const samePort = allowed.find((origin) => new URL(origin).port === window.location.port);
  const target = samePort ?? allowed[0];
  if (!target) return undefined;
  return { href: target + window.location.pathname, text: `Open this page at ${target}` };
}

/** Why passkeys cannot be used on this page, or null when they can. */
export function passkeyBlocker(): Problem | null {
  if (typeof window.PublicKeyCredential === "undefined" || !navigator.credentials) {
    return { message: "This browser cannot use passkeys. Use a recent Chrome, Edge, Firefox or Safari.", fields: {} };
  }
  const here = window.location.origin;
  if (CONFIG.passkeyOrigins.includes(here)) return null;
  const link = sameOriginElsewhere();
  if (IP_ADDRESS.test(window.location.hostname)) {
    return {
      message: `Passkeys need a site name, and this page is open at an IP address (${window.location.host}), which browsers refuse for passkeys.`,
      fields: {},
      link,
    };
  }
  const accepted = CONFIG.passkeyOrigins.join(" or ") || "no address (ACCOUNTS_WEBAUTHN_ORIGINS is empty)";
  return {
    message: `Passkeys are not set up for this address (${here}): this service accepts them only at ${accepted}.`,
    fields: {},
    link,
  };
}

/** What went wrong when the browser was asked to create (or use) a passkey. */
export function browserRefusal(error: unknown, creating: boolean): Problem {
  const name = error instanceof Error ? error.name : "";
  const nothing = creating ? "No passkey was added" : "No passkey was used";
  const message = (() => {
    switch (name) {
      case "NotAllowedError":
      case "AbortError":
        return `${nothing}: the request was cancelled or took too long. Try again when you are ready.`;
      case "InvalidStateError":
        return creating
          ? "This device already has a passkey for your account. Use it to log in, or add one on another device."
          : `${nothing}: this device could not use the passkey. Try again, or use another device.`;
      case "NotSupportedError":
        return `${nothing}: this device cannot make the kind of passkey this service asks for.`;
      case "ConstraintError":
        return `${nothing}: your device cannot check that it is you. Set up a screen lock, PIN, fingerprint or face first.`;
      case "SecurityError":
        return passkeyBlocker()?.message ?? `${nothing}: this page's address cannot use passkeys.`;
      default:
        return `${nothing}: your device could not complete the request. Try again, or use another device.`;
    }
  })();
  return { message, fields: {}, link: name === "SecurityError" ? sameOriginElsewhere() : undefined };
}

const REGISTRATION_CODES: Record<string, string> = {
  invalid: "Your device's answer could not be verified, so no passkey was added. Try again.",
  taken: "This passkey is already added to an account.",
  too_many: "You have as many passkeys as an account may have. Remove one to add another.",
  too_large: "Your device's answer was too large to check. Try another device.",
};

type RegistrationRefusal = {
  __typename: string;
  message?: string;
  fields?: { field: string; code: string; message: string }[];
};

/** The service refused a new passkey: said without its field names. */
export function registrationRefusal(outcome: RegistrationRefusal): Problem {
  if (outcome.__typename === "InvalidCode") return { message: "The request expired before it was finished. Try again.", fields: {} };
  const fields: Record<string, string> = {};
  let message = "";
  for (const error of outcome.fields ?? []) {
    if (error.field === "name") fields.name = error.message;
    else message = REGISTRATION_CODES[error.code] ?? REGISTRATION_CODES.invalid;
  }
  return { message: message || (Object.keys(fields).length ? "" : (outcome.message ?? REGISTRATION_CODES.invalid)), fields };
}

/** Tell the device that a credential it just made is unknown to the service, so it can drop
 * it (Chrome 132+; elsewhere nothing happens). */
export function forgetCredential(rpId: string, credentialId: string): void {
  const signal = (PublicKeyCredential as unknown as { signalUnknownCredential?: (o: object) => Promise<void> }).signalUnknownCredential;
  if (signal) void signal.call(PublicKeyCredential, { rpId, credentialId }).catch(() => undefined);
}
