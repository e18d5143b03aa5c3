// The zone words read after a time (PST, Pacific Time, CEST, IST…): one table, parsed once.

// ---------------------------------------------------------------------------------------------------------------
// Zone words
//
// ZONE_WORDS is every word, abbreviation or phrase read as a zone after a time (or after a date). One line each,
// or one line a region for the names of its time:
//
//   ['PST', '-08:00']                          a fixed offset: PST is −08:00 in July too (summer is PDT)
//   ['Pacific Time', 'America/Los_Angeles']    an IANA zone: follows daylight saving (−08:00 or −07:00)
//   ['IST', '? India, Israel or Ireland']      ambiguous: a time with it is unreadable; the text says why
//   ['WEST', '+01:00', 'exact']                only as written: "west" in lower case is an ordinary word
//   ...region('Pacific', 'America/Los_Angeles', '-08:00', '-07:00')
//                                              Pacific Time (the zone), Pacific Standard / Daylight Time (offsets)
//
// Words match in any case ("pst", "Pacific time") with any spaces between them, bare or in () or [] brackets,
// unless marked 'exact'. The rule behind the choices: a fixed abbreviation (PST, CEST) is its offset; a generic
// name (PT, Pacific Time, Central European Time) is the IANA zone whose rules it names; an abbreviation in
// current use for two different offsets is ambiguous. Where a second meaning exists but is rare in writing, the
// common one is taken and the other is named in the comment on the line.
// UTC, GMT, UT and Z (with offsets: UTC+2, GMT-8, UTC+05:30), numeric offsets (+05:30, +0530, -08) and IANA names
// (America/Los_Angeles, Etc/GMT+5, PST8PDT) are grammar, not words, and need no line here.

/** [word, meaning, 'exact'?] — see the comment above. */
export type ZoneWord = readonly [word: string, meaning: string, match?: 'exact'];

/**
 * A region's names for its time, by the rule above: "<Region> Time" is the IANA zone whose rules it names,
 * "<Region> Standard Time" and "<Region> Daylight Time" (or Summer Time) are fixed offsets. A null part is no word.
 */
function region(name: string, zone: string | null, standard: string | null, summer: string | null, season: 'Daylight' | 'Summer' = 'Daylight'): ZoneWord[] {
  const rows: [string, string | null][] = [[`${name} Time`, zone], [`${name} Standard Time`, standard], [`${name} ${season} Time`, summer]];
  return rows.filter((r): r is [string, string] => r[1] !== null);
}

export const ZONE_WORDS: readonly ZoneWord[] = [
  // North America
  ['PST', '-08:00'], // also Philippine Standard Time in tzdata; in English text it is Pacific
  ['PDT', '-07:00'],
  ['PT', 'America/Los_Angeles'],
  ['PST/PDT', 'America/Los_Angeles'],
  ['Pacific', 'America/Los_Angeles', 'exact'],
  ...region('Pacific', 'America/Los_Angeles', '-08:00', '-07:00'),
  ['MST', '-07:00'], // Malaysia writes MYT
  ['MDT', '-06:00'],
  ['MT', 'America/Denver'], // Arizona's no-DST Mountain time is America/Phoenix: write it or MST
  ['MST/MDT', 'America/Denver'],
  ['Mountain', 'America/Denver', 'exact'],
  ...region('Mountain', 'America/Denver', '-07:00', '-06:00'),
  ['CST', '? US Central −06:00, China +08:00 or Cuba −05:00'],
  ['CDT', '-05:00'], // Cuba's daylight time is also CDT in tzdata, rare in writing
  ['CT', 'America/Chicago'],
  ['CST/CDT', 'America/Chicago'],
  ['Central', 'America/Chicago', 'exact'],
  ...region('Central', 'America/Chicago', '-06:00', '-05:00'),
  ['EST', '-05:00'],
  ['EDT', '-04:00'],
  ['ET', 'America/New_York'],
  ['EST/EDT', 'America/New_York'],
  ['Eastern', 'America/New_York', 'exact'],
  ...region('Eastern', 'America/New_York', '-05:00', '-04:00'),
  ['AKST', '-09:00'],
  ['AKDT', '-08:00'],
  ...region('Alaska', 'America/Anchorage', '-09:00', '-08:00'),
  ['HST', '-10:00'],
  ['HDT', '-09:00'], // Hawaii-Aleutian daylight time (Adak); Hawaii itself has no DST
  ...region('Hawaii', 'Pacific/Honolulu', '-10:00', null),
  ['Hawaii-Aleutian Standard Time', '-10:00'],
  ['AST', '? Atlantic −04:00 or Arabia +03:00'],
  ['ADT', '-03:00'], // Atlantic daylight; Arabia has no daylight time
  ...region('Atlantic', 'America/Halifax', '-04:00', '-03:00'),
  ['NST', '-03:30'],
  ['NDT', '-02:30'],
  ['Newfoundland Time', 'America/St_Johns'],
  // Europe
  ['WET', '+00:00', 'exact'],
  ['WEST', '+01:00', 'exact'],
  ...region('Western European', 'Europe/Lisbon', null, '+01:00', 'Summer'),
  ['BST', '? British Summer Time +01:00 or Bangladesh +06:00'],
  ['British Summer Time', '+01:00'],
  ['UK Time', 'Europe/London'],
  ['IST', '? India, Israel or Ireland'],
  ['Irish Standard Time', '+01:00'],
  ['CET', '+01:00'],
  ['CEST', '+02:00'],
  ['MEZ', '+01:00'],
  ['MESZ', '+02:00'],
  ['CET/CEST', 'Europe/Paris'],
  ...region('Central European', 'Europe/Paris', '+01:00', '+02:00', 'Summer'),
  ['EET', '+02:00'],
  ['EEST', '+03:00'],
  ['EET/EEST', 'Europe/Athens'],
  ...region('Eastern European', 'Europe/Athens', '+02:00', '+03:00', 'Summer'),
  ['MSK', '+03:00'],
  ['Moscow Time', 'Europe/Moscow'],
  ['Greenwich Mean Time', '+00:00'],
  ['Coordinated Universal Time', '+00:00'],
  ['Universal Time', '+00:00'],
  // Africa
  ['WAT', '+01:00', 'exact'],
  ['CAT', '+02:00', 'exact'],
  ['EAT', '+03:00', 'exact'],
  ['SAST', '+02:00'],
  // Asia
  ['GST', '? Gulf +04:00 or South Georgia −02:00'],
  ['Gulf Standard Time', '+04:00'],
  ['Arabia Standard Time', '+03:00'],
  ['IDT', '+03:00'], // Israel daylight time
  ...region('Israel', null, '+02:00', '+03:00'),
  ['PKT', '+05:00'],
  ['India Standard Time', '+05:30'],
  ['Indian Standard Time', '+05:30'],
  ['NPT', '+05:45'],
  ['ICT', '+07:00'],
  ['WIB', '+07:00'],
  ['HKT', '+08:00'],
  ['SGT', '+08:00'],
  ['PHT', '+08:00'],
  ['China Standard Time', '+08:00'],
  ['SST', '? Samoa −11:00 or Singapore +08:00'],
  ['JST', '+09:00'],
  ['Japan Standard Time', '+09:00'],
  ['KST', '+09:00'],
  ['Korea Standard Time', '+09:00'],
  // Oceania
  ['AWST', '+08:00'],
  ['Australian Western Standard Time', '+08:00'],
  ['ACST', '+09:30'],
  ['ACDT', '+10:30'],
  ...region('Australian Central', null, '+09:30', '+10:30'),
  ['ACT', '? Australian Central +09:30 or Acre −05:00'],
  ['AEST', '+10:00'],
  ['AEDT', '+11:00'],
  ['AET', 'Australia/Sydney'],
  ...region('Australian Eastern', 'Australia/Sydney', '+10:00', '+11:00'),
  ['NZST', '+12:00'],
  ['NZDT', '+13:00'],
  ['NZT', 'Pacific/Auckland'],
  ...region('New Zealand', 'Pacific/Auckland', '+12:00', '+13:00'),
  // Other abbreviations written for two offsets
  ['AMT', '? Amazon −04:00 or Armenia +04:00'],
  ['ECT', '? Ecuador −05:00 or Eastern Caribbean −04:00'],
  ['WST', '? Western Australia +08:00 or Samoa +13:00']
];

/** Where a zone came from: a fixed offset (minutes east of UTC) or an IANA name. */
export type Zone = { offset: number } | { iana: string };

/** A word's meaning, parsed once from ZONE_WORDS. */
export type WordMeaning = { zone: Zone } | { ambiguous: string };

export interface WordEntry {
  word: string;
  exact: boolean;
  meaning: WordMeaning;
}

export const normalWord = (s: string): string => s.trim().split(/[ \t]+/).join(' ').toUpperCase();

export const WORDS: ReadonlyMap<string, WordEntry> = (() => {
  const map = new Map<string, WordEntry>();
  for (const [word, meaning, match] of ZONE_WORDS) {
    let m: WordMeaning;
    if (meaning.startsWith('?')) m = { ambiguous: meaning.slice(1).trim() };
    else if (/^[+-]\d{2}:\d{2}$/.test(meaning)) {
      const minutes = Number(meaning.slice(1, 3)) * 60 + Number(meaning.slice(4, 6));
      m = { zone: { offset: meaning.startsWith('-') ? -minutes : minutes } };
    } else m = { zone: { iana: meaning } };
    map.set(normalWord(word), { word, exact: match === 'exact', meaning: m });
  }
  return map;
})();

/** The most words in one table entry: how far ahead a phrase is looked for. */
export const MAX_WORDS = Math.max(...ZONE_WORDS.map(([w]) => normalWord(w).split(' ').length));
