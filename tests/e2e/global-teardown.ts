import { removePolicies } from '../support/policy';

/** Each policy test removes its own file; this catches one whose test was stopped part-way. */
export default async function globalTeardown() {
  await removePolicies('this');
}
