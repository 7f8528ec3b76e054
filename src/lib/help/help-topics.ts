import type { ReactNode } from 'react';

/** A documentation page, opened in a new tab from the help panel's "Learn more" list. */
export interface LearnMoreLink {
  text: string;
  href: string;
}

/** What the help panel shows for one Info link (or for the page as a whole). */
export interface HelpTopic {
  header: string;
  body: ReactNode;
  learnMore: LearnMoreLink[];
}

/**
 * A page's help: every topic its Info links open, and the one the panel starts at when it is
 * opened from its toggle.
 */
export interface PageHelp {
  start: string;
  topics: Record<string, HelpTopic>;
}

/**
 * Loads a page's help text, which is a chunk of its own: the panel fetches it when first opened,
 * so a page pays nothing for its help until it is read. A module-level constant, since the
 * panel knows a page by this function.
 */
export type PageHelpLoader = () => Promise<PageHelp>;
