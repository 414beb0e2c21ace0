package vn.motcua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Camunda's REST API cannot set or delete a reserved variable (the identity, agency, deadlines and
 * responsible unit of a dossier or QMS record, set by the application only): 400 naming the variable,
 * before the engine sees the request, so nothing changes. Generic rather than a list of endpoints: any
 * state-changing request under {@code /engine-rest} or the webapps' {@code /camunda/api/engine} is
 * refused when a path segment after {@code variables} or {@code localVariables} is reserved, or its JSON
 * body holds a variable (any object, or null) keyed by a reserved name, or a
 * {@code deletions} list naming one: task completion and form submission, variable modifications,
 * message correlation, signals, process starts, instance modification, ... A message's correlation keys
 * only select the instance and pass. Runs after Spring Security, so an unauthenticated caller of
 * {@code /engine-rest} gets the 401 first (the webapps authenticate their own paths after it).
 */
public class ReservedVariablesFilter extends OncePerRequestFilter {

    /** Where Camunda's REST API is served: its own path, and the webapps' (Tasklist, Cockpit). */
    static final List<String> PREFIXES = List.of("/engine-rest/", "/camunda/api/engine/");
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> VARIABLE_SEGMENTS = Set.of("variables", "localVariables");
    /** Where variables only select (a message's correlation), never set: {"correlationKeys": {"dossierCode": ...}}. */
    private static final Set<String> SELECTING_FIELDS = Set.of("correlationKeys", "localCorrelationKeys");

    private final Set<String> reserved;
    private final ObjectMapper json;
    private final int maxBodyBytes;

    public ReservedVariablesFilter(Set<String> reserved, ObjectMapper json, int maxBodyBytes) {
        this.reserved = Set.copyOf(reserved);
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!METHODS.contains(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PREFIXES.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String inPath = reservedInPath(request.getRequestURI().substring(request.getContextPath().length()));
        if (inPath != null) {
            refuse(request, response, Set.of(inPath));
            return;
        }
        MediaType type = contentType(request);
        if (type != null && type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
            // deployments and binary variables: the variable's name is in the path, checked above
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            tooLarge(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            tooLarge(request, response);
            return;
        }
        Set<String> found = reservedInBody(body);
        if (!found.isEmpty()) {
            refuse(request, response, found);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    /** A reserved name right after {@code variables} or {@code localVariables} in the path, as JAX-RS decodes it. */
    String reservedInPath(String path) {
        String[] segments = path.split("/");
        for (int i = 0; i + 1 < segments.length; i++) {
            if (VARIABLE_SEGMENTS.contains(segment(segments[i])) && reserved.contains(segment(segments[i + 1]))) {
                return segment(segments[i + 1]);
            }
        }
        return null;
    }

    /** A path segment as a path parameter sees it: percent-decoded, without matrix parameters. */
    private static String segment(String raw) {
        int matrix = raw.indexOf(';');
        return UriUtils.decode(matrix < 0 ? raw : raw.substring(0, matrix), StandardCharsets.UTF_8);
    }

    /** The reserved variables a JSON body sets or deletes; none when it is not JSON (the engine refuses it then). */
    Set<String> reservedInBody(byte[] body) {
        Set<String> found = new LinkedHashSet<>();
        if (body.length == 0) {
            return found;
        }
        try {
            collect(json.readTree(body), found);
        } catch (JacksonException notJson) {
            return found;
        } catch (IOException unreadable) {
            return found;
        }
        return found;
    }

    private void collect(JsonNode node, Set<String> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (SELECTING_FIELDS.contains(field.getKey())) {
                continue;
            }
            if (reserved.contains(field.getKey()) && isVariable(value)) {
                found.add(field.getKey());
            }
            if ("deletions".equals(field.getKey()) && value.isArray()) {
                value.forEach(name -> {
                    if (name.isTextual() && reserved.contains(name.asText())) {
                        found.add(name.asText());
                    }
                });
            }
            collect(value, found);
        }
    }

    /**
     * A variable as Camunda's REST API takes it: {"value": ..., "type": ..., "valueInfo": ...}, or any
     * object or null in its place: Camunda reads {} and null as a variable whose value is null, so an
     * empty object would otherwise clear a reserved variable past this guard.
     */
    private static boolean isVariable(JsonNode value) {
        return value.isObject() || value.isNull();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Set<String> variables)
            throws IOException {
        String names = String.join(", ", variables);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Biến " + names
                + " do hệ thống quản lý, không được đặt hay xoá qua API (reserved variable: " + names + ")");
        problem.setTitle("Reserved variable");
        problem.setProperty("variables", new ArrayList<>(variables));
        write(request, response, problem);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "Nội dung yêu cầu lớn hơn " + maxBodyBytes + " byte");
        write(request, response, problem);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
