import * as fs from 'node:fs';
import * as path from 'node:path';
import { RUNTIME_IDS, type RuntimeId } from '../challenges/challenge.schema';

/**
 * A runtime's prepared toolchain, as tools/sandbox/prepare.sh recorded it in
 * <dataDir>/<runtime>/ready.json: its version and the host paths a run mounts read-only.
 */
export interface Toolchain {
  runtime: RuntimeId;
  version: string;
  paths: Record<string, string>;
}

export interface ToolchainStatus {
  available: Map<RuntimeId, Toolchain>;
  /** Why a runtime is not available, for /v1/runtimes and /healthz. */
  missing: Map<RuntimeId, string>;
}

export function loadToolchains(dataDir: string): ToolchainStatus {
  const available = new Map<RuntimeId, Toolchain>();
  const missing = new Map<RuntimeId, string>();
  for (const runtime of RUNTIME_IDS) {
    const file = path.join(dataDir, runtime, 'ready.json');
    try {
      const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      const paths: Record<string, string> = {};
      for (const [k, v] of Object.entries(raw)) {
        if (k !== 'runtime' && k !== 'version' && typeof v === 'string') paths[k] = v;
      }
      const gone = Object.entries(paths).find(([, p]) => !fs.existsSync(p));
      if (gone) {
        missing.set(
          runtime,
          `${gone[1]} (${gone[0]}) is gone; run tools/sandbox/prepare.sh ${runtime}`,
        );
        continue;
      }
      available.set(runtime, { runtime, version: String(raw.version ?? 'unknown'), paths });
    } catch {
      missing.set(runtime, `not prepared (no ${file}); run tools/sandbox/prepare.sh ${runtime}`);
    }
  }
  return { available, missing };
}
