import { z } from "zod";

/** One documented operation of /api/v1; each domain lists its own in lib/<domain>/openapi.ts. */
export interface ApiOperation {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  auth: "public" | "bearer";
  body?: z.ZodType;
  query?: z.ZodType;
  response?: z.ZodType;
  status?: number;
}

const json = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" });

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers parse with. */
export function buildOpenApi(operations: ApiOperation[], serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const parameters =
      op.query && op.query instanceof z.ZodObject
        ? Object.entries((json(op.query, "input") as { properties?: Record<string, unknown> }).properties ?? {}).map(
            ([name, schema]) => ({
              name,
              in: "query",
              required: false,
              schema,
            }),
          )
        : [];
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      tags: [op.tag],
      ...(op.auth === "bearer" ? { security: [{ bearer: [] }] } : {}),
      parameters: [...pathParams, ...parameters],
      ...(op.body
        ? { requestBody: { required: true, content: { "application/json": { schema: json(op.body, "input") } } } }
        : {}),
      responses: {
        [String(op.status ?? 200)]: {
          description: "Success",
          ...(op.response ? { content: { "application/json": { schema: json(op.response, "output") } } } : {}),
        },
        default: {
          description: "Problem",
          content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "AstroBookings API", version: "1.0.0" },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail", "code"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            code: { type: "string" },
            errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          },
        },
      },
    },
  };
}
