import { describe, expect, it } from "vitest";
import { CsvRecordCounter } from "./csv-records";

const count = (...chunks: string[]) => {
  const counter = new CsvRecordCounter();
  for (const chunk of chunks) counter.push(chunk);
  return counter;
};

describe("CsvRecordCounter", () => {
  it("counts CRLF records after a byte-order mark, header excluded from data rows", () => {
    const c = count("\ufeffa,b\r\n1,2\r\n3,4\r\n");
    expect([c.records, c.dataRows]).toEqual([3, 2]);
  });

  it("does not split a record at a line break inside quotes, nor at doubled quotes", () => {
    const c = count('a,b\r\n"line one\r\nline two",x\r\n"say ""hi""\n",y\r\n');
    expect(c.dataRows).toBe(2);
    expect(c.unterminatedQuote).toBe(false);
  });

  it("counts the same however the stream is chunked, CRLF split across chunks included", () => {
    const text = 'h\r\n"a\r\nb"\r\nc\r\nd';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(count(text.slice(0, cut), text.slice(cut)).records).toBe(4);
    }
  });

  it("counts a last record without a line break, and none for an empty stream", () => {
    expect(count("h\n1").dataRows).toBe(1);
    expect(count("").records).toBe(0);
    expect(count("\ufeff").records).toBe(0);
  });

  it("reports a stream cut off inside a quoted field", () => {
    expect(count('h\r\n"open').unterminatedQuote).toBe(true);
  });
});
