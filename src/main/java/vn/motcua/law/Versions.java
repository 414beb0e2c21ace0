package vn.motcua.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The versions of each rule, as configured under {@code app.rules} (README: the rules table). */
public final class Versions {

    private Versions() {
    }

    private static String strip(String source) {
        return source == null ? "" : source.strip();
    }

    /** A dossier received in person after this time of day is handed over (and counted) from the next working day. */
    public record HandoverCutoff(LocalDate effectiveFrom, LocalTime cutoff, String source) implements RuleVersion {
        public HandoverCutoff {
            source = strip(source);
        }

        public Map<String, Object> values() {
            return Map.of("cutoff", cutoff == null ? "" : cutoff.toString());
        }
    }

    /** The form set a dossier's papers are numbered and titled by. */
    public record Forms(LocalDate effectiveFrom, FormSet set, String source) implements RuleVersion {
        public Forms {
            source = strip(source);
        }

        public Map<String, Object> values() {
            return Map.of("set", set == null ? "" : set.name());
        }
    }

    /**
     * The apology before the due moment: how long before it the unit must issue it, how many new dates a dossier
     * may get, and whether the new date needs the approval of the competent person (form 04 of Circular 03/2025
     * asks for the extension) and of which group (by agency code; an agency without one: its leaders' group).
     */
    public record Apology(LocalDate effectiveFrom, BigDecimal workingDaysBefore, Integer times, boolean approval,
                          Map<String, String> approverGroups, String source) implements RuleVersion {
        public Apology {
            source = strip(source);
            approverGroups = approverGroups == null ? Map.of() : Map.copyOf(approverGroups);
        }

        public Map<String, Object> values() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("workingDaysBefore", workingDaysBefore);
            values.put("times", times);
            values.put("approval", approval);
            values.put("approverGroups", approverGroups);
            return values;
        }
    }

    /** The supplement requested after appraisal: within how many working days of receipt, and how the clock goes on. */
    public record Supplement(LocalDate effectiveFrom, Integer withinWorkingDays, Restart restart, String source)
            implements RuleVersion {
        public Supplement {
            source = strip(source);
        }

        public Map<String, Object> values() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("withinWorkingDays", withinWorkingDays);
            values.put("restart", restart == null ? "" : restart.name());
            return values;
        }
    }

    /** How the statutory time goes on once the supplement is in. */
    public enum Restart {
        /** Counted again from zero, with a new promised moment and a new receipt. */
        FROM_ZERO
    }

    /** A dossier whose supplement never comes closes as abandoned after this many working days. */
    public record Abandonment(LocalDate effectiveFrom, BigDecimal afterWorkingDays, String source) implements RuleVersion {
        public Abandonment {
            source = strip(source);
        }

        public Map<String, Object> values() {
            return Map.of("afterWorkingDays", afterWorkingDays == null ? "" : afterWorkingDays);
        }
    }
}
