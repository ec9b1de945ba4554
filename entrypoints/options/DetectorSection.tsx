import { useMemo, useState } from 'preact/hooks';
import { describeDecision } from '../../utils/detector/reason';
import { createDetector } from '../../utils/detector';
import { detectorSettingsSchema } from '../../utils/settings/detector-schema';
import { t } from '../../utils/i18n';
import { parseWith } from '../../utils/settings/schema';
import { detectorOf, type Draft } from './draft';
import { TextField } from './form-controls';

const categoryName = (id: string) => (id === 'video' ? t('categoryVideo') : id === 'telefon' ? t('categoryTelefon') : id);

/** Extra keywords, exclusions and video types, one per line. */
export function DetectorFields({ draft, onChange }: { draft: Draft; onChange: (draft: Draft) => void }) {
  return (
    <>
      <p class="hint">{t('optionsDetectorHint')}</p>
      {Object.entries(draft.keywords).map(([id, text]) => (
        <TextField
          id={`keywords-${id}`}
          path={`detector.extraKeywords.${id}`}
          nested
          multiline
          label={t('optionsKeywordsLabel', categoryName(id))}
          value={text}
          onInput={(value) => onChange({ ...draft, keywords: { ...draft.keywords, [id]: value } })}
        />
      ))}
      <TextField
        id="exclusions"
        path="detector.extraExclusions"
        nested
        multiline
        label={t('optionsExclusionsLabel')}
        hint={t('optionsExclusionsHint')}
        value={draft.exclusions}
        onInput={(exclusions) => onChange({ ...draft, exclusions })}
      />
      <TextField
        id="video-types"
        path="detector.videoTypes"
        nested
        multiline
        label={t('optionsVideoTypesLabel')}
        value={draft.videoTypes}
        onInput={(videoTypes) => onChange({ ...draft, videoTypes })}
      />
    </>
  );
}

/** Shows what the detector, with the keywords as typed (not yet saved), decides for a comment. */
export function TryComment({ draft }: { draft: Draft }) {
  const [comment, setComment] = useState('');
  const [type, setType] = useState('');
  const settings = detectorOf(draft);
  const key = JSON.stringify(settings);
  const detector = useMemo(() => {
    const parsed = parseWith(detectorSettingsSchema, settings);
    return parsed.ok ? createDetector(parsed.value) : null;
  }, [key]);

  let result = t('optionsTryInvalid');
  if (detector) {
    const decision = detector({ comment, type });
    result =
      decision.category === 'other'
        ? t('optionsTryNothing')
        : `${t('optionsTryResult', categoryName(decision.category))} ${describeDecision(decision)}`;
  }

  return (
    <div class="try">
      <h3>{t('optionsTryHeading')}</h3>
      <div class="field">
        <label for="try-comment">{t('optionsTryCommentLabel')}</label>
        <input id="try-comment" type="text" autoComplete="off" value={comment} onInput={(event) => setComment(event.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="try-type">{t('optionsTryTypeLabel')}</label>
        <input id="try-type" type="text" autoComplete="off" value={type} onInput={(event) => setType(event.currentTarget.value)} />
      </div>
      {(comment || type) && (
        <output for="try-comment try-type" aria-live="polite">
          {result}
        </output>
      )}
    </div>
  );
}
