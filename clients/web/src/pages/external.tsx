// Where a provider sends the browser back (/external#handoff=…): the handoff and this tab's
// flowId complete the sign-in (or the link, from the account's own session).
import { useEffect, useRef, useState } from "react";
import { deviceToken, request } from "../api";
import { CompleteExternalLink, CompleteExternalLogin } from "../documents";
import { readReturn, takePendingFlow } from "../external";
import { Link, navigate } from "../router";
import { Notice, ProblemAlert, problemOf, type Problem } from "../ui";
import { SecondFactor, useLoginOutcome } from "./auth";

type Challenge = Parameters<Parameters<typeof useLoginOutcome>[0]>[0];

export function ExternalReturnPage() {
  const [returned] = useState(() => {
    const value = readReturn(window.location.hash);
    window.history.replaceState(window.history.state, "", window.location.pathname);
    return value;
  });
  const [problem, setProblem] = useState<Problem | null>("error" in returned ? { message: returned.error, fields: {} } : null);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [linked, setLinked] = useState(false);
  const outcome = useLoginOutcome(setChallenge);
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !("handoff" in returned)) return;
    started.current = true;
    const flow = takePendingFlow();
    if (!flow) {
      setProblem({ message: "This sign-in was not started in this tab. Start it again.", fields: {} });
      return;
    }
    const input = { flowId: flow.flowId, handoff: returned.handoff, deviceToken: deviceToken() };
    void (async () => {
      try {
        if (flow.purpose === "link") {
          const { completeExternalLink } = await request(CompleteExternalLink, { input });
          if (completeExternalLink.__typename === "ExternalIdentityLinked") {
            setLinked(true);
            navigate("/security", true, { linked: flow.provider });
          } else setProblem(problemOf(completeExternalLink));
          return;
        }
        const { completeExternalLogin } = await request(CompleteExternalLogin, { input }, { session: true });
        setProblem(outcome(completeExternalLogin));
      } catch (error) {
        setProblem({ message: error instanceof Error ? error.message : "Something went wrong.", fields: {} });
      }
    })();
  }, [returned, outcome]);
  return (
    <main className="auth-card">
      <h1>Signing in</h1>
      {challenge ? (
        <SecondFactor challenge={challenge} onRestart={() => navigate("/login")} />
      ) : problem ? (
        <>
          <ProblemAlert problem={problem} />
          <p className="switch">
            <Link to="/login">Back to the login page</Link>
          </p>
        </>
      ) : (
        <Notice>{linked ? "Linked." : "One moment…"}</Notice>
      )}
    </main>
  );
}
