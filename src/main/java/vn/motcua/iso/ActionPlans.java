package vn.motcua.iso;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.Privileged;

/**
 * The checks every QMS action plan passes before it is followed up (corrective actions, management
 * review decisions, risk treatment): the owner is a user of the system and the deadline is not past.
 * A failed check leaves the task open with a message in Vietnamese saying what to fix.
 */
public final class ActionPlans {

    private ActionPlans() {
    }

    /** The owner's user id, trimmed; refused unless such a user exists. */
    public static String owner(ProcessEngine engine, Object value) {
        String owner = value instanceof String text ? text.trim() : "";
        if (owner.isEmpty() || Privileged.call(engine, () -> engine.getIdentityService().createUserQuery().userId(owner).count()) == 0) {
            throw new BadUserRequestException("Người chịu trách nhiệm \"" + owner + "\" không phải người dùng của hệ thống");
        }
        return owner;
    }

    /**
     * The owner's user id, refused unless such a user exists and, for a plan of an agency's record (its instance's
     * tenant, null for the installation's), belongs to that agency: the engine would hide the owner's task from anyone
     * else (README: 'Agencies and who sees them').
     */
    public static String owner(ProcessEngine engine, Object value, String agencyCode) {
        String owner = owner(engine, value);
        if (agencyCode != null && Privileged.call(engine, () -> engine.getIdentityService().createTenantQuery()
                .userMember(owner).tenantId(agencyCode).count()) == 0) {
            throw new BadUserRequestException("Người chịu trách nhiệm \"" + owner + "\" không thuộc cơ quan " + agencyCode
                    + " của hồ sơ chất lượng này");
        }
        return owner;
    }

    /** The deadline as a day in Vietnam; refused when missing or before today. */
    public static LocalDate deadline(Object value, Clock clock, String what) {
        if (value instanceof Date date) {
            return notPast(date.toInstant().atZone(VietnamTime.ZONE).toLocalDate(), clock, what);
        }
        // a Camunda Form's date field submits the day as text, "2026-08-07"
        if (value instanceof String text && text.strip().length() >= 10) {
            try {
                return notPast(LocalDate.parse(text.strip().substring(0, 10)), clock, what);
            } catch (java.time.format.DateTimeParseException e) {
                throw new BadUserRequestException(capitalized(what) + " không hợp lệ: nhập ngày dạng dd/mm/yyyy");
            }
        }
        throw new BadUserRequestException("Phải ghi " + what);
    }

    public static LocalDate notPast(LocalDate day, Clock clock, String what) {
        if (day.isBefore(LocalDate.now(clock.withZone(VietnamTime.ZONE)))) {
            throw new BadUserRequestException(capitalized(what) + " " + VietnamTime.DAY.format(day) + " đã qua");
        }
        if (day.isAfter(VietnamTime.LAST_DAY)) {
            throw new BadUserRequestException(capitalized(what) + " " + VietnamTime.DAY.format(day) + " quá xa: muộn nhất "
                    + VietnamTime.DAY.format(VietnamTime.LAST_DAY));
        }
        return day;
    }

    /** The day as the engine keeps a date form field: its start, in Vietnam. */
    public static Date asDate(LocalDate day) {
        return Date.from(day.atStartOfDay(VietnamTime.ZONE).toInstant());
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
