// Lets CLI scripts (tsx) import modules marked `import "server-only"`: outside Next's
// bundler that package throws by design, so the CLI maps it to an empty module.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(s, c, n) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : n(s, c); }`,
    ),
  import.meta.url,
);
