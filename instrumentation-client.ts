import { z } from "zod";

// Runs in the browser before the app's modules: zod 4 probes for eval (`new Function`) when its
// first object schema is built, and a Content-Security-Policy without 'unsafe-eval' reports that
// probe as a violation even though zod catches it. Jitless parsing needs no eval (forms parse
// a few fields; the speed difference is nil).
z.config({ jitless: true });
