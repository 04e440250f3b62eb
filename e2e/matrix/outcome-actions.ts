// The matrix's customer-survey import (see ../authorization-matrix.ts): administrators, and an
// agency's CCO for that agency.
import { OUTCOME_COLUMNS } from "../../lib/validation/outcome-import";
import { db, freshProgram, type ActionRow } from "./actions";

//                      anonymous leadA leadB ccoX  ccoY council admin disabled
const importersForX  = "in        404   404   write 404  404     write in   404";

export const outcomeActionRows: ActionRow[] = [
  {
    action: "lib/actions/outcomes.ts#importOutcomesAction",
    expect: importersForX,
    call: async (w) => {
      const programId = await freshProgram(w, "outcomes");
      const { name } = await db().program.findUniqueOrThrow({ where: { id: programId }, select: { name: true } });
      const row = [name, "Matrix service", 2026, 1, 100, 50, 10, ...Array.from({ length: 7 }, () => [0, 0, 2, 4, 4]).flat()];
      return {
        page: "/outcomes/import",
        args: { form: { agencyId: w.x.id, csv: `${OUTCOME_COLUMNS.join(",")}\n${row.join(",")}`, confirm: "yes" } },
        done: async () => (await db().outcomeQuarter.count({ where: { service: { programId } } })) > 0,
      };
    },
  },
];
