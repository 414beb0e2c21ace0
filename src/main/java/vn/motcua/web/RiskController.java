package vn.motcua.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.engine.Role;
import vn.motcua.iso.risk.Risks;
import vn.motcua.security.EngineUser;

/** The register of risks and opportunities (ISO 9001:2015, 6.1): entries added by the quality team and heads of unit. */
@RestController
@RequestMapping("/api/quality/risks")
class RiskController {

    private static final Set<String> REGISTRARS = Set.of(Role.ISO_SECRETARY.groupId(), Role.QUALITY_REPRESENTATIVE.groupId(),
            Role.AGENCY_LEADER.groupId(), Role.DEPARTMENT_HEAD.groupId());

    private final Risks risks;
    private final ProcessEngine engine;
    private final AgencyParameter agencies;

    RiskController(Risks risks, ProcessEngine engine, AgencyParameter agencies) {
        this.agencies = agencies;
        this.risks = risks;
        this.engine = engine;
    }

    /** {@code agency}: the agency whose register it enters, for a caller of several (AgencyParameter#forRecord). */
    record RiskBody(String kind, String title, String description, String responsibleUnit, String agency) {
    }

    record RegisteredRisk(String code) {
    }

    @PostMapping
    ResponseEntity<RegisteredRisk> register(@RequestBody(required = false) RiskBody body, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, REGISTRARS, "Dành cho bộ phận quản lý chất lượng, lãnh đạo và trưởng phòng");
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        Risks.Kind kind = null;
        try {
            kind = Risks.Kind.valueOf(body == null || body.kind() == null ? "" : body.kind().trim());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidRequestException.FieldProblem("kind", "RISK (rủi ro) hoặc OPPORTUNITY (cơ hội)"));
        }
        String title = body == null || body.title() == null ? "" : body.title().trim();
        if (title.isEmpty()) {
            problems.add(new InvalidRequestException.FieldProblem("title", "Ghi tên rủi ro hoặc cơ hội (1 đến 500 ký tự)"));
        }
        FieldLimits.check(problems, "title", title, FieldLimits.RISK_TITLE);
        String description = body == null || body.description() == null ? null : body.description().trim();
        FieldLimits.check(problems, "description", description, FieldLimits.RISK_DESCRIPTION);
        String unit = Groups.responsible(engine, body == null ? null : body.responsibleUnit(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String agency = agencies.forRecord(user, body.agency());
        agencies.requireUnitOf(agency, unit, "responsibleUnit");
        String code = risks.register(kind, title, description, unit, user.id(), agency);
        return ResponseEntity.created(URI.create("/api/quality/risks/" + code)).body(new RegisteredRisk(code));
    }

    @GetMapping
    List<Risks.Risk> register(@AuthenticationPrincipal EngineUser user) {
        QualityController.requireReader(user);
        return risks.register(agencies.visible(user));
    }
}
