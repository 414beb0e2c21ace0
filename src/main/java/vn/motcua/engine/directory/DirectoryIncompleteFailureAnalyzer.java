package vn.motcua.engine.directory;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to add to the directory, or how to name its existing groups. */
class DirectoryIncompleteFailureAnalyzer extends AbstractFailureAnalyzer<DirectoryIncompleteException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DirectoryIncompleteException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Create these groups under app.directory.ldap.group-search-base (their group-id-attribute, cn by default, "
                        + "is the id), or map the directory's own groups to them with app.directory.ldap.group-map "
                        + "(README: 'The province's directory').",
                cause);
    }
}
