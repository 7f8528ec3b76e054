import Link, { type LinkProps } from '@cloudscape-design/components/link';
import { useRef } from 'react';
import { useHelpPanel } from './help-context';

/**
 * The "Info" link beside a field group or a header (a FormField's or Header's `info`): opens
 * the help panel at `topic`. `about` names what it explains, for its accessible name
 * ("Info about KMS key"), since a page has many of them.
 */
export function InfoLink({ topic, about }: { topic: string; about: string }) {
  const { openTopic } = useHelpPanel();
  const ref = useRef<LinkProps.Ref>(null);
  return (
    <Link
      ref={ref}
      variant="info"
      ariaLabel={`Info about ${about}`}
      onFollow={(event) => {
        event.preventDefault();
        openTopic(topic, ref);
      }}
    >
      Info
    </Link>
  );
}
