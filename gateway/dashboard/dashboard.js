// The reference dashboard: plain JavaScript against the hub's public GraphQL API with a bearer token (an
// analyst's). A municipality can copy this folder; it needs nothing but the gateway URL and uPlot.
(function () {
  const $ = (id) => document.getElementById(id);
  // Everything shown comes from partners (a cooperative names its own activities): always as text, never as markup.
  const text = (value) => String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const params = new URLSearchParams(location.search);
  // Another endpoint only on this page's own origin: a link must not be able to send the token elsewhere.
  const wanted = new URL(params.get('endpoint') || '/graphql', location.href);
  const endpoint = wanted.origin === location.origin ? wanted.href : '/graphql';

  async function gql(query, variables) {
    const token = $('token').value.trim();
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: 'Bearer ' + token } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (!response.ok && !body.data) throw new Error((body.errors || [{ message: response.statusText }])[0].message);
    return body;
  }

  const INDICATORS = `query ($code: ID!, $period: PeriodInput!) {
    area(code: $code) {
      name population population65Plus population75Plus
      welzijnIndicators(period: $period) {
        indicators { name bucket total { value suppressed } byKey { key count { value suppressed } } }
        measures { name bucket value suppressed }
      }
      zorgIndicators(period: $period) { indicators { name bucket total { value suppressed } } }
      bewonersIndicators(period: $period) { indicators { name bucket total { value suppressed } } }
    }
  }`;

  /** Sum over buckets of shown values; null when any bucket is suppressed (the sum would not be honest) or none came. */
  function periodTotal(indicators, name) {
    if (!indicators) return null;
    const rows = indicators.filter((i) => i.name === name);
    if (rows.some((r) => r.total.suppressed)) return null;
    return rows.reduce((sum, r) => sum + r.total.value, 0);
  }
  /** The same for one breakdown key of an indicator. */
  function periodTotalOfKey(indicators, name, key) {
    if (!indicators) return null;
    const cells = indicators.filter((i) => i.name === name).map((i) => (i.byKey.find((k) => k.key === key) || { count: { value: 0, suppressed: false } }).count);
    if (cells.some((c) => c.suppressed)) return null;
    return cells.reduce((sum, c) => sum + c.value, 0);
  }
  const latest = (rows, name) => rows.filter((r) => r.name === name).slice(-1)[0];
  const show = (value) => (value === null || value === undefined ? '—' : String(value));
  const shownMeasure = (m) => (m && !m.suppressed ? m.value : null);

  function card(id, label, value, sub) {
    return `<div class="card" data-testid="card-${id}"><div class="label">${text(label)}</div><div class="value">${text(show(value))}</div>${sub ? `<div class="sub">${text(sub)}</div>` : ''}</div>`;
  }

  /** The match view in figures: what waits now, how matches were made in the period, how long matching took. */
  function matchSummary(w, measures) {
    const backlog = w && latest(w, 'openBacklog');
    const overdue = w && latest(w, 'overdueResponses');
    const rows = [
      ['open', 'Open hulpvragen (eind periode)', backlog && !backlog.total.suppressed ? backlog.total.value : null],
      ['overdue', 'waarvan over de antwoorddatum', overdue && !overdue.total.suppressed ? overdue.total.value : null],
      ['matches', 'Matches gemaakt in de periode', periodTotal(w, 'matchesMade')],
      ['matches-self', 'door de helper zelf (reactie)', periodTotalOfKey(w, 'matchesMade', 'SELF')],
      ['matches-matcher', 'door een matcher', periodTotalOfKey(w, 'matchesMade', 'MATCHER')],
      ['median-days', 'Mediaan dagen tot match (laatste periode)', shownMeasure(latest(measures, 'medianDaysToMatch'))],
      ['p90-days', '90% gematcht binnen (dagen)', shownMeasure(latest(measures, 'p90DaysToMatch'))],
    ];
    return rows.map(([id, label, value]) => `<tr data-testid="match-${id}"><th>${text(label)}</th><td>${text(show(value))}</td></tr>`).join('');
  }

  function series(indicators, name) {
    return (indicators || []).filter((i) => i.name === name).map((i) => (i.total.suppressed ? null : i.total.value));
  }

  function chart(target, buckets, lines) {
    target.innerHTML = '';
    const x = buckets.map((b) => Date.parse(b + 'T00:00:00Z') / 1000);
    new uPlot(
      { width: Math.max(320, target.clientWidth || 480), height: 220, series: [{}, ...lines.map((l, i) => ({ label: l.label, stroke: ['#0b5394', '#e69138', '#6aa84f'][i], width: 2, spanGaps: false }))] },
      [x, ...lines.map((l) => l.values)],
      target,
    );
  }

  async function load() {
    $('status').textContent = 'laden…';
    const period = { from: $('from').value, to: $('to').value, interval: $('interval').value };
    try {
      const { data, errors } = await gql(INDICATORS, { code: $('area').value, period });
      const area = data && data.area;
      if (!area) throw new Error(errors ? errors[0].message : 'geen gegevens');
      // a set is null when the token may not see it or its partner is down; its cards then show —
      const w = area.welzijnIndicators && area.welzijnIndicators.indicators;
      const measures = area.welzijnIndicators ? area.welzijnIndicators.measures : [];
      const z = area.zorgIndicators && area.zorgIndicators.indicators;
      const b = area.bewonersIndicators && area.bewonersIndicators.indicators;
      const requests = periodTotal(w, 'requestsOpened');
      $('match-summary').innerHTML = matchSummary(w, measures);
      $('cards').innerHTML = [
        card('population', 'Inwoners', area.population, `${((area.population65Plus / area.population) * 100).toFixed(1)}% 65+, ${((area.population75Plus / area.population) * 100).toFixed(1)}% 75+`),
        card('requests', 'Hulpvragen', requests, requests === null ? 'deels onderdrukt' : `${((requests / area.population) * 1000).toFixed(2)} per 1.000 inwoners`),
        card('matches', 'Matches', periodTotal(w, 'matchesMade')),
        card('referrals', 'Doorverwijzingen', periodTotal(z, 'referralsByReason')),
        card('activities', 'Activiteiten gehouden', periodTotal(b, 'activitiesHeld')),
        card('participants', 'Deelnemers', periodTotal(b, 'participants')),
      ].join('');
      const buckets = [...new Set((w || []).map((i) => i.bucket))];
      chart($('chart-requests'), buckets, [{ label: 'hulpvragen', values: series(w, 'requestsOpened') }, { label: 'matches', values: series(w, 'matchesMade') }]);
      const activityBuckets = [...new Set((b || []).map((i) => i.bucket))];
      chart($('chart-activities'), activityBuckets, [{ label: 'activiteiten', values: series(b, 'activitiesHeld') }, { label: 'deelnemers', values: series(b, 'participants') }]);
      $('status').textContent = errors ? `Deels geladen: ${errors.map((e) => e.message).join('; ')}` : `${area.name}, ${period.from} – ${period.to}`;
      document.body.dataset.loaded = 'true';
    } catch (error) {
      $('status').textContent = 'Fout: ' + error.message;
    }
  }

  async function searchKaart(event) {
    if (event) event.preventDefault();
    const { data } = await gql(
      'query ($filter: SocialMapFilter) { socialMap(filter: $filter, first: 10) { edges { node { kind title organisation { name } } } } }',
      { filter: { text: $('kaart-text').value, area: $('area').value } },
    );
    $('kaart-results').innerHTML = data.socialMap.edges
      .map(({ node }) => `<li><span class="kind">${text(node.kind)}</span>${text(node.title)} <small>${node.organisation ? text(node.organisation.name) : ''}</small></li>`)
      .join('');
  }

  async function init() {
    const today = new Date();
    const sixMonthsAgo = new Date(today.getTime() - 182 * 86400000);
    $('from').value = params.get('from') || sixMonthsAgo.toISOString().slice(0, 10);
    $('to').value = params.get('to') || today.toISOString().slice(0, 10);
    $('token').value = params.get('token') || localStorage.getItem('samenspel-token') || '';
    $('token').addEventListener('change', () => localStorage.setItem('samenspel-token', $('token').value));
    const municipalities = (await gql('{ areas(level: MUNICIPALITY, first: 100) { edges { node { code name } } } }')).data.areas.edges.map((e) => e.node);
    const inside = await gql('query ($code: ID!) { areas(within: $code, first: 100) { edges { node { code name } } } }', { code: municipalities[0].code });
    const areas = [...municipalities, ...inside.data.areas.edges.map((e) => e.node)];
    $('area').innerHTML = areas.map((a) => `<option value="${text(a.code)}">${text(a.name)} (${text(a.code)})</option>`).join('');
    $('area').value = params.get('area') || areas[0].code;
    $('controls').addEventListener('submit', (event) => { event.preventDefault(); load(); });
    $('kaart-search').addEventListener('submit', searchKaart);
    await load();
  }

  init();
})();
