import type { ComponentType } from 'react';
import Spinner from '@cloudscape-design/components/spinner';
import { createBrowserRouter, Navigate, type LoaderFunctionArgs } from 'react-router';
import type { AppConfig } from '@/config/config';
import type { BreadcrumbHandle } from './breadcrumbs';

const jobsCrumb: BreadcrumbHandle = {
  crumbs: () => [{ text: 'Transcription jobs', href: '/jobs' }],
};

function PageLoading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 80 }}>
      <Spinner size="large" />
    </div>
  );
}

/**
 * A custom resource's three routes (list, create, details), each page split out with its
 * kind's module.
 */
function customResourceRoutes(
  path: string,
  listCrumb: string,
  createCrumb: string,
  load: () => Promise<{
    List: ComponentType;
    Create: ComponentType;
    Details: ComponentType;
  }>,
) {
  return {
    path,
    handle: { crumbs: () => [{ text: listCrumb, href: `/${path}` }] } satisfies BreadcrumbHandle,
    children: [
      { index: true, lazy: async () => ({ Component: (await load()).List }) },
      {
        path: 'create',
        handle: {
          crumbs: () => [{ text: createCrumb, href: `/${path}/create` }],
        } satisfies BreadcrumbHandle,
        lazy: async () => ({ Component: (await load()).Create }),
      },
      {
        path: ':name',
        handle: {
          crumbs: (params) => [
            { text: params.name ?? '', href: `/${path}/${encodeURIComponent(params.name ?? '')}` },
          ],
        } satisfies BreadcrumbHandle,
        lazy: async () => ({ Component: (await load()).Details }),
      },
    ],
  };
}

/**
 * The routes. The sign-in page and the signed-in shell are split out, so that neither pays for
 * the other (the shell carries the AWS SDK clients); Amplify loads with whichever comes first.
 */
export function createAppRouter(config: AppConfig) {
  return createBrowserRouter([
    {
      path: '/signin',
      HydrateFallback: PageLoading,
      lazy: async () => {
        const [{ SignInRoute }, { skipSignInWhenSignedIn }] = await Promise.all([
          import('./routes/signin'),
          import('@/features/auth/session-guard'),
        ]);
        return {
          Component: SignInRoute,
          loader: ({ request }: LoaderFunctionArgs) => skipSignInWhenSignedIn(config, request),
        };
      },
    },
    {
      id: 'session',
      HydrateFallback: PageLoading,
      lazy: async () => {
        const [{ Shell }, { requireSession }] = await Promise.all([
          import('./shell'),
          import('@/features/auth/session-guard'),
        ]);
        return {
          Component: Shell,
          loader: ({ request }: LoaderFunctionArgs) => requireSession(config, request),
        };
      },
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
        customResourceRoutes('vocabularies', 'Custom vocabulary', 'Create vocabulary', async () => {
          const m = await import('./routes/vocabularies');
          return {
            List: m.VocabulariesRoute,
            Create: m.CreateVocabularyRoute,
            Details: m.VocabularyDetailsRoute,
          };
        }),
        customResourceRoutes(
          'vocabulary-filters',
          'Vocabulary filtering',
          'Create vocabulary filter',
          async () => {
            const m = await import('./routes/vocabulary-filters');
            return {
              List: m.VocabularyFiltersRoute,
              Create: m.CreateVocabularyFilterRoute,
              Details: m.VocabularyFilterDetailsRoute,
            };
          },
        ),
        customResourceRoutes(
          'language-models',
          'Custom language models',
          'Create language model',
          async () => {
            const m = await import('./routes/language-models');
            return {
              List: m.LanguageModelsRoute,
              Create: m.CreateLanguageModelRoute,
              Details: m.LanguageModelDetailsRoute,
            };
          },
        ),
        {
          path: '*',
          lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
        },
      ],
    },
  ]);
}
