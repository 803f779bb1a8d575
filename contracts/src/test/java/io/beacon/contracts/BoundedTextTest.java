package io.beacon.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedTextTest {

    @Test
    void shortTextIsKeptAsItIs() {
        assertThat(BoundedText.cut("Checkout fails\nfor 5% of users", 100)).isEqualTo("Checkout fails\nfor 5% of users");
        assertThat(BoundedText.cut(null, 100)).isNull();
    }

    @Test
    void longTextIsCutToTheLimitWithAVisibleMarker() {
        String cut = BoundedText.cut("x".repeat(5_000), 4_000);

        assertThat(cut).hasSize(4_000).endsWith(BoundedText.MARKER).startsWith("xxxx");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDD25";
        String cut = BoundedText.cut("a" + emoji.repeat(100), 2 + BoundedText.MARKER.length());

        assertThat(cut).isEqualTo("a" + BoundedText.MARKER);
        assertThat(cut.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
    }

    @Test
    void freeTextLosesControlCharactersButKeepsLineBreaksAndSlackSyntaxAsData() {
        assertThat(BoundedText.cut("a\u0000b\u001B[31mc\td\r\ne\u0085 <!channel>", 100))
                .isEqualTo("ab[31mc\td\r\ne <!channel>");
        assertThat(BoundedText.cut("lone \uD800 surrogate", 100)).isEqualTo("lone  surrogate");
    }

    @Test
    void anIdentifierKeepsUnicodeLettersAndLosesControlAndFormatCharacters() {
        assertThat(BoundedText.identifier(" zahlungs-dienst-ö\u0000\u202E\u200B\n ", 120)).isEqualTo("zahlungs-dienst-ö");
        assertThat(BoundedText.identifier("支付服务", 120)).isEqualTo("支付服务");
        assertThat(BoundedText.identifier("\u0000\u0007", 120)).isEmpty();
    }

    @Test
    void anIdentifierWrittenDecomposedIsTheSameIdentifier() {
        assertThat(BoundedText.identifier("cafe\u0301", 120)).isEqualTo(BoundedText.identifier("caf\u00e9", 120));
    }
}
