// The questionnaire's autosave as the browser's JavaScript calls it: a POST to the questionnaire
// page with the Next-Action header and React's encoding of the one argument. Each worker owns its
// own answers (no two workers save the same one, so nothing conflicts), keeps each answer's version
// from the previous save's result, and alternates the level so every save is a real change.
import type { HttpSession } from "../../testing/http-session";
import { postAction, saveAnswerOutcome } from "../../testing/next-actions";
import type { AutosaveTarget } from "./run-db";
import { expectStatus, type RequestFn } from "./run-load";

export function autosaveRequest(session: HttpSession, actionId: string, targets: readonly AutosaveTarget[], concurrency: number): RequestFn {
  if (targets.length < concurrency) throw new Error(`Autosave needs at least ${concurrency} answers (one per worker), the manifest has ${targets.length}`);
  const keys = new Set(targets.map((t) => `${t.assessmentId}/${t.practiceId}`));
  if (keys.size !== targets.length) throw new Error("The manifest's autosave entries repeat an answer; each must be distinct");

  const owned = Array.from({ length: concurrency }, (_, worker) => targets.filter((_, i) => i % concurrency === worker).map((t) => ({ ...t })));
  const cursor = new Array<number>(concurrency).fill(0);

  return async ({ worker }) => {
    const mine = owned[worker]!;
    const answer = mine[cursor[worker]!++ % mine.length]!;
    const choice = answer.choice === "3" ? "4" : "3";
    const response = await postAction(session, `/assessments/${answer.assessmentId}/disciplines/${answer.disciplineKey}`, actionId, {
      values: [
        {
          assessmentId: answer.assessmentId,
          practiceId: answer.practiceId,
          choice,
          evidenceNote: answer.evidenceNote,
          evidenceLinks: answer.evidenceLinks,
          expectedVersion: answer.version,
        },
      ],
    });
    const what = `autosave of ${answer.assessmentId}/${answer.practiceId}`;
    const outcome = saveAnswerOutcome(await expectStatus(response, [200], what));
    if (outcome.kind === "conflict") throw new Error(`${what}: conflict at version ${answer.version} (the database has ${outcome.theirVersion})`);
    if (outcome.kind === "failed") throw new Error(`${what}: not saved: ${outcome.message}`);
    if (outcome.version !== answer.version + 1 || outcome.choice !== choice) {
      throw new Error(`${what}: expected version ${answer.version + 1} with level ${choice}, got version ${outcome.version} with ${outcome.choice}`);
    }
    answer.version = outcome.version;
    answer.choice = choice;
  };
}
