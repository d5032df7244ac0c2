// Writes the trusted-document manifest of src/documents.ts: {"sha256:<hex>": "<document>"} for
// every document it exports, in graphql-codegen's persisted-documents format. By default into
// the service's bundled manifests (service/graphql/documents/users-typescript.json); a path
// argument writes elsewhere (the test suite compares the two).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, "../../../service/graphql/documents/users-typescript.json"));
const build = mkdtempSync(join(tmpdir(), "accounts-documents-"));
try {
  const tsc = join(here, "../node_modules/typescript/bin/tsc");
  const source = join(here, "../src/documents.ts");
  execFileSync(process.execPath, [tsc, source, "--outDir", build, "--module", "ES2022", "--target", "ES2022", "--skipLibCheck", "--types", "node"]);
  writeFileSync(join(build, "package.json"), '{"type": "module"}');
  const documents = await import(pathToFileURL(join(build, "documents.js")).href);
  const manifest = {};
  for (const text of Object.values(documents).sort()) {
    manifest["sha256:" + createHash("sha256").update(text).digest("hex")] = text;
  }
  writeFileSync(out, JSON.stringify(manifest, null, 2) + "\n");
  console.log(`${Object.keys(manifest).length} documents → ${out}`);
} finally {
  rmSync(build, { recursive: true, force: true });
}
