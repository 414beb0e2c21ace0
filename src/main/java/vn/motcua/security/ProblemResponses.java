package vn.motcua.security;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401, 403 and 429 as JSON problem details (RFC 9457), never an HTML page.
 * <p>
 * A 401 carries no {@code WWW-Authenticate: Basic} challenge: a browser that is challenged asks for a
 * password, then caches it and sends it with every later request to the server, a cross-site form POST
 * included. Clients of the APIs (Camunda Modeler, curl, other servers) send their credentials
 * pre-emptively and need no challenge.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Quá nhiều lần nhập sai mật khẩu từ máy này. "
                    + "Vui lòng thử lại sau " + throttled.retryAfterSeconds() + " giây.");
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED,
                "Cần đăng nhập: gửi tên đăng nhập và mật khẩu của người dùng Motcua (HTTP Basic, kèm theo mỗi yêu cầu).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Nhóm của ông/bà không được phép thực hiện yêu cầu này.");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
