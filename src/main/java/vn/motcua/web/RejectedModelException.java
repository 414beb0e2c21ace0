package vn.motcua.web;

import java.util.List;

import vn.motcua.deployment.ModelProblem;
import vn.motcua.deployment.ModelProblems;

/**
 * A submitted model that breaks the model rules: answered 400 with a summary per rule as the detail and
 * the problems one by one (up to {@link ModelProblems#LISTED}) under {@code problems}.
 */
class RejectedModelException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    private final transient List<ModelProblem> listed;
    private final int count;

    RejectedModelException(String field, List<ModelProblem> problems) {
        super(field, ModelProblems.summary(problems));
        this.listed = ModelProblems.listed(problems);
        this.count = problems.size();
    }

    List<ModelProblem> listed() {
        return listed;
    }

    int count() {
        return count;
    }
}
