/**
 * Step and dossier timing records, and the early / on-time / late judgement (DOMAIN.md §4–5).
 */
package vn.motcua.measurement;
