import type { Attribution } from '../model/person.js';

const UTM: Record<string, keyof Attribution> = {
  utm_source: 'utmSource',
  utm_medium: 'utmMedium',
  utm_campaign: 'utmCampaign',
  utm_term: 'utmTerm',
  utm_content: 'utmContent',
};

/**
 * Where a web lead came from: the UTM parameters of the page URL, the page itself (without its
 * fragment) and the referrer. Empty values are left out.
 */
export function attributionFrom(pageUrl: string, referrer = ''): Attribution {
  const out: Attribution = {};
  let url: URL | undefined;
  try {
    url = new URL(pageUrl);
  } catch {
    return out;
  }
  for (const [param, field] of Object.entries(UTM)) {
    const value = url.searchParams.get(param)?.trim();
    if (value) out[field] = value.slice(0, 255);
  }
  url.hash = '';
  out.pageUrl = url.href.slice(0, 2048);
  if (referrer) out.referrer = referrer.slice(0, 2048);
  return out;
}
