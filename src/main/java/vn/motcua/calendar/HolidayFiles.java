package vn.motcua.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the shipped calendar data: one {@code holidays-<year>.yaml} per year under processes/calendar.
 * A broken file stops the start-up with a message that names it: a deadline must never rest on a
 * half-read calendar.
 */
final class HolidayFiles {

    private static final Pattern FILE_NAME = Pattern.compile("holidays-(\\d{4})\\.ya?ml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record YearFile(int year, String legalSource, List<DayEntry> days) {
    }

    record DayEntry(LocalDate date, DayKind kind, String reason, String legalSource, Boolean confirmed) {
    }

    record Loaded(List<SpecialDay> days, Set<Integer> years) {
    }

    private HolidayFiles() {
    }

    static Loaded load(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(base + "holidays-*.y*ml");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list calendar files at " + base, e);
        }
        List<SpecialDay> days = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (Resource resource : resources) {
            Matcher name = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
            if (!name.matches()) {
                continue;
            }
            int year = Integer.parseInt(name.group(1));
            YearFile file = read(resource);
            validate(resource.getFilename(), year, file);
            if (!years.add(year)) {
                throw new IllegalStateException("Calendar year " + year + " is defined by two files");
            }
            for (DayEntry entry : file.days()) {
                days.add(new SpecialDay(entry.date(), entry.kind(), entry.reason(),
                        entry.legalSource() != null ? entry.legalSource() : file.legalSource(),
                        entry.confirmed() == null || entry.confirmed(), SpecialDay.ORIGIN_FILE));
            }
        }
        return new Loaded(days, years);
    }

    private static YearFile read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return YAML.readValue(in, YearFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("Calendar file " + resource.getFilename() + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static void validate(String fileName, int year, YearFile file) {
        if (file == null || file.year() != year || file.days() == null) {
            throw new IllegalStateException("Calendar file " + fileName + " must declare year: " + year
                    + " and a list of days");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (DayEntry entry : file.days()) {
            if (entry.date() == null || entry.kind() == null || entry.reason() == null || entry.reason().isBlank()) {
                throw new IllegalStateException("Calendar file " + fileName
                        + ": every day needs a date, a kind and a reason (" + entry + ")");
            }
            if (entry.date().getYear() != year) {
                throw new IllegalStateException("Calendar file " + fileName + ": " + entry.date()
                        + " is not in " + year);
            }
            if (!seen.add(entry.date())) {
                throw new IllegalStateException("Calendar file " + fileName + ": " + entry.date()
                        + " is listed twice");
            }
        }
    }
}
