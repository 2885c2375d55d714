/** The OpenAPI 3.1 document of the public JSON API, generated from the zod schemas it validates with. */
import { z } from "zod";
import {
  catalogParamsSchema,
  problemSchema,
  procedureCodeSchema,
  procedureDetailSchema,
  procedureListSchema,
  suggestListSchema,
  suggestParamsSchema,
} from "./schemas";

type JsonSchema = Record<string, unknown>;

function schema(s: z.ZodType): JsonSchema {
  const out = z.toJSONSchema(s, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  delete out.$schema;
  return out;
}

function queryParameters(shape: Record<string, z.ZodType>, required: string[] = []) {
  return Object.entries(shape).map(([name, s]) => {
    const js = schema(s);
    const description = typeof js.description === "string" ? js.description : undefined;
    return { name, in: "query", required: required.includes(name), ...(description ? { description } : {}), schema: js };
  });
}

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

let cachedDocument: string | undefined;

export function openApiDocument(): string {
  cachedDocument ??= JSON.stringify({
    openapi: "3.1.0",
    info: {
      title: "Một Cửa — public procedure catalog API",
      version: "1.0.0",
      description:
        "Published administrative procedures of the province: search (with or without diacritics, typos, everyday words), filters and the whole record of each procedure. No sign-in. Bad parameters answer 400 with application/problem+json naming the parameter.",
    },
    servers: [{ url: "/api/v1" }],
    paths: {
      "/procedures": {
        get: {
          operationId: "searchProcedures",
          summary: "Search and filter the catalog; best match first",
          parameters: queryParameters(catalogParamsSchema.shape),
          responses: {
            "200": { description: "A page of procedures", content: { "application/json": { schema: { $ref: "#/components/schemas/ProcedureList" } } } },
            "400": problemResponse("A parameter is invalid (out of range, unknown filter value, too long, control characters)"),
          },
        },
      },
      "/procedures/{code}": {
        get: {
          operationId: "getProcedure",
          summary: "The whole published record of one procedure",
          parameters: [{ name: "code", in: "path", required: true, schema: schema(procedureCodeSchema) }],
          responses: {
            "200": { description: "The procedure", content: { "application/json": { schema: { $ref: "#/components/schemas/ProcedureDetail" } } } },
            "404": problemResponse("No published procedure has this code"),
          },
        },
      },
      "/suggest": {
        get: {
          operationId: "suggest",
          summary: "Procedure names for a search box while typing (the last word as a prefix)",
          parameters: queryParameters(suggestParamsSchema.shape, ["q"]),
          responses: {
            "200": { description: "Up to 8 suggestions", content: { "application/json": { schema: { $ref: "#/components/schemas/SuggestList" } } } },
            "400": problemResponse("q is invalid"),
          },
        },
      },
      "/dossiers/{code}/status": {
        post: {
          operationId: "trackDossier",
          summary: "The public status of a dossier, by its code and tracking PIN (as on /track)",
          description:
            "The PIN goes in the JSON body ({\"pin\":\"123456\"}) or in the X-Tracking-Pin header, never in the URL: a `pin` query parameter answers 400. A wrong code and a wrong PIN answer alike (404). While a client or a code must wait, every answer is 429 whatever the PIN.",
          parameters: [
            { name: "code", in: "path", required: true, schema: { type: "string", maxLength: 60 } },
            { name: "X-Tracking-Pin", in: "header", required: false, schema: { type: "string", pattern: "^\\d{6}$" } },
          ],
          requestBody: {
            required: false,
            content: { "application/json": { schema: { type: "object", properties: { pin: { type: "string", pattern: "^\\d{6}$" } }, required: ["pin"] } } },
          },
          responses: {
            "200": { description: "The dossier's public status and timeline (no personal data)", content: { "application/json": { schema: { type: "object" } } } },
            "400": problemResponse("Code or PIN malformed, PIN missing, or a PIN in the URL"),
            "404": problemResponse("No dossier matches this code and PIN"),
            "429": problemResponse("Too many attempts from this client or at this code; retry later"),
          },
        },
        get: {
          operationId: "trackDossierByHeader",
          summary: "As the POST, with the PIN in the X-Tracking-Pin header (a pin query parameter answers 400)",
          parameters: [
            { name: "code", in: "path", required: true, schema: { type: "string", maxLength: 60 } },
            { name: "X-Tracking-Pin", in: "header", required: true, schema: { type: "string", pattern: "^\\d{6}$" } },
          ],
          responses: {
            "200": { description: "The dossier's public status", content: { "application/json": { schema: { type: "object" } } } },
            "400": problemResponse("PIN missing or in the URL"),
            "404": problemResponse("No dossier matches this code and PIN"),
            "429": problemResponse("Too many attempts; retry later"),
          },
        },
      },
    },
    components: {
      schemas: {
        ProcedureList: schema(procedureListSchema),
        ProcedureDetail: schema(procedureDetailSchema),
        SuggestList: schema(suggestListSchema),
        Problem: schema(problemSchema),
      },
    },
  });
  return cachedDocument;
}
