import { Row, Table } from "./uswds/table";

/** What keeps a file from being imported, one row per problem, by the file's row and its column or field. */
export function ImportProblems({ problems, placeLabel }: { problems: { row: number; place: string; message: string }[]; placeLabel: "Column" | "Field" }) {
  if (problems.length === 0) return null;
  return (
    <Table caption="Problems to fix before anything is imported" columns={["Row", placeLabel, "Problem"]}>
      {problems.map((p, i) => (
        <Row key={i} header={p.row} cells={[p.place, p.message]} />
      ))}
    </Table>
  );
}
