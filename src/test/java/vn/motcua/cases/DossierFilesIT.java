package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.cases.FileUploads.JPEG;
import static vn.motcua.cases.FileUploads.PDF;
import static vn.motcua.cases.FileUploads.PNG;
import static vn.motcua.cases.FileUploads.concat;
import static vn.motcua.cases.FileUploads.fields;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A dossier's files through the real engine and the HTTP API (README: 'Dossier files'): the desk attaches the
 * scanned papers, the specialist the draft, the leader's step the signed result, the desk the result it returns;
 * each only at its own step, checked by content, and read by exactly who may read the dossier.
 */
class DossierFilesIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");
    private static final String SPECIALIST = "minhtv";
    private static final String HEAD = "hoalt";
    private static final String DIRECTOR = "namhv";
    /** A specialist of Sở Tư pháp: another agency's department, which never worked a liquor licence. */
    private static final String OUTSIDER = "thuydt";

    @Autowired
    JdbcClient jdbc;

    private ResponseEntity<String> attach(String user, String code, Map<String, String> fields, String fileName, byte[] content) {
        return new FileUploads(rest).attach(user, code, fields, fileName, content);
    }

    @Test
    void theDeskAttachesAPaperAtIntakeAndTheSpecialistADraftAtTheAppraisal() throws Exception {
        // given a liquor licence dossier received complete: the desk's handover is open
        String code = received();

        // when the clerk attaches the scanned application form, named in Vietnamese
        ResponseEntity<String> paper = attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "Đơn đề nghị cấp phép.pdf", PDF);

        // then it is stored with the paper's code, the clerk's name and the handover task
        assertThat(paper.getStatusCode()).as(paper.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode stored = json.readTree(paper.getBody());
        assertThat(stored.get("kind").asText()).isEqualTo("PAPER");
        assertThat(stored.get("paperCode").asText()).isEqualTo("DON-DE-NGHI");
        assertThat(stored.get("fileName").asText()).isEqualTo("Đơn đề nghị cấp phép.pdf");
        assertThat(stored.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(stored.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(stored.get("uploadedBy").asText()).isEqualTo(Desk.CLERK);
        assertThat(stored.get("uploadedByName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(stored.get("uploadedAt").asText()).startsWith("2026-03-05T09:00").endsWith("+07:00");
        Task handover = desk.openTask(code);
        assertThat(stored.get("taskId").asText()).isEqualTo(handover.getId());
        assertThat(paper.getHeaders().getLocation().getPath()).isEqualTo("/api/dossiers/" + code + "/files/" + stored.get("id").asLong());

        // and the handover takes no draft, and nobody of the department attaches a paper there
        assertRefused(attach(Desk.CLERK, code, fields("DRAFT", null, null), "du-thao.pdf", PDF), HttpStatus.CONFLICT, code);
        assertRefused(attach(SPECIALIST, code, fields("PAPER", "GCN-DKDN", null), "gcn.pdf", PDF), HttpStatus.FORBIDDEN, code);

        // when the dossier is handed over, the specialist attaches the draft result on the appraisal
        desk.completeOk(handover, desk.mainPathAnswers(handover));
        Task appraisal = desk.openTask(code);
        assertThat(appraisal.getTaskDefinitionKey()).isEqualTo("Task_AppraiseDossier");
        ResponseEntity<String> draft = attach(SPECIALIST, code, fields("DRAFT", null, appraisal.getId()), "Dự thảo giấy phép.png", PNG);

        // then it is the appraisal's, and the desk may no longer attach a paper: the dossier is not at the desk
        assertThat(draft.getStatusCode()).as(draft.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(draft.getBody()).get("taskId").asText()).isEqualTo(appraisal.getId());
        assertThat(json.readTree(draft.getBody()).get("uploadedByName").asText()).isEqualTo("Trần Văn Minh");
        assertRefused(attach(Desk.CLERK, code, fields("PAPER", "GCN-DKDN", null), "gcn.pdf", PDF), HttpStatus.FORBIDDEN, code);
        // nor the specialist a signed result, which is the leader's step
        assertRefused(attach(SPECIALIST, code, fields("SIGNED", null, null), "da-ky.pdf", PDF), HttpStatus.CONFLICT, code);

        // and the dossier API and the list show both, in the order attached
        JsonNode files = json.readTree(desk.api().get(SPECIALIST, Desk.PASSWORD, "/api/dossiers/" + code).getBody()).get("files");
        assertThat(files.findValuesAsText("kind")).containsExactly("PAPER", "DRAFT");
        assertThat(files.get(1).get("fileName").asText()).isEqualTo("Dự thảo giấy phép.png");
        JsonNode listed = json.readTree(desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/" + code + "/files").getBody());
        assertThat(listed.findValuesAsText("contentType")).containsExactly("application/pdf", "image/png");

        // and nothing of the files is in the engine's variables
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId(code)).list())
                .noneSatisfy(variable -> assertThat(String.valueOf(variable.getValue())).contains("Đơn đề nghị cấp phép"))
                .noneSatisfy(variable -> assertThat(variable.getTypeName()).isIn("bytes", "file"));
    }

    @Test
    void aFileIsServedAsStoredWithItsNameAndNeverCached() throws Exception {
        String code = received();
        byte[] scan = concat(JPEG, bytes(200_000));
        long id = json.readTree(attach(Desk.CLERK, code, fields("PAPER", "DIA-DIEM", null), "Giấy tờ địa điểm.jpeg", scan)
                .getBody()).get("id").asLong();

        ResponseEntity<byte[]> download = desk.api().bytes(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/" + code + "/files/" + id);

        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(scan);
        HttpHeaders headers = download.getHeaders();
        assertThat(headers.getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"Giay to dia diem.jpeg\"; filename*=UTF-8''Gi%E1%BA%A5y%20t%E1%BB%9D%20%C4%91%E1%BB%8Ba%20%C4%91i%E1%BB%83m.jpeg");
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.getCacheControl()).contains("no-store");
        assertThat(jdbc.sql("select sha256 from motcua_dossier_file where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(scan)));
    }

    @Test
    void aUserWhoMayNotReadTheDossierFindsNoFilesAndAttachesNone() throws Exception {
        String code = received();
        long id = json.readTree(attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "don.pdf", PDF).getBody()).get("id").asLong();
        long before = files(code);

        // another agency's specialist, and a manager, who reads but never writes
        ResponseEntity<String> list = desk.api().get(OUTSIDER, Desk.PASSWORD, "/api/dossiers/" + code + "/files");
        ResponseEntity<String> file = desk.api().get(OUTSIDER, Desk.PASSWORD, "/api/dossiers/" + code + "/files/" + id);
        ResponseEntity<String> unknown = desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/" + code + "/files/" + (id + 100_000));

        assertRefused(list, HttpStatus.NOT_FOUND, code);
        assertRefused(file, HttpStatus.NOT_FOUND, code);
        assertThat(file.getBody()).doesNotContain("don.pdf");
        assertRefused(unknown, HttpStatus.NOT_FOUND, code);
        assertRefused(attach(OUTSIDER, code, fields("PAPER", "GCN-DKDN", null), "gcn.pdf", PDF), HttpStatus.FORBIDDEN, code);
        assertRefused(attach("chaudm", code, fields("PAPER", "GCN-DKDN", null), "gcn.pdf", PDF), HttpStatus.FORBIDDEN, code);
        assertThat(desk.api().get("chaudm", Desk.PASSWORD, "/api/dossiers/" + code + "/files").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused(desk.api().send(OUTSIDER, Desk.PASSWORD, HttpMethod.DELETE, "/api/dossiers/" + code + "/files/" + id, null),
                HttpStatus.NOT_FOUND, code);
        assertThat(files(code)).isEqualTo(before);
    }

    @Test
    void aReaderWhoSeesTheIdNumberMaskedListsTheFilesButOpensNone() throws Exception {
        // given the scan of the applicant's papers, the ID card among them, attached by the desk
        String code = received();
        long id = json.readTree(attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "CCCD và đơn.pdf", PDF)
                .getBody()).get("id").asLong();

        // when the manager, who reads the dossier with the ID number masked, lists and opens its files
        ResponseEntity<String> list = desk.api().get("chaudm", Desk.PASSWORD, "/api/dossiers/" + code + "/files");
        ResponseEntity<String> open = desk.api().get("chaudm", Desk.PASSWORD, "/api/dossiers/" + code + "/files/" + id);

        // then the list is there but the scan is not served: it would show the ID number the record masks
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(list.getBody()).findValuesAsText("fileName")).containsExactly("CCCD và đơn.pdf");
        assertRefused(open, HttpStatus.FORBIDDEN, "số định danh");
        assertThat(open.getBody()).doesNotContain("%PDF");
        // the desk, who sees the ID number, opens it
        assertThat(desk.api().bytes(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/" + code + "/files/" + id).getBody())
                .isEqualTo(PDF);
    }

    @Test
    void aLongVietnameseNameAsMacOsSendsItIsKeptShortenedNotRefused() throws Exception {
        // given the scan of a paper whose name is long, in Vietnamese, decomposed as macOS sends it (about 1 KB of UTF-8)
        String code = received();
        String title = "Giấy chứng nhận đăng ký doanh nghiệp Công ty TNHH Thương mại và Dịch vụ Rượu Việt ";
        String sent = java.text.Normalizer.normalize(title.repeat(8) + ".pdf", java.text.Normalizer.Form.NFD);
        assertThat(sent.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1000);

        // when the clerk attaches it
        ResponseEntity<String> response = attach(Desk.CLERK, code, fields("PAPER", "GCN-DKDN", null), sent, PDF);

        // then it is kept under the name shortened to 255 characters, composed, with its extension
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        String kept = json.readTree(response.getBody()).get("fileName").asText();
        assertThat(kept).startsWith(title.strip()).endsWith(".pdf").hasSizeLessThanOrEqualTo(255);
        assertThat(java.text.Normalizer.isNormalized(kept, java.text.Normalizer.Form.NFC)).isTrue();

        // and a name of characters outside the BMP (a phone's emoji), two UTF-16 units each, fits the column too
        ResponseEntity<String> emoji = attach(Desk.CLERK, code, fields("PAPER", "DIA-DIEM", null),
                "\uD83D\uDCC4".repeat(300) + ".pdf", PDF);
        assertThat(emoji.getStatusCode()).as(emoji.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(emoji.getBody()).get("fileName").asText()).endsWith("\uD83D\uDCC4.pdf");
    }

    @Test
    void theTypeIsToldByTheContentAndWrongUploadsStoreNothing() throws Exception {
        String code = received();
        long before = files(code);

        ResponseEntity<String> pngNamedPdf = attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "don.pdf", PNG);
        ResponseEntity<String> text = attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "don.pdf",
                "Đây là văn bản, không phải PDF".getBytes(StandardCharsets.UTF_8));
        ResponseEntity<String> html = attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "don",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        ResponseEntity<String> empty = attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "don.pdf", new byte[0]);
        ResponseEntity<String> noPaper = attach(Desk.CLERK, code, fields("PAPER", null, null), "don.pdf", PDF);
        ResponseEntity<String> foreignPaper = attach(Desk.CLERK, code, fields("PAPER", "GIAY-CHUNG-SINH", null), "don.pdf", PDF);
        ResponseEntity<String> noKind = attach(Desk.CLERK, code, fields(null, null, null), "don.pdf", PDF);
        ResponseEntity<String> otherTask = attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", "not-a-task"), "don.pdf", PDF);
        ResponseEntity<String> notMultipart = desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + code + "/files",
                Map.of("kind", "PAPER"));

        assertRefused(pngNamedPdf, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "ảnh PNG");
        assertRefused(text, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "PDF");
        assertRefused(html, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "PDF");
        assertRefused(empty, HttpStatus.BAD_REQUEST, "rỗng");
        assertRefused(noPaper, HttpStatus.BAD_REQUEST, "paperCode");
        assertRefused(foreignPaper, HttpStatus.BAD_REQUEST, "DON-DE-NGHI");
        assertRefused(noKind, HttpStatus.BAD_REQUEST, "PAPER");
        assertRefused(otherTask, HttpStatus.BAD_REQUEST, "taskId");
        assertRefused(notMultipart, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "multipart/form-data");
        assertThat(files(code)).isEqualTo(before);

        // a name with a path, control characters and no extension is kept as its last part, cleaned, with one
        ResponseEntity<String> named = attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null),
                "../../tmp/scan\u202Egpj.exe\u0007", PDF);
        assertThat(named.getStatusCode()).as(named.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(named.getBody()).get("fileName").asText()).isEqualTo("scangpj.exe.pdf");
    }

    @Test
    void aFileOverTheCapAnswers413AndIsNotStored() throws Exception {
        String code = received();
        long before = files(code);

        // a byte over 10 MB: the request is within its cap, the file is not
        ResponseEntity<String> justOver = attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "lon.pdf",
                concat(PDF, bytes(10 * 1024 * 1024 + 1 - PDF.length)));
        // far over: refused before it is read
        ResponseEntity<String> farOver = attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "lon.pdf",
                concat(PDF, bytes(12 * 1024 * 1024)));

        assertRefused(justOver, HttpStatus.PAYLOAD_TOO_LARGE, "10 MB");
        assertRefused(farOver, HttpStatus.PAYLOAD_TOO_LARGE, "byte");
        assertThat(files(code)).isEqualTo(before);

        // exactly 10 MB is taken
        ResponseEntity<String> atTheCap = attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "vua.pdf",
                concat(PDF, bytes(10 * 1024 * 1024 - PDF.length)));
        assertThat(atTheCap.getStatusCode()).as(atTheCap.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aDossierKeepsAtMostFiftyFiles() throws Exception {
        String code = received();
        for (int i = 0; i < 50; i++) {
            assertThat(attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "trang-" + i + ".png", PNG).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }

        assertRefused(attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "trang-50.png", PNG), HttpStatus.CONFLICT, "50");
        assertThat(files(code)).isEqualTo(50);
    }

    @Test
    void theUploaderRemovesAFileOnlyWhileItsStepIsOpen() throws Exception {
        String code = received();
        long mistaken = json.readTree(attach(Desk.CLERK, code, fields("PAPER", "DON-DE-NGHI", null), "nham.pdf", PDF).getBody()).get("id").asLong();
        long kept = json.readTree(attach(Desk.CLERK, code, fields("PAPER", "GCN-DKDN", null), "gcn.pdf", PDF).getBody()).get("id").asLong();

        // another clerk of the desk may not remove it; its uploader may
        assertRefused(desk.api().send("hungpv", Desk.PASSWORD, HttpMethod.DELETE, "/api/dossiers/" + code + "/files/" + mistaken, null),
                HttpStatus.FORBIDDEN, "người đã đính kèm");
        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.DELETE, "/api/dossiers/" + code + "/files/" + mistaken, null)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(files(code)).isEqualTo(1);

        // once the step is done, the file is part of the dossier
        Task handover = desk.openTask(code);
        desk.completeOk(handover, desk.mainPathAnswers(handover));
        assertRefused(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.DELETE, "/api/dossiers/" + code + "/files/" + kept, null),
                HttpStatus.CONFLICT, "kết thúc");
        assertThat(files(code)).isEqualTo(1);
    }

    @Test
    void theLeadersStepAttachesTheSignedResultAndTheDeskTheResultItReturns() throws Exception {
        String code = received();
        Task task = desk.openTask(code);
        desk.completeOk(task, desk.mainPathAnswers(task));

        // the appraisal and the head's review: the head attaches nothing of these kinds at the review
        task = desk.openTask(code);
        desk.completeOk(task, desk.mainPathAnswers(task));
        task = desk.openTask(code);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ReviewDraft");
        assertRefused(attach(HEAD, code, fields("SIGNED", null, null), "ky.pdf", PDF), HttpStatus.CONFLICT, code);
        desk.completeOk(task, desk.mainPathAnswers(task));

        // the director signs: the signed result is attached at that step, by them only
        task = desk.openTask(code);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_SignResult");
        assertRefused(attach(SPECIALIST, code, fields("SIGNED", null, null), "ky.pdf", PDF), HttpStatus.FORBIDDEN, code);
        assertThat(attach(DIRECTOR, code, fields("SIGNED", null, task.getId()), "Giấy phép đã ký.pdf", PDF).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        desk.completeOk(task, Map.of("signDecision", "APPROVE", "signNote", "Đồng ý"));

        // the desk returns the result file
        task = desk.openTask(code);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ReturnResult");
        assertRefused(attach(DIRECTOR, code, fields("RESULT", null, null), "kq.pdf", PDF), HttpStatus.FORBIDDEN, code);
        assertThat(attach(Desk.CLERK, code, fields("RESULT", null, null), "Kết quả.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        desk.completeOk(task, desk.mainPathAnswers(task));

        assertThat(json.readTree(desk.api().get(HEAD, Desk.PASSWORD, "/api/dossiers/" + code + "/files").getBody())
                .findValuesAsText("kind")).containsExactly("SIGNED", "RESULT");
    }

    /** A liquor licence dossier received complete, at the desk's handover. */
    private String received() throws Exception {
        return desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
    }

    private String processInstanceId(String code) {
        return jdbc.sql("select process_instance_id from motcua_dossier where code = :code").param("code", code)
                .query(String.class).single();
    }

    private long files(String code) {
        return jdbc.sql("select count(*) from motcua_dossier_file where dossier_code = :code").param("code", code)
                .query(Long.class).single();
    }

    private void assertRefused(ResponseEntity<String> response, HttpStatus status, String detailContains) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(response.getBody()).isTrue();
        assertThat(json.readTree(response.getBody()).get("detail").asText()).contains(detailContains);
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }
}
