import { useEffect, useRef } from 'preact/hooks';
import { t } from '../utils/i18n';

export type PickerStep =
  | { kind: 'appointment' }
  | { kind: 'comment'; outside?: boolean }
  | { kind: 'confirm'; count: number }
  | { kind: 'failed' };

export interface PickerPanelProps {
  step: PickerStep;
  /** Page boxes to outline: the hovered element, or every match of the derived selectors. */
  boxes: DOMRect[];
  onSave: () => void;
  onCancel: () => void;
}

function instruction(step: PickerStep): string {
  switch (step.kind) {
    case 'appointment':
      return t('pickerStepAppointment');
    case 'comment':
      return step.outside ? t('pickerCommentOutside') : t('pickerStepComment');
    case 'confirm':
      return t('pickerFound', String(step.count));
    case 'failed':
      return t('pickerSaveFailed');
  }
}

export function PickerPanel({ step, boxes, onSave, onCancel }: PickerPanelProps) {
  const save = useRef<HTMLButtonElement>(null);
  // Found: saving is the next thing to do, by mouse or by Enter.
  useEffect(() => {
    if (step.kind === 'confirm') save.current?.focus();
  }, [step.kind]);
  const picking = step.kind === 'appointment' || step.kind === 'comment';
  return (
    <>
      {boxes.map((box, index) => (
        <div
          key={index}
          class="box"
          style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }}
        />
      ))}
      <section class="panel" role="dialog" aria-label={t('pickerTitle')}>
        <h2>{t('pickerTitle')}</h2>
        <p role="status">{instruction(step)}</p>
        {picking && <p class="keys">{t('pickerKeys')}</p>}
        <div class="buttons">
          {step.kind === 'confirm' && (
            <button type="button" class="save" ref={save} onClick={onSave}>
              {t('pickerSave')}
            </button>
          )}
          <button type="button" onClick={onCancel}>
            {t('pickerCancel')}
          </button>
        </div>
      </section>
    </>
  );
}
