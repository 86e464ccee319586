export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');
export const HTTP_DURATION = Symbol('HTTP_DURATION');
