import { JobsPage } from '@/features/jobs/components/jobs-page';

export function JobsRoute() {
  return <JobsPage />;
}
