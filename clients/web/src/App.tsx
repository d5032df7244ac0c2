// The shell: navigation, the signed-out and signed-in pages, and focus moved to each page's
// heading on navigation so keyboard and screen-reader users land on the new content.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ApiError, request } from "./api";
import { Logout } from "./documents";
import { ActivityPage, ProfilePage, SessionsPage } from "./pages/account";
import { ForgotPage, LoginPage, RegisterPage, VerifyPage } from "./pages/auth";
import { PasskeysPage, TwoFactorPage } from "./pages/security";
import { Link, afterLogin, navigate, useRoute } from "./router";
import { useSession, type User } from "./session";
import { Notice, ProblemAlert, problemFromError, type Problem } from "./ui";

const PUBLIC: Record<string, () => ReactNode> = {
  "/login": () => <LoginPage />,
  "/register": () => <RegisterPage />,
  "/verify": () => <VerifyPage />,
  "/forgot": () => <ForgotPage />,
};

const PRIVATE: Record<string, (user: User) => ReactNode> = {
  "/": (user) => <ProfilePage key={user.id} user={user} />,
  "/sessions": () => <SessionsPage />,
  "/activity": () => <ActivityPage />,
  "/two-factor": (user) => <TwoFactorPage user={user} />,
  "/passkeys": () => <PasskeysPage />,
};

function Nav({ user }: { user: User | null }) {
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
    <header>
      <nav aria-label="Account">
        <ul>
          {user ? (
            <>
              <li>
                <Link to="/">Profile</Link>
              </li>
              <li>
                <Link to="/sessions">Sessions</Link>
              </li>
              <li>
                <Link to="/activity">Activity</Link>
              </li>
              <li>
                <Link to="/two-factor">Two-factor</Link>
              </li>
              <li>
                <Link to="/passkeys">Passkeys</Link>
              </li>
              <li>
                <button type="button" className="link" onClick={() => void logout()}>
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
      {user && <ProblemAlert problem={problem} />}
    </header>
  );
}

export function App() {
  const { path, query } = useRoute();
  const { user, loading } = useSession();
  const content = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    content.current?.focus();
  }, [path]);

  useEffect(() => {
    if (loading) return;
    if (!user && PRIVATE[path]) navigate(path === "/" ? "/login" : `/login?next=${encodeURIComponent(path)}`, true);
    else if (user && (path === "/login" || path === "/register")) navigate(afterLogin(), true);
  }, [user, loading, path]);

  let page: ReactNode;
  if (loading) page = <p>Loading…</p>;
  else if (PUBLIC[path]) page = PUBLIC[path]();
  else if (user && PRIVATE[path]) page = PRIVATE[path](user);
  else if (PRIVATE[path]) page = <p>Loading…</p>;
  else
    page = (
      <main>
        <h1>Not found</h1>
        <p>
          <Link to="/">Go to your account</Link>
        </p>
      </main>
    );

  return (
    <>
      <a className="skip" href="#content">
        Skip to the content
      </a>
      <Nav user={user} />
      <div id="content" ref={content} tabIndex={-1}>
        {query.get("deleted") && path === "/login" && <Notice>Your account was deleted.</Notice>}
        {query.get("loggedOut") && path === "/login" && <Notice>You were logged out everywhere.</Notice>}
        {page}
      </div>
    </>
  );
}
