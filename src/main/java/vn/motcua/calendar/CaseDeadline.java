package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The statutory deadline of a dossier.
 *
 * @param countedAsReceivedOn the working day the dossier counts as received on (the 15:00 rule)
 * @param countedDays         the working days counted, the last one is the due day
 * @param provisional         true when a day used rests on missing or unconfirmed calendar data
 */
public record CaseDeadline(ZonedDateTime dueAt, LocalDate countedAsReceivedOn, List<LocalDate> countedDays,
                           boolean provisional) {
}
