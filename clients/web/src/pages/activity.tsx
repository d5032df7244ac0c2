// Where you are signed in, and what happened on the account.
import { useCallback, useEffect, useState } from "react";
import { request } from "../api";
import { LogoutAll, RevokeSession, SecurityEvents, Sessions } from "../documents";
import type { AuthenticationMethod, SecurityEventsQuery, SessionsQuery } from "../gql/graphql";
import { navigate } from "../router";
import { useSession } from "../session";
import { Notice, ProblemAlert, problemFromError, useForm, type Problem } from "../ui";
import { Badge, Card, Device, Skeleton, TimeAgo, useConfirm, useLoaded } from "../widgets";
import { describeDevice } from "../devices";

type SessionRow = SessionsQuery["sessions"][number];

const METHOD_TEXT: Record<AuthenticationMethod, string> = {
  PASSWORD: "Password",
  TOTP: "app code",
  RECOVERY_CODE: "recovery code",
  PASSKEY: "Passkey",
  EMAIL_CODE: "Email code",
  EXTERNAL: "Another provider",
};

/** "Password + app code": how the session last proved itself. */
function proof(methods: AuthenticationMethod[]): string {
  const words = methods.map((m) => METHOD_TEXT[m]);
  if (words.length === 0) return "—";
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w.toLowerCase())).join(" + ");
}

const loadSessions = async (): Promise<SessionRow[]> => (await request(Sessions)).sessions;

export function SessionsPage() {
  const { setUser } = useSession();
  const { data: sessions, problem: loadProblem, reload: load } = useLoaded(loadSessions);
  const action = useForm({});
  const { confirm, dialog } = useConfirm();
  const revoke = (session: SessionRow) =>
    action.run(async () => {
      const yes = await confirm({
        title: "Log out this session?",
        body: <p>{describeDevice(session.userAgent)} is signed out and must log in again.</p>,
        confirm: "Log out the session",
      });
      if (!yes) return null;
      await request(RevokeSession, { id: session.id });
      await load();
      return "The session was logged out.";
    });
  const everywhere = action.run(async () => {
    const yes = await confirm({
      title: "Log out everywhere?",
      body: <p>Every session ends, this one too, and every device must log in again.</p>,
      confirm: "Log out everywhere",
    });
    if (!yes) return null;
    const { logoutAll } = await request(LogoutAll);
    setUser(null);
    navigate(`/login?loggedOut=${logoutAll.revokedSessions}`);
    return null;
  });
  return (
    <main>
      <h1>Sessions</h1>
      <Card title="Where you are signed in" id="sessions">
        <ProblemAlert problem={loadProblem ?? action.problem} />
        {action.done && <Notice>{action.done}</Notice>}
        {sessions === null && !loadProblem && <Skeleton rows={3} label="Loading your sessions…" />}
        {sessions && (
          <table className="stack">
            <caption className="visually-hidden">Active sessions, most recently used first</caption>
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">IP address</th>
                <th scope="col">Signed in</th>
                <th scope="col">Proved with</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td data-label="Device" className="cell-title">
                    <span>
                      <Device userAgent={s.userAgent} /> {s.current && <Badge tone="good">This browser</Badge>}
                    </span>
                  </td>
                  <td data-label="IP address">{s.ipAddress ?? "—"}</td>
                  <td data-label="Signed in">
                    <TimeAgo iso={s.createdAt} />
                  </td>
                  <td data-label="Proved with">
                    <span className="proof">
                      {proof(s.methods)} {s.assurance === "AAL2" && <Badge tone="good">Two factors</Badge>}{" "}
                      <span className="muted">
                        <TimeAgo iso={s.authenticatedAt} />
                      </span>
                    </span>
                  </td>
                  <td data-label="Last used">
                    <TimeAgo iso={s.lastUsedAt ?? s.createdAt} />
                  </td>
                  <td className="cell-action">
                    {!s.current && (
                      <button
                        type="button"
                        className="danger-outline small"
                        onClick={() => void revoke(s)()}
                        disabled={action.busy}
                        aria-label={`Log out ${describeDevice(s.userAgent)}, signed in ${new Date(s.createdAt).toLocaleString()}`}
                      >
                        Log out
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title="Log out everywhere" id="everywhere" danger>
        <p>Lost a device, or signed in somewhere you should not have? End every session at once.</p>
        <button type="button" className="danger" onClick={() => void everywhere()} disabled={action.busy}>
          Log out everywhere
        </button>
      </Card>
      {dialog}
    </main>
  );
}

const EVENT_TEXT: Record<string, string> = {
  REGISTERED: "Account created",
  LOGIN: "Signed in",
  LOGIN_FAILED: "Failed sign-in",
  LOGOUT: "Signed out",
  SESSION_REVOKED: "Session logged out",
  PASSWORD_CHANGED: "Password changed",
  PASSWORD_RESET: "Password reset",
  EMAIL_VERIFIED: "Email verified",
  EMAIL_CHANGED: "Email changed",
  ACCOUNT_DEACTIVATED: "Account deactivated",
  ACCOUNT_REACTIVATED: "Account reactivated",
  TWO_FACTOR_ENABLED: "Two-factor turned on",
  TWO_FACTOR_DISABLED: "Two-factor turned off",
  RECOVERY_CODE_USED: "Recovery code used",
  PASSKEY_ADDED: "Passkey added",
  PASSKEY_REMOVED: "Passkey removed",
};

type EventEdge = SecurityEventsQuery["securityEvents"]["edges"][number];
const PAGE = 10;

export function ActivityPage() {
  const [edges, setEdges] = useState<EventEdge[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const more = useCallback(async (after: string | null) => {
    setBusy(true);
    try {
      const { securityEvents } = await request(SecurityEvents, { first: PAGE, after });
      setEdges((old) => (after && old ? [...old, ...securityEvents.edges] : securityEvents.edges));
      setNext(securityEvents.pageInfo.hasNextPage ? (securityEvents.pageInfo.endCursor ?? null) : null);
      setProblem(null);
    } catch (error) {
      setProblem(problemFromError(error));
    } finally {
      setBusy(false);
    }
  }, []);
  useEffect(() => {
    void more(null);
  }, [more]);
  return (
    <main>
      <h1>Security activity</h1>
      <Card title="What happened on your account" id="events">
        <ProblemAlert problem={problem} />
        {edges === null && !problem && <Skeleton rows={4} label="Loading your activity…" />}
        {edges && (
          <table className="stack">
            <caption className="visually-hidden">Security events, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">When</th>
                <th scope="col">IP address</th>
                <th scope="col">Device</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id}>
                  <td data-label="Event" className="cell-title">
                    {EVENT_TEXT[node.kind] ?? node.kind}
                  </td>
                  <td data-label="When">
                    <TimeAgo iso={node.at} />
                  </td>
                  <td data-label="IP address">{node.ipAddress ?? "—"}</td>
                  <td data-label="Device">{node.userAgent ? <Device userAgent={node.userAgent} /> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {next && (
          <p className="actions">
            <button type="button" className="secondary" onClick={() => void more(next)} disabled={busy} aria-busy={busy || undefined}>
              Show older events
            </button>
          </p>
        )}
      </Card>
    </main>
  );
}
