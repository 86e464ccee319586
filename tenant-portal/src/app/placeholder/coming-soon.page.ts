import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

/** Sections on the roadmap: said plainly rather than a dead link. */
@Component({
  selector: 'fp-coming-soon',
  template: `
    <h1>{{ title }}</h1>
    <p class="notice">Coming soon. {{ title }} is on our roadmap; nothing here yet.</p>
  `,
})
export class ComingSoonPage {
  protected readonly title = String(inject(ActivatedRoute).snapshot.data['title'] ?? '');
}
