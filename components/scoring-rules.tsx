import type { ScoringRule } from "@/lib/scoring/rules";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A model version's scoring rule in plain language, written from the rule its scores are computed with. */
export function ScoringRules({ rule }: { rule: ScoringRule }) {
  const share = percent(rule.realizationShare);
  return (
    <ol className="usa-list">
      <li>
        Each practice is answered with the level that best describes it today, or marked “not applicable”
        {rule.notApplicableNeedsReason ? ", with the reason it does not apply to the program (the council can return an assessment whose reason does not hold)" : ""}.
      </li>
      <li>
        A discipline’s <strong>score</strong> is the average level of its answered practices, to one decimal. Practices marked “not applicable” are left
        out.
      </li>
      <li>
        A discipline’s <strong>level</strong> is the highest level that at least {share} of its answered practices reach
        {rule.maxLevelsBelow === null ? (
          "."
        ) : (
          <>
            {" "}
            while no answered practice sits more than {rule.maxLevelsBelow === 1 ? "one level" : `${rule.maxLevelsBelow} levels`} below it.
          </>
        )}{" "}
        This follows the model’s rule that each level requires the full realization of the levels below it: one strong practice cannot lift a discipline
        {rule.maxLevelsBelow === null ? "" : ", and one weak practice cannot hide behind strong ones"}.
      </li>
      <li>
        A discipline is only scored when at least {rule.minAnsweredPractices} of its practices, and at least {percent(rule.minAnsweredShare)} of them,
        are answered with a level. Otherwise it is shown as “not enough answers to score”.
      </li>
      <li>
        The <strong>overall score</strong> is the average of the scored disciplines’ scores, so each discipline counts the same however many practices
        it has. The <strong>overall level</strong>{" "}
        {rule.overallLevel === "lowest-discipline"
          ? "is the lowest level of the scored disciplines: a program is only as mature as its weakest discipline"
          : `is the highest level that at least ${share} of the scored disciplines reach`}
        .{rule.overallNeedsEveryDiscipline ? " There is no overall score or level until every discipline is scored." : ""}
      </li>
      <li>
        A <strong>gap</strong> is the number of levels between a discipline’s (or practice’s) level and its target. Without a target, the target is
        the next level up.
      </li>
    </ol>
  );
}
