// A real OpenID provider for the tests: node oidc-provider (certified by the OpenID Foundation)
// on a loopback port, with its development login and consent pages. Any login signs in as the
// account of that name; its claims come from the name:
//   "ada"                 -> email ada@example.com, verified
//   "grace@example.org"   -> that email, verified
//   "unverified-bob"      -> email unverified-bob@example.com, not verified
//   "nomail-carl"         -> no email at all
// Configuration from the environment: PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URIS
// (comma-separated). Prints "ready <issuer>" on stdout once it listens.
import Provider from "oidc-provider";

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;

function claimsOf(id) {
  const local = id.includes("@") ? id.split("@")[0] : id;
  const claims = { sub: id, name: `${local} Example`, given_name: local, family_name: "Example", preferred_username: local };
  if (!id.startsWith("nomail-")) {
    claims.email = id.includes("@") ? id : `${id}@example.com`;
    claims.email_verified = !id.startsWith("unverified-");
  }
  return claims;
}

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.CLIENT_ID,
      client_secret: process.env.CLIENT_SECRET,
      redirect_uris: process.env.REDIRECT_URIS.split(","),
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "given_name", "family_name", "preferred_username"] },
  conformIdTokenClaims: false, // the claims go in the ID token too, as most providers put them
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["test-only-cookie-key"] },
  async findAccount(ctx, id) {
    return { accountId: id, async claims() { return claimsOf(id); } };
  },
});
provider.proxy = false;
const server = provider.listen(port, "127.0.0.1", () => {
  process.stdout.write(`ready ${issuer}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
