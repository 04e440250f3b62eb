import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { databaseReachable } from "@/lib/data-access/health";
import { AVAILABILITY_HEADER, isLocalPath, REQUEST_PATH_HEADER } from "./request-path";
import { availabilityId } from "./state";

/**
 * For a query that failed. When the database is indeed unreachable (a fresh probe fails, and proxy.ts
 * now knows it), the browser is sent back to the same address, which proxy.ts answers with the 503
 * page: a render cannot choose that status itself, Next.js answers 500 for anything thrown while
 * rendering. Any other failure is rethrown as it was.
 */
export async function rethrowUnlessDatabaseDown(error: unknown): Promise<never> {
  if (!(await databaseReachable())) {
    const request = await headers();
    const path = request.get(REQUEST_PATH_HEADER);
    // Only when proxy.ts reads the very state just marked down (it does under `next start`, in the
    // same process); a proxy that cannot see it would send the browser round in circles.
    if (isLocalPath(path) && request.get(AVAILABILITY_HEADER) === availabilityId()) redirect(path);
  }
  throw error;
}
