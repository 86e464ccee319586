import type { Files } from '../catalog/challenge-content';
import { AppError } from '../common/app-error';
import { editableFiles } from './file-input';

/**
 * Whether an attempt's files are still the starter's editable files, byte for byte. Scores count
 * the bug's tests fixed, so an untouched starter scores 0 whatever the hidden tests say: no
 * sandbox run is spent finding that out.
 */
export function isUntouched(
  files: Files,
  version: { starterFiles: unknown; editable: string[] },
): boolean {
  const starter = editableFiles(version.starterFiles as Files, version.editable);
  const paths = Object.keys(files);
  return (
    paths.length === Object.keys(starter).length &&
    paths.every((path) => Object.hasOwn(starter, path) && starter[path] === files[path])
  );
}

export const untouchedSubmit = () =>
  new AppError(
    'BAD_USER_INPUT',
    'Nothing to submit yet: your files are still the starter. Fix the bug, then submit.',
    { reason: 'UNTOUCHED' },
  );
