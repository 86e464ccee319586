import { Injectable, inject, signal } from '@angular/core';
import type { CandidateRow } from '../core/candidate-csv';
import {
  ARCHIVE_ASSESSMENT,
  ASSESSMENT,
  INVITE_CANDIDATES,
  PIPELINE,
  PIPELINE_CSV,
  PUBLISH_ASSESSMENT,
  RESEND_INVITE,
  REVOKE_INVITE,
  SET_ACCOMMODATION,
} from '../core/documents/assessments.graphql';
import { messageOf } from '../core/errors';
import type { InviteCandidatesMutation } from '../core/generated/graphql';
import type { PipelineRow } from '../core/pipeline-sort';
import { SessionService } from '../core/session.service';
import type { Assessment } from './assessment.types';

/** What an invitation round came back with: how many were sent, and why the others were not. */
export type InviteOutcome = InviteCandidatesMutation['inviteCandidates'];

/**
 * One assessment's page data (the assessment and its pipeline) and what the page does with it,
 * over the declared documents. Provided by the detail page, so each visit has its own.
 */
@Injectable()
export class AssessmentDetailData {
  private readonly api = inject(SessionService).api;
  private id = '';
  readonly assessment = signal<Assessment | null>(null);
  readonly rows = signal<PipelineRow[] | null>(null);
  /** The last failure, in words for the page. */
  readonly error = signal('');
  readonly busy = signal(false);

  async load(id: string) {
    this.id = id;
    await Promise.all([this.loadAssessment(), this.loadRows()]);
  }

  private async loadAssessment() {
    try {
      this.assessment.set((await this.api.execute(ASSESSMENT, { id: this.id })).assessment);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  private async loadRows() {
    try {
      const data = await this.api.execute(PIPELINE, { assessmentId: this.id });
      this.rows.set(data.candidates);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  setStatus(action: 'publish' | 'archive') {
    return this.run(async () => {
      const variables = { id: this.id };
      this.assessment.set(
        action === 'publish'
          ? (await this.api.execute(PUBLISH_ASSESSMENT, variables)).publishAssessment
          : (await this.api.execute(ARCHIVE_ASSESSMENT, variables)).archiveAssessment,
      );
    });
  }

  /** Sends invitations; throws ApiError when the call itself fails (the form says why). */
  async invite(candidates: CandidateRow[]): Promise<InviteOutcome> {
    const data = await this.api.execute(INVITE_CANDIDATES, { assessmentId: this.id, candidates });
    if (data.inviteCandidates.invited.length) await this.loadRows();
    return data.inviteCandidates;
  }

  resend(row: PipelineRow) {
    return this.run(async () => {
      await this.api.execute(RESEND_INVITE, { id: row.id });
      await this.loadRows();
    });
  }

  revoke(row: PipelineRow) {
    return this.run(async () => {
      await this.api.execute(REVOKE_INVITE, { id: row.id });
      await this.loadRows();
    });
  }

  /** True once stored (the pipeline reloaded); false with `error` set. */
  setExtraTime(row: PipelineRow, extraTimePercent: number) {
    return this.run(async () => {
      await this.api.execute(SET_ACCOMMODATION, { id: row.id, extraTimePercent });
      await this.loadRows();
    });
  }

  /** The pipeline as CSV (the API's export), or null with `error` set. */
  async pipelineCsv(): Promise<string | null> {
    let csv: string | null = null;
    await this.run(async () => {
      csv = (await this.api.execute(PIPELINE_CSV, { assessmentId: this.id })).pipelineCsv;
    });
    return csv;
  }

  private async run(work: () => Promise<void>): Promise<boolean> {
    this.busy.set(true);
    this.error.set('');
    try {
      await work();
      return true;
    } catch (error) {
      this.error.set(messageOf(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
