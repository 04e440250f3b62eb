// The glossary beside the questions shows only the terms the page's own text uses.

type Term = { term: string; definition: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The glossary's terms that occur in the texts as whole words, in glossary order. */
export function termsUsed(glossary: readonly Term[], texts: readonly string[]): Term[] {
  const all = texts.join("\n");
  return glossary.filter((g) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(g.term)}(?![\\p{L}\\p{N}])`, "iu").test(all));
}
