package vn.motcua.calendar;

import java.time.ZonedDateTime;

/**
 * The deadline of one step of an internal procedure.
 *
 * @param cappedByCaseDeadline true when the allocation would have ended after the dossier's own deadline
 */
public record StepDeadline(ZonedDateTime dueAt, boolean cappedByCaseDeadline, boolean provisional) {
}
