package vn.motcua.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.StepRecords;
import vn.motcua.measurement.Timeliness;

/**
 * What the public may learn of a dossier. Dossier codes are sequential, so the code alone tells its
 * status only. With the lookup token printed on the receipt ({@link LookupTokens}), the citizen also
 * learns the procedure, the unit (never the person) holding it, the promised return moment and whether
 * it is on time so far. Never personal data.
 */
@Service
public class CitizenLookup {

    private final DossierRepository dossiers;
    private final StepRecords steps;
    private final IdentityService identityService;
    private final Clock clock;
    private final LookupTokens tokens;

    CitizenLookup(DossierRepository dossiers, StepRecords steps, @Lazy IdentityService identityService, Clock clock,
                  LookupTokens tokens) {
        this.dossiers = dossiers;
        this.steps = steps;
        this.identityService = identityService;
        this.clock = clock;
        this.tokens = tokens;
    }

    /** What the code alone tells: the status, nothing else. */
    public record PublicStatus(String code, String status) {
    }

    /** What the holder of the receipt sees; {@code closed} when the dossier is over and may be rated. */
    public record PublicDossier(String code, String procedure, String status, String outcome, List<String> currentUnits,
                                OffsetDateTime promisedReturnAt, OffsetDateTime resultAt, boolean onTimeSoFar,
                                boolean closed) {
    }

    public Optional<PublicStatus> status(String code) {
        return dossiers.findByCode(code).map(dossier -> new PublicStatus(dossier.code(),
                dossier.outcome() == null ? dossier.status().label() : dossier.outcome().label()));
    }

    /** The dossier's details, only for its lookup token; empty for an unknown code or another token. */
    public Optional<PublicDossier> find(String code, String token) {
        if (!tokens.matches(code, token)) {
            return Optional.empty();
        }
        return dossiers.findByCode(code).map(this::view);
    }

    private PublicDossier view(Dossier dossier) {
        Set<String> units = new LinkedHashSet<>();
        for (StepRecord step : steps.ofDossier(dossier.code())) {
            if (step.isOpen() && StepRecord.TASK.equals(step.kind()) && step.unit() != null) {
                for (String unit : step.unit().split(",")) {
                    Group group = identityService.createGroupQuery().groupId(unit).singleResult();
                    units.add(group != null && group.getName() != null ? group.getName() : unit);
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        OffsetDateTime judgedAt = dossier.resultAt() != null ? dossier.resultAt() : now;
        boolean onTime = dossier.dueAt() == null
                || Timeliness.judge(judgedAt.toZonedDateTime(), dossier.dueAt().toZonedDateTime()) != Timeliness.LATE;
        return new PublicDossier(dossier.code(), dossier.procedureName(), dossier.status().label(),
                dossier.outcome() == null ? null : dossier.outcome().label(), List.copyOf(units), dossier.dueAt(),
                dossier.resultAt(), onTime, dossier.status() == DossierStatus.CLOSED);
    }
}
