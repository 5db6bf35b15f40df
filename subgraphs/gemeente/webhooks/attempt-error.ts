// Why a try got no answer, as the delivery log tells the endpoint's organisation: a short kind, never the
// network's own message (that names the address connected to, the address a host resolved to, or OpenSSL's
// internals) and never a stack.
import { OutboundUrlError } from '../../kit/outbound-http';

/** A try whose need-to-know check was not answered: nothing sent (never shown to the endpoint's organisation). */
export const UNANSWERED_CHECK = 'need-to-know check unanswered';

const TLS = /^(EPROTO|ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;

const KINDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection closed without an answer',
  EPIPE: 'connection closed without an answer',
  ETIMEDOUT: 'timed out',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'host unreachable',
};

export function attemptError(error: unknown): string {
  if (error instanceof OutboundUrlError) {
    // its message names the endpoint's own host, and for a refused address that address too: not shown
    return /not on the public internet/.test(error.message) ? 'the host is not on the public internet' : error.message;
  }
  const { name, code } = (error ?? {}) as { name?: string; code?: unknown };
  if (name === 'AbortError' || name === 'TimeoutError') return 'timed out';
  if (typeof code !== 'string') return 'no answer';
  if (TLS.test(code)) return 'TLS';
  if (code.startsWith('HPE_')) return 'not an HTTP answer';
  return KINDS[code] ?? 'no answer';
}
