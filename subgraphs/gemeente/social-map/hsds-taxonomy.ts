// The kaart's taxonomies in HSDS: themes (thema's) and target groups (doelgroepen), the values of the Theme
// and TargetGroup enums of schema/shared.graphql with their Dutch names, and the capaciteit taxonomy of
// hsds-contact.ts. A service carries one attribute per theme and target group, so ?taxonomy_term_id= and
// ?taxonomy_id= filter on them and an import reads them back.
import { enumValuesOf } from '../../kit/sdl';
import { hsdsTermId } from '../../kit/social-map/hsds-id';
import { CAPACITY_TAXONOMY, CAPACITY_TERMS } from './hsds-contact';
import type { HsdsIdOf } from './hsds-contact';

interface Taxonomy {
  id: string;
  name: string;
  description: string;
  uri: string;
}
export interface TaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: 'nl';
  /** Which social_map_item column the term is a value of (null: the capacity terms, not a filter on a column). */
  column: 'themes' | 'target_groups' | null;
}

const TAXONOMIES = [
  { key: 'thema', enumName: 'Theme', column: 'themes', name: "Thema's van de sociale kaart", description: 'Waar een activiteit of dienst over gaat' },
  { key: 'doelgroep', enumName: 'TargetGroup', column: 'target_groups', name: 'Doelgroepen van de sociale kaart', description: 'Voor wie een activiteit of dienst bedoeld is' },
] as const;

export function hsdsTaxonomies(id: HsdsIdOf): { taxonomies: Taxonomy[]; terms: TaxonomyTerm[] } {
  const taxonomies: Taxonomy[] = [];
  const terms: TaxonomyTerm[] = [];
  for (const t of TAXONOMIES) {
    const uri = `https://samenspel.nl/taxonomie/${t.key}`;
    const taxonomyId = id(`taxonomy:${t.key}`);
    taxonomies.push({ id: taxonomyId, name: t.name, description: t.description, uri });
    for (const value of enumValuesOf('gemeente', t.enumName).map((v) => ({ code: v.name, name: v.description }))) {
      terms.push({ id: hsdsTermId(t.key, value.code), code: value.code, name: value.name, description: `${t.name}: ${value.name}`, taxonomy: uri, taxonomy_id: taxonomyId, language: 'nl', column: t.column });
    }
  }
  const capacityId = id('taxonomy:capaciteit');
  taxonomies.push({ id: capacityId, name: 'Capaciteit', description: 'Of een dienst nieuwe cliënten aanneemt, en de wachttijd', uri: CAPACITY_TAXONOMY });
  for (const term of CAPACITY_TERMS) terms.push({ ...term, id: hsdsTermId('capacity', term.code), taxonomy: CAPACITY_TAXONOMY, taxonomy_id: capacityId, language: 'nl', column: null });
  return { taxonomies, terms };
}

/** A term as HSDS writes it (without our column). */
export const hsdsTerm = ({ column: _column, ...term }: TaxonomyTerm) => term;
