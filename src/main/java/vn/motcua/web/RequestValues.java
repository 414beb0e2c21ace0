package vn.motcua.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import vn.motcua.calendar.VietnamTime;

/**
 * Parsing of request parameters into values, with errors that name the parameter. Every date and moment
 * of the API lies between {@link #EARLIEST} and {@link #LATEST}: nothing Motcua records happened before
 * 2000 or is due after 2100, and a year like +999999999 made the calendar overflow or loop (500s).
 */
final class RequestValues {

    static final DateTimeFormatter MOMENT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    static final LocalDate EARLIEST = VietnamTime.FIRST_DAY;
    static final LocalDate LATEST = VietnamTime.LAST_DAY;
    /**
     * The longest period a report, an export or a working-time question may span: five years covers any
     * dossier and any review period (a management review covers at most two), and keeps every answer a
     * few thousand days of work at most.
     */
    static final int MAX_PERIOD_YEARS = 5;

    /** How much of a wrong value an error message repeats back. */
    private static final int ECHO = 40;

    /** A '+' of an offset that reached us unencoded in a query string arrives as a space. */
    private static final Pattern UNENCODED_PLUS = Pattern.compile(" (\\d{2}:?\\d{2})$");

    /** What a missing field or parameter is told. */
    static final String REQUIRED = "bắt buộc phải có";

    private RequestValues() {
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(name, REQUIRED);
        }
        return value.trim();
    }

    /**
     * An ISO-8601 moment: with an offset ({@code 2026-02-12T10:00:00+07:00}, {@code ...Z}) it is that
     * instant; without one ({@code 2026-02-12T10:00}) it is Vietnamese local time.
     */
    static ZonedDateTime moment(String name, String value) {
        String text = required(name, value);
        if (text.length() > 64) {
            throw new InvalidRequestException(name, "không phải thời điểm theo ISO-8601, ví dụ 2026-02-12T10:00:00+07:00");
        }
        text = UNENCODED_PLUS.matcher(text).replaceFirst("+$1");
        ZonedDateTime moment;
        try {
            moment = OffsetDateTime.parse(text).atZoneSameInstant(VietnamTime.ZONE);
        } catch (java.time.DateTimeException withoutOffset) {
            try {
                moment = LocalDateTime.parse(text).atZone(VietnamTime.ZONE);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(name, echo(value) + " không phải thời điểm theo ISO-8601, ví dụ "
                        + "2026-02-12T10:00:00+07:00 hoặc 2026-02-12T10:00");
            }
        }
        inRange(name, moment.toLocalDate());
        return moment;
    }

    static ZonedDateTime optionalMoment(String name, String value) {
        return value == null || value.isBlank() ? null : moment(name, value);
    }

    static LocalDate date(String name, String value) {
        String text = required(name, value);
        LocalDate date;
        try {
            date = text.length() > 32 ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw new InvalidRequestException(name, echo(value) + " không phải ngày dạng YYYY-MM-DD");
        }
        return inRange(name, date);
    }

    /** Refuses a date outside {@link #EARLIEST}..{@link #LATEST}, naming the parameter. */
    static LocalDate inRange(String name, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidRequestException(name, "phải trong khoảng từ " + EARLIEST + " đến " + LATEST);
        }
        return date;
    }

    /**
     * Adds the problems of a period: {@code to} not before {@code from}, and at most
     * {@link #MAX_PERIOD_YEARS} years long. Either end may be null (already reported).
     */
    static void period(java.util.List<InvalidRequestException.FieldProblem> problems, String fromName, LocalDate from,
                       String toName, LocalDate to) {
        if (from == null || to == null) {
            return;
        }
        if (to.isBefore(from)) {
            problems.add(new InvalidRequestException.FieldProblem(toName, "không được trước " + fromName));
        } else if (to.isAfter(from.plusYears(MAX_PERIOD_YEARS))) {
            problems.add(new InvalidRequestException.FieldProblem(toName,
                    "tối đa " + MAX_PERIOD_YEARS + " năm sau " + fromName));
        }
    }

    /** A wrong value quoted back, cut short: an error message is no place to mirror a megabyte. */
    static String echo(String value) {
        if (value == null) {
            return "''";
        }
        return value.length() <= ECHO ? "'" + value + "'" : "'" + value.substring(0, ECHO) + "…' (" + value.length()
                + " characters)";
    }

    /** The date, or null with the problem added to those of the request. */
    static LocalDate date(java.util.List<InvalidRequestException.FieldProblem> problems, String name, String value) {
        try {
            return date(name, value);
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    static int wholeNumber(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(required(name, value));
            if (number < min || number > max) {
                throw new InvalidRequestException(name, "phải trong khoảng từ " + min + " đến " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, echo(value) + " không phải số nguyên");
        }
    }

    static BigDecimal decimal(String name, String value, BigDecimal min, BigDecimal max) {
        try {
            String text = required(name, value);
            if (text.length() > 32) {
                throw new NumberFormatException();
            }
            BigDecimal number = new BigDecimal(text);
            if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                throw new InvalidRequestException(name, "phải trong khoảng từ " + min + " đến " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, echo(value) + " không phải số");
        }
    }

    static String format(ZonedDateTime moment) {
        return moment.withZoneSameInstant(VietnamTime.ZONE).format(MOMENT);
    }
}
