package vn.motcua.calendar;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the working-day calendar ({@code app.calendar}).
 *
 * @param location        where the yearly {@code holidays-<year>.yaml} files are read from
 * @param officeHours     default office hours, as {@code HH:mm-HH:mm} intervals
 * @param agencies        office hours per agency code, where they differ from the default
 * @param refreshInterval how long a node trusts its copy of the administrators' calendar entries
 *                        before reading them again (other nodes may have changed them)
 */
@ConfigurationProperties("app.calendar")
public record CalendarProperties(
        @DefaultValue("classpath:processes/calendar/") String location,
        @DefaultValue({"07:30-11:30", "13:00-17:00"}) List<String> officeHours,
        Map<String, List<String>> agencies,
        @DefaultValue("1m") Duration refreshInterval) {

    public CalendarProperties {
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
    }
}
