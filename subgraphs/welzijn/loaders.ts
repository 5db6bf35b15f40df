// One DataLoader per entity and per list field, created per request (see kit/context.ts). Lists of
// hulpvragen keep to the caller's own organisation (others' records are reached by reference, with consent).
import { byKeyLoader, groupLoader, pagedListLoader } from '../kit/loaders';
import type { Database } from '../kit/database';
import { processingLogLoader } from '../kit/access/inzage';
import type { Caller } from '../../platform/caller';
import type { PageArgs } from '../kit/pagination';
import DataLoader from 'dataloader';
import { Cascade, CascadeStep, HelpRequest, HelpRequestTransfer, HelpRequestTransition, Match, VacancyResponse, Volunteer, VolunteerVacancy } from './entities';
import { OPEN_MATCH_STATES } from './entities/match';
import { earlierHelpOffersLoader, volunteerCandidatesLoader } from './candidates';
import { listBounds } from './list-bounds';

type StatesArgs = PageArgs & { states?: readonly string[] | null };

export function createLoaders(db: Database, caller: Caller) {
  const matches = db.getRepository(Match);
  const matchById = byKeyLoader(matches);
  const helpRequests = db.getRepository(HelpRequest);
  const helpRequestById = byKeyLoader(helpRequests);
  return {
    processingLogOfPerson: processingLogLoader(db),
    helpRequestById,
    volunteerById: byKeyLoader(db.getRepository(Volunteer)),
    matchById,
    vacancyById: byKeyLoader(db.getRepository(VolunteerVacancy)),
    matchesOfHelpRequest: groupLoader(matches, 'helpRequestId', listBounds['HelpRequest.matches']),
    helpRequestsOfPerson: groupLoader(helpRequests, 'requesterId', listBounds['Person.welzijnInvolvement']),
    transitionsOfHelpRequest: groupLoader(db.getRepository(HelpRequestTransition), 'helpRequestId', listBounds['HelpRequest.transitions']),
    transfersOfHelpRequest: groupLoader(db.getRepository(HelpRequestTransfer), 'helpRequestId', listBounds['HelpRequest.transfers'], 'at'),
    openMatchCountOfVolunteer: new DataLoader<string, number>(async (ids) => {
      const rows: { volunteer_id: string; open: number }[] = await db.query(
        'SELECT volunteer_id, count(*)::int AS open FROM match WHERE volunteer_id = ANY($1) AND status = ANY($2) GROUP BY volunteer_id',
        [ids, OPEN_MATCH_STATES],
      );
      const open = new Map(rows.map((row) => [row.volunteer_id, row.open]));
      return ids.map((id) => open.get(id) ?? 0);
    }),
    volunteerCandidates: volunteerCandidatesLoader(db, caller),
    // a hulpvraag's latest cascade, and a cascade's steps in the order they are asked
    latestCascadeOfHelpRequest: new DataLoader<string, Cascade | null>(async (ids) => {
      const rows = await db
        .getRepository(Cascade)
        .createQueryBuilder('c')
        .where('c.id IN (SELECT DISTINCT ON (l.help_request_id) l.id FROM cascade l WHERE l.help_request_id = ANY(:ids) ORDER BY l.help_request_id, l.started_at DESC, l.id DESC)', { ids: [...ids] })
        .getMany();
      return ids.map((id) => rows.find((row) => row.helpRequestId === id) ?? null);
    }),
    stepsOfCascade: groupLoader(db.getRepository(CascadeStep), 'cascadeId', listBounds['Cascade.steps'], 'position'),
    earlierHelpOffersOfHelpRequest: earlierHelpOffersLoader(db),
    // the lists of a volunteer's matches and of a vacancy's responses: the rows the caller's organisation holds
    matchesOfVolunteer: pagedListLoader(db, matchById, () => ({
      table: 'match',
      alias: 'm',
      group: { column: 'volunteer_id' },
      filter: '$2 IN (m.request_organisation_id, m.volunteer_organisation_id)',
      params: [caller.organisationId],
    })),
    responsesOfVacancy: pagedListLoader(db, byKeyLoader(db.getRepository(VacancyResponse)), () => ({
      table: 'vacancy_response',
      alias: 'r',
      group: { column: 'vacancy_id' },
      filter: '$2 IN (r.vacancy_organisation_id, r.recorded_by_organisation_id)',
      params: [caller.organisationId],
    })),
    helpRequestsInArea: pagedListLoader(db, helpRequestById, (args: StatesArgs) => ({
      table: 'help_request',
      alias: 'h',
      group: { area: 'inside' },
      filter: 'h.intake_organisation_id = $2 AND ($3::text[] IS NULL OR h.status = ANY($3))',
      params: [caller.organisationId, args.states ?? null],
    })),
    helpRequestsOfOrganisation: pagedListLoader(db, helpRequestById, (args: StatesArgs) => ({
      table: 'help_request',
      alias: 'h',
      group: { column: 'intake_organisation_id' },
      filter: 'h.intake_organisation_id = $2 AND ($3::text[] IS NULL OR h.status = ANY($3))',
      params: [caller.organisationId, args.states ?? null],
    })),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
