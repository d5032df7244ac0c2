// Privileged operations as a person meets them. A change to how the account signs in, its
// email, or its deletion may answer ReauthenticationRequired (the session's last full proof is
// too old): a dialog asks for what the answer lists (the password and an app or recovery
// code, or a passkey), calls `reauthenticate`, and the operation runs again. Adding a factor to
// an address not yet proved answers EmailNotVerified: a dialog sends a code to the address,
// takes it (with the handle of that request), and the operation runs again. Cancelled, the
// operation ends with nothing changed.
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { request } from "./api";
import { BeginPasskeyReauthentication, Reauthenticate, RequestEmailVerification, VerifyEmail } from "./documents";
import type { ReauthenticateMutation, StepUpFieldsFragment } from "./gql/graphql";
import { browserRefusal, passkeyBlocker } from "./passkeys";
import { useSession } from "./session";
import { Field, Notice, ProblemAlert, Submit, problemOf, useForm, type Problem } from "./ui";
import { credentialJson, requestOptions } from "./webauthn";

type Requirement = Omit<StepUpFieldsFragment, "__typename">;
type Question = { kind: "proof"; requirement: Requirement; password: string } | { kind: "verify" };
type Asked = Question & { answer: (done: boolean) => void };

/** Run `attempt`; when it answers ReauthenticationRequired or EmailNotVerified, ask for what
 * it needs and run it again. `null` when the person cancelled. `given.password` is the password
 * the form already holds (filled in for the re-authentication). */
export type Guard = <T extends { __typename?: string }>(attempt: () => Promise<T>, given?: { password?: string }) => Promise<T | null>;

const GuardContext = createContext<Guard | null>(null);
/** How many times one operation may ask before its last answer is shown as it is. */
const ROUNDS = 3;

function isRequirement(outcome: { __typename?: string }): outcome is Requirement & { __typename: "ReauthenticationRequired" } {
  return outcome.__typename === "ReauthenticationRequired" && "methods" in outcome;
}

export function GuardProvider({ children }: { children: ReactNode }) {
  const [asked, setAsked] = useState<Asked | null>(null);
  const ask = useCallback((question: Question) => new Promise<boolean>((resolve) => setAsked({ ...question, answer: resolve })), []);
  const guard = useCallback<Guard>(
    async (attempt, given = {}) => {
      let outcome = await attempt();
      for (let round = 0; round < ROUNDS; round++) {
        let done: boolean;
        if (outcome.__typename === "EmailNotVerified") done = await ask({ kind: "verify" });
        else if (isRequirement(outcome)) done = await ask({ kind: "proof", requirement: outcome, password: given.password ?? "" });
        else return outcome;
        if (!done) return null;
        outcome = await attempt();
      }
      return outcome;
    },
    [ask],
  );
  const close = (done: boolean) => {
    asked?.answer(done);
    setAsked(null);
  };
  return (
    <GuardContext.Provider value={guard}>
      {children}
      {asked?.kind === "proof" && <ProofDialog requirement={asked.requirement} password={asked.password} onClose={close} />}
      {asked?.kind === "verify" && <VerifyDialog onClose={close} />}
    </GuardContext.Provider>
  );
}

export function useGuard(): Guard {
  const guard = useContext(GuardContext);
  if (!guard) throw new Error("useGuard outside GuardProvider");
  return guard;
}

/** A modal dialog named by its heading and described by its first paragraph; Escape cancels. */
function Modal({ title, intro, onCancel, children }: { title: string; intro: ReactNode; onCancel: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-intro`}>{intro}</div>
      {children}
    </dialog>
  );
}

const WRONG_PASSWORD = "That is not your password.";
const WRONG_CODE = "The code is not right. Type the code your app shows now, or an unused recovery code.";

/** What the dialog asks for, in words. */
function asking(requirement: Requirement, codes: boolean, passkey: boolean): string {
  if (!requirement.passwordRequired) {
    return passkey ? "Use one of your passkeys." : "Log out, log in again, and then make this change within a few minutes.";
  }
  const withCode = codes ? "your password and a code from your authenticator app (or a recovery code)" : "your password";
  return `Type ${withCode}${passkey ? ", or use a passkey" : ""}.`;
}

function ProofDialog({ requirement, password, onClose }: { requirement: Requirement; password: string; onClose: (done: boolean) => void }) {
  const codes = requirement.methods.includes("TOTP") || requirement.methods.includes("RECOVERY_CODE");
  const passkey = requirement.methods.includes("PASSKEY");
  const byPassword = requirement.passwordRequired;
  const form = useForm({ password, code: "" });
  /** Reauthenticated: the operation runs again; else the problem, at the field that was wrong
   * when the form was used (a passkey's refusal is the dialog's own message). */
  const settle = (outcome: ReauthenticateMutation["reauthenticate"], typed: { password: boolean; code: boolean }): Problem | null => {
    if (outcome.__typename === "Reauthenticated") {
      onClose(true);
      return null;
    }
    const at: Record<string, { field: string; message?: string }> = {};
    if (typed.password) at.InvalidCredentials = { field: "password", message: WRONG_PASSWORD };
    if (typed.code) at.InvalidCode = { field: "code", message: WRONG_CODE };
    const problem = problemOf(outcome, at);
    // The service names the recovery code's input on its own; this form has one code field.
    if (problem.fields.recoveryCode) {
      problem.fields.code = problem.fields.recoveryCode;
      delete problem.fields.recoveryCode;
    }
    return problem;
  };
  const submit = form.run(async () => {
    const code = form.values.code.trim();
    const input = { password: form.values.password, ...(/^\d{6,8}$/.test(code.replace(/\s/g, "")) ? { code } : code ? { recoveryCode: code } : {}) };
    const { reauthenticate } = await request(Reauthenticate, { input });
    return settle(reauthenticate, { password: true, code: Boolean(code) });
  });
  const withPasskey = form.run(async () => {
    const blocked = passkeyBlocker();
    if (blocked) return blocked;
    const { beginPasskeyReauthentication: options } = await request(BeginPasskeyReauthentication);
    if (options.__typename !== "PasskeyOptions") return problemOf(options);
    let credential: Credential | null;
    try {
      credential = await navigator.credentials.get({ publicKey: requestOptions(options.optionsJson) });
    } catch (error) {
      return browserRefusal(error, false);
    }
    if (!(credential instanceof PublicKeyCredential)) return browserRefusal(null, false);
    const input = { passkeyChallengeId: options.challengeId, passkeyCredentialJson: credentialJson(credential) };
    const { reauthenticate } = await request(Reauthenticate, { input });
    return settle(reauthenticate, { password: false, code: false });
  });
  const intro = (
    <p>
      This change needs a recent sign-in. {asking(requirement, codes, passkey)}
    </p>
  );
  const cancel = (
    <button type="button" className="secondary" onClick={() => onClose(false)}>
      Cancel
    </button>
  );
  if (!byPassword) {
    return (
      <Modal title="Confirm it is you" intro={intro} onCancel={() => onClose(false)}>
        <ProblemAlert problem={form.problem} />
        <div className="dialog-actions">
          {cancel}
          {passkey && (
            <button type="button" className="primary" onClick={() => void withPasskey()} disabled={form.busy} aria-busy={form.busy || undefined}>
              Use a passkey
            </button>
          )}
        </div>
      </Modal>
    );
  }
  return (
    <Modal title="Confirm it is you" intro={intro} onCancel={() => onClose(false)}>
      <form onSubmit={submit} noValidate>
        <Field label="Your password" type="password" autoComplete="current-password" {...form.bind("password")} />
        {codes && <Field label="Code from your app, or a recovery code" autoComplete="one-time-code" {...form.bind("code")} />}
        <ProblemAlert problem={form.problem} shown={["password", "code"]} />
        <div className="dialog-actions">
          {cancel}
          <Submit busy={form.busy}>Confirm</Submit>
        </div>
      </form>
      {passkey && (
        <p className="dialog-aside">
          <button type="button" className="link" onClick={() => void withPasskey()} disabled={form.busy}>
            Use a passkey instead
          </button>
        </p>
      )}
    </Modal>
  );
}

const BAD_CODE = { InvalidCode: { field: "code", message: "The code is wrong or no longer valid. Use the code in the newest email." } };

function VerifyDialog({ onClose }: { onClose: (done: boolean) => void }) {
  const { user, refresh } = useSession();
  const email = user?.email ?? "";
  // The handle of the request that sent the code, sent back with it.
  const [handle, setHandle] = useState<string | null>(null);
  const sending = useForm({});
  const form = useForm({ code: "" });
  const send = sending.run(async () => {
    const { requestEmailVerification: sent } = await request(RequestEmailVerification);
    if (sent.__typename !== "CodeSent") return problemOf(sent);
    setHandle(sent.handle);
    return `We sent a 6-digit code to ${email}.`;
  });
  const first = useRef(true);
  useEffect(() => {
    if (!first.current) return;
    first.current = false;
    void send();
  }, [send]);
  const submit = form.run(async () => {
    const { verifyEmail } = await request(VerifyEmail, { input: { email, code: form.values.code.trim(), handle } });
    if (verifyEmail.__typename !== "EmailVerified") return problemOf(verifyEmail, BAD_CODE);
    await refresh();
    onClose(true);
    return null;
  });
  const intro = <p>Two-factor sign-in and passkeys are added only to an email address you have proved.</p>;
  return (
    <Modal title="Verify your email first" intro={intro} onCancel={() => onClose(false)}>
      {sending.busy && <p className="muted">Sending a code to {email}…</p>}
      {sending.done && <Notice>{sending.done}</Notice>}
      <ProblemAlert problem={sending.problem} />
      <form onSubmit={submit} noValidate>
        <Field label="Code from the email" inputMode="numeric" autoComplete="one-time-code" {...form.bind("code")} />
        <ProblemAlert problem={form.problem} shown={["code"]} />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={() => onClose(false)}>
            Cancel
          </button>
          <Submit busy={form.busy}>Verify and continue</Submit>
        </div>
      </form>
      <p className="dialog-aside">
        <button type="button" className="link" onClick={() => void send()} disabled={sending.busy}>
          Send a new code
        </button>
      </p>
    </Modal>
  );
}
