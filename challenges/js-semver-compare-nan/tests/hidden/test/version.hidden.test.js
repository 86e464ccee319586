import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVersion, compareVersions, latestOf } from '../src/version.js';
import { checkForUpdate } from '../src/notifier.js';

test('parses every component of MAJOR.MINOR.PATCH as a number', () => {
  assert.deepEqual(parseVersion('1.2.3'), [1, 2, 3]);
  assert.deepEqual(parseVersion('10.20.30'), [10, 20, 30]);
});

test('ignores a leading v and pre-release/build suffixes', () => {
  assert.deepEqual(parseVersion('v2.7.1-beta.1'), [2, 7, 1]);
  assert.deepEqual(parseVersion('3.0.4+sha.5114f85'), [3, 0, 4]);
});

test('pads missing components with zeros', () => {
  assert.deepEqual(parseVersion('3'), [3, 0, 0]);
});

test('compares minor and patch numerically', () => {
  assert.equal(compareVersions('1.10.0', '1.9.0'), 1);
  assert.equal(compareVersions('1.2.9', '1.2.10'), -1);
  assert.equal(compareVersions('0.0.2', '0.0.1'), 1);
});

test('compares major versions', () => {
  assert.equal(compareVersions('2.0.0', '10.0.0'), -1);
  assert.equal(compareVersions('3.0.0', '2.0.0'), 1);
});

test('treats identical versions as equal', () => {
  assert.equal(compareVersions('v1.0.0', '1.0.0'), 0);
});

test('picks the highest version from an unordered list', () => {
  assert.equal(latestOf(['1.2.0', '1.10.1', '1.9.9', '1.10.0']), '1.10.1');
});

test('announces a patch release', () => {
  const result = checkForUpdate('2.3.4', ['2.3.4', '2.3.5']);
  assert.equal(result.updateAvailable, true);
  assert.equal(result.latest, '2.3.5');
});

test('stays quiet when already on the latest version', () => {
  assert.deepEqual(checkForUpdate('2.0.0', ['1.0.0', '2.0.0']), { updateAvailable: false, current: '2.0.0' });
});

test('stays quiet when the registry returns nothing', () => {
  assert.equal(checkForUpdate('1.0.0', []).updateAvailable, false);
});
