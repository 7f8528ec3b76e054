import Header from '@cloudscape-design/components/header';

export function SignInRoute() {
  return (
    <main style={{ maxWidth: 480, margin: '80px auto', padding: '0 20px' }}>
      <Header variant="h1">Sign in</Header>
    </main>
  );
}
