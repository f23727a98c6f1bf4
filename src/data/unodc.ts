/*
 * UNODC's names, apart from the other organisations' (./partners.ts) because the statistics card
 * names it too, as the publisher of its figures: an element that needs only UNODC gets only this.
 */
import { msg } from '@lit/localize';

/**
 * UNODC's names in the active locale: "SHORT|Full name", or the full name alone where a language
 * has no short name. msg() runs at render time, so the names follow the locale.
 */
export function unodcNames(): string {
  return msg('UNODC|United Nations Office on Drugs and Crime', { id: 'org.unodc' });
}

/** UNODC as the active locale writes it (ONUDC, УНП ООН, 毒罪办…): its short name, else its full name. */
export function unodcName(): string {
  const [shortOrFull] = unodcNames().split('|');
  return shortOrFull;
}
