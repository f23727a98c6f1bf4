import { expect } from '@open-wc/testing';
import { clockState, subscribe } from './clock.js';
import { fakeClock, restorePageVisibility, setPageVisibility, type FakeClock } from '../../test/helpers.js';

describe('core/clock (the one shared timer)', () => {
  let clock: FakeClock;
  const stops: Array<() => void> = [];
  beforeEach(() => {
    clock = fakeClock('2027-01-15T08:30:15.250Z');
  });
  afterEach(() => {
    stops.splice(0).forEach((s) => s());
    restorePageVisibility();
    clock.restore();
  });

  it('schedules nothing while nobody subscribes', () => {
    expect(clockState()).to.deep.equal({ subscribers: 0, scheduled: false });
    expect(clock.countTimers()).to.equal(0);
  });

  it('one timer for many subscribers, aligned to the next second boundary', () => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) stops.push(subscribe((now) => i === 0 && times.push(now), 'second'));
    expect(clock.countTimers()).to.equal(1);
    clock.tick(749);
    expect(times).to.deep.equal([]);
    clock.tick(1);
    expect(times).to.deep.equal([Date.parse('2027-01-15T08:30:16Z')]);
    clock.tick(2000);
    expect(times.map((t) => new Date(t).toISOString())).to.deep.equal([
      '2027-01-15T08:30:16.000Z',
      '2027-01-15T08:30:17.000Z',
      '2027-01-15T08:30:18.000Z',
    ]);
    expect(clock.countTimers()).to.equal(1);
  });

  it('minute subscribers alone: a timer per minute, aligned to the minute', () => {
    const times: string[] = [];
    stops.push(subscribe((now) => times.push(new Date(now).toISOString()), 'minute'));
    clock.tick(44_749);
    expect(times).to.deep.equal([]);
    clock.tick(1);
    clock.tick(60_000);
    expect(times).to.deep.equal(['2027-01-15T08:31:00.000Z', '2027-01-15T08:32:00.000Z']);
  });

  it('a minute subscriber beside a second subscriber is still called once per minute', () => {
    let minutes = 0;
    let seconds = 0;
    stops.push(subscribe(() => minutes++, 'minute'));
    stops.push(subscribe(() => seconds++, 'second'));
    clock.tick(120_000);
    expect(seconds).to.equal(120);
    expect(minutes).to.equal(2);
  });

  it('stops when the last subscriber leaves', () => {
    const a = subscribe(() => {}, 'second');
    const b = subscribe(() => {}, 'second');
    a();
    a(); // twice is harmless
    expect(clock.countTimers()).to.equal(1);
    b();
    expect(clock.countTimers()).to.equal(0);
    expect(clockState()).to.deep.equal({ subscribers: 0, scheduled: false });
  });

  it('a hidden tab schedules nothing; visible again resyncs every subscriber at once', () => {
    const seen: number[] = [];
    stops.push(subscribe((now) => seen.push(now), 'minute'));
    setPageVisibility('hidden');
    expect(clock.countTimers()).to.equal(0);
    clock.tick(600_000);
    expect(seen).to.deep.equal([]);
    setPageVisibility('visible');
    expect(seen).to.deep.equal([Date.parse('2027-01-15T08:40:15.250Z')]);
    expect(clock.countTimers()).to.equal(1);
  });

  it('a subscriber that throws does not stop the others', () => {
    let ok = 0;
    const error = console.error;
    console.error = () => {};
    try {
      stops.push(
        subscribe(() => {
          throw new Error('boom');
        }, 'second'),
      );
      stops.push(subscribe(() => ok++, 'second'));
      clock.tick(3000);
    } finally {
      console.error = error;
    }
    expect(ok).to.equal(3);
  });

  it('a subscriber may unsubscribe another during a tick', () => {
    let calledB = 0;
    let stopB = () => {};
    stops.push(subscribe(() => stopB(), 'second'));
    stopB = subscribe(() => calledB++, 'second');
    clock.tick(1000);
    expect(calledB).to.equal(0);
    expect(clockState().subscribers).to.equal(1);
  });
});
