import { waitFor } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { challenge, fakeWidgetApi, KEY, SLUG, TOKEN } from '../test/fake-widget-api.js';
import { renderWidget } from '../test/render.js';

describe('<fixpoint-challenge> loading', () => {
  it('shows a loading message, then the challenge with its files as tabs', async () => {
    const { requests } = fakeWidgetApi();
    const { view, events, el } = await renderWidget({ ready: false });
    expect(view.getByRole('status')).toHaveProperty('textContent', 'Loading challenge…');

    await view.findByRole('heading', { name: 'Version compare returns NaN' });
    expect(view.getByText('For Acme Robotics')).toBeTruthy();
    expect(view.getByText('Difficulty 2/5')).toBeTruthy();
    // The Markdown summary reads as plain paragraphs.
    expect(view.getByText('Comparing 1.10.0 with 1.9.0 gives NaN.')).toBeTruthy();
    expect(el.shadowRoot!.querySelector('.summary strong, .summary h2')).toBeNull();

    const tabs = view.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'src/version.js',
      'src/notifier.js',
      'test/version.test.js (read-only)',
    ]);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    const editor = await view.findByRole('textbox', { name: /src\/version\.js, code editor/ });
    expect((editor as HTMLTextAreaElement).value).toBe(challenge.files[0].content);
    expect(view.getByRole('button', { name: 'Run tests' })).toBeTruthy();
    expect(view.getByRole('button', { name: 'Submit' })).toBeTruthy();

    expect(events).toContainEqual({ type: 'fixpoint-ready', detail: { challenge: SLUG } });
    expect(requests[0]).toMatchObject({
      method: 'GET',
      url: `https://platform.test/widget/v1/challenges/${SLUG}`,
      headers: { 'x-fixpoint-key': KEY },
    });
    expect(requests[0].headers.authorization).toBeUndefined();
  });

  it('opens a read-only file as read-only, with the keyboard', async () => {
    fakeWidgetApi();
    const { view, user } = await renderWidget();
    view.getAllByRole('tab')[0].focus();
    await user.keyboard('{End}');
    const editor = await view.findByRole('textbox', {
      name: /test\/version\.test\.js \(read-only\)/,
    });
    expect((editor as HTMLTextAreaElement).readOnly).toBe(true);
    expect(view.getAllByRole('tab')[2].getAttribute('aria-selected')).toBe('true');
  });

  it('tells the applicant when the site is not allowed to show the challenge', async () => {
    fakeWidgetApi({
      refuse: {
        status: 403,
        code: 'ORIGIN_NOT_ALLOWED',
        detail: 'Origin https://evil.test is not allowed.',
      },
    });
    const { view, events } = await renderWidget({ ready: false });
    const alert = await view.findByRole('alert');
    expect(alert.textContent).toContain(
      'This site is not allowed to show this Fixpoint challenge.',
    );
    expect(alert.textContent).toContain('Origin https://evil.test is not allowed.');
    expect(view.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(view.queryByRole('tab')).toBeNull();
    expect(events).toContainEqual({
      type: 'fixpoint-error',
      detail: { code: 'ORIGIN_NOT_ALLOWED', message: 'Origin https://evil.test is not allowed.' },
    });
  });

  it('says the publishable key is not valid', async () => {
    fakeWidgetApi();
    const { view } = await renderWidget({ key: 'pk_wrong', ready: false });
    const alert = await view.findByRole('alert');
    expect(alert.textContent).toContain('its publishable key is not valid');
    expect(alert.textContent).toContain('Unknown publishable key.');
  });

  it('offers to try again when Fixpoint cannot be reached, and recovers', async () => {
    const api = fakeWidgetApi();
    api.fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const { view, user } = await renderWidget({ ready: false });
    expect((await view.findByRole('alert')).textContent).toContain(
      'Fixpoint could not be reached.',
    );
    await user.click(view.getByRole('button', { name: 'Try again' }));
    expect(await view.findByRole('heading', { name: 'Version compare returns NaN' })).toBeTruthy();
  });

  it('says how long to wait when rate limited', async () => {
    fakeWidgetApi({
      refuse: {
        status: 429,
        code: 'RATE_LIMITED',
        detail: 'Slow down.',
        headers: { 'retry-after': '30' },
      },
    });
    const { view } = await renderWidget({ ready: false });
    const alert = await view.findByRole('alert');
    expect(alert.textContent).toContain('Too many requests right now.');
    expect(alert.textContent).toContain('Slow down. Try again in 30 seconds.');
    expect(view.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('<fixpoint-challenge> running tests', () => {
  it('runs the edited files and lists each result with an icon and a word', async () => {
    const { requests } = fakeWidgetApi();
    const { view, user, events } = await renderWidget();
    const editor = view.getByRole('textbox', { name: /src\/version\.js/ }) as HTMLTextAreaElement;
    await user.type(editor, 'export const compare = () => 0;', {
      initialSelectionStart: 0,
      initialSelectionEnd: editor.value.length,
    });
    await user.click(view.getByRole('button', { name: 'Run tests' }));

    const status = await view.findByText(/Some tests failed: 2 passed, 1 failed/);
    expect(status.getAttribute('aria-live')).toBe('polite');
    const items = view.getAllByRole('listitem').filter((li) => li.closest('.results'));
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      '✓ Passed compares equal versions',
      '✓ Passed orders patch releases',
      '✗ Failed orders minor releases numerically expected 1, got NaN',
    ]);
    expect(events).toContainEqual({
      type: 'fixpoint-run',
      detail: { status: 'fail', passed: 2, failed: 1 },
    });

    const attempt = requests.find((r) => r.url.endsWith('/attempts'))!;
    expect(attempt.body).toEqual({ challenge: SLUG });
    expect(attempt.headers.authorization).toBeUndefined();
    const run = requests.find((r) => r.url.endsWith('/runs'))!;
    expect(run.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(run.headers['x-fixpoint-key']).toBe(KEY);
    // Only editable files go to the run, with what the applicant typed.
    expect(run.body).toEqual({
      files: [
        { path: 'src/version.js', content: 'export const compare = () => 0;' },
        { path: 'src/notifier.js', content: challenge.files[1].content },
      ],
    });
  });

  it('never sends the publishable key as a bearer token', async () => {
    const { requests } = fakeWidgetApi();
    const { view, user } = await renderWidget();
    await user.click(view.getByRole('button', { name: 'Start challenge' }));
    await user.click(view.getByRole('button', { name: 'Run tests' }));
    await view.findByText(/2 passed, 1 failed/);
    for (const r of requests) expect(r.headers.authorization ?? '').not.toContain(KEY);
    expect(requests.filter((r) => r.url.endsWith('/attempts'))).toHaveLength(1);
  });

  it('resumes the attempt after a reload from sessionStorage', async () => {
    fakeWidgetApi();
    const first = await renderWidget();
    await first.user.type(
      first.view.getByRole('textbox', { name: /src\/version\.js/ }),
      '// fixed',
    );
    await first.user.click(first.view.getByRole('button', { name: 'Run tests' }));
    await first.view.findByText(/2 passed, 1 failed/);
    first.el.remove();

    const { requests } = fakeWidgetApi();
    const { view, user } = await renderWidget();
    const editor = view.getByRole('textbox', { name: /src\/version\.js/ }) as HTMLTextAreaElement;
    expect(editor.value).toContain('// fixed');
    expect(view.queryByRole('button', { name: 'Start challenge' })).toBeNull();
    await user.click(view.getByRole('button', { name: 'Run tests' }));
    await view.findByText(/2 passed, 1 failed/);
    expect(requests.some((r) => r.url.endsWith('/attempts'))).toBe(false);
  });

  it('shows a failed run request without losing the code', async () => {
    fakeWidgetApi({
      runProblem: { status: 503, code: 'SERVICE_UNAVAILABLE', detail: 'The sandbox is busy.' },
    });
    const { view, user, events } = await renderWidget();
    await user.click(view.getByRole('button', { name: 'Run tests' }));
    const alert = await view.findByRole('alert');
    expect(alert.textContent).toContain('The sandbox is busy.');
    expect(events.at(-1)).toEqual({
      type: 'fixpoint-error',
      detail: { code: 'SERVICE_UNAVAILABLE', message: 'The sandbox is busy.' },
    });
    await user.click(view.getByRole('button', { name: 'Run tests' }));
    expect(await view.findByText(/2 passed, 1 failed/)).toBeTruthy();
    expect(view.queryByRole('alert')).toBeNull();
  });

  it('never shows hidden test files, even if the server sent one', async () => {
    fakeWidgetApi({
      attemptExtraFiles: [
        { path: 'tests/hidden/version.hidden.test.js', content: 'SECRET_CASE', editable: false },
      ],
    });
    const { view, user, el } = await renderWidget();
    await user.click(view.getByRole('button', { name: 'Start challenge' }));
    await waitFor(() => expect(view.queryByRole('button', { name: 'Start challenge' })).toBeNull());
    expect(view.getAllByRole('tab')).toHaveLength(3);
    expect(el.shadowRoot!.querySelector('[part="container"]')!.textContent).not.toMatch(
      /hidden|SECRET_CASE/,
    );
  });
});

describe('<fixpoint-challenge> submitting', () => {
  it('asks for name, a valid email and consent before it submits', async () => {
    const { requests } = fakeWidgetApi();
    const { view, user, events } = await renderWidget();
    await user.click(view.getByRole('button', { name: 'Submit' }));
    const name = view.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name.matches(':focus')).toBe(true));
    expect(
      view.getByRole('checkbox', {
        name: 'I agree that Acme Robotics receives my code, test runs, name and email for this application.',
      }),
    ).toBeTruthy();

    await user.click(view.getByRole('button', { name: 'Send solution' }));
    expect(view.getByText('Enter your name.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');

    await user.type(name, 'Ada Lovelace');
    await user.type(view.getByRole('textbox', { name: 'Email' }), 'ada@example');
    await user.click(view.getByRole('button', { name: 'Send solution' }));
    expect(view.getByText(/Enter a valid email address/)).toBeTruthy();

    await user.type(view.getByRole('textbox', { name: 'Email' }), '.com');
    await user.click(view.getByRole('button', { name: 'Send solution' }));
    expect(view.getByText(/Tick the box to agree/)).toBeTruthy();
    expect(requests.some((r) => r.url.endsWith('/submit'))).toBe(false);

    await user.click(view.getByRole('checkbox'));
    await user.click(view.getByRole('button', { name: 'Send solution' }));
    expect(await view.findByText('Thanks — Acme Robotics received your solution.')).toBeTruthy();
    expect(view.queryByRole('button', { name: 'Run tests' })).toBeNull();

    const submit = requests.find((r) => r.url.endsWith('/attempts/att_1/submit'))!;
    expect(submit.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(submit.body).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      consent: true,
      files: [
        { path: 'src/version.js', content: challenge.files[0].content },
        { path: 'src/notifier.js', content: challenge.files[1].content },
      ],
    });
    expect(events).toContainEqual({ type: 'fixpoint-submit', detail: { challenge: SLUG } });
  });
});

describe('<fixpoint-challenge> theming and events', () => {
  it('follows the theme attribute', async () => {
    fakeWidgetApi();
    const { el } = await renderWidget({ theme: 'dark' });
    const container = el.shadowRoot!.querySelector('[part="container"]')!;
    expect(container.classList.contains('theme-dark')).toBe(true);
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(container.classList.contains('theme-light')).toBe(true);
  });

  it('follows prefers-color-scheme when the theme is auto', async () => {
    fakeWidgetApi();
    const listeners: ((e: { matches: boolean }) => void)[] = [];
    window.matchMedia = ((query: string) => ({
      matches: query.includes('dark'),
      addEventListener: (_: string, fn: (e: { matches: boolean }) => void) => listeners.push(fn),
      removeEventListener: () => {},
    })) as unknown as typeof window.matchMedia;
    try {
      const { el } = await renderWidget({ theme: 'auto' });
      const container = el.shadowRoot!.querySelector('[part="container"]')!;
      expect(container.className).toContain('theme-dark');
      listeners.forEach((fn) => fn({ matches: false }));
      await el.updateComplete;
      expect(container.className).toContain('theme-light');
    } finally {
      delete (window as Partial<Window>).matchMedia;
    }
  });

  it('exposes its main pieces as parts and reads custom properties for its colours', async () => {
    fakeWidgetApi();
    const { el } = await renderWidget();
    for (const part of ['container', 'editor', 'run-button', 'submit-button', 'results'])
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).not.toBeNull();
    const css = (el.constructor as unknown as { styles: { cssText: string } }).styles.cssText;
    for (const prop of ['--fp-primary', '--fp-bg', '--fp-text', '--fp-font', '--fp-radius'])
      expect(css).toMatch(new RegExp(`var\\(\\s*${prop},`));
  });

  it('keeps a working editor when the page moves the element', async () => {
    fakeWidgetApi();
    const { el, view } = await renderWidget();
    const holder = document.createElement('div');
    document.body.append(holder);
    holder.append(el);
    await el.updateComplete;
    const editor = await view.findByRole('textbox', { name: /src\/version\.js/ });
    expect((editor as HTMLTextAreaElement).value).toBe(challenge.files[0].content);
  });

  it('dispatches its events so the host page can listen on the document', async () => {
    fakeWidgetApi();
    const seen: string[] = [];
    const listen = (e: Event) => seen.push(e.type);
    document.addEventListener('fixpoint-ready', listen);
    try {
      await renderWidget();
      await waitFor(() => expect(seen).toEqual(['fixpoint-ready']));
    } finally {
      document.removeEventListener('fixpoint-ready', listen);
    }
  });
});
