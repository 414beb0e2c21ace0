package vn.motcua.calendar;

import java.math.BigDecimal;
import java.time.Duration;

/** Working time between two moments, in hours and in working days of the agency's office hours. */
public record WorkingTime(Duration duration, BigDecimal workingDays, boolean provisional) {
}
