import AppLayout from '@cloudscape-design/components/app-layout';
import SideNavigation from '@cloudscape-design/components/side-navigation';
import TopNavigation from '@cloudscape-design/components/top-navigation';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import Spinner from '@cloudscape-design/components/spinner';
import { useAppConfig } from '@/config/config-context';
import { Breadcrumbs } from './breadcrumbs';

export function Shell() {
  const config = useAppConfig();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const activeHref = pathname.startsWith('/jobs') ? '/jobs' : pathname;

  return (
    <>
      <div id="top-nav" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
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
            { type: 'button', text: config.region, ariaLabel: `Region ${config.region}` },
          ]}
        />
      </div>
      <AppLayout
        headerSelector="#top-nav"
        toolsHide
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
            items={[{ type: 'link', text: 'Transcription jobs', href: '/jobs' }]}
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
    </>
  );
}
