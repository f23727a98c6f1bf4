/*
 * The UN Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and
 * Children (UNVTF), administered by UNODC (docs/sources.md, "Donate button").
 *
 * FUND_URL: the fund's own page on unodc.org, whose navigation leads to "Donate". The exact
 * donate address is UNCONFIRMED (it was in no stored page); when UNODC confirms it, change this
 * one constant.
 */
export const FUND_URL = 'https://www.unodc.org/unodc/en/human-trafficking-fund/unvtf-about.html';

/** The currency of an amount given without one: the fund reports in US dollars. */
export const DEFAULT_CURRENCY = 'USD';
