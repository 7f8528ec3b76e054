import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HelpPanelControls } from './help-context';
import type { PageHelpLoader } from './help-topics';

interface PanelState {
  /** The shown page's help; null on a page that has none (the panel is hidden there). */
  page: PageHelpLoader | null;
  /** The topic chosen through an Info link on this page; null: the page's start topic. */
  topic: string | null;
  open: boolean;
  /** An Info link opened the panel: focus goes into it once the topic is on screen. */
  focusPending: boolean;
}

type FocusTarget = RefObject<{ focus(): void } | null>;

/**
 * The help panel's state, held by the shell around AppLayout's `tools`. The component that
 * calls this must render the AppLayout itself: its effects run after AppLayout's, so focus
 * given back to an Info link here wins over AppLayout's own choice (its toggle button).
 */
export function useHelpPanelState() {
  const [state, setState] = useState<PanelState>({
    page: null,
    topic: null,
    open: false,
    focusPending: false,
  });
  // Where focus goes back to when the panel is closed: the Info link that opened it.
  const returnTo = useRef<FocusTarget | null>(null);

  const controls = useMemo<HelpPanelControls>(
    () => ({
      showPage: (loader) => {
        returnTo.current = null;
        setState((s) => ({ ...s, page: loader, topic: null, focusPending: false }));
        return () => setState((s) => (s.page === loader ? { ...s, page: null, topic: null } : s));
      },
      openTopic: (topic, target) => {
        returnTo.current = target;
        setState((s) => ({ ...s, topic, open: true, focusPending: true }));
      },
    }),
    [],
  );

  const setOpen = useCallback((open: boolean) => {
    setState((s) => ({ ...s, open, focusPending: open && s.focusPending }));
  }, []);
  const focusDone = useCallback(() => setState((s) => ({ ...s, focusPending: false })), []);

  useEffect(() => {
    if (state.open || !returnTo.current) return;
    returnTo.current.current?.focus();
    returnTo.current = null;
  }, [state.open]);

  return { ...state, controls, setOpen, focusDone };
}
