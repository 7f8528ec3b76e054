import { JobsPage } from '@/features/jobs/components/jobs-page';
import { usePageHelp } from '@/lib/help/help-context';

const loadHelp = () => import('@/features/jobs/help').then((m) => m.jobsHelp);

export function JobsRoute() {
  usePageHelp(loadHelp);
  return <JobsPage />;
}
