import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getBrief } from "@/lib/data-access/brief";
import { answerExportRows, getPortfolioOptions, portfolioExportRows } from "@/lib/data-access/portfolio";
import { briefDocx } from "@/lib/exports/brief-docx";
import { attachment } from "@/lib/exports/content-disposition";
import { answerColumns, portfolioColumns } from "@/lib/exports/columns";
import { csvStream } from "@/lib/exports/csv";
import { xlsxStream } from "@/lib/exports/xlsx";
import { pdfResponse } from "@/lib/pdf/render-report";
import { portfolioHref } from "@/lib/portfolio-links";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";

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
  const headers = (type: string) => ({
    "Content-Type": type,
    "Content-Disposition": attachment(`cx-${file.replace(".", `-${query.view}-${query.cycle || "all-cycles"}.`)}`),
    "Cache-Control": "private, no-store",
  });
  switch (file) {
    case "portfolio.csv":
      return new Response(csvStream(portfolioColumns, await portfolioExportRows(actor, query)), { headers: headers("text/csv; charset=utf-8") });
    case "portfolio.xlsx":
      return new Response(xlsxStream("Portfolio", portfolioColumns, await portfolioExportRows(actor, query)), { headers: headers(XLSX) });
    case "answers.csv":
      return new Response(csvStream(answerColumns, await answerExportRows(actor, query)), { headers: headers("text/csv; charset=utf-8") });
    case "answers.xlsx":
      return new Response(xlsxStream("Answers", answerColumns, await answerExportRows(actor, query)), { headers: headers(XLSX) });
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
