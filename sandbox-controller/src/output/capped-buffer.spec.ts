import fc from 'fast-check';
import { boundText, CappedBuffer } from './capped-buffer';

describe('CappedBuffer', () => {
  it('keeps everything under the cap', () => {
    const b = new CappedBuffer(10);
    b.push(Buffer.from('hello'));
    expect(b.toText()).toBe('hello');
    expect(b.truncated).toBe(false);
  });

  it('keeps the first cap bytes, counts the rest and says it cut', () => {
    const b = new CappedBuffer(4);
    b.push(Buffer.from('abc'));
    b.push(Buffer.from('defgh'));
    expect(b.toBuffer().toString()).toBe('abcd');
    expect(b.total).toBe(8);
    expect(b.toText()).toBe('abcd\n[output truncated: 4 more bytes]');
  });

  it('holds at most cap bytes whatever is pushed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 64 }),
        fc.array(fc.uint8Array({ maxLength: 50 })),
        (cap, chunks) => {
          const b = new CappedBuffer(cap);
          for (const c of chunks) b.push(Buffer.from(c));
          const all = Buffer.concat(chunks.map((c) => Buffer.from(c)));
          return (
            b.keptBytes <= cap &&
            b.total === all.length &&
            b.toBuffer().equals(all.subarray(0, Math.min(cap, all.length)))
          );
        },
      ),
    );
  });

  it('does not grow with a flood', () => {
    const b = new CappedBuffer(1024);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    for (let i = 0; i < 1000; i++) b.push(chunk);
    expect(b.keptBytes).toBe(1024);
    expect(b.total).toBe(64 * 1024 * 1000);
  });
});

describe('boundText', () => {
  it('cuts long text with a note', () => {
    expect(boundText('abcdef', 3)).toBe('abc\n[truncated: 3 more characters]');
    expect(boundText('abc', 3)).toBe('abc');
  });
});
