import { useEffect } from 'react';

export const SERVICE_TITLE = 'Amazon Transcribe';

/**
 * The browser tab names the page as the AWS console's do: "Page | Amazon Transcribe", so that
 * history, bookmarks and a screen reader's first announcement say where the user is.
 */
export function useDocumentTitle(page: string | undefined): void {
  useEffect(() => {
    document.title = page ? `${page} | ${SERVICE_TITLE}` : SERVICE_TITLE;
  }, [page]);
}
