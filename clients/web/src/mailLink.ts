// The links in code mails: /account/verify#code=…&email=…&handle=…,
// /account/reset-password#code=…&email=…&handle=… and /account/confirm-email#code=…. The
// fragment never reaches a server; the page takes the values out of it before anything else
// runs, drops it from the address bar (and so from the history), and keeps them for the page
// that asked, across a detour through the login page. The handle names the request that sent
// this code: sent back with it, only that code is checked (nobody else can spend its tries).

export type MailLink = { page: string; code: string; email: string | null; handle: string | null };

const KEY = "accounts.mailLink";
const CODE = /^[A-Za-z0-9-]{1,64}$/;
const HANDLE = /^[A-Za-z0-9_-]{1,128}$/;

/** Read the code of a mail link from the address (at start, and when only the fragment
 * changed: a link opened on the page it leads to); whether there was one. */
export function captureMailLink(base: string): boolean {
  const hash = window.location.hash.slice(1);
  if (!hash) return false;
  const values = new URLSearchParams(hash);
  const code = values.get("code");
  if (!code || !CODE.test(code)) return false;
  const page = window.location.pathname.slice(base.length).replace(/\/+$/, "") || "/";
  const handle = values.get("handle");
  const link: MailLink = { page, code, email: values.get("email"), handle: handle && HANDLE.test(handle) ? handle : null };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(link));
  } catch {
    /* storage refused: the page still reads it below, for this load */
  }
  memory = link;
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  return true;
}

let memory: MailLink | null = null;

/** The code (and address) a mail link brought to this page, if any. */
export function mailLinkFor(page: string): MailLink | null {
  let link = memory;
  try {
    const stored = sessionStorage.getItem(KEY);
    if (stored) link = { handle: null, ...(JSON.parse(stored) as Omit<MailLink, "handle">) };
  } catch {
    /* keep the one in memory */
  }
  return link && link.page === page ? link : null;
}

/** The code was used (or replaced by hand): forget it. */
export function forgetMailLink(): void {
  memory = null;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* nothing kept */
  }
}

/** The handle to send with `code`: the one that came with this very code (from a link), or
 * the one the request for a code answered (`code` null: the code it mailed is the one typed);
 * else none, and a code typed from another mail is compared with every live code of the
 * address. */
export function handleFor(code: string, sent: { code?: string | null; handle: string | null } | null): string | null {
  if (!sent?.handle) return null;
  return sent.code == null || sent.code === code.trim() ? sent.handle : null;
}

// The handle a registration or a sign-in answered for the verification code it sent, kept by
// address in this browser: a verification link carries no handle (a code proved without one is
// the mailbox owner's claim on the account, and drops its password), so a link opened in the
// browser that asked for the code finds its handle here and the account keeps its password.
const VERIFY_HANDLES = "accounts.verifyHandles";

function verifyHandles(): Record<string, string> {
  try {
    const stored = JSON.parse(localStorage.getItem(VERIFY_HANDLES) ?? "{}") as unknown;
    return stored && typeof stored === "object" ? (stored as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function keepVerifyHandles(handles: Record<string, string>): void {
  try {
    localStorage.setItem(VERIFY_HANDLES, JSON.stringify(handles));
  } catch {
    /* storage refused: the page that asked still hands the handle over */
  }
}

/** Keep the handle of the verification code just sent to `email` (the latest request wins). */
export function keepVerifyHandle(email: string, handle: string | null | undefined): void {
  if (!handle || !HANDLE.test(handle)) return;
  keepVerifyHandles({ ...verifyHandles(), [email.trim().toLowerCase()]: handle });
}

/** The handle this browser keeps for the latest verification code sent to `email`. */
export function verifyHandleFor(email: string | null | undefined): string | null {
  if (!email) return null;
  const handle = verifyHandles()[email.trim().toLowerCase()];
  return typeof handle === "string" && HANDLE.test(handle) ? handle : null;
}

/** The address is proved: its handle is of no more use. */
export function forgetVerifyHandle(email: string): void {
  const { [email.trim().toLowerCase()]: _, ...rest } = verifyHandles();
  keepVerifyHandles(rest);
}
