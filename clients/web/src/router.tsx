// Client-side routes under /account/ (the service answers index.html for every one of them).
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from "react";
import { CONFIG } from "./config";

export const BASE = "/account";

function current(): string {
  const path = window.location.pathname.startsWith(BASE) ? window.location.pathname.slice(BASE.length) : "/";
  return path.replace(/\/+$/, "") || "/";
}

/** Go to a page of the app; `state` travels with it in the history (an address typed on one page
 * and needed on the next stays out of the URL). */
export function navigate(path: string, replace = false, state: Record<string, string> | null = null): void {
  const url = BASE + path;
  if (replace) window.history.replaceState(state, "", url);
  else window.history.pushState(state, "", url);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

/** What the previous page handed over with `navigate(…, state)`. */
export function handedOver(name: string): string | null {
  const state = window.history.state as Record<string, unknown> | null;
  const value = state?.[name];
  return typeof value === "string" ? value : null;
}

/** Where a login goes: the account page that sent the user to log in (`?next=/sessions`), else
 * the profile. Only a path of this app (one segment): never another site. */
export function afterLogin(): string {
  const next = new URLSearchParams(window.location.search).get("next");
  return next && /^\/[a-z-]*$/.test(next) ? next : "/";
}

export function useRoute(): { path: string; query: URLSearchParams } {
  const [route, setRoute] = useState(() => ({ path: current(), query: new URLSearchParams(window.location.search) }));
  useEffect(() => {
    const update = () => setRoute({ path: current(), query: new URLSearchParams(window.location.search) });
    window.addEventListener("popstate", update);
    return () => window.removeEventListener("popstate", update);
  }, []);
  return route;
}

/** The page's <title>: "Sessions · Acme". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${CONFIG.productName}`;
  }, [title]);
}

export function Link({ to, ...props }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  const active = current() === to.split("?")[0];
  return <a href={BASE + to} onClick={onClick} aria-current={active ? "page" : undefined} {...props} />;
}
