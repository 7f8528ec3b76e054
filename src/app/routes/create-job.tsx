import { CreateJobPage } from '@/features/create-job/components/create-job-page';

export function CreateJobRoute() {
  return <CreateJobPage />;
}
