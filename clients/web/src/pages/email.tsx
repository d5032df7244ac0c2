// The email address: whether it is verified, a change waiting for its code (which a link in
// the mail fills in), and a change of address.
import { useState } from "react";
import { request } from "../api";
import { ConfirmEmailChange, UpdateUser } from "../documents";
import { forgetMailLink, mailLinkFor } from "../mailLink";
import { Link } from "../router";
import { useSession, type User } from "../session";
import { useGuard } from "../stepUp";
import { Field, Notice, ProblemAlert, Submit, WRONG_PASSWORD, useForm } from "../ui";
import { Badge, Card } from "../widgets";
import { updated } from "./profile";

function Pending({ user, onConfirmed }: { user: User; onConfirmed: (email: string) => void }) {
  const { setUser } = useSession();
  const [link] = useState(() => mailLinkFor("/confirm-email"));
  const form = useForm({ code: link?.code ?? "" });
  const submit = form.run(async () => {
    const { confirmEmailChange } = await request(ConfirmEmailChange, { input: { code: form.values.code.trim() } });
    const failed = updated(confirmEmailChange, setUser, { InvalidCode: { field: "code" } });
    if (failed) return failed;
    forgetMailLink();
    if (confirmEmailChange.__typename === "UpdateUserSuccess") onConfirmed(confirmEmailChange.user.email);
    return null;
  });
  return (
    <Card title="Confirm your new email" id="confirm-email">
      <p>
        We sent a code to <strong>{user.pendingEmail}</strong>. Enter it to make it your email.
      </p>
      {link && <Notice>The code from your email is filled in. Press Confirm to finish.</Notice>}
      <form onSubmit={submit} noValidate>
        <Field label="Code sent to the new address" inputMode="numeric" autoComplete="one-time-code" {...form.bind("code")} />
        <ProblemAlert problem={form.problem} shown={["code"]} />
        <Submit busy={form.busy}>Confirm the new email</Submit>
      </form>
    </Card>
  );
}

function Change({ user, onChanged }: { user: User; onChanged: () => void }) {
  const { setUser } = useSession();
  const guard = useGuard();
  const form = useForm({ email: "", currentPassword: "" });
  const submit = form.run(async () => {
    // The password re-authenticates the session on the spot; without one (an account with no
    // password, or a second factor to prove too) the service asks, and the dialog answers.
    const input = { email: form.values.email.trim(), currentPassword: form.values.currentPassword || null };
    const updateUser = await guard(async () => (await request(UpdateUser, { input })).updateUser, { password: form.values.currentPassword });
    if (!updateUser) return null;
    const failed = updated(updateUser, setUser, WRONG_PASSWORD);
    if (failed) return failed;
    form.reset();
    onChanged();
    return null;
  });
  return (
    <Card title="Change your email" id="change-email">
      <form onSubmit={submit} noValidate>
        <Field label="New email" type="email" autoComplete="email" {...form.bind("email")} />
        {user.hasPassword && (
          <Field label="Current password" type="password" autoComplete="current-password" {...form.bind("currentPassword")} />
        )}
        <ProblemAlert problem={form.problem} shown={["email", "currentPassword"]} />
        <Submit busy={form.busy}>Change the email</Submit>
      </form>
    </Card>
  );
}

export function EmailPage({ user }: { user: User }) {
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const [link] = useState(() => mailLinkFor("/confirm-email"));
  return (
    <main>
      <h1>Email</h1>
      <Card title="Your email" id="current-email">
        <p className="email-line">
          <strong>{user.email}</strong>{" "}
          {user.emailVerified ? <Badge tone="good">Verified</Badge> : <Badge tone="warn">Not verified</Badge>}
        </p>
        {!user.emailVerified && (
          <p>
            <Link to="/verify">Verify your email</Link> to use two-factor sign-in and passkeys.
          </p>
        )}
        {confirmed && <Notice>{confirmed} is now your email.</Notice>}
      </Card>
      {user.pendingEmail && <Pending user={user} onConfirmed={setConfirmed} />}
      {!user.pendingEmail && link && !confirmed && (
        <Notice warn>No change of email is waiting for this code: it was confirmed already, or replaced by a newer one.</Notice>
      )}
      <Change user={user} onChanged={() => setConfirmed(null)} />
    </main>
  );
}
