// Every workflow the worker registers. Bundled for the workflow sandbox: no Node APIs here.
export { assessmentSessionWorkflow } from './assessment-session.workflow';
export { webhookDeliveryWorkflow } from './webhook-delivery.workflow';
export { competitionWorkflow } from './competition.workflow';
export { atsSyncWorkflow } from './ats-sync.workflow';
