/**
 * Authentication of every REST path against the engine's identity service (HTTP Basic sent pre-emptively,
 * throttled per client and user), refusal of cross-site writes and of the Camunda endpoints Motcua closes,
 * with JSON problem details for 401, 403 and 429.
 */
package vn.motcua.security;
