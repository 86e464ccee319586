import { unzipSync } from 'fflate';
import { AppError } from '../common/app-error';

/** What an upload may be: the controller's folder limits (256 KiB a file, 2 MiB in all). */
export const ARCHIVE_LIMITS = {
  maxZipBytes: 1_500_000,
  maxFiles: 1000,
  maxFileBytes: 256 * 1024,
  maxTotalBytes: 2 * 1024 * 1024,
};

const invalid = (message: string) =>
  new AppError('BAD_USER_INPUT', `archive: ${message}`, { field: 'archiveBase64' });

// Files that archivers add and that are never part of a challenge.
const JUNK = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$)/;

/**
 * A zip of a challenge folder to the flat map the sandbox validates (path -> UTF-8 text).
 * Sizes are checked from the zip's headers before anything is inflated (no zip bombs), again
 * after, and a single top-level folder (`my-challenge/challenge.yaml`) is stripped. Path rules
 * (no `..`, no absolute paths) are the controller's, applied when it parses the folder.
 */
export function unzipChallenge(base64: string): Record<string, string> {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw invalid('must be base64-encoded zip bytes');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw invalid('is empty');
  if (bytes.length > ARCHIVE_LIMITS.maxZipBytes) {
    throw invalid(`is ${bytes.length} bytes; at most ${ARCHIVE_LIMITS.maxZipBytes} are accepted`);
  }
  let declared = 0;
  let count = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || JUNK.test(file.name)) return false;
        count += 1;
        declared += file.originalSize;
        if (file.originalSize > ARCHIVE_LIMITS.maxFileBytes) {
          throw invalid(
            `${file.name} is ${file.originalSize} bytes; a file may have at most ${ARCHIVE_LIMITS.maxFileBytes}`,
          );
        }
        if (count > ARCHIVE_LIMITS.maxFiles || declared > ARCHIVE_LIMITS.maxTotalBytes) {
          throw invalid(
            `holds more than ${ARCHIVE_LIMITS.maxFiles} files or ${ARCHIVE_LIMITS.maxTotalBytes} bytes`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid('is not a readable zip file');
  }
  const names = Object.keys(entries);
  if (names.length === 0) throw invalid('holds no files');
  const top = names[0].split('/')[0];
  const strip = names.every((n) => n.startsWith(`${top}/`)) ? top.length + 1 : 0;
  const files: Record<string, string> = {};
  let total = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [name, data] of Object.entries(entries)) {
    total += data.length;
    if (data.length > ARCHIVE_LIMITS.maxFileBytes || total > ARCHIVE_LIMITS.maxTotalBytes) {
      throw invalid(`${name} is larger than its header says`);
    }
    try {
      files[name.slice(strip)] = decoder.decode(data);
    } catch {
      throw invalid(`${name} is not UTF-8 text`);
    }
  }
  return files;
}
