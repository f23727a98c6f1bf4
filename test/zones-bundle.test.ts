// Runs once per visitor zone, in browsers started with TZ=<zone> (see the wtr config): the
// countdown of the built drop-in file (nothing from src/ is imported here), without a
// time-zone attribute, counts in the browser's own zone.
import { BUNDLE } from './bundle-helpers.js';
import { describeCountdownInVisitorZone, describeTakeoverInVisitorZone } from './visitor-zone.js';

describeCountdownInVisitorZone('<endht-countdown> in dist/endht-widgets.js, visitor zone', () => import(BUNDLE));
describeTakeoverInVisitorZone(
  '<endht-blue-heart variant="takeover"> and #endht-date= in dist/endht-widgets.js, visitor zone',
  () => import(BUNDLE),
);
