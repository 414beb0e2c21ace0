package vn.motcua.engine.directory;

import java.util.List;

/** The directory lacks groups Motcua grants to or offers tasks to: the application does not start. */
class DirectoryIncompleteException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    DirectoryIncompleteException(DirectoryProperties properties, List<String> missing) {
        super("Thư mục LDAP " + properties.url() + " (app.directory.ldap) thiếu nhóm:\n- " + String.join("\n- ", missing));
    }
}
