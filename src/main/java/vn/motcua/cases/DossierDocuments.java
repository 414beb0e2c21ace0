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
    private final StopGrounds stopGrounds;
    private final vn.motcua.law.LegalRules rules;

    private final AgencyNames agencyNames;
    private final DossierUnits units;
    private final vn.motcua.organisation.Organisation organisation;

    DossierDocuments(ProcedureCatalog catalog, @Lazy ProcessEngine engine, DossierRepository dossiers,
                     StepRecords steps, LookupTokens lookupTokens, CasesSettings settings, StopGrounds stopGrounds,
                     vn.motcua.law.LegalRules rules, AgencyNames agencyNames, DossierUnits units,
                     vn.motcua.organisation.Organisation organisation) {
        this.rules = rules;
        this.units = units;
        this.organisation = organisation;
        this.agencyNames = agencyNames;
        this.settings = settings;
        this.stopGrounds = stopGrounds;
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
        return ReceiptForm.render(formSet(dossier), dossier, agencyName(dossier), place(dossier), fullName(dossier.clerk()), token,
                lookupTokens.link(dossier.code(), token), receiptDesks(dossier));
    }

    /** Form 02, for a dossier asked to supplement at intake or after appraisal. */
    public byte[] supplementRequest(Dossier dossier) {
        List<Supplement> supplements = dossiers.supplements(dossier.code());
        if (!supplements.isEmpty()) {
            Supplement last = supplements.get(supplements.size() - 1);
            return DossierForms.supplementRequest(formSet(dossier), dossier, agencyName(dossier), place(dossier), last.missingPapers(),
                    last.requestedAt().toZonedDateTime(), fullName(last.requestedBy()));
        }
        if (dossier.intakeOutcome() == IntakeOutcome.INCOMPLETE) {
            return DossierForms.supplementRequest(formSet(dossier), dossier, agencyName(dossier), place(dossier), dossier.missingPapers(),
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
        return DossierForms.refusal(formSet(dossier), dossier, agencyName(dossier), place(dossier), (when != null ? when : dossier.submittedAt())
                .toZonedDateTime(), fullName(dossier.clerk()));
    }

    /**
     * A form the dossier has now, as the dossier API lists it: its number and title in the dossier's form set, and
     * where its PDF is.
     */
    public record IssuedForm(String number, String title, String url) {
    }

    /**
     * The forms issued for the dossier so far, in the order of their numbers, numbered and titled by the form set
     * in force on its receipt day: the intake outcome's form (receipt, supplement request or refusal), a
     * supplement request after appraisal, the apology once issued, the stop notice once stopped (2025 set only),
     * and the control sheet once received.
     */
    public List<IssuedForm> issued(Dossier dossier) {
        vn.motcua.law.FormSet day = formSet(dossier);
        String base = "/api/dossiers/" + dossier.code() + "/";
        List<IssuedForm> forms = new java.util.ArrayList<>();
        java.util.function.BiConsumer<OfficialForm, String> add = (form, file) -> forms.add(
                new IssuedForm(form.code(day), form.title(day), base + file));
        if (dossier.isReceived()) {
            add.accept(OfficialForm.RECEIPT, "receipt.pdf");
        }
        if (dossier.intakeOutcome() == IntakeOutcome.INCOMPLETE || !dossiers.supplements(dossier.code()).isEmpty()) {
            add.accept(OfficialForm.SUPPLEMENT_REQUEST, "supplement-request.pdf");
        }
        if (dossier.refusalReason() != null) {
            add.accept(OfficialForm.REFUSAL, "refusal.pdf");
        }
        if (dossiers.apology(dossier.code()).isPresent()) {
            add.accept(OfficialForm.APOLOGY, "apology.pdf");
        }
        if (hasStopNotice(dossier)) {
            add.accept(OfficialForm.STOP_NOTICE, "stop-notice.pdf");
        }
        if (dossier.isReceived()) {
            add.accept(OfficialForm.CONTROL_SHEET, "control-sheet.pdf");
        }
        return List.copyOf(forms);
    }

    /** The form set in force on the dossier's receipt day (app.rules.form-set). */
    public vn.motcua.law.FormSet formSet(Dossier dossier) {
        return rules.formSetOn(DossierForms.receiptDay(dossier));
    }

    /** Whether the form set in force on the dossier's receipt day has the form at all. */
    public boolean inItsFormSet(Dossier dossier, OfficialForm form) {
        return form.inForceOn(formSet(dossier));
    }

    private boolean hasStopNotice(Dossier dossier) {
        return inItsFormSet(dossier, OfficialForm.STOP_NOTICE) && dossier.closedAt() != null
                && StopGrounds.stopped(dossier.outcome());
    }

    /**
     * Form 05 of Circular 03/2025/TT-VPCP, for a dossier of that form set that stopped without a result; the
     * caller answers for a dossier of the 2018 set, which has no such form ({@link #inItsFormSet}).
     */
    public byte[] stopNotice(Dossier dossier) {
        if (!hasStopNotice(dossier)) {
            throw new DossierConflictException("Hồ sơ " + dossier.code() + " không bị dừng giải quyết ("
                    + (dossier.outcome() != null ? dossier.outcome().label() : dossier.status().label())
                    + "): không có Thông báo dừng giải quyết hồ sơ");
        }
        String statedReason = dossier.outcome() == DossierOutcome.WITHDRAWN ? withdrawalReason(dossier) : null;
        return DossierForms.stopNotice(formSet(dossier), dossier, agencyName(dossier), place(dossier), stopGrounds.of(dossier.outcome()),
                statedReason, fullName(dossier.clerk()));
    }

    /**
     * The reason recorded at the desk with the withdrawal (an engine variable, written by the clerk: no personal
     * data, README 'Security'); null when none was given.
     */
    private String withdrawalReason(Dossier dossier) {
        if (dossier.processInstanceId() == null) {
            return null;
        }
        return Privileged.call(engine, () -> engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(dossier.processInstanceId())
                .variableName(vn.motcua.engine.DossierVariables.WITHDRAWAL_REASON).list().stream()
                .map(variable -> variable.getValue() instanceof String text ? text : null)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null));
    }

    /** Form 04, once the apology is issued (from Circular 03/2025: once the extension is approved). */
    public byte[] apology(Dossier dossier) {
        Apology apology = dossiers.apology(dossier.code())
                .orElseThrow(() -> new DossierConflictException("Hồ sơ " + dossier.code() + " chưa có "
                        + OfficialForm.APOLOGY.title(formSet(dossier))
                        + (formSet(dossier) == vn.motcua.law.FormSet.CIRCULAR_03_2025
                                ? " được người có thẩm quyền đồng ý gia hạn" : "")));
        return DossierForms.apology(formSet(dossier), dossier, agencyName(dossier), place(dossier), apology,
                fullName(apology.issuedBy()), apology.approvedBy() == null ? null : fullName(apology.approvedBy()));
    }

    /** The process-control sheet (05 of 2018, 06 of 2025), at any time. */
    public byte[] controlSheet(Dossier dossier) {
        return DossierForms.controlSheet(formSet(dossier), dossier, agencyName(dossier), steps.ofDossier(dossier.code()), this::fullName,
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

    /** The desks the receipt names: where it was received, who decides, where the result is collected. */
    private ReceiptForm.Desks receiptDesks(Dossier dossier) {
        DossierDesks desks = units.desks(dossier);
        if (desks.receivingDesk() == null) {
            return null;
        }
        // a dossier received at another desk: that desk's province or commune issues the receipt, under its place
        String issuer = organisation.unit(desks.receivingDesk()).map(vn.motcua.organisation.Unit::parent).orElse(null);
        boolean elsewhere = desks.forwarded() && issuer != null;
        return new ReceiptForm.Desks(organisation.name(desks.receivingDesk()), agencyName(dossier),
                organisation.name(desks.returnDesk()), desks.forwarded() ? organisation.name(desks.decidingDesk()) : null,
                elsewhere ? organisation.name(issuer) : agencyName(dossier),
                elsewhere ? settings.place(issuer) : place(dossier));
    }

    private String agencyName(Dossier dossier) {
        return agencyNames.of(dossier);
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
