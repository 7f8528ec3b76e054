import { useParams } from 'react-router';
import { JobDetailsPage } from '@/features/job-details/components/job-details-page';

export function JobDetailsRoute() {
  const { name = '' } = useParams();
  // Keyed by name: another job is a fresh page (its own flash, delete dialog and queries).
  return <JobDetailsPage key={name} name={name} />;
}
