import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import type { SettingsIssue } from '../../utils/settings/schema';

/** Where the form says it in fewer words: "Behandlerrom 1: navnet mangler". */
const SHORT: Partial<Record<MessageKey, MessageKey>> = {
  errorPractitionerRequired: 'summaryNameMissing',
  errorRoomUrlRequired: 'summaryUrlMissing',
};

/** The field an issue is about: the one whose path is the issue's, or holds it (a list edited as one text). */
export function fieldFor(root: ParentNode, path: string): HTMLElement | null {
  let best: HTMLElement | null = null;
  for (const field of root.querySelectorAll<HTMLElement>('[data-path]')) {
    const own = field.dataset.path!;
    if ((path === own || path.startsWith(`${own}.`)) && own.length > (best?.dataset.path?.length ?? -1)) best = field;
  }
  return best;
}

/** The words the form uses for where a field is: a practitioner's room by its legend, others by their label. */
export function placeOf(field: HTMLElement): string {
  const legend = field.closest('fieldset.room')?.querySelector('legend')?.textContent;
  return legend ?? field.ownerDocument.querySelector(`label[for="${field.id}"]`)?.textContent ?? '';
}

/** Opens what folds the field away, and puts the cursor in it. */
function reveal(field: HTMLElement) {
  for (let details = field.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
  field.focus();
}

/**
 * At the top of the form after a failed save, in the form's own words, each line a link to its
 * field. It takes focus, so a keyboard or screen reader user starts from the list of what to fix.
 */
export function ErrorSummary({ issues }: { issues: SettingsIssue[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const lines = new Map<string, HTMLElement | null>();
  for (const { path, key } of issues) {
    const field = fieldFor(document, path);
    const words = t(SHORT[key] ?? key);
    lines.set(field ? `${placeOf(field)}: ${words}` : path ? `${path}: ${words}` : words, field);
  }
  useEffect(() => {
    for (const field of lines.values()) if (field) field.closest('details')?.setAttribute('open', '');
    ref.current?.focus();
  }, [issues]);

  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-heading">
      <h2 id="error-summary-heading">{t('optionsSaveFailedList')}</h2>
      <ul>
        {[...lines].map(([text, field]) => (
          <li key={text}>
            {field ? (
              <a
                href={`#${field.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  reveal(field);
                }}
              >
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
