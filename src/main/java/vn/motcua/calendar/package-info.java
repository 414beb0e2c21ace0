/**
 * Working days, office hours, holidays and deadlines (README: 'The working-day calendar'), and the engine's
 * business calendar.
 */
package vn.motcua.calendar;
