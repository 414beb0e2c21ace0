package vn.motcua.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.Role;
import vn.motcua.iso.Nonconformities;
import vn.motcua.iso.QualityObjectives;
import vn.motcua.security.EngineUser;

/** Quality objectives and their monthly results, and the open nonconformities, for the quality team and managers. */
@RestController
@RequestMapping("/api/quality")
class QualityController {

    private static final Set<String> READERS = Set.of(Role.ISO_SECRETARY.groupId(), Role.QUALITY_REPRESENTATIVE.groupId(),
            Role.MANAGER.groupId(), Role.AGENCY_LEADER.groupId(), Role.ADMINISTRATOR.groupId());
    private static final Set<String> EVALUATORS = Set.of(Role.ISO_SECRETARY.groupId(), Role.ADMINISTRATOR.groupId());

    private final QualityObjectives objectives;
    private final Nonconformities nonconformities;
    private final Clock clock;

    QualityController(QualityObjectives objectives, Nonconformities nonconformities, Clock clock) {
        this.objectives = objectives;
        this.nonconformities = nonconformities;
        this.clock = clock;
    }

    @GetMapping("/objectives")
    List<QualityObjectives.Result> results(@RequestParam(required = false) String year, @AuthenticationPrincipal EngineUser user) {
        check(user, READERS);
        return objectives.results(RequestValues.wholeNumber("year", year, 2000, 2100));
    }

    /** Evaluates a month now (the engine does it on the 1st of each month for the month before). */
    @PostMapping("/objectives/evaluate")
    List<QualityObjectives.Result> evaluate(@RequestParam(required = false) String month,
                                            @AuthenticationPrincipal EngineUser user) {
        check(user, EVALUATORS);
        YearMonth evaluated;
        try {
            evaluated = YearMonth.parse(RequestValues.required("month", month));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month", "'" + month + "' is not a month of the form YYYY-MM");
        }
        if (!evaluated.isBefore(YearMonth.now(clock.withZone(VietnamTime.ZONE)))) {
            throw new InvalidRequestException("month", "Month " + month + " has not ended yet; results are stored once");
        }
        return objectives.evaluate(evaluated);
    }

    @GetMapping("/nonconformities")
    List<Nonconformities.Nonconformity> nonconformities(@AuthenticationPrincipal EngineUser user) {
        check(user, READERS);
        return nonconformities.open();
    }

    private static void check(EngineUser user, Set<String> allowed) {
        if (user.groupIds().stream().noneMatch(allowed::contains)) {
            throw new AccessDeniedException("For the quality team and managers");
        }
    }
}
