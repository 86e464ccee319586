/**
 * The layers of a graded run, each switchable for tests (RunService options; the HTTP API always
 * runs with every layer on) so the forgery suite can show each one catching its class alone.
 * Separation (reading results from channels the run's output cannot forge: go's framed
 * test2json, run.sh's fd 3) is not switchable: it is how the runners and the driver work.
 */
export interface IntegrityLayers {
  /** Plant canary tests with random names and values among the hidden tests. */
  canaries: boolean;
  /** The reported tests must equal the validated set (tests.json). */
  testSet: boolean;
  /** Static scan of the solver's change. */
  scan: boolean;
  /** Freeze assertion and test-runner modules before solution code loads (node, python). */
  freeze: boolean;
}

export const ALL_LAYERS: IntegrityLayers = {
  canaries: true,
  testSet: true,
  scan: true,
  freeze: true,
};

export const NO_LAYERS: IntegrityLayers = {
  canaries: false,
  testSet: false,
  scan: false,
  freeze: false,
};
