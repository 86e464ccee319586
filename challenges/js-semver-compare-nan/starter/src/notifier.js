import { compareVersions, latestOf } from './version.js';

// Decide whether to show the "update available" banner.
// `published` is the list of versions returned by the registry.
export function checkForUpdate(currentVersion, published) {
  const latest = latestOf(published);
  if (latest === undefined || compareVersions(latest, currentVersion) <= 0) {
    return { updateAvailable: false, current: currentVersion };
  }
  return {
    updateAvailable: true,
    current: currentVersion,
    latest,
    message: `Update available: ${currentVersion} -> ${latest}`,
  };
}
