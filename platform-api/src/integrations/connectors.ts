import type { AtsConnector } from '@fixpoint/connector-core';
import { greenhouseConnector } from '@fixpoint/connector-greenhouse';
import { leverConnector } from '@fixpoint/connector-lever';
import { workdayConnector } from '@fixpoint/connector-workday';

/**
 * Every ATS connector the platform has, by name. The sync step finds a sync's connector here
 * and nowhere else: adding an ATS adds a line, never a branch in the workflow.
 */
export const CONNECTORS: Readonly<Record<string, AtsConnector>> = {
  greenhouse: greenhouseConnector as AtsConnector,
  lever: leverConnector as AtsConnector,
  workday: workdayConnector as AtsConnector,
};

export const connectorFor = (ats: string): AtsConnector | undefined => CONNECTORS[ats];
