import { defineConfig } from "vitest/config";

// The UI is served by the Tauri app from ui/dist (no dev server in the
// kiosk). Catalogs and fonts are read from ../assets, shared with the Rust
// side, so the build may reach one level up.
export default defineConfig({
  base: "./",
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: { fs: { allow: [".."] } },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
