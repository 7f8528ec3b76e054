import BreadcrumbGroup, {
  type BreadcrumbGroupProps,
} from '@cloudscape-design/components/breadcrumb-group';
import { type Params, useMatches, useNavigate } from 'react-router';

export interface BreadcrumbHandle {
  crumbs: (params: Params) => BreadcrumbGroupProps.Item[];
}

function isBreadcrumbHandle(handle: unknown): handle is BreadcrumbHandle {
  return typeof handle === 'object' && handle !== null && 'crumbs' in handle;
}

/** Breadcrumbs built from the `handle.crumbs` of every matched route. */
export function Breadcrumbs() {
  const matches = useMatches();
  const navigate = useNavigate();
  const items: BreadcrumbGroupProps.Item[] = [
    { text: 'Amazon Transcribe', href: '/jobs' },
    ...matches.flatMap((match) =>
      isBreadcrumbHandle(match.handle) ? match.handle.crumbs(match.params) : [],
    ),
  ];
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
