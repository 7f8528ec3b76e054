import { useParams } from 'react-router';
import { JobDetailsPage } from '@/features/job-details/components/job-details-page';
import { usePageHelp } from '@/lib/help/help-context';

const loadHelp = () => import('@/features/job-details/help').then((m) => m.jobDetailsHelp);

export function JobDetailsRoute() {
  usePageHelp(loadHelp);
  const { name = '' } = useParams();
  // Keyed by name: another job is a fresh page (its own flash, delete dialog and queries).
  return <JobDetailsPage key={name} name={name} />;
}
