/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles: the credentials of a function are
 * its execution role's, which the Lambda runtime puts in the function's environment (`AWS_ACCESS_KEY_ID`,
 * `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`), and the SDK's own default chain reads them there first
 * (`fromEnv`). The chain's later links (SSO, shared config files, credential processes, web identity tokens,
 * container and instance metadata) never run in a Lambda function, yet they bring the SDK's SSO, STS and
 * sign-in clients into every bundle (about 75 KB each). The CLI and the tests run the SDK unbundled, with its
 * whole chain (profiles included).
 *
 * Without those variables a request fails with the SDK's own "Unable to find environment variable
 * credentials" error, as the default chain would after finding nothing else.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

/** The SDK clients' default credential provider (their `credentialDefaultProvider`). */
export const defaultProvider: typeof fromEnv = (init) => fromEnv(init);
