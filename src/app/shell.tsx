import AppLayout from '@cloudscape-design/components/app-layout';
import SideNavigation from '@cloudscape-design/components/side-navigation';
import Spinner from '@cloudscape-design/components/spinner';
import TopNavigation, {
  type TopNavigationProps,
} from '@cloudscape-design/components/top-navigation';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLoaderData, useLocation, useNavigate } from 'react-router';
import { useAppConfig } from '@/config/config-context';
import type { SignedInUser } from '@/features/auth/api/get-signed-in-user';
import { signOutEverywhere } from '@/features/auth/api/sign-out';
import { signInPath } from '@/features/auth/return-to';
import { AwsClientsProvider, createAwsClients, onSessionEnded } from '@/lib/aws/clients';
import { useCallerIdentity } from '@/lib/aws/get-caller-identity';
import { Breadcrumbs } from './breadcrumbs';
import { SessionQueryClientProvider } from './query-client';
import type { SignInState } from './routes/signin';

/** The signed-in console. The route's loader guarantees a session before it renders. */
export function Shell() {
  const user = useLoaderData() as SignedInUser;
  // A new session (another user, or the same one after signing in again) gets new clients.
  return (
    <SessionQueryClientProvider>
      <SessionShell key={user.userId} user={user} />
    </SessionQueryClientProvider>
  );
}

function SessionShell({ user }: { user: SignedInUser }) {
  const config = useAppConfig();
  const [clients] = useState(() => createAwsClients(config));
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      onSessionEnded(() => {
        const { pathname, search, hash } = window.location;
        const state: SignInState = { reason: 'session-ended' };
        // Cached data goes once the shell is gone: cleared earlier, its queries would refetch
        // at once, without a session.
        void Promise.resolve(
          navigate(signInPath(`${pathname}${search}${hash}`), { replace: true, state }),
        ).then(() => queryClient.clear());
      }),
    [navigate, queryClient],
  );

  return (
    <AwsClientsProvider value={clients}>
      <div id="top-nav" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
        <TopBar user={user} />
      </div>
      <Layout />
    </AwsClientsProvider>
  );
}

function formatAccountId(accountId: string): string {
  return accountId.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
}

function TopBar({ user }: { user: SignedInUser }) {
  const config = useAppConfig();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const identity = useCallerIdentity();
  const [signingOut, setSigningOut] = useState(false);
  const accountId = identity.data?.Account;

  const signOut = async () => {
    if (signingOut) return;
    setSigningOut(true);
    try {
      await signOutEverywhere();
    } finally {
      // Cached data goes once the shell is gone, so that nothing refetches without a session.
      void Promise.resolve(navigate('/signin', { replace: true })).then(() => queryClient.clear());
    }
  };

  const userMenu: TopNavigationProps.MenuDropdownUtility = {
    type: 'menu-dropdown',
    text: accountId ? `${user.username} @ ${accountId}` : user.username,
    ariaLabel: accountId
      ? `Signed in as ${user.username} in account ${accountId}`
      : `Signed in as ${user.username}`,
    title: user.username,
    description: accountId
      ? `Account ID: ${formatAccountId(accountId)}`
      : identity.isError
        ? 'Account ID unavailable'
        : undefined,
    iconName: 'user-profile',
    items: [{ id: 'sign-out', text: 'Sign out', disabled: signingOut }],
    onItemClick: ({ detail }) => {
      if (detail.id === 'sign-out') void signOut();
    },
  };

  return (
    <TopNavigation
      identity={{
        href: '/jobs',
        title: 'Amazon Transcribe',
        onFollow: (event) => {
          event.preventDefault();
          void navigate('/jobs');
        },
      }}
      utilities={[
        {
          // A menu that says why there is no choice, rather than a button that does nothing.
          type: 'menu-dropdown',
          text: config.region,
          ariaLabel: `Region ${config.region}`,
          items: [
            {
              id: 'region',
              text: `This console works in ${config.region}, the Region of its configuration.`,
              disabled: true,
            },
          ],
        },
        userMenu,
      ]}
    />
  );
}

/**
 * Below this width the side navigation starts closed, so a table keeps the window's width:
 * Cloudscape closes it only under 688 px, and at 800 px it takes 280 px of the page.
 */
export const NAVIGATION_OPEN_MIN_WIDTH = 1120;

function Layout() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [navigationOpen, setNavigationOpen] = useState(
    () => typeof window === 'undefined' || window.innerWidth >= NAVIGATION_OPEN_MIN_WIDTH,
  );
  // The section the page belongs to: `/vocabularies/x` is under "Custom vocabulary".
  const activeHref = `/${pathname.split('/')[1] ?? ''}`;

  return (
    <AppLayout
      headerSelector="#top-nav"
      toolsHide
      navigationOpen={navigationOpen}
      onNavigationChange={({ detail }) => setNavigationOpen(detail.open)}
      ariaLabels={{
        navigation: 'Side navigation',
        navigationClose: 'Close side navigation',
        navigationToggle: 'Open side navigation',
        notifications: 'Notifications',
      }}
      breadcrumbs={<Breadcrumbs />}
      navigation={
        <SideNavigation
          header={{ text: 'Amazon Transcribe', href: '/jobs' }}
          activeHref={activeHref}
          items={[
            { type: 'link', text: 'Transcription jobs', href: '/jobs' },
            { type: 'divider' },
            {
              type: 'section',
              text: 'Customization',
              items: [
                { type: 'link', text: 'Custom vocabulary', href: '/vocabularies' },
                { type: 'link', text: 'Vocabulary filtering', href: '/vocabulary-filters' },
                { type: 'link', text: 'Custom language models', href: '/language-models' },
              ],
            },
          ]}
          onFollow={(event) => {
            if (event.detail.external) return;
            event.preventDefault();
            void navigate(event.detail.href);
          }}
        />
      }
      content={
        <Suspense fallback={<Spinner size="large" />}>
          <Outlet />
        </Suspense>
      }
    />
  );
}
