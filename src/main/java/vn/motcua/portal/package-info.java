/**
 * The state of every dossier published for the National Public Service Portal: each change written to an outbox
 * in its own transaction and sent over HTTP, in order per dossier, with retries and idempotency keys.
 */
package vn.motcua.portal;
