import { exchangeJsonSchema } from "@/lib/exchange/format";

// Public, with no token: the schema describes the format, never data.
export function GET() {
  return Response.json(exchangeJsonSchema());
}
