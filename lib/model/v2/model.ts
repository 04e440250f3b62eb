// Version 2 of the default model: the same levels and disciplines, practices A-11 §280 expects,
// descriptors with one checkable condition per step, a glossary, the crosswalk per practice, and a
// scoring rule that keeps "each level requires the full realization of the levels below it".
// What changed and why: docs/model-v2.md.
import { RULE_V2 } from "@/lib/scoring/rules";
import { DEFAULT_EVIDENCE_FROM_LEVEL } from "@/lib/scoring/evidence";
import { defaultModelV1 } from "../default-model";
import { MODEL_FORMAT, type ModelDocument } from "../model-schema";
import { disciplineDescriptionsV2 } from "./disciplines";
import { glossaryV2 } from "./glossary";
import { practicesV2 } from "./practices";

type DisciplineKey = keyof typeof practicesV2;

export const defaultModelV2: ModelDocument = {
  format: MODEL_FORMAT,
  name: "CX Maturity Model (default), second edition",
  description:
    "Five levels of customer-experience maturity across six CX disciplines. Each level requires the full realization of the levels below it: no practice may sit more than one level below a discipline's level, and the overall level is the weakest discipline's.",
  scoring: RULE_V2,
  glossary: glossaryV2,
  levels: defaultModelV1.levels,
  disciplines: defaultModelV1.disciplines.map((d) => {
    const key = d.key as DisciplineKey;
    return { key, name: d.name, description: disciplineDescriptionsV2[key], practices: practicesV2[key].map((p) => ({ ...p, evidenceFromLevel: DEFAULT_EVIDENCE_FROM_LEVEL })) };
  }),
};
