import { expect, mergeTests } from '@playwright/test';
import { a11yTest } from './fixtures/a11y';
import { localAwsTest } from './fixtures/local-aws';
import { pageRequestsTest } from './fixtures/page-requests';
import { pagesTest } from './fixtures/pages';
import { signInTest } from './fixtures/sign-in';

/**
 * The specs' `test`: local-aws reset before each test (and its control plane), the page's own
 * AWS requests, sign-in, axe, and the page objects.
 */
export const test = mergeTests(localAwsTest, pageRequestsTest, signInTest, a11yTest, pagesTest);
export { expect };
