import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { WidgetApi, WidgetApiError } from '../api/widget-api.js';
import type { ChallengeFile, RunResult, WidgetChallenge } from '../api/widget-api.types.js';
import type { EditorHandle } from '../editor/code-editor.js';
import { attemptStore, type StoredAttempt } from '../session/attempt-store.js';
import {
  applicantForm,
  validateApplicant,
  type ApplicantDraft,
  type ApplicantErrors,
} from './applicant-form.js';
import { challengeStyles } from './challenge.styles.js';
import { asApiError, problemMessage } from './problem-messages.js';
import { resultsView } from './results.view.js';
import { summaryParagraphs } from './summary.js';

type Theme = 'light' | 'dark' | 'auto';
type Busy = 'starting' | 'running' | 'submitting' | undefined;

// The editor is its own chunk, fetched from the platform origin beside the loader.
let editorModule: Promise<typeof import('../editor/code-editor.js')> | undefined;
const loadEditor = () =>
  (editorModule ??= import('../editor/code-editor.js').catch((error: unknown) => {
    editorModule = undefined;
    throw error;
  }));

// Hidden tests never leave the server; should one ever be sent, it is still not shown.
const isHidden = (path: string) => /(^|\/)hidden(\/|$)/i.test(path);

/**
 * A Fixpoint debugging challenge: a compact IDE where an applicant fixes a bug, runs the tests
 * on the platform and submits with their name and email.
 *
 * @csspart container - the widget's frame
 * @csspart editor - the code editor
 * @csspart run-button - "Run tests"
 * @csspart submit-button - "Submit" and "Send solution"
 * @csspart results - the test results panel
 * @event fixpoint-ready - the challenge loaded; detail `{ challenge }`
 * @event fixpoint-run - a test run finished; detail `{ status, passed, failed }`
 * @event fixpoint-submit - the solution was submitted; detail `{ challenge }`
 * @event fixpoint-error - a request failed; detail `{ code, message }`
 */
export class FixpointChallenge extends LitElement {
  /** Where the API is when no `api-base` is given: the origin the loader came from. */
  static defaultApiBase = '';

  static override styles = challengeStyles;
  static override properties = {
    publishableKey: { type: String, attribute: 'publishable-key' },
    challenge: { type: String },
    theme: { type: String, reflect: true },
    apiBase: { type: String, attribute: 'api-base' },
    data: { state: true },
    loadError: { state: true },
    files: { state: true },
    activePath: { state: true },
    attempt: { state: true },
    busy: { state: true },
    run: { state: true },
    actionError: { state: true },
    step: { state: true },
    draft: { state: true },
    draftErrors: { state: true },
    editorState: { state: true },
    prefersDark: { state: true },
  };

  declare publishableKey: string;
  declare challenge: string;
  declare theme: Theme;
  declare apiBase: string;

  declare private data: WidgetChallenge | undefined;
  declare private loadError: WidgetApiError | undefined;
  declare private files: ChallengeFile[];
  declare private activePath: string;
  declare private attempt: StoredAttempt | undefined;
  declare private busy: Busy;
  declare private run: RunResult | undefined;
  declare private actionError: WidgetApiError | undefined;
  declare private step: 'solve' | 'details' | 'submitted';
  declare private draft: ApplicantDraft;
  declare private draftErrors: ApplicantErrors;
  declare private editorState: 'loading' | 'ready' | 'failed';
  declare private prefersDark: boolean;

  private api: WidgetApi | undefined;
  private loadSeq = 0;
  private edited = new Set<string>();
  private editor: EditorHandle | undefined;
  private editorMount = createRef<HTMLDivElement>();
  private mountedOn: HTMLElement | undefined;
  private media: MediaQueryList | undefined;
  private focusAfterUpdate: string | undefined;

  constructor() {
    super();
    this.publishableKey = '';
    this.challenge = '';
    this.theme = 'auto';
    this.apiBase = '';
    this.files = [];
    this.activePath = '';
    this.step = 'solve';
    this.draft = { name: '', email: '', consent: false };
    this.draftErrors = {};
    this.editorState = 'loading';
    this.prefersDark = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    this.prefersDark = this.media?.matches ?? false;
    this.media?.addEventListener('change', this.onSchemeChange);
    // Also on a move within the page: the state change renders again and remounts the editor.
    this.fetchEditor();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.media?.removeEventListener('change', this.onSchemeChange);
    this.editor?.destroy();
    this.editor = this.mountedOn = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('publishableKey') || changed.has('challenge') || changed.has('apiBase'))
      void this.load();
  }

  protected override updated(): void {
    this.syncEditor();
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  /** The theme in force: `auto` follows the page's prefers-color-scheme. */
  get resolvedTheme(): 'light' | 'dark' {
    if (this.theme === 'dark' || this.theme === 'light') return this.theme;
    return this.prefersDark ? 'dark' : 'light';
  }

  private onSchemeChange = (event: MediaQueryListEvent) => {
    this.prefersDark = event.matches;
  };

  private emit(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private reportError(error: WidgetApiError) {
    this.emit('fixpoint-error', { code: error.code, message: error.message });
  }

  // ---- loading ---------------------------------------------------------------------------------

  private async load() {
    const seq = ++this.loadSeq;
    this.data = this.loadError = this.run = this.actionError = this.attempt = undefined;
    this.step = 'solve';
    this.edited.clear();
    if (!this.publishableKey || !this.challenge) {
      this.loadError = new WidgetApiError(
        'BAD_USER_INPUT',
        'This Fixpoint challenge needs both a publishable-key and a challenge attribute.',
      );
      return;
    }
    this.api = new WidgetApi(
      this.apiBase || FixpointChallenge.defaultApiBase || location.origin,
      this.publishableKey,
    );
    try {
      const data = await this.api.getChallenge(this.challenge);
      if (seq !== this.loadSeq) return;
      const stored = attemptStore.load(this.publishableKey, this.challenge);
      this.files = this.visible(data.files).map((file) => {
        const saved = stored?.files.find((f) => f.path === file.path);
        if (saved && file.editable && saved.content !== file.content) this.edited.add(file.path);
        return saved && file.editable ? { ...file, content: saved.content } : file;
      });
      this.attempt = stored;
      this.step = stored?.submitted ? 'submitted' : 'solve';
      this.activePath = (this.files.find((f) => f.editable) ?? this.files[0])?.path ?? '';
      this.data = data;
      await this.updateComplete;
      this.emit('fixpoint-ready', { challenge: data.slug });
    } catch (error) {
      if (seq !== this.loadSeq) return;
      this.loadError = asApiError(error);
      this.reportError(this.loadError);
    }
  }

  private visible(files: ChallengeFile[]) {
    return files.filter((f) => !isHidden(f.path));
  }

  private fetchEditor() {
    this.editorState = 'loading';
    loadEditor().then(
      () => (this.editorState = 'ready'),
      () => (this.editorState = 'failed'),
    );
  }

  /** Mounts the lazy editor into its slot in the template, and keeps it on the active file. */
  private async syncEditor() {
    const mount = this.editorMount.value;
    if (this.mountedOn && this.mountedOn !== mount) {
      this.editor?.destroy();
      this.editor = this.mountedOn = undefined;
    }
    if (!mount || this.editorState !== 'ready' || this.mountedOn === mount) return;
    const { mountEditor } = await loadEditor();
    if (this.editorMount.value !== mount || this.mountedOn) return;
    this.mountedOn = mount;
    this.editor = mountEditor(mount, { onChange: this.onEdit });
    this.openActive();
  }

  private openActive() {
    const file = this.files.find((f) => f.path === this.activePath);
    if (file)
      this.editor?.open({ path: file.path, content: file.content, readOnly: !file.editable });
  }

  private onEdit = (path: string, content: string) => {
    this.edited.add(path);
    this.files = this.files.map((f) => (f.path === path ? { ...f, content } : f));
    if (this.attempt) this.remember({ ...this.attempt, files: this.editableFiles() });
  };

  private remember(attempt: StoredAttempt) {
    this.attempt = attempt;
    attemptStore.save(this.publishableKey, this.challenge, attempt);
  }

  private editableFiles() {
    return this.files.filter((f) => f.editable).map(({ path, content }) => ({ path, content }));
  }

  // ---- actions ---------------------------------------------------------------------------------

  private async ensureAttempt(): Promise<StoredAttempt> {
    if (this.attempt) return this.attempt;
    const created = await this.api!.startAttempt(this.challenge);
    // The attempt's files are the starting point; what the applicant already typed is kept.
    const fresh = this.visible(created.files);
    this.files = fresh.map((file) =>
      this.edited.has(file.path)
        ? { ...file, content: this.files.find((f) => f.path === file.path)?.content ?? '' }
        : file,
    );
    if (!this.files.some((f) => f.path === this.activePath))
      this.activePath = this.files[0]?.path ?? '';
    this.openActive();
    const attempt = { attemptId: created.attemptId, applicantToken: created.applicantToken };
    this.remember({ ...attempt, files: this.editableFiles() });
    return this.attempt!;
  }

  private async act(busy: Busy, work: (attempt: StoredAttempt) => Promise<void>) {
    if (this.busy) return;
    this.busy = busy;
    this.actionError = undefined;
    try {
      await work(await this.ensureAttempt());
    } catch (error) {
      const problem = asApiError(error);
      // A resumed attempt the server no longer knows: start a new one on the next action.
      if (problem.code === 'KEY_INVALID' || problem.code === 'NOT_FOUND') {
        attemptStore.clear(this.publishableKey, this.challenge);
        this.attempt = undefined;
      }
      this.actionError = problem;
      this.reportError(problem);
    } finally {
      this.busy = undefined;
    }
  }

  private start = () => this.act('starting', async () => this.editor?.focus());

  private runTests = () =>
    this.act('running', async (attempt) => {
      const run = await this.api!.run(
        attempt.attemptId,
        attempt.applicantToken,
        this.editableFiles(),
      );
      this.run = run;
      this.emit('fixpoint-run', { status: run.status, passed: run.passed, failed: run.failed });
    });

  private openDetails = () => {
    this.step = 'details';
    this.focusAfterUpdate = '#applicant-name';
  };

  private sendSolution = async (event: SubmitEvent) => {
    event.preventDefault();
    const errors = validateApplicant(this.draft);
    this.draftErrors = errors;
    const firstInvalid = (['name', 'email', 'consent'] as const).find((k) => errors[k]);
    if (firstInvalid) {
      this.focusAfterUpdate = `#applicant-${firstInvalid}`;
      return;
    }
    await this.act('submitting', async (attempt) => {
      const { name, email } = this.draft;
      await this.api!.submit(
        attempt.attemptId,
        attempt.applicantToken,
        { name: name.trim(), email: email.trim(), consent: true },
        this.editableFiles(),
      );
      this.remember({ ...attempt, files: this.editableFiles(), submitted: true });
      this.step = 'submitted';
      this.focusAfterUpdate = '.done';
      this.emit('fixpoint-submit', { challenge: this.challenge });
    });
  };

  private selectFile(path: string, focusTab = false) {
    this.activePath = path;
    this.openActive();
    if (focusTab) this.focusAfterUpdate = `[role='tab'][aria-selected='true']`;
  }

  private onTabKey = (event: KeyboardEvent) => {
    const index = this.files.findIndex((f) => f.path === this.activePath);
    const last = this.files.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.selectFile(this.files[(next + last + 1) % (last + 1)].path, true);
  };

  // ---- rendering -------------------------------------------------------------------------------

  protected override render() {
    return html`
      <section
        part="container"
        class="container theme-${this.resolvedTheme}"
        aria-label=${this.data ? `Coding challenge: ${this.data.title}` : 'Coding challenge'}
        aria-busy=${this.data || this.loadError ? 'false' : 'true'}
      >
        ${
          this.loadError
            ? this.problem(this.loadError, () => this.load())
            : this.data
              ? this.challengeView(this.data)
              : html`<p class="notice" role="status">Loading challenge…</p>`
        }
        <p class="brand">Powered by Fixpoint</p>
      </section>
    `;
  }

  private problem(error: WidgetApiError, retry?: () => void) {
    const { title, detail, retry: canRetry } = problemMessage(error);
    return html`<div class="notice problem" role="alert">
      <strong>${title}</strong>
      ${detail ? html`<p>${detail}</p>` : nothing}
      ${retry && canRetry ? html`<button type="button" @click=${retry}>Try again</button>` : nothing}
    </div>`;
  }

  private challengeView(data: WidgetChallenge) {
    return html`
      <header>
        <h2>${data.title}</h2>
        <ul class="meta" aria-label="About this challenge">
          <li>For ${data.tenantName}</li>
          <li>${data.language}</li>
          <li>Difficulty ${data.difficulty}/5</li>
          <li>About ${data.estimatedMinutes} min</li>
        </ul>
      </header>
      <div class="summary">${summaryParagraphs(data.summary).map((p) => html`<p>${p}</p>`)}</div>
      ${
        this.step === 'submitted'
          ? html`<div class="notice done" role="status" tabindex="-1">
              <strong>Thanks — ${data.tenantName} received your solution.</strong>
            </div>`
          : this.ide(data)
      }
    `;
  }

  private ide(data: WidgetChallenge) {
    const active = this.files.find((f) => f.path === this.activePath);
    const busy = this.busy !== undefined;
    return html`
      <div>
        <div class="tabs" role="tablist" aria-label="Files">
          ${this.files.map(
            (file, i) =>
              html`<button
                type="button"
                role="tab"
                id="tab-${i}"
                aria-selected=${file.path === this.activePath ? 'true' : 'false'}
                aria-controls="editor-panel"
                tabindex=${file.path === this.activePath ? 0 : -1}
                @click=${() => this.selectFile(file.path)}
                @keydown=${this.onTabKey}
              >
                ${file.path}
                ${file.editable ? nothing : html`<span class="badge">(read-only)</span>`}
              </button>`,
          )}
        </div>
        <div
          class="editor"
          part="editor"
          id="editor-panel"
          role="tabpanel"
          aria-labelledby="tab-${this.files.indexOf(active!)}"
        >
          ${
            this.editorState === 'ready'
              ? nothing
              : this.editorState === 'failed'
                ? html`<p class="editor-status" role="alert">
                    The editor could not be loaded.
                    <button type="button" @click=${() => this.fetchEditor()}>Try again</button>
                  </p>`
                : html`<p class="editor-status" role="status">Loading editor…</p>`
          }
          <div class="editor-mount" ${ref(this.editorMount)}></div>
        </div>
      </div>
      <div class="actions">
        ${
          this.attempt
            ? nothing
            : html`<button type="button" ?disabled=${busy} @click=${this.start}>
                ${this.busy === 'starting' ? 'Starting…' : 'Start challenge'}
              </button>`
        }
        <button
          type="button"
          class="primary"
          part="run-button"
          ?disabled=${busy}
          aria-busy=${this.busy === 'running' ? 'true' : 'false'}
          @click=${this.runTests}
        >
          ${this.busy === 'running' ? 'Running…' : 'Run tests'}
        </button>
        <span class="spacer"></span>
        <button
          type="button"
          part="submit-button"
          ?disabled=${busy || this.step === 'details'}
          @click=${this.openDetails}
        >
          Submit
        </button>
      </div>
      ${this.actionError ? this.problem(this.actionError) : nothing}
      ${
        this.step === 'details'
          ? applicantForm({
              tenantName: data.tenantName,
              draft: this.draft,
              errors: this.draftErrors,
              submitting: this.busy === 'submitting',
              onInput: (draft) => (this.draft = draft),
              onSubmit: this.sendSolution,
              onCancel: () => (this.step = 'solve'),
            })
          : nothing
      }
      ${resultsView(this.run, this.busy === 'running')}
    `;
  }
}
