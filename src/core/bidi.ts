/*
 * A page's text beside the element's own. Text a page supplies may carry direction marks:
 * U+202E (right-to-left override) reverses everything after it up to the end of the paragraph,
 * so a label "‮evil" followed by "in 196 days" reads "syad 691 ni". Where an author's text
 * shares a line, a message or an accessible name with the element's own text, it is isolated:
 * its marks and its direction end where it ends, and its characters are kept as written. A text
 * in a box of its own (a heading, a figure's label, a partner's name) is isolated by that box.
 */

/**
 * The author's text between U+2068 (first strong isolate) and U+2069 (pop directional isolate):
 * what `<bdi>` does, in a string, so it also works in a translated message and an attribute.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
