import { describe, expect, it } from "vitest";
import { createPrintQueue, PrintQueueFull } from "./print-queue";

/** A printing that ends when the test says so. */
function deferred() {
  let finish!: (pdf: Buffer) => void;
  const promise = new Promise<Buffer>((resolve) => (finish = resolve));
  return { print: () => promise, finish: (text: string) => finish(Buffer.from(text)) };
}

const options = { concurrency: 2, waiting: 3, retryAfterSeconds: 7, cacheBytes: 1000 };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the print queue", () => {
  it("prints a few at once, lets a few wait, and refuses the rest with a time to come back", async () => {
    const queue = createPrintQueue(options);
    const jobs = Array.from({ length: 6 }, () => deferred());
    const answers = jobs.map((job, i) => queue.pdfFor(`report-${i}`, job.print).then((pdf) => pdf.toString(), (error: unknown) => error));
    await tick();
    expect([queue.printingNow, queue.waitingNow]).toEqual([2, 3]);
    expect(await answers[5]).toEqual(new PrintQueueFull(7));
    expect((await answers[5]) as PrintQueueFull).toMatchObject({ retryAfterSeconds: 7 });

    jobs[0]!.finish("pdf 0");
    await tick();
    // The first to wait starts as soon as one ends.
    expect([queue.printingNow, queue.waitingNow]).toEqual([2, 2]);
    jobs.slice(1, 5).forEach((job, i) => job.finish(`pdf ${i + 1}`));
    expect(await Promise.all(answers.slice(0, 5))).toEqual(["pdf 0", "pdf 1", "pdf 2", "pdf 3", "pdf 4"]);
    expect([queue.printingNow, queue.waitingNow]).toEqual([0, 0]);
  });

  it("prints a report once for requests at the same time, and serves it from the cache after", async () => {
    const queue = createPrintQueue(options);
    let printed = 0;
    const job = deferred();
    const print = () => {
      printed++;
      return job.print();
    };
    const together = [queue.pdfFor("same", print), queue.pdfFor("same", print)];
    job.finish("the report");
    expect((await Promise.all(together)).map(String)).toEqual(["the report", "the report"]);
    expect(String(await queue.pdfFor("same", print))).toBe("the report");
    expect(printed).toBe(1);
    // Another key (another reader, or changed content) prints again.
    const other = deferred();
    const again = queue.pdfFor("changed", other.print);
    other.finish("the new report");
    expect(String(await again)).toBe("the new report");
  });

  it("forgets the oldest reports past its size, and never caches a failed printing", async () => {
    const queue = createPrintQueue({ ...options, cacheBytes: 10 });
    let printed = 0;
    const print = (text: string) => async () => {
      printed++;
      return Buffer.from(text);
    };
    await queue.pdfFor("a", print("aaaaaa"));
    await queue.pdfFor("b", print("bbbbbb"));
    await queue.pdfFor("a", print("aaaaaa"));
    expect(printed).toBe(3);
    await expect(queue.pdfFor("c", () => Promise.reject(new Error("Chromium crashed")))).rejects.toThrow("Chromium crashed");
    await queue.pdfFor("c", print("cc"));
    expect(printed).toBe(4);
  });
});
