// Typed documents for every graphql(`…`) call in src/, generated from the service's exported
// schema by graphql-codegen's client preset into src/gql/, and for the Admin pages (src/admin/)
// from the admin API's schema into src/admin/gql/ (neither committed: `npm run codegen`).
// SCHEMA and ADMIN_SCHEMA override the schema files.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      schema: process.env.SCHEMA ?? "../../schema.graphql",
      documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*", "!src/admin/**/*"],
      preset: "client",
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: "string", Upload: "File" },
      },
    },
    // The Admin pages' documents, typed from the admin API's schema.
    "src/admin/gql/": {
      schema: process.env.ADMIN_SCHEMA ?? "../../schema.admin.graphql",
      documents: ["src/admin/**/*.{ts,tsx}", "!src/admin/gql/**/*"],
      preset: "client",
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: "string" },
      },
    },
  },
};

export default config;
