package vn.motcua.cases;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Attaches files to dossiers as a browser does: {@code POST /api/dossiers/{code}/files}, multipart (README: 'Dossier files'). */
final class FileUploads {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "IHDR....".getBytes(StandardCharsets.US_ASCII));
    static final byte[] JPEG = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
            "JFIF.....".getBytes(StandardCharsets.US_ASCII));

    private final TestRestTemplate rest;

    FileUploads(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** The form fields of an upload; null ones are left out. */
    static Map<String, String> fields(String kind, String paperCode, String taskId) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (kind != null) {
            fields.put("kind", kind);
        }
        if (paperCode != null) {
            fields.put("paperCode", paperCode);
        }
        if (taskId != null) {
            fields.put("taskId", taskId);
        }
        return fields;
    }

    /** The multipart form as a browser sends it: the file's name raw in UTF-8, a declared type the server ignores. */
    ResponseEntity<String> attach(String user, String code, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----MotcuaBoundary" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, Desk.PASSWORD);
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
        return rest.exchange("/api/dossiers/" + code + "/files", HttpMethod.POST, new HttpEntity<>(body.toByteArray(), headers),
                String.class);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
