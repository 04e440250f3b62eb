import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { answerExportRows, portfolioExportRows } from "@/lib/data-access/portfolio";
import { answerColumns, portfolioColumns } from "@/lib/exports/columns";
import { csvStream } from "@/lib/exports/csv";
import { xlsxBuffer } from "@/lib/exports/xlsx";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Downloads of the portfolio and of raw answers, for the filters in the query string. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const actor = await requireActor();
  const query = portfolioQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const file = (await params).file;
  const headers = (type: string) => ({
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="cx-${file.replace(".", `-${query.view}-${query.cycle || "all-cycles"}.`)}"`,
    "Cache-Control": "private, no-store",
  });
  switch (file) {
    case "portfolio.csv":
      return new Response(csvStream(portfolioColumns, await portfolioExportRows(actor, query)), { headers: headers("text/csv; charset=utf-8") });
    case "portfolio.xlsx":
      return new Response(new Uint8Array(await xlsxBuffer("Portfolio", portfolioColumns, await portfolioExportRows(actor, query))), { headers: headers(XLSX) });
    case "answers.csv":
      return new Response(csvStream(answerColumns, await answerExportRows(actor, query)), { headers: headers("text/csv; charset=utf-8") });
    case "answers.xlsx":
      return new Response(new Uint8Array(await xlsxBuffer("Answers", answerColumns, await answerExportRows(actor, query))), { headers: headers(XLSX) });
    default:
      notFound();
  }
}
