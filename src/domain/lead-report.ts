/**
 * The lead management report of a workspace, from its lead counter (lead-counts.ts): leads by
 * status, source and rating, conversion rate and median days to convert, by month created, and
 * leads created per week — never from the leads.
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

/** The lead management report (model/results `leadReportSchema`). */
export interface LeadReport {
  total: LeadGroup;
  byStatus: { status: LeadStatus; leads: number }[];
  bySource: ({ source: LeadSource } & LeadGroup)[];
  byRating: ({ rating: LeadRating | null } & LeadGroup)[];
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
  convert(days: number, n: number): void {
    this.converted += n;
    this.days.set(days, (this.days.get(days) ?? 0) + n);
  }
  figures(): LeadGroup {
    return { leads: this.leads, converted: this.converted, conversionRate: this.leads ? this.converted / this.leads : null, medianDaysToConvert: histogramMedian(this.days) };
  }
}

const groupOf = <K>(map: Map<K, Group>, key: K): Group => map.get(key) ?? map.set(key, new Group()).get(key)!;

/**
 * The report from the counter (`counts`, the counter of LEAD_REPORT_KEY) at `now`: statuses,
 * sources and ratings in their model order (those with leads); months and weeks from the first
 * lead's to now's, none left out.
 */
export function leadReportFromCounter(counts: Readonly<Record<string, number>> | undefined, now: string): LeadReport {
  const total = new Group();
  const statuses = new Map<LeadStatus, number>();
  const sources = new Map<LeadSource, Group>();
  const ratings = new Map<LeadRating | null, Group>();
  const months = new Map<string, Group>();
  const weeks = new Map<string, number>();
  for (const [metric, n] of Object.entries(counts ?? {})) {
    if (!n) continue;
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
    }
  }
  const today = utcDay(now);
  const firstDay = [...weeks.keys()].sort()[0];
  const byWeek: LeadReport['byWeek'] = [];
  if (firstDay) for (let w = firstDay, last = weekOf(today); w <= last; w = new Date(Date.parse(`${w}T00:00:00Z`) + 7 * DAY).toISOString().slice(0, 10)) byWeek.push({ week: w, leads: weeks.get(w) ?? 0 });
  const firstMonth = [...months.keys()].sort()[0];
  return {
    total: total.figures(),
    byStatus: leadStatuses.filter((s) => statuses.get(s)).map((status) => ({ status, leads: statuses.get(status)! })),
    bySource: leadSources.filter((s) => sources.get(s)?.leads).map((source) => ({ source, ...sources.get(source)!.figures() })),
    byRating: [...leadRatings, null].filter((r) => ratings.get(r)?.leads).map((rating) => ({ rating, ...ratings.get(rating)!.figures() })),
    byMonth: firstMonth ? monthsBetween(firstMonth, today.slice(0, 7)).map((month) => ({ month, ...(months.get(month) ?? new Group()).figures() })) : [],
    byWeek,
  };
}
