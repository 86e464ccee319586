import { Glicko2 } from 'glicko2';
import { rateContest } from './glicko2';

describe('Glicko-2 ratings', () => {
  it("reproduces Glickman's worked example (1500/200/0.06 vs 1400/30, 1550/100, 1700/300)", () => {
    // http://www.glicko.net/glicko/glicko2.pdf, section "Example calculation", τ = 0.5:
    // the player beats the first opponent and loses to the other two.
    const system = new Glicko2({ tau: 0.5 });
    const player = system.makePlayer(1500, 200, 0.06);
    const opponents = [
      system.makePlayer(1400, 30, 0.06),
      system.makePlayer(1550, 100, 0.06),
      system.makePlayer(1700, 300, 0.06),
    ];
    system.updateRatings([
      [player, opponents[0], 1],
      [player, opponents[1], 0],
      [player, opponents[2], 0],
    ]);
    // The paper rounds its intermediate steps; the exact computation gives 1464.0507 and
    // 151.5165, so the published figures agree to within 0.01.
    expect(Math.abs(player.getRating() - 1464.06)).toBeLessThan(0.01);
    expect(Math.abs(player.getRd() - 151.52)).toBeLessThan(0.01);
    expect(Math.abs(player.getVol() - 0.05999)).toBeLessThan(0.00001);
  });

  it('rates a contest: the winner gains, the last loses, equal ranks with equal ratings stay level', () => {
    const start = { rating: 1500, rd: 350, vol: 0.06 };
    const after = rateContest([
      { userId: 'first', rank: 1, before: start },
      { userId: 'tie-a', rank: 2, before: start },
      { userId: 'tie-b', rank: 2, before: start },
      { userId: 'last', rank: 4, before: start },
    ]);
    expect(after.get('first')!.rating).toBeGreaterThan(1500);
    expect(after.get('last')!.rating).toBeLessThan(1500);
    expect(after.get('tie-a')!.rating).toBeCloseTo(after.get('tie-b')!.rating, 9);
    expect(after.get('first')!.rd).toBeLessThan(350);
  });
});
