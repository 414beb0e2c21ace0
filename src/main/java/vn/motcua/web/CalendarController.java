package vn.motcua.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.CalendarService;
import vn.motcua.calendar.CalendarYear;
import vn.motcua.calendar.CaseDeadline;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.SpecialDay;
import vn.motcua.calendar.StepDeadline;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.security.EngineUser;
import vn.motcua.web.InvalidRequestException.FieldProblem;

/** The working-day calendar: deadlines for anyone signed in, changes for administrators. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private static final int MAX_STATUTORY_DAYS = 365;
    private static final BigDecimal MAX_STEP_DAYS = BigDecimal.valueOf(365);

    private final CalendarService calendar;
    private final CalendarAdministration administration;

    CalendarController(CalendarService calendar, CalendarAdministration administration) {
        this.calendar = calendar;
        this.administration = administration;
    }

    record DeadlineResponse(String dueAt, List<LocalDate> countedDays, boolean provisional,
                            LocalDate countedAsReceivedOn) {
    }

    record StepDeadlineResponse(String dueAt, boolean cappedByCaseDeadline, boolean provisional) {
    }

    record WorkingTimeResponse(double workingHours, BigDecimal workingDays, boolean provisional) {
    }

    record DayBody(String date, String kind, String reason, String legalSource, Boolean confirmed) {
    }

    record YearBody(String legalSource, List<DayBody> days) {
    }

    /** The statutory deadline of a dossier: N working days from its receipt (README: 'The working-day calendar'). */
    @GetMapping("/deadline")
    DeadlineResponse deadline(@RequestParam(required = false) String receivedAt,
                              @RequestParam(required = false) String workingDays,
                              @RequestParam(required = false) String agency) {
        List<FieldProblem> problems = new ArrayList<>();
        ZonedDateTime received = collect(problems, () -> RequestValues.moment("receivedAt", receivedAt));
        Integer days = collect(problems, () -> RequestValues.wholeNumber("workingDays", workingDays, 0,
                MAX_STATUTORY_DAYS));
        throwIfAny(problems);
        CaseDeadline deadline = calendar.caseDeadline(received, days, agency);
        return new DeadlineResponse(RequestValues.format(deadline.dueAt()), deadline.countedDays(),
                deadline.provisional(), deadline.countedAsReceivedOn());
    }

    /** The deadline of a step allocated a (fractional) number of working days from its start. */
    @GetMapping("/step-deadline")
    StepDeadlineResponse stepDeadline(@RequestParam(required = false) String startAt,
                                      @RequestParam(required = false) String workingDays,
                                      @RequestParam(required = false) String agency,
                                      @RequestParam(required = false) String notAfter) {
        List<FieldProblem> problems = new ArrayList<>();
        ZonedDateTime start = collect(problems, () -> RequestValues.moment("startAt", startAt));
        BigDecimal days = collect(problems, () -> RequestValues.decimal("workingDays", workingDays, BigDecimal.ZERO,
                MAX_STEP_DAYS));
        ZonedDateTime cap = collect(problems, () -> RequestValues.optionalMoment("notAfter", notAfter));
        throwIfAny(problems);
        StepDeadline deadline = calendar.stepDeadline(start, days, agency, cap);
        return new StepDeadlineResponse(RequestValues.format(deadline.dueAt()), deadline.cappedByCaseDeadline(),
                deadline.provisional());
    }

    /** Working time between two moments, in hours and in working days. */
    @GetMapping("/working-time")
    WorkingTimeResponse workingTime(@RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String agency) {
        List<FieldProblem> problems = new ArrayList<>();
        ZonedDateTime start = collect(problems, () -> RequestValues.moment("from", from));
        ZonedDateTime end = collect(problems, () -> RequestValues.moment("to", to));
        if (start != null && end != null) {
            RequestValues.period(problems, "from", start.toLocalDate(), "to", end.toLocalDate());
            if (problems.isEmpty() && end.isBefore(start)) {
                problems.add(new FieldProblem("to", "không được trước from"));
            }
        }
        throwIfAny(problems);
        WorkingTime time = calendar.workingTime(start, end, agency);
        return new WorkingTimeResponse(time.duration().toMinutes() / 60.0, time.workingDays(), time.provisional());
    }

    @GetMapping("/{year:\\d{4}}")
    CalendarYear year(@PathVariable int year) {
        return administration.year(apiYear(year));
    }

    /** Sets the non-standard days of a whole year (administrators). */
    @PutMapping("/{year:\\d{4}}")
    CalendarYear putYear(@PathVariable int year, @RequestBody YearBody body, @AuthenticationPrincipal EngineUser user) {
        apiYear(year);
        if (body == null || body.days() == null) {
            throw new InvalidRequestException("days", "bắt buộc phải có (danh sách trống cũng được)");
        }
        if (body.days().size() > 366) {
            throw new InvalidRequestException("days", "một năm có tối đa 366 ngày");
        }
        List<FieldProblem> problems = new ArrayList<>();
        FieldLimits.check(problems, "legalSource", body.legalSource(), FieldLimits.CALENDAR_LEGAL_SOURCE);
        List<SpecialDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < body.days().size(); i++) {
            String prefix = "days[" + i + "].";
            DayBody entry = body.days().get(i);
            if (entry == null) {
                problems.add(new FieldProblem("days[" + i + "]", "không được để trống"));
                continue;
            }
            SpecialDay day = toDay(prefix, entry.date(), entry, problems);
            if (day == null) {
                continue;
            }
            if (day.date().getYear() != year) {
                problems.add(new FieldProblem(prefix + "date", day.date() + " không thuộc năm " + year));
            } else if (!seen.add(day.date())) {
                problems.add(new FieldProblem(prefix + "date", day.date() + " được ghi hai lần"));
            }
            days.add(day);
        }
        throwIfAny(problems);
        administration.replaceYear(year, body.legalSource(), days, user.id());
        return administration.year(year);
    }

    /** Adds or replaces one day, e.g. a closure for a storm (administrators). */
    @PutMapping("/days/{date}")
    SpecialDay putDay(@PathVariable String date, @RequestBody DayBody body, @AuthenticationPrincipal EngineUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        SpecialDay day = toDay("", date, body == null ? new DayBody(null, null, null, null, null) : body, problems);
        throwIfAny(problems);
        return administration.putDay(day, user.id());
    }

    @DeleteMapping("/days/{date}")
    ResponseEntity<Void> deleteDay(@PathVariable String date, @AuthenticationPrincipal EngineUser user) {
        LocalDate day = RequestValues.date("date", date);
        if (!administration.removeDay(day, user.id())) {
            throw new NotFoundException("Không có ngày nào do quản trị viên ghi vào lịch ngày " + day);
        }
        return ResponseEntity.noContent().build();
    }

    private static SpecialDay toDay(String prefix, String date, DayBody body, List<FieldProblem> problems) {
        LocalDate parsedDate = collect(problems, () -> RequestValues.date(prefix + "date", date));
        DayKind kind = collect(problems, () -> kind(prefix + "kind", body.kind()));
        String reason = collect(problems, () -> RequestValues.required(prefix + "reason", body.reason()));
        boolean fits = FieldLimits.check(problems, prefix + "reason", reason, FieldLimits.CALENDAR_REASON)
                & FieldLimits.check(problems, prefix + "legalSource", body.legalSource(), FieldLimits.CALENDAR_LEGAL_SOURCE);
        if (parsedDate == null || kind == null || reason == null || !fits) {
            return null;
        }
        return new SpecialDay(parsedDate, kind, reason, body.legalSource(),
                body.confirmed() == null || body.confirmed(), SpecialDay.ORIGIN_ADMIN);
    }

    /** A calendar year the API answers for: the range of every date of the API. */
    private static int apiYear(int year) {
        RequestValues.inRange("year", java.time.LocalDate.of(year, 1, 1));
        return year;
    }

    private static DayKind kind(String field, String value) {
        try {
            return DayKind.valueOf(RequestValues.required(field, value));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, RequestValues.echo(value) + " không phải một trong các giá trị " + List.of(DayKind.values()));
        }
    }

    private static <T> T collect(List<FieldProblem> problems, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
