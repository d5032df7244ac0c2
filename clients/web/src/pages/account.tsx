// The password (a change, or a first one for an account without), and the danger zone:
// deleting the account.
import { useState } from "react";
import { request } from "../api";
import { ChangePassword, DeleteAccount, SetPassword } from "../documents";
import { navigate } from "../router";
import { useSession, type User } from "../session";
import { useGuard } from "../stepUp";
import { Field, Notice, ProblemAlert, Submit, WRONG_PASSWORD, problemOf, useForm } from "../ui";
import { Card, useConfirm } from "../widgets";

const NEW_PASSWORD_HINT = "At least 8 characters, and not easy to guess.";

function ChangeForm() {
  const guard = useGuard();
  const form = useForm({ currentPassword: "", newPassword: "", newPasswordConfirmation: "" });
  const submit = form.run(async () => {
    const input = form.values;
    const changePassword = await guard(async () => (await request(ChangePassword, { input }, { session: true })).changePassword, {
      password: input.currentPassword,
    });
    if (!changePassword) return null;
    if (changePassword.__typename !== "AuthSuccess") return problemOf(changePassword, WRONG_PASSWORD);
    form.reset();
    return "Your password was changed. Your other sessions were logged out.";
  });
  return (
    <Card title="Change your password" id="change-password">
      <form onSubmit={submit} noValidate>
        <Field label="Current password" type="password" autoComplete="current-password" {...form.bind("currentPassword")} />
        <Field label="New password" type="password" autoComplete="new-password" hint={NEW_PASSWORD_HINT} {...form.bind("newPassword")} />
        <Field label="Repeat the new password" type="password" autoComplete="new-password" {...form.bind("newPasswordConfirmation")} />
        <ProblemAlert problem={form.problem} shown={["currentPassword", "newPassword", "newPasswordConfirmation"]} />
        {form.done && <Notice>{form.done}</Notice>}
        <Submit busy={form.busy}>Change the password</Submit>
      </form>
    </Card>
  );
}

/** An account that signs in without a password (a passkey) may add one. */
function SetForm({ onSet }: { onSet: () => void }) {
  const guard = useGuard();
  const { setUser } = useSession();
  const form = useForm({ newPassword: "", newPasswordConfirmation: "" });
  const submit = form.run(async () => {
    const input = form.values;
    const setPassword = await guard(async () => (await request(SetPassword, { input }, { session: true })).setPassword);
    if (!setPassword) return null;
    if (setPassword.__typename !== "AuthSuccess") return problemOf(setPassword);
    onSet();
    setUser(setPassword.user);
    return null;
  });
  return (
    <Card title="Set a password" id="set-password">
      <p>Your account signs in without a password. Add one to sign in with it too; your other sessions are logged out.</p>
      <form onSubmit={submit} noValidate>
        <Field label="New password" type="password" autoComplete="new-password" hint={NEW_PASSWORD_HINT} {...form.bind("newPassword")} />
        <Field label="Repeat the new password" type="password" autoComplete="new-password" {...form.bind("newPasswordConfirmation")} />
        <ProblemAlert problem={form.problem} shown={["newPassword", "newPasswordConfirmation"]} />
        <Submit busy={form.busy}>Set the password</Submit>
      </form>
    </Card>
  );
}

export function PasswordPage({ user }: { user: User }) {
  const [set, setSet] = useState(false);
  return (
    <main>
      <h1>Password</h1>
      {set && <Notice>Your password is set. Your other sessions were logged out.</Notice>}
      {user.hasPassword ? <ChangeForm key="change" /> : <SetForm key="set" onSet={() => setSet(true)} />}
    </main>
  );
}

export function DeletePage({ user }: { user: User }) {
  const { setUser } = useSession();
  const guard = useGuard();
  const form = useForm({ currentPassword: "" });
  const { confirm, dialog } = useConfirm();
  const submit = form.run(async () => {
    if (user.hasPassword && !form.values.currentPassword)
      return { message: "", fields: { currentPassword: "Type your current password to delete the account." } };
    const yes = await confirm({
      title: "Delete your account for good?",
      body: <p>Your profile, sessions, passkeys, activity and image are deleted, and this cannot be undone.</p>,
      confirm: "Delete my account",
    });
    if (!yes) return null;
    const input = form.values;
    const deleteAccount = await guard(async () => (await request(DeleteAccount, { input })).deleteAccount, { password: input.currentPassword });
    if (!deleteAccount) return null;
    if (deleteAccount.__typename !== "AccountDeleted") return problemOf(deleteAccount, WRONG_PASSWORD);
    setUser(null);
    navigate("/login?deleted=1");
    return null;
  });
  return (
    <main>
      <h1>Danger zone</h1>
      <Card title="Delete your account" id="delete" danger>
        <p>This deletes your account, its sessions, passkeys, activity and image for good. Your username and email become free for anyone.</p>
        <form onSubmit={submit} noValidate>
          {user.hasPassword && (
            <Field label="Current password (to delete the account)" type="password" autoComplete="current-password" {...form.bind("currentPassword")} />
          )}
          <ProblemAlert problem={form.problem} shown={["currentPassword"]} />
          <Submit busy={form.busy} danger>
            Delete my account
          </Submit>
        </form>
      </Card>
      {dialog}
    </main>
  );
}
