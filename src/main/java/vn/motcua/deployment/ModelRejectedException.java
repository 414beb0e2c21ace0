package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * A deployment refused because a model breaks a rule. It is a {@link ParseException}, so Camunda's
 * REST API answers 400 and lists the problems under {@code details} with their element ids, as Camunda
 * Modeler expects (up to {@link ModelProblems#LISTED} per deployment); the message summarises them per
 * file and rule ({@link ModelProblems#summary}).
 */
public class ModelRejectedException extends ParseException {

    private static final long serialVersionUID = 1L;

    ModelRejectedException(Map<String, List<ModelProblem>> problemsByResource) {
        super(message(problemsByResource), problemsByResource.keySet().iterator().next(), List.of(), List.of());
        List<ResourceReport> reports = new ArrayList<>();
        int room = ModelProblems.LISTED;
        for (Map.Entry<String, List<ModelProblem>> entry : problemsByResource.entrySet()) {
            List<ModelProblem> listed = entry.getValue().subList(0, Math.min(room, entry.getValue().size()));
            room -= listed.size();
            reports.add(new ResourceReportImpl(entry.getKey(), listed.stream().map(RuleViolation::new)
                    .collect(Collectors.toList()), List.of()));
        }
        this.resorceReports = reports;
    }

    private static String message(Map<String, List<ModelProblem>> problemsByResource) {
        return problemsByResource.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + ModelProblems.summary(entry.getValue()))
                .collect(Collectors.joining(" | ", "The model breaks the deployment rules and nothing was deployed. ", ""));
    }

    private record RuleViolation(ModelProblem problem) implements Problem {
        @Override
        public String getMessage() {
            return "[" + problem.rule() + "] " + problem.message();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return problem.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return problem.elementId() != null ? List.of(problem.elementId()) : List.of();
        }
    }
}
