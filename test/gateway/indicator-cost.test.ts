// The gateway's cost model counts indicator buckets (gateway/cost.ts): an indicator set costs its selection
// times the buckets of its period and the indicators asked (its `names`, or all of them).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { operationCost } from '../../gateway/cost';
import { LIMITS } from '../../gateway/server';
import { apiSchemaOf } from '../../schema/check';
import { dashboardQuestions } from '../support/dashboard-questions';

const schema = apiSchemaOf(readFileSync(path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), variables);
const SET = 'indicators { name bucket total { value state } }';
const ask = (period: string, names = '') => `{ area(code: "GM0307") { welzijnIndicators(period: ${period}${names}) { ${SET} } } }`;

test('a set costs its selection times its buckets and its indicators', () => {
  const month = cost(ask('{ from: "2026-01-01", to: "2026-01-31", interval: MONTH }'));
  const year = cost(ask('{ from: "2026-01-01", to: "2026-12-31", interval: MONTH }'));
  const weeks = cost(ask('{ from: "2026-01-01", to: "2026-12-31", interval: WEEK }'));
  expect(year).toBeGreaterThan(10 * month);
  expect(weeks).toBeGreaterThan(4 * year); // 61 weeks (cut at month ends) against 12 months
  const two = cost(ask('{ from: "2026-01-01", to: "2026-12-31", interval: MONTH }', ', names: [requestsOpened, matchesMade]'));
  expect(two).toBeLessThan(year / 5); // 2 of welzijn's 14 names
  // without an interval the default (MONTH) is counted; a variable counts as its value
  expect(cost(ask('{ from: "2026-01-01", to: "2026-12-31" }'))).toBe(year);
  expect(cost(`query ($p: PeriodInput!) { area(code: "GM0307") { welzijnIndicators(period: $p) { ${SET} } } }`, { p: { from: '2026-01-01', to: '2026-12-31', interval: 'WEEK' } })).toBe(weeks);
});

test('the request of issue 13, finding 9, is over the limit; the dashboard’s own questions asked whole are under it for half a year by week', () => {
  const sets = 'welzijnIndicators(period: $p) { indicators { name bucket total { value } byKey { key count { value } } } } zorgIndicators(period: $p) { indicators { name bucket total { value } } } bewonersIndicators(period: $p) { indicators { name bucket total { value } } }';
  const query = `query ($p: PeriodInput!) {\n${Array.from({ length: 20 }, (_, i) => `a${i}: area(code: "GM0307") { ${sets} }`).join('\n')}\n}`;
  expect(cost(query, { p: { from: '2024-01-01', to: '2026-12-31', interval: 'WEEK' } })).toBeGreaterThan(100 * LIMITS.maxCost);

  const questions = Object.entries(dashboardQuestions()).filter(([, q]) => q.includes('PeriodInput'));
  expect(questions.map(([name]) => name)).toEqual(expect.arrayContaining(['INDICATORS', 'MEASURES', 'ZORG', 'BEWONERS', 'SUPPLY', 'BY_AREA', 'REACH']));
  // asked whole (what a caller without `names` gets: the question's default)
  for (const period of [
    { from: '2026-05-01', to: '2026-10-31', interval: 'MONTH' },
    { from: '2026-01-01', to: '2026-12-31', interval: 'MONTH' },
    { from: '2026-05-01', to: '2026-10-31', interval: 'WEEK' },
    { from: '2024-01-01', to: '2026-12-31', interval: 'QUARTER' },
  ]) {
    for (const [name, question] of questions) expect([name, period, cost(question, { code: 'GM0307', period }) <= LIMITS.maxCost]).toEqual([name, period, true]);
  }
});

test('the dashboard asks each question one indicator at a time, within the limit up to three years by week', () => {
  const questions = Object.entries(dashboardQuestions()).filter(([, q]) => q.includes('PeriodInput'));
  const yearByWeek = { from: '2026-01-01', to: '2026-12-31', interval: 'WEEK' };
  // a year by week, asked whole, is over the limit for the main question: the reason the page asks per indicator
  expect(cost(questions.find(([name]) => name === 'INDICATORS')![1], { code: 'GM0307', period: yearByWeek })).toBeGreaterThan(LIMITS.maxCost);
  for (const [name, question] of questions) {
    // the names the page asks, one at a time (dashboard.js askEach): the default of the question's $names
    const names = /\$names: \[\w+!\]! = \[([^\]]*)\]/.exec(question)?.[1].split(',').map((n) => n.trim());
    expect([name, names?.length]).toEqual([name, expect.any(Number)]);
    for (const period of [yearByWeek, { from: '2024-01-01', to: '2026-12-31', interval: 'WEEK' }, { from: '2024-01-01', to: '2026-12-31', interval: 'MONTH' }]) {
      for (const one of names!) {
        const found = cost(question, { code: 'GM0307', period, names: [one] });
        expect([name, one, period, found <= LIMITS.maxCost]).toEqual([name, one, period, true]);
      }
    }
  }
});
