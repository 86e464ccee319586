// @vitest-environment jsdom
import { TestBed } from '@angular/core/testing';
import type { CandidateRow } from '../core/candidate-csv';
import { ApiError } from '../core/graphql-client';
import { button, enter, field, texts } from '../../testing/dom';
import type { InviteOutcome } from './assessment-detail.data';
import { InviteFormComponent } from './invite-form.component';

/** The form with a stand-in for the API's inviteCandidates answer, recording what was sent. */
async function renderForm(answer: (rows: CandidateRow[]) => InviteOutcome | Error) {
  const sent: CandidateRow[][] = [];
  const fixture = TestBed.createComponent(InviteFormComponent);
  fixture.componentRef.setInput('send', async (rows: CandidateRow[]) => {
    sent.push(rows);
    const outcome = answer(rows);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  });
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = () => fixture.whenStable();
  return { root, sent, settle };
}

const allInvited = (rows: CandidateRow[]): InviteOutcome => ({
  invited: rows.map((_, i) => ({ id: `invite-${i}` })),
  errors: [],
});

describe('InviteFormComponent', () => {
  it('sends one candidate with name and extra time, says so and clears the fields', async () => {
    const { root, sent, settle } = await renderForm(allInvited);
    enter(field(root, 'Email'), ' Ada@Example.com ');
    enter(field(root, 'Name'), 'Ada Lovelace');
    enter(field<HTMLSelectElement>(root, 'Extra time'), '50');
    await settle();
    button(root, 'Send invite').click();
    await settle();

    expect(sent).toEqual([
      [{ email: 'ada@example.com', name: 'Ada Lovelace', extraTimePercent: 50 }],
    ]);
    expect(texts(root, '[role="status"]')).toEqual(['1 invitation sent.']);
    expect(field(root, 'Email').value).toBe('');
    expect(field(root, 'Name').value).toBe('');
  });

  it('refuses an address that is not an e-mail, and a custom extra time over 300%', async () => {
    const { root, sent, settle } = await renderForm(allInvited);
    enter(field(root, 'Email'), 'not-an-email');
    await settle();
    button(root, 'Send invite').click();
    await settle();
    expect(texts(root, '[role="alert"]')).toEqual(['"not-an-email" is not an e-mail address.']);
    expect(field(root, 'Email').getAttribute('aria-invalid')).toBe('true');

    enter(field(root, 'Email'), 'ada@example.com');
    enter(field<HTMLSelectElement>(root, 'Extra time'), 'custom');
    await settle();
    enter(field(root, 'Percent'), '400');
    await settle();
    button(root, 'Send invite').click();
    await settle();
    expect(texts(root, '[role="alert"]')).toEqual(['Extra time is a whole percent from 0 to 300.']);
    expect(sent).toEqual([]);
  });

  it('numbers the CSV lines to fix and sends only the good ones', async () => {
    const { root, sent, settle } = await renderForm(allInvited);
    enter(
      field<HTMLTextAreaElement>(root, 'Candidates (CSV)'),
      'email,name\nada@example.com,Ada\nnope\ngrace@example.com,,25',
    );
    await settle();
    expect(texts(root, '[aria-label="Lines to fix"] li')).toEqual([
      'Line 3: "nope" is not an email address',
    ]);
    button(root, 'Send 2 invites').click();
    await settle();
    expect(sent).toEqual([
      [
        { email: 'ada@example.com', name: 'Ada', extraTimePercent: 0 },
        { email: 'grace@example.com', name: null, extraTimePercent: 25 },
      ],
    ]);
    expect(texts(root, '[role="status"]')).toEqual(['2 invitations sent.']);
    expect(button(root, 'Send 0 invites').disabled).toBe(true);
  });

  it('shows, per candidate, why the server did not invite them', async () => {
    const { root, settle } = await renderForm((rows) => ({
      invited: [{ id: 'invite-1' }],
      errors: [{ index: 1, email: rows[1].email, message: 'Already invited to this assessment.' }],
    }));
    enter(
      field<HTMLTextAreaElement>(root, 'Candidates (CSV)'),
      'ada@example.com\ngrace@example.com',
    );
    await settle();
    button(root, 'Send 2 invites').click();
    await settle();
    expect(texts(root, '[role="status"]')).toEqual(['1 invitation sent.']);
    expect(texts(root, '[aria-label="Not invited"] li')).toEqual([
      'grace@example.com: Already invited to this assessment.',
    ]);
  });

  it('says why nothing was sent when the call fails, keeping what was typed', async () => {
    const { root, settle } = await renderForm(
      () => new ApiError('FORBIDDEN', 'Viewers cannot invite.'),
    );
    enter(field(root, 'Email'), 'ada@example.com');
    await settle();
    button(root, 'Send invite').click();
    await settle();
    expect(texts(root, '[aria-label="Not invited"] li')).toEqual([
      'Your role cannot do this. Viewers cannot invite.',
    ]);
    expect(field(root, 'Email').value).toBe('ada@example.com');
  });
});
