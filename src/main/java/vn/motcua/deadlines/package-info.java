/**
 * Deadlines enforced: step and dossier due dates, warnings and escalations on the engine's job
 * executor, the clock restart after a supplement, the apology with a new date, agencies' shares.
 */
package vn.motcua.deadlines;
