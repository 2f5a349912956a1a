import { ANY_PARTY, type DurationProfile, type PairDays } from '../types.ts';

/**
 * Duration profiles shared by several instruments. Pure data. `[S#]` refers to
 * docs/sources.md. A profile without published figures says so in its `source` and
 * carries `basis: 'default'`.
 */

export const ALL = ['subscriber', 'traffic', 'content'] as const;

/**
 * Requests to the US: the best-documented figures. They describe requests that the US receives
 * (its Department of Justice's Office of International Affairs executes them, whatever the legal
 * basis), so they are given per pair (`requestsToUS`), not as an instrument's own profile: no figure
 * was found for requests the US sends.
 */
export const MLAT_TO_US: DurationProfile = {
  median: 300,
  p90: 540,
  source:
    'Requests to the US take about 10 months on average (European Commission 2018 [S27], repeated in its e-Evidence ' +
    'announcement of 17 Apr 2018: "an average of 10 months for a Mutual Legal Assistance procedure", ' +
    'https://www.ejn-crimjust.europa.eu/ejn/NewsDetail.aspx?id=607; President\'s Review Group 2013 as reported [S60]; ' +
    'Council mandate of 6 Jun 2019 [S62b]); the US Department of Justice has said the average response to an MLAT request ' +
    'was nine months (introductory note to the UK-US agreement, International Legal Materials, Cambridge University Press, ' +
    'https://www.cambridge.org/core/journals/international-legal-materials/article/agreement-between-the-government-of-the-united-kingdom-of-great-britain-and-northern-ireland-and-the-government-of-the-united-states-of-america-on-access-to-electronic-data-for-the-purpose-of-countering-serious-crime/46F4AF7497D2BF3EF1D2F3FFF63F9715, ' +
    'its footnote 4, not read); requests take from 6 weeks to 10 months or longer (2015-2016 commentary [S57]; Lawfare, ' +
    '11 Sep 2015, https://lawfaremedia.org/article/mlat-reform-some-thoughts-civil-society) and can take more than a ' +
    'year (industry letter 2014 [S58]). Median 300 days (10 months; an average read as a median, 270 days by the DOJ ' +
    'figure). The p90 of 540 days (18 months) is not published: it is the format\'s ratio (1.8 x median), consistent with "more than a year".',
  basis: 'published',
};

/**
 * The published figure for requests to the US from any other party of an instrument that binds the
 * US: one `pairDays` entry from `*` (the instrument keeps its own profile for requests the US sends).
 */
export function requestsToUS(parties: readonly string[]): PairDays[] {
  return parties.includes('US') ? [{ from: ANY_PARTY, to: 'US', days: MLAT_TO_US }] : [];
}

/** Any other mutual legal assistance relation: no published figures. */
export const MLAT_GENERIC: DurationProfile = {
  median: 300,
  p90: 540,
  source:
    'No published duration figures for this instrument; the scenario format\'s MLAT defaults (300/540) are used, which ' +
    'match the published figures for requests to the US [S27][S58].',
  basis: 'default',
};

/**
 * Orders the UK serves on US providers under the UK-US agreement: the UK's Crime (Overseas
 * Production Orders) Act 2019 sets a default time to produce, so the UK→US direction carries that
 * statutory figure (`pairDays`); orders the US serves on UK providers keep the agreement's default.
 */
export const UK_OVERSEAS_PRODUCTION_ORDER_DAYS: DurationProfile = {
  median: 6,
  p90: 7,
  source:
    'Crime (Overseas Production Orders) Act 2019: a US provider served with an overseas production order must produce ' +
    'the data within a default limit of seven days, unless the judge sets another period (as reported by Kingsley ' +
    'Napley, 19 Jun 2020 [S150]; the Act\'s own section on the order\'s content was not read, nor how often judges set ' +
    'another period). The same source puts a request to the US by mutual legal assistance at six months to two years. ' +
    'p90 7 days: the default limit; median 6 days: a modelling choice within it (the ratio of the EPOC\'s 8/10). No ' +
    'published figure says how long US providers actually take to answer such orders.',
  basis: 'statutory',
};

export const CLOUD_AGREEMENT_DAYS: DurationProfile = {
  median: 30,
  p90: 60,
  source:
    'No published turnaround figures for orders under the agreement; the scenario format\'s defaults for agreements ' +
    '(30/60). The UK had issued more than 20,000 orders to US providers by June 2025 [S13], i.e. routine use.',
  basis: 'default',
};

/**
 * Direct answers from providers: no provider publishes how long its answers to foreign authorities
 * take, so every built-in provider draws its answer from this default spread (the issue asks that a
 * direct answer not always take the same number of days). Deterministic runs keep the median.
 */
export const DIRECT_ANSWER_DEFAULT: DurationProfile = {
  median: 10,
  p90: 18,
  source:
    'No provider\'s guidelines or transparency report read publishes answer times for foreign requests, and the SIRIUS ' +
    'EU Electronic Evidence Situation Reports (2019-2024) publish volumes and shares answered, not times. Median 10 days: ' +
    'the scenario format\'s default responseDays; p90 18 days: the format\'s ratio of p90 to median for mutual legal ' +
    'assistance (540/300 = 1.8), not a published figure.',
  basis: 'default',
};
