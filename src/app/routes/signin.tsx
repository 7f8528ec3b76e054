import TopNavigation from '@cloudscape-design/components/top-navigation';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { sanitizeReturnTo } from '@/features/auth/return-to';

/** Navigation state that says why the user was sent to sign in. */
export interface SignInState {
  reason?: 'session-ended';
}

export function SignInRoute() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const returnTo = sanitizeReturnTo(params.get('returnTo'));
  const state = location.state as SignInState | null;

  return (
    <>
      <TopNavigation
        identity={{
          href: '/jobs',
          title: 'Amazon Transcribe',
          onFollow: (event) => {
            event.preventDefault();
            void navigate('/jobs');
          },
        }}
      />
      <main>
        <SignInPage
          sessionEnded={state?.reason === 'session-ended'}
          onSignedIn={() => void navigate(returnTo, { replace: true })}
        />
      </main>
    </>
  );
}
