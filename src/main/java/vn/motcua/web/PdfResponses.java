package vn.motcua.web;

import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A printed document answered inline, so the browser shows it and offers to print or save it under its name. */
final class PdfResponses {

    private PdfResponses() {
    }

    /** The document when there is one, else a 404 saying what is missing. */
    static ResponseEntity<byte[]> inline(String name, Optional<byte[]> pdf, String missing) {
        return inline(name, pdf.orElseThrow(() -> new NotFoundException(missing)));
    }

    static ResponseEntity<byte[]> inline(String name, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf").build().toString())
                .body(pdf);
    }
}
