// Linked accounts: identities at external providers that sign in to this account. Linking
// leaves for the provider (a privileged change: the session may have to prove itself first);
// unlinking asks first and never removes the last way in (the service refuses it).
import { useEffect, useState } from "react";
import { request } from "../api";
import { ExternalIdentities, ExternalProviders, UnlinkExternalIdentity } from "../documents";
import { beginExternal } from "../external";
import type { ExternalIdentitiesQuery } from "../gql/graphql";
import { handedOver } from "../router";
import { useGuard } from "../stepUp";
import { Notice, ProblemAlert, problemOf, useForm } from "../ui";
import { Card, Skeleton, TimeAgo, useConfirm, useLoaded } from "../widgets";

type Identity = NonNullable<ExternalIdentitiesQuery["me"]>["externalIdentities"][number];

async function loadIdentities(): Promise<Identity[]> {
  return (await request(ExternalIdentities)).me?.externalIdentities ?? [];
}

export function LinkedAccounts() {
  const [providers, setProviders] = useState<{ id: string; displayName: string }[] | null>(null);
  const { data: identities, problem: loadProblem, reload } = useLoaded(loadIdentities);
  const form = useForm({});
  const { confirm, dialog } = useConfirm();
  const guard = useGuard();
  const linked = handedOver("linked");
  useEffect(() => {
    request(ExternalProviders)
      .then((data) => setProviders(data.externalProviders))
      .catch(() => setProviders([]));
  }, []);
  const name = (id: string) => providers?.find((p) => p.id === id)?.displayName ?? id;
  if (providers !== null && providers.length === 0 && identities?.length === 0) return null;
  const link = (provider: string) =>
    form.run(async () => {
      const begun = await guard(() => beginExternal(provider, "link"));
      if (!begun || begun.__typename === "ExternalLoginStarted") return null;
      return problemOf(begun);
    });
  const unlink = (identity: Identity) =>
    form.run(async () => {
      const yes = await confirm({
        title: `Unlink ${name(identity.provider)}?`,
        body: <p>It stops signing you in to this account.</p>,
        confirm: "Unlink",
      });
      if (!yes) return null;
      const answer = await guard(async () => (await request(UnlinkExternalIdentity, { id: identity.id })).unlinkExternalIdentity);
      if (!answer) return null;
      if (answer.__typename !== "ExternalIdentityUnlinked") return problemOf(answer);
      await reload();
      return `${name(identity.provider)} unlinked.`;
    });
  return (
    <Card title="Linked accounts" id="linked-accounts">
      <p>Accounts at other providers that sign you in here.</p>
      {linked && !form.done && <Notice>{name(linked)} linked.</Notice>}
      <ProblemAlert problem={loadProblem ?? form.problem} />
      {form.done && <Notice>{form.done}</Notice>}
      {identities === null && !loadProblem && <Skeleton rows={1} label="Loading your linked accounts…" />}
      {identities && identities.length === 0 && <p className="empty">No linked accounts.</p>}
      {identities && identities.length > 0 && (
        <ul className="rows">
          {identities.map((identity) => (
            <li key={identity.id} className="row">
              <div className="row-main">
                <strong>{name(identity.provider)}</strong>
                <span className="muted">
                  {identity.email ?? "no email"} · linked <TimeAgo iso={identity.linkedAt} />
                </span>
              </div>
              <button
                type="button"
                className="danger-outline small"
                onClick={() => void unlink(identity)()}
                disabled={form.busy}
                aria-label={`Unlink ${name(identity.provider)}`}
              >
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      {providers && providers.length > 0 && (
        <p className="actions">
          {providers.map((p) => (
            <button key={p.id} type="button" className="secondary" onClick={() => void link(p.id)()} disabled={form.busy}>
              Link {p.displayName}
            </button>
          ))}
        </p>
      )}
      {dialog}
    </Card>
  );
}
