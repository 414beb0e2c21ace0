package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The lookup token: unguessable, typed from paper without mistakes, and linked from the receipt's QR code. */
class LookupTokensTest {

    @Test
    void aTokenIsTwentyCharactersOfCrockfordBase32ThatIsHundredRandomBits() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = LookupTokens.generate();
            assertThat(token).hasSize(20).matches("[0-9A-HJKMNP-TV-Z]+");
            tokens.add(token);
        }
        assertThat(LookupTokens.ALPHABET).hasSize(32); // 5 bits a character: 100 bits
        assertThat(tokens).as("no two alike").hasSize(10_000);
    }

    @Test
    void whatACitizenTypesFromPaperIsTheToken() {
        assertThat(LookupTokens.normalise("7k2m-9qxd-4vht-ob8n-e5rw")).isEqualTo("7K2M9QXD4VHT0B8NE5RW");
        assertThat(LookupTokens.normalise(" 7K2M 9QXD 4VHT 0B8N E5RW ")).isEqualTo("7K2M9QXD4VHT0B8NE5RW");
        assertThat(LookupTokens.normalise("IL00-0000-0000-0000-0000")).isEqualTo("11000000000000000000");
    }

    @Test
    void whatCannotBeATokenMatchesNothing() {
        assertThat(LookupTokens.normalise(null)).isNull();
        assertThat(LookupTokens.normalise("7K2M9QXD4VHT0B8NE5R")).as("too short").isNull();
        assertThat(LookupTokens.normalise("7K2M9QXD4VHT0B8NE5RWX")).as("too long").isNull();
        assertThat(LookupTokens.normalise("UUUU9QXD4VHT0B8NE5RW")).as("U is not in the alphabet").isNull();
        assertThat(LookupTokens.normalise("' or 1=1 --")).isNull();
        assertThat(LookupTokens.normalise("0".repeat(5000))).isNull();
    }

    @Test
    void theTokenIsPrintedInGroupsOfFour() {
        assertThat(LookupTokens.printed("7K2M9QXD4VHT0B8NE5RW")).isEqualTo("7K2M-9QXD-4VHT-0B8N-E5RW");
    }

    @Test
    void theLinkOpensTheLookupPageWithTheTokenInTheFragment() {
        LookupTokens tokens = new LookupTokens(null, "https://dichvucong.example.vn/");

        assertThat(tokens.link("000.00.12.H42-260305-0007", "7K2M9QXD4VHT0B8NE5RW"))
                .isEqualTo("https://dichvucong.example.vn/tra-cuu.html#ma=000.00.12.H42-260305-0007&t=7K2M9QXD4VHT0B8NE5RW");
        assertThat(tokens.link("000.00.12.H42-260305-0007", null))
                .isEqualTo("https://dichvucong.example.vn/tra-cuu.html#ma=000.00.12.H42-260305-0007");
    }
}
