package vn.motcua.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The user signed in to the webapps (Tasklist, Cockpit, Admin) in this request's session, if any. */
final class WebappSessions {

    private WebappSessions() {
    }

    static Optional<EngineUser> user(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engineName);
        if (authentication instanceof UserAuthentication user) {
            return Optional.of(new EngineUser(user.getIdentityId(), user.getGroupIds(), user.getTenantIds()));
        }
        return Optional.empty();
    }
}
