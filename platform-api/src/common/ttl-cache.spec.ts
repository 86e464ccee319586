import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('loads once per key while fresh, and again once expired', async () => {
    const cache = new TtlCache<number>(1_000, 10);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('k', load, 0)).toBe(1);
    expect(await cache.get('k', load, 999)).toBe(1);
    expect(await cache.get('k', load, 1_000)).toBe(2);
  });

  it('shares one load between concurrent callers', async () => {
    const cache = new TtlCache<string>(1_000, 10);
    let loads = 0;
    const load = () => new Promise<string>((r) => setTimeout(() => r(`v${++loads}`), 5));
    expect(await Promise.all([cache.get('k', load, 0), cache.get('k', load, 0)])).toEqual([
      'v1',
      'v1',
    ]);
  });

  it('does not keep a failed load', async () => {
    const cache = new TtlCache<number>(1_000, 10);
    await expect(cache.get('k', () => Promise.reject(new Error('db down')), 0)).rejects.toThrow(
      'db down',
    );
    expect(await cache.get('k', async () => 7, 1)).toBe(7);
  });

  it('evicts the oldest entry past its size bound', async () => {
    const cache = new TtlCache<string>(60_000, 2);
    await cache.get('a', async () => 'a1', 0);
    await cache.get('b', async () => 'b1', 0);
    await cache.get('c', async () => 'c1', 0);
    expect(await cache.get('a', async () => 'a2', 1)).toBe('a2');
    expect(await cache.get('c', async () => 'c2', 1)).toBe('c1');
  });
});
