import { removePolicies } from '../support/policy';

/** A run that was killed could not clean up its policy files: they go before this run starts. */
export default async function globalSetup() {
  const removed = await removePolicies('gone');
  if (removed.length) console.log(`Removed policy files a killed test run left behind: ${removed.join(', ')}`);
}
