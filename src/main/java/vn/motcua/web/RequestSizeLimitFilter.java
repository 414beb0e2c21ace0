package vn.motcua.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.motcua.security.ReadBody;

/**
 * Refuses a request body over its cap with a 413 JSON problem before anything parses it: Jackson, the
 * engine's REST resources (a deployment is held in memory whole) and Spring's multipart support would
 * otherwise read whatever a client sends. A body whose length is announced is judged by the header; a
 * chunked one is read up to the cap and passed on from memory. Form posts and /api multipart uploads
 * are left to Tomcat's and Spring's own limits (set to the same caps), which read them by other means.
 * A dossier's file ({@code POST /api/dossiers/{code}/files}) has its own cap: {@code app.files.max-file-size}
 * and the form's other fields (README: 'Dossier files').
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestSizeLimitFilter.class);
    private static final java.util.regex.Pattern DOSSIER_FILES = java.util.regex.Pattern.compile("/api/dossiers/[^/]+/files");

    private final long maxBody;
    private final long maxUpload;
    private final long maxFileUpload;

    RequestSizeLimitFilter(RequestSizeProperties limits, long maxFileUpload) {
        this.maxBody = limits.maxBody().toBytes();
        this.maxUpload = limits.maxUpload().toBytes();
        this.maxFileUpload = maxFileUpload;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long cap = !isUpload(request) ? maxBody : isDossierFile(request) ? maxFileUpload : maxUpload;
        long announced = request.getContentLengthLong();
        if (announced > cap) {
            refuse(request, response, cap);
            return;
        }
        if (announced < 0 && isChunked(request) && !readByContainer(request)) {
            byte[] body = request.getInputStream().readNBytes((int) cap + 1);
            if (body.length > cap) {
                refuse(request, response, cap);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Multipart (Camunda Modeler deploys this way) and raw BPMN XML get the upload cap; all else the body cap. */
    static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) || lower.startsWith(MediaType.APPLICATION_XML_VALUE)
                || lower.startsWith(MediaType.TEXT_XML_VALUE) || lower.startsWith("application/bpmn+xml");
    }

    /** A file attached to a dossier: {@code POST /api/dossiers/{code}/files}. */
    static boolean isDossierFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && DOSSIER_FILES.matcher(path).matches();
    }

    private static boolean isChunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /**
     * Tomcat parses form posts and Spring's multipart support reads parts through the container, not
     * through the input stream this filter could hand on: those keep Tomcat's and Spring's limits.
     */
    private static boolean readByContainer(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        return type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) && request.getRequestURI()
                        .startsWith(request.getContextPath() + "/api/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long cap) throws IOException {
        LOG.warn("Refused a request body over {} bytes: {} {}", cap, request.getMethod(), request.getRequestURI());
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // the client learns the cap; nothing of what it sent is repeated
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                + "\"detail\":\"Nội dung yêu cầu lớn hơn " + cap + " byte, mức tối đa địa chỉ này nhận.\","
                + "\"maxBytes\":" + cap + "}");
    }
}
