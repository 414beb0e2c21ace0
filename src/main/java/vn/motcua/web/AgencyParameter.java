package vn.motcua.web;

import java.util.Collection;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.motcua.cases.UserAgencies;
import vn.motcua.security.EngineUser;

/**
 * The agency a report, list or export is for (README: 'Agencies and who sees them'): the one asked for when the caller
 * sees it; for a caller who sees one agency, that one whatever they ask; every agency only for those who see all.
 */
@Component
class AgencyParameter {

    private final UserAgencies agencies;

    AgencyParameter(UserAgencies agencies) {
        this.agencies = agencies;
    }

    /** The agency's code, or null for every agency (only for a caller who sees all and asked for none). */
    String of(EngineUser user, String requested) {
        UserAgencies.Scope scope = agencies.scope(user.groupIds());
        String asked = requested == null || requested.isBlank() ? null : requested.strip();
        if (scope.every()) {
            return asked;
        }
        if (asked != null) {
            if (!scope.includes(asked)) {
                throw new AccessDeniedException("Ông/bà chỉ xem được số liệu của cơ quan mình, không xem được " + asked);
            }
            return asked;
        }
        if (scope.agencies().size() == 1) {
            return scope.agencies().first();
        }
        if (scope.agencies().isEmpty()) {
            throw new AccessDeniedException("Tài khoản của ông/bà chưa thuộc đơn vị nào của cơ quan: "
                    + "quản trị viên thêm tài khoản vào nhóm của đơn vị");
        }
        throw new InvalidRequestException("agency", "ông/bà thuộc nhiều cơ quan: chọn một trong " + scope.agencies());
    }

    /** The agencies whose records the caller sees: null for every agency. */
    Collection<String> visible(EngineUser user) {
        UserAgencies.Scope scope = agencies.scope(user.groupIds());
        return scope.every() ? null : scope.agencies();
    }
}
