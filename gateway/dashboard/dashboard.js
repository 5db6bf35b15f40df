// The reference dashboard for a municipality's policy officer: plain JavaScript against the hub's public
// GraphQL API, with an analyst's token entered in the sign-in form. A municipality can copy this folder; it
// needs nothing but the gateway and uPlot. The figures come as the disclosure rules publish them (README
// "Municipal dashboards"): shown (rounded), 0, suppressed or not per period, and a partner can be unreachable.
import { ask, missing, token, QuestionError, SignInError } from './api.js';
import { INDICATORS as NAMES, INTERVALS, INTERVAL_NOUN, cellText, decimal, formatBucket, formatDay, keyLabel, number, percent } from './format.js';
import { chartWithTable, element, table } from './views.js';

const $ = (id) => document.getElementById(id);

const PUBLIC_AREA = `query Area($code: ID!) {
  area(code: $code) { code name level population population65Plus population75Plus children { code name } statisticsGrid { code minimumInterval } }
}`;

const CELL = 'value state';
const BUCKET = 'name bucket bucketEnd';

// The dashboard's questions (the main one is also run by test/e2e/gateway-security.test.ts and the bench).
// The gateway's cost limit counts an indicator set's buckets × indicators (gateway/cost.ts), so the page asks
// each question once per indicator it shows (askEach: `$names` one name at a time; its default lists what the
// question shows, and is what a caller without `names` gets): three years by week, the longest period the
// subgraphs answer, then stays within the limit for every question.
const INDICATORS = `query Dashboard($code: ID!, $period: PeriodInput!, $names: [WelzijnIndicatorName!]! = [requestsOpened, matchesMade, matchesDeclined, hoursGiven, requestersWhoHelp]) {
  area(code: $code) {
    welzijn: welzijnIndicators(period: $period, names: $names) {
      threshold roundingBase
      indicators { name bucket bucketEnd total { value state } byKey { key count { value state } } }
    }
  }
}`;

const MEASURES = `query Measures($code: ID!, $period: PeriodInput!, $names: [WelzijnIndicatorName!]! = [medianDaysToMatch, p90DaysToMatch]) {
  area(code: $code) {
    welzijn: welzijnIndicators(period: $period, names: $names) { measures { name bucket value state } }
  }
}`;

const ZORG = `query Zorg($code: ID!, $period: PeriodInput!, $names: [ZorgIndicatorName!]! = [referralsByReason, signalsByReason]) {
  area(code: $code) {
    zorg: zorgIndicators(period: $period, names: $names) { indicators { ${BUCKET} total { ${CELL} } } }
  }
}`;

const BEWONERS = `query Bewoners($code: ID!, $period: PeriodInput!, $names: [BewonersIndicatorName!]! = [activitiesHeld, participants]) {
  area(code: $code) {
    bewoners: bewonersIndicators(period: $period, names: $names) { indicators { ${BUCKET} total { ${CELL} } } }
  }
}`;

const SUPPLY = `query Supply($code: ID!, $period: PeriodInput!, $names: [WelzijnIndicatorName!]! = [openBacklog, overdueResponses, volunteersAvailable]) {
  area(code: $code) {
    welzijn: welzijnIndicators(period: $period, names: $names) {
      indicators { ${BUCKET} total { ${CELL} } byKey { key count { ${CELL} } } otherKeys { ${CELL} } }
    }
  }
}`;

const BY_AREA = `query ByArea($code: ID!, $period: PeriodInput!, $names: [WelzijnIndicatorName!]! = [requestsOpened, openBacklog, volunteersAvailable]) {
  area(code: $code) {
    welzijn: welzijnIndicators(period: $period, names: $names) {
      indicators { ${BUCKET} byChildArea { areaCode count { ${CELL} } } }
    }
  }
}`;

const REACH = `query Reach($code: ID!, $period: PeriodInput!, $names: [BewonersIndicatorName!]! = [participantsByTargetGroup]) {
  area(code: $code) {
    bewoners: bewonersIndicators(period: $period, names: $names) { indicators { ${BUCKET} total { ${CELL} } byKey { key count { ${CELL} } } } }
  }
}`;

/** The questions of the figures, in the order renderFigures takes their answers. */
const QUESTIONS = [INDICATORS, MEASURES, ZORG, BEWONERS, SUPPLY, BY_AREA, REACH];

/** The indicators a question shows: the default of its `$names`. */
const namesOf = (query) => /\$names: \[\w+!\]! = \[([^\]]*)\]/.exec(query)[1].split(',').map((n) => n.trim());

/**
 * Asks a question once per indicator it shows and joins the answers as one:
 * each indicator set's indicators and measures one after another, the errors of all of them. A set that
 * failed in one of the answers counts as missing (its partner or its permission), as it would in one answer.
 */
async function askEach(query, variables) {
  const answers = await Promise.all(namesOf(query).map((name) => ask(query, { ...variables, names: [name] })));
  const area = {};
  for (const { data } of answers) {
    for (const [alias, set] of Object.entries((data && data.area) || {})) {
      if (!(alias in area)) area[alias] = set && { ...set, indicators: [...(set.indicators || [])], measures: [...(set.measures || [])] };
      else if (!set || !area[alias]) area[alias] = null;
      else {
        area[alias].indicators.push(...(set.indicators || []));
        area[alias].measures.push(...(set.measures || []));
      }
    }
  }
  return { data: { area }, errors: answers.flatMap((a) => a.errors) };
}

const KAART = `query Kaart($filter: SocialMapFilter) { socialMap(filter: $filter, first: 10) { edges { node { kind title organisation { name } } } } }`;

const monthStart = (month) => `${month}-01`;
function monthEnd(month) {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
const RANK = { YEAR: 0, QUARTER: 1, MONTH: 2, WEEK: 3 };

/** The period asked: whole months from the controls, widened to whole quarters or years when the interval needs it. */
function periodOf(fromMonth, toMonth, interval) {
  let [from, to] = [monthStart(fromMonth), monthEnd(toMonth)];
  if (to < from) [from, to] = [monthStart(toMonth), monthEnd(fromMonth)];
  if (interval === 'QUARTER' || interval === 'YEAR') {
    const f = new Date(from + 'T00:00:00Z');
    const t = new Date(to + 'T00:00:00Z');
    const span = interval === 'YEAR' ? 12 : 3;
    from = new Date(Date.UTC(f.getUTCFullYear(), f.getUTCMonth() - (f.getUTCMonth() % span), 1)).toISOString().slice(0, 10);
    to = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - (t.getUTCMonth() % span) + span, 0)).toISOString().slice(0, 10);
  }
  return { from, to, interval };
}

/** The indicators of one set by name, or the reason the set is missing ('UNAVAILABLE', 'FORBIDDEN'). */
function setOf(data, errors, alias) {
  const set = data && data.area && data.area[alias];
  if (set) return set;
  return missing(errors, alias) || 'UNAVAILABLE';
}

/** The cells of one indicator over the buckets (a whole missing set gives its reason in every bucket). */
function cellsOf(set, name, buckets, pick = (i) => i.total) {
  if (typeof set === 'string') return buckets.map(() => set);
  return buckets.map((b) => {
    const item = set.indicators.find((i) => i.name === name && i.bucket === b.start);
    return item ? pick(item) : null;
  });
}

/** A period total: the sum when every bucket is shown or zero; otherwise the first reason it cannot be given. */
function periodTotal(cells) {
  const reason = cells.find((c) => !c || typeof c === 'string' || (c.state !== 'SHOWN' && c.state !== 'ZERO'));
  if (reason !== undefined) return reason || 'MISSING';
  return { state: cells.some((c) => c.state === 'SHOWN') ? 'SHOWN' : 'ZERO', value: cells.reduce((sum, c) => sum + c.value, 0) };
}

function card(id, label, cell, sub, unit) {
  return element('div', { class: 'card', 'data-testid': `card-${id}` }, [
    element('div', { class: 'label', text: label }),
    element('div', { class: `value ${cell && cell.state ? 'state-' + cell.state.toLowerCase() : typeof cell === 'string' ? 'state-' + cell.toLowerCase() : ''}`, text: cellText(cell, unit) }),
    sub ? element('div', { class: 'sub', text: sub }) : null,
  ]);
}

const shownMeasure = (m) => (m && m.state === 'SHOWN' ? { state: 'SHOWN', value: m.value } : m ? { state: 'SUPPRESSED' } : 'MISSING');

const ui = { area: null, period: null, grid: [] };

function status(text, kind = 'info') {
  $('status').textContent = text;
  $('status').className = kind;
}

function showSignIn(signedIn, message) {
  $('signin').hidden = signedIn;
  $('signed-in').hidden = !signedIn;
  $('signin-error').textContent = message || '';
  $('signin-error').hidden = !message;
}

async function loadAreas() {
  const { data } = await ask('{ areas(level: MUNICIPALITY, first: 100) { edges { node { code name } } } }');
  const municipalities = data.areas.edges.map((e) => e.node);
  if (!municipalities.length) throw new QuestionError('De hub kent nog geen gemeente.');
  const inside = await ask('query ($code: ID!) { areas(within: $code, first: 100) { edges { node { code name level } } } }', { code: municipalities[0].code });
  const areas = [...municipalities, ...inside.data.areas.edges.map((e) => e.node)];
  $('area').replaceChildren(...areas.map((a) => element('option', { value: a.code, text: `${a.level === 'NEIGHBOURHOOD' ? '  ' : ''}${a.name} (${a.code})` })));
}

/** The interval the API will use for this area: the chosen one, or the area's own minimum when that is coarser. */
function effectiveInterval(chosen, area) {
  const entry = area.statisticsGrid.find((g) => g.code === area.code);
  const minimum = entry ? entry.minimumInterval : 'WEEK';
  const wanted = chosen || (RANK.MONTH > RANK[minimum] ? minimum : 'MONTH');
  return RANK[wanted] > RANK[minimum] ? { interval: minimum, coarsened: true } : { interval: wanted, coarsened: false };
}

async function load() {
  document.body.dataset.loaded = 'false';
  status('Laden…');
  const code = $('area').value;
  try {
    const { data } = await ask(PUBLIC_AREA, { code });
    const area = data.area;
    if (!area) throw new QuestionError(`Gebied ${code} bestaat niet.`);
    ui.area = area;
    const { interval, coarsened } = effectiveInterval($('interval').value || null, area);
    const period = periodOf($('from').value, $('to').value, interval);
    ui.period = period;
    renderArea(area);
    $('period-note').textContent = `${formatDay(period.from)} – ${formatDay(period.to)}, ${INTERVALS[interval]}${coarsened ? ` (${area.name} is te klein voor fijnere cijfers)` : ''}`;
    if (!token.get()) {
      clearFigures('Meld u aan met een analistentoken om de cijfers te zien.');
      status('Niet aangemeld: alleen openbare gegevens.', 'info');
      document.body.dataset.loaded = 'true';
      return;
    }
    const variables = { code, period };
    const answers = await Promise.all(QUESTIONS.map((query) => askEach(query, variables)));
    renderFigures(area, period, ...answers);
    const partial = answers.some((r) => r.errors.length);
    status(partial ? `${area.name}: niet alle partners leverden cijfers (zie de betreffende onderdelen).` : `${area.name}: cijfers geladen.`, partial ? 'warning' : 'info');
    showSignIn(true);
  } catch (error) {
    if (error instanceof SignInError) {
      token.clear();
      showSignIn(false, error.message);
      clearFigures('Meld u opnieuw aan om de cijfers te zien.');
      status('Aanmelden mislukt.', 'error');
    } else {
      clearFigures('');
      status(error instanceof QuestionError ? error.message : 'Er ging iets mis bij het laden. Probeer het opnieuw.', 'error');
    }
  }
  document.body.dataset.loaded = 'true';
}

function renderArea(area) {
  const share = (n) => (area.population ? percent.format(n / area.population) : '—');
  $('cards-public').replaceChildren(card('population', 'Inwoners', { state: 'SHOWN', value: area.population }, `${share(area.population65Plus)} 65+ · ${share(area.population75Plus)} 75+`));
}

function clearFigures(message) {
  for (const id of ['cards', 'charts', 'matches', 'supply-table', 'by-area', 'reach']) $(id).replaceChildren();
  $('figures-note').textContent = message;
  $('figures-note').hidden = !message;
}

function bucketsOf(...sets) {
  const seen = new Map();
  for (const set of sets) {
    if (typeof set === 'string') continue;
    for (const i of set.indicators) if (!seen.has(i.bucket)) seen.set(i.bucket, { start: i.bucket, end: i.bucketEnd });
  }
  return [...seen.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
}

function renderFigures(area, period, main, times, zorg, bewoners, supply, byArea, reach) {
  $('figures-note').hidden = true;
  const w = setOf(main.data, main.errors, 'welzijn');
  const z = setOf(zorg.data, zorg.errors, 'zorg');
  const b = setOf(bewoners.data, bewoners.errors, 'bewoners');
  const s = setOf(supply.data, supply.errors, 'welzijn');
  const a = setOf(byArea.data, byArea.errors, 'welzijn');
  const r = setOf(reach.data, reach.errors, 'bewoners');
  const buckets = bucketsOf(w, z, b, s, a, r);
  const file = (what) => `${what}-${area.code}-${period.from}-${period.to}.csv`;
  const { interval } = period;
  const last = buckets[buckets.length - 1];
  const lastCell = (set, name) => (last ? cellsOf(set, name, [last])[0] : null);

  $('cards').replaceChildren(
    card('requests', 'Hulpvragen', periodTotal(cellsOf(w, 'requestsOpened', buckets)), 'in de periode'),
    card('matches', 'Matches', periodTotal(cellsOf(w, 'matchesMade', buckets)), 'in de periode'),
    card('declined', 'Afgewezen matches', periodTotal(cellsOf(w, 'matchesDeclined', buckets)), 'in de periode'),
    card('hours', 'Uren inzet', periodTotal(cellsOf(w, 'hoursGiven', buckets)), 'bij de nagesprekken'),
    card('reciprocity', 'Hulpvragers die nu helpen', periodTotal(cellsOf(w, 'requestersWhoHelp', buckets)), 'nieuwe vrijwilligers die eerder hulp vroegen'),
    card('referrals', 'Doorverwijzingen', periodTotal(cellsOf(z, 'referralsByReason', buckets)), 'naar een professional'),
    card('activities', 'Activiteiten gehouden', periodTotal(cellsOf(b, 'activitiesHeld', buckets))),
    card('participants', 'Deelnemers', periodTotal(cellsOf(b, 'participants', buckets))),
  );

  const series = (set, names) => names.map((name) => ({ label: NAMES[name], cells: cellsOf(set, name, buckets), unit: 'COUNT' }));
  $('charts').replaceChildren(
    chartWithTable({ title: 'Hulpvragen en matches', interval, buckets, series: series(w, ['requestsOpened', 'matchesMade', 'matchesDeclined']), fileName: file('hulpvragen-en-matches'), testId: 'chart-requests' }),
    chartWithTable({ title: 'Vraag en aanbod (aan het eind van elke periode)', interval, buckets, series: series(s, ['openBacklog', 'volunteersAvailable', 'overdueResponses']), fileName: file('vraag-en-aanbod'), testId: 'chart-supply' }),
    chartWithTable({ title: 'Activiteiten en deelnemers', interval, buckets, series: series(b, ['activitiesHeld', 'participants']), fileName: file('activiteiten'), testId: 'chart-activities' }),
    chartWithTable({ title: 'Doorverwijzingen en signalen', interval, buckets, series: series(z, ['referralsByReason', 'signalsByReason']), fileName: file('doorverwijzingen'), testId: 'chart-referrals' }),
  );

  // the match view in figures: what waits at the end, how matches were made in the period, how long matching took
  const m = setOf(times.data, times.errors, 'welzijn');
  const measures = typeof m === 'string' ? m : m.measures;
  const latestMeasure = (name) => (typeof measures === 'string' ? measures : shownMeasure(measures.filter((m) => m.name === name).slice(-1)[0]));
  const keyOf = (key) => (item) => {
    const listed = item.byKey.find((k) => k.key === key);
    return listed ? listed.count : item.total.state === 'ZERO' ? item.total : { state: 'SUPPRESSED' };
  };
  const matchRows = [
    ['open', 'Wachtende hulpvragen (eind periode)', lastCell(s, 'openBacklog')],
    ['overdue', 'waarvan over de antwoorddatum', lastCell(s, 'overdueResponses')],
    ['matches', 'Matches gemaakt in de periode', periodTotal(cellsOf(w, 'matchesMade', buckets))],
    ['matches-self', 'door de helper zelf (reactie)', periodTotal(cellsOf(w, 'matchesMade', buckets, keyOf('SELF')))],
    ['matches-matcher', 'door een matcher', periodTotal(cellsOf(w, 'matchesMade', buckets, keyOf('MATCHER')))],
    ['median-days', 'Mediaan dagen tot match (laatste periode)', latestMeasure('medianDaysToMatch')],
    ['p90-days', '90% gematcht binnen (dagen)', latestMeasure('p90DaysToMatch')],
  ];
  $('matches').replaceChildren(
    element('h2', { text: 'Matchoverzicht' }),
    element('table', { class: 'summary' }, [
      element('tbody', {}, matchRows.map(([id, label, cell]) =>
        element('tr', { 'data-testid': `match-${id}` }, [element('th', { text: label }), element('td', { class: 'num', text: id.endsWith('days') && cell && cell.state === 'SHOWN' ? decimal.format(cell.value) : cellText(cell) })]),
      )),
    ]),
  );

  // supply against demand by category, at the end of the period
  const demand = lastCell(s, 'openBacklog');
  const supplyCell = lastCell(s, 'volunteersAvailable');
  const lastItem = (name) => (typeof s === 'string' || !last ? null : s.indicators.find((i) => i.name === name && i.bucket === last.start));
  const categories = [...new Set([...(lastItem('openBacklog')?.byKey ?? []), ...(lastItem('volunteersAvailable')?.byKey ?? [])].map((k) => k.key))].sort((x, y) => keyLabel(x).localeCompare(keyLabel(y), 'nl'));
  const UNLISTED = { state: 'UNLISTED' };
  const byCategory = (name, key) => (typeof s === 'string' ? s : lastItem(name)?.byKey.find((k) => k.key === key)?.count ?? UNLISTED);
  const supplyRows = [
    ['Alle categorieën', demand, supplyCell],
    ...categories.map((key) => [keyLabel(key), byCategory('openBacklog', key), byCategory('volunteersAvailable', key)]),
    ['Overige categorieën samen', typeof s === 'string' ? s : lastItem('openBacklog')?.otherKeys ?? null, { state: 'NONE' }],
  ];
  $('supply-table').replaceChildren(
    element('h2', { text: `Vraag en aanbod per categorie${last ? ` (eind ${formatBucket(last.start, last.end, interval)})` : ''}` }),
    table({ caption: 'Wachtende hulpvragen tegenover beschikbare vrijwilligers', columns: ['Categorie', 'Wachtende hulpvragen', 'Beschikbare vrijwilligers'], rows: supplyRows, fileName: file('vraag-en-aanbod-per-categorie'), testId: 'supply-table' }),
    element('p', { class: 'note', text: 'Een categorie die niet apart staat, is 0 of onderdrukt; bij de hulpvragen telt die mee in "overige categorieën". Een vrijwilliger helpt vaak in meer categorieën.' }),
  );

  // per wijk or buurt, in the last bucket
  const children = area.children;
  if (children.length) {
    const childCell = (name, childCode) => {
      if (typeof a === 'string') return a;
      const item = last && a.indicators.find((i) => i.name === name && i.bucket === last.start);
      return item ? item.byChildArea.find((c) => c.areaCode === childCode)?.count ?? null : null;
    };
    const rows = children.map((c) => [`${c.name} (${c.code})`, childCell('requestsOpened', c.code), childCell('openBacklog', c.code), childCell('volunteersAvailable', c.code)]);
    const level = area.level === 'MUNICIPALITY' ? 'wijk' : 'buurt';
    $('by-area').replaceChildren(
      element('h2', { text: `Per ${level}${last ? ` (${formatBucket(last.start, last.end, interval)})` : ''}` }),
      table({ caption: `Hulpvragen, vraag en aanbod per ${level}`, columns: [level === 'wijk' ? 'Wijk' : 'Buurt', 'Hulpvragen', 'Wachtend', 'Beschikbare vrijwilligers'], rows, fileName: file(`per-${level}`), testId: 'by-area-table' }),
    );
  }

  // reach among target groups
  const groups = typeof r === 'string' ? [] : [...new Set(r.indicators.flatMap((i) => i.byKey.map((k) => k.key)))].sort((x, y) => keyLabel(x).localeCompare(keyLabel(y), 'nl'));
  const reachRows = buckets.map((bucket, i) => [
    formatBucket(bucket.start, bucket.end, interval),
    cellsOf(r, 'participantsByTargetGroup', [bucket])[0],
    ...groups.map((g) => (typeof r === 'string' ? r : cellsOf(r, 'participantsByTargetGroup', [bucket], (item) => item.byKey.find((k) => k.key === g)?.count ?? UNLISTED)[0])),
  ]);
  $('reach').replaceChildren(
    element('h2', { text: 'Bereik onder doelgroepen' }),
    table({ caption: 'Deelnemers aan activiteiten voor elke doelgroep', columns: ['Periode', 'Alle deelnemers', ...groups.map(keyLabel)], rows: reachRows, fileName: file('bereik-doelgroepen'), testId: 'reach-table' }),
  );
  const threshold = typeof w === 'string' ? 5 : w.threshold;
  const base = typeof w === 'string' ? 5 : w.roundingBase;
  $('rules').textContent =
    `Cijfers over inwoners: aantallen van 1 tot ${threshold} worden niet getoond ("onderdrukt"), ook niet via een totaal min de andere delen; ` +
    `getoonde aantallen zijn afgerond op ${base === 5 ? 'vijftallen' : `veelvouden van ${base}`}, dus totalen kunnen iets afwijken van de som van de delen. ` +
    `"0" betekent echt nul. "Niet per periode": het gebied is te klein om per ${INTERVAL_NOUN[interval]} te tonen.`;
}

async function searchKaart(event) {
  event.preventDefault();
  try {
    const { data } = await ask(KAART, { filter: { text: $('kaart-text').value, area: $('area').value } });
    $('kaart-results').replaceChildren(
      ...data.socialMap.edges.map(({ node }) =>
        element('li', {}, [element('span', { class: 'kind', text: keyLabel(node.kind) }), element('span', { text: node.title }), element('small', { text: node.organisation ? ` ${node.organisation.name}` : '' })]),
      ),
    );
    if (!data.socialMap.edges.length) $('kaart-results').replaceChildren(element('li', { text: 'Niets gevonden.' }));
  } catch (error) {
    $('kaart-results').replaceChildren(element('li', { class: 'error', text: error.message }));
  }
}

async function init() {
  const params = new URLSearchParams(location.search);
  if (params.has('token')) {
    // a token in a link ends up in the browser history and in whatever the link is shared with: not used
    params.delete('token');
    history.replaceState(null, '', `${location.pathname}${params.size ? '?' + params : ''}`);
    showSignIn(false, 'Een token in de link wordt niet gebruikt (het komt dan in de browsergeschiedenis). Meld u aan met het formulier.');
  } else showSignIn(Boolean(token.get()));
  const today = new Date();
  const month = (d) => d.toISOString().slice(0, 7);
  $('from').value = params.get('from') || month(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 5, 1)));
  $('to').value = params.get('to') || month(today);
  if (params.get('interval') && INTERVALS[params.get('interval')]) $('interval').value = params.get('interval');
  $('signin').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = $('token').value.trim();
    $('token').value = '';
    if (!value) return showSignIn(false, 'Vul een token in.');
    token.set(value);
    showSignIn(true);
    load();
  });
  $('signout').addEventListener('click', () => {
    token.clear();
    showSignIn(false);
    load();
  });
  $('controls').addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  $('kaart-search').addEventListener('submit', searchKaart);
  try {
    await loadAreas();
    $('area').value = params.get('area') || $('area').options[0].value;
    await load();
  } catch (error) {
    status(error instanceof QuestionError ? error.message : 'De hub is niet bereikbaar.', 'error');
    document.body.dataset.loaded = 'true';
  }
}

init();
