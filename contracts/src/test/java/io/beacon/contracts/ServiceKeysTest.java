package io.beacon.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceKeysTest {

    private static final String LONG = "payments-".repeat(40);

    @Test
    void aShortKeyIsKept() {
        assertThat(ServiceKeys.bound("checkout")).isEqualTo("checkout");
        assertThat(ServiceKeys.bound(null)).isNull();
    }

    @Test
    void aKeyOfExactlyTheLimitIsKept() {
        String atLimit = "s".repeat(ServiceKeys.MAX_LENGTH);

        assertThat(ServiceKeys.bound(atLimit)).isEqualTo(atLimit);
    }

    @Test
    void aLongKeyIsCutAndEndsInAHashOfTheWholeKey() {
        String bound = ServiceKeys.bound(LONG);

        assertThat(bound).hasSizeLessThanOrEqualTo(ServiceKeys.MAX_LENGTH)
                .startsWith("payments-payments-")
                .matches(".*~[0-9a-f]{12}");
    }

    @Test
    void theSameLongKeyAlwaysBoundsToTheSameKey() {
        assertThat(ServiceKeys.bound(LONG)).isEqualTo(ServiceKeys.bound(new String(LONG.toCharArray())));
        assertThat(ServiceKeys.bound(ServiceKeys.bound(LONG))).isEqualTo(ServiceKeys.bound(LONG));
    }

    @Test
    void twoLongKeysWithACommonPrefixStayApart() {
        String first = ServiceKeys.bound(LONG + "eu-west");
        String second = ServiceKeys.bound(LONG + "us-east");

        assertThat(first).isNotEqualTo(second);
        assertThat(first.substring(0, first.lastIndexOf('~'))).isEqualTo(second.substring(0, second.lastIndexOf('~')));
    }

    @Test
    void controlCharactersDoNotMakeADifferentKey() {
        assertThat(ServiceKeys.bound("check\u0000out\u0007")).isEqualTo("checkout");
        assertThat(ServiceKeys.bound(LONG + "\u0000")).isEqualTo(ServiceKeys.bound(LONG));
    }
}
