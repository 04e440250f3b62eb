// The matrix's team assessment actions (see ../authorization-matrix.ts): a program's leads manage
// the team and set the consensus; only an invited respondent rates, and finishes.
import type { World } from "../authorization-matrix";
import { createAssessment } from "../factories";
import { db, freshProgram, type ActionRow } from "./actions";

//                      anonymous leadA leadB ccoX  ccoY council admin disabled respondentA
const leadOfA        = "in        write 404   404   404  404     404   in       404";
const invitedToRate  = "in        404   404   404   404  404     404   in       write";

type Team = { invited?: boolean; rated?: "none" | "all"; finished?: boolean; consensus?: boolean };

/**
 * A draft of a new program of agency X whose members are lead A, the disabled user and respondent A;
 * respondent A (and the disabled user, who would be allowed if enabled) invited unless asked not to.
 */
async function freshTeam(w: World, team: Team = {}) {
  const programId = await freshProgram(w, "team assessment");
  await db().programMembership.create({ data: { programId, userId: w.users.respondentA.id } });
  const { assessmentId } = await createAssessment(programId, w.users.leadA.id, { answered: 0 });
  const practices = await db().practice.findMany({ where: { discipline: { model: { isCurrent: true } } }, select: { id: true } });
  if (team.invited === false) return { assessmentId, respondentId: "" };
  const invite = (userId: string) =>
    db().respondent.create({
      data: {
        assessmentId,
        userId,
        invitedById: w.users.leadA.id,
        finishedAt: team.finished ? new Date() : null,
        ratings: team.rated === "all" ? { create: practices.map((p) => ({ practiceId: p.id, level: 3, confidence: "MEDIUM" as const })) } : undefined,
      },
      select: { id: true },
    });
  const [respondent] = await Promise.all([invite(w.users.respondentA.id), invite(w.users.disabled.id)]);
  if (team.consensus) await db().assessment.update({ where: { id: assessmentId }, data: { consensusStartedAt: new Date() } });
  return { assessmentId, respondentId: respondent.id };
}

export const teamActionRows: ActionRow[] = [
  {
    action: "lib/actions/team.ts#inviteRespondentAction",
    expect: leadOfA,
    call: async (w) => {
      const { assessmentId } = await freshTeam(w, { invited: false });
      return {
        page: `/assessments/${assessmentId}/team`,
        args: { form: { assessmentId, userId: w.users.respondentA.id } },
        done: async () => (await db().respondent.count({ where: { assessmentId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/team.ts#removeRespondentAction",
    expect: leadOfA,
    call: async (w) => {
      const { assessmentId, respondentId } = await freshTeam(w);
      return {
        page: `/assessments/${assessmentId}/team`,
        args: { form: { assessmentId, respondentId } },
        done: async () => (await db().respondent.count({ where: { id: respondentId } })) === 0,
      };
    },
  },
  {
    action: "lib/actions/team.ts#startConsensusAction",
    expect: leadOfA,
    call: async (w) => {
      const { assessmentId } = await freshTeam(w, { rated: "all", finished: true });
      return {
        page: `/assessments/${assessmentId}/team`,
        args: { form: { assessmentId } },
        done: async () => (await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).consensusStartedAt !== null,
      };
    },
  },
  {
    action: "lib/actions/team.ts#setConsensusAction",
    expect: leadOfA,
    call: async (w) => {
      const { assessmentId } = await freshTeam(w, { rated: "all", finished: true, consensus: true });
      return {
        page: `/assessments/${assessmentId}/consensus`,
        args: { form: { assessmentId, practiceId: w.model.practiceId, choice: "3", rationale: "", expectedVersion: "0" } },
        done: async () => (await db().answer.count({ where: { assessmentId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/team.ts#acceptSuggestionsAction",
    expect: leadOfA,
    call: async (w) => {
      const { assessmentId } = await freshTeam(w, { rated: "all", finished: true, consensus: true });
      return {
        page: `/assessments/${assessmentId}/consensus`,
        args: { form: { assessmentId } },
        done: async () => (await db().answer.count({ where: { assessmentId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/team.ts#saveRatingAction",
    expect: invitedToRate,
    call: async (w) => {
      const { assessmentId, respondentId } = await freshTeam(w);
      return {
        page: `/assessments/${assessmentId}/ratings`,
        args: { form: { assessmentId, practiceId: w.model.practiceId, choice: "2", confidence: "HIGH", note: "", expectedVersion: "0" } },
        done: async () => (await db().rating.count({ where: { respondentId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/team.ts#finishRatingAction",
    expect: invitedToRate,
    call: async (w) => {
      const { assessmentId, respondentId } = await freshTeam(w, { rated: "all" });
      return {
        page: `/assessments/${assessmentId}/ratings`,
        args: { form: { assessmentId } },
        done: async () => (await db().respondent.findUniqueOrThrow({ where: { id: respondentId } })).finishedAt !== null,
      };
    },
  },
];
