import { Amplify } from 'aws-amplify';
import type { AppConfig } from '@/config/config';

let configuredFor: AppConfig | undefined;

/**
 * Points Amplify Auth at the configured user pool and identity pool, once per config. Tokens
 * stay in Amplify's default storage (localStorage), so a session survives a reload.
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
  configuredFor = config;
}
