package vn.motcua.organisation;

import java.util.List;

/** The configured organisation ({@code app.organisation}) is wrong: the application does not start. */
public class InvalidOrganisationException extends IllegalStateException {

    public InvalidOrganisationException(List<String> problems) {
        super("Cơ cấu tổ chức (app.organisation) không hợp lệ:\n- " + String.join("\n- ", problems));
    }
}
