package vn.motcua.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator into a start-up message that says what to set. */
class AdministratorMissingFailureAnalyzer extends AbstractFailureAnalyzer<AdministratorMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdministratorMissingException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the environment variables MOTCUA_ADMIN_USER and MOTCUA_ADMIN_PASSWORD to create the "
                        + "administrator, or start with the demo profile (--spring.profiles.active=demo) to get "
                        + "the demo users listed in the README.",
                cause);
    }
}
