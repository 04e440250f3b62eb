import { MIN_ANSWERED_PRACTICES, MIN_ANSWERED_SHARE, REALIZATION_SHARE } from "@/lib/scoring/rules";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The scoring rule in plain language, written from the constants the scoring code uses. */
export function ScoringRules() {
  return (
    <ol className="usa-list">
      <li>Each practice is answered with the level that best describes it today, or marked “not applicable”.</li>
      <li>
        A discipline’s <strong>score</strong> is the average level of its answered practices, to one decimal. Practices marked “not applicable” are left
        out.
      </li>
      <li>
        A discipline’s <strong>level</strong> is the highest level that at least {percent(REALIZATION_SHARE)} of its answered practices reach. This
        follows the model’s rule that each level requires the full realization of the levels below it: one strong practice cannot lift a discipline.
      </li>
      <li>
        A discipline is only scored when at least {MIN_ANSWERED_PRACTICES} of its practices, and at least {percent(MIN_ANSWERED_SHARE)} of them, are
        answered with a level. Otherwise it is shown as “not enough answers to score”.
      </li>
      <li>
        The <strong>overall score</strong> is the average of the scored disciplines’ scores, so each discipline counts the same however many practices
        it has. The <strong>overall level</strong> is the highest level that at least {percent(REALIZATION_SHARE)} of the scored disciplines reach.
      </li>
      <li>
        A <strong>gap</strong> is the number of levels between a discipline’s (or practice’s) level and its target. Without a target, the target is
        the next level up.
      </li>
    </ol>
  );
}
