// Two-factor (TOTP and recovery codes) and passkeys.
import { useCallback, useEffect, useState } from "react";
import { request } from "../api";
import {
  BeginPasskeyRegistration,
  BeginTotpSetup,
  ConfirmTotpSetup,
  DisableTwoFactor,
  FinishPasskeyRegistration,
  Passkeys,
  RegenerateRecoveryCodes,
  RemovePasskey,
} from "../documents";
import type { PasskeysQuery } from "../gql/graphql";
import { useSession, type User } from "../session";
import { Field, Notice, ProblemAlert, Submit, problemOf, useSubmit, useValues, when } from "../ui";
import { creationOptions, credentialJson } from "../webauthn";

/** The service's QR code, an <svg> it made, shown as an image: an SVG in <img> runs no
 * script and loads nothing, so the markup is never put into the page. */
function svgImage(svg: string): string {
  // Inline <svg> needs no namespace; an SVG document loaded as an image does.
  if (!/^<svg[^>]*\sxmlns=/.test(svg)) svg = svg.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`;
}

function RecoveryCodesList({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-codes" className="notice">
      <h2 id="recovery-codes">Your recovery codes</h2>
      <p>Each works once, in place of a code from the app. They are shown only now: print them or keep them in a password manager.</p>
      <ul className="codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

type Setup = { secret: string; otpauthUri: string; qrSvg: string };

function Enable() {
  const { refresh } = useSession();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useValues({ code: "" });
  const begin = useSubmit();
  const confirm = useSubmit();
  const start = begin.run(async () => {
    const { beginTotpSetup } = await request(BeginTotpSetup);
    if (beginTotpSetup.__typename !== "TotpSetup") return problemOf(beginTotpSetup);
    setSetup(beginTotpSetup);
    return null;
  });
  const submit = confirm.run(async () => {
    const { confirmTotpSetup } = await request(ConfirmTotpSetup, { input: { code: form.values.code.trim() } });
    if (confirmTotpSetup.__typename !== "RecoveryCodes") return problemOf(confirmTotpSetup);
    setCodes(confirmTotpSetup.codes);
    return null;
  });
  if (codes) {
    return (
      <>
        <Notice>Two-factor sign-in is on.</Notice>
        <RecoveryCodesList codes={codes} />
        <p className="actions">
          <button type="button" onClick={() => void refresh()}>
            I have saved my recovery codes
          </button>
        </p>
      </>
    );
  }
  return (
    <>
      <p>Two-factor sign-in is off. Turn it on to ask for a code from an authenticator app after your password.</p>
      {!setup ? (
        <>
          <ProblemAlert problem={begin.problem} />
          <p className="actions">
            <button type="button" onClick={() => void start()} disabled={begin.busy}>
              Set up an authenticator app
            </button>
          </p>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>Scan this code with your authenticator app, or type the key in by hand.</p>
          <img className="qr" src={svgImage(setup.qrSvg)} alt="QR code to scan with your authenticator app" width={200} height={200} />
          <p>
            Key: <code data-testid="totp-secret">{setup.secret}</code>
          </p>
          <Field label="Code from the app" inputMode="numeric" autoComplete="one-time-code" {...form.bind("code")} error={confirm.problem?.fields.code} />
          <ProblemAlert problem={confirm.problem} shown={["code"]} />
          <Submit busy={confirm.busy}>Turn on two-factor sign-in</Submit>
        </form>
      )}
    </>
  );
}

function Manage() {
  const { refresh } = useSession();
  const [codes, setCodes] = useState<string[] | null>(null);
  const regenerate = useValues({ currentPassword: "" });
  const disable = useValues({ currentPassword: "", code: "" });
  const regen = useSubmit();
  const off = useSubmit();
  const submitRegenerate = regen.run(async () => {
    const { regenerateRecoveryCodes } = await request(RegenerateRecoveryCodes, { input: regenerate.values });
    if (regenerateRecoveryCodes.__typename !== "RecoveryCodes") return problemOf(regenerateRecoveryCodes);
    regenerate.reset();
    setCodes(regenerateRecoveryCodes.codes);
    return null;
  });
  const submitDisable = off.run(async () => {
    const { disableTwoFactor } = await request(DisableTwoFactor, { input: { ...disable.values, code: disable.values.code.trim() } });
    if (disableTwoFactor.__typename !== "TwoFactorDisabled") return problemOf(disableTwoFactor);
    await refresh();
    return null;
  });
  return (
    <>
      <Notice>Two-factor sign-in is on.</Notice>
      {codes && <RecoveryCodesList codes={codes} />}
      <section aria-labelledby="regenerate">
        <h2 id="regenerate">New recovery codes</h2>
        <p>The old codes stop working.</p>
        <form onSubmit={submitRegenerate} noValidate>
          <Field
            label="Current password (for new codes)"
            type="password"
            autoComplete="current-password"
            {...regenerate.bind("currentPassword")}
            error={regen.problem?.fields.currentPassword}
          />
          <ProblemAlert problem={regen.problem} shown={["currentPassword"]} />
          <Submit busy={regen.busy}>Make new recovery codes</Submit>
        </form>
      </section>
      <section aria-labelledby="disable">
        <h2 id="disable">Turn two-factor off</h2>
        <form onSubmit={submitDisable} noValidate>
          <Field
            label="Current password (to turn two-factor off)"
            type="password"
            autoComplete="current-password"
            {...disable.bind("currentPassword")}
            error={off.problem?.fields.currentPassword}
          />
          <Field label="Code from the app, or a recovery code" autoComplete="one-time-code" {...disable.bind("code")} error={off.problem?.fields.code} />
          <ProblemAlert problem={off.problem} shown={["currentPassword", "code"]} />
          <Submit busy={off.busy}>Turn two-factor off</Submit>
        </form>
      </section>
    </>
  );
}

export function TwoFactorPage({ user }: { user: User }) {
  return (
    <main>
      <h1>Two-factor sign-in</h1>
      {user.twoFactorEnabled ? <Manage /> : <Enable />}
    </main>
  );
}

type PasskeyRow = PasskeysQuery["passkeys"][number];

export function PasskeysPage() {
  const [passkeys, setPasskeys] = useState<PasskeyRow[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const form = useValues({ name: "" });
  const add = useSubmit();
  const list = useSubmit();
  const load = useCallback(async () => {
    const { passkeys } = await request(Passkeys);
    setPasskeys(passkeys);
  }, []);
  useEffect(() => {
    void list.run(load)();
  }, [load]);
  const submit = add.run(async () => {
    setMessage(null);
    const { beginPasskeyRegistration: options } = await request(BeginPasskeyRegistration);
    if (options.__typename !== "PasskeyOptions") return problemOf(options);
    let credential: Credential | null;
    try {
      credential = await navigator.credentials.create({ publicKey: creationOptions(options.optionsJson) });
    } catch (error) {
      return { message: `No passkey was created (${error instanceof Error ? error.message : String(error)}).`, fields: {} };
    }
    if (!(credential instanceof PublicKeyCredential)) return { message: "No passkey was created.", fields: {} };
    const { finishPasskeyRegistration: added } = await request(FinishPasskeyRegistration, {
      input: { challengeId: options.challengeId, credentialJson: credentialJson(credential), name: form.values.name.trim() || null },
    });
    if (added.__typename !== "PasskeyAdded") return problemOf(added);
    form.reset();
    setMessage(`Passkey “${added.passkey.name}” added.`);
    await load();
    return null;
  });
  const remove = (passkey: PasskeyRow) =>
    list.run(async () => {
      setMessage(null);
      const { removePasskey } = await request(RemovePasskey, { id: passkey.id });
      if (removePasskey.__typename !== "PasskeyRemoved") return problemOf(removePasskey);
      setMessage(`Passkey “${passkey.name}” removed.`);
      await load();
      return null;
    });
  return (
    <main>
      <h1>Passkeys</h1>
      <p>A passkey signs you in without a password: your device checks your fingerprint, face or PIN.</p>
      {message && <Notice>{message}</Notice>}
      <ProblemAlert problem={list.problem} />
      {passkeys && passkeys.length === 0 && <p>No passkeys yet.</p>}
      {passkeys && passkeys.length > 0 && (
        <ul className="passkeys">
          {passkeys.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> · added {when(p.createdAt)} · last used {when(p.lastUsedAt)}{" "}
              <button type="button" onClick={() => void remove(p)()} disabled={list.busy} aria-label={`Remove the passkey ${p.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-passkey">
        <h2 id="add-passkey">Add a passkey</h2>
        <form onSubmit={submit} noValidate>
          <Field label="Name (e.g. “Laptop”)" {...form.bind("name")} error={add.problem?.fields.name} />
          <ProblemAlert problem={add.problem} shown={["name"]} />
          <Submit busy={add.busy}>Add a passkey</Submit>
        </form>
      </section>
    </main>
  );
}
