// The matrix's server actions (see ../authorization-matrix.ts): what each one is called with, and
// how the database shows it did its work. The administrators' actions are in ./admin-actions.ts.
import { randomUUID } from "node:crypto";
import type { AssessmentStatus } from "../../lib/db/generated/enums";
import type { ActionArgs } from "../../testing/next-actions";
import type { Role, World } from "../authorization-matrix";
import { createAccount, createAssessment, e2eDb, uniqueSuffix } from "../factories";

export type ActionCall = {
  /** The page the form is on: the action is posted there, as the browser does. */
  page: string;
  args: ActionArgs;
  /** Whether the action did its work, read from the database (or, where noted, the answer). */
  done: (answer: string) => Promise<boolean>;
};
/** `call` prepares fresh objects of program A's agency (X) for each role, so no call depends on another. */
export type ActionRow = { action: string; expect: string; call: (w: World, role: Role) => Promise<ActionCall> };

//                      anonymous leadA leadB ccoX  ccoY council admin disabled
const leadOfA        = "in        write 404   404   404  404     404   in   404";
const plannersOfA    = "in        write 404   write 404  404     write in   404";
const reviewers      = "in        404   404   404   404  write   write in   404";
// Whoever may read a submitted assessment of program A: its leads, its agency's CCO, the council, administrators.
const readersOfA     = "in        write 404   write 404  write   write in   404";
export const administrators = "in        404   404   404   404  404     write in   404";

export const db = () => e2eDb();

/** A new program of agency X led by lead A and the disabled user (who would be allowed, if enabled). */
export async function freshProgram(w: World, what: string) {
  const program = await db().program.create({ data: { agencyId: w.x.id, name: `Matrix ${what} ${uniqueSuffix()}` }, select: { id: true } });
  await db().programMembership.createMany({ data: [w.users.leadA.id, w.users.disabled.id].map((userId) => ({ userId, programId: program.id })) });
  return program.id;
}

async function freshAssessment(w: World, status: AssessmentStatus, answered = 0) {
  const programId = await freshProgram(w, `${status.toLowerCase()} assessment`);
  const { assessmentId } = await createAssessment(programId, w.users.leadA.id, { status, answered });
  return assessmentId;
}

export const freshAgency = async () => (await db().agency.create({ data: { name: `Matrix agency ${uniqueSuffix()}`, abbreviation: `MG${uniqueSuffix()}` }, select: { id: true } })).id;

/** An account that cannot sign in, for the administrators' user actions to change. */
export const freshUser = async () => (await createAccount("COUNCIL", "Matrix Victim", { canSignIn: false })).id;

/** Retired (unless asked) and mapped to nothing: no gap recommends it while the suite runs. */
export const freshResource = async (retired = true) =>
  (await db().resource.create({ data: { title: `Matrix resource ${uniqueSuffix()}`, url: "https://digital.gov/", topic: "Matrix", retiredAt: retired ? new Date() : null }, select: { id: true } })).id;

export async function freshCycle(w: World) {
  const cycle = await db().cycle.create({
    data: { name: `Matrix ${uniqueSuffix()}`, startsOn: new Date("2090-10-01"), endsOn: new Date("2091-09-30") },
    select: { id: true },
  });
  w.createdCycles.push(cycle.id);
  return cycle.id;
}

export const resourceFields = { url: "https://digital.gov/guides/", publisher: "", format: "", size: "", topic: "Matrix", subheading: "" };

export const programActionRows: ActionRow[] = [
  {
    action: "lib/actions/assessments.ts#startAssessmentAction",
    expect: leadOfA,
    call: async (w) => {
      const programId = await freshProgram(w, "to start");
      return {
        page: `/programs/${programId}`,
        args: { form: { programId, cycleId: w.openCycle } },
        done: async () => (await db().assessment.count({ where: { programId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/answers.ts#saveAnswerAction",
    expect: leadOfA,
    call: async (w) => {
      const assessmentId = await freshAssessment(w, "DRAFT");
      return {
        page: `/assessments/${assessmentId}/disciplines/${w.model.disciplineKey}`,
        // The questionnaire's autosave passes one plain object, not a form.
        args: { values: [{ assessmentId, practiceId: w.model.practiceId, choice: "3", evidenceNote: "", evidenceLinks: "", expectedVersion: 0 }] },
        done: async () => (await db().answer.count({ where: { assessmentId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/answers.ts#saveDisciplineAction",
    expect: leadOfA,
    call: async (w) => {
      const assessmentId = await freshAssessment(w, "DRAFT");
      const practice = w.model.practiceId;
      return {
        page: `/assessments/${assessmentId}/disciplines/${w.model.disciplineKey}`,
        args: { form: { assessmentId, next: `/assessments/${assessmentId}/check`, practiceIds: practice, [`choice-${practice}`]: "4", [`version-${practice}`]: "0" } },
        done: async () => (await db().answer.count({ where: { assessmentId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/assignments.ts#assignWorkAction",
    expect: leadOfA,
    call: async (w) => {
      const assessmentId = await freshAssessment(w, "DRAFT");
      return {
        page: `/assessments/${assessmentId}/assignments`,
        args: { form: { assessmentId, disciplineKey: w.model.disciplineKey, practiceKey: "", userId: w.users.leadA.id, dueOn: "2020-03-31" } },
        done: async () => (await db().assignment.count({ where: { assessmentId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/assignments.ts#inviteProgramMemberAction",
    expect: leadOfA,
    call: async (w) => {
      const programId = await freshProgram(w, "invitation");
      const email = `matrix-invited-${uniqueSuffix()}@example.gov`;
      return {
        page: `/assessments/${w.a.draft}/assignments`,
        args: { form: { programId, name: "Matrix Invited", email } },
        done: async () => (await db().user.count({ where: { email } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/discussion.ts#addCommentAction",
    expect: readersOfA,
    call: async (w) => {
      const assessmentId = await freshAssessment(w, "SUBMITTED");
      return {
        page: `/assessments/${assessmentId}/practices/${w.model.practiceId}/discussion`,
        args: { form: { assessmentId, practiceId: w.model.practiceId, body: "Matrix comment", needsLook: "on" } },
        done: async () => (await db().comment.count({ where: { assessmentId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/discussion.ts#clearNeedsLookAction",
    expect: leadOfA,
    call: async (w) => {
      // Returned by the council with a flag: the answers can change again, so the flag can be cleared.
      const assessmentId = await freshAssessment(w, "RETURNED");
      const { id } = await db().comment.create({ data: { assessmentId, practiceId: w.model.practiceId, authorId: w.users.council.id, body: "Look again", needsLook: true }, select: { id: true } });
      return {
        page: `/assessments/${assessmentId}/practices/${w.model.practiceId}/discussion`,
        args: { form: { assessmentId, practiceId: w.model.practiceId } },
        done: async () => (await db().comment.findUniqueOrThrow({ where: { id } })).clearedAt !== null,
      };
    },
  },
  {
    action: "lib/actions/answers.ts#confirmCarriedAnswersAction",
    expect: leadOfA,
    call: async (w) => {
      const assessmentId = await freshAssessment(w, "DRAFT", Number.MAX_SAFE_INTEGER);
      await db().answer.updateMany({ where: { assessmentId }, data: { carriedOver: true } });
      return {
        page: `/assessments/${assessmentId}/disciplines/${w.model.disciplineKey}`,
        args: { form: { assessmentId, disciplineKey: w.model.disciplineKey } },
        done: async () => (await db().answer.count({ where: { assessmentId, carriedOver: true, practice: { discipline: { key: w.model.disciplineKey } } } })) === 0,
      };
    },
  },
  {
    action: "lib/actions/answers.ts#submitAssessmentAction",
    expect: leadOfA,
    call: async (w) => {
      const assessmentId = await freshAssessment(w, "DRAFT", Number.MAX_SAFE_INTEGER);
      return {
        page: `/assessments/${assessmentId}/check`,
        args: { form: { assessmentId, submitKey: randomUUID() } },
        done: async () => (await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status === "SUBMITTED",
      };
    },
  },
  {
    action: "lib/actions/reviews.ts#reviewAction",
    expect: reviewers,
    call: async (w) => {
      // Returned, not accepted: an accepted assessment would join every portfolio other tests read.
      const assessmentId = await freshAssessment(w, "SUBMITTED", Number.MAX_SAFE_INTEGER);
      return {
        page: `/council/review/${assessmentId}`,
        args: { form: { assessmentId, decision: "RETURNED", comment: "Matrix: please link the evidence.", expectedVersion: "2" } },
        done: async () => (await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status === "RETURNED",
      };
    },
  },
  {
    action: "lib/actions/targets.ts#setTargetsAction",
    expect: plannersOfA,
    call: async (w) => {
      const programId = await freshProgram(w, "targets");
      const key = w.model.disciplineKey;
      return {
        // The form is on the results page; program A's accepted results stand in for the new program's.
        page: `/assessments/${w.a.accepted}/results`,
        args: { form: { programId, disciplineKey: key, [`target-${key}`]: "4", [`due-${key}`]: "", [`version-${key}`]: "0" } },
        done: async () => (await db().target.count({ where: { programId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/action-items.ts#createActionItemAction",
    expect: plannersOfA,
    call: async (w) => {
      const programId = await freshProgram(w, "action item");
      return {
        page: `/programs/${programId}/action-items/new?discipline=${w.model.disciplineKey}`,
        args: { form: { programId, disciplineKey: w.model.disciplineKey, practiceKey: "", title: "Matrix: map the journey", ownerName: "Pat Owner", dueOn: "", notes: "" } },
        done: async () => (await db().actionItem.count({ where: { programId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/action-items.ts#setActionItemStatusAction",
    expect: plannersOfA,
    call: async (w) => {
      const programId = await freshProgram(w, "action item status");
      const item = await db().actionItem.create({
        data: { programId, disciplineKey: w.model.disciplineKey, title: "Matrix: survey", ownerName: "Pat Owner", createdById: w.users.leadA.id },
        select: { id: true },
      });
      return {
        page: `/programs/${programId}/progress`,
        args: { form: { actionItemId: item.id, status: "IN_PROGRESS", expectedVersion: "1" } },
        done: async () => (await db().actionItem.findUniqueOrThrow({ where: { id: item.id } })).status === "IN_PROGRESS",
      };
    },
  },
];
