import { openApiDocument } from "@/lib/api/openapi";

// Public, with no token: the document describes the API, never its data.
export function GET() {
  return Response.json(openApiDocument());
}
