// Team assessments: the lead asks program members to rate; each rates blind until they finish; the
// consensus shows the counted ratings, most disagreement first; the lead's answers need a rationale
// where the rules ask; submission waits for the consensus, the rationales and the evidence.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import type { Actor } from "@/lib/auth/actor";
import { createAgency, createCycle, createDraft, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { acceptSuggestions, getConsensus, setConsensusAnswer } from "./consensus";
import { answerRowCount } from "./internal/answer-rows";
import { getAssessmentOverview } from "./questionnaire";
import { finishRating, getRatingSheet, listMyRatings, saveRating } from "./ratings";
import { submitAssessment } from "./submission";
import { getTeam, inviteRespondent, removeRespondent, startConsensus } from "./team";
import { apiAnswerRows } from "./api";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

async function world() {
  const agency = await createAgency(prisma, ["Team program", "Other program"]);
  const [program, other] = agency.programs as [(typeof agency.programs)[0], (typeof agency.programs)[0]];
  const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const colleague = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const respondent = await createUser(prisma, "RESPONDENT", { programIds: [program.id] });
  const otherRespondent = await createUser(prisma, "RESPONDENT", { programIds: [other.id] });
  const cco = await createUser(prisma, "CCO", { agencyId: agency.id });
  const council = await createUser(prisma, "COUNCIL");
  const cycle = await createCycle(prisma, "OPEN");
  const draft = await createDraft(prisma, program.id, cycle.id, lead.userId);
  const otherDraft = await createDraft(prisma, other.id, cycle.id, lead.userId);
  return { program, other, lead, colleague, respondent, otherRespondent, cco, council, cycle, ...draft, otherAssessmentId: otherDraft.assessmentId };
}

type World = Awaited<ReturnType<typeof world>>;

/** Rates every practice at `level`, except those `except` gives another level. */
async function rateAll(w: World, actor: Actor, level: number, except: Record<string, number> = {}) {
  for (const p of w.practices) {
    const choice = String(except[p.id] ?? level) as "1" | "2" | "3" | "4" | "5";
    const result = await saveRating(actor, { assessmentId: w.assessmentId, practiceId: p.id, choice, confidence: "MEDIUM", note: "", expectedVersion: 0 });
    expect(result.ok).toBe(true);
  }
}

async function teamOfThree(w: World) {
  for (const person of [w.lead, w.colleague, w.respondent]) {
    expect(await inviteRespondent(w.lead, { assessmentId: w.assessmentId, userId: person.userId })).toEqual({ ok: true, value: { name: person.name } });
  }
}

describe("team assessments", () => {
  it("let a lead ask program members to rate, once each, and only them; the invited are told", async () => {
    const w = await world();
    expect((await getTeam(w.lead, w.assessmentId)).candidates.map((c) => c.id).sort()).toEqual([w.lead.userId, w.colleague.userId, w.respondent.userId].sort());
    await teamOfThree(w);
    expect(await inviteRespondent(w.lead, { assessmentId: w.assessmentId, userId: w.respondent.userId })).toEqual({ ok: true, value: { name: w.respondent.name } });
    expect(await prisma.respondent.count({ where: { assessmentId: w.assessmentId } })).toBe(3);
    expect(await inviteRespondent(w.lead, { assessmentId: w.assessmentId, userId: w.otherRespondent.userId })).toMatchObject({ ok: false, fieldErrors: { userId: ["Choose one of the program's members"] } });
    const told = await prisma.notification.findMany({ where: { userId: w.respondent.userId }, select: { link: true } });
    expect(told).toEqual([{ link: `/assessments/${w.assessmentId}/ratings` }]);
    const team = await getTeam(w.lead, w.assessmentId);
    expect(team.candidates).toEqual([]);
    expect(team.respondents.map((r) => r.name)).toEqual([w.lead.name, w.colleague.name, w.respondent.name]);
    // Nobody but the program's leads manages the team.
    for (const actor of [w.respondent, w.cco, w.otherRespondent]) {
      expect(isNotFound(await refusal(inviteRespondent(actor, { assessmentId: w.assessmentId, userId: w.colleague.userId })))).toBe(true);
    }
  });

  it("keeps ratings blind: the lead sees who has finished, not what they chose, and a respondent sees the others' only after finishing", async () => {
    const w = await world();
    await teamOfThree(w);
    const first = w.practices[0]!.id;
    await rateAll(w, w.respondent, 3, { [first]: 5 });
    await rateAll(w, w.colleague, 3, { [first]: 2 });
    expect((await getConsensus(w.respondent, w.assessmentId)).visible).toBe(false);
    expect((await getConsensus(w.lead, w.assessmentId)).practices.every((p) => p.ratings.length === 0)).toBe(true);
    expect((await getTeam(w.lead, w.assessmentId)).respondents.map((r) => [r.rated, r.finished])).toEqual([
      [0, false],
      [w.practices.length, false],
      [w.practices.length, false],
    ]);

    expect(await finishRating(w.respondent, { assessmentId: w.assessmentId })).toEqual({ ok: true, value: { alreadyFinished: false } });
    // Finished: the ratings are fixed, and the others' finished ratings show (none yet), pseudonymous.
    expect(await saveRating(w.respondent, { assessmentId: w.assessmentId, practiceId: first, choice: "4", confidence: "LOW", note: "", expectedVersion: 1 })).toMatchObject({ ok: false, message: "You have finished rating: your ratings can no longer change." });
    await finishRating(w.colleague, { assessmentId: w.assessmentId });
    const seen = await getConsensus(w.respondent, w.assessmentId);
    expect(seen.visible).toBe(true);
    expect(seen.named).toBe(false);
    expect(seen.practices[0]).toMatchObject({ id: first, summary: { count: 2, median: 3.5, lowest: 2, highest: 5, disagreement: true } });
    expect(seen.practices[0]!.ratings.map((r) => [r.who, r.choice])).toEqual([
      ["Respondent 2", 2],
      ["Respondent 3", 5],
    ]);
    expect(await listMyRatings(w.respondent)).toEqual([{ assessmentId: w.assessmentId, programName: w.program.name, cycleName: w.cycle.name, rated: w.practices.length, total: w.practices.length, state: "Finished" }]);
  });

  it("asks for every practice before finishing, and lets the lead remove only someone who has not rated", async () => {
    const w = await world();
    await teamOfThree(w);
    await saveRating(w.respondent, { assessmentId: w.assessmentId, practiceId: w.practices[0]!.id, choice: "NA", confidence: "HIGH", note: "Not ours", expectedVersion: 0 });
    expect(await finishRating(w.respondent, { assessmentId: w.assessmentId })).toEqual({
      ok: false,
      message: `${w.practices.length - 1} practices are not rated yet. Rate each one, or mark it not applicable, then finish.`,
    });
    // A stale second window is refused; the same save retried is not.
    const again = { assessmentId: w.assessmentId, practiceId: w.practices[0]!.id, confidence: "HIGH" as const, note: "Not ours", expectedVersion: 0 };
    expect(await saveRating(w.respondent, { ...again, choice: "NA" })).toMatchObject({ ok: true, value: { version: 1 } });
    expect(await saveRating(w.respondent, { ...again, choice: "2" })).toMatchObject({ ok: false, message: expect.stringContaining("changed in another window") });

    const team = await getTeam(w.lead, w.assessmentId);
    const [leadRow, colleagueRow, respondentRow] = team.respondents;
    expect(await removeRespondent(w.lead, { assessmentId: w.assessmentId, respondentId: respondentRow!.id })).toMatchObject({ ok: false, message: expect.stringContaining("has started rating") });
    expect(await removeRespondent(w.lead, { assessmentId: w.assessmentId, respondentId: colleagueRow!.id })).toEqual({ ok: true, value: { name: w.colleague.name } });
    expect(await prisma.respondent.count({ where: { assessmentId: w.assessmentId } })).toBe(2);
    expect(leadRow!.name).toBe(w.lead.name);
    const audit = await prisma.auditEvent.findMany({ where: { entityId: w.assessmentId, action: { startsWith: "respondent." } }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["respondent.invite", "respondent.invite", "respondent.invite", "respondent.remove"]);
  });

  it("runs the consensus: most disagreement first, named for the lead; a rationale where the rules ask; then submission checks the evidence", async () => {
    const w = await world();
    await teamOfThree(w);
    const [first, second] = w.practices.map((p) => p.id) as [string, string];
    await rateAll(w, w.lead, 3, { [first]: 2 });
    await rateAll(w, w.colleague, 3, { [first]: 4 });
    await rateAll(w, w.respondent, 3, { [first]: 3 });
    expect(await startConsensus(w.lead, { assessmentId: w.assessmentId })).toEqual({
      ok: false,
      message: "No one has finished rating yet: the consensus needs at least one respondent's finished ratings.",
    });
    for (const person of [w.lead, w.colleague]) await finishRating(person, { assessmentId: w.assessmentId });
    expect(await submitAssessment(w.lead, { assessmentId: w.assessmentId, submitKey: randomUUID() })).toMatchObject({ ok: false, message: expect.stringContaining("The team is still rating") });
    expect(await startConsensus(w.lead, { assessmentId: w.assessmentId })).toEqual({ ok: true, value: { counted: 2 } });
    expect(await startConsensus(w.lead, { assessmentId: w.assessmentId })).toEqual({ ok: true, value: { counted: 2 } });
    // The respondent who had not finished is not counted, and cannot rate any more.
    expect(await finishRating(w.respondent, { assessmentId: w.assessmentId })).toMatchObject({ ok: false, message: "The lead has started the consensus: ratings can no longer change." });

    const view = await getConsensus(w.lead, w.assessmentId);
    expect(view.canSet).toBe(true);
    expect(view.named).toBe(true);
    expect(view.practices[0]).toMatchObject({ id: first, suggested: 3, summary: { count: 2, median: 3, lowest: 2, highest: 4, disagreement: true } });
    expect(view.practices[0]!.ratings.map((r) => r.who)).toEqual([w.lead.name, w.colleague.name]);
    expect(view.overall).toEqual({ compared: w.practices.length, agreeing: w.practices.length - 1, share: (w.practices.length - 1) / w.practices.length });

    // A flagged practice needs a rationale, even at the suggestion; nothing is written without it.
    const refused = await setConsensusAnswer(w.lead, { assessmentId: w.assessmentId, practiceId: first, choice: "3", rationale: "", expectedVersion: 0 });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { rationale: [expect.stringContaining("disagree")] } });
    expect(await prisma.answer.count({ where: { assessmentId: w.assessmentId } })).toBe(0);
    expect(await setConsensusAnswer(w.lead, { assessmentId: w.assessmentId, practiceId: first, choice: "3", rationale: "Surveys exist but are not yet acted on.", expectedVersion: 0 })).toEqual({ ok: true, value: { version: 1 } });
    // Departing from the median (3) needs one too; at the median it does not.
    expect(await setConsensusAnswer(w.lead, { assessmentId: w.assessmentId, practiceId: second, choice: "4", rationale: "", expectedVersion: 0 })).toMatchObject({ ok: false, fieldErrors: { rationale: [expect.stringContaining("level 3")] } });
    expect(await setConsensusAnswer(w.lead, { assessmentId: w.assessmentId, practiceId: second, choice: "4", rationale: "The new dashboard went live last week.", expectedVersion: 0 })).toMatchObject({ ok: true });
    // The rest agree: one action takes each suggestion, and leaves the answers already set alone.
    expect(await acceptSuggestions(w.lead, { assessmentId: w.assessmentId })).toEqual({ ok: true, value: { set: w.practices.length - 2 } });
    expect(await acceptSuggestions(w.lead, { assessmentId: w.assessmentId })).toEqual({ ok: true, value: { set: 0 } });
    expect(await prisma.answer.findMany({ where: { assessmentId: w.assessmentId, practiceId: { in: [first, second] } }, orderBy: { level: "asc" }, select: { level: true } })).toEqual([{ level: 3 }, { level: 4 }]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "answer.consensus", entityId: `${w.assessmentId}:${first}` }, select: { after: true } });
    expect(audit.after).toEqual({ choice: "3", rationale: "Surveys exist but are not yet acted on.", version: 1, median: 3, disagreement: true });

    // Level 4 needs evidence: submission names the practice until it has some.
    const title = (await prisma.practice.findUniqueOrThrow({ where: { id: second }, select: { title: true } })).title;
    expect(await submitAssessment(w.lead, { assessmentId: w.assessmentId, submitKey: randomUUID() })).toEqual({
      ok: false,
      message: `1 practice is answered at a high level without evidence: “${title}” (level 4). Add an evidence note or link to it, then submit.`,
    });
    await prisma.answer.update({ where: { assessmentId_practiceId: { assessmentId: w.assessmentId, practiceId: second } }, data: { evidenceLinks: ["https://example.gov/dashboard"] } });
    expect(await submitAssessment(w.lead, { assessmentId: w.assessmentId, submitKey: randomUUID() })).toMatchObject({ ok: true });

    // Submitted: the CCO and the council read the ratings, with respondents as numbers.
    for (const reader of [w.cco, w.council]) {
      const theirs = await getConsensus(reader, w.assessmentId);
      expect(theirs.visible).toBe(true);
      expect(theirs.practices[0]!.ratings.map((r) => r.who)).toEqual(["Respondent 1", "Respondent 2"]);
      expect(theirs.canSet).toBe(false);
    }
    // The raw answers: each answer, then the finished respondents' ratings of it, numbered.
    const all = [];
    for await (const row of (await apiAnswerRows(w.council, w.assessmentId)).rows) all.push(row);
    // The count a download's progress is measured against: answers and the ratings after them.
    const { modelId } = await prisma.assessment.findUniqueOrThrow({ where: { id: w.assessmentId }, select: { modelId: true } });
    expect(await answerRowCount([{ id: w.assessmentId, modelId }])).toBe(all.length);
    const rows = all.filter((row) => row.practiceKey === w.practices[0]!.key);
    expect(rows.map((r) => [r.record, r.respondent, r.level, r.confidence])).toEqual([
      ["answer", "", 3, null],
      ["rating", "Respondent 1", 2, "MEDIUM"],
      ["rating", "Respondent 2", 4, "MEDIUM"],
    ]);
  });

  it("refuses a changed team answer without a rationale at submission, however it was changed", async () => {
    const w = await world();
    await inviteRespondent(w.lead, { assessmentId: w.assessmentId, userId: w.respondent.userId });
    await rateAll(w, w.respondent, 2);
    await finishRating(w.respondent, { assessmentId: w.assessmentId });
    await startConsensus(w.lead, { assessmentId: w.assessmentId });
    for (const p of w.practices) await setConsensusAnswer(w.lead, { assessmentId: w.assessmentId, practiceId: p.id, choice: "2", rationale: "", expectedVersion: 0 });
    // Changed on the discipline's page (the questionnaire), which asks for no rationale.
    await prisma.answer.update({ where: { assessmentId_practiceId: { assessmentId: w.assessmentId, practiceId: w.practices[0]!.id } }, data: { level: 3 } });
    const result = await submitAssessment(w.lead, { assessmentId: w.assessmentId, submitKey: randomUUID() });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("1 team answer needs a rationale") });
  });

  it("shows a respondent their own sheet and nothing else: another program's, the program's pages, are not found", async () => {
    const w = await world();
    await inviteRespondent(w.lead, { assessmentId: w.assessmentId, userId: w.respondent.userId });
    const sheet = await getRatingSheet(w.respondent, w.assessmentId);
    expect(sheet.total).toBe(w.practices.length);
    expect(sheet.closed).toBeNull();
    for (const attempt of [
      () => getRatingSheet(w.otherRespondent, w.assessmentId),
      () => getRatingSheet(w.respondent, w.otherAssessmentId),
      () => getRatingSheet(w.colleague, w.assessmentId),
      () => getAssessmentOverview(w.respondent, w.assessmentId),
      () => getConsensus(w.otherRespondent, w.assessmentId),
      () => getTeam(w.respondent, w.assessmentId),
      () => saveRating(w.otherRespondent, { assessmentId: w.assessmentId, practiceId: w.practices[0]!.id, choice: "3", confidence: "LOW", note: "", expectedVersion: 0 }),
    ]) {
      expect(isNotFound(await refusal(attempt()))).toBe(true);
    }
  });

  it("closes the rating with the cycle", async () => {
    const w = await world();
    await inviteRespondent(w.lead, { assessmentId: w.assessmentId, userId: w.respondent.userId });
    await prisma.cycle.update({ where: { id: w.cycle.id }, data: { status: "CLOSED" } });
    const rating = { assessmentId: w.assessmentId, practiceId: w.practices[0]!.id, choice: "3" as const, confidence: "LOW" as const, note: "", expectedVersion: 0 };
    expect(await saveRating(w.respondent, rating)).toMatchObject({ ok: false, message: expect.stringContaining("cycle is closed") });
    expect(await finishRating(w.respondent, { assessmentId: w.assessmentId })).toMatchObject({ ok: false, message: expect.stringContaining("cycle is closed") });
    expect((await getRatingSheet(w.respondent, w.assessmentId)).closed).toContain("cycle is closed");
  });

  it("lets no rating slip in after the consensus starts, whatever the order", async () => {
    const w = await world();
    await teamOfThree(w);
    await rateAll(w, w.colleague, 3);
    await finishRating(w.colleague, { assessmentId: w.assessmentId });
    const [started, saved] = await Promise.all([
      startConsensus(w.lead, { assessmentId: w.assessmentId }),
      saveRating(w.respondent, { assessmentId: w.assessmentId, practiceId: w.practices[0]!.id, choice: "1", confidence: "LOW", note: "", expectedVersion: 0 }),
    ]);
    expect(started.ok).toBe(true);
    const { consensusStartedAt } = await prisma.assessment.findUniqueOrThrow({ where: { id: w.assessmentId }, select: { consensusStartedAt: true } });
    const rating = await prisma.rating.findFirst({ where: { respondent: { userId: w.respondent.userId } }, select: { updatedAt: true } });
    // Either the rating was saved before the consensus started, or it was refused.
    if (saved.ok) expect(rating!.updatedAt.getTime()).toBeLessThanOrEqual(consensusStartedAt!.getTime());
    else expect(rating).toBeNull();
  });
});
