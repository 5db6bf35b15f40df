// gemeente's own settings; the municipality's registry entry is a platform setting, since every subgraph
// needs it (its data-protection officer acts hub-wide).
export { municipalityOrganisationId } from '../../platform/config';
