import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { lazy, Suspense } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import { InfoLink } from '@/lib/help/info-link';
import type { CreateJobFormValues } from '../form-schema';
import type { OptionSection } from '../job-options';
import { optionSummary } from '../job-options-summary';

/**
 * The container bodies are a chunk of their own, fetched when a container is first opened (or
 * about to be: on pointer or focus over its header), since most jobs open none of them.
 */
export const loadOptionBodies = () => import('./configure-job-bodies');
const bodies = {
  audio: lazy(() => loadOptionBodies().then((m) => ({ default: m.AudioSettingsBody }))),
  'content-removal': lazy(() =>
    loadOptionBodies().then((m) => ({ default: m.ContentRemovalBody })),
  ),
  customization: lazy(() => loadOptionBodies().then((m) => ({ default: m.CustomizationBody }))),
  subtitles: lazy(() => loadOptionBodies().then((m) => ({ default: m.SubtitlesBody }))),
};

const sections: { id: OptionSection; title: string }[] = [
  { id: 'audio', title: 'Audio settings' },
  { id: 'content-removal', title: 'Content removal' },
  { id: 'customization', title: 'Customization' },
  { id: 'subtitles', title: 'Subtitles' },
];

export type OpenSections = Partial<Record<OptionSection, boolean>>;

/**
 * "Configure job - optional": four containers below Output data, collapsed by default, each
 * saying in its header what is on.
 */
export function ConfigureJob({
  control,
  open,
  onOpenChange,
}: {
  control: Control<CreateJobFormValues>;
  open: OpenSections;
  onOpenChange: (section: OptionSection, expanded: boolean) => void;
}) {
  const values = useWatch({ control }) as CreateJobFormValues;
  return (
    <SpaceBetween size="l">
      <Header
        variant="h2"
        description="Speakers, alternatives, content removal, custom vocabularies and subtitles. Every file the job writes is encrypted like the transcript."
      >
        Configure job - optional
      </Header>
      {sections.map(({ id, title }) => {
        const Body = bodies[id];
        return (
          <div
            key={id}
            onPointerEnter={() => void loadOptionBodies()}
            onFocus={() => void loadOptionBodies()}
          >
            <ExpandableSection
              variant="container"
              headerText={title}
              headerInfo={<InfoLink topic={id} about={title} />}
              headerDescription={optionSummary(id, values)}
              expanded={open[id] ?? false}
              onChange={({ detail }) => onOpenChange(id, detail.expanded)}
            >
              {open[id] ? (
                <Suspense fallback={<StatusIndicator type="loading">Loading</StatusIndicator>}>
                  <Body control={control} />
                </Suspense>
              ) : null}
            </ExpandableSection>
          </div>
        );
      })}
    </SpaceBetween>
  );
}
