import "server-only";
import { db } from "@/lib/db/client";

/** The current model's level names and disciplines, in order: the columns every portfolio view shows. */
export async function currentModelOutline() {
  const current = await db().maturityModel.findFirst({
    where: { isCurrent: true },
    select: { levels: { orderBy: { rank: "asc" }, select: { name: true } }, disciplines: { orderBy: { position: "asc" }, select: { key: true, name: true } } },
  });
  return { levelNames: current?.levels.map((l) => l.name) ?? [], disciplines: current?.disciplines ?? [] };
}
