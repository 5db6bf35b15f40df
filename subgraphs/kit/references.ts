// Entity references: what a subgraph holds of an entity another subgraph owns (its key, nothing else).
// codegen maps the extended types to these, so a resolver can only return the key.
export interface AreaRef {
  code: string;
}
export interface OrganisationRef {
  id: string;
}
export interface PersonRef {
  id: string;
}
export interface VenueRef {
  id: string;
}
export interface HelpRequestRef {
  id: string;
}

export const areaRef = (code: string): AreaRef => ({ code });
export const organisationRef = (id: string): OrganisationRef => ({ id });
export const personRef = (id: string): PersonRef => ({ id });
export const venueRef = (id: string): VenueRef => ({ id });
