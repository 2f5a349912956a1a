import type { DurationProfile } from '../types.ts';

/**
 * Duration profiles shared by several instruments. Pure data. `[S#]` refers to
 * ../shared/domain/facts.md. A profile without published figures says so in its `source` and
 * carries `basis: 'default'`.
 */

export const ALL = ['subscriber', 'traffic', 'content'] as const;

/** Requests to the US: the best-documented figures. */
export const MLAT_TO_US: DurationProfile = {
  median: 300,
  p90: 540,
  source:
    'Requests to the US take about 10 months on average (European Commission 2018 [S27]; President\'s Review Group 2013 ' +
    'as reported [S60]; Council mandate of 6 Jun 2019 [S62b]) and can take more than a year (industry letter 2014 [S58]). ' +
    'Median 300 days (10 months), p90 540 days (18 months). The same profile is used for requests from the US, for which ' +
    'no figures were found.',
  basis: 'published',
};

/** Any other mutual legal assistance relation: no published figures. */
export const MLAT_GENERIC: DurationProfile = {
  median: 300,
  p90: 540,
  source:
    'No published duration figures for this instrument; the scenario format\'s MLAT defaults (300/540) are used, which ' +
    'match the published figures for requests to the US [S27][S58].',
  basis: 'default',
};

export const CLOUD_AGREEMENT_DAYS: DurationProfile = {
  median: 30,
  p90: 60,
  source:
    'No published turnaround figures for orders under the agreement; the scenario format\'s defaults for agreements ' +
    '(30/60). The UK had issued more than 20,000 orders to US providers by June 2025 [S13], i.e. routine use.',
  basis: 'default',
};
