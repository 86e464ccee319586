// The loader a company's page imports from {PLATFORM}/embed/fixpoint-embed.js. It defines
// <fixpoint-challenge>; the editor follows as a lazy chunk from the same origin.
import { FixpointChallenge } from './challenge/challenge.component.js';

FixpointChallenge.defaultApiBase = new URL(import.meta.url).origin;

if (!customElements.get('fixpoint-challenge'))
  customElements.define('fixpoint-challenge', FixpointChallenge);

export { FixpointChallenge };

declare global {
  interface HTMLElementTagNameMap {
    'fixpoint-challenge': FixpointChallenge;
  }
}
