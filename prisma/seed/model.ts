// Seeds the shipped maturity models, in every mode (production included). A fresh start gets both
// versions with the second in use; an older installation gets the second beside its own, for an
// administrator to put in use (Administration → Maturity model).
import type { PrismaClient } from "../../lib/db/generated/client";
import type { ModelDocument } from "../../lib/model/model-schema";
import { defaultModelV1 } from "../../lib/model/default-model";
import { defaultModelV2 } from "../../lib/model/v2/model";
import { writeModelVersion } from "../../lib/data-access/internal/write-model";

export async function seedDefaultModel(prisma: PrismaClient): Promise<"created" | "added" | "present"> {
  const fresh = (await prisma.maturityModel.count()) === 0;
  if (!fresh && (await prisma.maturityModel.count({ where: { name: defaultModelV2.name } })) > 0) return "present";
  const shipped: [ModelDocument, boolean][] = fresh ? [[defaultModelV1, false], [defaultModelV2, true]] : [[defaultModelV2, false]];
  await prisma.$transaction(async (tx) => {
    for (const [doc, makeCurrent] of shipped) {
      const model = await writeModelVersion(tx, doc, { makeCurrent });
      await tx.auditEvent.create({
        data: { actorEmail: "system", action: "model.seed", entityType: "MaturityModel", entityId: model.id, after: { version: model.version, name: doc.name, makeCurrent } },
      });
    }
  });
  return fresh ? "created" : "added";
}
