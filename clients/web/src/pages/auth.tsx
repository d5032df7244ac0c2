// Getting in: log in (password, second factor, passkey) and create an account.
import { useEffect, useState, type ChangeEvent } from "react";
import { deviceToken, keepDeviceToken, request } from "../api";
import { BeginPasskeyLogin, CompleteLogin, ExternalProviders, FinishPasskeyLogin, Login, LoginWithCode, RegisterUser, RequestLoginCode } from "../documents";
import { beginExternal } from "../external";
import type { LoginOutcomeFragment, TwoFactorMethod } from "../gql/graphql";
import { forgetMailLink, handleFor, keepVerifyHandle, mailLinkFor } from "../mailLink";
import { browserRefusal, passkeyBlocker } from "../passkeys";
import { Link, afterLogin, navigate } from "../router";
import { useSession, type User } from "../session";
import { Field, Notice, ProblemAlert, Submit, problemOf, useForm, type Problem } from "../ui";
import { credentialJson, requestOptions } from "../webauthn";

type Challenge = { challenge: string; methods: TwoFactorMethod[] };

const WRONG_CODE = "The code is wrong or was already used.";
const NEXT_CODE_HINT =
  "If you have just used this code (to turn two-factor on, say), wait for the next one: your app shows a new code every 30 seconds.";

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
export function useLoginOutcome(onChallenge: (challenge: Challenge) => void) {
  const signedIn = useSignedIn();
  return (outcome: LoginOutcomeFragment, identifier?: string): Problem | null => {
    switch (outcome.__typename) {
      case "AuthSuccess":
        signedIn(outcome.user, outcome.deviceToken);
        return null;
      case "TwoFactorRequired":
        onChallenge({ challenge: outcome.challenge, methods: outcome.methods });
        return null;
      case "EmailNotVerified": {
        // The code this sign-in sent goes back with its handle: the password stays.
        const email = identifier?.includes("@") ? identifier.trim() : null;
        if (email) keepVerifyHandle(email, outcome.handle);
        navigate("/verify", false, { ...(email ? { email } : {}), sent: "login", handle: outcome.handle ?? "" });
        return null;
      }
      case "InvalidCredentials":
        if (outcome.message === WRONG_CODE) return { message: `${outcome.message} ${NEXT_CODE_HINT}`, fields: {} };
        return problemOf(outcome);
      default:
        return problemOf(outcome);
    }
  };
}

async function passkeyLogin(identifier: string | null): Promise<LoginOutcomeFragment | Problem> {
  const blocked = passkeyBlocker();
  if (blocked) return blocked;
  const begun = await request(BeginPasskeyLogin, { input: { identifier } });
  const options = begun.beginPasskeyLogin;
  if (options.__typename !== "PasskeyOptions") return problemOf(options);
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.get({ publicKey: requestOptions(options.optionsJson) });
  } catch (error) {
    return browserRefusal(error, false);
  }
  if (!(credential instanceof PublicKeyCredential)) return browserRefusal(null, false);
  const finished = await request(
    FinishPasskeyLogin,
    { input: { challengeId: options.challengeId, credentialJson: credentialJson(credential), deviceToken: deviceToken() } },
    { session: true },
  );
  return finished.finishPasskeyLogin;
}

export function SecondFactor({ challenge, onRestart }: { challenge: Challenge; onRestart: () => void }) {
  const [useRecovery, setUseRecovery] = useState(false);
  const form = useForm({ code: "", recoveryCode: "" });
  const outcome = useLoginOutcome(() => undefined);
  const submit = form.run(async () => {
    const input = useRecovery
      ? { challenge: challenge.challenge, recoveryCode: form.values.recoveryCode.trim(), deviceToken: deviceToken() }
      : { challenge: challenge.challenge, code: form.values.code.trim(), deviceToken: deviceToken() };
    const { completeLogin } = await request(CompleteLogin, { input }, { session: true });
    return outcome(completeLogin);
  });
  const passkey = form.run(async () => {
    const result = await passkeyLogin(null);
    return "__typename" in result ? outcome(result) : result;
  });
  return (
    <section aria-labelledby="second-factor">
      <h2 id="second-factor">Second factor</h2>
      <p>One more step: confirm it is you with your authenticator app{useRecovery ? " or a recovery code" : ""}.</p>
      <form onSubmit={submit} noValidate>
        {useRecovery ? (
          <Field label="Recovery code" autoComplete="off" {...form.bind("recoveryCode")} required />
        ) : (
          <Field label="Code from your authenticator app" inputMode="numeric" autoComplete="one-time-code" {...form.bind("code")} required />
        )}
        <ProblemAlert problem={form.problem} shown={["code", "recoveryCode"]} />
        <Submit busy={form.busy}>Continue</Submit>
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

/** "Continue with …" for each configured provider: the browser leaves for the provider and
 * comes back to /external. */
function ExternalButtons({ busy }: { busy: boolean }) {
  const [providers, setProviders] = useState<{ id: string; displayName: string }[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    request(ExternalProviders)
      .then((data) => setProviders(data.externalProviders))
      .catch(() => setProviders([]));
  }, []);
  if (providers.length === 0) return null;
  const go = async (id: string) => {
    setProblem(null);
    const begun = await beginExternal(id, "login");
    if (begun.__typename !== "ExternalLoginStarted") setProblem(problemOf(begun));
  };
  return (
    <div className="external-providers">
      {providers.map((p) => (
        <button key={p.id} type="button" className="secondary wide" onClick={() => void go(p.id)} disabled={busy}>
          Continue with {p.displayName}
        </button>
      ))}
      <ProblemAlert problem={problem} />
    </div>
  );
}

/** Sign in with a code mailed to the address (`requestLoginCode`, then `loginWithCode`); a link
 * from that mail fills in the address and the code. */
function CodeLogin({ onChallenge, onPassword }: { onChallenge: (challenge: Challenge) => void; onPassword: () => void }) {
  const [link] = useState(() => mailLinkFor("/login"));
  const [sent, setSent] = useState<{ code: string | null; handle: string | null; message: string } | null>(
    link ? { code: link.code, handle: link.handle, message: "The code from your email is filled in. Press Sign in." } : null,
  );
  const ask = useForm({ email: link?.email ?? "" });
  const form = useForm({ code: link?.code ?? "" });
  const outcome = useLoginOutcome(onChallenge);
  const request_ = ask.run(async () => {
    const email = ask.values.email.trim();
    const { requestLoginCode } = await request(RequestLoginCode, { input: { email, deviceToken: deviceToken() } });
    if (requestLoginCode.__typename !== "CodeSent") return problemOf(requestLoginCode);
    setSent({ code: null, handle: requestLoginCode.handle, message: `We sent a 6-digit code to ${email}, if it has an account.` });
    return null;
  });
  const submit = form.run(async () => {
    const code = form.values.code.trim();
    const input = { email: ask.values.email.trim(), code, handle: handleFor(code, sent), deviceToken: deviceToken() };
    const { loginWithCode } = await request(LoginWithCode, { input }, { session: true });
    const problem = outcome(loginWithCode);
    if (!problem) forgetMailLink();
    return problem;
  });
  return (
    <section aria-labelledby="code-login">
      <h2 id="code-login">Sign in with a code by email</h2>
      {!sent ? (
        <form onSubmit={request_} noValidate>
          <Field label="Email" type="email" autoComplete="email" {...ask.bind("email")} required />
          <ProblemAlert problem={ask.problem} shown={["email"]} />
          <Submit busy={ask.busy}>Email me a code</Submit>
        </form>
      ) : (
        <>
          <Notice>{sent.message}</Notice>
          <form onSubmit={submit} noValidate>
            <Field label="Email" type="email" autoComplete="email" {...ask.bind("email")} required />
            <Field label="Code from the email" inputMode="numeric" autoComplete="one-time-code" hint="6 digits." {...form.bind("code")} required />
            <ProblemAlert problem={form.problem} shown={["code"]} />
            <Submit busy={form.busy}>Sign in</Submit>
          </form>
        </>
      )}
      <p className="actions">
        {sent && (
          <button type="button" className="link" onClick={() => setSent(null)}>
            Send another code
          </button>
        )}
        <button type="button" className="link" onClick={onPassword}>
          Use your password instead
        </button>
      </p>
    </section>
  );
}

export function LoginPage() {
  const form = useForm({ identifier: "", password: "" });
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [byCode, setByCode] = useState(() => mailLinkFor("/login") !== null);
  const outcome = useLoginOutcome(setChallenge);
  const submit = form.run(async () => {
    const { login } = await request(Login, { input: { ...form.values, deviceToken: deviceToken() } }, { session: true });
    return outcome(login, form.values.identifier);
  });
  const passkey = form.run(async () => {
    const result = await passkeyLogin(form.values.identifier.trim() || null);
    return "__typename" in result ? outcome(result) : result;
  });
  return (
    <main className="auth-card">
      <h1>Log in</h1>
      {challenge ? (
        <SecondFactor challenge={challenge} onRestart={() => setChallenge(null)} />
      ) : byCode ? (
        <CodeLogin onChallenge={setChallenge} onPassword={() => setByCode(false)} />
      ) : (
        <>
          <form onSubmit={submit} noValidate>
            <Field label="Email or username" autoComplete="username webauthn" {...form.bind("identifier")} required />
            <Field label="Password" type="password" autoComplete="current-password" {...form.bind("password")} required />
            <p className="form-aside">
              <Link to="/forgot">Forgot your password?</Link>
            </p>
            <ProblemAlert problem={form.problem} shown={["identifier", "password"]} />
            <Submit busy={form.busy}>Log in</Submit>
          </form>
          <p className="divider">
            <span>or</span>
          </p>
          <button type="button" className="secondary wide" onClick={() => void passkey()} disabled={form.busy}>
            Log in with a passkey
          </button>
          <button type="button" className="secondary wide" onClick={() => setByCode(true)} disabled={form.busy}>
            Email me a code
          </button>
          <ExternalButtons busy={form.busy} />
          <p className="switch">
            New here? <Link to="/register">Create an account</Link> · <Link to="/verify">Verify your email</Link>
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
        aria-describedby={error ? "image-error" : "image-hint"}
      />
      <p className="hint" id="image-hint">
        PNG, JPEG, WebP or GIF.
      </p>
      {preview && <img className="avatar" src={preview} alt="Preview of the chosen image" />}
      {error && (
        <p className="error" id="image-error">
          {error}
        </p>
      )}
    </div>
  );
}

const REGISTRATION_FIELDS = ["email", "username", "firstName", "lastName", "password", "passwordConfirmation", "bio", "contact", "image"];

export function RegisterPage() {
  const form = useForm({
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
  const { setUser } = useSession();
  const chooseImage = (file: File | null) => {
    setImage(file);
    form.setProblem((p) => (p && "image" in p.fields ? { ...p, fields: Object.fromEntries(Object.entries(p.fields).filter(([f]) => f !== "image")) } : p));
  };
  const submit = form.run(async () => {
    const input = { ...form.values, image: null };
    const { registerUser } = await request(RegisterUser, { input }, { session: true, files: image ? { "input.image": image } : undefined });
    switch (registerUser.__typename) {
      case "AuthSuccess":
        keepDeviceToken(registerUser.deviceToken);
        setUser(registerUser.user);
        navigate("/verify", false, { email: registerUser.user.email, sent: "1" });
        return null;
      case "VerificationRequired":
        // No session until the address is proved: the code (with this request's handle), then a login.
        keepVerifyHandle(registerUser.email, registerUser.handle);
        navigate("/verify", false, { email: registerUser.email, sent: "registered", handle: registerUser.handle });
        return null;
      default:
        return problemOf(registerUser);
    }
  });
  return (
    <main className="auth-card">
      <h1>Create an account</h1>
      <form onSubmit={submit} noValidate>
        <Field label="Email" type="email" autoComplete="email" {...form.bind("email")} required />
        <Field label="Username" autoComplete="username" hint="6 to 150 characters: letters, digits, dots, dashes or underscores." {...form.bind("username")} required />
        <div className="pair">
          <Field label="First name" autoComplete="given-name" {...form.bind("firstName")} required />
          <Field label="Last name" autoComplete="family-name" {...form.bind("lastName")} required />
        </div>
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters, and not easy to guess."
          {...form.bind("password")}
          required
        />
        <Field label="Repeat the password" type="password" autoComplete="new-password" {...form.bind("passwordConfirmation")} required />
        <Field label="About you (optional)" multiline {...form.bind("bio")} />
        <Field label="Contact (optional)" {...form.bind("contact")} />
        <ImageInput label="Profile image (optional)" error={form.problem?.fields.image} onFile={chooseImage} />
        <ProblemAlert problem={form.problem} shown={REGISTRATION_FIELDS} />
        <Submit busy={form.busy}>Create the account</Submit>
      </form>
      <p className="switch">
        Have an account? <Link to="/login">Log in</Link>
      </p>
    </main>
  );
}
