// The hub's public GraphQL API as the dashboard uses it: the analyst's token is kept in this tab's
// sessionStorage (never in the address, so not in the browser history or a shared link), and what goes
// wrong is told in Dutch.

const TOKEN_KEY = 'samenspel-token';

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY) || '',
  set: (value) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** The token was refused: the page asks to sign in again. */
export class SignInError extends Error {}

/** A refusal of the whole question, in Dutch. */
export class QuestionError extends Error {}

const DUTCH = {
  COST_LIMIT_EXCEEDED: 'Deze vraag is te groot: kies een kortere periode of een grovere indeling (per maand, kwartaal of jaar).',
  GRAPHQL_VALIDATION_FAILED: 'De vraag werd niet begrepen.',
  INTERNAL_SERVER_ERROR: 'Er ging iets mis bij de hub. Probeer het later opnieuw.',
};

/** Sends a question; a refused token throws SignInError, a refused question QuestionError. */
export async function ask(query, variables) {
  const bearer = token.get();
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: 'Bearer ' + bearer } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new QuestionError('De hub is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new QuestionError(`De hub gaf een onleesbaar antwoord (HTTP ${response.status}).`);
  }
  const errors = body.errors || [];
  if (response.status === 401 || errors.some((e) => e.extensions && e.extensions.code === 'UNAUTHENTICATED' && !(e.path && e.path.length))) {
    throw new SignInError('Het token wordt niet geaccepteerd: het is ongeldig of verlopen. Vraag een nieuw token aan en meld u opnieuw aan.');
  }
  if (!body.data) {
    const error = errors[0] || {};
    const code = error.extensions && error.extensions.code;
    throw new QuestionError(questionMessage(error) || DUTCH[code] || 'De vraag werd geweigerd.');
  }
  return { data: body.data, errors };
}

/** A refusal of the period, in Dutch (the API's own messages are English). */
function questionMessage(error) {
  const field = error.extensions && error.extensions.field;
  if (field === 'period.interval') return 'Dit gebied heeft te weinig inwoners om zo fijn in te delen: kies per kwartaal of per jaar.';
  if (field === 'period.from' || field === 'period.to') return 'De periode moet op hele weken, maanden, kwartalen of jaren vallen.';
  return null;
}

/**
 * Why a field of the answer is missing: 'UNAVAILABLE' (the partner is down), 'FORBIDDEN' (not with this token),
 * or null when it came.
 */
export function missing(errors, alias) {
  const error = errors.find((e) => Array.isArray(e.path) && e.path.includes(alias));
  if (!error) return null;
  const code = error.extensions && error.extensions.code;
  if (code === 'SUBGRAPH_UNAVAILABLE') return 'UNAVAILABLE';
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return 'FORBIDDEN';
  return 'UNAVAILABLE';
}
