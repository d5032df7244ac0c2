// The signed-in pages: profile (details, email, password, image, deletion), sessions and the
// security activity.
import { useCallback, useEffect, useState } from "react";
import { request } from "../api";
import {
  ChangePassword,
  ConfirmEmailChange,
  DeleteAccount,
  LogoutAll,
  RevokeSession,
  SecurityEvents,
  Sessions,
  UpdateUser,
} from "../documents";
import type { SecurityEventsQuery, SessionsQuery, UpdateOutcomeFragment } from "../gql/graphql";
import { Link, navigate } from "../router";
import { useSession, type User } from "../session";
import { Field, Notice, ProblemAlert, Submit, problemFromError, problemOf, useSubmit, useValues, when, type Problem } from "../ui";
import { ImageInput } from "./auth";

function updated(outcome: UpdateOutcomeFragment, setUser: (user: User) => void): Problem | null {
  if (outcome.__typename === "UpdateUserSuccess") {
    setUser(outcome.user);
    return null;
  }
  return problemOf(outcome);
}

function Details({ user }: { user: User }) {
  const { setUser } = useSession();
  const form = useValues({ username: user.username, firstName: user.firstName, lastName: user.lastName, bio: user.bio, contact: user.contact });
  const [saved, setSaved] = useState(false);
  const { busy, problem, run } = useSubmit();
  const submit = run(async () => {
    setSaved(false);
    const { updateUser } = await request(UpdateUser, { input: form.values });
    const failed = updated(updateUser, setUser);
    setSaved(!failed);
    return failed;
  });
  const e = problem?.fields ?? {};
  return (
    <section aria-labelledby="details">
      <h2 id="details">Your details</h2>
      <form onSubmit={submit} noValidate>
        <Field label="Username" autoComplete="username" {...form.bind("username")} error={e.username} />
        <Field label="First name" autoComplete="given-name" {...form.bind("firstName")} error={e.firstName} />
        <Field label="Last name" autoComplete="family-name" {...form.bind("lastName")} error={e.lastName} />
        <Field label="About you" multiline {...form.bind("bio")} error={e.bio} />
        <Field label="Contact" {...form.bind("contact")} error={e.contact} />
        <ProblemAlert problem={problem} shown={["username", "firstName", "lastName", "bio", "contact"]} />
        {saved && <Notice>Saved.</Notice>}
        <Submit busy={busy}>Save details</Submit>
      </form>
    </section>
  );
}

function Image({ user }: { user: User }) {
  const { setUser } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // A new key empties the file input and its preview once the image is saved.
  const [chooser, setChooser] = useState(0);
  const { busy, problem, run } = useSubmit();
  const upload = run(async () => {
    setDone(null);
    if (!file) return { message: "Choose an image first.", fields: {} };
    const { updateUser } = await request(UpdateUser, { input: { image: null } }, { files: { "input.image": file } });
    const failed = updated(updateUser, setUser);
    if (!failed) {
      setFile(null);
      setChooser((n) => n + 1);
      setDone("Image updated.");
    }
    return failed;
  });
  const remove = run(async () => {
    setDone(null);
    const { updateUser } = await request(UpdateUser, { input: { removeImage: true } });
    const failed = updated(updateUser, setUser);
    if (!failed) setDone("Image removed.");
    return failed;
  });
  return (
    <section aria-labelledby="image">
      <h2 id="image">Profile image</h2>
      {user.imageUrl ? <img className="avatar" src={user.imageUrl} alt="Your profile image" /> : <p>No image yet.</p>}
      <form onSubmit={upload} noValidate>
        <ImageInput key={chooser} label="New image" error={problem?.fields.image} onFile={setFile} />
        <ProblemAlert problem={problem} shown={["image"]} />
        {done && <Notice>{done}</Notice>}
        <Submit busy={busy}>Upload</Submit>
        {user.imageUrl && (
          <button type="button" onClick={() => void remove()} disabled={busy}>
            Remove the image
          </button>
        )}
      </form>
    </section>
  );
}

function Email({ user }: { user: User }) {
  const { setUser } = useSession();
  const form = useValues({ email: "", currentPassword: "" });
  const confirm = useValues({ code: "" });
  const change = useSubmit();
  const confirming = useSubmit();
  const submit = change.run(async () => {
    const { updateUser } = await request(UpdateUser, { input: { email: form.values.email.trim(), currentPassword: form.values.currentPassword } });
    const failed = updated(updateUser, setUser);
    if (!failed) form.reset();
    return failed;
  });
  const submitCode = confirming.run(async () => {
    const { confirmEmailChange } = await request(ConfirmEmailChange, { input: { code: confirm.values.code.trim() } });
    const failed = updated(confirmEmailChange, setUser);
    if (!failed) confirm.reset();
    return failed;
  });
  return (
    <section aria-labelledby="email">
      <h2 id="email">Email</h2>
      <p>
        {user.email} {user.emailVerified ? "(verified)" : <Link to="/verify">(not verified: verify it)</Link>}
      </p>
      {user.pendingEmail && (
        <form onSubmit={submitCode} noValidate>
          <Notice>We sent a code to {user.pendingEmail}. Enter it to make it your email.</Notice>
          <Field label="Code sent to the new address" inputMode="numeric" autoComplete="one-time-code" {...confirm.bind("code")} error={confirming.problem?.fields.code} />
          <ProblemAlert problem={confirming.problem} shown={["code"]} />
          <Submit busy={confirming.busy}>Confirm the new email</Submit>
        </form>
      )}
      <form onSubmit={submit} noValidate>
        <Field label="New email" type="email" autoComplete="email" {...form.bind("email")} error={change.problem?.fields.email} />
        <Field
          label="Current password"
          type="password"
          autoComplete="current-password"
          {...form.bind("currentPassword")}
          error={change.problem?.fields.currentPassword}
        />
        <ProblemAlert problem={change.problem} shown={["email", "currentPassword"]} />
        <Submit busy={change.busy}>Change the email</Submit>
      </form>
    </section>
  );
}

function Password() {
  const form = useValues({ currentPassword: "", newPassword: "", newPasswordConfirmation: "" });
  const [done, setDone] = useState(false);
  const { busy, problem, run } = useSubmit();
  const submit = run(async () => {
    setDone(false);
    const { changePassword } = await request(ChangePassword, { input: form.values }, { session: true });
    if (changePassword.__typename !== "AuthSuccess") return problemOf(changePassword);
    form.reset();
    setDone(true);
    return null;
  });
  const e = problem?.fields ?? {};
  return (
    <section aria-labelledby="password">
      <h2 id="password">Password</h2>
      <form onSubmit={submit} noValidate>
        <Field label="Current password" type="password" autoComplete="current-password" {...form.bind("currentPassword")} error={e.currentPassword} />
        <Field label="New password" type="password" autoComplete="new-password" {...form.bind("newPassword")} error={e.newPassword} />
        <Field
          label="Repeat the new password"
          type="password"
          autoComplete="new-password"
          {...form.bind("newPasswordConfirmation")}
          error={e.newPasswordConfirmation}
        />
        <ProblemAlert problem={problem} shown={["currentPassword", "newPassword", "newPasswordConfirmation"]} />
        {done && <Notice>Password changed. Your other sessions were logged out.</Notice>}
        <Submit busy={busy}>Change the password</Submit>
      </form>
    </section>
  );
}

function Delete() {
  const { setUser } = useSession();
  const form = useValues({ currentPassword: "" });
  const { busy, problem, run } = useSubmit();
  const submit = run(async () => {
    const { deleteAccount } = await request(DeleteAccount, { input: form.values });
    if (deleteAccount.__typename !== "AccountDeleted") return problemOf(deleteAccount);
    setUser(null);
    navigate("/login?deleted=1");
    return null;
  });
  return (
    <section aria-labelledby="delete">
      <h2 id="delete">Delete the account</h2>
      <p>This deletes your account, its sessions, passkeys, activity and image for good.</p>
      <form onSubmit={submit} noValidate>
        <Field
          label="Current password (to delete the account)"
          type="password"
          autoComplete="current-password"
          {...form.bind("currentPassword")}
          error={problem?.fields.currentPassword}
        />
        <ProblemAlert problem={problem} shown={["currentPassword"]} />
        <Submit busy={busy} danger>
          Delete my account
        </Submit>
      </form>
    </section>
  );
}

export function ProfilePage({ user }: { user: User }) {
  return (
    <main>
      <h1>
        {user.firstName} {user.lastName}
      </h1>
      <p>
        @{user.username} · joined {when(user.dateJoined)}
      </p>
      <Details key={`details-${user.id}`} user={user} />
      <Email user={user} />
      <Image user={user} />
      <Password />
      <Delete />
    </main>
  );
}

type SessionRow = SessionsQuery["sessions"][number];

export function SessionsPage() {
  const { setUser } = useSession();
  const [sessions, setSessions] = useState<SessionRow[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { busy, problem, run } = useSubmit();
  const load = useCallback(async () => {
    const { sessions } = await request(Sessions);
    setSessions(sessions);
  }, []);
  useEffect(() => {
    void run(load)();
  }, [load]);
  const revoke = (id: string) =>
    run(async () => {
      await request(RevokeSession, { id });
      await load();
      setMessage("The session was logged out.");
    });
  const everywhere = run(async () => {
    const { logoutAll } = await request(LogoutAll);
    setUser(null);
    navigate(`/login?loggedOut=${logoutAll.revokedSessions}`);
  });
  return (
    <main>
      <h1>Sessions</h1>
      <p>Every device and browser signed in to your account.</p>
      {message && <Notice>{message}</Notice>}
      <ProblemAlert problem={problem} />
      {sessions && (
        <table>
          <caption>Active sessions, most recently used first</caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">IP address</th>
              <th scope="col">Signed in</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.userAgent ?? "Unknown device"}
                  {s.current && <strong> (this browser)</strong>}
                </td>
                <td>{s.ipAddress ?? "—"}</td>
                <td>{when(s.createdAt)}</td>
                <td>{when(s.lastUsedAt)}</td>
                <td>
                  {!s.current && (
                    <button type="button" onClick={() => void revoke(s.id)()} disabled={busy} aria-label={`Log out the session from ${when(s.createdAt)}`}>
                      Log out
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="actions">
        <button type="button" onClick={() => void everywhere()} disabled={busy}>
          Log out everywhere
        </button>
      </p>
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
  const [edges, setEdges] = useState<EventEdge[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const more = useCallback(async (after: string | null) => {
    setBusy(true);
    try {
      const { securityEvents } = await request(SecurityEvents, { first: PAGE, after });
      setEdges((old) => (after ? [...old, ...securityEvents.edges] : securityEvents.edges));
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
      <ProblemAlert problem={problem} />
      <table>
        <caption>What happened on your account, newest first</caption>
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
              <td>{EVENT_TEXT[node.kind] ?? node.kind}</td>
              <td>{when(node.at)}</td>
              <td>{node.ipAddress ?? "—"}</td>
              <td>{node.userAgent ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {next && (
        <p className="actions">
          <button type="button" onClick={() => void more(next)} disabled={busy}>
            Show older events
          </button>
        </p>
      )}
    </main>
  );
}
