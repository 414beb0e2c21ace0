package vn.motcua.web;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import vn.motcua.security.EngineUser;

/** The check the API's controllers share: the user belongs to one of the groups allowed, else 403. */
final class Groups {

    private Groups() {
    }

    /** Throws a 403 saying who the resource is for, unless the user is in one of the groups. */
    static void require(EngineUser user, Set<String> allowed, String whoFor) {
        if (user.groupIds().stream().noneMatch(allowed::contains)) {
            throw new AccessDeniedException(whoFor);
        }
    }
}
