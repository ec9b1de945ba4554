import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { SettingsIssue } from '../../utils/settings/schema';

/** The issues of the last save, so each field can show its own next to it. */
export const IssuesContext = createContext<SettingsIssue[]>([]);

/** Issues at a path; `nested` also takes those inside it, for a list edited as one text. */
function useIssuesAt(path: string, nested: boolean): SettingsIssue[] {
  return useContext(IssuesContext).filter((issue) => issue.path === path || (nested && issue.path.startsWith(`${path}.`)));
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Where the schema reports this field's problems, e.g. "rooms.0.url"; the error summary links here by it. */
  path: string;
  nested?: boolean;
}

function Described({ id, label, hint, path, nested = false, children }: FieldProps & { children: (aria: object) => ComponentChildren }) {
  const issues = useIssuesAt(path, nested);
  const described = [hint && `${id}-hint`, issues.length && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, 'data-path': path, 'aria-invalid': issues.length > 0, 'aria-describedby': described || undefined })}
      {issues.length > 0 && (
        <p class="error" id={`${id}-error`}>
          {[...new Set(issues.map((issue) => t(issue.key)))].join(' ')}
        </p>
      )}
    </div>
  );
}

export function TextField(
  props: FieldProps & { value: string; onInput: (value: string) => void; multiline?: boolean; inputMode?: 'url' | 'numeric'; placeholder?: string },
) {
  const { value, onInput, multiline, inputMode, placeholder } = props;
  return (
    <Described {...props}>
      {(aria) =>
        multiline ? (
          <textarea {...aria} rows={4} spellcheck={false} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
        ) : (
          <input
            {...aria}
            type="text"
            inputMode={inputMode}
            placeholder={placeholder}
            autoComplete="off"
            spellcheck={false}
            value={value}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
        )
      }
    </Described>
  );
}

export function SelectField<T extends string>(props: FieldProps & { value: T; options: [T, string][]; onChange: (value: T) => void }) {
  const { value, options, onChange } = props;
  return (
    <Described {...props}>
      {(aria) => (
        <select {...aria} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
          {options.map(([option, label]) => (
            <option value={option}>{label}</option>
          ))}
        </select>
      )}
    </Described>
  );
}

export function CheckField({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div class="field check">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

/** A group of settings; when browser policy sets it, it is shown but cannot be edited here. */
export function Section({ title, locked, children }: { title?: string; locked: boolean; children: ComponentChildren }) {
  return (
    <div class="group">
      {title && <h3>{title}</h3>}
      {locked && <p class="locked">{t('optionsLocked')}</p>}
      <fieldset class="plain" disabled={locked}>
        {children}
      </fieldset>
    </div>
  );
}

/** One of the page's parts, each reached from the navigation at the top. */
export function PageSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** Settings most clinics never change, folded under their heading until opened. */
export function Advanced({ summary, children }: { summary: string; children: ComponentChildren }) {
  return (
    <details class="advanced">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
