import { escapeRegExp, type Doc } from '../../layout/doc-lines.ts';
import { titleCaseCaps, firstPageFromBanner, orgIn, ORG_PATTERNS, MOPAC_NAME, commissionerKind } from '../../layout/org-names.ts';
import { defineExtractor } from '../define-extractor.ts';
import { findField, type Form } from '../../layout/form.ts';
import { LABELS } from '../form-labels.ts';
import { editDistance } from '../../layout/edit-distance.ts';

const MOPAC = /\bMOPAC\b|Mayor'?s Office for Policing and Crime|\bDMPC\b|Deputy Mayor for Policing/i;
const COUNCIL = /\b((?:[A-Z][A-Za-z]+(?:[ -](?:upon|on|and|UPON|ON|AND)?[ -]?[A-Z][A-Za-z]+)?)\s(?:County|Borough|City|District|Metropolitan Borough|Town|Parish|COUNTY|BOROUGH|CITY|DISTRICT|TOWN|PARISH)?\s?(?:Council|COUNCIL))\b(?!\s+Tax\b)/;
const BOROUGH = /\b((?:Royal |London )?Borough of [A-Z][a-z]+(?:(?: and | upon | )[A-Z][a-z]+)?)\b/;
const GLA = /Greater\s*London\s*Authority|\bGLA\b|Mayor of London|\bMayoral Decision\b/;
const titleCase = (s: string) => s.replace(/[A-Za-z]+/g, (w) => (/^(upon|on|and)$/i.test(w) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()));
const PCC_NAMED = /(?:Police(?:,? Fire)? and Crime Commissioner|PFCC|PCC)\s+(?:for|of)\s+([A-Z][a-z]+(?:(?: and | )[A-Z][a-z]+)?)/;
const PCC = /\bP(?:F)?CC\b|Police(?:,? Fire)? and Crime Commissioner/;
const PLACE_BEFORE_POLICE = /\b([A-Z][a-z]{2,}(?:(?: and | )[A-Z][a-z]+)?)\s+(?:Police|PCC|PFCC|Constabulary)\b/g;
const NOT_PLACES = new Set(['The', 'Full', 'Cabinet', 'Chair', 'Chairman', 'Acting', 'Interim', 'Vice', 'County', 'Borough', 'City', 'District', 'Of', 'And', 'For', 'National', 'Metropolitan', 'British', 'Transport', 'Local', 'This', 'All', 'Other', 'Each', 'Deputy', 'Essex and Kent']);

/** Who made the decision: the body the header block names (banner first), else what the text names most plainly. */
export const authority = defineExtractor({
  field: 'authority',
  extract({ doc, form }) {
    const firstPage = firstPageFromBanner(doc);
    // ("Parish Council Minutes - November 2016" over "Minutes of the meeting of Barkston Ash Parish Council ...": a body's kind with no
    // place names none; the body the lines below name, else the text, else the kind.)
    let kindOnly: string | null = null;
    // The banner, read with the line below it (a banner may wrap: "... COMBINED" / "AUTHORITY").
    for (const [i, line] of firstPage.slice(0, 8).entries()) {
      // A banner cut after a joining word ("... for Hampshire and Isle of" / "Wight") is read whole first.
      // (A running head set at the page's right, "Decision Notices" over "Police and Crime Commissioner for Cleveland", is no part of it.)
      const joined = (line.leftEdge ?? 0) > 0.5 ? line.text : `${line.text} ${firstPage[i + 1]?.text ?? ''}`;
      // A commissioner's banner that lost its place ("THE OFFICE OF POLICE AND CRIME COMMISSIONER" / "FOR"): the text says which
      // commissioner, not a council the lines below name.
      if (PCC.test(titleCaseCaps(line.text)) && !orgIn(line.text) && !orgIn(joined)) break;
      const named = (/\b(?:of|and|upon|on)\s*$|&\s*$/i.test(line.text) ? orgIn(joined) : null) ?? orgIn(line.text) ?? orgIn(joined);
      // (Printed as the line names it, when the line names it whole: the next line's words are no part of its place.)
      // ("Mayor of London" at the top, "MAYOR'S OFFICE FOR POLICING AND CRIME" under it: the Mayor's policing office decides, the more particular body.)
      if (named && /Greater London Authority/.test(named) && firstPage.slice(i + 1, 8).some((l) => MOPAC.test(l.text))) return MOPAC_NAME;
      if (named && named.split(/\s+/).every((w) => KIND_WORD.test(w))) {
        kindOnly ??= named;
        continue;
      }
      if (named && !isObject(named, `${joined} ${firstPage[i + 2]?.text ?? ''}`)) {
        const printed = asPrinted(named, named === orgIn(line.text) ? line.text : joined);
        return doc.pages.find((p) => p.number === line.page)?.source === 'ocr' ? mendedPlace(printed, doc, [line.index, line.index + 1]) : printed;
      }
    }
    return byText(doc) ?? makingBody(form) ?? kindOnly;
  },
});

/** Words of a body's kind, not of its place. */
const KIND_WORD = /^(?:council|county|borough|city|district|metropolitan|town|parish|community|combined|authority|police|crime|commissioner|fire|rescue|and|of|for|the|upon|on|pcc|pfcc|office|national|park|royal|london)$/i;

/**
 * A scanned banner's place as the rest of the paper spells it: a place word the paper prints nowhere else, clipped at the scan's
 * edge ("rbay Council": its first letter in lower case; "... for Clevela": the line's last word) or misread by a letter in a word
 * of five or more ("parlington Borough Council"), takes the one word the paper prints most that it ends, starts or is a letter
 * away from ("Torbay", "Cleveland", "Darlington"). A word the paper prints elsewhere, or a word of a body's kind, is left as read.
 */
function mendedPlace(name: string, doc: Doc, banner: readonly number[]): string {
  const words = new Map<string, number>();
  for (const l of doc.lines) if (!banner.includes(l.index)) for (const w of l.text.match(/\b[A-Z][a-z]{2,}\b|\b[A-Z]{3,}\b/g) ?? []) words.set(titleCase(w), (words.get(titleCase(w)) ?? 0) + 1);
  const text = doc.lines.filter((l) => banner.includes(l.index)).map((l) => l.text.trim());
  return name.replace(/[A-Za-z]{3,}/g, (word) => {
    const w = titleCase(word);
    if (KIND_WORD.test(w) || words.has(w)) return word;
    // Clipped at the left, a word starts in lower case ("rbay"); clipped at the right, it ends the line ("... for Clevela").
    const clippedLeft = text.some((t) => t.toLowerCase().startsWith(w.toLowerCase()) && /^[a-z]/.test(t));
    const clippedRight = text.some((t) => t.toLowerCase().endsWith(w.toLowerCase()));
    const fits = [...words.keys()].filter((c) => {
      const [x, y] = [c.toLowerCase(), w.toLowerCase()];
      return (x.length > y.length && y.length >= 3 && ((clippedLeft && x.endsWith(y)) || (clippedRight && x.startsWith(y)))) || (y.length >= 5 && editDistance(x, y, 1) === 1);
    });
    const best = fits.sort((a, b) => words.get(b)! - words.get(a)!)[0];
    return best && (fits.length === 1 || words.get(best)! > words.get(fits[1]!)!) ? best : word;
  });
}

/** With no body named otherwise, the body the form gives as decision maker ("Decision Maker: North Wales Economic Ambition Board"), read by the same patterns as a banner (a council's committee or post names none). */
function makingBody(form: Form): string | null {
  const maker = findField(form, LABELS.decisionMaker, (v) => orgIn(v) !== null);
  return maker ? orgIn(maker.value) : null;
}

const PCC_PRINTED = new RegExp(ORG_PATTERNS.find((p) => p.kind === 'pcc')!.re.source, 'g');

/**
 * A commissioner as its papers print it, with the short name after it: "Police and Crime Commissioner for Surrey (Surrey PCC)"
 * (the printed name is what a reader searches for; the short one keeps the body's papers together whatever their banner).
 */
function asPrinted(name: string, text: string): string {
  if (!/ P(?:F)?CC$/.test(name)) return name;
  const place = name.replace(/ P(?:F)?CC$/, '');
  // (The pattern's place may run on past the name into the next line's words: "... for Hertfordshire" / "Decision Notice".)
  const printed = [...titleCaseCaps(text).matchAll(PCC_PRINTED)]
    .map((m) => m[0].replace(/\s+/g, ' ').trim())
    .filter((p) => p.includes(place))
    .map((p) => (p.startsWith(place) ? p : p.slice(0, p.lastIndexOf(place) + place.length)))[0];
  return printed && !/\bP(?:F)?CC\b/.test(printed) ? `${printed} (${name})` : name;
}

/** A local body's web or mail address on gov.uk ("@southwark.gov.uk", "www.east-herts.gov.uk"): not a national service's or department's. */
const SITE = /(?:\bwww\.|@)([a-z][a-z-]{2,30})\.gov\.uk\b/gi;
const NATIONAL_SITE = /^(?:www|legislation|homeoffice|justice|nationalarchives|ons|parliament|service|assets|data|digital|police|nhs|gov|publishing|hmrc|dwp|dft|defra|beis|dcms|dfe|dhsc|mhclg|dluhc|communities|education|culture|transport|health|energy|treasury|hm-treasury|fco|ofsted|ofgem|ofwat|cabinetoffice|cabinet-office|planningportal|companieshouse|charitycommission|ico|audit|lgfl|environment-agency|highwaysengland|nationalhighways)$/i;

/**
 * The one local body whose gov.uk address the paper gives, as the paper prints its name ("Kent County Council" for
 * "@kent.gov.uk"), else as "Place Council"; null where it gives none, a national one's, or two bodies'.
 */
function ownSite(text: string): string | null {
  const places = new Set([...text.matchAll(SITE)].map((m) => m[1]!.toLowerCase()).filter((p) => !NATIONAL_SITE.test(p)));
  if (places.size !== 1) return null;
  const place = [...places][0]!.split('-').map((w) => (/^(?:upon|on|and|under|le|in)$/.test(w) ? w : w[0]!.toUpperCase() + w.slice(1))).join(' ');
  const printed = new RegExp(String.raw`\b${escapeRegExp(place)}\s+(?:(?:County|Borough|City|District|Metropolitan\s+Borough|Town|Parish)\s+)?Council\b`, 'i').exec(text);
  return printed ? titleCase(printed[0].replace(/\s+/g, ' ')) : `${place} Council`;
}

/** A combined authority's initials ("SYMCA", "GMCA", "WMCA"). */
const COMBINED_INITIALS = /\b([A-Z]{2,4}M?CA)\b/;

/** A body a title or sentence gives something to ("... award of £1,309,000 to Sheffield City Council") or a list sets a sum beside: the recipient, not the author. */
const isObject = (name: string, text: string) => {
  // "Police and Crime Commissioner for Surrey": a commissioner is named with "for".
  if (/ (?:PCC|PFCC)$|\(MOPAC\)$|^Greater London Authority/.test(name)) return false;
  const tail = name.replace(/ (?:PCC|PFCC)$/, '').split(' ').slice(-3).join(' ');
  // (... or a list's grantee with its sum beside it: "Carew Community Council (£11,134);", "Anytown Town Council – £500".)
  return new RegExp(String.raw`\b(?:to|for|with)\s+(?:the\s+)?${escapeRegExp(tail)}\b|\b${escapeRegExp(tail)}\s*(?:\(\s*£|[–:-]\s*£)\s?\d`).test(titleCaseCaps(text));
};

/** A place as a pattern read it, without the full stop of the sentence it ended ("Commissioner for Derbyshire."). */
const placeOf = (place: string) => place.replace(/\.+$/, '');

/** The body named in the text: MOPAC, a named PCC ("Essex PCC"), a borough, the GLA or a council. */
function byText(doc: Doc): string | null {
  {
    const head = doc.lines.slice(0, 60).map((l) => l.text).join('\n');
    const all = doc.lines.map((l) => l.text).join('\n');
    if (MOPAC.test(head) || (MOPAC.test(all) && !PCC.test(head))) return MOPAC_NAME;
    // "THE OFFICE OF POLICE AND CRIME COMMISSIONER" as the banner, its place lost: the commissioner the text names, before any
    // council it pays ("... Commissioner for" / "Derbyshire" wraps in the declaration).
    const banner = doc.lines.slice(0, 5).map((l) => titleCaseCaps(l.text)).join(' ');
    const running = all.replace(/\s+/g, ' ');
    const commissioner = PCC.test(banner) ? PCC_NAMED.exec(running) : null;
    if (commissioner) return asPrinted(`${placeOf(commissioner[1]!)} ${commissionerKind(commissioner[0])}`, running);
    // "please contact the constitutional team on ... or constitutional.team@southwark.gov.uk": the body whose address the page gives,
    // before a borough it only mentions ("procured by the Royal Borough of Kensington and Chelsea").
    const site = ownSite(all);
    if (site) return site;
    // The body the text names most often, by the same patterns as the banner (the GLA aside: many papers cite it).
    const counts = new Map<string, number>();
    for (const [i, l] of doc.lines.entries()) {
      const named = orgIn(l.text);
      if (named && !/Greater London Authority/.test(named) && !isObject(named, `${l.text} ${doc.lines[i + 1]?.text ?? ''}`)) counts.set(named, (counts.get(named) ?? 0) + 1);
    }
    const most = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (most) return asPrinted(most[0], all);
    const named = PCC_NAMED.exec(all);
    if (named) return `${placeOf(named[1]!)} ${commissionerKind(named[0])}`;
    if (PCC.test(all)) {
      const counts = new Map<string, number>();
      for (const m of all.matchAll(PLACE_BEFORE_POLICE)) if (!NOT_PLACES.has(m[1]!) && !m[1]!.split(' ').some((w) => NOT_PLACES.has(w) || w === 'News')) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
      const place = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      // ("The Property Fund is held by the OPFCC ... which the PFCC then distributes": a police, fire and crime commissioner.)
      const kind = commissionerKind(all.match(PCC)?.[0] ?? '');
      return place ? `${place} ${kind}` : kind === 'PFCC' ? 'Police, Fire and Crime Commissioner' : 'Police and Crime Commissioner';
    }
    // "SYMCA secured delegated authority ...": a combined authority known only by its initials.
    const initials = COMBINED_INITIALS.exec(head);
    if (initials) return initials[1]!;
    const borough = BOROUGH.exec(head) ?? BOROUGH.exec(all);
    if (borough) return borough[1]!.replace(/\s+/g, ' ');
    if (GLA.test(all)) return 'Greater London Authority (Mayor of London)';
    const councils = [...head.matchAll(new RegExp(COUNCIL, 'g')), ...all.matchAll(new RegExp(COUNCIL, 'g'))]
      .map((m) => titleCase(m[1]!.replace(/\s+/g, ' ')))
      .filter((c) => !NOT_PLACES.has(c.split(' ')[0]!) && !/^(County|Borough|City|District|Town|Parish) Council$/.test(c));
    return councils[0] ?? null;
  }
}
