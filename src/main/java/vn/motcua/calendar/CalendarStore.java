package vn.motcua.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar entries administrators made through the API: they outlive restarts and override the files. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SpecialDay> days() {
        return jdbc.sql("select day_date, kind, reason, legal_source, confirmed from motcua_calendar_day")
                .query((rs, row) -> new SpecialDay(rs.getDate("day_date").toLocalDate(),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("reason"),
                        rs.getString("legal_source"), rs.getBoolean("confirmed"), SpecialDay.ORIGIN_ADMIN))
                .list();
    }

    Set<Integer> years() {
        return new HashSet<>(jdbc.sql("select calendar_year from motcua_calendar_year")
                .query(Integer.class).list());
    }

    void replaceYear(int year, String legalSource, List<SpecialDay> days, String user, Instant now) {
        jdbc.sql("delete from motcua_calendar_day where day_date between :first and :last")
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .update();
        jdbc.sql("delete from motcua_calendar_year where calendar_year = :year").param("year", year).update();
        jdbc.sql("""
                        insert into motcua_calendar_year (calendar_year, legal_source, updated_by, updated_at)
                        values (:year, :legalSource, :user, :now)""")
                .param("year", year)
                .param("legalSource", legalSource)
                .param("user", user)
                .param("now", Timestamp.from(now))
                .update();
        days.forEach(day -> insertDay(day, user, now));
    }

    /** Adds or replaces one day; returns true when a day of that date existed before. */
    boolean putDay(SpecialDay day, String user, Instant now) {
        boolean existed = deleteDay(day.date());
        insertDay(day, user, now);
        return existed;
    }

    boolean deleteDay(LocalDate date) {
        return jdbc.sql("delete from motcua_calendar_day where day_date = :date").param("date", date).update() > 0;
    }

    private void insertDay(SpecialDay day, String user, Instant now) {
        jdbc.sql("""
                        insert into motcua_calendar_day
                            (day_date, kind, reason, legal_source, confirmed, created_by, created_at)
                        values (:date, :kind, :reason, :legalSource, :confirmed, :user, :now)""")
                .param("date", day.date())
                .param("kind", day.kind().name())
                .param("reason", day.reason())
                .param("legalSource", day.legalSource())
                .param("confirmed", day.confirmed())
                .param("user", user)
                .param("now", Timestamp.from(now))
                .update();
    }
}
