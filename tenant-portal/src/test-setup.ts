// TestBed for the component specs (those that run in jsdom, `@vitest-environment jsdom`):
// zoneless change detection as in the app (app.config.ts), the test module reset around each
// test. Angular's testing module stays loaded across spec files in a worker, so it is
// initialised once (a global flag) while the reset hooks are registered for every file.
import '@angular/compiler';
import { NgModule, provideZonelessChangeDetection } from '@angular/core';
import { getTestBed, ɵgetCleanupHook as getCleanupHook } from '@angular/core/testing';
import { BrowserTestingModule, platformBrowserTesting } from '@angular/platform-browser/testing';

const INITIALISED = Symbol.for('fixpoint.testbed');

if (typeof document !== 'undefined') {
  beforeEach(getCleanupHook(false));
  afterEach(getCleanupHook(true));
  const flags = globalThis as { [INITIALISED]?: boolean };
  if (!flags[INITIALISED]) {
    flags[INITIALISED] = true;

    @NgModule({ providers: [provideZonelessChangeDetection()] })
    class ZonelessTestingModule {}

    getTestBed().initTestEnvironment(
      [BrowserTestingModule, ZonelessTestingModule],
      platformBrowserTesting(),
      { teardown: { destroyAfterEach: true } },
    );
  }
}
