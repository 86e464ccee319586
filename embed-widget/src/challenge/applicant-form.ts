import { isEmail } from '@fixpoint/contracts/email';
import { html, nothing } from 'lit';

export interface ApplicantDraft {
  name: string;
  email: string;
  consent: boolean;
}

export type ApplicantErrors = Partial<Record<keyof ApplicantDraft, string>>;

export function validateApplicant(draft: ApplicantDraft): ApplicantErrors {
  const errors: ApplicantErrors = {};
  if (!draft.name.trim()) errors.name = 'Enter your name.';
  if (!draft.email.trim()) errors.email = 'Enter your email address.';
  // The API's own rule (@fixpoint/contracts/email); the server checks again on submit.
  else if (!isEmail(draft.email))
    errors.email = 'Enter a valid email address, like name@example.com.';
  if (!draft.consent) errors.consent = 'Tick the box to agree before you submit.';
  return errors;
}

export const consentText = (tenantName: string) =>
  `I agree that ${tenantName} receives my code, test runs, name and email for this application.`;

interface FormProps {
  tenantName: string;
  draft: ApplicantDraft;
  errors: ApplicantErrors;
  submitting: boolean;
  onInput(draft: ApplicantDraft): void;
  onSubmit(event: SubmitEvent): void;
  onCancel(): void;
}

/** The name + email + consent step before a solution is submitted. */
export function applicantForm(p: FormProps) {
  const field = (key: 'name' | 'email', label: string, type: string, autocomplete: string) => html`
    <div class="field">
      <label for="applicant-${key}">${label}</label>
      <input
        id="applicant-${key}"
        name=${key}
        type=${type}
        autocomplete=${autocomplete}
        required
        .value=${p.draft[key]}
        aria-invalid=${p.errors[key] ? 'true' : 'false'}
        aria-describedby=${p.errors[key] ? `applicant-${key}-error` : nothing}
        @input=${(e: Event) =>
          p.onInput({ ...p.draft, [key]: (e.target as HTMLInputElement).value })}
      />
      ${
        p.errors[key]
          ? html`<p class="field-error" id="applicant-${key}-error">${p.errors[key]}</p>`
          : nothing
      }
    </div>
  `;
  return html`
    <form novalidate aria-labelledby="applicant-title" @submit=${p.onSubmit}>
      <h3 id="applicant-title">Submit your solution</h3>
      ${field('name', 'Name', 'text', 'name')} ${field('email', 'Email', 'email', 'email')}
      <div class="consent">
        <input
          id="applicant-consent"
          type="checkbox"
          .checked=${p.draft.consent}
          aria-invalid=${p.errors.consent ? 'true' : 'false'}
          aria-describedby=${p.errors.consent ? 'applicant-consent-error' : nothing}
          @change=${(e: Event) =>
            p.onInput({ ...p.draft, consent: (e.target as HTMLInputElement).checked })}
        />
        <label for="applicant-consent">${consentText(p.tenantName)}</label>
      </div>
      ${
        p.errors.consent
          ? html`<p class="field-error" id="applicant-consent-error">${p.errors.consent}</p>`
          : nothing
      }
      <div class="actions">
        <button
          class="primary"
          part="submit-button"
          type="submit"
          ?disabled=${p.submitting}
          aria-busy=${p.submitting ? 'true' : 'false'}
        >
          ${p.submitting ? 'Submitting…' : 'Send solution'}
        </button>
        <button type="button" ?disabled=${p.submitting} @click=${p.onCancel}>
          Back to the code
        </button>
      </div>
    </form>
  `;
}
