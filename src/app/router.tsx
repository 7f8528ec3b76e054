import { createBrowserRouter, Navigate } from 'react-router';
import type { BreadcrumbHandle } from './breadcrumbs';
import { Shell } from './shell';

const jobsCrumb: BreadcrumbHandle = {
  crumbs: () => [{ text: 'Transcription jobs', href: '/jobs' }],
};

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/signin',
      lazy: async () => ({ Component: (await import('./routes/signin')).SignInRoute }),
    },
    {
      element: <Shell />,
      children: [
        { index: true, element: <Navigate to="/jobs" replace /> },
        {
          path: 'jobs',
          handle: jobsCrumb,
          children: [
            {
              index: true,
              lazy: async () => ({ Component: (await import('./routes/jobs')).JobsRoute }),
            },
            {
              path: 'create',
              handle: {
                crumbs: () => [{ text: 'Create transcription job', href: '/jobs/create' }],
              } satisfies BreadcrumbHandle,
              lazy: async () => ({
                Component: (await import('./routes/create-job')).CreateJobRoute,
              }),
            },
            {
              path: ':name',
              handle: {
                crumbs: (params) => [
                  {
                    text: params.name ?? '',
                    href: `/jobs/${encodeURIComponent(params.name ?? '')}`,
                  },
                ],
              } satisfies BreadcrumbHandle,
              lazy: async () => ({
                Component: (await import('./routes/job-details')).JobDetailsRoute,
              }),
            },
          ],
        },
        {
          path: '*',
          lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
        },
      ],
    },
  ]);
}
