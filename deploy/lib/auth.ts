import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { acknowledge } from './nag';

export interface AuthProps {
  /** The console's address, named in the invitation e-mail. */
  consoleUrl: string;
  /** The first analyst: invited by e-mail with a temporary password. */
  analyst?: { username: string; email: string };
}

/**
 * The analysts' sign-in (a user pool and its app client), and the identity pool that turns a
 * signed-in analyst into temporary credentials of the analyst role.
 */
export class Auth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly identityPool: cognito.CfnIdentityPool;
  readonly analystRole: iam.Role;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      signInAliases: { username: true },
      signInCaseSensitive: false,
      // Analysts are invited; nobody signs up.
      selfSignUpEnabled: false,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      // local-aws's pool has Cognito's default policy (services/cognito-idp/seed.ts).
      passwordPolicy: {
        minLength: 8,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      // Optional: an analyst may enrol an authenticator app; nobody is made to.
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      standardAttributes: { email: { required: false, mutable: true } },
      userInvitation: {
        emailSubject: 'Your Amazon Transcribe console sign-in',
        emailBody:
          `Your username is {username} and your temporary password is {####}. ` +
          `Sign in at ${props.consoleUrl} and choose a new password.`,
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.client = this.userPool.addClient('ConsoleClient', {
      // A browser app cannot keep a secret.
      generateSecret: false,
      // SRP only: the password never leaves the browser. With rotation on, Cognito takes no
      // REFRESH_TOKEN_AUTH either: Amplify refreshes with GetTokensFromRefreshToken.
      authFlows: { userSrp: true },
      refreshTokenRotationGracePeriod: Duration.seconds(60),
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      // A working day: the tokens live in the tab's sessionStorage (README, security notes).
      refreshTokenValidity: Duration.hours(12),
    });

    this.identityPool = new cognito.CfnIdentityPool(this, 'IdentityPool', {
      allowUnauthenticatedIdentities: false,
      allowClassicFlow: false,
      cognitoIdentityProviders: [
        {
          clientId: this.client.userPoolClientId,
          providerName: this.userPool.userPoolProviderName,
          // Tokens revoked by a sign-out get no more credentials.
          serverSideTokenCheck: true,
        },
      ],
    });

    this.analystRole = new iam.Role(this, 'AnalystRole', {
      description: 'Signed-in analysts of the Transcribe console (identity pool)',
      assumedBy: new iam.FederatedPrincipal(
        'cognito-identity.amazonaws.com',
        {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': this.identityPool.ref },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
        },
        'sts:AssumeRoleWithWebIdentity',
      ),
      maxSessionDuration: Duration.hours(1),
    });

    new cognito.CfnIdentityPoolRoleAttachment(this, 'Roles', {
      identityPoolId: this.identityPool.ref,
      roles: { authenticated: this.analystRole.roleArn },
    });

    if (props.analyst) {
      new cognito.CfnUserPoolUser(this, 'FirstAnalyst', {
        userPoolId: this.userPool.userPoolId,
        username: props.analyst.username,
        desiredDeliveryMediums: ['EMAIL'],
        userAttributes: [
          { name: 'email', value: props.analyst.email },
          { name: 'email_verified', value: 'true' },
        ],
      });
    }

    const planReason =
      'Threat protection needs the Plus feature plan (about $0.02 per active user a month, ' +
      'no free tier); this pool has invited users only, SRP sign-in and a strict password ' +
      'policy. Choose FeaturePlan.PLUS here where that cost is justified.';
    acknowledge(this.userPool, 'COG3', planReason);
    acknowledge(this.userPool, 'COG8', planReason);
    acknowledge(
      this.userPool,
      'COG2',
      'MFA is optional, not required: the console has no step yet to enrol or answer an ' +
        'authenticator code, so requiring it would lock every analyst out.',
    );
  }
}
