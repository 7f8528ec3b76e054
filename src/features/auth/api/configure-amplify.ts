import { Amplify } from 'aws-amplify';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { sessionStorage as tabStorage } from 'aws-amplify/utils';
import type { AppConfig } from '@/config/config';

let configuredFor: AppConfig | undefined;

/**
 * Points Amplify Auth at the configured user pool and identity pool, once per config. Tokens
 * live in the tab's sessionStorage: a session survives a reload but not the tab, so a closed
 * console leaves no refresh token behind on a shared computer (README, security notes).
 */
export function configureAmplify(config: AppConfig): void {
  if (configuredFor === config) return;
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: config.userPoolId,
        userPoolClientId: config.userPoolClientId,
        identityPoolId: config.identityPoolId,
        // Signed-out users get no AWS credentials at all.
        allowGuestAccess: false,
        ...(config.endpoints?.cognitoIdp && { userPoolEndpoint: config.endpoints.cognitoIdp }),
        ...(config.endpoints?.cognitoIdentity && {
          identityPoolEndpoint: config.endpoints.cognitoIdentity,
        }),
      },
    },
  });
  cognitoUserPoolsTokenProvider.setKeyValueStorage(tabStorage);
  configuredFor = config;
}
