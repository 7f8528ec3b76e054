// Cognito user pools' interface for the other emulated services, which import this file
// only, never the rest of cognito-idp/: identity pools verify the ID tokens a user pool
// issued before they trade them for credentials.
export { checkIdToken, type IdTokenCheck, type IdTokenProblem } from './tokens';
