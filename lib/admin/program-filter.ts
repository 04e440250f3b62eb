// The programs picker's filter: every word typed must appear in the program's name or its agency's
// (case and accents aside), so "va claims" finds Veterans Benefits Claims at the VA.

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

export function filterPrograms<A extends { name: string; programs: { name: string }[] }>(agencies: readonly A[], query: string): A[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...agencies];
  return agencies.flatMap((agency) => {
    const programs = agency.programs.filter((p) => {
      const text = fold(`${agency.name} ${p.name}`);
      return words.every((w) => text.includes(w));
    });
    return programs.length ? [{ ...agency, programs }] : [];
  });
}
