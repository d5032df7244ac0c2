// Typed documents for every graphql(`…`) call in src/, generated from the service's exported
// schema by graphql-codegen's client preset into src/gql/ (not committed: `npm run codegen`).
// SCHEMA overrides the schema file.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  overwrite: true,
  schema: process.env.SCHEMA ?? "../../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: "string", Upload: "File" },
      },
    },
  },
};

export default config;
