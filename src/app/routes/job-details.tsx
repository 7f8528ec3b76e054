import { useParams, useRouteLoaderData } from 'react-router';
import type { SignedInUser } from '@/features/auth/api/get-signed-in-user';
import { JobDetailsPage } from '@/features/job-details/components/job-details-page';

export function JobDetailsRoute() {
  const { name = '' } = useParams();
  // The session route's loader: the page is only reached signed in.
  const user = useRouteLoaderData('session') as SignedInUser;
  // Keyed by name: another job is a fresh page (its own flash, delete dialog and queries).
  return <JobDetailsPage key={name} name={name} owner={user.userId} />;
}
