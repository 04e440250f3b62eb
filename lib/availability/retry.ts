import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { databaseReachable } from "@/lib/data-access/health";
import { isLocalPath, REQUEST_PATH_HEADER } from "./request-path";

/**
 * For a query that failed. When the database is indeed unreachable (a fresh probe fails, and proxy.ts
 * now knows it), the browser is sent back to the same address, which proxy.ts answers with the 503
 * page: a render cannot choose that status itself, Next.js answers 500 for anything thrown while
 * rendering. Any other failure is rethrown as it was.
 */
export async function rethrowUnlessDatabaseDown(error: unknown): Promise<never> {
  if (!(await databaseReachable())) {
    const path = (await headers()).get(REQUEST_PATH_HEADER);
    if (isLocalPath(path)) redirect(path);
  }
  throw error;
}
