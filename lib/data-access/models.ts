import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister } from "@/lib/auth/policy";
import { MODEL_FORMAT, parseGlossary, parseModelJson, parseScoringRule, type ModelDocument } from "@/lib/model/model-schema";
import type { ScoringRule } from "@/lib/scoring/rules";
import { writeModelVersion } from "./internal/write-model";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { requireThat } from "./internal/guards";

const modelContent = {
  id: true,
  version: true,
  name: true,
  description: true,
  scoringRule: true,
  glossary: true,
  levels: { orderBy: { rank: "asc" }, select: { rank: true, name: true, description: true } },
  disciplines: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      key: true,
      name: true,
      description: true,
      a11Areas: true,
      practices: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          key: true,
          title: true,
          description: true,
          a11Areas: true,
          evidenceFromLevel: true,
          descriptors: { orderBy: { levelRank: "asc" }, select: { levelRank: true, text: true } },
        },
      },
    },
  },
} as const;

async function loadModel(where: { isCurrent: true } | { version: number }) {
  const model = await db().maturityModel.findFirst({ where, select: modelContent });
  return model && { ...model, scoringRule: parseScoringRule(model.scoringRule), glossary: parseGlossary(model.glossary) };
}

export type ModelView = NonNullable<Awaited<ReturnType<typeof loadModel>>>;

/** The model new assessments use. The model is public to every signed-in user. */
export async function getCurrentModel(_actor: Actor): Promise<ModelView | null> {
  return loadModel({ isCurrent: true });
}

export type ModelRule = { version: number; name: string; isCurrent: boolean; rule: ScoringRule };

/** The rule of every version in use or with assessments, oldest first, for the Methodology page. Public to signed-in users. */
export async function listModelRules(_actor: Actor): Promise<ModelRule[]> {
  const models = await db().maturityModel.findMany({
    where: { OR: [{ isCurrent: true }, { assessments: { some: {} } }] },
    orderBy: { version: "asc" },
    select: { version: true, name: true, isCurrent: true, scoringRule: true },
  });
  return models.map(({ scoringRule, ...m }) => ({ ...m, rule: parseScoringRule(scoringRule) }));
}

export type ModelVersionSummary = { version: number; name: string; isCurrent: boolean; createdAt: Date; disciplines: number; practices: number; assessments: number };

export async function listModelVersions(actor: Actor): Promise<ModelVersionSummary[]> {
  requireThat(canAdminister(actor));
  const models = await db().maturityModel.findMany({
    orderBy: { version: "desc" },
    select: {
      version: true,
      name: true,
      isCurrent: true,
      createdAt: true,
      disciplines: { select: { _count: { select: { practices: true } } } },
      _count: { select: { assessments: true } },
    },
  });
  return models.map((m) => ({
    version: m.version,
    name: m.name,
    isCurrent: m.isCurrent,
    createdAt: m.createdAt,
    disciplines: m.disciplines.length,
    practices: m.disciplines.reduce((n, d) => n + d._count.practices, 0),
    assessments: m._count.assessments,
  }));
}

export async function exportModel(actor: Actor, version: number): Promise<ModelDocument> {
  requireThat(canAdminister(actor));
  const model = Number.isSafeInteger(version) ? await loadModel({ version }) : null;
  if (!model) notFound();
  return {
    format: MODEL_FORMAT,
    name: model.name,
    description: model.description,
    scoring: model.scoringRule,
    glossary: model.glossary,
    levels: model.levels,
    disciplines: model.disciplines.map((d) => ({
      key: d.key,
      name: d.name,
      description: d.description,
      practices: d.practices.map((p) => ({
        key: p.key,
        title: p.title,
        description: p.description,
        descriptors: p.descriptors.map((x) => x.text),
        a11Areas: p.a11Areas,
        evidenceFromLevel: p.evidenceFromLevel,
      })),
    })),
  };
}

/** A new model version from an uploaded document; nothing is written unless every field is valid. */
export async function importModel(actor: Actor, json: string, makeCurrent: boolean): Promise<Result<{ version: number }>> {
  requireThat(canAdminister(actor));
  const parsed = parseModelJson(json);
  if (!parsed.ok) return fail("The model file has problems. Nothing was imported.", { file: parsed.errors });
  const created = await db().$transaction(async (tx) => {
    const model = await writeModelVersion(tx, parsed.model, { makeCurrent });
    await recordAudit(tx, actor, {
      action: "model.import",
      entityType: "MaturityModel",
      entityId: model.id,
      after: { version: model.version, name: parsed.model.name, makeCurrent },
    });
    return model;
  });
  return ok({ version: created.version });
}

/** Which version new assessments use; assessments already started keep theirs. */
export async function setCurrentModel(actor: Actor, version: number): Promise<Result<{ version: number }>> {
  requireThat(canAdminister(actor));
  return db().$transaction(async (tx) => {
    const model = await tx.maturityModel.findUnique({ where: { version }, select: { id: true } });
    if (!model) return fail(`There is no model version ${version}.`);
    const previous = await tx.maturityModel.findFirst({ where: { isCurrent: true }, select: { version: true } });
    await tx.maturityModel.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
    await tx.maturityModel.update({ where: { id: model.id }, data: { isCurrent: true } });
    await recordAudit(tx, actor, { action: "model.use", entityType: "MaturityModel", entityId: model.id, before: { version: previous?.version ?? null }, after: { version } });
    return ok({ version });
  });
}
