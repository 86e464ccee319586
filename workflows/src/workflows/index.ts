// Every workflow the worker registers. Bundled for the workflow sandbox: no Node APIs here.
export { countdownWorkflow } from './countdown.workflow';
