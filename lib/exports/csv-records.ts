// Counts the records of an RFC 4180 CSV as it streams in, chunk by chunk: line breaks inside quoted
// fields (evidence notes) do not end a record. Pure.

export class CsvRecordCounter {
  private inQuotes = false;
  private recordOpen = false;
  private lastWasCr = false;
  private complete = 0;

  push(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      const wasCr = this.lastWasCr;
      this.lastWasCr = false;
      if (c === 0x22 /* " */) {
        // A doubled quote inside a quoted field toggles twice: out and back in.
        this.inQuotes = !this.inQuotes;
        this.recordOpen = true;
      } else if (!this.inQuotes && (c === 0x0a || c === 0x0d)) {
        if (c === 0x0a && wasCr) continue; // the LF of a CRLF
        if (c === 0x0d) this.lastWasCr = true;
        this.complete++;
        this.recordOpen = false;
      } else if (c !== 0xfeff) {
        this.recordOpen = true;
      }
    }
  }

  /** Records seen so far, counting a last one that has no line break after it. */
  get records(): number {
    return this.complete + (this.recordOpen ? 1 : 0);
  }

  /** Records after the header row. */
  get dataRows(): number {
    return Math.max(0, this.records - 1);
  }

  /** A quoted field still open: the stream ended in the middle of a record. */
  get unterminatedQuote(): boolean {
    return this.inQuotes;
  }
}
