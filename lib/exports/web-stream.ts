/**
 * A Node stream, or any async source of byte chunks, as a web ReadableStream for `new Response(…)`:
 * read one chunk at a time as the client asks (no buffer of its own, so the source's backpressure
 * reaches the database), and returned (a stream destroyed) when the client goes away.
 */
export function webStreamOf(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      },
      async cancel() {
        await chunks.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
