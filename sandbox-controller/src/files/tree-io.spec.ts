import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readTree, removeTree, writeTree } from './tree-io';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tree-io-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('tree I/O never follows links', () => {
  it('writes and reads back a tree', () => {
    const root = path.join(dir, 'w');
    fs.mkdirSync(root);
    writeTree(
      root,
      new Map([
        ['a/b/c.txt', Buffer.from('c')],
        ['d.txt', Buffer.from('d')],
      ]),
    );
    expect(readTree(root)).toEqual(
      new Map([
        ['a/b/c.txt', Buffer.from('c')],
        ['d.txt', Buffer.from('d')],
      ]),
    );
  });

  it('refuses to write through a link planted at a file path', () => {
    const root = path.join(dir, 'w');
    fs.mkdirSync(root);
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'original');
    fs.symlinkSync(victim, path.join(root, 'a.txt'));
    expect(() => writeTree(root, new Map([['a.txt', Buffer.from('evil')]]))).toThrow(/EEXIST/);
    expect(fs.readFileSync(victim, 'utf8')).toBe('original');
  });

  it('refuses to write through a link planted at a directory path', () => {
    const root = path.join(dir, 'w');
    fs.mkdirSync(root);
    const outside = path.join(dir, 'outside');
    fs.mkdirSync(outside);
    fs.symlinkSync(outside, path.join(root, 'src'));
    expect(() => writeTree(root, new Map([['src/a.txt', Buffer.from('evil')]]))).toThrow(
      /not a directory/,
    );
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('refuses to read a tree that contains a link', () => {
    const root = path.join(dir, 'r');
    fs.mkdirSync(root);
    fs.symlinkSync('/etc/passwd', path.join(root, 'passwd'));
    expect(() => readTree(root)).toThrow(/links are refused/);
  });

  it('removes a tree without following the links in it', () => {
    const root = path.join(dir, 'r');
    fs.mkdirSync(root);
    const keep = path.join(dir, 'keep');
    fs.mkdirSync(keep);
    fs.writeFileSync(path.join(keep, 'k.txt'), 'k');
    fs.symlinkSync(keep, path.join(root, 'link'));
    removeTree(root);
    expect(fs.existsSync(root)).toBe(false);
    expect(fs.readFileSync(path.join(keep, 'k.txt'), 'utf8')).toBe('k');
  });
});
