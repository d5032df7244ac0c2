// The Admin pages, for staff only: find accounts, one account with its sessions and events and
// the actions staff may take on it (each with a reason and a confirmation), and the audit log.
// The service decides who may do what; these pages only show what it allows.
import { useCallback, useState, type FormEvent } from "react";
import { Link, navigate, useRoute } from "../router";
import { Field, Notice, ProblemAlert, Submit, problemOf, retryText, useForm, type Problem } from "../ui";
import { useGuard } from "../stepUp";
import { Badge, Card, Skeleton, TimeAgo, useConfirm, useLoaded } from "../widgets";
import { adminRequest, type Staff } from "./api";
import {
  AdminUserDetail,
  AuditLog,
  DeleteUser,
  FindUsers,
  ReactivateUser,
  ResetUserTwoFactor,
  RevokeUserSessions,
  SendPasswordReset,
  SetUserRole,
  SuspendUser,
  Whoami,
} from "./documents";
import type { AccountStatus, ActionResultFieldsFragment, AdminUserDetailQuery, AuditLogQuery, FindUsersQuery, Role } from "./gql/graphql";

type Found = FindUsersQuery["users"]["edges"][number]["node"];
type Detail = NonNullable<AdminUserDetailQuery["user"]>;
type Entry = AuditLogQuery["auditLog"]["edges"][number]["node"];

const PAGE = 25;
const STATUS_TONE: Record<AccountStatus, "good" | "warn" | "neutral"> = { ACTIVE: "good", SUSPENDED: "warn", DEACTIVATED: "neutral" };

function AdminNav() {
  return (
    <p className="actions" aria-label="Admin pages">
      <Link to="/admin">Find accounts</Link>
      <Link to="/admin/audit">Audit log</Link>
    </p>
  );
}

/** What a refused page load says: the service's own words (not staff, not at AAL2, switched off). */
function refusal(problem: Problem | null) {
  return problem ? <ProblemAlert problem={problem} /> : null;
}

export function AdminSearchPage() {
  const form = useForm({ query: "", status: "", role: "" });
  const [found, setFound] = useState<Found[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const search = async (after: string | null) => {
    const { values } = form;
    const { users } = await adminRequest(FindUsers, {
      first: PAGE,
      after,
      query: values.query.trim() || null,
      status: (values.status || null) as AccountStatus | null,
      role: (values.role || null) as Role | null,
    });
    const rows = users.edges.map((edge) => edge.node);
    setFound((before) => (after && before ? [...before, ...rows] : rows));
    setNext(users.pageInfo.hasNextPage ? (users.pageInfo.endCursor ?? null) : null);
  };
  const submit = form.run(async () => {
    await search(null);
    return null;
  });
  const more = form.run(async () => {
    await search(next);
    return null;
  });
  return (
    <main>
      <h1>Admin</h1>
      <AdminNav />
      <Card title="Find accounts" id="find-accounts">
        <form onSubmit={submit} noValidate role="search">
          <Field label="Email, username or name (the start of it)" {...form.bind("query")} />
          <div className="field">
            <label htmlFor="status-filter">Status</label>
            <select id="status-filter" value={form.values.status} onChange={(e) => form.change("status", e.target.value)}>
              <option value="">Any status</option>
              <option value="ACTIVE">Active</option>
              <option value="SUSPENDED">Suspended</option>
              <option value="DEACTIVATED">Deactivated</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="role-filter">Role</label>
            <select id="role-filter" value={form.values.role} onChange={(e) => form.change("role", e.target.value)}>
              <option value="">Any role</option>
              <option value="USER">User</option>
              <option value="SUPPORT">Support</option>
              <option value="ADMIN">Admin</option>
            </select>
          </div>
          <ProblemAlert problem={form.problem} shown={["query"]} />
          <Submit busy={form.busy}>Search</Submit>
        </form>
        {found && found.length === 0 && <p className="empty">No account matches.</p>}
        {found && found.length > 0 && (
          <table className="stack" data-testid="found-accounts">
            <caption className="visually-hidden">Accounts found, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Email</th>
                <th scope="col">Status</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {found.map((user) => (
                <tr key={user.id}>
                  <td>
                    <Link to={`/admin/user?id=${encodeURIComponent(user.id)}`}>{user.username}</Link>
                    <span className="muted"> {`${user.firstName} ${user.lastName}`}</span>
                  </td>
                  <td>{user.email}</td>
                  <td>
                    <Badge tone={STATUS_TONE[user.status]}>{user.status.toLowerCase()}</Badge>
                  </td>
                  <td>{user.role}</td>
                  <td>
                    <TimeAgo iso={user.dateJoined} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {next && (
          <button type="button" className="secondary" onClick={() => void more()} disabled={form.busy}>
            Show more
          </button>
        )}
      </Card>
    </main>
  );
}

/** The answer of an action: a sentence for the notice, or the problem to show. */
function outcome(result: ActionResultFieldsFragment | null, done: string): string | Problem | null {
  if (!result) return null; // the re-authentication was cancelled
  switch (result.__typename) {
    case "UserActionDone":
      return done;
    case "RateLimited":
      return { message: `${result.message} ${retryText(result.retryAfterSeconds)}`, fields: {} };
    default:
      return problemOf(result);
  }
}

type ActionName = "suspend" | "reactivate" | "revoke" | "reset2fa" | "sendReset" | "delete" | "role";

function Actions({ user, staff, onChanged }: { user: Detail; staff: Staff; onChanged: () => Promise<void> }) {
  const form = useForm({ reason: "", role: user.role });
  const guard = useGuard();
  const { confirm, dialog } = useConfirm();
  const who = user.username;
  const act = (name: ActionName) => async (event?: FormEvent) => {
    event?.preventDefault();
    const reason = form.values.reason.trim();
    const ask: Record<ActionName, [string, string]> = {
      suspend: [`Suspend ${who}?`, "Every session ends, nobody can sign in, and the owner gets an email."],
      reactivate: [`Reactivate ${who}?`, "The account can sign in again."],
      revoke: [`End every session of ${who}?`, "Every device must sign in again."],
      reset2fa: [`Remove ${who}'s two-factor sign-in?`, "Their password alone signs in again; the owner gets an email. Check who is asking first."],
      sendReset: [`Email ${who} a password reset code?`, "A code goes to the account's address."],
      delete: [`Delete ${who} for good?`, "The account and everything of it go. This cannot be undone."],
      role: [`Make ${who} ${form.values.role}?`, "Roles decide what an account may do here."],
    };
    await form.run(async () => {
      const [title, body] = ask[name];
      if (!(await confirm({ title, body: <p>{body}</p>, confirm: title.replace(/\?$/, "") }))) return null;
      const id = user.id;
      const reasonOrNull = reason || null;
      const attempt = async (): Promise<ActionResultFieldsFragment> => {
        switch (name) {
          case "suspend":
            return (await adminRequest(SuspendUser, { id, reason })).suspendUser;
          case "reactivate":
            return (await adminRequest(ReactivateUser, { id, reason: reasonOrNull })).reactivateUser;
          case "revoke":
            return (await adminRequest(RevokeUserSessions, { id, reason: reasonOrNull })).revokeUserSessions;
          case "reset2fa":
            return (await adminRequest(ResetUserTwoFactor, { id, reason })).resetUserTwoFactor;
          case "sendReset":
            return (await adminRequest(SendPasswordReset, { id, reason: reasonOrNull })).sendPasswordReset;
          case "delete":
            return (await adminRequest(DeleteUser, { id, reason })).deleteUser;
          case "role":
            return (await adminRequest(SetUserRole, { id, role: form.values.role as Role, reason: reasonOrNull })).setUserRole;
        }
      };
      const result = await guard(attempt);
      const said = outcome(result, {
        suspend: `${who} is suspended.`,
        reactivate: `${who} is active.`,
        revoke: `Every session of ${who} ended.`,
        reset2fa: `${who}'s two-factor sign-in is removed.`,
        sendReset: `A reset code is on its way to ${user.email}.`,
        delete: `${who} is deleted.`,
        role: `${who} is ${form.values.role} now.`,
      }[name]);
      if (typeof said === "string") {
        form.change("reason", "");
        if (name === "delete") navigate("/admin");
        else await onChanged();
      }
      return said;
    })();
  };
  if (!staff.canAct) return <p className="muted">Your key or role reads only.</p>;
  return (
    <Card title="Actions" id="admin-actions">
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        <Field label="Reason (kept in the audit log; needed to suspend, reset two-factor or delete)" multiline {...form.bind("reason")} />
        <ProblemAlert problem={form.problem} shown={["reason"]} />
        {form.done && <Notice>{form.done}</Notice>}
        <div className="actions">
          {user.status === "SUSPENDED" ? (
            <button type="button" className="secondary" onClick={() => void act("reactivate")()} disabled={form.busy}>
              Reactivate
            </button>
          ) : (
            <button type="button" className="danger-outline" onClick={() => void act("suspend")()} disabled={form.busy}>
              Suspend
            </button>
          )}
          <button type="button" className="secondary" onClick={() => void act("revoke")()} disabled={form.busy}>
            End every session
          </button>
          {user.twoFactorEnabled && (
            <button type="button" className="secondary" onClick={() => void act("reset2fa")()} disabled={form.busy}>
              Remove two-factor sign-in
            </button>
          )}
          <button type="button" className="secondary" onClick={() => void act("sendReset")()} disabled={form.busy}>
            Email a password reset code
          </button>
        </div>
        {staff.canAdminister && (
          <div className="actions">
            <label htmlFor="role-choice">Role</label>
            <select id="role-choice" value={form.values.role} onChange={(e) => form.change("role", e.target.value)}>
              <option value="USER">User</option>
              <option value="SUPPORT">Support</option>
              <option value="ADMIN">Admin</option>
            </select>
            <button type="button" className="secondary" onClick={() => void act("role")()} disabled={form.busy || form.values.role === user.role}>
              Set the role
            </button>
            <button type="button" className="danger" onClick={() => void act("delete")()} disabled={form.busy}>
              Delete the account
            </button>
          </div>
        )}
      </form>
      {dialog}
    </Card>
  );
}

export function AdminUserPage({ staff }: { staff: Staff }) {
  const { query } = useRoute();
  const id = query.get("id") ?? "";
  const load = useCallback(async () => (await adminRequest(AdminUserDetail, { id })).user ?? false, [id]);
  const { data, problem, reload } = useLoaded(load);
  const user = data || null;
  return (
    <main>
      <h1>{user ? user.username : "Account"}</h1>
      <AdminNav />
      {refusal(problem)}
      {data === null && !problem && <Skeleton rows={4} label="Loading the account…" />}
      {data === false && <p className="empty">No account has this id.</p>}
      {user && (
        <>
          <Card title="Account" id="admin-account">
            <dl className="facts">
              <dt>Name</dt>
              <dd>{`${user.firstName} ${user.lastName}`}</dd>
              <dt>Email</dt>
              <dd>
                {user.email} {user.emailVerified ? <Badge tone="good">verified</Badge> : <Badge>not verified</Badge>}
              </dd>
              {user.pendingEmail && (
                <>
                  <dt>Changing to</dt>
                  <dd>{user.pendingEmail}</dd>
                </>
              )}
              <dt>Status</dt>
              <dd>
                <Badge tone={STATUS_TONE[user.status]}>{user.status.toLowerCase()}</Badge>
              </dd>
              <dt>Role</dt>
              <dd>{user.role}</dd>
              <dt>Signs in with</dt>
              <dd>
                {[
                  user.hasPassword ? "a password" : null,
                  user.twoFactorEnabled ? "an authenticator app" : null,
                  user.passkeyCount ? `${user.passkeyCount} passkey${user.passkeyCount === 1 ? "" : "s"}` : null,
                  ...user.externalIdentities.map((identity) => identity.provider),
                ]
                  .filter(Boolean)
                  .join(", ") || "nothing yet"}
              </dd>
              <dt>Joined</dt>
              <dd>
                <TimeAgo iso={user.dateJoined} />
              </dd>
              <dt>Last sign-in</dt>
              <dd>
                <TimeAgo iso={user.lastLogin} never="never" />
              </dd>
            </dl>
          </Card>
          <Actions user={user} staff={staff} onChanged={reload} />
          <Card title="Sessions" id="admin-sessions">
            {user.sessions.length === 0 && <p className="empty">No active session.</p>}
            <ul className="rows">
              {user.sessions.map((session) => (
                <li className="row" key={session.id}>
                  <div className="row-main">
                    <strong>{session.userAgent ?? "Unknown device"}</strong>
                    <span className="muted">
                      {session.ipAddress ?? "no address"} · {session.assurance} · last used <TimeAgo iso={session.lastUsedAt} />
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          </Card>
          <Card title="Security events" id="admin-events">
            {user.securityEvents.edges.length === 0 && <p className="empty">No events.</p>}
            <ul className="rows">
              {user.securityEvents.edges.map(({ node }) => (
                <li className="row" key={node.id}>
                  <div className="row-main">
                    <strong>{node.kind.toLowerCase().replace(/_/g, " ")}</strong>
                    <span className="muted">
                      <TimeAgo iso={node.at} /> · {node.ipAddress ?? "no address"}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          </Card>
        </>
      )}
    </main>
  );
}

export function AdminAuditPage() {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const form = useForm({ actor: "" });
  const load = (after: string | null) =>
    form.run(async () => {
      const actor = form.values.actor.trim() || null;
      const { auditLog } = await adminRequest(AuditLog, { first: PAGE, after, actor });
      const rows = auditLog.edges.map((edge) => edge.node);
      setEntries((before) => (after && before ? [...before, ...rows] : rows));
      setNext(auditLog.pageInfo.hasNextPage ? (auditLog.pageInfo.endCursor ?? null) : null);
      return null;
    });
  const first = useCallback(async () => {
    const { auditLog } = await adminRequest(AuditLog, { first: PAGE });
    setEntries(auditLog.edges.map((edge) => edge.node));
    setNext(auditLog.pageInfo.hasNextPage ? (auditLog.pageInfo.endCursor ?? null) : null);
    return true;
  }, []);
  const { problem } = useLoaded(first);
  return (
    <main>
      <h1>Audit log</h1>
      <AdminNav />
      {refusal(problem)}
      <Card title="Every admin action, newest first" id="audit-log">
        <form onSubmit={load(null)} noValidate role="search">
          <Field label="Only by (e.g. key:ci or user:alice)" {...form.bind("actor")} />
          <ProblemAlert problem={form.problem} shown={["actor"]} />
          <Submit busy={form.busy}>Filter</Submit>
        </form>
        {entries === null && !problem && <Skeleton rows={3} label="Loading the audit log…" />}
        {entries && entries.length === 0 && <p className="empty">Nothing yet.</p>}
        {entries && entries.length > 0 && (
          <table className="stack" data-testid="audit-entries">
            <caption className="visually-hidden">Admin actions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Account</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <TimeAgo iso={entry.at} />
                  </td>
                  <td>
                    {entry.actor} <span className="muted">({entry.actorRole})</span>
                  </td>
                  <td>
                    {entry.action.replace(/_/g, " ")}
                    {entry.detail && <span className="muted"> · {entry.detail}</span>}
                  </td>
                  <td>
                    {entry.targetId ? <Link to={`/admin/user?id=${encodeURIComponent(entry.targetId)}`}>{entry.targetLabel}</Link> : "—"}
                  </td>
                  <td>{entry.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {next && (
          <button type="button" className="secondary" onClick={() => void load(next)()} disabled={form.busy}>
            Show more
          </button>
        )}
      </Card>
    </main>
  );
}

const checkAccess = async () => (await adminRequest(Whoami)).whoami;

/** Where a non-staff account lands when it opens an Admin page: the service's refusal. */
export function AdminRefused() {
  const { data, problem } = useLoaded(checkAccess);
  return (
    <main>
      <h1>Admin</h1>
      {data === null && !problem && <Skeleton rows={1} label="Checking your access…" />}
      {problem && <ProblemAlert problem={problem} />}
      {data && <Notice>Your access is ready: reload the page.</Notice>}
    </main>
  );
}
