// What a comparison across model versions says, so every page that puts two versions side by side
// says it the same way.

/** "FY2024 was assessed on model version 1 and FY2026 on version 2: …", or null when they share a version. */
export function versionChangeText(from: { label: string; version: number }, to: { label: string; version: number }): string | null {
  if (from.version === to.version) return null;
  return `${from.label} was assessed on model version ${from.version} and ${to.label} on version ${to.version}. The versions differ in practices and in how answers become levels (see Methodology), so part of any change in level comes from the model, not the program.`;
}

/** "Versions 1 and 2", for a set of assessments that mixes versions; null when they share one. */
export function mixedVersionsText(versions: readonly number[]): string | null {
  const distinct = [...new Set(versions)].sort((a, b) => a - b);
  if (distinct.length < 2) return null;
  const named = `${distinct.slice(0, -1).join(", ")} and ${distinct.at(-1)}`;
  return `These assessments were taken on model versions ${named}. The versions differ in practices and in how answers become levels (see Methodology), so compare levels across versions with care.`;
}
