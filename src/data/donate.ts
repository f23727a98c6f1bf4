/*
 * The UN Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and
 * Children (UNVTF), administered by UNODC (docs/sources.md, "Donate button").
 *
 * FUND_URL: the fund's own page on unodc.org, whose navigation leads to "Donate". The exact
 * donate address is UNCONFIRMED (it was in no stored page); when UNODC confirms it, change this
 * one constant.
 */
import { msg, str } from '@lit/localize';

export const FUND_URL = 'https://www.unodc.org/unodc/en/human-trafficking-fund/unvtf-about.html';

/** The currency of an amount given without one: the fund reports in US dollars. */
export const DEFAULT_CURRENCY = 'USD';

/** "Donate" in the active language: the donate button's own text. */
export function donateLabel(): string {
  return msg('Donate', { id: 'donate.label' });
}

/**
 * The accessible name of a link that opens the fund's page in a new tab says which fund it is:
 * "Donate to the UN Voluntary Trust Fund for Victims of Trafficking in Persons (opens unodc.org in
 * a new tab)".
 */
export function fundLinkName(label: string, host: string): string {
  return msg(
    str`${label} to the UN Voluntary Trust Fund for Victims of Trafficking in Persons (opens ${host} in a new tab)`,
    { id: 'donate.name.fund' },
  );
}
