package vn.motcua.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The secret lookup token (mã tra cứu) of a dossier: printed on the receipt beside the dossier code and
 * given to the desk software or portal that submitted it, never shown to other staff. Dossier codes are
 * sequential and easy to guess; the token is not: 20 characters of Crockford's base32 (100 random bits,
 * no I, L, O or U, so nothing is misread from paper), printed in groups of four. Only its holder sees a
 * dossier's details on the public lookup page and rates the dossier.
 * <p>
 * The token is kept in clear (not hashed) because the desk reprints the receipt; whoever reads the
 * dossier table reads the applicant's personal data anyway.
 */
@Service
public class LookupTokens {

    /** Crockford's base32: digits and letters without I, L, O, U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final String pageUrl;

    LookupTokens(JdbcClient jdbc, @Value("${app.public.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.pageUrl = baseUrl.replaceAll("/+$", "") + "/tra-cuu.html";
    }

    static String generate() {
        char[] token = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            token[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(token);
    }

    /** Gives a newly registered dossier its token; runs in the registration's transaction. */
    void issue(String code) {
        jdbc.sql("update motcua_dossier set lookup_token = :token where code = :code and lookup_token is null")
                .param("token", generate()).param("code", code).update();
    }

    /**
     * The dossier's token, for the desk: dossiers registered before tokens existed get theirs now, on
     * their first reprint.
     */
    public String of(String code) {
        Optional<String> token = stored(code);
        if (token.isEmpty()) {
            issue(code);
            token = stored(code);
        }
        return token.orElseThrow(() -> new IllegalStateException("no dossier " + code));
    }

    /** Whether the token typed or scanned is the dossier's, compared in constant time. */
    public boolean matches(String code, String typed) {
        String given = normalise(typed);
        if (given == null) {
            return false;
        }
        return stored(code).map(token -> MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }

    /** The page that opens the dossier with its token (if given), as its receipt's QR code holds it. */
    public String link(String code, String token) {
        // in the fragment: browsers never send it, so the token stays out of server and proxy logs
        return pageUrl + "#ma=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + (token == null ? "" : "&t=" + token);
    }

    /** As printed: groups of four, e.g. {@code 7K2M-9QXD-...}. */
    public static String printed(String token) {
        return String.join("-", token.split("(?<=\\G.{4})"));
    }

    /**
     * The token as stored, from what a citizen typed: case, spaces and dashes do not matter and the
     * letters read for digits (O for 0, I and L for 1) count as those digits; null when it cannot be a token.
     */
    static String normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        StringBuilder token = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char digit = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(digit) < 0) {
                return null;
            }
            token.append(digit);
        }
        return token.length() == LENGTH ? token.toString() : null;
    }

    private Optional<String> stored(String code) {
        return jdbc.sql("select lookup_token from motcua_dossier where code = :code").param("code", code)
                .query(String.class).optional();
    }
}
