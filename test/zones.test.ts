// Runs once per visitor zone, in browsers started with TZ=<zone> (see the wtr config): the
// countdown has no time-zone attribute, so it must use the browser's own zone. From source.
import '../src/index.js';
import { describeCountdownInVisitorZone, describeTakeoverInVisitorZone } from './visitor-zone.js';

describeCountdownInVisitorZone('<endht-countdown> from src/, visitor zone');
describeTakeoverInVisitorZone('<endht-blue-heart variant="takeover"> and #endht-date= from src/, visitor zone');
