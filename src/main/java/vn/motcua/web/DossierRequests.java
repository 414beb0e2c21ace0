package vn.motcua.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.motcua.cases.Applicant;
import vn.motcua.cases.Channel;
import vn.motcua.cases.IntakeOutcome;
import vn.motcua.cases.NewDossier;
import vn.motcua.web.DossierController.ApplicantBody;
import vn.motcua.web.DossierController.DossierBody;
import vn.motcua.web.InvalidRequestException.FieldProblem;

/** Checks a submitted dossier field by field; every wrong field is named in one 400. */
final class DossierRequests {

    /** Citizen identity card (12 digits), old identity card (9 digits) or passport. */
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{12}|[0-9]{9}|[A-Z][0-9]{7,8}");
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9]{9,10}");
    /** RFC 5321: no e-mail address is longer; nothing longer is even looked at. */
    static final int EMAIL_MAX = 254;

    private DossierRequests() {
    }

    static NewDossier validate(DossierBody body) {
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON dossier is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (require(problems, "procedureCode", body.procedureCode())) {
            FieldLimits.singleLine(problems, "procedureCode", body.procedureCode().trim(), FieldLimits.PROCEDURE_CODE);
        }
        Channel channel = enumValue(problems, "channel", body.channel(), Channel.class, true);
        IntakeOutcome outcome = enumValue(problems, "intakeOutcome", body.intakeOutcome(), IntakeOutcome.class, false);
        ApplicantBody applicant = body.applicant();
        if (applicant == null) {
            problems.add(new FieldProblem("applicant", "is required"));
        } else {
            if (require(problems, "applicant.name", applicant.name())) {
                FieldLimits.singleLine(problems, "applicant.name", applicant.name().trim(), FieldLimits.APPLICANT_NAME);
            }
            // the length first: the patterns below then only ever see a few dozen characters
            if (require(problems, "applicant.idNumber", applicant.idNumber())
                    && FieldLimits.singleLine(problems, "applicant.idNumber", applicant.idNumber().trim(),
                            FieldLimits.APPLICANT_ID_NUMBER)
                    && !ID_NUMBER.matcher(applicant.idNumber().trim()).matches()) {
                problems.add(new FieldProblem("applicant.idNumber",
                        "must be a 12-digit personal identification number, a 9-digit identity card or a passport number"));
            }
            if (!blank(applicant.phone())
                    && FieldLimits.singleLine(problems, "applicant.phone", applicant.phone().trim(), FieldLimits.APPLICANT_PHONE)
                    && !PHONE.matcher(applicant.phone().replace(" ", "")).matches()) {
                problems.add(new FieldProblem("applicant.phone", "is not a Vietnamese phone number"));
            }
            if (!blank(applicant.email())
                    && FieldLimits.singleLine(problems, "applicant.email", applicant.email().trim(), FieldLimits.APPLICANT_EMAIL)
                    && !isEmailAddress(applicant.email().trim())) {
                problems.add(new FieldProblem("applicant.email", "is not an e-mail address"));
            }
            if (!blank(applicant.address())) {
                FieldLimits.singleLine(problems, "applicant.address", applicant.address().trim(), FieldLimits.APPLICANT_ADDRESS);
            }
        }
        List<String> papers = body.papers() == null ? List.of() : body.papers();
        if (papers.size() > FieldLimits.PAPERS_PER_DOSSIER) {
            problems.add(new FieldProblem("papers", "must list at most " + FieldLimits.PAPERS_PER_DOSSIER + " papers"));
        } else if (papers.stream().anyMatch(paper -> paper == null || paper.isBlank())) {
            problems.add(new FieldProblem("papers", "must not contain empty codes"));
        } else {
            for (int i = 0; i < papers.size(); i++) {
                FieldLimits.singleLine(problems, "papers[" + i + "]", papers.get(i).trim(), FieldLimits.PAPER_CODE);
            }
        }
        FieldLimits.check(problems, "missingPapers", trim(body.missingPapers()), FieldLimits.MISSING_PAPERS);
        FieldLimits.check(problems, "refusalReason", trim(body.refusalReason()), FieldLimits.REFUSAL_REASON);
        if (outcome == IntakeOutcome.INCOMPLETE && blank(body.missingPapers())) {
            problems.add(new FieldProblem("missingPapers", "is required when intakeOutcome is INCOMPLETE"));
        }
        if (outcome == IntakeOutcome.INELIGIBLE && blank(body.refusalReason())) {
            problems.add(new FieldProblem("refusalReason", "is required when intakeOutcome is INELIGIBLE"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new NewDossier(body.procedureCode().trim(), channel,
                new Applicant(applicant.name().trim(), applicant.idNumber().trim(), trim(applicant.phone()),
                        trim(applicant.email()), trim(applicant.address())),
                papers.stream().map(String::trim).toList(), outcome, trim(body.missingPapers()),
                trim(body.refusalReason()));
    }

    /**
     * An e-mail address as far as a desk can tell: one '@', something before it, a dot inside the part
     * after it, no white space. Written out as one pass over the characters, not as a regular expression:
     * the former pattern backtracked (40 000 characters took 16 s of CPU). Longer than
     * {@value #EMAIL_MAX} characters is refused before the first character is read.
     */
    static boolean isEmailAddress(String value) {
        return value != null && !value.isEmpty() && value.length() <= EMAIL_MAX && hasEmailShape(value);
    }

    /** The one pass over the characters: linear in the length, whatever the input. */
    static boolean hasEmailShape(String value) {
        int at = -1;
        boolean dotInDomain = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            } else if (c == '.' && at >= 0 && i > at + 1 && i < value.length() - 1) {
                // a dot in the domain with something on either side of it: x@y.z
                dotInDomain = true;
            }
        }
        return at > 0 && dotInDomain;
    }

    private static boolean require(List<FieldProblem> problems, String field, String value) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "is required"));
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> E enumValue(List<FieldProblem> problems, String field, String value,
                                                   Class<E> type, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, RequestValues.echo(value) + " is not one of "
                    + List.of(type.getEnumConstants())));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
