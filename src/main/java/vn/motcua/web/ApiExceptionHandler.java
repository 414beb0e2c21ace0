package vn.motcua.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.motcua.cases.DossierConflictException;
import vn.motcua.cases.IncompleteDossierException;
import vn.motcua.cases.UnknownProcedureException;
import vn.motcua.engine.AgencyTenants;

/** Every error of /api as a JSON problem detail with a 4xx code; a stack trace never reaches the client. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
    }

    /** A dossier declared complete without every required paper: the papers named, nothing created. */
    @ExceptionHandler(IncompleteDossierException.class)
    ProblemDetail incomplete(IncompleteDossierException e) {
        ProblemDetail problem = invalid(new InvalidRequestException("papers", e.getMessage()));
        problem.setDetail(e.getMessage());
        problem.setProperty("missingPapers", e.missing().stream()
                .map(paper -> Map.of("code", paper.code(), "name", paper.name())).toList());
        return problem;
    }

    @ExceptionHandler(RejectedModelException.class)
    ProblemDetail rejectedModel(RejectedModelException e) {
        ProblemDetail problem = invalid(e);
        problem.setProperty("problemCount", e.count());
        problem.setProperty("problems", e.listed());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(new InvalidRequestException(e.getName(),
                RequestValues.echo(String.valueOf(e.getValue())) + " không phải giá trị hợp lệ"));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(UnknownProcedureException.class)
    ProblemDetail unknownProcedure(UnknownProcedureException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(DossierConflictException.class)
    ProblemDetail conflict(DossierConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** The engine wraps what went wrong: answer for the cause, and keep 500 for real faults. */
    @ExceptionHandler(ProcessEngineException.class)
    ProblemDetail engine(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.camunda.bpm.engine.OptimisticLockingException) {
                return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        "Hồ sơ vừa được thay đổi cùng lúc bởi một yêu cầu khác hoặc một mốc hẹn giờ: vui lòng thử lại.");
            }
            if (AgencyTenants.refused(cause)) {
                LOG.warn("Refused: a request reached for another agency's task or instance");
            }
            if (cause instanceof AuthorizationException || AgencyTenants.refused(cause)) {
                // the engine says it in English, naming ids: the user reads what it means
                return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                        "Nhóm của ông/bà không được phép thực hiện thao tác này.");
            }
            if (cause instanceof org.camunda.bpm.engine.exception.NotFoundException) {
                return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Không tìm thấy đối tượng được yêu cầu.");
            }
            if (cause instanceof BadUserRequestException) {
                return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, cause.getMessage());
            }
            if (refusedByDatabase(cause)) {
                return refusedValue(cause);
            }
        }
        LOG.error("Engine failure", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Hệ thống không thực hiện được yêu cầu; quản trị viên tra cứu được nguyên nhân trong nhật ký.");
    }

    /**
     * A value the database refused (too long for its column, against a constraint) that the request's
     * checks let through: the client's fault, so 400. The database's message quotes the value (an
     * applicant's e-mail, an address), so neither the answer nor the log repeats it: the log says which
     * request and which SQL state, enough to find the check that is missing.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail dataIntegrity(DataIntegrityViolationException e) {
        return refusedValue(e);
    }

    private static ProblemDetail refusedValue(Throwable e) {
        LOG.warn("The database refused a value of a request (SQL state {}, {}); a field check is missing",
                sqlState(e), e.getClass().getSimpleName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Một giá trị quá dài hoặc không được phép ở đây; kiểm tra độ dài và định dạng của các trường.");
        problem.setTitle("Invalid request");
        return problem;
    }

    private static boolean refusedByDatabase(Throwable cause) {
        if (cause instanceof DataIntegrityViolationException) {
            return true;
        }
        // class 22 (data exception: value too long, out of range) and 23 (integrity constraint violation)
        String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return "unknown";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        LOG.debug("Rejected request", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Nội dung yêu cầu không phải JSON đúng dạng: " + mostSpecific(e));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Spring MVC's own refusals (a method not allowed, a media type not supported, a missing parameter, no such
     * path) with their details in Vietnamese; the status and title stay Spring's.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            String detail = vietnamese(e, problem);
            if (detail != null) {
                problem.setDetail(detail);
            }
        }
        return response;
    }

    private static String vietnamese(Exception e, ProblemDetail problem) {
        if (e instanceof org.springframework.web.HttpRequestMethodNotSupportedException method) {
            return "Đường dẫn này không nhận phương thức " + method.getMethod() + ".";
        }
        if (e instanceof org.springframework.web.HttpMediaTypeNotSupportedException) {
            return "Kiểu nội dung của yêu cầu không được hỗ trợ ở đây (gửi application/json).";
        }
        if (e instanceof org.springframework.web.HttpMediaTypeNotAcceptableException) {
            return "Không có dạng trả lời nào khớp với tiêu đề Accept của yêu cầu.";
        }
        if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
            return "Thiếu tham số " + missing.getParameterName() + ".";
        }
        if (e instanceof org.springframework.web.bind.MissingRequestHeaderException missing) {
            return "Thiếu tiêu đề " + missing.getHeaderName() + ".";
        }
        if (e instanceof org.springframework.web.servlet.resource.NoResourceFoundException
                || e instanceof org.springframework.web.servlet.NoHandlerFoundException) {
            return "Không có đường dẫn này.";
        }
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return "Tệp gửi lên quá lớn.";
        }
        return problem.getStatus() >= 500 ? "Hệ thống không thực hiện được yêu cầu." : null;
    }

    private static String mostSpecific(Throwable e) {
        Throwable cause = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e);
        // a value of the wrong type: the field it was given for, not Jackson's sentence naming the server's classes
        if (cause instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            return "giá trị của '" + field + "' không đúng kiểu";
        }
        if (cause instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            // the whole body of the wrong type ([] or "x" for an object): Jackson's sentence names the server's class
            return "nội dung phải là một đối tượng JSON { … }";
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        // Jackson appends the source position after a line break; the first line says what is wrong.
        return List.of(message.split("\n")).get(0);
    }
}
