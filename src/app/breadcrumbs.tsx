import BreadcrumbGroup, {
  type BreadcrumbGroupProps,
} from '@cloudscape-design/components/breadcrumb-group';
import { type Params, useMatches, useNavigate } from 'react-router';
import { SERVICE_TITLE, useDocumentTitle } from '@/lib/use-document-title';

export interface BreadcrumbHandle {
  crumbs: (params: Params) => BreadcrumbGroupProps.Item[];
}

function isBreadcrumbHandle(handle: unknown): handle is BreadcrumbHandle {
  return typeof handle === 'object' && handle !== null && 'crumbs' in handle;
}

/** Breadcrumbs built from the `handle.crumbs` of every matched route; the last names the tab. */
export function Breadcrumbs() {
  const matches = useMatches();
  const navigate = useNavigate();
  const items: BreadcrumbGroupProps.Item[] = [
    { text: SERVICE_TITLE, href: '/jobs' },
    ...matches.flatMap((match) =>
      isBreadcrumbHandle(match.handle) ? match.handle.crumbs(match.params) : [],
    ),
  ];
  useDocumentTitle(items.length > 1 ? items.at(-1)!.text : undefined);
  return (
    <BreadcrumbGroup
      items={items}
      ariaLabel="Breadcrumbs"
      onFollow={(event) => {
        event.preventDefault();
        void navigate(event.detail.href);
      }}
    />
  );
}
