import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getBrief } from "@/lib/data-access/brief";
import { answerExportRows, getPortfolioOptions, portfolioExportRows, type ExportRows } from "@/lib/data-access/portfolio";
import { briefDocx } from "@/lib/exports/brief-docx";
import { attachment } from "@/lib/exports/content-disposition";
import { answerColumns, portfolioColumns } from "@/lib/exports/columns";
import { csvStream } from "@/lib/exports/csv";
import { EXPORT_ROWS_HEADER } from "@/lib/exports/progress";
import { xlsxStream } from "@/lib/exports/xlsx";
import { pdfResponse } from "@/lib/pdf/render-report";
import { portfolioHref } from "@/lib/portfolio-links";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";

const CSV = "text/csv; charset=utf-8";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Downloads of the portfolio, of raw answers and of the executive brief, for the filters in the query string. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const actor = await requireActor();
  const query = portfolioQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const file = (await params).file;
  // The file's name carries the cycle: only a cycle that exists, never what the URL says.
  if (query.cycle && !(await getPortfolioOptions(actor)).cycles.includes(query.cycle)) {
    return new Response(`There is no cycle named “${query.cycle}”. Choose a cycle from the portfolio's filters.`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
  const headers = (type: string, rows?: number) => ({
    "Content-Type": type,
    "Content-Disposition": attachment(`cx-${file.replace(".", `-${query.view}-${query.cycle || "all-cycles"}.`)}`),
    "Cache-Control": "private, no-store",
    // The data rows to come: a streamed file has no length, and the download's progress needs a total.
    ...(rows === undefined ? {} : { [EXPORT_ROWS_HEADER]: String(rows) }),
  });
  const download = async <Row>(read: Promise<ExportRows<Row>>, write: (rows: AsyncIterable<Row>) => ReadableStream<Uint8Array>, type: string) => {
    const { rows, count } = await read;
    return new Response(write(rows), { headers: headers(type, count) });
  };
  switch (file) {
    case "portfolio.csv":
      return download(portfolioExportRows(actor, query), (rows) => csvStream(portfolioColumns, rows), CSV);
    case "portfolio.xlsx":
      return download(portfolioExportRows(actor, query), (rows) => xlsxStream("Portfolio", portfolioColumns, rows), XLSX);
    case "answers.csv":
      return download(answerExportRows(actor, query), (rows) => csvStream(answerColumns, rows), CSV);
    case "answers.xlsx":
      return download(answerExportRows(actor, query), (rows) => xlsxStream("Answers", answerColumns, rows), XLSX);
    case "brief.pdf": {
      // Access is refused here, before a browser is started for someone who may not read the brief.
      const brief = await getBrief(actor, query);
      return pdfResponse(portfolioHref("/portfolio/brief", query), (await cookies()).getAll(), actor, brief, headers("application/pdf"));
    }
    case "brief.docx": {
      const [brief, options] = await Promise.all([getBrief(actor, query), getPortfolioOptions(actor)]);
      return new Response(new Uint8Array(await briefDocx(brief, options.levelNames)), { headers: headers(DOCX) });
    }
    default:
      notFound();
  }
}
