// Signing in and getting in: register, verify the email, log in (password, second factor,
// passkey), forgot and reset the password.
import { useState, type ChangeEvent } from "react";
import { deviceToken, keepDeviceToken, request } from "../api";
import {
  BeginPasskeyLogin,
  CompleteLogin,
  FinishPasskeyLogin,
  Login,
  RegisterUser,
  RequestEmailVerification,
  RequestPasswordReset,
  ResetPassword,
  VerifyEmail,
} from "../documents";
import type { LoginOutcomeFragment, TwoFactorMethod } from "../gql/graphql";
import { Link, afterLogin, navigate, useRoute } from "../router";
import { useSession, type User } from "../session";
import { Field, Notice, ProblemAlert, Submit, problemOf, useSubmit, useValues, type Problem } from "../ui";
import { credentialJson, requestOptions } from "../webauthn";

type Challenge = { challenge: string; methods: TwoFactorMethod[] };

/** After a session opened: keep the device token, remember the user, go to the page that
 * asked for the login (`?next=`) or the profile. */
function useSignedIn() {
  const { setUser } = useSession();
  return (user: User, token: string) => {
    keepDeviceToken(token);
    setUser(user);
    navigate(afterLogin());
  };
}

/** A LoginResult: signed in, a second factor to ask for, or the problem to show. */
function useLoginOutcome(onChallenge: (challenge: Challenge) => void) {
  const signedIn = useSignedIn();
  return (outcome: LoginOutcomeFragment): Problem | null => {
    switch (outcome.__typename) {
      case "AuthSuccess":
        signedIn(outcome.user, outcome.deviceToken);
        return null;
      case "TwoFactorRequired":
        onChallenge({ challenge: outcome.challenge, methods: outcome.methods });
        return null;
      case "EmailNotVerified":
        return { message: `${outcome.message} A new code was sent to your email.`, fields: {} };
      default:
        return problemOf(outcome);
    }
  };
}

async function passkeyLogin(identifier: string | null): Promise<LoginOutcomeFragment | Problem> {
  const begun = await request(BeginPasskeyLogin, { input: { identifier } });
  const options = begun.beginPasskeyLogin;
  if (options.__typename !== "PasskeyOptions") return problemOf(options);
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.get({ publicKey: requestOptions(options.optionsJson) });
  } catch (error) {
    return { message: `No passkey was used (${error instanceof Error ? error.message : String(error)}).`, fields: {} };
  }
  if (!(credential instanceof PublicKeyCredential)) return { message: "No passkey was used.", fields: {} };
  const finished = await request(
    FinishPasskeyLogin,
    { input: { challengeId: options.challengeId, credentialJson: credentialJson(credential), deviceToken: deviceToken() } },
    { session: true },
  );
  return finished.finishPasskeyLogin;
}

export function SecondFactor({ challenge, onRestart }: { challenge: Challenge; onRestart: () => void }) {
  const [useRecovery, setUseRecovery] = useState(false);
  const form = useValues({ code: "", recoveryCode: "" });
  const { busy, problem, run } = useSubmit();
  const outcome = useLoginOutcome(() => undefined);
  const submit = run(async () => {
    const input = useRecovery
      ? { challenge: challenge.challenge, recoveryCode: form.values.recoveryCode.trim(), deviceToken: deviceToken() }
      : { challenge: challenge.challenge, code: form.values.code.trim(), deviceToken: deviceToken() };
    const { completeLogin } = await request(CompleteLogin, { input }, { session: true });
    return outcome(completeLogin);
  });
  const passkey = run(async () => {
    const result = await passkeyLogin(null);
    return "__typename" in result ? outcome(result) : result;
  });
  return (
    <section aria-labelledby="second-factor">
      <h2 id="second-factor">Second factor</h2>
      <p>Your password was right. Confirm it is you with your authenticator app{useRecovery ? " or a recovery code" : ""}.</p>
      <form onSubmit={submit} noValidate>
        {useRecovery ? (
          <Field label="Recovery code" autoComplete="off" {...form.bind("recoveryCode")} error={problem?.fields.recoveryCode} required />
        ) : (
          <Field
            label="Code from your authenticator app"
            inputMode="numeric"
            autoComplete="one-time-code"
            {...form.bind("code")}
            error={problem?.fields.code}
            required
          />
        )}
        <ProblemAlert problem={problem} shown={["code", "recoveryCode"]} />
        <Submit busy={busy}>Continue</Submit>
      </form>
      <p className="actions">
        {challenge.methods.includes("RECOVERY_CODE") && (
          <button type="button" className="link" onClick={() => setUseRecovery(!useRecovery)}>
            {useRecovery ? "Use a code from the app instead" : "Use a recovery code instead"}
          </button>
        )}
        {challenge.methods.includes("PASSKEY") && (
          <button type="button" className="link" onClick={() => void passkey()}>
            Use a passkey instead
          </button>
        )}
        <button type="button" className="link" onClick={onRestart}>
          Start over
        </button>
      </p>
    </section>
  );
}

export function LoginPage() {
  const form = useValues({ identifier: "", password: "" });
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const { busy, problem, run } = useSubmit();
  const outcome = useLoginOutcome(setChallenge);
  const submit = run(async () => {
    const { login } = await request(Login, { input: { ...form.values, deviceToken: deviceToken() } }, { session: true });
    return outcome(login);
  });
  const passkey = run(async () => {
    const result = await passkeyLogin(form.values.identifier.trim() || null);
    return "__typename" in result ? outcome(result) : result;
  });
  return (
    <main>
      <h1>Log in</h1>
      {challenge ? (
        <SecondFactor challenge={challenge} onRestart={() => setChallenge(null)} />
      ) : (
        <>
          <form onSubmit={submit} noValidate>
            <Field label="Email or username" autoComplete="username webauthn" {...form.bind("identifier")} error={problem?.fields.identifier} required />
            <Field label="Password" type="password" autoComplete="current-password" {...form.bind("password")} error={problem?.fields.password} required />
            <ProblemAlert problem={problem} shown={["identifier", "password"]} />
            <Submit busy={busy}>Log in</Submit>
          </form>
          <p className="actions">
            <button type="button" onClick={() => void passkey()} disabled={busy}>
              Log in with a passkey
            </button>
          </p>
          <p>
            <Link to="/forgot">Forgot your password?</Link> · <Link to="/register">Create an account</Link> ·{" "}
            <Link to="/verify">Verify your email</Link>
          </p>
        </>
      )}
    </main>
  );
}

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** An image input with a preview (a data: URL: the page's CSP allows no blob: images). */
export function ImageInput({ label, error, onFile }: { label: string; error?: string; onFile: (file: File | null) => void }) {
  const [preview, setPreview] = useState<string | null>(null);
  const change = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0] ?? null;
    onFile(file);
    setPreview(file && file.type.startsWith("image/") ? await readDataUrl(file) : null);
  };
  return (
    <div className={error ? "field invalid" : "field"}>
      <label htmlFor="image-input">{label}</label>
      <input
        id="image-input"
        name="image"
        type="file"
        accept="image/png,image/jpeg,image/webp,image/gif"
        onChange={(e) => void change(e)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "image-error" : undefined}
      />
      {preview && <img className="avatar" src={preview} alt="Preview of the chosen image" />}
      {error && (
        <p className="error" id="image-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function RegisterPage() {
  const form = useValues({
    email: "",
    username: "",
    firstName: "",
    lastName: "",
    password: "",
    passwordConfirmation: "",
    bio: "",
    contact: "",
  });
  const [image, setImage] = useState<File | null>(null);
  const { busy, problem, run } = useSubmit();
  const { setUser } = useSession();
  const submit = run(async () => {
    const input = { ...form.values, image: null };
    const { registerUser } = await request(RegisterUser, { input }, { session: true, files: image ? { "input.image": image } : undefined });
    switch (registerUser.__typename) {
      case "AuthSuccess":
        keepDeviceToken(registerUser.deviceToken);
        setUser(registerUser.user);
        navigate(`/verify?email=${encodeURIComponent(registerUser.user.email)}&new=1`);
        return null;
      case "VerificationRequired":
        navigate(`/verify?email=${encodeURIComponent(registerUser.email)}&new=1`);
        return null;
      default:
        return problemOf(registerUser);
    }
  });
  const e = problem?.fields ?? {};
  return (
    <main>
      <h1>Create an account</h1>
      <form onSubmit={submit} noValidate>
        <Field label="Email" type="email" autoComplete="email" {...form.bind("email")} error={e.email} required />
        <Field label="Username" autoComplete="username" {...form.bind("username")} error={e.username} required />
        <Field label="First name" autoComplete="given-name" {...form.bind("firstName")} error={e.firstName} required />
        <Field label="Last name" autoComplete="family-name" {...form.bind("lastName")} error={e.lastName} required />
        <Field label="Password" type="password" autoComplete="new-password" {...form.bind("password")} error={e.password} required />
        <Field
          label="Repeat the password"
          type="password"
          autoComplete="new-password"
          {...form.bind("passwordConfirmation")}
          error={e.passwordConfirmation}
          required
        />
        <Field label="About you (optional)" multiline {...form.bind("bio")} error={e.bio} />
        <Field label="Contact (optional)" {...form.bind("contact")} error={e.contact} />
        <ImageInput label="Profile image (optional)" error={e.image} onFile={setImage} />
        <ProblemAlert
          problem={problem}
          shown={["email", "username", "firstName", "lastName", "password", "passwordConfirmation", "bio", "contact", "image"]}
        />
        <Submit busy={busy}>Create the account</Submit>
      </form>
      <p>
        Have an account? <Link to="/login">Log in</Link>
      </p>
    </main>
  );
}

export function VerifyPage() {
  const { query } = useRoute();
  const { user, refresh } = useSession();
  const form = useValues({ email: query.get("email") ?? user?.email ?? "", code: "" });
  const [done, setDone] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(query.get("new") ? "We sent a 6-digit code to your email." : null);
  const { busy, problem, run } = useSubmit();
  const resend = useSubmit();
  const submit = run(async () => {
    const { verifyEmail } = await request(VerifyEmail, { input: { email: form.values.email.trim(), code: form.values.code.trim() } });
    if (verifyEmail.__typename !== "EmailVerified") return problemOf(verifyEmail);
    setDone(verifyEmail.email);
    await refresh();
    return null;
  });
  const again = resend.run(async () => {
    const { requestEmailVerification } = await request(RequestEmailVerification);
    if (requestEmailVerification.__typename !== "CodeSent") return problemOf(requestEmailVerification);
    setSent(requestEmailVerification.message);
    return null;
  });
  return (
    <main>
      <h1>Verify your email</h1>
      {done ? (
        <Notice>
          <p>{done} is verified.</p>
          <p>{user ? <Link to="/">Go to your profile</Link> : <Link to="/login">Log in</Link>}</p>
        </Notice>
      ) : (
        <>
          {sent && <Notice>{sent}</Notice>}
          <form onSubmit={submit} noValidate>
            <Field label="Email" type="email" autoComplete="email" {...form.bind("email")} error={problem?.fields.email} required />
            <Field label="Code" inputMode="numeric" autoComplete="one-time-code" {...form.bind("code")} error={problem?.fields.code} required />
            <ProblemAlert problem={problem} shown={["email", "code"]} />
            <Submit busy={busy}>Verify</Submit>
          </form>
          {user && (
            <>
              <p className="actions">
                <button type="button" onClick={() => void again()} disabled={resend.busy}>
                  Send a new code
                </button>
              </p>
              <ProblemAlert problem={resend.problem} />
            </>
          )}
        </>
      )}
    </main>
  );
}

export function ForgotPage() {
  const form = useValues({ email: "", code: "", newPassword: "", newPasswordConfirmation: "" });
  const [sent, setSent] = useState<string | null>(null);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const ask = useSubmit();
  const reset = useSubmit();
  const signedIn = useSignedIn();
  const requestCode = ask.run(async () => {
    const { requestPasswordReset } = await request(RequestPasswordReset, { input: { email: form.values.email.trim() } });
    if (requestPasswordReset.__typename !== "CodeSent") return problemOf(requestPasswordReset);
    setSent(requestPasswordReset.message);
    return null;
  });
  const submit = reset.run(async () => {
    const { resetPassword } = await request(
      ResetPassword,
      { input: { ...form.values, email: form.values.email.trim(), code: form.values.code.trim() } },
      { session: true },
    );
    switch (resetPassword.__typename) {
      case "AuthSuccess":
        signedIn(resetPassword.user, resetPassword.deviceToken);
        return null;
      case "TwoFactorRequired":
        setChallenge({ challenge: resetPassword.challenge, methods: resetPassword.methods });
        return null;
      default:
        return problemOf(resetPassword);
    }
  });
  const e = reset.problem?.fields ?? {};
  if (challenge) {
    return (
      <main>
        <h1>Reset your password</h1>
        <p>The new password takes effect once you confirm the second factor.</p>
        <SecondFactor challenge={challenge} onRestart={() => setChallenge(null)} />
      </main>
    );
  }
  return (
    <main>
      <h1>Reset your password</h1>
      {!sent ? (
        <form onSubmit={requestCode} noValidate>
          <Field label="Email" type="email" autoComplete="email" {...form.bind("email")} error={ask.problem?.fields.email} required />
          <ProblemAlert problem={ask.problem} shown={["email"]} />
          <Submit busy={ask.busy}>Send me a code</Submit>
        </form>
      ) : (
        <>
          <Notice>{sent}</Notice>
          <form onSubmit={submit} noValidate>
            <Field label="Email" type="email" autoComplete="email" {...form.bind("email")} error={e.email} required />
            <Field label="Code from the email" inputMode="numeric" autoComplete="one-time-code" {...form.bind("code")} error={e.code} required />
            <Field label="New password" type="password" autoComplete="new-password" {...form.bind("newPassword")} error={e.newPassword} required />
            <Field
              label="Repeat the new password"
              type="password"
              autoComplete="new-password"
              {...form.bind("newPasswordConfirmation")}
              error={e.newPasswordConfirmation}
              required
            />
            <ProblemAlert problem={reset.problem} shown={["email", "code", "newPassword", "newPasswordConfirmation"]} />
            <Submit busy={reset.busy}>Set the new password</Submit>
          </form>
          <p className="actions">
            <button type="button" className="link" onClick={() => setSent(null)}>
              Send another code
            </button>
          </p>
        </>
      )}
      <p>
        <Link to="/login">Back to log in</Link>
      </p>
    </main>
  );
}
