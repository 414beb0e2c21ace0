package vn.motcua.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.motcua.engine.Privileged;
import vn.motcua.engine.Role;
import vn.motcua.security.EngineUser;

/**
 * Who may submit a dossier at all, decided before its body is read: the groups a procedure model names
 * as candidate starters get CREATE on process instances when it is deployed (and the engine checks the
 * procedure itself when the dossier starts). A caller who may start nothing is answered 403 without
 * the work of validating what they sent.
 */
@Component
class DossierStarters {

    private final ProcessEngine engine;

    DossierStarters(ProcessEngine engine) {
        this.engine = engine;
    }

    void require(EngineUser user) {
        if (user.groupIds().contains(Role.ADMINISTRATOR.groupId())) {
            return;
        }
        // the question is about the caller's own rights; the engine asks callers for READ on authorizations
        boolean mayStart = Privileged.call(engine, () -> engine.getAuthorizationService()
                .isUserAuthorized(user.id(), user.groupIds(), Permissions.CREATE, Resources.PROCESS_INSTANCE));
        if (!mayStart) {
            throw new AccessDeniedException("Hồ sơ chỉ do Bộ phận Một cửa và Cổng dịch vụ công trực tuyến nộp");
        }
    }
}
