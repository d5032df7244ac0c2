// The password, and the danger zone: deleting the account.
import { request } from "../api";
import { ChangePassword, DeleteAccount } from "../documents";
import { navigate } from "../router";
import { useSession } from "../session";
import { Field, Notice, ProblemAlert, Submit, WRONG_PASSWORD, problemOf, useForm } from "../ui";
import { Card, useConfirm } from "../widgets";

export function PasswordPage() {
  const form = useForm({ currentPassword: "", newPassword: "", newPasswordConfirmation: "" });
  const submit = form.run(async () => {
    const { changePassword } = await request(ChangePassword, { input: form.values }, { session: true });
    if (changePassword.__typename !== "AuthSuccess") return problemOf(changePassword, WRONG_PASSWORD);
    form.reset();
    return "Your password was changed. Your other sessions were logged out.";
  });
  return (
    <main>
      <h1>Password</h1>
      <Card title="Change your password" id="change-password">
        <form onSubmit={submit} noValidate>
          <Field label="Current password" type="password" autoComplete="current-password" {...form.bind("currentPassword")} />
          <Field
            label="New password"
            type="password"
            autoComplete="new-password"
            hint="At least 8 characters, and not easy to guess."
            {...form.bind("newPassword")}
          />
          <Field label="Repeat the new password" type="password" autoComplete="new-password" {...form.bind("newPasswordConfirmation")} />
          <ProblemAlert problem={form.problem} shown={["currentPassword", "newPassword", "newPasswordConfirmation"]} />
          {form.done && <Notice>{form.done}</Notice>}
          <Submit busy={form.busy}>Change the password</Submit>
        </form>
      </Card>
    </main>
  );
}

export function DeletePage() {
  const { setUser } = useSession();
  const form = useForm({ currentPassword: "" });
  const { confirm, dialog } = useConfirm();
  const submit = form.run(async () => {
    if (!form.values.currentPassword) return { message: "", fields: { currentPassword: "Type your current password to delete the account." } };
    const yes = await confirm({
      title: "Delete your account for good?",
      body: <p>Your profile, sessions, passkeys, activity and image are deleted, and this cannot be undone.</p>,
      confirm: "Delete my account",
    });
    if (!yes) return null;
    const { deleteAccount } = await request(DeleteAccount, { input: form.values });
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
          <Field label="Current password (to delete the account)" type="password" autoComplete="current-password" {...form.bind("currentPassword")} />
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
