/**
 * Keeps the first `cap` bytes of a stream and counts the rest, so whatever a run prints the
 * controller holds at most `cap` bytes per stream. Chunks past the cap are dropped on arrival.
 */
export class CappedBuffer {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  /** Every byte seen, kept or dropped. */
  total = 0;

  constructor(readonly cap: number) {}

  push(chunk: Buffer): void {
    this.total += chunk.length;
    const room = this.cap - this.kept;
    if (room <= 0) return;
    const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
    // Copy a slice so the big chunk it came from is not retained.
    this.chunks.push(part === chunk ? chunk : Buffer.from(part));
    this.kept += part.length;
  }

  get truncated(): boolean {
    return this.total > this.kept;
  }

  get keptBytes(): number {
    return this.kept;
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.chunks, this.kept);
  }

  /** The kept text (a split UTF-8 sequence at the cut becomes U+FFFD) plus a note when cut. */
  toText(): string {
    const text = this.toBuffer().toString('utf8');
    return this.truncated
      ? `${text}\n[output truncated: ${this.total - this.kept} more bytes]`
      : text;
  }
}

/** Cuts a string to at most `max` characters with a note; for per-test messages and output. */
export function boundText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\n[truncated: ${text.length - max} more characters]`;
}
