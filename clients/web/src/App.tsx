// The shell: the product's name and logo, the account menu, the settings sections, one <title>
// per page, and focus moved to the new content on navigation so keyboard and screen-reader users
// land on it.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ApiError, request } from "./api";
import { useStaff, type Staff } from "./admin/api";
import { AdminAuditPage, AdminRefused, AdminSearchPage, AdminUserPage } from "./admin/pages";
import { CONFIG } from "./config";
import { Logout } from "./documents";
import { DeletePage, PasswordPage } from "./pages/account";
import { ActivityPage, SessionsPage } from "./pages/activity";
import { LoginPage, RegisterPage } from "./pages/auth";
import { EmailPage } from "./pages/email";
import { Avatar, ProfilePage } from "./pages/profile";
import { ExternalReturnPage } from "./pages/external";
import { ForgotPage, ResetPage, VerifyPage } from "./pages/recovery";
import { SecurityPage } from "./pages/security";
import { Link, afterLogin, navigate, usePageTitle, useRoute } from "./router";
import { useSession, type User } from "./session";
import { Notice, ProblemAlert, problemFromError, type Problem } from "./ui";
import { Skeleton } from "./widgets";

type Page<A> = { title: string; render: (arg: A) => ReactNode };

const PUBLIC: Record<string, Page<void>> = {
  "/login": { title: "Log in", render: () => <LoginPage /> },
  "/register": { title: "Create an account", render: () => <RegisterPage /> },
  "/verify": { title: "Verify your email", render: () => <VerifyPage /> },
  "/forgot": { title: "Forgot your password", render: () => <ForgotPage /> },
  "/reset-password": { title: "Set a new password", render: () => <ResetPage /> },
  "/external": { title: "Signing in", render: () => <ExternalReturnPage /> },
};

const PRIVATE: Record<string, Page<User>> = {
  "/": { title: "Profile", render: (user) => <ProfilePage key={user.id} user={user} /> },
  "/email": { title: "Email", render: (user) => <EmailPage user={user} /> },
  "/confirm-email": { title: "Confirm your new email", render: (user) => <EmailPage user={user} /> },
  "/password": { title: "Password", render: (user) => <PasswordPage user={user} /> },
  "/security": { title: "Security", render: (user) => <SecurityPage user={user} /> },
  "/sessions": { title: "Sessions", render: () => <SessionsPage /> },
  "/activity": { title: "Security activity", render: () => <ActivityPage /> },
  "/delete": { title: "Delete your account", render: (user) => <DeletePage user={user} /> },
};

// The Admin pages: staff only (the service refuses everyone else; the others see its refusal).
const ADMIN: Record<string, Page<Staff>> = {
  "/admin": { title: "Admin", render: () => <AdminSearchPage /> },
  "/admin/user": { title: "Account · Admin", render: (staff) => <AdminUserPage staff={staff} /> },
  "/admin/audit": { title: "Audit log · Admin", render: () => <AdminAuditPage /> },
};

// Earlier addresses of pages that moved into a section.
const MOVED: Record<string, string> = { "/two-factor": "/security", "/passkeys": "/security" };

const SECTIONS: [string, string][] = [
  ["/", "Profile"],
  ["/email", "Email"],
  ["/password", "Password"],
  ["/security", "Security"],
  ["/sessions", "Sessions"],
  ["/activity", "Activity"],
  ["/delete", "Danger zone"],
];

/** The product's mark: the configured logo, or a neutral built-in one. */
function Logo() {
  if (CONFIG.logoUrl) return <img className="logo" src={CONFIG.logoUrl} alt="" />;
  return (
    <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="logo-tile" />
      <circle cx="16" cy="12.5" r="5" className="logo-mark" />
      <path d="M7.5 26c1.4-4.6 4.6-7 8.5-7s7.1 2.4 8.5 7z" className="logo-mark" />
    </svg>
  );
}

function Header({ user }: { user: User | null }) {
  const { setUser } = useSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const logout = async () => {
    setProblem(null);
    try {
      await request(Logout);
    } catch (error) {
      // Signed out already (UNAUTHENTICATED) is fine; otherwise the session cookie may still be
      // valid, so never show "Log in" as if the logout had happened.
      if (!(error instanceof ApiError && error.code === "UNAUTHENTICATED")) {
        const failed = problemFromError(error);
        setProblem({ ...failed, message: `You are still logged in: ${failed.message}` });
        return;
      }
    }
    setUser(null);
    navigate("/login");
  };
  return (
    <header className="topbar">
      <div className="topbar-inner">
        <Link to="/" className="brand">
          <Logo />
          <span>{CONFIG.productName}</span>
        </Link>
        <nav aria-label="Account">
          <ul>
            {user ? (
              <>
                <li className="who">
                  <Avatar user={user} size="small" />
                  <span className="who-name">{user.firstName}</span>
                </li>
                <li>
                  <button type="button" className="secondary small" onClick={() => void logout()}>
                    Log out
                  </button>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link to="/login">Log in</Link>
                </li>
                <li>
                  <Link to="/register">Create an account</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
      {user && problem && (
        <div className="topbar-problem">
          <ProblemAlert problem={problem} />
        </div>
      )}
    </header>
  );
}

function SettingsNav({ staff }: { staff: Staff | null }) {
  return (
    <nav aria-label="Settings" className="sidenav">
      <ul>
        {SECTIONS.map(([to, label]) => (
          <li key={to} className={to === "/delete" ? "danger-link" : undefined}>
            <Link to={to}>{label}</Link>
          </li>
        ))}
        {staff && (
          <li className="admin-link">
            <Link to="/admin">Admin</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

export function App() {
  const { path, query } = useRoute();
  const { user, loading } = useSession();
  const content = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const route = MOVED[path] ?? path;
  const staff = useStaff(user?.id ?? null);
  const page = PUBLIC[route] ?? PRIVATE[route] ?? ADMIN[route];
  usePageTitle(page?.title ?? "Page not found");

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    content.current?.focus();
  }, [path]);

  useEffect(() => {
    if (loading) return;
    if (MOVED[path]) navigate(MOVED[path], true);
    else if (!user && (PRIVATE[path] || ADMIN[path])) navigate(path === "/" ? "/login" : `/login?next=${encodeURIComponent(path)}`, true);
    else if (user && (path === "/login" || path === "/register")) navigate(afterLogin(), true);
  }, [user, loading, path]);

  let body: ReactNode;
  if (loading || (!user && (PRIVATE[route] || ADMIN[route]))) body = <Skeleton rows={4} />;
  else if (PUBLIC[route]) body = PUBLIC[route].render();
  else if (user && PRIVATE[route]) body = PRIVATE[route].render(user);
  else if (user && ADMIN[route]) body = staff ? ADMIN[route].render(staff) : <AdminRefused />;
  else
    body = (
      <main className="auth-card">
        <h1>Page not found</h1>
        <p>
          <Link to="/">Go to your account</Link>
        </p>
      </main>
    );

  const settings = Boolean(user && (PRIVATE[route] || ADMIN[route]));
  return (
    <>
      <a className="skip" href="#content">
        Skip to the content
      </a>
      <Header user={user} />
      <div className={settings ? "layout" : "layout single"}>
        {settings && <SettingsNav staff={staff} />}
        <div id="content" ref={content} tabIndex={-1}>
          {query.get("deleted") && path === "/login" && <Notice>Your account was deleted.</Notice>}
          {query.get("loggedOut") && path === "/login" && <Notice>You were logged out everywhere.</Notice>}
          {body}
        </div>
      </div>
    </>
  );
}
