// Every text a page supplies, on the source: a right-to-left override in it reorders none of the
// element's own text, and a word of 60 letters in it stays inside a 280 px column. The same checks
// run on the built file in test/hostile/input.test.ts.
import { describeAuthorTexts } from './author-texts.js';

describe("a page's texts in every element (source)", () => {
  describeAuthorTexts(() => import('../src/index.js'));
});
