// The Admin pages' client: the same JSON POSTs as the account pages, to /admin/graphql, and the
// staff member behind this session (null for everyone else: the Admin link stays hidden, and
// the service refuses them anyway).
import { useEffect, useState } from "react";
import { send } from "../api";
import { CONFIG } from "../config";
import type { TypedDocumentString, WhoamiQuery } from "./gql/graphql";
import { Whoami } from "./documents";

export const ADMIN_ENDPOINT = "/admin/graphql";

export function adminRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [variables?: TVariables] : [variables: TVariables]
): Promise<TResult> {
  return send<TResult>(ADMIN_ENDPOINT, document, variables ?? {});
}

export type Staff = WhoamiQuery["whoami"];

/** The signed-in staff member, asked once per signed-in account; null when not staff. */
export function useStaff(userId: string | null): Staff | null {
  const [staff, setStaff] = useState<Staff | null>(null);
  useEffect(() => {
    setStaff(null);
    if (!userId || !CONFIG.adminApi) return;
    let live = true;
    adminRequest(Whoami)
      .then(({ whoami }) => live && setStaff(whoami))
      .catch(() => live && setStaff(null));
    return () => {
      live = false;
    };
  }, [userId]);
  return staff;
}
