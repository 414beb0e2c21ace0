package vn.motcua.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A printed document answered inline, so the browser shows it and offers to print or save it under its name. */
final class PdfResponses {

    private PdfResponses() {
    }

    static ResponseEntity<byte[]> inline(String name, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf").build().toString())
                .body(pdf);
    }
}
