package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The office hours of an agency on a working day, as ordered, non-overlapping intervals.
 * The default is 07:30–11:30 and 13:00–17:00: 8 working hours make one working day.
 */
public record OfficeHours(List<Interval> intervals) {

    public static final OfficeHours DEFAULT = parse(List.of("07:30-11:30", "13:00-17:00"));

    public record Interval(LocalTime start, LocalTime end) {
        public Duration length() {
            return Duration.between(start, end);
        }
    }

    public OfficeHours {
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("office hours need at least one interval");
        }
        for (int i = 0; i < intervals.size(); i++) {
            Interval interval = intervals.get(i);
            if (!interval.start().isBefore(interval.end())) {
                throw new IllegalArgumentException("office interval " + interval + " ends before it starts");
            }
            if (i > 0 && interval.start().isBefore(intervals.get(i - 1).end())) {
                throw new IllegalArgumentException("office intervals must be ordered and must not overlap");
            }
        }
        intervals = List.copyOf(intervals);
    }

    /** Parses intervals written as {@code HH:mm-HH:mm}. */
    public static OfficeHours parse(List<String> texts) {
        List<Interval> intervals = new ArrayList<>();
        for (String text : texts) {
            String[] parts = text.trim().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("office interval '" + text + "' is not HH:mm-HH:mm");
            }
            try {
                intervals.add(new Interval(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("office interval '" + text + "' is not HH:mm-HH:mm", e);
            }
        }
        return new OfficeHours(intervals);
    }

    /** The working time of one full working day. */
    public Duration workingDay() {
        return intervals.stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The end of office hours: the due moment of the last counted day. */
    public LocalTime close() {
        return intervals.get(intervals.size() - 1).end();
    }

    /** Whether the time of day lies inside office hours, both ends included (17:00 is the close, a due moment). */
    public boolean contains(LocalTime time) {
        return intervals.stream().anyMatch(interval -> !time.isBefore(interval.start()) && !time.isAfter(interval.end()));
    }

    /** Working time on a working day between two local times of that day. */
    Duration workingTimeBetween(LocalTime from, LocalTime to) {
        Duration total = Duration.ZERO;
        for (Interval interval : intervals) {
            LocalTime start = from.isAfter(interval.start()) ? from : interval.start();
            LocalTime end = to.isBefore(interval.end()) ? to : interval.end();
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }
}
