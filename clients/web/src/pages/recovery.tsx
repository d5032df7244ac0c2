// The pages a code mail leads to: verify the email, and a forgotten password (ask for a code,
// then set a new password with it). A link from the mail fills in the code and the address.
// Each code goes back with the handle of the request that sent it (from the link, or from the
// answer to that request), so only that code is checked and nobody else can spend its tries.
import { useState } from "react";
import { deviceToken, keepDeviceToken, request } from "../api";
import { RequestEmailVerification, RequestPasswordReset, ResetPassword, VerifyEmail } from "../documents";
import { forgetMailLink, forgetVerifyHandle, handleFor, keepVerifyHandle, mailLinkFor, verifyHandleFor, type MailLink } from "../mailLink";
import { Link, afterLogin, handedOver, navigate } from "../router";
import { useSession } from "../session";
import { Field, Notice, ProblemAlert, Submit, problemOf, useForm } from "../ui";
import { SecondFactor } from "./auth";

const BAD_CODE = { InvalidCode: { field: "code" } };
const FROM_LINK = "The code from your email is filled in.";

/** The handle that goes with the code: the link's (for its own code), else the one the page
 * that asked for the code handed over. */
function sentWith(link: MailLink | null): { code: string | null; handle: string | null } {
  return link ? { code: link.code, handle: link.handle } : { code: null, handle: handedOver("handle") };
}

/** A verification code's handle: the link's or the asking page's, else the one this browser
 * kept when it asked for a code for that address (a verification link carries none). */
function verifyHandle(link: MailLink | null, email: string): { code: string | null; handle: string | null } {
  const sent = sentWith(link);
  return sent.handle ? sent : { ...sent, handle: verifyHandleFor(email) };
}

export function VerifyPage() {
  const { user, refresh } = useSession();
  const [link] = useState(() => mailLinkFor("/verify"));
  const form = useForm({ email: link?.email ?? handedOver("email") ?? user?.email ?? "", code: link?.code ?? "" });
  const [verified, setVerified] = useState<{ email: string; hasPassword: boolean } | null>(null);
  const [code, setCode] = useState(() => sentWith(link));
  const claim = useForm({});
  const resend = useForm({});
  const registered = handedOver("sent") === "registered";
  const sent = handedOver("sent") ? "We sent a 6-digit code to your email." : null;
  const submit = form.run(async () => {
    const email = form.values.email.trim();
    const input = { email, code: form.values.code.trim(), handle: handleFor(form.values.code, code.handle ? code : verifyHandle(link, email)) };
    const { verifyEmail } = await request(VerifyEmail, { input });
    if (verifyEmail.__typename !== "EmailVerified") return problemOf(verifyEmail, BAD_CODE);
    forgetMailLink();
    forgetVerifyHandle(verifyEmail.email);
    setVerified({ email: verifyEmail.email, hasPassword: verifyEmail.hasPassword });
    await refresh();
    return null;
  });
  const again = resend.run(async () => {
    const { requestEmailVerification } = await request(RequestEmailVerification);
    if (requestEmailVerification.__typename !== "CodeSent") return problemOf(requestEmailVerification);
    setCode({ code: null, handle: requestEmailVerification.handle });
    if (user) keepVerifyHandle(user.email, requestEmailVerification.handle);
    return requestEmailVerification.message;
  });
  // The proof claimed the account (a code without the handle of its request): no password
  // stays; a reset code sets the owner's.
  const choose = claim.run(async () => {
    const email = verified?.email ?? "";
    const { requestPasswordReset } = await request(RequestPasswordReset, { input: { email, deviceToken: deviceToken() } });
    if (requestPasswordReset.__typename !== "CodeSent") return problemOf(requestPasswordReset);
    navigate("/reset-password", false, { email, sent: requestPasswordReset.message, handle: requestPasswordReset.handle });
    return null;
  });
  if (verified) {
    return (
      <main className="auth-card">
        <h1>Verify your email</h1>
        <Notice>
          <p>{verified.email} is verified.</p>
          {!verified.hasPassword ? (
            <>
              <p>The account has no password now: whoever set the one it had did not prove this address. Choose yours with a code we email you.</p>
              <p>
                <button type="button" onClick={() => void choose()} disabled={claim.busy}>
                  Choose a password
                </button>
              </p>
              <ProblemAlert problem={claim.problem} />
            </>
          ) : user ? (
            <p>
              <Link to="/">Go to your profile</Link>
            </p>
          ) : (
            <p>
              Your account is ready. <Link to="/login">Log in</Link>
            </p>
          )}
        </Notice>
      </main>
    );
  }
  return (
    <main className="auth-card">
      <h1>Verify your email</h1>
      {link ? (
        <Notice>{FROM_LINK} Check the address and press Verify.</Notice>
      ) : registered ? (
        <Notice>
          <p>Check your mail: we sent a 6-digit code to {form.values.email || "your email"}.</p>
          <p>Enter it here, or open the link in the email, to finish creating your account. Then log in.</p>
        </Notice>
      ) : (
        sent && <Notice>{sent}</Notice>
      )}
      <form onSubmit={submit} noValidate>
        <Field label="Email" type="email" autoComplete="email" {...form.bind("email")} required />
        <Field label="Code" inputMode="numeric" autoComplete="one-time-code" hint="6 digits, from the email we sent." {...form.bind("code")} required />
        <ProblemAlert problem={form.problem} shown={["email", "code"]} />
        <Submit busy={form.busy}>Verify</Submit>
      </form>
      {user && !user.emailVerified && (
        <div className="secondary-actions">
          <button type="button" className="secondary" onClick={() => void again()} disabled={resend.busy}>
            Send a new code
          </button>
          {resend.done && <Notice>{resend.done}</Notice>}
          <ProblemAlert problem={resend.problem} />
        </div>
      )}
    </main>
  );
}

export function ForgotPage() {
  const form = useForm({ email: handedOver("email") ?? "" });
  const submit = form.run(async () => {
    const email = form.values.email.trim();
    const { requestPasswordReset } = await request(RequestPasswordReset, { input: { email, deviceToken: deviceToken() } });
    if (requestPasswordReset.__typename !== "CodeSent") return problemOf(requestPasswordReset);
    navigate("/reset-password", false, { email, sent: requestPasswordReset.message, handle: requestPasswordReset.handle });
    return null;
  });
  return (
    <main className="auth-card">
      <h1>Forgot your password?</h1>
      <p>We will email you a code to set a new one.</p>
      <form onSubmit={submit} noValidate>
        <Field label="Email" type="email" autoComplete="email" {...form.bind("email")} required />
        <ProblemAlert problem={form.problem} shown={["email"]} />
        <Submit busy={form.busy}>Send me a code</Submit>
      </form>
      <p className="switch">
        <Link to="/reset-password">I have a code</Link> · <Link to="/login">Back to log in</Link>
      </p>
    </main>
  );
}

type Challenge = Parameters<typeof SecondFactor>[0]["challenge"];

export function ResetPage() {
  const [link] = useState(() => mailLinkFor("/reset-password"));
  const form = useForm({
    email: link?.email ?? handedOver("email") ?? "",
    code: link?.code ?? "",
    newPassword: "",
    newPasswordConfirmation: "",
  });
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [code] = useState(() => sentWith(link));
  const { setUser } = useSession();
  const sent = handedOver("sent");
  const submit = form.run(async () => {
    const input = { ...form.values, email: form.values.email.trim(), code: form.values.code.trim(), handle: handleFor(form.values.code, code) };
    const { resetPassword } = await request(ResetPassword, { input }, { session: true });
    switch (resetPassword.__typename) {
      case "AuthSuccess":
        forgetMailLink();
        keepDeviceToken(resetPassword.deviceToken);
        setUser(resetPassword.user);
        navigate(afterLogin());
        return null;
      case "TwoFactorRequired":
        forgetMailLink();
        setChallenge({ challenge: resetPassword.challenge, methods: resetPassword.methods });
        return null;
      default:
        return problemOf(resetPassword, BAD_CODE);
    }
  });
  if (challenge) {
    return (
      <main className="auth-card">
        <h1>Set a new password</h1>
        <p>The new password takes effect once you confirm the second factor.</p>
        <SecondFactor challenge={challenge} onRestart={() => setChallenge(null)} />
      </main>
    );
  }
  return (
    <main className="auth-card">
      <h1>Set a new password</h1>
      {link ? <Notice>{FROM_LINK} Choose your new password.</Notice> : sent && <Notice>{sent}</Notice>}
      <form onSubmit={submit} noValidate>
        <Field label="Email" type="email" autoComplete="email" {...form.bind("email")} required />
        <Field label="Code from the email" inputMode="numeric" autoComplete="one-time-code" {...form.bind("code")} required />
        <Field label="New password" type="password" autoComplete="new-password" {...form.bind("newPassword")} required />
        <Field label="Repeat the new password" type="password" autoComplete="new-password" {...form.bind("newPasswordConfirmation")} required />
        <ProblemAlert problem={form.problem} shown={["email", "code", "newPassword", "newPasswordConfirmation"]} />
        <Submit busy={form.busy}>Set the new password</Submit>
      </form>
      <p className="switch">
        <Link to="/forgot">Send me another code</Link> · <Link to="/login">Back to log in</Link>
      </p>
    </main>
  );
}
