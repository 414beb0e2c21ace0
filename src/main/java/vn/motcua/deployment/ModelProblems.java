package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A rejection a modeller can read: per rule, how often it is broken, what is wrong and the first few
 * elements, instead of one sentence per element (a model breaking a rule 40 times made a 40 KB
 * message). The full list goes in the structured answer, up to {@link #LISTED} problems.
 */
public final class ModelProblems {

    /** Elements named per rule in a summary. */
    static final int ELEMENTS_NAMED = 5;
    /** Problems listed one by one in a structured answer; the summary still counts them all. */
    public static final int LISTED = 100;

    private ModelProblems() {
    }

    /**
     * E.g. {@code 41 problems. candidate-group (40): the user task has no candidate group: … — at Task_A,
     * Task_B, Task_C, Task_D, Task_E and 35 more; executable (1): …}.
     */
    public static String summary(List<ModelProblem> problems) {
        Map<String, List<ModelProblem>> byRule = problems.stream()
                .collect(Collectors.groupingBy(ModelProblem::rule, LinkedHashMap::new, Collectors.toList()));
        List<String> rules = new ArrayList<>();
        byRule.forEach((rule, broken) -> rules.add(rule + " (" + broken.size() + "): " + describe(broken)));
        return problems.size() + (problems.size() == 1 ? " problem. " : " problems. ") + String.join("; ", rules);
    }

    /** The first {@link #LISTED} problems. */
    public static List<ModelProblem> listed(List<ModelProblem> problems) {
        return List.copyOf(problems.subList(0, Math.min(LISTED, problems.size())));
    }

    private static String describe(List<ModelProblem> broken) {
        List<ModelProblem> named = broken.subList(0, Math.min(ELEMENTS_NAMED, broken.size()));
        String more = broken.size() > named.size() ? " and " + (broken.size() - named.size()) + " more" : "";
        boolean oneMessage = named.stream().map(ModelProblem::message).distinct().count() == 1;
        if (oneMessage) {
            return named.get(0).message() + " — at " + named.stream().map(ModelProblems::element)
                    .collect(Collectors.joining(", ")) + more;
        }
        return named.stream().map(problem -> element(problem) + ": " + problem.message())
                .collect(Collectors.joining("; ")) + more;
    }

    private static String element(ModelProblem problem) {
        return problem.elementId() != null ? problem.elementId() : "(file)";
    }
}
