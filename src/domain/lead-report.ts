/**
 * The lead management report of a workspace, from its lead counter (lead-counts.ts): leads by
 * status, source and rating, conversion rate and median days to convert, the opportunities and
 * won value they brought, by month created, and leads created per week — never from the leads.
 */
import { leadRatings, leadSources, leadStatuses, type LeadRating, type LeadSource, type LeadStatus } from '../model/person.js';
import { DAY, utcDay } from './lead-counts.js';

/** A group's leads and conversions (model/results `leadReportSchema`). */
export interface LeadGroup {
  leads: number;
  converted: number;
  conversionRate: number | null;
  medianDaysToConvert: number | null;
}

/** A group's opportunities, by the lead each came from, and what its leads cost (model/results `leadReportSchema`). */
export interface DealFigures {
  opportunities: number;
  won: number;
  /** Won value per currency. */
  wonAmount: Record<string, number>;
  /** The actual cost of the campaigns that created its leads, shared by lead (per currency). */
  cost: Record<string, number>;
  /** cost ÷ leads, ÷ opportunities, ÷ won opportunities (per currency; absent when the count is 0). */
  costPerLead: Record<string, number>;
  costPerOpportunity: Record<string, number>;
  costPerWon: Record<string, number>;
}

/** A campaign's actual cost, as the report shares it. */
export type CampaignCost = { id: string; currency?: string; actualCost?: number };

/** The lead management report (model/results `leadReportSchema`). */
export interface LeadReport {
  total: LeadGroup & DealFigures;
  byStatus: { status: LeadStatus; leads: number }[];
  bySource: ({ source: LeadSource | null } & LeadGroup & DealFigures)[];
  byRating: ({ rating: LeadRating | null } & LeadGroup & DealFigures)[];
  byMonth: ({ month: string } & LeadGroup)[];
  byWeek: { week: string; leads: number }[];
}

/** The median of a histogram (value → how many); the mean of the two middle values when even. */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | null {
  const values = [...histogram].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = values.reduce((sum, [, n]) => sum + n, 0);
  if (!total) return null;
  const at = (rank: number): number => {
    let seen = 0;
    for (const [value, n] of values) if ((seen += n) > rank) return value;
    return values[values.length - 1][0];
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** The Monday (UTC) of the week of a day `YYYY-MM-DD`. */
export function weekOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  return new Date(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
}

/** Every `YYYY-MM` from `first` to `last`. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number);
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) break;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

class Group {
  leads = 0;
  converted = 0;
  days = new Map<number, number>();
  opportunities = 0;
  won = 0;
  wonCents = new Map<string, number>();
  cost = new Map<string, number>();
  convert(days: number, n: number): void {
    this.converted += n;
    this.days.set(days, (this.days.get(days) ?? 0) + n);
  }
  figures(): LeadGroup {
    return { leads: this.leads, converted: this.converted, conversionRate: this.leads ? this.converted / this.leads : null, medianDaysToConvert: histogramMedian(this.days) };
  }
  withDeals(): LeadGroup & DealFigures {
    const byCurrency = (m: Map<string, number>, scale = 1) => Object.fromEntries([...m].filter(([, n]) => n).sort((a, b) => a[0].localeCompare(b[0])).map(([currency, n]) => [currency, n / scale]));
    const per = (n: number) => (n ? byCurrency(this.cost, n) : {});
    return {
      ...this.figures(),
      opportunities: this.opportunities,
      won: this.won,
      wonAmount: byCurrency(this.wonCents, 100),
      cost: byCurrency(this.cost),
      costPerLead: per(this.leads),
      costPerOpportunity: per(this.opportunities),
      costPerWon: per(this.won),
    };
  }
}

const groupOf = <K>(map: Map<K, Group>, key: K): Group => map.get(key) ?? map.set(key, new Group()).get(key)!;

/**
 * The report from the counter (`counts`, the counter of LEAD_REPORT_KEY) at `now`: statuses,
 * sources and ratings in their model order (those with leads); months and weeks from the first
 * lead's to now's, none left out.
 */
export function leadReportFromCounter(counts: Readonly<Record<string, number>> | undefined, now: string, campaigns: readonly CampaignCost[] = []): LeadReport {
  const total = new Group();
  const statuses = new Map<LeadStatus, number>();
  const sources = new Map<LeadSource | null, Group>();
  const ratings = new Map<LeadRating | null, Group>();
  const months = new Map<string, Group>();
  const weeks = new Map<string, number>();
  const created = new Map<string, { source: LeadSource; rating: LeadRating | null; n: number }[]>();
  for (const [metric, n] of Object.entries(counts ?? {})) {
    if (!n) continue;
    if (metric.startsWith('camp|')) {
      // camp|<campaign>|<source>|<rating>: read from the end (a campaign id may hold a bar).
      const parts = metric.split('|');
      const [source, rating] = parts.slice(-2);
      const id = parts.slice(1, -2).join('|');
      (created.get(id) ?? created.set(id, []).get(id)!).push({ source: source as LeadSource, rating: rating === '-' ? null : (rating as LeadRating), n });
      continue;
    }
    const [kind, a, b, c, d] = metric.split('|');
    if (kind === 'n') {
      const rating = c === '-' ? null : (c as LeadRating);
      total.leads += n;
      statuses.set(b as LeadStatus, (statuses.get(b as LeadStatus) ?? 0) + n);
      groupOf(sources, a as LeadSource).leads += n;
      groupOf(ratings, rating).leads += n;
    } else if (kind === 'created') {
      groupOf(months, a.slice(0, 7)).leads += n;
      const week = weekOf(a);
      weeks.set(week, (weeks.get(week) ?? 0) + n);
    } else if (kind === 'converted') {
      const days = Number(d);
      for (const g of [total, groupOf(sources, b as LeadSource), groupOf(ratings, c === '-' ? null : (c as LeadRating)), groupOf(months, a)]) g.convert(days, n);
    } else if (kind === 'deal') {
      // deal|<source>|<rating>|<currency>|<n, won or wonCents>
      for (const g of [total, groupOf(sources, a === '-' ? null : (a as LeadSource)), groupOf(ratings, b === '-' ? null : (b as LeadRating))]) {
        if (d === 'n') g.opportunities += n;
        else if (d === 'won') g.won += n;
        else if (d === 'wonCents') g.wonCents.set(c, (g.wonCents.get(c) ?? 0) + n);
      }
    }
  }
  // Each campaign's actual cost shared among the leads it created: per lead, to their source and rating.
  for (const c of campaigns) {
    const leads = created.get(c.id);
    const count = leads?.reduce((sum, l) => sum + l.n, 0) ?? 0;
    if (!c.actualCost || !leads || count <= 0) continue;
    const currency = c.currency ?? 'USD';
    for (const l of leads) {
      const share = (c.actualCost * l.n) / count;
      for (const g of [total, groupOf(sources, l.source), groupOf(ratings, l.rating)]) g.cost.set(currency, (g.cost.get(currency) ?? 0) + share);
    }
  }
  const today = utcDay(now);
  const firstDay = [...weeks.keys()].sort()[0];
  const byWeek: LeadReport['byWeek'] = [];
  if (firstDay) for (let w = firstDay, last = weekOf(today); w <= last; w = new Date(Date.parse(`${w}T00:00:00Z`) + 7 * DAY).toISOString().slice(0, 10)) byWeek.push({ week: w, leads: weeks.get(w) ?? 0 });
  const firstMonth = [...months.keys()].sort()[0];
  return {
    total: total.withDeals(),
    byStatus: leadStatuses.filter((s) => statuses.get(s)).map((status) => ({ status, leads: statuses.get(status)! })),
    bySource: [...leadSources, null].filter((s) => sources.get(s)?.leads || sources.get(s)?.opportunities).map((source) => ({ source, ...sources.get(source)!.withDeals() })),
    byRating: [...leadRatings, null].filter((r) => ratings.get(r)?.leads || ratings.get(r)?.opportunities).map((rating) => ({ rating, ...ratings.get(rating)!.withDeals() })),
    byMonth: firstMonth ? monthsBetween(firstMonth, today.slice(0, 7)).map((month) => ({ month, ...(months.get(month) ?? new Group()).figures() })) : [],
    byWeek,
  };
}
