import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import type { Challenge } from '../challenges/challenge-catalog';
import type { TestIds } from './test-set';

const testIdsSchema = z.object({ visible: z.array(z.string()), hidden: z.array(z.string()) });

/**
 * The test names a challenge was validated with. The parsed challenge carries them as
 * `testIds` (read from its tests.json by the challenge parser); until every producer sets it,
 * this reads `tests.json` beside a catalog folder's challenge.yaml, or from an inline folder's
 * files. Undefined when the challenge has none (the run is then flagged, never trusted blind).
 */
export function testIdsOf(
  challenge: Challenge & { testIds?: TestIds },
  inlineFiles?: Record<string, unknown>,
): TestIds | undefined {
  if (challenge.testIds) return challenge.testIds;
  let text: unknown;
  if (inlineFiles) text = inlineFiles['tests.json'];
  else if (challenge.dir) {
    const file = path.join(challenge.dir, 'tests.json');
    text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }
  if (typeof text !== 'string') return undefined;
  try {
    const parsed = testIdsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
