import HelpPanel from '@cloudscape-design/components/help-panel';
import Link from '@cloudscape-design/components/link';
import { useEffect, useRef, useState } from 'react';
import type { PageHelp, PageHelpLoader } from './help-topics';

type Loaded = { loader: PageHelpLoader } & (
  { help: PageHelp; error?: undefined } | { help?: undefined; error: unknown }
);

/**
 * The help panel's content (a chunk of its own, with the page's help text): the topic's text
 * and its "Learn more" links, each opening the AWS documentation in a new tab. `focus`: an
 * Info link opened it, so focus moves to the topic's heading once it is shown.
 */
export default function HelpPanelContent({
  loader,
  topic,
  focus,
  onFocused,
}: {
  loader: PageHelpLoader;
  topic: string | null;
  focus: boolean;
  onFocused(): void;
}) {
  const [loaded, setLoaded] = useState<Loaded>();
  const heading = useRef<HTMLHeadingElement>(null);
  const current = loaded?.loader === loader ? loaded : undefined;

  useEffect(() => {
    let live = true;
    loader().then(
      (help) => live && setLoaded({ loader, help }),
      (error: unknown) => live && setLoaded({ loader, error }),
    );
    return () => {
      live = false;
    };
  }, [loader]);

  const shown = current?.help ? (current.help.topics[topic ?? current.help.start] ?? null) : null;
  useEffect(() => {
    if (!focus || !current) return;
    heading.current?.focus();
    onFocused();
  }, [focus, current, shown, onFocused]);

  if (!current) return <HelpPanel loading loadingText="Loading help" />;
  if (current.error !== undefined || !shown) {
    return (
      <HelpPanel
        header={
          <h2 ref={heading} tabIndex={-1}>
            Help unavailable
          </h2>
        }
      >
        <p>
          {current.error !== undefined
            ? 'The help could not be loaded. Check your connection and open it again.'
            : `There is no help for "${topic}" on this page.`}
        </p>
      </HelpPanel>
    );
  }
  return (
    <HelpPanel
      header={
        <h2 ref={heading} tabIndex={-1}>
          {shown.header}
        </h2>
      }
      footer={
        shown.learnMore.length ? (
          <div>
            <h3>Learn more</h3>
            <ul>
              {shown.learnMore.map((link) => (
                <li key={link.href}>
                  <Link
                    external
                    href={link.href}
                    target="_blank"
                    externalIconAriaLabel="(opens in a new tab)"
                  >
                    {link.text}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : undefined
      }
    >
      {shown.body}
    </HelpPanel>
  );
}
