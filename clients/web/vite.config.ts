// The build is reproducible: the same sources give the same bytes and file names (content
// hashes), which the test suite checks against the copy committed in service/static/web/.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  base: "/account/",
  plugins: [react()],
  // `npm run dev`: the service on :8000 behind the dev server. Run the service with
  // ACCOUNTS_CORS_ORIGINS=http://localhost:5173 so it takes the session cookie from this origin.
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/graphql": "http://127.0.0.1:8000", "/media": "http://127.0.0.1:8000" },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        entryFileNames: "assets/[name]-[hash].js",
        chunkFileNames: "assets/[name]-[hash].js",
        assetFileNames: "assets/[name]-[hash][extname]",
      },
    },
  },
});
