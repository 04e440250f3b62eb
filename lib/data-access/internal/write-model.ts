// Writes a model document as a new MaturityModel version. Used by the seed and by the
// administrators' import (models.ts, which checks the actor first).
import type { Prisma } from "@/lib/db/generated/client";
import { disciplineA11Areas, type ModelDocument } from "@/lib/model/model-schema";

export async function writeModelVersion(tx: Prisma.TransactionClient, doc: ModelDocument, options: { makeCurrent: boolean }) {
  const latest = await tx.maturityModel.aggregate({ _max: { version: true } });
  const version = (latest._max.version ?? 0) + 1;
  if (options.makeCurrent) await tx.maturityModel.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
  const model = await tx.maturityModel.create({
    data: {
      version,
      name: doc.name,
      description: doc.description,
      isCurrent: options.makeCurrent,
      scoringRule: doc.scoring,
      glossary: doc.glossary,
      levels: { create: doc.levels },
    },
    select: { id: true, version: true },
  });
  for (const [index, d] of doc.disciplines.entries()) {
    await tx.discipline.create({
      data: {
        modelId: model.id,
        key: d.key,
        name: d.name,
        description: d.description,
        position: index + 1,
        a11Areas: disciplineA11Areas(d.practices),
        practices: {
          create: d.practices.map((p, position) => ({
            key: p.key,
            title: p.title,
            description: p.description,
            position: position + 1,
            a11Areas: p.a11Areas,
            evidenceFromLevel: p.evidenceFromLevel,
            descriptors: { create: p.descriptors.map((text, i) => ({ levelRank: i + 1, text })) },
          })),
        },
      },
    });
  }
  return model;
}
