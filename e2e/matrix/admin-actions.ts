// The matrix's administration actions (see ./actions.ts for the shape of a row).
import { randomUUID } from "node:crypto";
import { uniqueSuffix } from "../factories";
import { administrators, db, freshAgency, freshCycle, freshProgram, freshResource, freshUser, resourceFields, type ActionRow } from "./actions";

export const adminActionRows: ActionRow[] = [
  {
    action: "lib/actions/admin.ts#createAgencyAction",
    expect: administrators,
    call: async () => {
      const name = `Matrix new agency ${uniqueSuffix()}`;
      return {
        page: "/admin/organizations",
        args: { form: { name, abbreviation: `MN${uniqueSuffix()}` } },
        done: async () => (await db().agency.count({ where: { name } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#renameAgencyAction",
    expect: administrators,
    call: async () => {
      const agencyId = await freshAgency();
      const name = `Matrix renamed agency ${uniqueSuffix()}`;
      return {
        page: "/admin/organizations",
        args: { form: { agencyId, name, expectedVersion: "1" } },
        done: async () => (await db().agency.findUniqueOrThrow({ where: { id: agencyId } })).name === name,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#toggleAgencyArchiveAction",
    expect: administrators,
    call: async () => {
      const agencyId = await freshAgency();
      return {
        page: "/admin/organizations",
        args: { form: { agencyId, expectedVersion: "1" } },
        done: async () => (await db().agency.findUniqueOrThrow({ where: { id: agencyId } })).archivedAt !== null,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#createProgramAction",
    expect: administrators,
    call: async (w) => {
      const name = `Matrix new program ${uniqueSuffix()}`;
      return {
        page: "/admin/organizations",
        args: { form: { agencyId: w.x.id, name, description: "" } },
        done: async () => (await db().program.count({ where: { agencyId: w.x.id, name } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#renameProgramAction",
    expect: administrators,
    call: async (w) => {
      const programId = await freshProgram(w, "to rename");
      const name = `Matrix renamed program ${uniqueSuffix()}`;
      return {
        page: "/admin/organizations",
        args: { form: { programId, name, expectedVersion: "1" } },
        done: async () => (await db().program.findUniqueOrThrow({ where: { id: programId } })).name === name,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#toggleProgramArchiveAction",
    expect: administrators,
    call: async (w) => {
      const programId = await freshProgram(w, "to archive");
      return {
        page: "/admin/organizations",
        args: { form: { programId, expectedVersion: "1" } },
        done: async () => (await db().program.findUniqueOrThrow({ where: { id: programId } })).archivedAt !== null,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#importProgramsAction",
    expect: administrators,
    call: async (w) => {
      const name = `Matrix imported program ${uniqueSuffix()}`;
      return {
        page: "/admin/organizations/import",
        args: { form: { csv: `agency,program,lead emails\n${w.x.abbreviation},${name},\n`, confirm: "yes" } },
        done: async () => (await db().program.count({ where: { agencyId: w.x.id, name } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#createUserAction",
    expect: administrators,
    call: async () => {
      const email = `matrix-new-${uniqueSuffix()}@example.gov`;
      return {
        page: "/admin/users",
        args: { form: { email, name: "Matrix New Person", password: randomUUID(), role: "COUNCIL", agencyId: "" } },
        done: async () => (await db().user.count({ where: { email } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#updateUserAction",
    expect: administrators,
    call: async (w) => {
      const userId = await freshUser();
      return {
        page: `/admin/users/${userId}`,
        args: { form: { userId, expectedVersion: "1", role: "CCO", agencyId: w.x.id } },
        done: async () => (await db().user.findUniqueOrThrow({ where: { id: userId } })).role === "CCO",
      };
    },
  },
  {
    action: "lib/actions/admin.ts#setUserDisabledAction",
    expect: administrators,
    call: async () => {
      const userId = await freshUser();
      return {
        page: `/admin/users/${userId}`,
        args: { form: { userId, disabled: "true" } },
        done: async () => (await db().user.findUniqueOrThrow({ where: { id: userId } })).disabledAt !== null,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#resetPasswordAction",
    expect: administrators,
    call: async () => {
      const userId = await freshUser();
      return {
        page: `/admin/users/${userId}`,
        args: { form: { userId, password: randomUUID() } },
        done: async () => (await db().user.findUniqueOrThrow({ where: { id: userId } })).passwordHash !== null,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#createCycleAction",
    expect: administrators,
    call: async (w) => {
      const name = `Matrix ${uniqueSuffix()}`;
      return {
        page: "/admin/cycles",
        args: { form: { name, startsOn: "2090-10-01", endsOn: "2091-09-30" } },
        done: async () => {
          const cycle = await db().cycle.findUnique({ where: { name }, select: { id: true } });
          if (cycle) w.createdCycles.push(cycle.id);
          return cycle !== null;
        },
      };
    },
  },
  {
    action: "lib/actions/admin.ts#setCycleStatusAction",
    expect: administrators,
    call: async (w) => {
      const cycleId = await freshCycle(w);
      return {
        page: "/admin/cycles",
        args: { form: { cycleId, status: "CLOSED", expectedVersion: "1" } },
        done: async () => (await db().cycle.findUniqueOrThrow({ where: { id: cycleId } })).status === "CLOSED",
      };
    },
  },
  {
    action: "lib/actions/admin.ts#setCycleDueDatesAction",
    expect: administrators,
    call: async (w) => {
      const cycleId = await freshCycle(w);
      return {
        page: "/admin/cycles",
        args: { form: { cycleId, submissionDueOn: "2031-03-31", reviewDueOn: "2031-05-31", expectedVersion: "1" } },
        done: async () => (await db().cycle.findUniqueOrThrow({ where: { id: cycleId } })).submissionDueOn !== null,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#setCurrentModelAction",
    expect: administrators,
    call: async (w, role) => {
      // Chooses the version already in use: recorded like any choice, changing nothing for other tests.
      const since = new Date();
      const actorId = role === "anonymous" ? null : w.users[role].id;
      return {
        page: "/admin/model",
        args: { form: { version: String(w.model.version) } },
        done: async () => (await db().auditEvent.count({ where: { action: "model.use", actorId, at: { gte: since } } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/models.ts#importModelAction",
    expect: administrators,
    call: async () => {
      // A valid file would add a model version that other tests count; a malformed one is read and
      // refused with the field named only once the actor passed the authorization check, so that
      // answer stands for the work done (and nothing is written either way).
      const file = { name: "matrix-model.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "cx-maturity-model/v1", name: "Matrix" })) };
      return {
        page: "/admin/model",
        args: { form: { file, makeCurrent: "" } },
        done: async (answer) => answer.includes("The model file has problems. Nothing was imported."),
      };
    },
  },
  {
    action: "lib/actions/exchange.ts#importAssessmentAction",
    expect: administrators,
    call: async (w) => {
      // A draft from another installation, for a fresh program of agency X and a fresh cycle.
      const programId = await freshProgram(w, "imported");
      const [program, cycle] = await Promise.all([
        db().program.findUniqueOrThrow({ where: { id: programId }, select: { name: true } }),
        db().cycle.findUniqueOrThrow({ where: { id: await freshCycle(w) }, select: { name: true } }),
      ]);
      const id = randomUUID();
      const at = new Date().toISOString();
      const doc = {
        format: "cx-maturity-assessment/v1",
        exportedAt: at,
        id,
        status: "DRAFT",
        program: { name: program.name, agency: { name: w.x.name, abbreviation: w.x.abbreviation } },
        cycle: { name: cycle.name, startsOn: "2090-10-01", endsOn: "2091-09-30" },
        model: { version: w.model.version, name: "Matrix" },
        createdAt: at,
        submittedAt: null,
        submittedBy: null,
        answers: [],
        scores: null,
        reviews: [],
      };
      const file = { name: "matrix-assessment.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) };
      return {
        page: "/admin/import-assessment",
        args: { form: { file } },
        done: async () => (await db().assessment.count({ where: { id, programId } })) === 1,
      };
    },
  },
  {
    action: "lib/actions/admin-resources.ts#createResourceAction",
    expect: administrators,
    call: async () => {
      const title = `Matrix new resource ${uniqueSuffix()}`;
      return {
        page: "/admin/resources",
        args: { form: { title, ...resourceFields } },
        done: async () => (await db().resource.count({ where: { title } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/admin-resources.ts#updateResourceAction",
    expect: administrators,
    call: async () => {
      const resourceId = await freshResource();
      const title = `Matrix edited resource ${uniqueSuffix()}`;
      return {
        page: `/admin/resources/${resourceId}`,
        args: { form: { resourceId, title, ...resourceFields } },
        done: async () => (await db().resource.findUniqueOrThrow({ where: { id: resourceId } })).title === title,
      };
    },
  },
  {
    action: "lib/actions/admin-resources.ts#setResourceRetiredAction",
    expect: administrators,
    call: async () => {
      const resourceId = await freshResource(false);
      return {
        page: `/admin/resources/${resourceId}`,
        args: { form: { resourceId, retired: "true" } },
        done: async () => (await db().resource.findUniqueOrThrow({ where: { id: resourceId } })).retiredAt !== null,
      };
    },
  },
  {
    action: "lib/actions/admin-resources.ts#setResourceMappingAction",
    expect: administrators,
    call: async (w) => {
      const resourceId = await freshResource();
      return {
        page: `/admin/resources/${resourceId}`,
        args: { form: { resourceId, disciplineKeys: [w.model.disciplineKey], practiceKeys: [], currentOrder: [] } },
        done: async () => (await db().resourceDiscipline.count({ where: { resourceId } })) > 0,
      };
    },
  },
];
