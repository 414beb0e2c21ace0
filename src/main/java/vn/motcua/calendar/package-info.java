/**
 * Working days, office hours, holidays and deadlines (DOMAIN.md §4), and the engine's business calendar.
 */
package vn.motcua.calendar;
