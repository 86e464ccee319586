import { Component, computed, input } from '@angular/core';
import { diffLines } from '../core/unified-diff';

/** A unified diff, + and - lines coloured and marked (never colour alone). */
@Component({
  selector: 'fp-diff',
  template: `
    @if (lines().length === 0) {
      <p class="hint">No change.</p>
    } @else {
      <pre
        class="diff"
        tabindex="0"
        [attr.aria-label]="label()"
      ><code>@for (line of lines(); track $index) {<span class="diff-line" [attr.data-kind]="line.kind" [attr.title]="line.label">{{ line.text || ' ' }}</span>}</code></pre>
    }
  `,
})
export class DiffViewComponent {
  readonly diff = input.required<string>();
  readonly label = input('Code changes');
  protected readonly lines = computed(() => diffLines(this.diff()));
}
