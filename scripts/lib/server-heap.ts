// The app server's JavaScript heap is capped. Without a cap V8 sizes the heap from the machine's
// memory (4 GB on a 24 GB machine) and, while collecting is cheap, lets garbage pile up to four times
// what is live before a full collection: streaming the 920,000-row raw-answers CSV at 20,000 programs
// grew the server by 270 MB over a live heap under 100 MB. Capped at 512 MB it collects sooner and
// the same download grows the server by under 50 MB, as fast (bench/README.md, "Memory").
export const SERVER_HEAP_MB = 512;

/** The flag that caps the heap, unless NODE_OPTIONS already sets one (the operator's choice wins). */
export function serverHeapFlags(nodeOptions = ""): string[] {
  return /--max-old-space-size[=\s]/.test(nodeOptions) ? [] : [`--max-old-space-size=${SERVER_HEAP_MB}`];
}
