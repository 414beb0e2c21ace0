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
        String asked = asked(requested);
        if (scope.every()) {
            return asked;
        }
        if (asked != null) {
            if (!scope.includes(asked)) {
                throw new AccessDeniedException("Ông/bà chỉ xem được số liệu của cơ quan mình, không xem được "
                        + RequestValues.echo(asked));
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

    /**
     * The agency a new QMS record is for: the one named, when the caller belongs to it (any agency the organisation
     * lists for a caller who sees all); else the caller's one agency; else none, the installation's shared record
     * (a caller of no agency, or of every agency naming none). A caller of several agencies names one (400).
     */
    String forRecord(EngineUser user, String requested) {
        UserAgencies.Scope scope = agencies.scope(user.groupIds());
        String asked = asked(requested);
        if (asked != null) {
            if (!scope.includes(asked)) {
                throw new AccessDeniedException("Ông/bà chỉ lập hồ sơ chất lượng cho cơ quan mình, không cho "
                        + RequestValues.echo(asked));
            }
            if (!agencies.all().isEmpty() && !agencies.all().containsKey(asked)) {
                throw new InvalidRequestException("agency", RequestValues.echo(asked) + " không phải cơ quan nào của tỉnh");
            }
            return asked;
        }
        if (scope.every() || scope.agencies().isEmpty()) {
            return null;
        }
        if (scope.agencies().size() == 1) {
            return scope.agencies().first();
        }
        throw new InvalidRequestException("agency", "ông/bà thuộc nhiều cơ quan: chọn một trong " + scope.agencies());
    }

    /**
     * Refuses (400) a responsible unit of another agency than the record's: its people could not see the record's tasks.
     * A group the organisation does not place (a role, a unit outside it) and a record without agency pass.
     */
    void requireUnitOf(String agencyCode, String unit, String field) {
        if (agencyCode == null || unit == null) {
            return;
        }
        UserAgencies.Scope scope = agencies.scope(java.util.List.of(unit));
        // a joint procedure's partner unit works the steps of the procedure's agency too
        if (!scope.every() && !scope.agencies().isEmpty() && !agencies.ofGroups(java.util.List.of(unit)).contains(agencyCode)) {
            throw new InvalidRequestException(field, "Đơn vị " + unit + " thuộc cơ quan " + String.join(", ", scope.agencies())
                    + ", không thuộc cơ quan " + agencyCode + " của hồ sơ chất lượng này");
        }
    }

    /** Refuses (403) a QMS record of an agency the caller does not see; the installation's (null) everybody reads. */
    void requireVisible(EngineUser user, String recordAgency) {
        if (recordAgency != null && !recordAgency.isEmpty() && !agencies.scope(user.groupIds()).includes(recordAgency)) {
            throw new AccessDeniedException("Hồ sơ chất lượng này thuộc cơ quan " + recordAgency
                    + "; ông/bà chỉ xem được hồ sơ chất lượng của cơ quan mình");
        }
    }

    /** The agency asked for, trimmed; null for none; refused (400) when longer than any agency's code. */
    private static String asked(String requested) {
        String asked = requested == null || requested.isBlank() ? null : requested.strip();
        if (asked != null && asked.length() > FieldLimits.AGENCY_CODE) {
            throw new InvalidRequestException("agency", "Mã cơ quan dài tối đa " + FieldLimits.AGENCY_CODE + " ký tự: "
                    + RequestValues.echo(asked));
        }
        return asked;
    }

    /** The agencies the organisation lists, by code, with their names (none without an organisation). */
    java.util.Map<String, String> listed() {
        return agencies.all();
    }

    /** The agencies whose records the caller sees: null for every agency. */
    Collection<String> visible(EngineUser user) {
        UserAgencies.Scope scope = agencies.scope(user.groupIds());
        return scope.every() ? null : scope.agencies();
    }
}
