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

/** Parsing of request parameters into values, with errors that name the parameter. */
final class RequestValues {

    static final DateTimeFormatter MOMENT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** A '+' of an offset that reached us unencoded in a query string arrives as a space. */
    private static final Pattern UNENCODED_PLUS = Pattern.compile(" (\\d{2}:?\\d{2})$");

    private RequestValues() {
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(name, "is required");
        }
        return value.trim();
    }

    /**
     * An ISO-8601 moment: with an offset ({@code 2026-02-12T10:00:00+07:00}, {@code ...Z}) it is that
     * instant; without one ({@code 2026-02-12T10:00}) it is Vietnamese local time.
     */
    static ZonedDateTime moment(String name, String value) {
        String text = UNENCODED_PLUS.matcher(required(name, value)).replaceFirst("+$1");
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(VietnamTime.ZONE);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(VietnamTime.ZONE);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(name, "'" + value + "' is not an ISO-8601 date-time, e.g. "
                        + "2026-02-12T10:00:00+07:00 or 2026-02-12T10:00");
            }
        }
    }

    static ZonedDateTime optionalMoment(String name, String value) {
        return value == null || value.isBlank() ? null : moment(name, value);
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(required(name, value));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, "'" + value + "' is not a date of the form YYYY-MM-DD");
        }
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
                throw new InvalidRequestException(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "'" + value + "' is not a whole number");
        }
    }

    static BigDecimal decimal(String name, String value, BigDecimal min, BigDecimal max) {
        try {
            BigDecimal number = new BigDecimal(required(name, value));
            if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                throw new InvalidRequestException(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "'" + value + "' is not a number");
        }
    }

    static String format(ZonedDateTime moment) {
        return moment.withZoneSameInstant(VietnamTime.ZONE).format(MOMENT);
    }
}
