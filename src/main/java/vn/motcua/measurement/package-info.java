/**
 * Step and dossier timing records, and the early / on-time / late judgement (README: 'The working-day
 * calendar', 'Measuring on-time resolution').
 */
package vn.motcua.measurement;
