package vn.motcua.organisation;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One unit of the province's organisation, valid from one day to another (both included; null: open).
 *
 * @param code      its code: an agency code (mã cơ quan, e.g. {@code 000.31.20.H42}) for the province, a
 *                  department, a commune or a former district; any unique code for an office or a desk
 * @param parent    the code of the unit it belongs to; null for the province only
 * @param groups    the Camunda groups that work for it, by their role in the unit: {@code desk} (a desk's
 *                  clerks), {@code lanh-dao} (its leaders), or an office's key ({@code kinh-te},
 *                  {@code kinh-te-lanh-dao}, ...), which a procedure model names to reach the group of the
 *                  commune that decides its dossier
 */
public record Unit(String code, String name, UnitKind kind, String parent, LocalDate validFrom, LocalDate validTo,
                   Map<String, String> groups) {

    public Unit {
        groups = groups == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(groups));
    }

    /** Whether the unit existed on the day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** The group of a role in the unit, null if it has none. */
    public String group(String role) {
        return groups.get(role);
    }
}
