/** A section of a page, named by its heading (h2, or h3 under one), so it is a landmark to jump to. */
export function Section({ id, title, level = 2, className, children }: { id: string; title: React.ReactNode; level?: 2 | 3; className?: string; children: React.ReactNode }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className={className}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}
