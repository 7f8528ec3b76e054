import { languageName } from '@/lib/transcribe/languages';
import type { OptionRuleInput, OptionSection } from './job-options';
import { PII_ENTITY_TYPES } from './job-options';

/** What a collapsed container says is on, in a line: "Off" when nothing is. */
export function optionSummary(section: OptionSection, v: OptionRuleInput): string {
  const on: string[] = [];
  const perLanguage = (field: 'vocabularyName' | 'vocabularyFilterName', single: string) => {
    if (v.languageMode === 'specific') return single;
    return v.languageOptions
      .map((code) => {
        const name = v.languageIdSettings[code]?.[field];
        return name ? `${languageName(code)}: ${name}` : undefined;
      })
      .filter(Boolean)
      .join(', ');
  };
  switch (section) {
    case 'audio':
      if (v.audioIdentification)
        on.push(
          v.audioIdentificationType === 'speakers'
            ? `Speaker partitioning${v.maxSpeakers ? `, up to ${v.maxSpeakers} speakers` : ''}`
            : 'Channel identification',
        );
      if (v.alternatives)
        on.push(`Alternative results${v.maxAlternatives ? `, up to ${v.maxAlternatives}` : ''}`);
      if (v.toxicityDetection) on.push('Toxicity detection');
      break;
    case 'content-removal':
      if (v.vocabularyFiltering) {
        const filter = perLanguage('vocabularyFilterName', v.vocabularyFilterName);
        const details = [filter, v.vocabularyFilterMethod].filter(Boolean).join(', ');
        on.push(details ? `Vocabulary filtering (${details})` : 'Vocabulary filtering');
      }
      if (v.piiRedaction) {
        const types =
          v.piiEntityScope === 'all'
            ? 'all entity types'
            : PII_ENTITY_TYPES.filter((t) => v.piiEntityTypes.includes(t.value))
                .map((t) => t.label)
                .join(', ') || 'no entity types yet';
        on.push(
          `PII redaction (${v.redactionOutput === 'redacted' ? 'redacted' : 'redacted and unredacted'}; ${types})`,
        );
      }
      break;
    case 'customization':
      if (v.customVocabulary) {
        const vocabulary = perLanguage('vocabularyName', v.vocabularyName);
        on.push(vocabulary ? `Custom vocabulary (${vocabulary})` : 'Custom vocabulary');
      }
      break;
    case 'subtitles':
      if (v.subtitleFormats.length > 0)
        on.push(
          `${(['srt', 'vtt'] as const)
            .filter((f) => v.subtitleFormats.includes(f))
            .map((f) => (f === 'srt' ? 'SRT' : 'WebVTT'))
            .join(' and ')}, start index ${v.subtitleStartIndex}`,
        );
      break;
  }
  return on.length > 0 ? `On: ${on.join('; ')}` : 'Off';
}
