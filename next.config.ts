import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Each checkout (and each parallel e2e run) may build into its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite resolves its wasm with URLs that the bundler breaks; argon2 is native.
  serverExternalPackages: ["@electric-sql/pglite", "argon2", "pino", "@react-pdf/renderer"],
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
};

export default nextConfig;
