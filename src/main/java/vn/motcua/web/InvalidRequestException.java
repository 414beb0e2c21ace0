package vn.motcua.web;

import java.util.List;

/** A request whose fields are wrong; answered 400 with one entry per field. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public record FieldProblem(String field, String message) {
    }

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
