// What a piece of assigned work is: a whole discipline, or one practice of it given to someone else.
import { workState } from "./work-state";

export type Work = { disciplineKey: string; practiceKey: string };
export type PracticeRef = { id: string; key: string };

/**
 * The practices an assignment covers. A practice assigned on its own is its assignee's alone; the
 * discipline's assignee has the rest, so no practice is counted for two people.
 */
export function coveredPractices<P extends PracticeRef>(work: Work, assessmentWork: Work[], disciplinePractices: P[]): P[] {
  if (work.practiceKey) return disciplinePractices.filter((p) => p.key === work.practiceKey);
  const apart = new Set(assessmentWork.filter((w) => w.disciplineKey === work.disciplineKey && w.practiceKey).map((w) => w.practiceKey));
  return disciplinePractices.filter((p) => !apart.has(p.key));
}

/** How the work is named: short in titles and tables, a phrase in sentences ("The … is due tomorrow"). */
export function workName(disciplineName: string, practiceTitle: string | null): { short: string; phrase: string } {
  return practiceTitle
    ? { short: `${practiceTitle} (${disciplineName})`, phrase: `the practice “${practiceTitle}” of the ${disciplineName} discipline` }
    : { short: disciplineName, phrase: `the ${disciplineName} discipline` };
}

export type PersonWork = { userId: string; name: string; assignments: number; answered: number; total: number; overdue: number };

/**
 * Each assignee's share of an assessment, by name: how many assignments, practices answered of those
 * their assignments cover, and how many assignments are overdue on `today` (YYYY-MM-DD).
 */
export function workByPerson(
  assignments: (Work & { dueOn: string | null; user: { id: string; name: string } })[],
  disciplines: { key: string; practices: PracticeRef[] }[],
  answered: Set<string>,
  today: string,
): PersonWork[] {
  const people = new Map<string, PersonWork>();
  for (const a of assignments) {
    const covered = coveredPractices(a, assignments, disciplines.find((d) => d.key === a.disciplineKey)?.practices ?? []);
    const done = covered.filter((p) => answered.has(p.id)).length;
    const person = people.get(a.user.id) ?? { userId: a.user.id, name: a.user.name, assignments: 0, answered: 0, total: 0, overdue: 0 };
    person.assignments += 1;
    person.answered += done;
    person.total += covered.length;
    if (workState({ answered: done, total: covered.length, dueOn: a.dueOn }, today).overdue) person.overdue += 1;
    people.set(a.user.id, person);
  }
  return [...people.values()].sort((x, y) => x.name.localeCompare(y.name));
}
