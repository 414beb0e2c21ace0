package vn.motcua.iso;

import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.cases.Procedure;
import vn.motcua.cases.ProcedureCatalog;
import vn.motcua.engine.Privileged;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.Unit;

/** The names QMS documents print instead of ids: people, departments, the agency, procedures. */
@Component
public class QmsNames {

    private final ProcessEngine engine;
    private final ProcedureCatalog catalog;
    private final QmsSettings settings;
    private final Organisation organisation;

    QmsNames(@Lazy ProcessEngine engine, ProcedureCatalog catalog, QmsSettings settings, Organisation organisation) {
        this.organisation = organisation;
        this.engine = engine;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** "Nguyễn Thị Lan" for lannt; the id itself when no such user exists; empty for null. */
    public String person(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        User user = Privileged.call(engine, () -> engine.getIdentityService().createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? userId : name;
    }

    /** A department's or role's name; the id when unknown. */
    public String group(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return "";
        }
        Group group = Privileged.call(engine, () -> engine.getIdentityService().createGroupQuery().groupId(groupId).singleResult());
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    /** A procedure's name by its code, else the code. */
    public String procedure(String code) {
        return catalog.latest(code).map(Procedure::name).orElse(code);
    }

    /** The name of the agency a QMS record belongs to: the organisation's; the installation's ({@link #agency()}) for none. */
    public String agency(String agencyCode) {
        if (agencyCode == null || agencyCode.isBlank()) {
            return agency();
        }
        return organisation.unit(agencyCode).map(Unit::name)
                .or(() -> catalog.all().stream().filter(p -> agencyCode.equals(p.agencyCode())).map(Procedure::agencyName).findFirst())
                .orElse(agencyCode);
    }

    /** The agency whose QMS this is: {@code app.qms.agency-name}, else the agencies of the procedure catalogue. */
    public String agency() {
        if (settings.agencyName() != null && !settings.agencyName().isBlank()) {
            return settings.agencyName();
        }
        Set<String> names = new TreeSet<>();
        catalog.all().forEach(procedure -> names.add(procedure.agencyName()));
        return names.isEmpty() ? "Cơ quan" : String.join(", ", names);
    }
}
