import { createContext, type RefObject, useContext, useEffect } from 'react';
import type { PageHelpLoader } from './help-topics';

/** What a page and its Info links may ask of the help panel. */
export interface HelpPanelControls {
  /** Called by a page on mount: the panel now shows this page's help, at its start topic. */
  showPage(loader: PageHelpLoader): () => void;
  /**
   * Opens the panel at a topic and moves focus into it; `returnTo` gets focus back when the
   * panel is closed.
   */
  openTopic(topic: string, returnTo: RefObject<{ focus(): void } | null>): void;
}

export const HelpPanelContext = createContext<HelpPanelControls | null>(null);

export function useHelpPanel(): HelpPanelControls {
  const controls = useContext(HelpPanelContext);
  if (!controls) throw new Error('useHelpPanel outside the signed-in shell');
  return controls;
}

/**
 * Gives the help panel this page's help while the page is shown. Each page starts at its own
 * start topic: nothing chosen on another page is carried over.
 */
export function usePageHelp(loader: PageHelpLoader): void {
  const { showPage } = useHelpPanel();
  useEffect(() => showPage(loader), [showPage, loader]);
}
