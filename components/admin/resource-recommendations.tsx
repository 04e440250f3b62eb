type Recommended = { disciplines: { key: string; name: string }[]; practices: { key: string; title: string; disciplineName: string }[] };

/** Where results recommend a toolkit resource: the gaps of the disciplines and practices it is mapped to. */
export function ResourceRecommendations({ recommendedIn, retired, otherKeys }: { recommendedIn: Recommended; retired: boolean; otherKeys: string[] }) {
  return (
    <>
      <h2>Recommended in these gaps</h2>
      <p>A gap lists up to six resources: those mapped to its practices first, then those mapped to its discipline, in toolkit order.</p>
      {retired && <p>While the resource is retired, none of these gaps recommends it. Restore it to list it again.</p>}
      {recommendedIn.disciplines.length === 0 && recommendedIn.practices.length === 0 ? (
        <p>No gap in the current maturity model recommends this resource. Map it to disciplines or practices below.</p>
      ) : (
        <>
          <h3>Any gap in these disciplines</h3>
          {recommendedIn.disciplines.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul className="usa-list">
              {recommendedIn.disciplines.map((d) => (
                <li key={d.key}>{d.name}</li>
              ))}
            </ul>
          )}
          <h3>Gaps in these practices, most specific first</h3>
          {recommendedIn.practices.length === 0 ? (
            <p>None.</p>
          ) : (
            <ol className="usa-list">
              {recommendedIn.practices.map((p) => (
                <li key={p.key}>
                  {p.title} <span className="text-base-dark">({p.disciplineName})</span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {otherKeys.length > 0 && (
        <p>
          Also mapped to keys the current model does not have: {otherKeys.join(", ")}. They recommend nothing now, and saving the mapping below removes
          them.
        </p>
      )}
    </>
  );
}
