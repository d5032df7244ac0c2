// The links in code mails: /account/verify#code=…&email=…, /account/reset-password#code=…&email=…
// and /account/confirm-email#code=…. The fragment never reaches a server; the page takes the
// values out of it before anything else runs, drops it from the address bar (and so from the
// history), and keeps them for the page that asked, across a detour through the login page.

export type MailLink = { page: string; code: string; email: string | null };

const KEY = "accounts.mailLink";
const CODE = /^[A-Za-z0-9-]{1,64}$/;

/** Read the code of a mail link from the address (at start, and when only the fragment
 * changed: a link opened on the page it leads to); whether there was one. */
export function captureMailLink(base: string): boolean {
  const hash = window.location.hash.slice(1);
  if (!hash) return false;
  const values = new URLSearchParams(hash);
  const code = values.get("code");
  if (!code || !CODE.test(code)) return false;
  const page = window.location.pathname.slice(base.length).replace(/\/+$/, "") || "/";
  const link: MailLink = { page, code, email: values.get("email") };
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
    if (stored) link = JSON.parse(stored) as MailLink;
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
