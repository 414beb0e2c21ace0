package vn.motcua.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.cases.ProcedureCatalog;
import vn.motcua.deployment.ModelProblem;
import vn.motcua.deployment.ModelValidator;
import vn.motcua.engine.Role;
import vn.motcua.iso.documentcontrol.DocumentControl;
import vn.motcua.iso.documentcontrol.DocumentRevisions;
import vn.motcua.iso.legal.LegalChanges;
import vn.motcua.security.EngineUser;

/**
 * Document control of the procedure models and the legal-change reviews: modellers submit changed
 * models (raw BPMN XML as saved by Camunda Modeler, or a multipart file), the quality team registers
 * changes of legal documents; both are followed up by processes in the engine.
 */
@RestController
class DocumentControlController {

    private static final Set<String> MODELLERS = Set.of(Role.PROCESS_MODELLER.groupId());
    private static final Set<String> QUALITY = Set.of(Role.ISO_SECRETARY.groupId(), Role.QUALITY_REPRESENTATIVE.groupId(),
            Role.ADMINISTRATOR.groupId());
    private static final Set<String> READERS = Set.of(Role.PROCESS_MODELLER.groupId(), Role.ISO_SECRETARY.groupId(),
            Role.QUALITY_REPRESENTATIVE.groupId(), Role.MANAGER.groupId(), Role.AGENCY_LEADER.groupId(),
            Role.ADMINISTRATOR.groupId(), Role.PROVINCE_QMS_OFFICER.groupId(), Role.PROVINCE_LEADER.groupId());

    private final DocumentControl documents;
    private final DocumentRevisions revisions;
    private final LegalChanges legalChanges;
    private final ModelValidator validator;
    private final ProcedureCatalog catalog;
    private final AgencyParameter agencies;

    DocumentControlController(DocumentControl documents, DocumentRevisions revisions, LegalChanges legalChanges,
                              ModelValidator validator, ProcedureCatalog catalog, AgencyParameter agencies) {
        this.catalog = catalog;
        this.agencies = agencies;
        this.documents = documents;
        this.revisions = revisions;
        this.legalChanges = legalChanges;
        this.validator = validator;
    }

    /** A changed procedure model as Camunda Modeler saves it; it is deployed only once approved. */
    @PostMapping(path = "/api/procedure-models", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            "application/bpmn+xml"})
    ResponseEntity<DocumentRevisions.Revision> submit(@RequestBody(required = false) byte[] bpmn,
                                                    @RequestParam(required = false) String changeNote,
                                                    @AuthenticationPrincipal EngineUser user) {
        check(user, MODELLERS);
        return submitted(bpmn, changeNote, user);
    }

    @PostMapping(path = "/api/procedure-models", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentRevisions.Revision> submitFile(@RequestPart(name = "file", required = false) MultipartFile file,
                                                        @RequestParam(required = false) String changeNote,
                                                        @AuthenticationPrincipal EngineUser user) throws IOException {
        check(user, MODELLERS);
        return submitted(file == null ? null : file.getBytes(), changeNote, user);
    }

    private ResponseEntity<DocumentRevisions.Revision> submitted(byte[] bpmn, String changeNote, EngineUser user) {
        if (bpmn == null || bpmn.length == 0) {
            throw new InvalidRequestException("bpmn", "Gửi mô hình quy trình (BPMN 2.0 XML) trong nội dung yêu cầu hoặc trong phần \"file\"");
        }
        if (changeNote != null) {
            FieldLimits.require("changeNote", changeNote, FieldLimits.CHANGE_NOTE);
        }
        // stored as text in a column of a million characters; UTF-8 has at least one byte per character
        if (bpmn.length > FieldLimits.PROCEDURE_MODEL_CHARACTERS) {
            FieldLimits.require("bpmn", new String(bpmn, java.nio.charset.StandardCharsets.UTF_8),
                    FieldLimits.PROCEDURE_MODEL_CHARACTERS);
        }
        List<ModelProblem> problems = validator.validateOutsideTheShippedModels(bpmn);
        if (!problems.isEmpty()) {
            throw new RejectedModelException("bpmn", problems);
        }
        DocumentRevisions.Revision revision = documents.submit(bpmn, changeNote, user.id());
        return ResponseEntity.created(URI.create("/api/procedure-models/" + revision.code())).body(revision);
    }

    @GetMapping("/api/procedure-models")
    List<DocumentRevisions.Revision> revisions(@AuthenticationPrincipal EngineUser user) {
        check(user, READERS);
        Predicate<String> sees = seesProceduresOf(user);
        return revisions.revisions().stream().filter(revision -> sees.test(revision.processKey())).toList();
    }

    record ChangeBody(String title, String summary, String effectiveDate) {
    }

    /** A legal document changed: every procedure citing it gets a review task, due within three months. */
    @PostMapping("/api/legal-documents/{id}/changes")
    ResponseEntity<LegalChanges.Change> change(@PathVariable String id, @RequestBody(required = false) ChangeBody body,
                                               @AuthenticationPrincipal EngineUser user) {
        check(user, QUALITY);
        if (id.length() > FieldLimits.LEGAL_DOCUMENT_ID || !LegalChanges.DOCUMENT_ID.matcher(id).matches()) {
            throw new InvalidRequestException("id", "'" + id + "' không phải số hiệu văn bản viết liền bằng dấu gạch, ví dụ "
                    + "15-2018-nd-cp cho Nghị định 15/2018/NĐ-CP"
                    + (id.length() > FieldLimits.LEGAL_DOCUMENT_ID ? "" : " (" + LegalChanges.slug(id) + "?)"));
        }
        if (body == null || body.title() == null || body.title().isBlank()
                || body.title().trim().length() > FieldLimits.LEGAL_CHANGE_TITLE) {
            throw new InvalidRequestException("title", "Ghi tên văn bản thay đổi (1 đến "
                    + FieldLimits.LEGAL_CHANGE_TITLE + " ký tự)");
        }
        FieldLimits.require("summary", body.summary(), FieldLimits.LEGAL_CHANGE_SUMMARY);
        LocalDate effective = body.effectiveDate() == null ? null : RequestValues.date("effectiveDate", body.effectiveDate());
        LegalChanges.Change change = legalChanges.register(id, body.title().trim(), body.summary(), effective, user.id());
        return ResponseEntity.created(URI.create("/api/legal-documents/" + id + "/changes/" + change.id())).body(change);
    }

    @GetMapping("/api/legal-documents/reviews")
    List<LegalChanges.Review> openReviews(@AuthenticationPrincipal EngineUser user) {
        check(user, READERS);
        Predicate<String> sees = seesProceduresOf(user);
        return legalChanges.openReviews().stream().filter(review -> sees.test(review.processKey())).toList();
    }

    /**
     * Which procedures' models and reviews the caller sees (README: 'Agencies and who sees them'): a member of an
     * agency those of their agency's procedures and of the procedures no listed agency owns (a commune-level model is
     * every commune's); the modelling team, the province's roles and administrators every one.
     */
    private Predicate<String> seesProceduresOf(EngineUser user) {
        Collection<String> visible = agencies.visible(user);
        if (visible == null || visible.isEmpty()) {
            return processKey -> true;
        }
        Map<String, String> listed = agencies.listed();
        Map<String, String> agencyByKey = new HashMap<>();
        catalog.all().forEach(procedure -> agencyByKey.put(procedure.processDefinitionKey(), procedure.agencyCode()));
        return processKey -> {
            String agency = agencyByKey.get(processKey);
            return agency == null || !listed.containsKey(agency) || visible.contains(agency);
        };
    }

    private static void check(EngineUser user, Set<String> allowed) {
        Groups.require(user, allowed, "Kiểm soát tài liệu dành cho người mô hình hoá quy trình, bộ phận quản lý chất lượng và người quản lý");
    }
}
