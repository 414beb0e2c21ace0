package vn.motcua.web;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.motcua.engine.AgencyTenants;

/**
 * Camunda's REST API answers what went wrong instead of 500: a task completed at the very moment its
 * timer fires (another node, or the job executor) is a 409 the user can simply retry; input a task
 * listener refuses (a bad apology) is a 400 with the reason.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConflicts {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestConflicts.class);

    @Bean
    ResourceConfigCustomizer optimisticLockingAsConflict() {
        return config -> {
            config.register(ConflictMapper.class, 1);
            config.register(OtherAgencyMapper.class, 1);
        };
    }

    /**
     * A command on something of another agency: the engine throws a plain ProcessEngineException, which Camunda's
     * resources pass on unwrapped (claim, complete) and Camunda would answer with 500.
     */
    @Priority(1)
    static class OtherAgencyMapper implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return AgencyTenants.refused(exception) ? otherAgency() : camunda.toResponse(exception);
        }
    }

    static Response otherAgency() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        LOG.warn("Refused: {} reached for another agency's task or instance", caller == null ? null : caller.getName());
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "AuthorizationException", "status", 403, "message",
                        "Đối tượng này thuộc cơ quan khác: ông/bà không được phép thao tác."))
                .build();
    }

    /** Camunda's resources wrap engine failures in a RestException with 500; a concurrent update becomes 409. */
    @Priority(1)
    static class ConflictMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (AgencyTenants.refused(cause)) {
                    // something of another agency (README: 'Agencies and who sees them')
                    return otherAgency();
                }
                if (cause instanceof AuthorizationException) {
                    // some resources wrap a refusal in "not enough parameters" (comments): it is a 403
                    return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of("type", "AuthorizationException", "status", 403, "message", cause.getMessage()))
                            .build();
                }
                if (cause instanceof BadUserRequestException) {
                    // a listener refused the input (an apology without reason, a date in the past): say why
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of("type", "BadUserRequestException", "status", 400, "message", cause.getMessage()))
                            .build();
                }
                if ("PropertyNotFoundException".equals(cause.getClass().getSimpleName())) {
                    // the model needs a variable the request did not give (an appraisal without its outcome):
                    // the caller's omission, not a server failure
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of("type", "MissingVariable", "status", 400, "message",
                                    "Thiếu biến mà quy trình cần để đi tiếp: " + cause.getMessage()))
                            .build();
                }
                if (cause instanceof OptimisticLockingException) {
                    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of("type", "OptimisticLockingException", "status", 409, "message",
                                    "Hồ sơ vừa được cập nhật đồng thời (ví dụ một cảnh báo vừa đến hạn). Vui lòng thử lại."))
                            .build();
                }
            }
            return camunda.toResponse(exception);
        }
    }
}
