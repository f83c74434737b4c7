import { problem } from "@/lib/http/problem";

// Any /api/v1 path no route matches: integrators get a problem+json 404, not the HTML page.
function unknownRoute(request: Request) {
  const { pathname } = new URL(request.url);
  return problem({
    code: "not_found",
    detail: `No API route ${request.method} ${pathname}. The routes are listed in GET /api/v1/openapi.json.`,
  });
}

export {
  unknownRoute as GET,
  unknownRoute as POST,
  unknownRoute as PUT,
  unknownRoute as PATCH,
  unknownRoute as DELETE,
};
