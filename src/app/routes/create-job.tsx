import { useRouteLoaderData } from 'react-router';
import type { SignedInUser } from '@/features/auth/api/get-signed-in-user';
import { CreateJobPage } from '@/features/create-job/components/create-job-page';
import { usePageHelp } from '@/lib/help/help-context';

const loadHelp = () => import('@/features/create-job/help').then((m) => m.createJobHelp);

export function CreateJobRoute() {
  usePageHelp(loadHelp);
  // The session route's loader: the page is only reached signed in.
  const user = useRouteLoaderData('session') as SignedInUser;
  return <CreateJobPage draftOwner={user.userId} />;
}
