package vn.motcua.cases;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import vn.motcua.engine.Privileged;
import vn.motcua.measurement.StepRecords;

/** The printed forms of a dossier. */
@Service
public class DossierDocuments {

    private final ProcedureCatalog catalog;
    private final ProcessEngine engine;

    private final DossierRepository dossiers;
    private final StepRecords steps;
    private final LookupTokens lookupTokens;
    private final CasesSettings settings;

    DossierDocuments(ProcedureCatalog catalog, @Lazy ProcessEngine engine, DossierRepository dossiers,
                     StepRecords steps, LookupTokens lookupTokens, CasesSettings settings) {
        this.settings = settings;
        this.catalog = catalog;
        this.engine = engine;
        this.dossiers = dossiers;
        this.steps = steps;
        this.lookupTokens = lookupTokens;
    }

    /**
     * Form 01, for a received dossier; with its lookup token only when the desk prints it (the token is
     * the citizen's: other staff who may read the dossier get the receipt without it).
     */
    public byte[] receipt(Dossier dossier, boolean withLookupToken) {
        if (!dossier.isReceived()) {
            throw new DossierConflictException("Hồ sơ " + dossier.code() + " chưa được tiếp nhận ("
                    + (dossier.outcome() != null ? dossier.outcome().label() : dossier.status().label())
                    + "): không có Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        }
        String token = withLookupToken ? lookupTokens.of(dossier.code()) : null;
        return ReceiptForm.render(dossier, agencyName(dossier), place(dossier), fullName(dossier.clerk()), token,
                lookupTokens.link(dossier.code(), token));
    }

    /** Form 02, for a dossier asked to supplement at intake or after appraisal. */
    public byte[] supplementRequest(Dossier dossier) {
        List<Supplement> supplements = dossiers.supplements(dossier.code());
        if (!supplements.isEmpty()) {
            Supplement last = supplements.get(supplements.size() - 1);
            return DossierForms.supplementRequest(dossier, agencyName(dossier), place(dossier), last.missingPapers(),
                    last.requestedAt().toZonedDateTime(), fullName(last.requestedBy()));
        }
        if (dossier.intakeOutcome() == IntakeOutcome.INCOMPLETE) {
            return DossierForms.supplementRequest(dossier, agencyName(dossier), place(dossier), dossier.missingPapers(),
                    dossier.closedAt().toZonedDateTime(), fullName(dossier.clerk()));
        }
        throw new DossierConflictException("Hồ sơ " + dossier.code() + " chưa từng được yêu cầu bổ sung");
    }

    /** Form 03, for a dossier refused at intake or after appraisal. */
    public byte[] refusal(Dossier dossier) {
        if (dossier.refusalReason() == null) {
            throw new DossierConflictException("Hồ sơ " + dossier.code() + " không bị từ chối");
        }
        java.time.OffsetDateTime when = dossier.resultAt() != null ? dossier.resultAt() : dossier.closedAt();
        return DossierForms.refusal(dossier, agencyName(dossier), place(dossier), (when != null ? when : dossier.submittedAt())
                .toZonedDateTime(), fullName(dossier.clerk()));
    }

    /** Form 04, once the apology is issued. */
    public byte[] apology(Dossier dossier) {
        Apology apology = dossiers.apology(dossier.code())
                .orElseThrow(() -> new DossierConflictException("Hồ sơ " + dossier.code()
                        + " chưa có Phiếu xin lỗi và hẹn lại ngày trả kết quả"));
        return DossierForms.apology(dossier, agencyName(dossier), place(dossier), apology, fullName(apology.issuedBy()));
    }

    /** Form 05: the process-control sheet, at any time. */
    public byte[] controlSheet(Dossier dossier) {
        return DossierForms.controlSheet(dossier, agencyName(dossier), steps.ofDossier(dossier.code()), this::fullName,
                this::unitNames);
    }

    /**
     * The names of a step's units (its candidate groups, comma-separated ids) as the sheet prints them; an id
     * stays only for a group that no longer exists.
     */
    private String unitNames(String groupIds) {
        if (groupIds == null || groupIds.isBlank()) {
            return null;
        }
        List<String> ids = java.util.Arrays.stream(groupIds.split(",")).map(String::trim).filter(id -> !id.isEmpty())
                .toList();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        Privileged.call(engine, () -> engine.getIdentityService().createGroupQuery()
                .groupIdIn(ids.toArray(String[]::new)).list())
                .forEach(group -> names.put(group.getId(), group.getName()));
        return ids.stream().map(id -> names.get(id) == null || names.get(id).isBlank() ? id : names.get(id))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private String place(Dossier dossier) {
        return settings.place(dossier.agencyCode());
    }

    private String agencyName(Dossier dossier) {
        return catalog.byDefinitionId(dossier.processDefinitionId()).map(Procedure::agencyName).orElse(dossier.agencyCode());
    }

    private String fullName(String userId) {
        if (userId == null) {
            return null;
        }
        // the names of those who worked the dossier's steps, whichever unit they are in: the reader may
        // read the dossier, and its control sheet names them (users otherwise read only their units' accounts)
        User user = Privileged.call(engine, () -> engine.getIdentityService().createUserQuery().userId(userId).singleResult());
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    }
}
