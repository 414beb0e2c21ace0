package vn.motcua.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator into a start-up message that says what to set. */
class AdministratorMissingFailureAnalyzer extends AbstractFailureAnalyzer<AdministratorMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdministratorMissingException cause) {
        if (cause.directory()) {
            return new FailureAnalysis(cause.getMessage(),
                    "Users come from the LDAP directory (app.directory.ldap): add the administrator's account to the "
                            + "directory group camunda-admin (or the group app.directory.ldap.group-map maps to it), "
                            + "and set MOTCUA_ADMIN_USER to that account's id or leave it empty.",
                    cause);
        }
        return new FailureAnalysis(cause.getMessage(),
                "Set the environment variables MOTCUA_ADMIN_USER and MOTCUA_ADMIN_PASSWORD to create the "
                        + "administrator, or start with the demo profile (--spring.profiles.active=demo) to get "
                        + "the demo users listed in the README.",
                cause);
    }
}
