package vn.motcua.organisation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The province's organisation ({@code app.organisation}): its units, in any order; see {@link Organisation}
 * for what is checked at start.
 *
 * @param provinceDesk the code of the provincial public-service centre's desk: where a clerk in no desk group
 *                     receives, and where the dossiers received before desks were units were received
 */
@ConfigurationProperties("app.organisation")
public record OrganisationProperties(String provinceDesk, List<Unit> units) {

    public OrganisationProperties {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
