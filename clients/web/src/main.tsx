import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { captureMailLink } from "./mailLink";
import { BASE } from "./router";
import { SessionProvider } from "./session";
import { GuardProvider } from "./stepUp";
import "./styles.css";

// First, before any route decides anything: the code a mail link carries in the fragment.
captureMailLink(BASE);

/** A mail link opened on the page it leads to changes only the fragment: the page starts
 * afresh to read it. */
function Root() {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const changed = () => {
      if (captureMailLink(BASE)) setGeneration((n) => n + 1);
    };
    window.addEventListener("hashchange", changed);
    return () => window.removeEventListener("hashchange", changed);
  }, []);
  return <App key={generation} />;
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <SessionProvider>
      <GuardProvider>
        <Root />
      </GuardProvider>
    </SessionProvider>
  </StrictMode>,
);
