// A device as people name it ("Chrome on Linux", "Safari on iPhone"), read from its user agent by
// ua-parser-js (the MIT-licensed 1.x line; 2.x is AGPL). Clients that are not browsers (curl,
// an HTTP library) are named by their product token.
import { UAParser } from "ua-parser-js";

export function describeDevice(userAgent: string | null | undefined): string {
  if (!userAgent) return "Unknown device";
  const { browser, os, device } = new UAParser(userAgent).getResult();
  const where = device.model && device.vendor === "Apple" ? device.model : os.name;
  if (browser.name && where) return `${browser.name} on ${where}`;
  if (browser.name) return browser.name;
  const product = userAgent.trim().split(/[\s/]/, 1)[0];
  if (where) return product ? `${product} on ${where}` : `Unknown browser on ${where}`;
  return product || "Unknown device";
}
