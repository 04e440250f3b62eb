// One-sentence summaries that stand beside each chart, for people who do not see the chart.
type Scored = { name: string; score: number | null; level: number | null };
type Gapped = { name: string; gap: number; target: number };

const levelText = (level: number, names: readonly string[]) => `level ${level} (${names[level - 1] ?? "?"})`;

export function scoresSummary(disciplines: readonly Scored[], levelNames: readonly string[]): string {
  const scored = disciplines.filter((d): d is Scored & { score: number; level: number } => d.score !== null && d.level !== null);
  if (scored.length === 0) return "No discipline has enough answers to be scored.";
  const byScore = [...scored].sort((a, b) => b.score - a.score);
  const top = byScore[0]!;
  const bottom = byScore[byScore.length - 1]!;
  const unscored = disciplines.length - scored.length;
  const parts = [
    top === bottom
      ? `${top.name} scores ${top.score} of 5, ${levelText(top.level, levelNames)}.`
      : `Strongest is ${top.name} at ${top.score} of 5, ${levelText(top.level, levelNames)}; weakest is ${bottom.name} at ${bottom.score}, ${levelText(bottom.level, levelNames)}.`,
  ];
  if (unscored > 0) parts.push(`${unscored} discipline${unscored === 1 ? " has" : "s have"} too few answers to score.`);
  return parts.join(" ");
}

export function gapsSummary(gaps: readonly Gapped[]): string {
  const open = gaps.filter((g) => g.gap > 0);
  if (open.length === 0) return "Every discipline has reached its target.";
  const largest = open[0]!;
  return `${open.length} of ${gaps.length} disciplines are below target. The largest gap is ${largest.name}: ${largest.gap} level${largest.gap === 1 ? "" : "s"} below its target of level ${largest.target}.`;
}
