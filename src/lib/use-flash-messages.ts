import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { readRouterFlash } from './router-flash';

export interface FlashMessage {
  id: string;
  type: FlashbarProps.Type;
  content: string;
}

let nextId = 0;

/**
 * Dismissible page messages, starting with the one another page handed over in router state
 * (`{ flash }`). That state is cleared at once so a reload or Back does not show it again.
 */
export function useFlashMessages(): {
  items: FlashbarProps.MessageDefinition[];
  add(type: FlashbarProps.Type, content: string): void;
} {
  const location = useLocation();
  const navigate = useNavigate();
  const [messages, setMessages] = useState<FlashMessage[]>(() => {
    const flash = readRouterFlash(location.state);
    return flash ? [{ id: `flash-${nextId++}`, type: 'success', content: flash }] : [];
  });

  const handedOver = readRouterFlash(location.state) !== undefined;
  useEffect(() => {
    if (handedOver)
      void navigate(
        { pathname: location.pathname, search: location.search },
        { replace: true, state: null },
      );
  }, [handedOver, navigate, location.pathname, location.search]);

  const add = useCallback((type: FlashbarProps.Type, content: string) => {
    setMessages((current) => [{ id: `flash-${nextId++}`, type, content }, ...current]);
  }, []);

  const items = messages.map((message): FlashbarProps.MessageDefinition => ({
    id: message.id,
    type: message.type,
    content: message.content,
    dismissible: true,
    dismissLabel: 'Dismiss message',
    onDismiss: () => setMessages((current) => current.filter((m) => m.id !== message.id)),
  }));
  return { items, add };
}
