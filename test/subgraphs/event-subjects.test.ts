// Every type a subgraph records events about is named in its event-subjects.ts, so its events can reach
// the organisations that may read it (an unnamed type would be answered "no" for everyone, silently), and
// each of them has the one policy that says who may (kit/events/audience.ts refuses to start without).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { eventAudience, type EventSubjects } from '../../subgraphs/kit/events/audience';
import type { PersonalDataPolicy } from '../../subgraphs/kit/access/personal-data';
import { PARTNERS, subgraphConfig, type Partner } from '../../platform/config';
import { SUBGRAPHS } from '../../hub/hub';

const ROOT = path.join(__dirname, '..', '..', 'subgraphs');

function sourcesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === 'generated' || name === 'node_modules') return [];
    if (statSync(file).isDirectory()) return sourcesOf(file);
    return name.endsWith('.ts') ? [file] : [];
  });
}

/** The subject types named (`{ type: 'X', id … }`) in the files of `partner` that record events. */
function recordedSubjectTypes(partner: Partner): string[] {
  const types = sourcesOf(path.join(ROOT, partner))
    .map((file) => readFileSync(file, 'utf8'))
    .filter((source) => source.includes('recordEvent('))
    .flatMap((source) => [...source.matchAll(/\{ type: '([A-Z]\w*)', id\b/g)].map((m) => m[1]));
  return [...new Set(types)].sort();
}

const policiesOf = (partner: Partner): PersonalDataPolicy[] => {
  const { policies } = SUBGRAPHS[partner];
  return typeof policies === 'function' ? policies(subgraphConfig(partner, process.env, { databaseRequired: false })) : policies;
};

test.each(PARTNERS)('%s names every type it records events about, and each has its policy', (partner) => {
  const subjects: EventSubjects = SUBGRAPHS[partner].eventSubjects;
  expect(Object.keys(subjects).sort()).toEqual(recordedSubjectTypes(partner));
  const declared = policiesOf(partner).map((p) => p.type);
  expect(Object.keys(subjects).filter((type) => !declared.includes(type))).toEqual([]);
});

test('the scan finds the subjects it should (it would notice a new one)', () => {
  expect(recordedSubjectTypes('welzijn')).toEqual(['HelpRequest', 'Match']);
  expect(recordedSubjectTypes('zorg')).toEqual(['Referral']);
});

test('a subgraph with events about a type without a policy does not start', () => {
  const lookup = async () => [];
  expect(() => eventAudience(null as never, { Undeclared: class Undeclared {} }, policiesOf('zorg'), lookup)).toThrow(/events about Undeclared, but no personal-data policy/);
});
