import type { RuntimeId } from '../challenges/challenge.schema';
import { cppRunner } from './cpp.runner';
import { goRunner } from './go.runner';
import { javaRunner } from './java.runner';
import { nodeRunner } from './node.runner';
import { pythonRunner } from './python.runner';
import type { Runner } from './runner';
import { rustRunner } from './rust.runner';

export const RUNNERS: Record<RuntimeId, Runner> = {
  node: nodeRunner,
  python: pythonRunner,
  go: goRunner,
  java: javaRunner,
  rust: rustRunner,
  cpp: cppRunner,
};
