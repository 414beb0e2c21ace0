package vn.motcua.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's "not allowed" answer (403, {@code AuthorizationException}) in Vietnamese: Cockpit and Tasklist
 * show its {@code message} to the user as it is ("The user with id 'chaudm' does not have one of the following
 * permissions: 'SUSPEND' permission on resource ..."). Camunda's REST API (/engine-rest) and the webapps' copy
 * of it (/camunda/api/engine) keep their JSON and its {@code missingAuthorizations}; only {@code message}
 * is rewritten, from those missing authorizations.
 * <p>
 * The webapps' copy has none of the exception mappers of /engine-rest ({@code EngineRestConflicts}): a listener's
 * refusal of a form (a {@code BadUserRequestException} the engine wraps, "ENGINE-03051 There was an exception while
 * invoking the TaskListener ...") reaches Tasklist as a 500 in English with a Java class name, and a task of another
 * agency as a 500 too, and so does /engine-rest a generated form's field left out ("validation of required failed").
 * Such a 500 becomes a 400 with the listener's own Vietnamese reason or naming the field, or the 403 of another
 * agency. Every other answer passes through unbuffered.
 */
@Component
class EngineForbiddenMessages extends OncePerRequestFilter {

    private static final Map<String, String> PERMISSIONS = Map.ofEntries(
            Map.entry("ALL", "mọi quyền"), Map.entry("ACCESS", "truy cập"), Map.entry("READ", "xem"),
            Map.entry("UPDATE", "sửa"), Map.entry("CREATE", "tạo"), Map.entry("DELETE", "xoá"),
            Map.entry("SUSPEND", "tạm dừng"), Map.entry("READ_HISTORY", "xem lịch sử"),
            Map.entry("DELETE_HISTORY", "xoá lịch sử"), Map.entry("READ_INSTANCE", "xem phiên chạy"),
            Map.entry("UPDATE_INSTANCE", "sửa phiên chạy"), Map.entry("CREATE_INSTANCE", "khởi tạo phiên chạy"),
            Map.entry("DELETE_INSTANCE", "xoá phiên chạy"), Map.entry("SUSPEND_INSTANCE", "tạm dừng phiên chạy"),
            Map.entry("MIGRATE_INSTANCE", "chuyển đổi phiên chạy"), Map.entry("RETRY_JOB", "thử lại tác vụ"),
            Map.entry("READ_VARIABLE", "xem biến"), Map.entry("UPDATE_VARIABLE", "sửa biến"),
            Map.entry("UPDATE_INSTANCE_VARIABLE", "sửa biến của phiên chạy"),
            Map.entry("UPDATE_TASK_VARIABLE", "sửa biến của công việc"), Map.entry("TASK_WORK", "làm công việc"),
            Map.entry("TASK_ASSIGN", "giao công việc"), Map.entry("READ_TASK", "xem công việc"),
            Map.entry("UPDATE_TASK", "sửa công việc"));

    private static final Map<String, String> RESOURCES = Map.ofEntries(
            Map.entry("Application", "ứng dụng"), Map.entry("User", "người dùng"), Map.entry("Group", "nhóm"),
            Map.entry("GroupMembership", "thành viên nhóm"), Map.entry("Authorization", "phân quyền"),
            Map.entry("Filter", "bộ lọc"), Map.entry("ProcessDefinition", "quy trình"), Map.entry("Task", "công việc"),
            Map.entry("ProcessInstance", "phiên chạy quy trình"), Map.entry("Deployment", "lần triển khai"),
            Map.entry("DecisionDefinition", "quyết định"), Map.entry("Tenant", "phân vùng dữ liệu"),
            Map.entry("TenantMembership", "thành viên phân vùng dữ liệu"), Map.entry("Batch", "lô xử lý"),
            Map.entry("DecisionRequirementsDefinition", "định nghĩa yêu cầu quyết định"),
            Map.entry("Report", "báo cáo"), Map.entry("Dashboard", "bảng điều khiển"),
            Map.entry("OperationLogCategory", "nhật ký thao tác"), Map.entry("System", "hệ thống"),
            Map.entry("HistoricTask", "lịch sử công việc"),
            Map.entry("HistoricProcessInstance", "lịch sử phiên chạy quy trình"));

    private final ObjectMapper json;

    EngineForbiddenMessages(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ForbiddenBuffer buffer = new ForbiddenBuffer(response);
        chain.doFilter(request, buffer);
        if (!buffer.buffering()) {
            return;
        }
        byte[] body = buffer.body();
        String named = request.getRequestURI() + "?" + request.getQueryString();
        byte[] translated = buffer.getStatus() == HttpServletResponse.SC_FORBIDDEN ? translated(body, named)
                : refusal(body, response);
        if (translated != body) {
            response.setContentLength(translated.length);
        }
        response.getOutputStream().write(translated);
    }

    /**
     * The refusal in Vietnamese, naming only the objects the request itself named ({@code named}: its path and
     * query): a refusal of a message correlated by a dossier's code must not tell the caller the id of an instance
     * they may not read.
     */
    private byte[] translated(byte[] body, String named) {
        try {
            JsonNode answer = json.readTree(body);
            if (!(answer instanceof ObjectNode object) || !"AuthorizationException".equals(answer.path("type").asText())) {
                return body;
            }
            for (JsonNode authorization : answer.path("missingAuthorizations")) {
                String id = authorization.path("resourceId").asText("");
                if (authorization instanceof ObjectNode missing && !id.isEmpty() && !"*".equals(id)
                        && !named.contains(id)) {
                    missing.putNull("resourceId");
                }
            }
            if (object.has("resourceId") && !named.contains(object.path("resourceId").asText(""))) {
                object.putNull("resourceId");
            }
            object.put("message", message(answer));
            return json.writeValueAsBytes(object);
        } catch (IOException notJson) {
            return body;
        }
    }

    /** A 500 that is a refusal of the user's input or of another agency's object: its 4xx, else the body as it is. */
    private byte[] refusal(byte[] body, HttpServletResponse response) {
        try {
            JsonNode answer = json.readTree(body);
            String message = answer == null ? "" : answer.path("message").asText("");
            int wrapped = message.lastIndexOf(BAD_REQUEST);
            if (wrapped >= 0) {
                String reason = message.substring(wrapped + BAD_REQUEST.length()).strip();
                if (reason.endsWith("'")) {
                    reason = reason.substring(0, reason.length() - 1);
                }
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return json.writeValueAsBytes(Map.of("type", "BadUserRequestException", "message", reason));
            }
            java.util.regex.Matcher invalid = INVALID_FIELD.matcher(message);
            if (invalid.find()) {
                // a generated task form's field the submission left out or got wrong: the user's input, not the server
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return json.writeValueAsBytes(Map.of("type", "InvalidRequestException", "message",
                        "Trường '" + invalid.group(1) + "' của biểu mẫu không hợp lệ (" + invalid.group(2)
                                + "): điền đủ và đúng các trường bắt buộc rồi gửi lại."));
            }
            if (message.contains("belongs to no authenticated tenant")) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return json.writeValueAsBytes(Map.of("type", "AuthorizationException",
                        "message", "Đối tượng này thuộc cơ quan khác: ông/bà không được phép thao tác."));
            }
            return body;
        } catch (IOException notJson) {
            return body;
        }
    }

    private static final String BAD_REQUEST = BadUserRequestException.class.getName() + ":";
    /** Camunda's refusal of a generated form's field: "... form field 'x': validation of required failed." */
    private static final java.util.regex.Pattern INVALID_FIELD =
            java.util.regex.Pattern.compile("form field '([^']{1,100})': validation of ([a-z]{1,40}) failed");

    static String message(JsonNode answer) {
        List<String> missing = new ArrayList<>();
        for (JsonNode authorization : answer.path("missingAuthorizations")) {
            String permission = authorization.path("permissionName").asText();
            String resource = authorization.path("resourceName").asText();
            String id = authorization.path("resourceId").asText("");
            missing.add("quyền " + PERMISSIONS.getOrDefault(permission, permission) + " trên "
                    + RESOURCES.getOrDefault(resource, resource) + (id.isEmpty() || "null".equals(id) ? "" : " " + id));
        }
        String user = answer.path("userId").asText("");
        return "Tài khoản " + (user.isEmpty() ? "này" : user) + " không có quyền thực hiện thao tác này"
                + (missing.isEmpty() ? "." : " (cần một trong các quyền sau: " + String.join("; ", missing) + ").");
    }

    /** Holds back the body of a 403 or 500 answer only; any other answer is written straight through. */
    private static final class ForbiddenBuffer extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        ForbiddenBuffer(HttpServletResponse response) {
            super(response);
        }

        private boolean heldBack() {
            return getStatus() == SC_FORBIDDEN || getStatus() == SC_INTERNAL_SERVER_ERROR;
        }

        boolean buffering() {
            return stream != null || writer != null;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public void setContentLength(int length) {
            if (!heldBack()) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!heldBack()) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!heldBack()) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("a 403 or 500 answer is buffered, not written asynchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!heldBack()) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!buffering()) {
                super.flushBuffer();
            }
        }
    }
}
