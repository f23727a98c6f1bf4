import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../index.js';
import { fakeClock, shadowText, type FakeClock } from '../../test/helpers.js';

const TODAY = 'Today is the World Day against Trafficking in Persons';

describe('the Day in the banner, the share bar and the stats card', () => {
  let clock: FakeClock | undefined;
  afterEach(() => clock?.restore());

  it('on 30 July each takes the Day’s wording', async () => {
    // 12:00 UTC on 30 July is 30 July in every zone from −11 to +11.
    clock = fakeClock('2027-07-30T12:00:00Z');
    const host = await fixture(
      html`<div>
        <endht-blue-heart variant="card"></endht-blue-heart><endht-share></endht-share><endht-stats></endht-stats>
      </div>`,
    );
    const [heart, share, stats] = [...host.children];
    // Rendered now, wherever they are on the test page (an element may wait until it is near the viewport).
    await Promise.all([heart, share, stats].map((el) => (el as LitElement).updateComplete));
    expect(shadowText(heart!, '[part="headline"]')).to.equal(TODAY);
    expect(shadowText(share!, '[part="today"]')).to.equal(TODAY);
    expect(shadowText(share!, '[part="title"]')).to.equal('Spread the word');
    expect(shadowText(stats!, '[part="today"]')).to.equal(TODAY);
  });

  it('on other days none of them does', async () => {
    clock = fakeClock('2027-07-28T12:00:00Z');
    const host = await fixture(
      html`<div>
        <endht-blue-heart variant="card"></endht-blue-heart><endht-share></endht-share><endht-stats></endht-stats>
      </div>`,
    );
    const [heart, share, stats] = [...host.children];
    // Rendered now, wherever they are on the test page (an element may wait until it is near the viewport).
    await Promise.all([heart, share, stats].map((el) => (el as LitElement).updateComplete));
    expect(shadowText(heart!, '[part="headline"]')).to.equal('Blue Heart Campaign against Human Trafficking');
    expect(share!.shadowRoot!.querySelector('[part="today"]')).to.equal(null);
    expect(stats!.shadowRoot!.querySelector('[part="today"]')).to.equal(null);
  });
});
