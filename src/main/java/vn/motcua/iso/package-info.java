/**
 * The ISO 9001 quality management system, one sub-package per QMS process (nonconformity, audit, review,
 * documentcontrol, legal, risk, records, objectives, feedback, overview); here only what they share: the
 * settings, the names printed instead of ids, the checks of an action plan, the printed forms' common parts
 * and the kinds of records kept.
 */
package vn.motcua.iso;
