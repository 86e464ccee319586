import { useEffect } from 'react';

/** Sets the tab title, which screen readers also announce on navigation. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Fixpoint` : 'Fixpoint';
  }, [title]);
}
