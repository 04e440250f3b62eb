// Seeds the default maturity model on first start, in every mode (production included).
import type { PrismaClient } from "../../lib/db/generated/client";
import { defaultModel } from "../../lib/model/default-model";
import { writeModelVersion } from "../../lib/data-access/internal/write-model";

export async function seedDefaultModel(prisma: PrismaClient): Promise<"created" | "present"> {
  if ((await prisma.maturityModel.count()) > 0) return "present";
  await prisma.$transaction(async (tx) => {
    const model = await writeModelVersion(tx, defaultModel, { makeCurrent: true });
    await tx.auditEvent.create({
      data: { actorEmail: "system", action: "model.seed", entityType: "MaturityModel", entityId: model.id, after: { version: model.version, name: defaultModel.name } },
    });
  });
  return "created";
}
