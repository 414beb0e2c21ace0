/**
 * Working days, office hours, holidays and deadlines (README: 'The working-day calendar'), the engine's
 * business calendar, and the one clock (Vietnam time) the application and the engine share.
 */
package vn.motcua.calendar;
