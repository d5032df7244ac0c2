// Security: two-factor sign-in (an authenticator app and recovery codes), passkeys and linked
// accounts at other providers.
import { useState } from "react";
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
import { browserRefusal, forgetCredential, passkeyBlocker, registrationRefusal } from "../passkeys";
import { useSession, type User } from "../session";
import { useGuard } from "../stepUp";
import { LinkedAccounts } from "./linked";
import { Field, Notice, ProblemAlert, Submit, WRONG_PASSWORD, problemOf, useForm } from "../ui";
import { Badge, Card, Skeleton, TimeAgo, useConfirm, useLoaded } from "../widgets";
import { creationOptions, credentialJson, type CreationOptionsJSON } from "../webauthn";

const CODE_HINT = "The code is not right. Type the code your app shows now; a code that was just used works once only, so wait for the next one.";
const WRONG_CODE = { InvalidCode: { field: "code", message: CODE_HINT } };

/** The service's QR code, an <svg> it made, shown as an image: an SVG in <img> runs no
 * script and loads nothing, so the markup is never put into the page. */
function svgImage(svg: string): string {
  // Inline <svg> needs no namespace; an SVG document loaded as an image does.
  if (!/^<svg[^>]*\sxmlns=/.test(svg)) svg = svg.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`;
}

function RecoveryCodesList({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-codes" className="codes-box">
      <h3 id="recovery-codes">Your recovery codes</h3>
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

function Enable({ user, onEnabled }: { user: User; onEnabled: (codes: string[]) => void }) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const begin = useForm({});
  const form = useForm({ code: "" });
  const guard = useGuard();
  const start = begin.run(async () => {
    const beginTotpSetup = await guard(async () => (await request(BeginTotpSetup)).beginTotpSetup);
    if (!beginTotpSetup) return null;
    if (beginTotpSetup.__typename !== "TotpSetup") return problemOf(beginTotpSetup);
    setSetup(beginTotpSetup);
    return null;
  });
  const submit = form.run(async () => {
    const input = { code: form.values.code.trim() };
    const confirmTotpSetup = await guard(async () => (await request(ConfirmTotpSetup, { input })).confirmTotpSetup);
    if (!confirmTotpSetup) return null;
    if (confirmTotpSetup.__typename !== "RecoveryCodes") return problemOf(confirmTotpSetup, WRONG_CODE);
    onEnabled(confirmTotpSetup.codes);
    return null;
  });
  if (!setup) {
    return (
      <>
        <p>Ask for a code from an authenticator app (Google Authenticator, Aegis, 1Password…) after your password.</p>
        {!user.emailVerified && (
          <Notice warn>Your email is not verified yet: setting up asks you for a code we email to {user.email} first.</Notice>
        )}
        <ProblemAlert problem={begin.problem} />
        <button type="button" className="primary" onClick={() => void start()} disabled={begin.busy}>
          Set up an authenticator app
        </button>
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <p>Scan this code with your authenticator app, or type the key in by hand.</p>
      <img className="qr" src={svgImage(setup.qrSvg)} alt="QR code to scan with your authenticator app" width={200} height={200} />
      <p className="key">
        Key: <code data-testid="totp-secret">{setup.secret}</code>
      </p>
      <Field label="Code from the app" inputMode="numeric" autoComplete="one-time-code" {...form.bind("code")} />
      <ProblemAlert problem={form.problem} shown={["code"]} />
      <Submit busy={form.busy}>Turn on two-factor sign-in</Submit>
    </form>
  );
}

function Manage() {
  const { refresh } = useSession();
  const [codes, setCodes] = useState<string[] | null>(null);
  const regenerate = useForm({ currentPassword: "" });
  const disable = useForm({ currentPassword: "", code: "" });
  const { confirm, dialog } = useConfirm();
  const guard = useGuard();
  const submitRegenerate = regenerate.run(async () => {
    const yes = await confirm({
      title: "Make new recovery codes?",
      body: <p>Your current recovery codes stop working at once.</p>,
      confirm: "Make new codes",
    });
    if (!yes) return null;
    const input = regenerate.values;
    const regenerateRecoveryCodes = await guard(async () => (await request(RegenerateRecoveryCodes, { input })).regenerateRecoveryCodes, {
      password: input.currentPassword,
    });
    if (!regenerateRecoveryCodes) return null;
    if (regenerateRecoveryCodes.__typename !== "RecoveryCodes") return problemOf(regenerateRecoveryCodes, WRONG_PASSWORD);
    regenerate.reset();
    setCodes(regenerateRecoveryCodes.codes);
    return null;
  });
  const submitDisable = disable.run(async () => {
    const yes = await confirm({
      title: "Turn two-factor sign-in off?",
      body: <p>Your password alone will sign you in again, and your recovery codes stop working.</p>,
      confirm: "Turn it off",
    });
    if (!yes) return null;
    const input = { ...disable.values, code: disable.values.code.trim() };
    const disableTwoFactor = await guard(async () => (await request(DisableTwoFactor, { input })).disableTwoFactor, {
      password: input.currentPassword,
    });
    if (!disableTwoFactor) return null;
    if (disableTwoFactor.__typename !== "TwoFactorDisabled") return problemOf(disableTwoFactor, { ...WRONG_PASSWORD, ...WRONG_CODE });
    await refresh();
    return null;
  });
  return (
    <>
      {codes && <RecoveryCodesList codes={codes} />}
      <section aria-labelledby="regenerate" className="subsection">
        <h3 id="regenerate">New recovery codes</h3>
        <p>Lost some codes, or used most of them? Make a new set: the old codes stop working.</p>
        <form onSubmit={submitRegenerate} noValidate>
          <Field label="Current password (for new codes)" type="password" autoComplete="current-password" {...regenerate.bind("currentPassword")} />
          <ProblemAlert problem={regenerate.problem} shown={["currentPassword"]} />
          <Submit busy={regenerate.busy}>Make new recovery codes</Submit>
        </form>
      </section>
      <section aria-labelledby="disable" className="subsection">
        <h3 id="disable">Turn two-factor off</h3>
        <form onSubmit={submitDisable} noValidate>
          <Field
            label="Current password (to turn two-factor off)"
            type="password"
            autoComplete="current-password"
            {...disable.bind("currentPassword")}
          />
          <Field label="Code from the app, or a recovery code" autoComplete="one-time-code" {...disable.bind("code")} />
          <ProblemAlert problem={disable.problem} shown={["currentPassword", "code"]} />
          <Submit busy={disable.busy} danger>
            Turn two-factor off
          </Submit>
        </form>
      </section>
      {dialog}
    </>
  );
}

function TwoFactor({ user }: { user: User }) {
  const { refresh } = useSession();
  // The codes of a setup just confirmed, shown (once) until the person says they kept them.
  const [codes, setCodes] = useState<string[] | null>(null);
  const enabled = (fresh: string[]) => {
    setCodes(fresh);
    void refresh();
  };
  let body;
  if (codes)
    body = (
      <>
        <Notice>Two-factor sign-in is on.</Notice>
        <RecoveryCodesList codes={codes} />
        <button type="button" className="primary" onClick={() => setCodes(null)}>
          I have saved my recovery codes
        </button>
      </>
    );
  else body = user.twoFactorEnabled ? <Manage /> : <Enable user={user} onEnabled={enabled} />;
  return (
    <Card title="Two-factor sign-in" id="two-factor">
      <p className="status-line">
        {user.twoFactorEnabled ? <Badge tone="good">On</Badge> : <Badge>Off</Badge>}
        {user.twoFactorEnabled ? " Logging in asks for a code from your app after your password." : ""}
      </p>
      {body}
    </Card>
  );
}

type PasskeyRow = PasskeysQuery["passkeys"][number];

const loadPasskeys = async (): Promise<PasskeyRow[]> => (await request(Passkeys)).passkeys;

function PasskeyList() {
  const { data: passkeys, problem: loadProblem, reload: load } = useLoaded(loadPasskeys);
  const add = useForm({ name: "" });
  const list = useForm({});
  const { confirm, dialog } = useConfirm();
  const guard = useGuard();
  const submit = add.run(async () => {
    list.setDone(null);
    const blocked = passkeyBlocker();
    if (blocked) return blocked;
    const options = await guard(async () => (await request(BeginPasskeyRegistration)).beginPasskeyRegistration);
    if (!options) return null;
    if (options.__typename !== "PasskeyOptions") return problemOf(options);
    let credential: Credential | null;
    try {
      credential = await navigator.credentials.create({ publicKey: creationOptions(options.optionsJson) });
    } catch (error) {
      return browserRefusal(error, true);
    }
    if (!(credential instanceof PublicKeyCredential)) return browserRefusal(null, true);
    const { finishPasskeyRegistration: added } = await request(FinishPasskeyRegistration, {
      input: { challengeId: options.challengeId, credentialJson: credentialJson(credential), name: add.values.name.trim() || null },
    });
    if (added.__typename !== "PasskeyAdded") {
      const rpId = (JSON.parse(options.optionsJson) as CreationOptionsJSON).rp.id;
      if (added.__typename === "ValidationError" && added.fields.some((f) => f.code === "invalid")) forgetCredential(rpId, credential.id);
      return registrationRefusal(added);
    }
    add.reset();
    await load();
    return `Passkey “${added.passkey.name}” added.`;
  });
  const remove = (passkey: PasskeyRow) =>
    list.run(async () => {
      add.setDone(null);
      const yes = await confirm({
        title: `Remove the passkey “${passkey.name}”?`,
        body: <p>It stops signing you in. The device may keep it until you delete it there too.</p>,
        confirm: "Remove the passkey",
      });
      if (!yes) return null;
      const removePasskey = await guard(async () => (await request(RemovePasskey, { id: passkey.id })).removePasskey);
      if (!removePasskey) return null;
      if (removePasskey.__typename !== "PasskeyRemoved") return problemOf(removePasskey);
      await load();
      return `Passkey “${passkey.name}” removed.`;
    });
  return (
    <Card title="Passkeys" id="passkeys">
      <p>A passkey signs you in without a password: your device checks your fingerprint, face or PIN.</p>
      <ProblemAlert problem={loadProblem ?? list.problem} />
      {list.done && <Notice>{list.done}</Notice>}
      {passkeys === null && !loadProblem && <Skeleton rows={2} label="Loading your passkeys…" />}
      {passkeys && passkeys.length === 0 && <p className="empty">No passkeys yet.</p>}
      {passkeys && passkeys.length > 0 && (
        <ul className="rows">
          {passkeys.map((p) => (
            <li key={p.id} className="row">
              <div className="row-main">
                <strong>{p.name}</strong>
                <span className="muted">
                  Added <TimeAgo iso={p.createdAt} /> · last used <TimeAgo iso={p.lastUsedAt} never="never" />
                </span>
              </div>
              <button
                type="button"
                className="danger-outline small"
                onClick={() => void remove(p)()}
                disabled={list.busy}
                aria-label={`Remove the passkey ${p.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-passkey" className="subsection">
        <h3 id="add-passkey">Add a passkey</h3>
        <form onSubmit={submit} noValidate>
          <Field label="Name (e.g. “Laptop”)" {...add.bind("name")} />
          <ProblemAlert problem={add.problem} shown={["name"]} />
          {add.done && <Notice>{add.done}</Notice>}
          <Submit busy={add.busy}>Add a passkey</Submit>
        </form>
      </section>
      {dialog}
    </Card>
  );
}

export function SecurityPage({ user }: { user: User }) {
  return (
    <main>
      <h1>Security</h1>
      <TwoFactor user={user} />
      <PasskeyList />
      <LinkedAccounts />
    </main>
  );
}
