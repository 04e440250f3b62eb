/** A model's glossary terms with their definitions, as the Methodology page and the questions show them. */
export function GlossaryList({ terms }: { terms: readonly { term: string; definition: string }[] }) {
  return (
    <dl className="margin-bottom-0">
      {terms.map((g) => (
        <div key={g.term}>
          <dt className="text-bold margin-top-1">{g.term}</dt>
          <dd className="margin-left-0">{g.definition}</dd>
        </div>
      ))}
    </dl>
  );
}
