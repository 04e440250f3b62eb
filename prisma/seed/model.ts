// Seeds the default maturity model on first start, in every mode (production included).
import type { PrismaClient } from "../../lib/db/generated/client";
import { defaultModel } from "../../lib/model/default-model";

export async function seedDefaultModel(prisma: PrismaClient): Promise<"created" | "present"> {
  const existing = await prisma.maturityModel.findUnique({ where: { version: defaultModel.version }, select: { id: true } });
  if (existing) return "present";
  await prisma.$transaction(async (tx) => {
    const anyCurrent = await tx.maturityModel.count({ where: { isCurrent: true } });
    const model = await tx.maturityModel.create({
      data: {
        version: defaultModel.version,
        name: defaultModel.name,
        description: defaultModel.description,
        isCurrent: anyCurrent === 0,
        levels: { create: defaultModel.levels },
        disciplines: { create: defaultModel.disciplines.map((d, i) => ({ ...d, position: i + 1 })) },
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { actorEmail: "system", action: "model.seed", entityType: "MaturityModel", entityId: model.id, after: { version: defaultModel.version } },
    });
  });
  return "created";
}
