// Two columns for the exports' tests: a text that can carry formulas and a number that can be empty.
import type { Column } from "./columns";

export type Sample = { name: string; amount: number | null };
export const sampleColumns: Column<Sample>[] = [
  { key: "name", header: "Name", description: "A name.", value: (r) => r.name },
  { key: "amount", header: "Amount", description: "A number.", value: (r) => r.amount },
];
